package lang

import (
	"math/rand/v2"
	"strings"
	"testing"
)

func TestDetect(t *testing.T) {
	for _, tc := range []struct {
		name, text, want string
	}{
		{"arabic", "استقبل الرئيس السوري بشار الأسد وزير الدفاع الروسي في دمشق.", Arabic},
		{"english", "Syrian President Bashar al-Assad met Russian Defence Minister Sergei Shoigu in Damascus.", English},
		{"arabic with latin names", "قالت وكالة Reuters إن الأسد التقى شويغو (Shoigu) في دمشق أمس.", Arabic},
		{"english with an arabic word", "The word for summit, قمة, recurs in the statement issued on Thursday.", English},
		{"english with diacritics", "Çavuşoğlu and Erdoğan met in Ankara.", English},
		{"no letters", "2020-07-09 12:00", Arabic},
		{"empty", "", Arabic},
		{"tie", "ab قم", Arabic},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := Detect(tc.text); got != tc.want {
				t.Errorf("Detect(%q) = %q, want %q (counts %+v)", tc.text, got, tc.want, Count(tc.text))
			}
		})
	}
}

func TestCountSample(t *testing.T) {
	// The sample stops counting: a long Arabic tail after an English
	// opening of more than sample letters does not change the answer.
	s := strings.Repeat("abcd ", sample/4+1) + strings.Repeat("قمة ", 10*sample)
	c := Count(s)
	if c.Arabic != 0 || c.Latin != sample {
		t.Errorf("Count = %+v, want %d Latin letters and no Arabic", c, sample)
	}
	if Detect(s) != English {
		t.Errorf("Detect = %q, want %q", Detect(s), English)
	}
}

func BenchmarkDetect(b *testing.B) {
	// About one sample of letters: a short article.
	s := strings.Repeat("استقبل الرئيس السوري بشار الأسد وزير الدفاع الروسي في دمشق. ", 20)
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		Detect(s)
	}
}

// TestDetectStopsEarly checks that Detect, which stops once the sample's
// rest cannot change the majority, decides as the full Count does.
func TestDetectStopsEarly(t *testing.T) {
	words := []string{"الرئيس", "Assad", "met", "بوتين", "Syria", "في", "Moscow", "دمشق", "Δ", "١٢", "2018", "، ", ". ", "\n"}
	rng := rand.New(rand.NewPCG(1, 2))
	for n := range 2000 {
		var b strings.Builder
		for range rng.IntN(600) {
			b.WriteString(words[rng.IntN(len(words))])
			b.WriteByte(' ')
		}
		s := b.String()
		c := Count(s)
		want := Arabic
		if c.Latin > c.Arabic {
			want = English
		}
		if got := Detect(s); got != want {
			t.Fatalf("case %d: Detect = %s, Count says %s (%+v)", n, got, want, c)
		}
	}
}
