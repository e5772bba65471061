package input

import (
	"math/rand/v2"
	"testing"
	"unicode/utf8"
)

// referenceScan is scanBytes without the fast path for plain code points.
func referenceScan(b []byte) textStats {
	var s textStats
	inInvalid := false
	for i := 0; i < len(b); {
		c, size := utf8.DecodeRune(b[i:])
		i += size
		s.total++
		if c == utf8.RuneError && size == 1 {
			s.bad++
			if !inInvalid {
				s.invalid++
			}
			inInvalid = true
			continue
		}
		inInvalid = false
		if isControl(c) {
			s.bad++
		}
	}
	return s
}

// TestScanSameAsReference checks the fast paths of scanBytes and
// scanString against a plain decoding loop on random bytes that mix
// ASCII, Arabic, C1 controls and invalid sequences.
func TestScanSameAsReference(t *testing.T) {
	pieces := []string{"a", " ", "\t", "\x01", "\x7f", "ب", "é", "\u0085", "\u009f", "\u00a0", "€", "😀",
		"\xc2", "\xc1\x80", "\xd8", "\xe0\x80", "\x80", "\xff", "\xed\xa0\x80"}
	rng := rand.New(rand.NewPCG(5, 6))
	for range 50000 {
		var b []byte
		for range rng.IntN(20) {
			b = append(b, pieces[rng.IntN(len(pieces))]...)
		}
		if got, want := scanBytes(b), referenceScan(b); got != want {
			t.Fatalf("scanBytes(%q) = %+v, want %+v", b, got, want)
		}
		if !utf8.Valid(b) {
			continue
		}
		if got, want := scanString(string(b)), referenceScan(b); got != want {
			t.Fatalf("scanString(%q) = %+v, want %+v", b, got, want)
		}
	}
}
