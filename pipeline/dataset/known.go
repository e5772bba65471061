package dataset

import (
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/extract-news/extract/pipeline/doc"
	"go.yaml.in/yaml/v3"
)

// Known is a table of meetings known from the public record, to measure
// the meeting rows against (testdata/known-meetings.yaml).
type Known struct {
	Period struct {
		From string `yaml:"from"`
		To   string `yaml:"to"`
	} `yaml:"period"`
	Source string      `yaml:"source"`
	Pairs  []KnownPair `yaml:"pairs"`
}

// KnownPair is the known meetings of two people in the period.
type KnownPair struct {
	People []string `yaml:"people"`
	// Complete says the list holds every meeting of the pair in the
	// period; only complete pairs count in the rows-per-meeting ratio.
	Complete bool `yaml:"complete"`
	// HeldOut marks a pair not looked at while tuning.
	HeldOut  bool           `yaml:"held_out"`
	Meetings []KnownMeeting `yaml:"meetings"`
}

// KnownMeeting is one meeting: its first day Date and its last day To
// (empty for a one-day meeting), YYYY-MM-DD.
type KnownMeeting struct {
	Date  string `yaml:"date"`
	To    string `yaml:"to"`
	Place string `yaml:"place"`
}

// LoadKnown reads a table of known meetings.
func LoadKnown(path string) (*Known, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var k Known
	if err := yaml.Unmarshal(data, &k); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	for i, p := range k.Pairs {
		if len(p.People) != 2 {
			return nil, fmt.Errorf("%s: pair %d: want two people, got %d", path, i+1, len(p.People))
		}
		for _, m := range p.Meetings {
			for _, d := range []string{m.Date, m.To} {
				if _, err := time.Parse(time.DateOnly, d); err != nil && d != "" || m.Date == "" {
					return nil, fmt.Errorf("%s: pair %s: meeting date %q: want YYYY-MM-DD", path, strings.Join(p.People, "–"), d)
				}
			}
		}
	}
	if _, err := time.Parse(time.DateOnly, k.Period.From); err != nil {
		return nil, fmt.Errorf("%s: period.from: %w", path, err)
	}
	if _, err := time.Parse(time.DateOnly, k.Period.To); err != nil {
		return nil, fmt.Errorf("%s: period.to: %w", path, err)
	}
	return &k, nil
}

// PairScore is how the rows of one pair compare with its known meetings.
type PairScore struct {
	Pair KnownPair
	// Rows are the meetings that took place (status occurred) of both
	// people dated in the period or undated; Found counts the known
	// meetings that have a row within FoundWindow days.
	Rows  []Meeting
	Found int
	// Missed are the known meetings without a row.
	Missed []KnownMeeting
	// Reported counts the known meetings the run's documents report:
	// one of them, published from the meeting's first day to
	// ReportWindow days after its last, names both people. FoundReported
	// counts those of them that have a row. (A meeting no document of
	// the corpus tells of cannot be found by any extractor.)
	Reported, FoundReported int
}

// ReportWindow is how many days after a meeting a document that names
// both its people counts as its news.
const ReportWindow = 3

// FoundWindow is how many days a row's date may be from a known meeting.
const FoundWindow = 2

// Score compares ms, the meetings Build made of results rs, with the
// known meetings, pair by pair.
func (k *Known) Score(ms []Meeting, rs []*doc.Result) []PairScore {
	type named struct {
		day time.Time
		ids map[string]bool
	}
	var docs []named
	for _, r := range rs {
		day, err := time.Parse(time.DateOnly, firstN(r.Document.Published, len(time.DateOnly)))
		if err != nil {
			continue
		}
		ids := map[string]bool{}
		for _, e := range r.Entities {
			ids[e.ID] = true
		}
		docs = append(docs, named{day, ids})
	}
	var out []PairScore
	for _, p := range k.Pairs {
		s := PairScore{Pair: p}
		reported := func(km KnownMeeting) bool {
			from, to := km.span()
			to = to.Add(ReportWindow * 24 * time.Hour)
			return slices.ContainsFunc(docs, func(d named) bool {
				return !d.day.Before(from) && !d.day.After(to) && d.ids[p.People[0]] && d.ids[p.People[1]]
			})
		}
		for _, m := range ms {
			if m.Status != "occurred" || !hasActor(m, p.People[0]) || !hasActor(m, p.People[1]) {
				continue
			}
			if !k.inPeriod(m.Date) {
				continue
			}
			s.Rows = append(s.Rows, m)
		}
		for _, km := range p.Meetings {
			found := slices.ContainsFunc(s.Rows, func(m Meeting) bool { return km.near(m.Date) })
			if found {
				s.Found++
			} else {
				s.Missed = append(s.Missed, km)
			}
			if reported(km) {
				s.Reported++
				if found {
					s.FoundReported++
				}
			}
		}
		out = append(out, s)
	}
	return out
}

// inPeriod reports whether a row's date (YYYY-MM-DD, YYYY-MM, YYYY or
// empty) may fall in the period: an empty one may.
func (k *Known) inPeriod(d string) bool {
	if d == "" {
		return true
	}
	if len(d) > len(k.Period.From) {
		return false
	}
	return d >= k.Period.From[:len(d)] && d <= k.Period.To[:len(d)]
}

// near reports whether a row date d is within FoundWindow days of km.
func (km KnownMeeting) near(d string) bool {
	t, err := time.Parse(time.DateOnly, d)
	if err != nil {
		return false
	}
	from, to := km.span()
	w := FoundWindow * 24 * time.Hour
	return !t.Before(from.Add(-w)) && !t.After(to.Add(w))
}

// span returns the first and last day of km.
func (km KnownMeeting) span() (from, to time.Time) {
	from, _ = time.Parse(time.DateOnly, km.Date)
	to = from
	if km.To != "" {
		to, _ = time.Parse(time.DateOnly, km.To)
	}
	return from, to
}

// firstN returns the first n bytes of s, or s when shorter.
func firstN(s string, n int) string {
	if len(s) < n {
		return s
	}
	return s[:n]
}

func hasActor(m Meeting, id string) bool {
	return slices.ContainsFunc(m.Actors, func(a Actor) bool { return a.ID == id })
}

// WriteScores prints the scores as a table, pair by pair, with the totals
// of the tuned pairs, the held-out pairs and all; verbose lists each
// pair's rows.
func WriteScores(w io.Writer, scores []PairScore, verbose bool) error {
	type total struct{ real, found, rows, realComplete, rowsComplete, reported, foundReported int }
	var tuned, held total
	fmt.Fprintf(w, "%-48s %5s %5s %5s %6s %s\n", "pair", "real", "found", "rows", "rows/m", "")
	for _, s := range scores {
		t := &tuned
		note := ""
		if s.Pair.HeldOut {
			t = &held
			note = "held out"
		}
		if !s.Pair.Complete {
			note = strings.TrimSpace(note + " incomplete")
		}
		real := len(s.Pair.Meetings)
		t.real += real
		t.found += s.Found
		t.reported += s.Reported
		t.foundReported += s.FoundReported
		t.rows += len(s.Rows)
		if s.Pair.Complete {
			t.realComplete += real
			t.rowsComplete += len(s.Rows)
		}
		fmt.Fprintf(w, "%-48s %5d %5d %5d %6.2f %s\n", strings.Join(s.Pair.People, " – "), real, s.Found, len(s.Rows), ratio(len(s.Rows), real), note)
		if verbose {
			for _, m := range s.Rows {
				fmt.Fprintf(w, "    %-10s %-9s %3d reports %2d refs  %s\n", m.Date, m.DateBasis, m.Reports, m.References, m.ID)
			}
			for _, km := range s.Missed {
				fmt.Fprintf(w, "    missed %s %s\n", km.Date, km.Place)
			}
		}
	}
	all := total{tuned.real + held.real, tuned.found + held.found, tuned.rows + held.rows,
		tuned.realComplete + held.realComplete, tuned.rowsComplete + held.rowsComplete,
		tuned.reported + held.reported, tuned.foundReported + held.foundReported}
	for _, x := range []struct {
		name string
		t    total
	}{{"tuned pairs", tuned}, {"held-out pairs", held}, {"all pairs", all}} {
		_, err := fmt.Fprintf(w, "%-16s found %d/%d (%.0f%%), rows %d/%d real on complete pairs (%.2f per meeting); of the meetings the documents report, found %d/%d (%.0f%%)\n",
			x.name, x.t.found, x.t.real, 100*ratio(x.t.found, x.t.real), x.t.rowsComplete, x.t.realComplete, ratio(x.t.rowsComplete, x.t.realComplete),
			x.t.foundReported, x.t.reported, 100*ratio(x.t.foundReported, x.t.reported))
		if err != nil {
			return err
		}
	}
	return nil
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}
