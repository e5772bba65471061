package dataset

import (
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"time"

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
}

// FoundWindow is how many days a row's date may be from a known meeting.
const FoundWindow = 2

// Score compares ms with the known meetings, pair by pair.
func (k *Known) Score(ms []Meeting) []PairScore {
	var out []PairScore
	for _, p := range k.Pairs {
		s := PairScore{Pair: p}
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
			if slices.ContainsFunc(s.Rows, func(m Meeting) bool { return km.near(m.Date) }) {
				s.Found++
			} else {
				s.Missed = append(s.Missed, km)
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
	from, _ := time.Parse(time.DateOnly, km.Date)
	to := from
	if km.To != "" {
		to, _ = time.Parse(time.DateOnly, km.To)
	}
	w := FoundWindow * 24 * time.Hour
	return !t.Before(from.Add(-w)) && !t.After(to.Add(w))
}

func hasActor(m Meeting, id string) bool {
	return slices.ContainsFunc(m.Actors, func(a Actor) bool { return a.ID == id })
}

// WriteScores prints the scores as a table, pair by pair, with the totals
// of the tuned pairs, the held-out pairs and all; verbose lists each
// pair's rows.
func WriteScores(w io.Writer, scores []PairScore, verbose bool) error {
	type total struct{ real, found, rows, realComplete, rowsComplete int }
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
		tuned.realComplete + held.realComplete, tuned.rowsComplete + held.rowsComplete}
	for _, x := range []struct {
		name string
		t    total
	}{{"tuned pairs", tuned}, {"held-out pairs", held}, {"all pairs", all}} {
		_, err := fmt.Fprintf(w, "%-16s found %d/%d (%.0f%%), rows %d/%d real on complete pairs (%.2f per meeting)\n",
			x.name, x.t.found, x.t.real, 100*ratio(x.t.found, x.t.real), x.t.rowsComplete, x.t.realComplete, ratio(x.t.rowsComplete, x.t.realComplete))
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
