package tokenize_test

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/extract-news/extract/pipeline/normalize"
	"github.com/extract-news/extract/pipeline/tokenize"
)

func analyze(s string) ([]rune, *tokenize.Analysis) {
	r := normalize.Normalize(s).Runes
	return r, tokenize.Analyze(r)
}

func TestSentences(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"التقى الوزير نظيره. وبحثا العلاقات", []string{"التقي الوزير نظيره.", "وبحثا العلاقات"}},
		{"هل حضر؟ نعم! لا؛ ربما", []string{"هل حضر?", "نعم!", "لا;", "ربما"}},
		{"العنوان\nالنص الأول", []string{"العنوان", "النص الاول"}},
		{"بلغ النمو 3.5 بالمئة.", []string{"بلغ النمو 3.5 بالميه."}},
		{"said the U.S. envoy. Then", []string{"said the u.s. envoy.", "then"}},
		{"قال: “نعم.” ثم غادر", []string{"قال: \"نعم.\"", "ثم غادر"}},
		{"\n\n  \n", nil},
	}
	for _, tt := range tests {
		r, a := analyze(tt.in)
		var got []string
		for i, s := range a.Sentences {
			if s.Index != i+1 {
				t.Errorf("%q: sentence %d has Index %d", tt.in, i, s.Index)
			}
			got = append(got, string(r[s.Start:s.End]))
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Sentences(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestTokens(t *testing.T) {
	r, a := analyze("قال “محمد باقري”، إن الجيش. وصل مون جاي-إن - مارتن #غريفيث")
	type tok struct {
		Text     string
		Sentence int
		Joined   bool
	}
	var got []tok
	for _, tk := range a.Tokens {
		if string(r[tk.Start:tk.End]) != tk.Text {
			t.Errorf("token %q has span text %q", tk.Text, string(r[tk.Start:tk.End]))
		}
		got = append(got, tok{tk.Text, tk.Sentence, tk.Joined})
	}
	want := []tok{
		{"قال", 1, false}, {"محمد", 1, false}, {"باقري", 1, true}, {"ان", 1, false},
		{"الجيش", 1, true}, {"وصل", 2, false}, {"مون", 2, true}, {"جاي", 2, true}, {"ان", 2, true},
		{"مارتن", 2, false}, {"غريفيث", 2, true}, // a hashtag's mark joins as a space does
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("tokens = %v, want %v", got, want)
	}
}

func TestStems(t *testing.T) {
	tests := []struct {
		in   string
		want []tokenize.Stem
	}{
		{"وبدمشق", []tokenize.Stem{{"وبدمشق", 0}, {"بدمشق", 1}, {"دمشق", 2}}},
		{"لضيفه", []tokenize.Stem{{"لضيفه", 0}, {"ضيفه", 1}}},
		{"بالاسد", []tokenize.Stem{{"بالاسد", 0}, {"الاسد", 1}}},
		{"والرييس", []tokenize.Stem{{"والرييس", 0}, {"الرييس", 1}}},
		{"للامم", []tokenize.Stem{{"للامم", 0}, {"الامم", 1}, {"لامم", 1}}},
		{"للقاء", []tokenize.Stem{{"للقاء", 0}, {"القاء", 1}, {"لقاء", 1}}},
		{"فالجيش", []tokenize.Stem{{"فالجيش", 0}, {"الجيش", 1}}},
		{"وللامم", []tokenize.Stem{{"وللامم", 0}, {"للامم", 1}, {"الامم", 2}, {"لامم", 2}}},
		{"كالاسد", []tokenize.Stem{{"كالاسد", 0}, {"الاسد", 1}}},
		{"فبدمشق", []tokenize.Stem{{"فبدمشق", 0}, {"بدمشق", 1}, {"دمشق", 2}}},
		{"دمشق", []tokenize.Stem{{"دمشق", 0}}},
		{"تلك", []tokenize.Stem{{"تلك", 0}}},
		{"بو", []tokenize.Stem{{"بو", 0}}},
		{"assad", []tokenize.Stem{{"assad", 0}}},
	}
	for _, tt := range tests {
		if got := tokenize.Stems(normalize.String(tt.in)); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Stems(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// checkAnalysis asserts the invariants of Analyze on the analysis form of
// s: sentences numbered in order and disjoint, tokens maximal runs of
// word runes inside their sentence, no sentence longer than
// MaxSentenceTokens, and, for valid UTF-8, every token's original text
// (through the offset map) normalizing back to the token.
func checkAnalysis(t *testing.T, s string) {
	t.Helper()
	n := normalize.Normalize(s)
	r := n.Runes
	a := tokenize.Analyze(r)
	prev := 0
	for i, se := range a.Sentences {
		if se.Index != i+1 || se.Start < prev || se.End <= se.Start || se.End > len(r) {
			t.Fatalf("Analyze(%q): sentence %d is %+v after offset %d", s, i, se, prev)
		}
		prev = se.End
	}
	perSentence := make([]int, len(a.Sentences)+1)
	prevEnd, covered := 0, 0
	var orig []rune
	if utf8.ValidString(s) {
		orig = []rune(s)
	}
	for k, tk := range a.Tokens {
		if tk.Start < prevEnd || tk.End <= tk.Start || tk.End > len(r) {
			t.Fatalf("Analyze(%q): bad token %+v", s, tk)
		}
		if tk.Text != string(r[tk.Start:tk.End]) {
			t.Fatalf("Analyze(%q): token %+v has the text %q", s, tk, string(r[tk.Start:tk.End]))
		}
		if tk.Start > 0 && tokenize.IsWordRune(r[tk.Start-1]) || tk.End < len(r) && tokenize.IsWordRune(r[tk.End]) {
			t.Fatalf("Analyze(%q): token %+v is not a whole word", s, tk)
		}
		if tk.Sentence < 1 || tk.Sentence > len(a.Sentences) {
			t.Fatalf("Analyze(%q): token %+v in sentence %d of %d", s, tk, tk.Sentence, len(a.Sentences))
		}
		se := a.Sentences[tk.Sentence-1]
		if tk.Start < se.Start || tk.End > se.End {
			t.Fatalf("Analyze(%q): token %+v outside its sentence %+v", s, tk, se)
		}
		if perSentence[tk.Sentence]++; perSentence[tk.Sentence] > tokenize.MaxSentenceTokens {
			t.Fatalf("Analyze(%q): sentence %d has more than %d tokens", s, tk.Sentence, tokenize.MaxSentenceTokens)
		}
		if gap := ""; tk.Joined && (k == 0 || a.Tokens[k-1].Sentence != tk.Sentence || func() bool {
			gap = string(r[a.Tokens[k-1].End:tk.Start])
			return strings.Trim(gap, " ") != "" && gap != "-" && !(strings.HasSuffix(gap, " #") && strings.Trim(gap, " ") == "#")
		}()) {
			t.Fatalf("Analyze(%q): token %+v joined to what precedes it", s, tk)
		}
		if orig != nil {
			x, y := n.Span(tk.Start, tk.End)
			if got := normalize.String(string(orig[x:y])); got != tk.Text {
				t.Fatalf("Analyze(%q): token %q maps to %q, whose analysis form is %q", s, tk.Text, string(orig[x:y]), got)
			}
		}
		for _, st := range tokenize.Stems(tk.Text) {
			rest := string([]rune(tk.Text)[st.Prefix:])
			if st.Text != rest && st.Text != "ا"+rest {
				t.Fatalf("Stems(%q): stem %+v is not the token without its first %d runes", tk.Text, st, st.Prefix)
			}
		}
		covered += tk.End - tk.Start
		prevEnd = tk.End
	}
	words := 0
	for _, c := range r {
		if tokenize.IsWordRune(c) {
			words++
		}
	}
	if words != covered {
		t.Fatalf("Analyze(%q): tokens cover %d of %d word runes", s, covered, words)
	}
}

// TestMaxSentence checks that text without terminators is cut into
// sentences of MaxSentenceTokens tokens, and that shorter sentences are
// left whole.
func TestMaxSentence(t *testing.T) {
	for _, n := range []int{tokenize.MaxSentenceTokens, tokenize.MaxSentenceTokens + 1, 3*tokenize.MaxSentenceTokens + 7} {
		s := strings.Repeat("كلمة ", n)
		checkAnalysis(t, s)
		_, a := analyze(s)
		want := (n + tokenize.MaxSentenceTokens - 1) / tokenize.MaxSentenceTokens
		if len(a.Sentences) != want {
			t.Errorf("%d tokens: %d sentences, want %d", n, len(a.Sentences), want)
		}
	}
}

func TestAnalysisInvariants(t *testing.T) {
	for _, s := range []string{
		"التقى الوزير نظيره. وبحثا", "U.S. 3.5", "اليائــ.سة وبدمشق", "e\u0301 \u200fبشار", "-\u0301 क\u093E",
		"", "\n\n", "Putin و Erdogan في ٩ تموز",
	} {
		checkAnalysis(t, s)
	}
}

func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{"التقى الوزير نظيره. وبحثا", "3.5.", "U.S.", "“نعم.”\n\n", "؟؟!!"} {
		f.Add(s)
	}
	f.Fuzz(checkAnalysis)
}

func BenchmarkAnalyze(b *testing.B) {
	text := ""
	for len(text) < 64<<10 {
		text += "اجتمع رأس النظام السوري “بشار الأسد” مع رئيس هيئة الأركان العامة للقوات المسلحة الإيرانية اللواء “محمد باقري”، وبحثا العلاقات الثنائية. "
	}
	r := normalize.Normalize(text).Runes
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		tokenize.Analyze(r)
	}
}

// TestAnalyzeIntoReuses checks that AnalyzeInto, given an Analysis that
// held longer and shorter documents before, gives what Analyze gives,
// and that the token texts of an earlier document stay as they were.
func TestAnalyzeIntoReuses(t *testing.T) {
	docs := []string{
		strings.Repeat("قال الرئيس السوري بشار الأسد في دمشق. ", 40),
		"وصل",
		"",
		"Assad met Putin. In Sochi",
	}
	var reused tokenize.Analysis
	var first []string
	for i, s := range docs {
		r := normalize.Normalize(s).Runes
		got, want := tokenize.AnalyzeInto(&reused, r), tokenize.Analyze(r)
		if got != &reused {
			t.Fatalf("AnalyzeInto(%q) did not return its Analysis", s)
		}
		if !reflect.DeepEqual(got.Tokens, want.Tokens) && len(want.Tokens)+len(got.Tokens) > 0 {
			t.Errorf("AnalyzeInto(%q) tokens = %v, want %v", s, got.Tokens, want.Tokens)
		}
		if !reflect.DeepEqual(got.Sentences, want.Sentences) && len(want.Sentences)+len(got.Sentences) > 0 {
			t.Errorf("AnalyzeInto(%q) sentences = %v, want %v", s, got.Sentences, want.Sentences)
		}
		if i == 0 {
			for _, tk := range got.Tokens {
				first = append(first, tk.Text)
			}
		}
	}
	r := normalize.Normalize(docs[0]).Runes
	for i, tk := range tokenize.Analyze(r).Tokens {
		if first[i] != tk.Text {
			t.Fatalf("token %d of the first document became %q, want %q", i, first[i], tk.Text)
		}
	}
}
