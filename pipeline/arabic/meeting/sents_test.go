package meeting

import (
	"slices"
	"testing"
)

// TestEvidenceSentences checks found's evidence bookkeeping, which merge
// uses in log time, against the linear scan it replaced: the nearest
// sentence, no duplicates, evSents in the order sentences came.
func TestEvidenceSentences(t *testing.T) {
	tests := []struct {
		name  string
		first int   // the trigger's sentence
		added []int // sentences merged in, in order
	}{
		{"one", 3, nil},
		{"in order", 1, []int{2, 3, 5, 8}},
		{"headline last", 4, []int{6, 9, 1}},
		{"repeats", 2, []int{2, 7, 7, 3, 2, 9}},
		{"a long document", 1, func() []int {
			var s []int
			for i := range 3000 {
				s = append(s, 1+(i*7919)%5000)
			}
			return s
		}()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := &found{sent: tt.first, evSents: []int{tt.first}}
			want := []int{tt.first}
			probe := func(k int) {
				t.Helper()
				// The linear nearest distance, as merge computed it.
				dist := 1 << 30
				for _, s := range want {
					dist = min(dist, abs(k-s))
				}
				if got := f.nearestSent(k); got != dist {
					t.Fatalf("nearestSent(%d) = %d, want %d (sentences %v)", k, got, dist, want)
				}
			}
			defer func() {
				for _, k := range []int{0, 4, 10000} {
					probe(k)
				}
			}()
			for _, k := range tt.added {
				probe(k)
				f.addSent(k)
				if !slices.Contains(want, k) {
					want = append(want, k)
				}
			}
			if !slices.Equal(f.evSents, want) {
				t.Errorf("evSents %v, want %v", f.evSents, want)
			}
		})
	}
}
