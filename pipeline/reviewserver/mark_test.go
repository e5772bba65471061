package reviewserver

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/extract-news/extract/pipeline/doc"
	"github.com/extract-news/extract/pipeline/output"
	"go.yaml.in/yaml/v3"
)

// sample is a document's file as the extraction writes it, with a
// reviewer's comment.
const sample = `document:
  id: d1
  title: قمة
  published: "2020-07-09T00:00:00Z"
  source: ""
  url: ""
  language: ar
entities:
  - id: a
    type: person
    name: A
    name_ar: أ
    gazetteer: true
    country: SY
    mentions:
      - {text: أ, start: 0, end: 1, sentence: 1}
  - id: b
    type: person
    name: B
    name_ar: ب
    gazetteer: true
    mentions:
      - {text: ب, start: 4, end: 5, sentence: 1}
  - id: damascus
    type: place
    name: Damascus
    name_ar: دمشق
    gazetteer: true
    country: SY
    mentions:
      - {text: دمشق, start: 8, end: 12, sentence: 1}
events:
  # checked by hand
  - id: d1/meeting-1
    type: meeting
    status: occurred
    participants:
      - {entity: a, role: host}
      - {entity: b, role: guest}
    location: null
    date: null
    trigger: {text: قمة, start: 2, end: 3, sentence: 1}
    evidence:
      - {text: أ قمة ب, start: 0, end: 5, sentence: 1}
`

func TestApplyMark(t *testing.T) {
	tests := []struct {
		name string
		mark Mark
		want []string // lines the file must hold
		gone []string // lines it must not
	}{
		{"confirm event", Mark{Kind: KindEvent, ID: "d1/meeting-1", Status: doc.Confirmed},
			[]string{"    review: {status: confirmed}\n", "  # checked by hand\n"}, nil},
		{"reject entity with a note that needs quotes", Mark{Kind: KindEntity, ID: "b", Status: doc.Rejected, Note: "no: not a person"},
			[]string{"    review: {status: rejected, note: 'no: not a person'}\n"}, nil},
		{"correct event", Mark{Kind: KindEvent, ID: "d1/meeting-1", Status: doc.Corrected, Note: "in Damascus",
			Event: &EventFix{Status: doc.Planned, Date: "2020-07-10", Location: "damascus",
				Participants: []doc.Participant{{Entity: "b", Role: "host"}, {Entity: "a", Role: "guest"}}}},
			[]string{"    status: planned\n", "      - {entity: b, role: host}\n", "    location: {entity: damascus}\n",
				"    date: {text: \"\", start: 0, end: 0, value: \"2020-07-10\"}\n", "    review: {status: corrected, note: in Damascus}\n",
				"    trigger: {text: قمة, start: 2, end: 3, sentence: 1}\n"},
			[]string{"    location: null\n"}},
		{"correct entity", Mark{Kind: KindEntity, ID: "b", Status: doc.Corrected, Entity: &EntityFix{Name: "Bee", NameAr: "بي", Country: "LB"}},
			[]string{"    name: Bee\n", "    name_ar: بي\n", "    country: LB\n", "    review: {status: corrected}\n"}, nil},
		{"clear a mark that is not there", Mark{Kind: KindEvent, ID: "d1/meeting-1"}, nil, []string{"review:"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ApplyMark([]byte(sample), tt.mark)
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range tt.want {
				if !strings.Contains(string(got), w) {
					t.Errorf("no line %q in\n%s", w, got)
				}
			}
			for _, g := range tt.gone {
				if strings.Contains(string(got), g) {
					t.Errorf("%q still in\n%s", g, got)
				}
			}
			// The rest of the file is as it was.
			if tt.mark.Event == nil && tt.mark.Entity == nil && tt.mark.Status != "" {
				var mark string
				for _, w := range tt.want[:1] {
					mark = w
				}
				if strings.Replace(string(got), mark, "", 1) != sample {
					t.Errorf("the file changed beyond the mark:\n%s", got)
				}
			}
		})
	}
}

func TestApplyMarkRemoves(t *testing.T) {
	marked, err := ApplyMark([]byte(sample), Mark{Kind: KindEvent, ID: "d1/meeting-1", Status: doc.Confirmed})
	if err != nil {
		t.Fatal(err)
	}
	cleared, err := ApplyMark(marked, Mark{Kind: KindEvent, ID: "d1/meeting-1"})
	if err != nil {
		t.Fatal(err)
	}
	if string(cleared) != sample {
		t.Errorf("confirm then undo gives\n%s", cleared)
	}
}

func TestApplyMarkErrors(t *testing.T) {
	two := []doc.Participant{{Entity: "a", Role: "host"}, {Entity: "b", Role: "guest"}}
	tests := []struct {
		name string
		mark Mark
		want string
	}{
		{"unknown event", Mark{Kind: KindEvent, ID: "d1/meeting-9", Status: doc.Confirmed}, `no event "d1/meeting-9"`},
		{"unknown entity", Mark{Kind: KindEntity, ID: "zz", Status: doc.Confirmed}, `no entity "zz"`},
		{"bad status", Mark{Kind: KindEvent, ID: "d1/meeting-1", Status: "ok"}, `review status "ok"`},
		{"bad kind", Mark{Kind: "topic", ID: "x", Status: doc.Confirmed}, `record kind "topic"`},
		{"fields without corrected", Mark{Kind: KindEvent, ID: "d1/meeting-1", Status: doc.Confirmed,
			Event: &EventFix{Status: doc.Occurred, Participants: two}}, "only with status corrected"},
		{"one participant", Mark{Kind: KindEvent, ID: "d1/meeting-1", Status: doc.Corrected,
			Event: &EventFix{Status: doc.Occurred, Participants: two[:1]}}, "needs two participants"},
		{"participant not in the document", Mark{Kind: KindEvent, ID: "d1/meeting-1", Status: doc.Corrected,
			Event: &EventFix{Status: doc.Occurred, Participants: append(two, doc.Participant{Entity: "c", Role: "guest"})}}, `participant "c"`},
		{"bad role", Mark{Kind: KindEvent, ID: "d1/meeting-1", Status: doc.Corrected,
			Event: &EventFix{Status: doc.Occurred, Participants: []doc.Participant{{Entity: "a", Role: "boss"}, {Entity: "b", Role: "guest"}}}}, `role "boss"`},
		{"bad date", Mark{Kind: KindEvent, ID: "d1/meeting-1", Status: doc.Corrected,
			Event: &EventFix{Status: doc.Occurred, Date: "10/07/2020", Participants: two}}, `date "10/07/2020"`},
		{"bad event status", Mark{Kind: KindEvent, ID: "d1/meeting-1", Status: doc.Corrected,
			Event: &EventFix{Status: "maybe", Participants: two}}, `status "maybe"`},
		{"bad country", Mark{Kind: KindEntity, ID: "a", Status: doc.Corrected, Entity: &EntityFix{Name: "A", Country: "Syria"}}, `country "Syria"`},
		{"empty name", Mark{Kind: KindEntity, ID: "a", Status: doc.Corrected, Entity: &EntityFix{Name: " "}}, "empty name"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ApplyMark([]byte(sample), tt.mark)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %v, want one with %q", err, tt.want)
			}
		})
	}
	if _, err := ApplyMark([]byte("events: [\n"), Mark{Kind: KindEvent, ID: "x", Status: doc.Confirmed}); err == nil {
		t.Error("unparsable file: no error")
	}
}

// TestApplyMarkRefusesWhatTheMergeRefuses: a file the extraction's merge
// cannot read (review.Parse: here an entity written as an alias, next to
// a mark) takes no new mark, since the next run would refuse the file all
// the same.
func TestApplyMarkRefusesWhatTheMergeRefuses(t *testing.T) {
	broken := strings.Replace(sample, "  - id: damascus\n", "  - &place\n    id: damascus\n", 1)
	broken = strings.Replace(broken, "events:\n", "  - *place\nevents:\n", 1)
	broken = strings.Replace(broken, "    country: SY\n", "    country: SY\n    review: {status: confirmed}\n", 1)
	if _, _, err := output.KeepReviews(writeTemp(t, broken), &doc.Result{}); err == nil {
		t.Fatal("the merge reads the file: the case tests nothing")
	}
	if _, err := ApplyMark([]byte(broken), Mark{Kind: KindEvent, ID: "d1/meeting-1", Status: doc.Confirmed}); err == nil || !strings.Contains(err.Error(), "not a mapping") {
		t.Errorf("error %v, want one naming the item that is not a mapping", err)
	}
}

func writeTemp(t *testing.T, data string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "d1.yaml")
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestMarksSurviveRerun writes marks as the browser does and re-runs the
// output stage over the file: the extraction's merge (output.KeepReviews)
// keeps them.
func TestMarksSurviveRerun(t *testing.T) {
	var fresh doc.Result
	if err := yaml.Unmarshal([]byte(sample), &fresh); err != nil {
		t.Fatal(err)
	}
	data := []byte(sample)
	var err error
	for _, m := range []Mark{
		{Kind: KindEvent, ID: "d1/meeting-1", Status: doc.Confirmed, Note: "seen on SANA"},
		{Kind: KindEntity, ID: "b", Status: doc.Corrected, Entity: &EntityFix{Name: "Bee", Country: "LB"}},
	} {
		if data, err = ApplyMark(data, m); err != nil {
			t.Fatal(err)
		}
	}
	path := filepath.Join(t.TempDir(), "d1.yaml")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	out, _, err := output.KeepReviews(path, &fresh)
	if err != nil {
		t.Fatal(err)
	}
	var got doc.Result
	if err := yaml.Unmarshal(out, &got); err != nil {
		t.Fatal(err)
	}
	if r := got.Events[0].Review; r == nil || r.Status != doc.Confirmed || r.Note != "seen on SANA" {
		t.Errorf("event mark after the re-run: %+v", r)
	}
	if e := got.Entities[1]; e.Review == nil || e.Review.Status != doc.Corrected || e.Name != "Bee" || e.Country != "LB" {
		t.Errorf("entity after the re-run: %+v", e)
	}
}
