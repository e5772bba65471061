// Package tokenize splits analysis-form text (see package normalize) into
// sentences and word tokens that carry their offsets, and offers the stems
// of Arabic words with clitic prefixes (وبدمشق → دمشق) for matching.
package tokenize

import (
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
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
	// Joined reports that only spaces (or a hyphen between letters: جاي-إن,
	// or a space and the mark of a hashtag: مارتن #غريفيث)
	// separate the token from the previous one in the same sentence, so a
	// name may run across both.
	Joined bool
}

// Analysis is the result of Analyze.
type Analysis struct {
	Sentences []Sentence
	Tokens    []Token
}

// IsWordRune reports whether r belongs to a word token.
func IsWordRune(r rune) bool {
	if uint32(r) < uint32(len(wordTable)) {
		return wordTable[r]
	}
	return isWordRune(r)
}

func isWordRune(r rune) bool {
	if r < 0x80 {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// wordTable caches isWordRune for the Latin and Arabic blocks.
var wordTable = func() (t [0x0800]bool) {
	for r := range t {
		t[r] = isWordRune(rune(r))
	}
	return t
}()

// MaxSentenceTokens bounds the length of a sentence: a sentence that
// reaches it without a terminator is cut before its next token. Later
// stages look across whole sentences (a meeting's participants, its
// place), so the bound keeps them linear in the length of text without
// punctuation. No sentence of the ANT corpus comes near it (the longest
// has 374 tokens).
const MaxSentenceTokens = 512

func isTerminator(r rune) bool {
	return r == '.' || r == '?' || r == '!' || r == ';' || r == '\n'
}

// Analyze splits text into sentences and tokens. Sentences end at . ? ! ;
// (after folding: ؟ ؛) and line breaks, but not at a dot between digits
// (3.5) or after a one-letter abbreviation (U.S., د.), and a sentence is
// cut after MaxSentenceTokens tokens.
func Analyze(text []rune) *Analysis { return AnalyzeInto(new(Analysis), text) }

// AnalyzeInto is Analyze writing into a, whose slices it reuses, and
// returns a: a caller that analyzes document after document (a worker)
// can keep one Analysis instead of allocating one each time. The token
// texts are new strings each time.
func AnalyzeInto(a *Analysis, text []rune) *Analysis {
	a.Sentences = grow(a.Sentences, len(text)/80+1)
	a.Tokens = grow(a.Tokens, tokenEstimate(text))
	n := len(text)
	// Token texts are slices of one string of the whole text; off is
	// the byte offset in str of rune i.
	str := encode(text)
	off := 0
	sentStart := -1
	joined := false
	lastTokLen := 0
	sentToks := 0 // tokens in the open sentence
	closeSentence := func(end int) {
		if sentStart >= 0 {
			a.Sentences = append(a.Sentences, Sentence{Start: sentStart, End: end, Index: len(a.Sentences) + 1})
			sentStart = -1
		}
		sentToks = 0
	}
	for i := 0; i < n; {
		r := text[i]
		if IsWordRune(r) {
			j := i + 1
			end := off + runeLen(r)
			for j < n && IsWordRune(text[j]) {
				end += runeLen(text[j])
				j++
			}
			if sentToks == MaxSentenceTokens {
				closeSentence(a.Tokens[len(a.Tokens)-1].End)
			}
			if sentStart < 0 {
				sentStart = i
				joined = false
			}
			a.Tokens = append(a.Tokens, Token{
				Start: i, End: j, Text: str[off:end],
				Sentence: len(a.Sentences) + 1, Joined: joined,
			})
			lastTokLen = j - i
			sentToks++
			joined = true
			i, off = j, end
			continue
		}
		if r == ' ' {
			i++
			off++
			continue
		}
		// مون جاي-إن، كيم جونغ-أون: a hyphen inside a name joins its
		// words as a space does.
		if r == '-' && sentStart >= 0 && i > 0 && IsWordRune(text[i-1]) && i+1 < n && IsWordRune(text[i+1]) {
			i++
			off++
			continue
		}
		// مارتن #غريفيث: the mark of a hashtag that starts a word inside
		// running text joins it to the word before as a space does.
		if r == '#' && sentStart >= 0 && i > 0 && text[i-1] == ' ' && i+1 < n && IsWordRune(text[i+1]) {
			i++
			off++
			continue
		}
		if !isTerminator(r) {
			if sentStart < 0 && !unicode.IsSpace(r) {
				sentStart = i
			}
			joined = false
			i++
			off += runeLen(r)
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
				off++
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
		for ; i < j; i++ {
			off += runeLen(text[i])
		}
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

// countFrom is the length of text from which tokenEstimate counts the
// tokens rather than guess: a token takes 48 bytes, so a guess 20% too
// high costs a 50 MB document some 50 MB, and one too low a copy of
// them all.
const countFrom = 1 << 20

// tokenEstimate returns room enough for the tokens of text: about one a
// five runes in news text, and the exact number for long texts.
func tokenEstimate(text []rune) int {
	if len(text) < countFrom {
		return len(text)/5 + 1
	}
	n := 0
	in := false
	for _, r := range text {
		w := IsWordRune(r)
		if w && !in {
			n++
		}
		in = w
	}
	return n
}

// grow returns s emptied, with room for n elements. The elements past
// the new length are left as they were (tokens keep the last text alive
// until they are overwritten, which costs less than clearing them).
func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, 0, n)
	}
	return s[:0]
}

// encode returns string(text), encoding ASCII and two-byte code points
// (Latin, Arabic) itself. The string owns its bytes, which nothing writes
// after encode returns, so it is made without a copy.
func encode(text []rune) string {
	if len(text) == 0 {
		return ""
	}
	buf := make([]byte, 0, 2*len(text)+8)
	for _, r := range text {
		switch {
		case uint32(r) < utf8.RuneSelf:
			buf = append(buf, byte(r))
		case uint32(r) < 0x800:
			buf = append(buf, 0xC0|byte(r>>6), 0x80|byte(r)&0x3F)
		default:
			buf = utf8.AppendRune(buf, r)
		}
	}
	return unsafe.String(unsafe.SliceData(buf), len(buf))
}

// runeLen is the length of r in a string converted from []rune: invalid
// code points become U+FFFD, three bytes.
func runeLen(r rune) int {
	switch {
	case r < 0:
		return 3
	case r < 0x80:
		return 1
	case r < 0x800:
		return 2
	}
	if n := utf8.RuneLen(r); n > 0 {
		return n
	}
	return 3
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
// (وبدمشق → بدمشق, دمشق), and with لل read as ل + ال (للأمم → الامم)
// and as ل + a word in ل (للقاء → لقاء).
// Stems shorter than two runes are not offered.
func Stems(tok string) []Stem {
	out := make([]Stem, 1, 4)
	out[0] = Stem{Text: tok}
	return AppendStems(out, tok)
}

// StemBuf holds the readings of one token, so that taking them does not
// allocate: declare it on the stack and call its Stems.
type StemBuf [4]Stem

// Stems returns the readings of tok as the function Stems does, stored in
// b.
func (b *StemBuf) Stems(tok string) []Stem {
	return AppendStems(append(b[:0], Stem{Text: tok}), tok)
}

// AppendStems appends the clitic readings of tok (not tok itself) to dst.
// The stems are substrings of tok, so tok should be valid UTF-8, as
// token texts are.
func AppendStems(dst []Stem, tok string) []Stem {
	// The clitics are letters of the Arabic block, two bytes each; most
	// tokens start with none of them.
	if len(tok) < 4 || !cliticLead(tok) || !hasRunes(tok, 3) {
		return dst
	}
	p, rest := 0, tok
	if strings.HasPrefix(tok, "و") || strings.HasPrefix(tok, "ف") {
		p, rest = 1, tok[len("و"):]
		dst = append(dst, Stem{Text: rest, Prefix: p})
	}
	if !hasRunes(rest, 3) {
		return dst
	}
	switch {
	case strings.HasPrefix(rest, "ب"), strings.HasPrefix(rest, "ك"):
		dst = append(dst, Stem{Text: rest[len("ب"):], Prefix: p + 1})
	case strings.HasPrefix(rest, "لل") && hasRunes(rest, 4):
		// لل = ل + ال with the alef elided: للأمم → الامم; or ل before
		// a word that starts with ل: للقاء → لقاء، للبنان → لبنان.
		dst = append(dst, Stem{Text: "ا" + rest[len("ل"):], Prefix: p + 1}, Stem{Text: rest[len("ل"):], Prefix: p + 1})
	case strings.HasPrefix(rest, "ل"):
		dst = append(dst, Stem{Text: rest[len("ل"):], Prefix: p + 1})
	}
	return dst
}

// cliticLead reports whether tok starts with a letter that may be a
// clitic: و ف ب ك ل.
func cliticLead(tok string) bool {
	switch tok[0] {
	case 0xD8: // ب is U+0628
		return tok[1] == 0xA8
	case 0xD9: // ف ك ل و are U+0641, U+0643, U+0644, U+0648
		c := tok[1]
		return c == 0x81 || c == 0x83 || c == 0x84 || c == 0x88
	}
	return false
}

// hasRunes reports whether the valid UTF-8 string s has at least k code
// points.
func hasRunes(s string, k int) bool {
	i := 0
	for ; k > 0 && i < len(s); k-- {
		switch c := s[i]; {
		case c < 0xC0:
			i++
		case c < 0xE0:
			i += 2
		case c < 0xF0:
			i += 3
		default:
			i += 4
		}
	}
	return k == 0
}
