package tokenize_test

import (
	"reflect"
	"testing"

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
	r, a := analyze("قال “محمد باقري”، إن الجيش. وصل")
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
		{"الجيش", 1, true}, {"وصل", 2, false},
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
		{"للامم", []tokenize.Stem{{"للامم", 0}, {"الامم", 1}}},
		{"فالجيش", []tokenize.Stem{{"فالجيش", 0}, {"الجيش", 1}}},
		{"وللامم", []tokenize.Stem{{"وللامم", 0}, {"للامم", 1}, {"الامم", 2}}},
		{"بو", []tokenize.Stem{{"بو", 0}}},
		{"assad", []tokenize.Stem{{"assad", 0}}},
	}
	for _, tt := range tests {
		if got := tokenize.Stems(normalize.String(tt.in)); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Stems(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{"التقى الوزير نظيره. وبحثا", "3.5.", "U.S.", "“نعم.”\n\n", "؟؟!!"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r := normalize.Normalize(s).Runes
		a := tokenize.Analyze(r)
		prevEnd := 0
		for _, tk := range a.Tokens {
			if tk.Start < prevEnd || tk.End <= tk.Start || tk.End > len(r) {
				t.Fatalf("bad token %+v", tk)
			}
			if tk.Sentence < 1 || tk.Sentence > len(a.Sentences) {
				t.Fatalf("token %+v in sentence %d of %d", tk, tk.Sentence, len(a.Sentences))
			}
			s := a.Sentences[tk.Sentence-1]
			if tk.Start < s.Start || tk.End > s.End {
				t.Fatalf("token %+v outside its sentence %+v", tk, s)
			}
			prevEnd = tk.End
		}
	})
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
