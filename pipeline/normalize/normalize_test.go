package normalize_test

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/extract-news/extract/pipeline/normalize"
)

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"بشار الأسد", "بشار الاسد"},
		{"إدلب وآذار وٱلحمد", "ادلب واذار والحمد"},
		{"مستشفى الرقة", "مستشفي الرقه"},
		{"المسلّحة الإيرانيّة", "المسلحه الايرانيه"},
		{"اليائــ.سة", "اليايسه"},
		{"المسـ.ـلحة", "المسلحه"},
		{"عـ.مليات الحـ.ـرب", "عمليات الحرب"},
		{"دمشق. وقال", "دمشق. وقال"},             // a real full stop stays
		{"3.5 مليار", "3.5 مليار"},               // digits
		{"٩ تموز ۱۲", "9 تموز 12"},               // Arabic-Indic and Persian digits
		{"“الأسد” «سانا»", "\"الاسد\" \"سانا\""}, // quotes
		{"هل؟ نعم، لا؛", "هل? نعم, لا;"},
		{"Assad MET Putin", "assad met putin"},
		{"با\u200fقري", "باقري"},     // RLM inside a name
		{"با\u200dقري", "باقري"},     // ZWJ inside a name
		{"مؤتمر رئيس", "موتمر رييس"}, // hamza seats
		{"ا\u0654", "ا"}, // decomposed hamza: NFC, then folded
		{"#دونالد_ترمب و#حلف_شمال_الأطلسي", "#دونالد ترمب و#حلف شمال الاطلسي"}, // hashtags
		{"آڤي پول", "افي بول"}, // letters for v and p
	}
	for _, tt := range tests {
		if got := normalize.String(tt.in); got != tt.want {
			t.Errorf("String(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSpanRoundTrip(t *testing.T) {
	in := "قال “محمد باقري” المسـ.ـلحة في دمشقَ"
	n := normalize.Normalize(in)
	orig := []rune(in)
	tests := []struct{ norm, want string }{
		{"محمد باقري", "محمد باقري"},
		{"المسلحه", "المسـ.ـلحة"},
		{"دمشق", "دمشقَ"},
	}
	for _, tt := range tests {
		i := indexRunes(n.Runes, []rune(tt.norm))
		if i < 0 {
			t.Fatalf("%q not in %q", tt.norm, n.String())
		}
		a, b := n.Span(i, i+len([]rune(tt.norm)))
		if got := string(orig[a:b]); got != tt.want {
			t.Errorf("span of %q = %q, want %q", tt.norm, got, tt.want)
		}
	}
}

func indexRunes(s, sub []rune) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		ok := true
		for j := range sub {
			if s[i+j] != sub[j] {
				ok = false
				break
			}
		}
		if ok {
			return i
		}
	}
	return -1
}

// checkMap asserts the invariants of the offset map.
func checkMap(t *testing.T, s string) {
	t.Helper()
	n := normalize.Normalize(s)
	orig := n.Origins()
	if len(orig) != len(n.Runes)+1 {
		t.Fatalf("len(Origins()) = %d, want %d", len(orig), len(n.Runes)+1)
	}
	total := utf8.RuneCountInString(s)
	if int(orig[len(n.Runes)]) != total {
		t.Fatalf("last offset %d, want %d", orig[len(n.Runes)], total)
	}
	for i := 1; i < len(orig); i++ {
		if orig[i] < orig[i-1] || orig[i] > int32(total) {
			t.Fatalf("offsets not monotonic at %d: %v", i, orig)
		}
	}
}

func TestOffsetMapInvariants(t *testing.T) {
	for _, s := range []string{"", "a", "اليائــ.سة", "e\u0301 café", "\xff\xfeبشار", "ـــ...ـــ", "ا\u0654\u0654\u0654"} {
		checkMap(t, s)
	}
}

// checkRoundTrip asserts that the original text of every word of the
// analysis form (a maximal run without spaces and line breaks) has that
// word as its own analysis form: Span finds exactly the original
// characters a word came from. s must be valid UTF-8, as the input stage
// makes it.
func checkRoundTrip(t *testing.T, s string) {
	t.Helper()
	n := normalize.Normalize(s)
	orig := []rune(s)
	for i := 0; i < len(n.Runes); {
		if n.Runes[i] == ' ' || n.Runes[i] == '\n' {
			i++
			continue
		}
		j := i + 1
		for j < len(n.Runes) && n.Runes[j] != ' ' && n.Runes[j] != '\n' {
			j++
		}
		a, b := n.Span(i, j)
		if got, want := normalize.String(string(orig[a:b])), string(n.Runes[i:j]); got != want {
			t.Fatalf("Normalize(%q): word %q at [%d, %d) maps to %q at [%d, %d), whose analysis form is %q",
				s, want, i, j, string(orig[a:b]), a, b, got)
		}
		i = j
	}
}

func TestRoundTrip(t *testing.T) {
	for _, s := range []string{
		"قال “محمد باقري” المسـ.ـلحة في دمشقَ",
		"اليائــ.سة. عـ.مليات",
		"بشار ال\u200fأسد و ظ\u200dريف",
		"e\u0301 café ا\u0654",
		"Putin و Erdogan في ٩ تموز",
		"ـ.ـ ـــ. .ـ",
	} {
		checkMap(t, s)
		checkRoundTrip(t, s)
	}
}

// FuzzNormalize checks the offset map of any text and, on valid UTF-8, the
// round trip of its words.
func FuzzNormalize(f *testing.F) {
	for _, s := range []string{"بشار الأسد", "اليائــ.سة", "٩ تموز", "Assad’s", "\u200fدمشق", "a\u0301"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkMap(t, s)
		checkRoundTrip(t, strings.ToValidUTF8(s, "\uFFFD"))
	})
}

func BenchmarkNormalize(b *testing.B) {
	text := ""
	for len(text) < 64<<10 {
		text += "اجتمع رأس النظام السوري “بشار الأسد” مع رئيس هيئة الأركان العامة للقوات المسـ.ـلحة الإيرانية اللواء “محمد باقري”، وبحثا العلاقات الثنائية. "
	}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		normalize.Normalize(text)
	}
}

func ExampleNormalize() {
	in := "التقى “بشارُ الأسد” وفداً في دمشق"
	n := normalize.Normalize(in)
	fmt.Println(n.String())
	a, b := n.Span(7, 17) // "بشار الاسد" in the analysis form
	fmt.Println(string([]rune(in)[a:b]))
	// Output:
	// التقي "بشار الاسد" وفدا في دمشق
	// بشارُ الأسد
}

// TestIntoReuses checks that Into, given a Text that held a longer and a
// shorter document before, gives what Normalize gives: nothing of the
// earlier documents shows through.
func TestIntoReuses(t *testing.T) {
	docs := []string{
		strings.Repeat("قال الرئيس السوري بشار الأسد في دمشقَ. ", 40),
		"المسـ.ـلحة",
		"ا\u0654 وآذار",
		"",
		"Assad met Putin in Sochi.",
	}
	var reused normalize.Text
	for _, s := range docs {
		got, want := normalize.Into(&reused, s), normalize.Normalize(s)
		if got != &reused {
			t.Fatalf("Into(%q) did not return its Text", s)
		}
		if string(got.Runes) != string(want.Runes) || fmt.Sprint(got.Origins()) != fmt.Sprint(want.Origins()) {
			t.Errorf("Into(%q) = %q %v, want %q %v", s, string(got.Runes), got.Origins(), string(want.Runes), want.Origins())
		}
		for i := 0; i <= len(want.Runes); i++ {
			if g, w := got.Original(0, i), want.Original(0, i); g != w {
				t.Errorf("Into(%q).Original(0, %d) = %q, want %q", s, i, g, w)
			}
		}
	}
}
