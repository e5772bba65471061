package review

import (
	"strings"
	"testing"

	"github.com/extract-news/extract/pipeline/doc"
)

// file is a result file with one event whose review line is mark (its
// line 10) and one entity.
func file(mark string) string {
	return `document: {id: d, title: t}
entities:
  - id: a
    type: person
    mentions: [{text: x, start: 0, end: 1, sentence: 1}]
events:
  - id: d/meeting-1
    type: meeting
    trigger: {text: التقى, start: 10, end: 15, sentence: 1}
` + mark + "\n"
}

func TestParse(t *testing.T) {
	tests := []struct {
		name   string
		data   string
		status string // of the event's mark
		note   string
		err    string
	}{
		{"no mark", file(""), "", "", ""},
		{"flow", file("    review: {status: confirmed, note: seen on TV}"), doc.Confirmed, "seen on TV", ""},
		{"comma in a flow note", file("    review: {status: confirmed, note: seen on SANA, confirmed by AFP}"), doc.Confirmed, "seen on SANA, confirmed by AFP", ""},
		{"two commas, then a key", file("    review: {status: confirmed, note: a, b, c, by: anna}"), doc.Confirmed, "a, b, c", ""},
		{"comma in a block note", file("    review:\n      status: rejected\n      note: seen on SANA, confirmed by AFP"), doc.Rejected, "seen on SANA, confirmed by AFP", ""},
		{"JSON style", file(`    "review": {"status": "corrected", "note": "a, b"}`), doc.Corrected, "a, b", ""},
		{"space before the colon", file("    review : {status: confirmed}"), doc.Confirmed, "", ""},
		{"extra keys and a comment", file("    review: {status: confirmed, by: anna, checked: 2024-01-02} # twice"), doc.Confirmed, "", ""},
		{"empty key value kept", file("    review: {status: confirmed, note: ok, checked: }"), doc.Confirmed, "ok", ""},
		{"bad status names the line", file("    review: {status: maybe}"), "", "", `f.yaml:10: event d/meeting-1: review status "maybe"`},
		{"status on its own line", file("    review:\n      note: x\n      status: ok"), "", "", `f.yaml:12: event d/meeting-1: review status "ok"`},
		{"not a mapping", file("    review: confirmed"), "", "", "f.yaml:10: event d/meeting-1: review is not a mapping"},
		{"no status", file("    review: {note: fine}"), "", "", "f.yaml:10: event d/meeting-1: review without a status"},
		{"valueless key not after a note", file("    review: {status: confirmed, seen by AFP}"), "", "", `"seen by AFP" has no value`},
		{"colon without a space", file("    review: {status: confirmed, note: x, checked:}"), "", "", "write a space after the colon"},
		{"note not text", file("    review: {status: confirmed, note: [a, b]}"), "", "", "the note is not text"},
		{"broken YAML", file("    review: {status: confirmed"), "", "", "f.yaml: yaml: line"},
		{"events not a list", "document: {id: d}\nevents: 3\n", "", "", "f.yaml:2: events is not a list"},
		{"not a mapping at all", "- a\n", "", "", "f.yaml:1: not an extract result"},
		{"a bad entity mark names the entity", "document: {id: d}\nentities:\n  - {id: a, type: person, review: {status: maybe}}\nevents: []\n", "", "", `f.yaml:3: entity a: review status "maybe"`},
		{"entity in flow style", "document: {id: d}\nentities:\n  - {id: a, type: person, review: {status: rejected, note: no, not him}}\nevents: []\n", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := Parse("f.yaml", []byte(tt.data))
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("Parse: %v, want an error containing %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if len(f.Events) != len(f.Result.Events) || len(f.Entities) != len(f.Result.Entities) {
				t.Fatalf("nodes %d/%d for %d/%d records", len(f.Entities), len(f.Events), len(f.Result.Entities), len(f.Result.Events))
			}
			var got *doc.Review
			if len(f.Result.Events) > 0 {
				got = f.Result.Events[0].Review
			}
			switch {
			case tt.status == "" && got != nil && tt.name != "entity in flow style":
				t.Errorf("mark %+v, want none", got)
			case tt.status != "" && (got == nil || got.Status != tt.status || got.Note != tt.note):
				t.Errorf("mark %+v, want {%s %s}", got, tt.status, tt.note)
			}
			if tt.name == "entity in flow style" {
				if m := f.Result.Entities[0].Review; m == nil || m.Status != doc.Rejected || m.Note != "no, not him" {
					t.Errorf("entity mark %+v", m)
				}
			}
		})
	}
}

func TestMayHoldMarkKey(t *testing.T) {
	tests := []struct {
		data string
		want bool
	}{
		{"title: a review of the talks\nevents: [", false},
		{"  review: {status: conf", true},
		{"  \"review\" : {status", true},
		{"  'review':", true},
		{"text: \"a \\\" quote\"\nevents: [", true}, // an escape: conservative
		{"reviewed: x\n  [", false},
	}
	for _, tt := range tests {
		if got := MayHoldMarkKey([]byte(tt.data)); got != tt.want {
			t.Errorf("MayHoldMarkKey(%q) = %v, want %v", tt.data, got, tt.want)
		}
	}
}

func TestMayHoldMarks(t *testing.T) {
	tests := []struct {
		data string
		want bool
	}{
		{"events: []\n", false},
		{"  review: {status: confirmed}\n", true},
		{`  "\x72eview": {status: confirmed}` + "\n", true},
		{"\xff\xfer\x00e\x00", true},
	}
	for _, tt := range tests {
		if got := MayHoldMarks([]byte(tt.data)); got != tt.want {
			t.Errorf("MayHoldMarks(%q) = %v, want %v", tt.data, got, tt.want)
		}
	}
}
