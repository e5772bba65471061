package meeting

import (
	"testing"

	"github.com/extract-news/extract/pipeline/dates"
)

func TestWeekdayOnly(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Thursday", true},
		{"Thursday evening", true},
		{"Thursday, July 9", false},
		{"last Thursday", false},
		{"yesterday", false},
		{"next week", false},
	} {
		if got := weekdayOnly(tc.text); got != tc.want {
			t.Errorf("weekdayOnly(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestRank(t *testing.T) {
	for _, tc := range []struct {
		text  string
		value string
		want  int
	}{
		{"thursday", "2020-07-09", 2},
		{"thursday", "", 1},
		{"july 9", "", 1},
		{"yesterday", "", 1},
		{"last week", "", 0},
		{"march", "", 0},
	} {
		if got := rank([]rune(tc.text), dates.Expr{Value: tc.value}); got != tc.want {
			t.Errorf("rank(%q, %q) = %d, want %d", tc.text, tc.value, got, tc.want)
		}
	}
}

// TestLexicon checks that no trigger is also a cue that would cancel it.
// (A trigger may end another's object phrase: met X and discussed …, so
// topic words are not checked.)
func TestLexicon(t *testing.T) {
	for w := range lexicon {
		for name, cues := range map[string]map[string]bool{
			"message": messageWords, "denied": deniedCues,
			"phone": phoneCues, "complementizer": complementizers, "planned": plannedCues,
		} {
			if cues[w] {
				t.Errorf("trigger %q is also a %s cue", w, name)
			}
		}
	}
}
