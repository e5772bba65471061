package segment

import (
	"fmt"
	"strings"
	"testing"

	"github.com/jdkato/prose/v2"
)

// TestPunktLikeProse checks that the splitter built once cuts the text
// where prose's own (empty pieces aside), built per document, does.
func TestPunktLikeProse(t *testing.T) {
	p, err := newPunkt()
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{
		"Putin met Assad in Sochi. They discussed Syria.",
		"The U.S. envoy met Mr. Lavrov on Jan. 5. Talks went on.",
		`He said: "We agreed." Then he left... Later, F.B.I. agents came!`,
		"Damaskus (SANA) – President al-Assad received Lavrov.\nThe meeting was held in Damascus?",
		"no punctuation at all here",
		"",
	} {
		d, err := prose.NewDocument(text, prose.WithTagging(false), prose.WithExtraction(false), prose.WithTokenization(false))
		if err != nil {
			t.Fatal(err)
		}
		var want []string
		for _, s := range d.Sentences() {
			if s.Text != "" {
				want = append(want, s.Text)
			}
		}
		var got []string
		last := 0
		for _, b := range p.breaks(text) {
			if piece := strings.TrimSpace(text[last:b]); piece != "" {
				got = append(got, piece)
			}
			last = b
		}
		if strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("%q:\n got %q\nwant %q", text, got, want)
		}
	}
}

func TestRuneOffsets(t *testing.T) {
	for _, tc := range []struct {
		text  string
		bytes []int
		want  []int
	}{
		{"abc", []int{1, 3}, []int{1, 3}},
		{"éa. b", []int{4, 6}, []int{3, 5}},
		{"", []int{0}, []int{0}},
	} {
		got := runeOffsets(tc.text, tc.bytes)
		if len(got) != len(tc.want) {
			t.Fatalf("runeOffsets(%q, %v) = %v, want %v", tc.text, tc.bytes, got, tc.want)
		}
		for i := range got {
			if got[i] != tc.want[i] {
				t.Errorf("runeOffsets(%q, %v) = %v, want %v", tc.text, tc.bytes, got, tc.want)
			}
		}
	}
}

func TestCapped(t *testing.T) {
	toks := func(starts ...int) []Token {
		out := make([]Token, len(starts))
		for i, s := range starts {
			out[i] = Token{Start: s, End: s + 1}
		}
		return out
	}
	var long []int
	for i := range MaxSentenceTokens + 3 {
		long = append(long, 2*i)
	}
	for _, tc := range []struct {
		name   string
		tokens []Token
		cuts   []int
		want   []int
	}{
		{"short", toks(0, 2, 4), []int{0, 6}, []int{0, 6}},
		{"two sentences", toks(0, 2, 4), []int{0, 3, 6}, []int{0, 3, 6}},
		{"long", toks(long...), []int{0, 2*len(long) + 1}, []int{0, 2 * MaxSentenceTokens, 2*len(long) + 1}},
	} {
		an := &Analysis{Tokens: tc.tokens}
		got := an.capped(tc.cuts)
		if fmt.Sprint(got) != fmt.Sprint(tc.want) {
			t.Errorf("%s: capped = %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestNERCut(t *testing.T) {
	words := strings.Repeat("w ", NERTokens)
	for _, tc := range []struct {
		name   string
		text   string
		breaks []int
		want   int
	}{
		{"short", "Putin met Assad.", []int{16}, 16},
		{"exactly the bound", words, []int{len(words)}, len(words)},
		{"one word more, no break", words + "x", []int{len(words) + 1}, len(words)},
		{"one word more, a break before", words + "x", []int{10, len(words) + 1}, 10},
	} {
		if got := nerCut(tc.text, tc.breaks); got != tc.want {
			t.Errorf("%s: nerCut = %d, want %d", tc.name, got, tc.want)
		}
	}
}
