package segment

import (
	"context"
	"strings"
	"testing"
)

// analyzer is shared by the tests: prose's model loads once.
var analyzer Analyzer

// render writes the words of an analysis one per field: the original
// text, "~" before a word joined to the previous one, "'s" after a
// possessive, and "|" between sentences.
func render(an *Analysis) string {
	var b strings.Builder
	sent := 1
	for i, w := range an.Words {
		if w.Sentence != sent {
			b.WriteString(" |")
			sent = w.Sentence
		}
		if i > 0 {
			b.WriteByte(' ')
		}
		if w.Joined {
			b.WriteByte('~')
		}
		b.WriteString(an.Span(w.Start, w.End))
		if w.Text != strings.ToLower(an.Span(w.Start, w.End)) {
			b.WriteString("=" + w.Text)
		}
		if w.Possessive {
			b.WriteString("'s")
		}
	}
	return b.String()
}

func TestAnalyze(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		sentences  []string
		words      string
	}{
		{
			name:      "names and possessives",
			text:      "Syrian President Bashar al-Assad met Russia's Defence Minister. Assad’s office agreed.",
			sentences: []string{"Syrian President Bashar al-Assad met Russia's Defence Minister.", "Assad’s office agreed."},
			words:     "Syrian ~President ~Bashar ~al ~Assad ~met ~Russia's Defence ~Minister | Assad's office ~agreed",
		},
		{
			name:      "title line and paragraphs",
			text:      "Putin meets Erdogan\nSOCHI (Reuters) - The two met.\n\nThey talked.",
			sentences: []string{"Putin meets Erdogan", "SOCHI (Reuters) - The two met.", "They talked."},
			words:     "Putin ~meets ~Erdogan | SOCHI Reuters The ~two ~met | They ~talked",
		},
		{
			name:      "abbreviations",
			text:      "The U.S. envoy met Maj. Gen. Igor Konashenkov in Damascus.",
			sentences: []string{"The U.S. envoy met Maj. Gen. Igor Konashenkov in Damascus."},
			words:     "The ~U ~S envoy ~met ~Maj Gen Igor ~Konashenkov ~in ~Damascus",
		},
		{
			name:      "quotes and negation",
			text:      "He said “Assad didn't meet Shoigu” on ‘Thursday’.",
			sentences: []string{"He said “Assad didn't meet Shoigu” on ‘Thursday’."},
			words:     "He ~said Assad ~did ~n't=not ~meet ~Shoigu on Thursday",
		},
		{
			name:      "html apostrophe",
			text:      "Assad&rsquo;s office spoke.",
			sentences: []string{"Assad&rsquo;s office spoke."},
			words:     "Assad's office ~spoke",
		},
		{
			name:      "diacritics and spaces",
			text:      "Çavuşoğlu  met\u00a0Erdoğan.",
			sentences: []string{"Çavuşoğlu  met\u00a0Erdoğan."},
			words:     "Çavuşoğlu ~met ~Erdoğan",
		},
		{
			name: "empty",
			text: "",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			an, err := analyzer.Analyze(context.Background(), tc.text)
			if err != nil {
				t.Fatal(err)
			}
			var sents []string
			for _, s := range an.Sentences {
				sents = append(sents, an.Span(s.Start, s.End))
			}
			if strings.Join(sents, "\n") != strings.Join(tc.sentences, "\n") {
				t.Errorf("sentences:\n got %q\nwant %q", sents, tc.sentences)
			}
			if got := render(an); got != tc.words {
				t.Errorf("words:\n got %s\nwant %s", got, tc.words)
			}
			rs := []rune(tc.text)
			for _, tok := range an.Tokens {
				if tok.Start < 0 || tok.End > len(rs) || tok.Start >= tok.End {
					t.Errorf("token %q at [%d,%d)", tok.Text, tok.Start, tok.End)
				}
			}
			for _, w := range an.Words {
				if got := string(an.Text.Runes[w.A:w.B]); got != w.Text && w.Text != "not" {
					t.Errorf("word %q has analysis form %q", w.Text, got)
				}
			}
		})
	}
}

func TestFind(t *testing.T) {
	for _, tc := range []struct {
		text, piece string
		pos         int
		start, end  int
		ok          bool
	}{
		{"  Assad met", "Assad", 0, 2, 7, true},
		{"“Assad” met", `"`, 0, 0, 1, true},
		{"Assad&rsquo;s", "'s", 5, 5, 13, true},
		{"a  b\n c", "a b c", 0, 0, 7, true},
		// A token within maxSkip runes of the spaces, at the last place
		// within them, and beyond.
		{"xx Assad", "Assad", 0, 3, 8, true},
		{strings.Repeat("x", maxSkip-1) + " Assad", "Assad", 0, maxSkip, maxSkip + 5, true},
		{strings.Repeat("x", maxSkip) + " Assad", "Assad", 0, 0, 0, false},
		{"Assad", "Shoigu", 0, 0, 0, false},
	} {
		start, end, ok := find([]rune(tc.text), tc.pos, []rune(tc.piece))
		if ok != tc.ok || ok && (start != tc.start || end != tc.end) {
			t.Errorf("find(%q, %d, %q) = %d, %d, %v, want %d, %d, %v", tc.text, tc.pos, tc.piece, start, end, ok, tc.start, tc.end, tc.ok)
		}
	}
}

func TestCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := analyzer.Analyze(ctx, "Assad met Shoigu."); err == nil {
		t.Error("Analyze with a cancelled context succeeded")
	}
}

// BenchmarkAnalyze measures prose and the alignment on a short article,
// the model already loaded.
func BenchmarkAnalyze(b *testing.B) {
	text := strings.Repeat("Syrian President Bashar al-Assad received Russia's Defence Minister Sergei Shoigu in Damascus on Thursday, the presidency said. ", 10)
	if _, err := analyzer.Model(); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		if _, err := analyzer.Analyze(context.Background(), text); err != nil {
			b.Fatal(err)
		}
	}
}
