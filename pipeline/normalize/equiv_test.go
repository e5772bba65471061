package normalize

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// reference is Normalize as first written, iterating NFC over the whole
// string; the fast path must give the same runes and offsets.
// refText is the analysis form and the offset map as a slice (one
// origin a rune, then the original length).
type refText struct {
	Runes []rune
	Orig  []int32
}

func reference(s string) *refText {
	t := &refText{}
	var (
		it      norm.Iter
		pos     int32
		bytePos int
		tatweel bool
		dot     = -1
		dotTat  bool
	)
	it.InitString(norm.NFC, s)
	var sg segment
	for !it.Done() {
		seg := it.Next()
		next := it.Pos()
		n := int32(utf8.RuneCountInString(s[bytePos:next]))
		sg.origins(s[bytePos:next], seg, pos)
		bytePos = next
		pos += n
		for k, r := range sg.out {
			origin := sg.orig[k]
			f := Fold(r)
			if f < 0 {
				if r == 0x0640 {
					tatweel = true
				}
				continue
			}
			if dot >= 0 && dot == len(t.Runes)-1 && (dotTat || tatweel) && IsArabicLetter(f) {
				t.Runes = t.Runes[:dot]
				t.Orig = t.Orig[:dot]
			}
			dot = -1
			if f == '.' && len(t.Runes) > 0 && IsArabicLetter(t.Runes[len(t.Runes)-1]) {
				dot, dotTat = len(t.Runes), tatweel
			}
			tatweel = false
			t.Runes = append(t.Runes, f)
			t.Orig = append(t.Orig, origin)
		}
	}
	t.Orig = append(t.Orig, pos)
	return t
}

// tricky holds code points that compose, decompose, reorder or are
// removed, next to plain Arabic and Latin letters.
var tricky = []string{
	"ا", "و", "ي", "ه", "ب", "ل", "ـ", ".", " ", "\n", "e", "A", "3",
	"\u064E", "\u0651", "\u0650", "\u0653", "\u0654", "\u0655", "\u0670", // harakat, madda, hamza
	"\u0301", "\u0308", "\u0327", "\u034F", // Latin combining marks, CGJ
	"\u0958", "\u0915", "\u093C", // Devanagari with a composition exclusion
	"\u1100", "\u1161", "\u11A8", "\uAC00", // Hangul jamo and a syllable
	"\u200F", "\u00A0", "\u2026", "“", "é", "أ", "آ", "ة", "٩",
	"\uFB50", "\U0001F600", "\xff", "\xe0\x80", "\uFFFD",
}

func randomText(rng *rand.Rand) string {
	var b strings.Builder
	n := rng.IntN(60)
	for range n {
		if rng.IntN(20) == 0 {
			// a long run of non-starters, past the stream-safe limit
			for range 25 + rng.IntN(20) {
				b.WriteString("\u0651")
			}
			continue
		}
		b.WriteString(tricky[rng.IntN(len(tricky))])
	}
	return b.String()
}

func checkSame(t *testing.T, s string) {
	t.Helper()
	got, want := Normalize(s), reference(s)
	if !slices.Equal(got.Runes, want.Runes) || !slices.Equal(got.Origins(), want.Orig) {
		t.Fatalf("Normalize(%+q):\n got %+q %v\nwant %+q %v", s, string(got.Runes), got.Origins(), string(want.Runes), want.Orig)
	}
	for i, o := range want.Orig {
		if got.Origin(i) != int(o) {
			t.Fatalf("Normalize(%+q).Origin(%d) = %d, want %d", s, i, got.Origin(i), o)
		}
	}
	orig := []rune(s)
	for i := 0; i <= len(got.Runes); i++ {
		for j := i; j <= len(got.Runes) && j <= i+3; j++ {
			a, b := got.Span(i, j)
			if o, w := got.Original(a, b), string(orig[a:b]); o != w {
				t.Fatalf("Normalize(%+q).Original(%d, %d) = %+q, want %+q", s, a, b, o, w)
			}
		}
	}
}

func TestSameAsReference(t *testing.T) {
	for _, s := range []string{
		"", "ا\u0654", "e\u0301 café", "\xff\xfeبشار", "ـــ...ـــ", "ا\u0654\u0654\u0654",
		"اليائــ.سة", "المسـ.ـلحة", "\u0651\u064E", "ب\u0651\u064E", "\u1100\u1161\u11A8",
		"\u0958", strings.Repeat("\u0651", 70), "ا" + strings.Repeat("\u0651", 40) + "ب",
		strings.Repeat("بشار الأسد ", 10),
	} {
		checkSame(t, s)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 5000 {
		checkSame(t, randomText(rng))
	}
}

func FuzzSameAsReference(f *testing.F) {
	for _, s := range []string{"بشار الأسد", "اليائــ.سة", "a\u0301", "ا\u0654", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkSame(t, s)
	})
}
