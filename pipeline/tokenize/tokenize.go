// Package tokenize splits analysis-form text (see package normalize) into
// sentences and word tokens that carry their offsets, and offers the stems
// of Arabic words with clitic prefixes (وبدمشق → دمشق) for matching.
package tokenize

import (
	"unicode"
)

// Sentence is a span of analysis-form runes [Start, End). Index counts
// sentences from 1 in document order.
type Sentence struct {
	Start, End int
	Index      int
}

// Token is a word: a maximal run of letters and digits.
type Token struct {
	// Start and End are analysis-form rune indices, [Start, End).
	Start, End int
	// Text is the token's analysis form.
	Text string
	// Sentence is the 1-based index of the sentence holding the token.
	Sentence int
	// Joined reports that only spaces separate the token from the
	// previous one in the same sentence, so a name may run across both.
	Joined bool
}

// Analysis is the result of Analyze.
type Analysis struct {
	Sentences []Sentence
	Tokens    []Token
}

// IsWordRune reports whether r belongs to a word token.
func IsWordRune(r rune) bool {
	if r < 0x80 {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isTerminator(r rune) bool {
	return r == '.' || r == '?' || r == '!' || r == ';' || r == '\n'
}

// Analyze splits text into sentences and tokens. Sentences end at . ? ! ;
// (after folding: ؟ ؛) and line breaks, but not at a dot between digits
// (3.5) or after a one-letter abbreviation (U.S., د.).
func Analyze(text []rune) *Analysis {
	a := &Analysis{
		Sentences: make([]Sentence, 0, len(text)/80+1),
		Tokens:    make([]Token, 0, len(text)/5+1),
	}
	n := len(text)
	sentStart := -1
	joined := false
	lastTokLen := 0
	closeSentence := func(end int) {
		if sentStart >= 0 {
			a.Sentences = append(a.Sentences, Sentence{Start: sentStart, End: end, Index: len(a.Sentences) + 1})
			sentStart = -1
		}
	}
	for i := 0; i < n; {
		r := text[i]
		if IsWordRune(r) {
			j := i + 1
			for j < n && IsWordRune(text[j]) {
				j++
			}
			if sentStart < 0 {
				sentStart = i
				joined = false
			}
			a.Tokens = append(a.Tokens, Token{
				Start: i, End: j, Text: string(text[i:j]),
				Sentence: len(a.Sentences) + 1, Joined: joined,
			})
			lastTokLen = j - i
			joined = true
			i = j
			continue
		}
		if r == ' ' {
			i++
			continue
		}
		if !isTerminator(r) {
			if sentStart < 0 && !unicode.IsSpace(r) {
				sentStart = i
			}
			joined = false
			i++
			continue
		}
		// A terminator. Decide whether it ends the sentence.
		if r == '.' {
			prevDigit := i > 0 && '0' <= text[i-1] && text[i-1] <= '9'
			nextDigit := i+1 < n && '0' <= text[i+1] && text[i+1] <= '9'
			abbrev := lastTokLen == 1 && i > 0 && IsWordRune(text[i-1])
			nextWord := i+1 < n && IsWordRune(text[i+1])
			if prevDigit && nextDigit || abbrev || nextWord {
				joined = false
				i++
				continue
			}
		}
		// Take the run of terminators and closing quotes/brackets.
		j := i + 1
		for j < n && (isTerminator(text[j]) && text[j] != '\n' || text[j] == '"' || text[j] == '\'' || text[j] == ')') {
			j++
		}
		if r == '\n' {
			closeSentence(i)
		} else {
			if sentStart < 0 {
				sentStart = i
			}
			closeSentence(j)
		}
		joined = false
		i = j
	}
	closeSentence(n)
	// Trim trailing spaces off each sentence.
	for k := range a.Sentences {
		s := &a.Sentences[k]
		for s.End > s.Start && unicode.IsSpace(text[s.End-1]) {
			s.End--
		}
	}
	return a
}

// SentenceOf returns the index into a.Sentences of the sentence with the
// given 1-based Index.
func (a *Analysis) SentenceOf(index int) Sentence { return a.Sentences[index-1] }

// Stem is a candidate reading of a token with clitic prefixes removed.
type Stem struct {
	// Text is the stem's analysis form.
	Text string
	// Prefix is the number of runes removed from the token's start.
	Prefix int
}

// Stems returns the readings of an Arabic token, the token itself first,
// then with the conjunctions و ف and the prepositions ب ل ك removed
// (وبدمشق → بدمشق, دمشق), and with لل read as ل + ال (للأمم → الامم).
// Stems shorter than two runes are not offered.
func Stems(tok string) []Stem {
	out := make([]Stem, 1, 4)
	out[0] = Stem{Text: tok}
	return AppendStems(out, tok)
}

// AppendStems appends the clitic readings of tok (not tok itself) to dst.
func AppendStems(dst []Stem, tok string) []Stem {
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
				// لل = ل + ال with the alef elided: للأمم → الامم.
				dst = append(dst, Stem{Text: "ا" + string(r[p+1:]), Prefix: p + 1})
			} else {
				dst = append(dst, Stem{Text: string(r[p+1:]), Prefix: p + 1})
			}
		}
	}
	return dst
}
