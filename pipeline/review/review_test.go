package review

import (
	"reflect"
	"strings"
	"testing"

	"github.com/extract-news/extract/pipeline/doc"
)

// ev builds a meeting event with a trigger at start (length 5, in
// sentence sent) between the given participants.
func ev(id string, start, sent int, people ...string) doc.Event {
	e := doc.Event{ID: id, Type: "meeting", Status: doc.Occurred,
		Trigger: doc.Span{Text: "اجتمع", Start: start, End: start + 5, Sentence: sent}}
	for _, p := range people {
		e.Participants = append(e.Participants, doc.Participant{Entity: p, Role: "participant"})
	}
	return e
}

func ent(id string, start int) doc.Entity {
	return doc.Entity{ID: id, Type: doc.Person, Name: id,
		Mentions: []doc.Mention{{Text: id, Start: start, End: start + 3, Sentence: 1}}}
}

func marked(e doc.Event, status, note string) doc.Event {
	e.Review = &doc.Review{Status: status, Note: note}
	return e
}

func markedEnt(e doc.Entity, status string) doc.Entity {
	e.Review = &doc.Review{Status: status}
	return e
}

func result(ents []doc.Entity, evs ...doc.Event) *doc.Result {
	return &doc.Result{Document: doc.Meta{ID: "d", Title: "t"}, Entities: ents, Events: evs}
}

func TestMerge(t *testing.T) {
	a, b, c := ent("a", 0), ent("b", 10), ent("c", 20)
	corrected := ev("d/meeting-1", 100, 3, "a", "c")
	corrected.Location = &doc.Location{Entity: "damascus"}
	tests := []struct {
		name       string
		prev, next *doc.Result
		want       *doc.Result
	}{{
		name: "no marks: the new run as it is",
		prev: result(nil, ev("d/meeting-1", 100, 3, "a", "b")),
		next: result(nil, ev("d/meeting-1", 100, 3, "a", "c")),
		want: result(nil, ev("d/meeting-1", 100, 3, "a", "c")),
	}, {
		name: "confirmed event follows its trigger when ids shift",
		prev: result(nil, marked(ev("d/meeting-1", 100, 3, "a", "b"), doc.Confirmed, "ok")),
		next: result(nil, ev("d/meeting-1", 40, 1, "b", "c"), ev("d/meeting-2", 100, 3, "a", "b", "c")),
		want: result(nil, ev("d/meeting-1", 40, 1, "b", "c"), marked(ev("d/meeting-2", 100, 3, "a", "b"), doc.Confirmed, "ok")),
	}, {
		name: "corrected fields are kept",
		prev: result(nil, marked(corrected, doc.Corrected, "c, not b, in Damascus")),
		next: result(nil, ev("d/meeting-1", 100, 3, "a", "b")),
		want: result(nil, marked(corrected, doc.Corrected, "c, not b, in Damascus")),
	}, {
		name: "moved trigger: same sentence and participants",
		prev: result(nil, marked(ev("d/meeting-1", 100, 3, "a", "b"), doc.Rejected, "")),
		next: result(nil, ev("d/meeting-1", 90, 2, "a", "b"), ev("d/meeting-2", 120, 3, "b", "a")),
		want: result(nil, ev("d/meeting-1", 90, 2, "a", "b"), marked(ev("d/meeting-2", 100, 3, "a", "b"), doc.Rejected, "")),
	}, {
		name: "unmatched reviewed event kept with a free id",
		prev: result(nil, marked(ev("d/meeting-1", 100, 3, "a", "b"), doc.Confirmed, "")),
		next: result(nil, ev("d/meeting-1", 200, 5, "a", "c")),
		want: result(nil, ev("d/meeting-1", 200, 5, "a", "c"), marked(ev("d/meeting-2", 100, 3, "a", "b"), doc.Confirmed, "")),
	}, {
		name: "each new event matched once",
		prev: result(nil, marked(ev("d/meeting-1", 100, 3, "a", "b"), doc.Confirmed, "1"), marked(ev("d/meeting-2", 100, 3, "a", "b"), doc.Rejected, "2")),
		next: result(nil, ev("d/meeting-1", 100, 3, "a", "b")),
		want: result(nil, marked(ev("d/meeting-1", 100, 3, "a", "b"), doc.Confirmed, "1"), marked(ev("d/meeting-2", 100, 3, "a", "b"), doc.Rejected, "2")),
	}, {
		name: "corrected entity id: matched by first mention, unreviewed events follow",
		prev: result([]doc.Entity{a, markedEnt(ent("b-right", 10), doc.Corrected)}),
		next: result([]doc.Entity{a, b, c}, ev("d/meeting-1", 100, 3, "a", "b")),
		want: result([]doc.Entity{a, markedEnt(ent("b-right", 10), doc.Corrected), c}, ev("d/meeting-1", 100, 3, "a", "b-right")),
	}, {
		name: "id corrected to another entity's id: that entity stays",
		prev: result([]doc.Entity{a, markedEnt(ent("a", 10), doc.Corrected)}),
		next: result([]doc.Entity{a, b}, ev("d/meeting-1", 100, 3, "a", "b")),
		want: result([]doc.Entity{a, markedEnt(ent("a", 10), doc.Corrected)}, ev("d/meeting-1", 100, 3, "a", "a")),
	}, {
		name: "confirmed entity whose first mention moved: matched by id",
		prev: result([]doc.Entity{markedEnt(ent("a", 10), doc.Confirmed)}),
		next: result([]doc.Entity{ent("a", 2), c}),
		want: result([]doc.Entity{markedEnt(ent("a", 10), doc.Confirmed), c}),
	}, {
		name: "rejected entity the new run lacks is kept",
		prev: result([]doc.Entity{markedEnt(ent("x", 50), doc.Rejected)}),
		next: result([]doc.Entity{a}),
		want: result([]doc.Entity{a, markedEnt(ent("x", 50), doc.Rejected)}),
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := clone(tt.next)
			got := Merge(tt.prev, tt.next)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Merge:\n got %+v\nwant %+v", got, tt.want)
			}
			if !reflect.DeepEqual(tt.next, before) {
				t.Errorf("Merge modified next")
			}
		})
	}
}

// clone deep-copies the parts of r that Merge might modify.
func clone(r *doc.Result) *doc.Result {
	c := *r
	c.Entities = append([]doc.Entity(nil), r.Entities...)
	c.Events = nil
	for _, e := range r.Events {
		e.Participants = append([]doc.Participant(nil), e.Participants...)
		c.Events = append(c.Events, e)
	}
	return &c
}

func TestCheck(t *testing.T) {
	tests := []struct {
		name string
		r    *doc.Result
		err  string
	}{
		{"no marks", result([]doc.Entity{ent("a", 0)}, ev("d/meeting-1", 0, 1, "a")), ""},
		{"valid", result([]doc.Entity{markedEnt(ent("a", 0), doc.Rejected)}, marked(ev("d/meeting-1", 0, 1), doc.Corrected, "")), ""},
		{"bad event status", result(nil, marked(ev("d/meeting-1", 0, 1), "ok", "")), `event d/meeting-1: review status "ok"`},
		{"bad entity status", result([]doc.Entity{markedEnt(ent("a", 0), "")}), `entity a: review status ""`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := Check(tt.r)
			switch {
			case tt.err == "" && err != nil:
				t.Errorf("Check: %v", err)
			case tt.err != "" && (err == nil || !strings.Contains(err.Error(), tt.err)):
				t.Errorf("Check: %v, want an error containing %q", err, tt.err)
			}
		})
	}
}
