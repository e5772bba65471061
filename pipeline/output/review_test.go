package output

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/extract-news/extract/pipeline/doc"
	"go.yaml.in/yaml/v3"
)

func reviewResult(title string, triggers ...int) *doc.Result {
	r := &doc.Result{Document: doc.Meta{ID: "d1", Title: title}, Entities: []doc.Entity{}, Events: []doc.Event{}}
	for i, start := range triggers {
		r.Events = append(r.Events, doc.Event{
			ID: "d1/meeting-" + string(rune('1'+i)), Type: "meeting", Status: doc.Occurred,
			Participants: []doc.Participant{{Entity: "a", Role: "host"}, {Entity: "b", Role: "guest"}},
			Trigger:      doc.Span{Text: "التقى", Start: start, End: start + 5, Sentence: 1},
		})
	}
	return r
}

// TestDirKeepsReviews runs Dir.Write twice on one document, with a
// reviewer's edit of the file in between.
func TestDirKeepsReviews(t *testing.T) {
	tests := []struct {
		name string
		edit func(string) string // the reviewer's edit of the first file
		next *doc.Result         // the second run
		want []string            // lines the second file must have
		note string              // the note of the reviewed event read back, if any
		err  string              // or the error of the second write
	}{{
		name: "confirmed mark survives a shift of ids",
		edit: func(s string) string {
			return strings.Replace(s, "    type: meeting\n", "    type: meeting\n    review: {status: confirmed, note: seen on TV}\n", 1)
		},
		next: reviewResult("t", 3, 10),
		want: []string{"  - id: d1/meeting-2\n    type: meeting\n    review: {status: confirmed, note: seen on TV}\n"},
	}, {
		name: "a comma in a flow-style note",
		edit: markEvent("{status: confirmed, note: seen on SANA, confirmed by AFP}"),
		next: reviewResult("t", 10),
		want: []string{"note: 'seen on SANA, confirmed by AFP'"},
		note: "seen on SANA, confirmed by AFP",
	}, {
		name: "a comma in a block-style note",
		edit: markEvent("\n      status: confirmed\n      note: seen on SANA, confirmed by AFP"),
		next: reviewResult("t", 10),
		want: []string{"      note: seen on SANA, confirmed by AFP\n"},
		note: "seen on SANA, confirmed by AFP",
	}, {
		name: "JSON-style mark",
		edit: func(s string) string {
			return strings.Replace(s, "    type: meeting\n", "    type: meeting\n    \"review\": {\"status\": \"confirmed\", \"note\": \"ok\"}\n", 1)
		},
		next: reviewResult("t", 10),
		want: []string{`"review": {"status": "confirmed", "note": "ok"}`},
		note: "ok",
	}, {
		name: "space before the colon",
		edit: func(s string) string {
			return strings.Replace(s, "    type: meeting\n", "    type: meeting\n    review : {status: rejected, note: dup}\n", 1)
		},
		next: reviewResult("t", 10),
		want: []string{"review: {status: rejected, note: dup}"},
		note: "dup",
	}, {
		name: "extra keys and comments kept",
		edit: markEvent("{status: confirmed, note: ok, by: anna, checked: 2024-01-02} # checked twice"),
		next: reviewResult("t", 3, 10),
		want: []string{"  - id: d1/meeting-2\n", "by: anna", "checked: 2024-01-02", "# checked twice"},
		note: "ok",
	}, {
		name: "mark on an entity written in flow style",
		edit: func(s string) string {
			return strings.Replace(s, "entities: []\n", "entities:\n  - {id: assad, type: person, name: Assad, name_ar: الأسد, gazetteer: true, mentions: [{text: الأسد, start: 0, end: 5, sentence: 1}], review: {status: rejected, note: not him}}\n", 1)
		},
		next: reviewResult("t", 10),
		want: []string{"review: {status: rejected, note: not him}"},
	}, {
		name: "a mark that is not a mapping: error with line, file kept",
		edit: markEvent("confirmed"),
		next: reviewResult("t", 10),
		err:  "d1.yaml:12: event d1/meeting-1: review is not a mapping",
	}, {
		name: "a key without value away from the note: error, file kept",
		edit: markEvent("{status: confirmed, seen by AFP}"),
		next: reviewResult("t", 10),
		err:  `d1.yaml:12: event d1/meeting-1: review: "seen by AFP" has no value`,
	}, {
		name: "a mark without status: error, file kept",
		edit: markEvent("{note: looks fine}"),
		next: reviewResult("t", 10),
		err:  "d1.yaml:12: event d1/meeting-1: review without a status",
	}, {
		name: "corrected role kept",
		edit: func(s string) string {
			s = strings.Replace(s, "{entity: b, role: guest}", "{entity: c, role: guest}", 1)
			return strings.Replace(s, "    type: meeting\n", "    type: meeting\n    review:\n      status: corrected\n", 1)
		},
		next: reviewResult("t", 10),
		want: []string{"{entity: c, role: guest}", "status: corrected"},
	}, {
		name: "no marks: overwritten",
		edit: func(s string) string {
			return strings.Replace(s, "{entity: b, role: guest}", "{entity: c, role: guest}", 1)
		},
		next: reviewResult("t", 10),
		want: []string{"{entity: b, role: guest}"},
	}, {
		name: "another document: error, file kept",
		edit: func(s string) string {
			return strings.Replace(s, "    type: meeting\n", "    type: meeting\n    review: {status: rejected}\n", 1)
		},
		next: reviewResult("other title", 10),
		err:  "holds review marks for another document",
	}, {
		name: "bad status names the file",
		edit: func(s string) string {
			return strings.Replace(s, "    type: meeting\n", "    type: meeting\n    review: {status: maybe}\n", 1)
		},
		next: reviewResult("t", 10),
		err:  `d1.yaml:12: event d1/meeting-1: review status "maybe"`,
	}, {
		name: "a file cut short whose text mentions a review: written again",
		edit: func(s string) string {
			return strings.Replace(s, "document:\n", "document:\n  note: {a review of\n", 1)
		},
		next: reviewResult("t", 10),
		want: []string{"trigger: {text: التقى, start: 10"},
	}, {
		name: "broken YAML names file and line",
		edit: func(s string) string {
			return strings.Replace(s, "    type: meeting\n", "    type: meeting\n    review: {status: confirmed\n", 1)
		},
		next: reviewResult("t", 10),
		err:  "d1.yaml: yaml: line",
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := &Dir{Path: t.TempDir()}
			if err := d.Write(reviewResult("t", 10)); err != nil {
				t.Fatal(err)
			}
			path := Path(d.Path, "d1")
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			edited := tt.edit(string(data))
			if edited == string(data) {
				t.Fatal("the edit changed nothing")
			}
			if err := os.WriteFile(path, []byte(edited), 0o644); err != nil {
				t.Fatal(err)
			}
			err = d.Write(tt.next)
			got, rerr := os.ReadFile(path)
			if rerr != nil {
				t.Fatal(rerr)
			}
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("Write: %v, want an error containing %q", err, tt.err)
				}
				if string(got) != edited {
					t.Errorf("the reviewed file was changed after an error")
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range tt.want {
				if !strings.Contains(string(got), w) {
					t.Errorf("second file lacks %q:\n%s", w, got)
				}
			}
			var r doc.Result
			if err := yaml.Unmarshal(got, &r); err != nil {
				t.Fatal(err)
			}
			if tt.note != "" && !hasNote(r.Events, tt.note) {
				t.Errorf("no event has the note %q:\n%s", tt.note, got)
			}
			if len(r.Events) != len(tt.next.Events) {
				t.Errorf("second file has %d events, want %d:\n%s", len(r.Events), len(tt.next.Events), got)
			}
			matches, _ := filepath.Glob(filepath.Join(d.Path, ".*"))
			for _, m := range matches {
				if filepath.Base(m) != SyncedName {
					t.Errorf("temporary file left: %s", m)
				}
			}
		})
	}
}

// markEvent returns the edit that adds review: MARK to the first event.
func markEvent(mark string) func(string) string {
	return func(s string) string {
		sep := " "
		if strings.HasPrefix(mark, "\n") {
			sep = ""
		}
		return strings.Replace(s, "    type: meeting\n", "    type: meeting\n    review:"+sep+mark+"\n", 1)
	}
}

func hasNote(evs []doc.Event, note string) bool {
	for _, e := range evs {
		if e.Review != nil && e.Review.Note == note {
			return true
		}
	}
	return false
}
