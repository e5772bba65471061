package dataset

import (
	"maps"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/extract-news/extract/pipeline/doc"
)

// people and places of the synthetic documents.
var fixtureEntities = []doc.Entity{
	{ID: "putin", Type: doc.Person, Name: "Vladimir Putin", Country: "RU"},
	{ID: "assad", Type: doc.Person, Name: "Bashar al-Assad", Country: "SY"},
	{ID: "rouhani", Type: doc.Person, Name: "Hassan Rouhani", Country: "IR"},

	{ID: "sochi", Type: doc.Place, Name: "Sochi", Country: "RU"},
	{ID: "moscow", Type: doc.Place, Name: "Moscow", Country: "RU"},
	{ID: "erdogan", Type: doc.Person, Name: "Recep Tayyip Erdoğan", Country: "TR"},
	{ID: "peskov", Type: doc.Person, Name: "Dmitry Peskov", Country: "RU"},
	{ID: "damascus", Type: doc.Place, Name: "Damascus", Country: "SY"},
}

// meetingDoc is a document with one meeting of people at place (may be
// "") on date (may be ""), published on pub.
func meetingDoc(id, pub, date, place string, people ...string) *doc.Result {
	e := doc.Event{ID: id + "/meeting-1", Type: "meeting", Status: doc.Occurred,
		Trigger:  doc.Span{Text: "التقى", Start: 10, End: 15, Sentence: 1},
		Evidence: []doc.Span{{Text: "evidence of " + id, Start: 0, End: 40, Sentence: 1}}}
	for _, p := range people {
		e.Participants = append(e.Participants, doc.Participant{Entity: p, Role: "participant"})
	}
	if place != "" {
		e.Location = &doc.Location{Entity: place}
	}
	if date != "" {
		e.Date = &doc.Date{Text: "الخميس", Start: 20, End: 26, Value: date}
	}
	return &doc.Result{
		Document: doc.Meta{ID: id, Title: "title " + id, Published: pub, Source: "outlet-" + id[:1], URL: "https://example.org/" + id},
		Entities: fixtureEntities,
		Events:   []doc.Event{e},
	}
}

// manyReport returns n documents (prefix1 … prefixN) that report one
// meeting of putin and assad at place on date.
func manyReport(prefix string, n int, date, place string) []*doc.Result {
	var out []*doc.Result
	for i := 1; i <= n; i++ {
		out = append(out, meetingDoc(prefix+strconv.Itoa(i), date+"T08:00:00Z", date, place, "putin", "assad"))
	}
	return out
}

// further moves the meeting of r past the opening sentences of its
// document: a mention further on, not the article's news.
func further(r *doc.Result) *doc.Result {
	for i := range r.Events {
		e := &r.Events[i]
		e.Trigger.Sentence = 9
		for k := range e.Evidence {
			e.Evidence[k].Sentence = 9
		}
	}
	return r
}

// members marks the participants ids of r's events present at a summit
// by office (doc.ViaMember).
func members(r *doc.Result, ids ...string) *doc.Result {
	for i := range r.Events {
		for k, p := range r.Events[i].Participants {
			if slices.Contains(ids, p.Entity) {
				r.Events[i].Participants[k].Via = doc.ViaMember
			}
		}
	}
	return r
}

// planned marks the events of r planned.
func planned(r *doc.Result) *doc.Result {
	for i := range r.Events {
		r.Events[i].Status = doc.Planned
	}
	return r
}

// reference marks the events of r references dated so.
func reference(r *doc.Result, dated, period string) *doc.Result {
	for i := range r.Events {
		r.Events[i].Kind, r.Events[i].Dated, r.Events[i].Period = doc.Reference, dated, period
	}
	return r
}

// sources returns, per meeting, its source documents joined by "+".
func sources(ms []Meeting) []string {
	var out []string
	for _, m := range ms {
		var ds []string
		for _, s := range m.Sources {
			ds = append(ds, s.Document)
		}
		out = append(out, strings.Join(ds, "+"))
	}
	return out
}

func TestBuildMerges(t *testing.T) {
	tests := []struct {
		name    string
		results []*doc.Result
		want    []string
	}{{
		name: "three outlets, one meeting",
		results: []*doc.Result{
			meetingDoc("a1", "2018-05-17T20:59:52Z", "2018-05-17", "sochi", "putin", "assad"),
			meetingDoc("b1", "2018-05-18T05:04:56Z", "", "sochi", "assad", "putin"),
			meetingDoc("c1", "2018-05-18T09:00:00Z", "2018-05-17", "", "putin", "assad"),
		},
		want: []string{"a1+c1+b1"}, // in date order: b1 has only its publication date
	}, {
		name: "a summit's members by office join no bilateral meeting",
		results: []*doc.Result{
			meetingDoc("a1", "2018-05-17T08:00:00Z", "2018-05-17", "damascus", "putin", "assad"),
			members(meetingDoc("b1", "2018-05-18T08:00:00Z", "", "sochi", "erdogan", "rouhani", "putin", "assad"), "putin", "assad"),
		},
		want: []string{"a1", "b1"},
	}, {
		name: "stated dates three days apart",
		results: []*doc.Result{
			meetingDoc("a1", "", "2018-05-17", "", "putin", "assad"),
			meetingDoc("b1", "", "2018-05-20", "sochi", "putin", "assad"),
		},
		want: []string{"a1", "b1"},
	}, {
		name: "the same place within a week is one meeting",
		results: []*doc.Result{
			meetingDoc("a1", "", "2018-05-17", "sochi", "putin", "assad"),
			meetingDoc("b1", "", "2018-05-20", "sochi", "putin", "assad"),
			meetingDoc("c1", "", "2018-05-28", "sochi", "putin", "assad"),
			meetingDoc("d1", "", "2018-05-24", "moscow", "putin", "assad"),
		},
		want: []string{"a1+b1", "d1", "c1"},
	}, {
		name: "a summit over three days",
		results: []*doc.Result{
			meetingDoc("a1", "", "2018-05-17", "", "putin", "assad"),
			meetingDoc("b1", "", "2018-05-18", "", "putin", "assad"),
			meetingDoc("c1", "", "2018-05-19", "", "putin", "assad"),
		},
		want: []string{"a1+b1+c1"},
	}, {
		name: "no chain over a week",
		results: []*doc.Result{
			meetingDoc("a1", "", "2018-05-17", "", "putin", "assad"),
			meetingDoc("b1", "", "2018-05-19", "", "putin", "assad"),
			meetingDoc("c1", "", "2018-05-21", "", "putin", "assad"),
		},
		want: []string{"a1+b1", "c1"},
	}, {
		name: "places do not part reports of one day",
		results: []*doc.Result{
			meetingDoc("a1", "", "2018-05-17", "sochi", "putin", "assad"),
			meetingDoc("b1", "", "2018-05-17", "", "putin", "assad"),
			meetingDoc("c1", "", "2018-05-17", "damascus", "putin", "assad"),
			meetingDoc("d1", "", "2018-05-18", "sochi", "putin", "assad"),
		},
		want: []string{"a1+b1+c1+d1"},
	}, {
		name: "one side names more",
		results: []*doc.Result{
			meetingDoc("a1", "", "2018-05-17", "sochi", "putin", "assad"),
			meetingDoc("b1", "", "2018-05-17", "sochi", "putin", "assad", "rouhani"),
		},
		want: []string{"a1+b1"},
	}, {
		name: "an extra aide on each side",
		results: []*doc.Result{
			meetingDoc("a1", "2018-05-18T05:04:56Z", "", "sochi", "putin", "assad", "peskov"),
			meetingDoc("b1", "", "2018-05-17", "sochi", "putin", "assad", "rouhani"),
		},
		want: []string{"b1+a1"},
	}, {
		name: "a conflicting principal on each side",
		results: []*doc.Result{
			meetingDoc("a1", "", "2018-05-17", "sochi", "putin", "assad", "erdogan"),
			meetingDoc("b1", "", "2018-05-17", "sochi", "putin", "assad", "rouhani"),
		},
		want: []string{"a1", "b1"},
	}, {
		name: "one shared person is not a meeting",
		results: []*doc.Result{
			meetingDoc("a1", "", "2018-05-17", "sochi", "putin", "assad"),
			meetingDoc("b1", "", "2018-05-17", "sochi", "putin", "rouhani"),
		},
		want: []string{"a1", "b1"},
	}, {
		name: "a plan is not the meeting",
		results: []*doc.Result{
			meetingDoc("a1", "", "2018-05-17", "sochi", "putin", "assad"),
			planned(meetingDoc("b1", "", "2018-05-17", "sochi", "putin", "assad")),
		},
		want: []string{"a1", "b1"},
	}, {
		name: "a later reference joins the latest earlier meeting",
		results: []*doc.Result{
			meetingDoc("a1", "2018-04-01T08:00:00Z", "2018-04-01", "", "putin", "assad"),
			meetingDoc("b1", "2018-05-17T08:00:00Z", "2018-05-17", "sochi", "putin", "assad"),
			reference(meetingDoc("c1", "2018-07-01T08:00:00Z", "", "", "putin", "assad"), doc.DatedEarlier, ""),
			reference(meetingDoc("d1", "2018-07-01T08:00:00Z", "", "", "putin", "assad"), doc.DatedMonth, "2018-04"),
			reference(meetingDoc("e1", "2018-05-01T08:00:00Z", "", "", "putin", "assad"), doc.DatedEarlier, ""),
		},
		want: []string{"a1+d1+e1", "b1+c1"},
	}, {
		name: "references alone: by month, and none for earlier",
		results: []*doc.Result{
			reference(meetingDoc("a1", "2018-07-01T08:00:00Z", "", "", "putin", "assad"), doc.DatedMonth, "2018-06"),
			reference(meetingDoc("b1", "2018-07-02T08:00:00Z", "", "", "assad", "putin"), doc.DatedMonth, "2018-06"),
			reference(meetingDoc("c1", "2018-07-01T08:00:00Z", "", "", "putin", "assad"), doc.DatedEarlier, ""),
			reference(meetingDoc("d1", "2018-07-01T08:00:00Z", "1945-02-14", "", "putin", "rouhani"), doc.DatedExact, ""),
		},
		want: []string{"d1", "a1+b1"},
	}, {
		name: "a later mention with a misread date joins the meeting many report",
		results: append(manyReport("a", 8, "2018-06-12", "sochi"),
			further(meetingDoc("x1", "2018-07-02T08:00:00Z", "2018-06-30", "sochi", "putin", "assad")),
			further(meetingDoc("y1", "2018-07-20T08:00:00Z", "2018-07-19", "", "putin", "assad"))),
		want: []string{"a1+a2+a3+a4+a5+a6+a7+a8+x1+y1"},
	}, {
		name: "a meeting an article opens with is news of its own",
		results: append(manyReport("a", 8, "2018-06-12", "sochi"),
			meetingDoc("x1", "2018-07-02T08:00:00Z", "2018-06-30", "sochi", "putin", "assad")),
		want: []string{"a1+a2+a3+a4+a5+a6+a7+a8", "x1"},
	}, {
		name: "a mention at another place, or after a meeting few report, is kept",
		results: append(manyReport("a", 3, "2018-06-12", "sochi"),
			further(meetingDoc("x1", "2018-07-02T08:00:00Z", "2018-06-30", "sochi", "putin", "assad")),
			further(meetingDoc("y1", "2018-07-20T08:00:00Z", "2018-07-19", "damascus", "putin", "assad"))),
		want: []string{"a1+a2+a3", "x1", "y1"},
	}, {
		name: "a lone report within two weeks of a meeting many report, at no other place, is a mention of it",
		results: append(manyReport("a", 3, "2018-06-12", "sochi"),
			meetingDoc("x1", "2018-06-24T08:00:00Z", "2018-06-24", "", "putin", "assad"),
			meetingDoc("y1", "2018-06-30T08:00:00Z", "2018-06-30", "", "putin", "assad"),
			meetingDoc("z1", "2018-06-20T08:00:00Z", "2018-06-20", "damascus", "putin", "assad")),
		want: []string{"a1+a2+a3+x1", "z1", "y1"},
	}, {
		name: "a lone report a week or less before a meeting many report, at no other place, is that meeting told ahead",
		results: append(manyReport("a", 10, "2018-06-12", "sochi"),
			meetingDoc("x1", "2018-06-06T08:00:00Z", "2018-06-05", "", "putin", "assad"),
			meetingDoc("y1", "2018-06-03T08:00:00Z", "2018-06-02", "", "putin", "assad"),
			meetingDoc("z1", "2018-06-08T08:00:00Z", "2018-06-08", "damascus", "putin", "assad")),
		want: []string{"y1", "z1", "x1+a1+a10+a2+a3+a4+a5+a6+a7+a8+a9"},
	}, {
		name: "a cluster begun by a plan misread as held joins by its reports' day",
		results: append(append([]*doc.Result{
			meetingDoc("a0", "2018-06-04T08:00:00Z", "2018-06-04", "sochi", "putin", "assad")},
			manyReport("a", 4, "2018-06-05", "sochi")...),
			manyReport("x", 3, "2018-06-12", "sochi")...),
		want: []string{"a0+a1+a2+a3+a4+x1+x2+x3"},
	}, {
		name: "no date: never merged, listed last",
		results: []*doc.Result{
			meetingDoc("a1", "", "", "sochi", "putin", "assad"),
			meetingDoc("b1", "", "", "sochi", "putin", "assad"),
			meetingDoc("c1", "", "2018-05-17", "sochi", "putin", "rouhani"),
		},
		want: []string{"c1", "a1", "b1"},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := sources(Build(tt.results)); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("meetings %q, want %q", got, tt.want)
			}
		})
	}
}

// A meeting takes its id from a report of its own day, not from one told
// days ahead that it took in.
func TestBuildMeetingIDOfItsDay(t *testing.T) {
	rs := append(manyReport("a", 10, "2018-06-12", "sochi"),
		meetingDoc("x1", "2018-06-06T08:00:00Z", "2018-06-05", "", "putin", "assad"))
	ms := Build(rs)
	if len(ms) != 1 {
		t.Fatalf("%d meetings, want 1", len(ms))
	}
	if ms[0].ID != "a1/meeting-1" || ms[0].Date != "2018-06-12" {
		t.Errorf("meeting %s on %s, want a1/meeting-1 on 2018-06-12", ms[0].ID, ms[0].Date)
	}
}

func TestBuildMeeting(t *testing.T) {
	a := meetingDoc("a1", "2018-05-17T20:59:52Z", "", "", "putin", "assad")
	b := meetingDoc("b1", "2018-05-18T05:04:56Z", "2018-05-17", "sochi", "assad", "putin")
	ms := Build([]*doc.Result{b, a})
	if len(ms) != 1 {
		t.Fatalf("%d meetings, want 1", len(ms))
	}
	m := ms[0]
	want := Meeting{
		ID: "a1/meeting-1", Date: "2018-05-17", DateBasis: FromText, Status: doc.Occurred, CAMEO: HostVisit,
		Actors: []Actor{
			{ID: "putin", Name: "Vladimir Putin", Country: "RU", Role: Host},
			{ID: "assad", Name: "Bashar al-Assad", Country: "SY", Role: Guest},
		},
		Place:   &Place{ID: "sochi", Name: "Sochi", Country: "RU"},
		Reports: 2, Outlets: 2,
	}
	got := m
	got.Sources = nil
	if !reflect.DeepEqual(got, want) {
		t.Errorf("meeting\n got %+v\nwant %+v", got, want)
	}
	if len(m.Sources) != 2 || m.Sources[1].URL != "https://example.org/b1" || m.Sources[0].Evidence.Text != "evidence of a1" {
		t.Errorf("sources %+v", m.Sources)
	}
}

// TestBuildActorsMajority checks that a meeting's participants are those
// most of its reports name: a third person one report of three adds (the
// summit to come that a report of the day names beside it) is not one.
func TestBuildActorsMajority(t *testing.T) {
	for _, tc := range []struct {
		name string
		docs []*doc.Result
		want []string
	}{
		{"one report of three", []*doc.Result{
			meetingDoc("a1", "", "2018-05-17", "sochi", "putin", "assad"),
			meetingDoc("b1", "", "2018-05-17", "sochi", "putin", "assad"),
			meetingDoc("c1", "", "2018-05-17", "sochi", "putin", "assad", "rouhani"),
		}, []string{"putin", "assad"}},
		{"two reports of three", []*doc.Result{
			meetingDoc("a1", "", "2018-05-17", "sochi", "putin", "assad"),
			meetingDoc("b1", "", "2018-05-17", "sochi", "putin", "assad", "rouhani"),
			meetingDoc("c1", "", "2018-05-17", "sochi", "putin", "assad", "rouhani"),
		}, []string{"putin", "assad", "rouhani"}},
	} {
		ms := Build(tc.docs)
		if len(ms) != 1 {
			t.Fatalf("%s: %d meetings, want 1", tc.name, len(ms))
		}
		var got []string
		for _, a := range ms[0].Actors {
			got = append(got, a.ID)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: participants %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestBuildReview(t *testing.T) {
	rejected := meetingDoc("a1", "", "2018-05-17", "sochi", "putin", "assad")
	rejected.Events[0].Review = &doc.Review{Status: doc.Rejected}
	corrected := meetingDoc("b1", "", "2018-05-17", "sochi", "putin", "assad")
	corrected.Events[0].Review = &doc.Review{Status: doc.Corrected, Note: "x"}
	noRouhani := meetingDoc("c1", "", "2018-05-20", "sochi", "putin", "rouhani")
	noRouhani.Entities = append([]doc.Entity(nil), fixtureEntities...)
	noRouhani.Entities[2].Review = &doc.Review{Status: doc.Rejected}
	noPlace := meetingDoc("d1", "", "2018-05-21", "sochi", "putin", "assad")
	noPlace.Entities = append([]doc.Entity(nil), fixtureEntities...)
	noPlace.Entities[3].Review = &doc.Review{Status: doc.Rejected}
	ms := Build([]*doc.Result{rejected, corrected, noRouhani, noPlace})
	if got := sources(ms); !reflect.DeepEqual(got, []string{"b1", "d1"}) {
		t.Fatalf("meetings %q, want b1 and d1", got)
	}
	if ms[0].Review != doc.Corrected {
		t.Errorf("review %q, want corrected", ms[0].Review)
	}
	if ms[1].Place != nil {
		t.Errorf("rejected place kept: %+v", ms[1].Place)
	}
}

func TestCAMEO(t *testing.T) {
	ru := Actor{ID: "putin", Country: "RU", Role: Participant}
	ru2 := Actor{ID: "lavrov", Country: "RU", Role: Participant}
	sy := Actor{ID: "assad", Country: "SY", Role: Participant}
	ir := Actor{ID: "rouhani", Country: "IR", Role: Participant}
	un := Actor{ID: "guterres", Role: Participant}
	host := func(a Actor) Actor { a.Role = Host; return a }
	guest := func(a Actor) Actor { a.Role = Guest; return a }
	sochi := &Place{ID: "sochi", Country: "RU"}
	astana := &Place{ID: "astana", Country: "KZ"}
	tests := []struct {
		name, status, trigger string
		actors                []Actor
		place                 *Place
		code                  string
		order                 []Actor
	}{
		{"planned", "planned", "سيلتقي", []Actor{host(ru), guest(sy)}, sochi, IntentToMeet, []Actor{host(ru), guest(sy)}},
		{"negotiation", "occurred", "مفاوضات", []Actor{ru, sy}, nil, Negotiate, []Actor{ru, sy}},
		{"receive", "occurred", "استقبل", []Actor{host(ru), guest(sy)}, nil, HostVisit, []Actor{host(ru), guest(sy)}},
		{"visit: the guest first", "occurred", "زيارة", []Actor{host(ru), guest(sy)}, sochi, MakeVisit, []Actor{guest(sy), host(ru)}},
		{"subject is the guest", "occurred", "التقى", []Actor{guest(sy), host(ru)}, sochi, MakeVisit, []Actor{guest(sy), host(ru)}},
		{"subject hosts", "occurred", "اجتمع", []Actor{host(ru), guest(sy)}, sochi, HostVisit, []Actor{host(ru), guest(sy)}},
		{"roles from the place, two hosts", "occurred", "لقائه", []Actor{ru, ru2, sy}, sochi, HostVisit, []Actor{host(ru), host(ru2), guest(sy)}},
		{"roles from the place, guest subject", "occurred", "لقائه", []Actor{sy, ru}, sochi, MakeVisit, []Actor{guest(sy), host(ru)}},
		{"third location", "occurred", "قمة", []Actor{ru, ir, sy}, astana, ThirdPlace, []Actor{ru, ir, sy}},
		{"unknown country: not a third location", "occurred", "قمة", []Actor{ru, un}, astana, Consult, []Actor{ru, un}},
		{"no place", "occurred", "التقى", []Actor{ru, sy}, nil, Consult, []Actor{ru, sy}},
		{"all of the place's country", "occurred", "التقى", []Actor{ru, ru2}, sochi, Consult, []Actor{ru, ru2}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := append([]Actor(nil), tt.actors...)
			code, order := CAMEO(tt.status, tt.trigger, tt.actors, tt.place)
			if code != tt.code || !reflect.DeepEqual(order, tt.order) {
				t.Errorf("CAMEO = %s %+v, want %s %+v", code, order, tt.code, tt.order)
			}
			if !reflect.DeepEqual(in, tt.actors) {
				t.Errorf("CAMEO modified its argument")
			}
			if CodeName(code) == "" {
				t.Errorf("code %s has no name", code)
			}
		})
	}
}

func TestNetwork(t *testing.T) {
	ms := []Meeting{
		{ID: "m1", Status: doc.Occurred, Actors: []Actor{{ID: "b"}, {ID: "a"}}},
		{ID: "m2", Status: doc.Occurred, Actors: []Actor{{ID: "a"}, {ID: "b"}, {ID: "c"}}},
		{ID: "m3", Status: doc.Planned, Actors: []Actor{{ID: "a"}, {ID: "d"}}},
	}
	g := Network(ms)
	want := Graph{
		Nodes: []Node{{ID: "a", Meetings: 2}, {ID: "b", Meetings: 2}, {ID: "c", Meetings: 1}},
		Edges: []Edge{
			{From: "a", To: "b", Weight: 2, Meetings: []string{"m1", "m2"}},
			{From: "a", To: "c", Weight: 1, Meetings: []string{"m2"}},
			{From: "b", To: "c", Weight: 1, Meetings: []string{"m2"}},
		},
	}
	if !reflect.DeepEqual(g, want) {
		t.Errorf("Network:\n got %+v\nwant %+v", g, want)
	}
}

// TestGroupAssemble checks that the pair groups run one by one, as a
// distributed run does (PairKeys, Group, Assemble), give Build's meetings.
func TestGroupAssemble(t *testing.T) {
	results := []*doc.Result{
		meetingDoc("a1", "2018-04-01T08:00:00Z", "2018-04-01", "", "putin", "assad"),
		meetingDoc("b1", "2018-05-17T08:00:00Z", "2018-05-17", "sochi", "putin", "assad", "peskov"),
		meetingDoc("b2", "2018-05-18T08:00:00Z", "", "sochi", "assad", "peskov"),
		meetingDoc("b3", "2018-05-18T08:00:00Z", "", "", "putin", "assad", "rouhani"),
		reference(meetingDoc("c1", "2018-07-01T08:00:00Z", "", "", "assad", "putin"), doc.DatedEarlier, ""),
		reference(meetingDoc("d1", "2018-07-01T08:00:00Z", "", "", "putin", "assad"), doc.DatedMonth, "2018-04"),
		planned(meetingDoc("e1", "2018-05-10T08:00:00Z", "", "sochi", "putin", "assad")),
		meetingDoc("f1", "", "", "", "putin", "rouhani"),
	}
	want := Build(results)
	keys := map[string]bool{}
	for _, r := range results {
		for _, k := range PairKeys(r) {
			keys[k] = true
		}
	}
	var groups [][]string
	// In reverse key order: the order of the groups must not matter.
	sorted := slices.Sorted(maps.Keys(keys))
	slices.Reverse(sorted)
	for _, k := range sorted {
		groups = append(groups, Group(k, results)...)
	}
	got := Assemble(results, groups)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("grouped\n %q\nBuild\n %q", sources(got), sources(want))
	}
	if w := []string{"a1+d1", "e1", "b1+b2+b3+c1", "f1"}; !reflect.DeepEqual(sources(want), w) {
		t.Errorf("Build %q, want %q", sources(want), w)
	}
}
