package dataset

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/extract-news/extract/pipeline/doc"
)

func TestKnownScore(t *testing.T) {
	path := filepath.Join(t.TempDir(), "known.yaml")
	table := `period: {from: 2018-02-01, to: 2018-10-31}
pairs:
  - people: [putin, assad]
    complete: true
    meetings:
      - {date: 2018-05-17, place: Sochi}
      - {date: 2018-09-01, to: 2018-09-02, place: Damascus}
  - people: [putin, rouhani]
    held_out: true
    complete: true
    meetings:
      - {date: 2018-04-04}
`
	if err := os.WriteFile(path, []byte(table), 0o644); err != nil {
		t.Fatal(err)
	}
	k, err := LoadKnown(path)
	if err != nil {
		t.Fatal(err)
	}
	rs := []*doc.Result{
		meetingDoc("a1", "2018-05-18T08:00:00Z", "2018-05-18", "sochi", "putin", "assad"),         // found, one day off
		meetingDoc("b1", "", "2018-07-01", "", "putin", "assad"),                                  // a wrong row
		meetingDoc("c1", "", "2017-05-01", "", "putin", "assad"),                                  // out of the period
		planned(meetingDoc("d1", "2018-09-06T08:00:00Z", "2018-09-01", "", "putin", "assad")),     // a plan is no row; published too late to report the meeting
		meetingDoc("e1", "2018-04-07T08:00:00Z", "2018-04-07", "", "putin", "rouhani", "erdogan"), // three days off, yet a report of the meeting
	}
	scores := k.Score(Build(rs), rs)
	if len(scores) != 2 {
		t.Fatalf("%d pairs, want 2", len(scores))
	}
	if s := scores[0]; len(s.Rows) != 2 || s.Found != 1 || len(s.Missed) != 1 || s.Missed[0].Date != "2018-09-01" {
		t.Errorf("putin–assad: %d rows, %d found, missed %v; want 2, 1, 2018-09-01", len(s.Rows), s.Found, s.Missed)
	}
	if s := scores[1]; len(s.Rows) != 1 || s.Found != 0 {
		t.Errorf("putin–rouhani: %d rows, %d found; want 1, 0", len(s.Rows), s.Found)
	}
	if s := scores[0]; s.Reported != 1 || s.FoundReported != 1 {
		t.Errorf("putin–assad: %d reported, %d of them found; want 1, 1", s.Reported, s.FoundReported)
	}
	if s := scores[1]; s.Reported != 1 || s.FoundReported != 0 {
		t.Errorf("putin–rouhani: %d reported, %d of them found; want 1, 0", s.Reported, s.FoundReported)
	}
	var b strings.Builder
	if err := WriteScores(&b, scores, true); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"tuned pairs      found 1/2 (50%), rows 2/2", "report, found 1/1 (100%)", "held-out pairs   found 0/1 (0%), rows 1/1", "missed 2018-09-01 Damascus"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("report lacks %q:\n%s", want, b.String())
		}
	}
}

func TestLoadKnownErrors(t *testing.T) {
	tests := []struct{ name, table, want string }{
		{"three people", "period: {from: 2018-02-01, to: 2018-10-31}\npairs:\n  - people: [a, b, c]\n", "want two people"},
		{"bad date", "period: {from: 2018-02-01, to: 2018-10-31}\npairs:\n  - people: [a, b]\n    meetings: [{date: 12 June}]\n", "want YYYY-MM-DD"},
		{"no period", "pairs: []\n", "period.from"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "known.yaml")
			if err := os.WriteFile(path, []byte(tt.table), 0o644); err != nil {
				t.Fatal(err)
			}
			if _, err := LoadKnown(path); err == nil || !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), path) {
				t.Errorf("error %v, want one naming %s and %q", err, path, tt.want)
			}
		})
	}
}

// TestKnownTable checks that the table in testdata loads.
func TestKnownTable(t *testing.T) {
	k, err := LoadKnown("../../testdata/known-meetings.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if len(k.Pairs) < 10 {
		t.Errorf("%d pairs, want at least ten", len(k.Pairs))
	}
}
