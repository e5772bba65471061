package tokenize

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// referenceStems is AppendStems as first written, on a rune slice.
func referenceStems(dst []Stem, tok string) []Stem {
	r := []rune(tok)
	if len(r) < 3 || r[0] < 0x0600 {
		return dst
	}
	p := 0
	if r[0] == 'و' || r[0] == 'ف' {
		p = 1
		if len(r)-p >= 2 {
			dst = append(dst, Stem{Text: string(r[p:]), Prefix: p})
		}
	}
	if len(r)-p >= 3 {
		switch r[p] {
		case 'ب', 'ك':
			dst = append(dst, Stem{Text: string(r[p+1:]), Prefix: p + 1})
		case 'ل':
			if r[p+1] == 'ل' && len(r)-p >= 4 {
				dst = append(dst, Stem{Text: "ا" + string(r[p+1:]), Prefix: p + 1}, Stem{Text: string(r[p+1:]), Prefix: p + 1})
			} else {
				dst = append(dst, Stem{Text: string(r[p+1:]), Prefix: p + 1})
			}
		}
	}
	return dst
}

var alphabet = []rune("وفبكلاهيدمشق لل.،\n3a\u064E\U0001F600\u0900")

// TestSameAsReference checks token texts against their runes and the
// stems against referenceStems, on random text that also holds invalid
// code points.
func TestSameAsReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for range 20000 {
		text := make([]rune, rng.IntN(40))
		for i := range text {
			switch rng.IntN(50) {
			case 0:
				text[i] = 0xD800 // a surrogate
			case 1:
				text[i] = -1
			default:
				text[i] = alphabet[rng.IntN(len(alphabet))]
			}
		}
		for _, tk := range Analyze(text).Tokens {
			if want := string(text[tk.Start:tk.End]); tk.Text != want {
				t.Fatalf("Analyze(%q): token %q, want %q", string(text), tk.Text, want)
			}
			if got, want := AppendStems(nil, tk.Text), referenceStems(nil, tk.Text); !slices.Equal(got, want) {
				t.Fatalf("AppendStems(%q) = %v, want %v", tk.Text, got, want)
			}
		}
	}
}
