package unionfind

import "testing"

func TestSets(t *testing.T) {
	s := New(6)
	for _, p := range [][2]int{{4, 2}, {5, 4}, {1, 3}} {
		s.Union(p[0], p[1])
	}
	want := []int{0, 1, 2, 1, 2, 2}
	for i, w := range want {
		if got := s.Find(i); got != w {
			t.Errorf("Find(%d) = %d, want %d", i, got, w)
		}
	}
}
