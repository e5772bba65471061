package gzsniff

import "testing"

func TestIs(t *testing.T) {
	for _, tc := range []struct {
		head      string
		is, mayBe bool
	}{
		{"", false, true},
		{"\x1f", false, true},
		{"\x1f\x8b", true, false},
		{"\x1f\x8b\x08\x00", true, false},
		{"\x8b\x1f", false, false},
		{"{", false, false},
		{"\x1fx", false, false},
	} {
		if got := Is([]byte(tc.head)); got != tc.is {
			t.Errorf("Is(%q) = %v, want %v", tc.head, got, tc.is)
		}
		if got := MayBe([]byte(tc.head)); got != tc.mayBe {
			t.Errorf("MayBe(%q) = %v, want %v", tc.head, got, tc.mayBe)
		}
	}
}
