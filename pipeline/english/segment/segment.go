// Package segment reads English news text with prose
// (github.com/jdkato/prose/v2): sentences, tokens with their
// part-of-speech tags and named-entity labels, and the words the later
// stages match, every one mapped back to code-point offsets in the
// original text (prose keeps none) and to the analysis form of package
// normalize (lower-cased, folded), the form the gazetteer's Latin
// entries were compiled in.
//
// Sentences are prose's, cut again at every line break as the Arabic
// tokenizer does, so that a title line stays apart from the text. Words
// are the runs of letters and digits inside prose's tokens: "al-Assad"
// is one token and two joined words (al, assad), "U.S." one token and two
// joined words (u, s), and a possessive ('s, ’s, ') that prose splits off
// marks the word before it.
package segment

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode"

	"github.com/extract-news/extract/pipeline/normalize"
	"github.com/extract-news/extract/pipeline/tokenize"
	"github.com/jdkato/prose/v2"
)

// Analyzer runs prose over documents. Its model (part-of-speech tagger
// and entity classifier, about 40 MB, a few tenths of a second to load) is
// loaded on the first call of Analyze, once per Analyzer, and shared
// read-only by concurrent calls. The zero Analyzer is ready to use; it
// must not be copied after first use.
type Analyzer struct {
	once  sync.Once
	model *prose.Model
	punkt *punkt
	err   error
	took  time.Duration
}

// Model returns the prose model, loading it (and the sentence splitter)
// on the first call.
func (a *Analyzer) Model() (*prose.Model, error) {
	a.once.Do(func() {
		start := time.Now()
		a.model, a.err = loadModel()
		if a.err == nil {
			a.punkt, a.err = newPunkt()
		}
		a.took = time.Since(start)
		if a.err == nil {
			slog.Debug("english: prose model loaded", "name", a.model.Name, "took", a.took)
		}
	})
	return a.model, a.err
}

// LoadTime returns how long loading the model took, zero before it was
// loaded.
func (a *Analyzer) LoadTime() time.Duration {
	a.Model()
	return a.took
}

// loadModel builds prose's embedded English model; prose panics when an
// asset is missing or corrupt, which is returned as an error.
func loadModel() (m *prose.Model, err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				err = fmt.Errorf("load prose model: %w", e)
			} else {
				err = fmt.Errorf("load prose model: %v", r)
			}
		}
	}()
	return prose.ModelFromData("en"), nil
}

// Sentence is a sentence of the text.
type Sentence struct {
	// Start and End are original code-point offsets, [Start, End).
	Start, End int
	// A and B are the analysis-form rune span.
	A, B int
	// Index counts sentences from 1.
	Index int
}

// Token is a token as prose gives it, placed in the original text.
type Token struct {
	// Text is the token as prose writes it (curly quotes straightened).
	Text string
	// Start and End are original code-point offsets.
	Start, End int
	// Tag is the Penn Treebank part-of-speech tag (NNP, VBD, …).
	Tag string
	// Label is the IOB entity label (B-PERSON, I-GPE, O, …).
	Label string
	// Sentence is the 1-based index of the sentence holding the token.
	Sentence int
}

// Word is a run of letters and digits inside a token: what gazetteer
// forms, triggers and date expressions are matched on.
type Word struct {
	// Text is the analysis form (normalize: lower case, folded); "not"
	// for the token n't.
	Text string
	// Start and End are original code-point offsets.
	Start, End int
	// A and B are the analysis-form rune span.
	A, B int
	// Token indexes Analysis.Tokens.
	Token int
	// Sentence is the 1-based index of the sentence.
	Sentence int
	// Joined reports that only spaces, or inside one token a hyphen, an
	// apostrophe or a dot, separate the word from the previous one in the
	// same sentence, so a name may run across both.
	Joined bool
	// Upper reports an upper-case first letter in the original; Caps
	// that every letter is upper-case.
	Upper, Caps bool
	// Possessive reports a possessive ('s, ') right after the word.
	Possessive bool
}

// Analysis is an English document read by prose.
type Analysis struct {
	// Original is the text as given; Text its analysis form.
	Original string
	Text     *normalize.Text
	// Runes is Original as code points.
	Runes     []rune
	Sentences []Sentence
	Tokens    []Token
	Words     []Word
}

// SentenceOf returns the sentence with the 1-based index k.
func (a *Analysis) SentenceOf(k int) Sentence { return a.Sentences[k-1] }

// Span returns the original text of [start, end).
func (a *Analysis) Span(start, end int) string { return string(a.Runes[start:end]) }

// ErrProse wraps a failure inside prose on one document.
var ErrProse = errors.New("prose failed")

// Analyze reads text with prose and places its sentences, tokens and
// words. prose cannot be interrupted: ctx is checked before and after.
func (a *Analyzer) Analyze(ctx context.Context, text string) (*Analysis, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	m, err := a.Model()
	if err != nil {
		return nil, err
	}
	breaks, err := a.split(text)
	if err != nil {
		return nil, err
	}
	toks, err := proseTokens(text, breaks, m)
	if err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	an := &Analysis{Original: text, Text: normalize.Normalize(text), Runes: []rune(text)}
	inv := inverse(an.Text, len(an.Runes))
	an.tokens(toks)
	an.sentences(an.capped(an.cuts(an.noInitials(runeOffsets(text, breaks)))), inv)
	an.words(inv)
	return an, nil
}

// NERTokens bounds the text prose's entity recognizer reads: about the
// first NERTokens white-space separated words of a document, cut at a
// sentence break when there is one. The recognizer costs about 50 µs a
// token, more than the tagger; the bound, a few times a long news
// article, keeps a runaway input (megabytes without punctuation) within
// the tagger's time. Past it, tokens are tagged but not labelled, and
// names come from the gazetteers, titles, capitalization and the names
// found before.
const NERTokens = 4096

// proseTokens runs prose on text: tokens, tags and, within NERTokens,
// entity labels. breaks are the splitter's byte offsets.
func proseTokens(text string, breaks []int, m *prose.Model) ([]prose.Token, error) {
	cut := nerCut(text, breaks)
	head, err := newDocument(text[:cut], m, true)
	if err != nil || cut == len(text) {
		return head, err
	}
	tail, err := newDocument(text[cut:], m, false)
	if err != nil {
		return nil, err
	}
	return append(head, tail...), nil
}

// nerCut returns the byte offset where the recognizer stops: len(text)
// within NERTokens words, else the last sentence break before the
// NERTokens-th word, else that word's start.
func nerCut(text string, breaks []int) int {
	n, inWord := 0, false
	for i, r := range text {
		space := unicode.IsSpace(r)
		if !space && !inWord {
			if n == NERTokens {
				k := sort.SearchInts(breaks, i+1) - 1
				if k >= 0 && breaks[k] > 0 {
					return breaks[k]
				}
				return i
			}
			n++
		}
		inWord = !space
	}
	return len(text)
}

func newDocument(text string, m *prose.Model, extract bool) (toks []prose.Token, err error) {
	defer func() {
		if r := recover(); r != nil {
			toks, err = nil, fmt.Errorf("%w: %v", ErrProse, r)
		}
	}()
	d, err := prose.NewDocument(text, prose.UsingModel(m), prose.WithSegmentation(false), prose.WithExtraction(extract))
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrProse, err)
	}
	return d.Tokens(), nil
}

// inverse maps each original code-point offset to the first analysis
// rune at or after it.
func inverse(t *normalize.Text, n int) []int {
	inv := make([]int, n+1)
	cp := 0
	for i, o := range t.Origins()[:len(t.Runes)] {
		for ; cp <= int(o) && cp <= n; cp++ {
			inv[cp] = i
		}
	}
	for ; cp <= n; cp++ {
		inv[cp] = len(t.Runes)
	}
	return inv
}

// split returns the byte offsets where the splitter ends
// sentences; a panic inside the splitter is returned as ErrProse.
func (a *Analyzer) split(text string) (breaks []int, err error) {
	defer func() {
		if r := recover(); r != nil {
			breaks, err = nil, fmt.Errorf("%w: sentences: %v", ErrProse, r)
		}
	}()
	return a.punkt.breaks(text), nil
}

// runeOffsets turns ascending byte offsets of text into code-point
// offsets.
func runeOffsets(text string, bytes []int) []int {
	out := make([]int, 0, len(bytes))
	k, n := 0, 0
	for i := range text {
		for k < len(bytes) && bytes[k] <= i {
			out = append(out, n)
			k++
		}
		n++
	}
	for ; k < len(bytes); k++ {
		out = append(out, n)
	}
	return out
}

// noInitials drops the breaks right after an initial (M. Butcher, George
// W. Bush): one capital letter after a space or an opening bracket, then
// a dot, then a capitalized word. The splitter takes the dot for a full
// stop when it does not know the name after it.
func (an *Analysis) noInitials(breaks []int) []int {
	rs := an.Runes
	out := breaks[:0]
	for _, b := range breaks {
		e := b
		for e > 0 && unicode.IsSpace(rs[e-1]) {
			e--
		}
		initial := e >= 2 && rs[e-1] == '.' && unicode.IsUpper(rs[e-2]) && (e == 2 || unicode.IsSpace(rs[e-3]) || rs[e-3] == '(')
		if initial {
			n := b
			for n < len(rs) && unicode.IsSpace(rs[n]) && rs[n] != '\n' {
				n++
			}
			initial = n < len(rs) && unicode.IsUpper(rs[n])
		}
		if !initial {
			out = append(out, b)
		}
	}
	return out
}

// MaxSentenceTokens bounds the length of a sentence, as
// tokenize.MaxSentenceTokens does on the Arabic path: a sentence that
// reaches it is cut before its next token. The later stages look across
// whole sentences (a meeting's participants, its place), so the bound
// keeps them linear in the length of text without punctuation.
const MaxSentenceTokens = 512

// cuts returns the sorted places where sentences may start: the
// splitter's breaks (code-point offsets), the line breaks, the text's
// start and end.
func (an *Analysis) cuts(breaks []int) []int {
	cuts := append([]int(nil), breaks...)
	for i, r := range an.Runes {
		if r == '\n' || r == '\u2028' || r == '\u2029' {
			cuts = append(cuts, i+1)
		}
	}
	cuts = append(cuts, 0, len(an.Runes))
	sort.Ints(cuts)
	return cuts
}

// capped adds a cut before every MaxSentenceTokens+1st token of a
// sentence, the tokens already placed.
func (an *Analysis) capped(cuts []int) []int {
	out := make([]int, 0, len(cuts))
	k, n := 0, 0
	for _, t := range an.Tokens {
		for k < len(cuts) && cuts[k] <= t.Start {
			out = append(out, cuts[k])
			k, n = k+1, 0
		}
		if n == MaxSentenceTokens {
			out = append(out, t.Start)
			n = 0
		}
		n++
	}
	out = append(out, cuts[k:]...)
	return out
}

// sentences cuts the text at cuts (sorted code-point offsets) and gives
// every token its sentence. A sentence runs from one cut to the next,
// white space trimmed, so every token falls in one.
func (an *Analysis) sentences(cuts []int, inv []int) {
	rs := an.Runes
	for k := 0; k+1 < len(cuts); k++ {
		a, b := cuts[k], cuts[k+1]
		for a < b && unicode.IsSpace(rs[a]) {
			a++
		}
		for b > a && unicode.IsSpace(rs[b-1]) {
			b--
		}
		if a == b {
			continue
		}
		an.Sentences = append(an.Sentences, Sentence{Start: a, End: b, A: inv[a], B: inv[b], Index: len(an.Sentences) + 1})
	}
	for i := range an.Tokens {
		an.Tokens[i].Sentence = an.sentenceAt(an.Tokens[i].Start)
	}
}

// sentenceAt returns the 1-based index of the sentence holding the code
// point at, or of the last sentence starting before it.
func (an *Analysis) sentenceAt(at int) int {
	k := sort.Search(len(an.Sentences), func(i int) bool { return an.Sentences[i].Start > at })
	if k == 0 {
		return 1
	}
	return k
}

// tokens places prose's tokens in the original text, in order; their
// sentences are set by sentences.
func (an *Analysis) tokens(pt []prose.Token) {
	pos := 0
	an.Tokens = make([]Token, 0, len(pt))
	for _, t := range pt {
		start, end, ok := find(an.Runes, pos, []rune(t.Text))
		if !ok {
			slog.Debug("english: token not found in the text", "at", pos, "token", t.Text)
			continue
		}
		pos = end
		an.Tokens = append(an.Tokens, Token{
			Text: t.Text, Start: start, End: end, Tag: t.Tag, Label: t.Label,
		})
	}
}

// maxSkip is how far past the expected place a token is looked for when
// prose dropped or changed something before it.
const maxSkip = 64

// find places piece in rs at or after pos: right after white space or
// within maxSkip runes of it. prose straightens quotes, so
// a straight quote in piece matches a curly one, and ' also matches
// &rsquo;; white space matches any run of white space.
func find(rs []rune, pos int, piece []rune) (start, end int, ok bool) {
	for pos < len(rs) && unicode.IsSpace(rs[pos]) {
		pos++
	}
	for s := pos; s <= pos+maxSkip && s < len(rs); s++ {
		if e, ok := matchAt(rs, s, piece); ok {
			return s, e, true
		}
	}
	return 0, 0, false
}

// matchAt matches piece at rs[s:] and returns where the match ends.
func matchAt(rs []rune, s int, piece []rune) (int, bool) {
	i := s
	for j := 0; j < len(piece); j++ {
		p := piece[j]
		if unicode.IsSpace(p) {
			if i >= len(rs) || !unicode.IsSpace(rs[i]) {
				return 0, false
			}
			for j+1 < len(piece) && unicode.IsSpace(piece[j+1]) {
				j++
			}
			for i < len(rs) && unicode.IsSpace(rs[i]) {
				i++
			}
			continue
		}
		if i >= len(rs) {
			return 0, false
		}
		r := rs[i]
		switch {
		case r == p:
		case p == '"' && (r == '\u201c' || r == '\u201d'):
		case p == '\'' && (r == '\u2018' || r == '\u2019'):
		case p == '\'' && hasPrefix(rs[i:], rsquo):
			i += len(rsquo) - 1
		default:
			return 0, false
		}
		i++
	}
	return i, true
}

var rsquo = []rune("&rsquo;")

func hasPrefix(rs, p []rune) bool {
	if len(rs) < len(p) {
		return false
	}
	for i := range p {
		if rs[i] != p[i] {
			return false
		}
	}
	return true
}

// possessive reports whether token t, right after word w, marks w as a
// possessive: 's, or a lone apostrophe (prose writes ’ as ') after a
// plural in s that no opening quote precedes (the Assads', not
// ‘Thursday’).
func (an *Analysis) possessive(t Token, w Word) bool {
	if w.End != t.Start {
		return false
	}
	switch t.Text {
	case "'s", "'S":
		return true
	case "'":
		if w.Start > 0 {
			switch an.Runes[w.Start-1] {
			case '\'', '\u2018', '"', '\u201c':
				return false
			}
		}
		r := an.Runes[w.End-1]
		return r == 's' || r == 'S'
	}
	return false
}

// words splits the tokens into words.
func (an *Analysis) words(inv []int) {
	rs := an.Text.Runes
	an.Words = make([]Word, 0, len(an.Tokens))
	broken := true // the next word is not joined to the previous one
	for ti, t := range an.Tokens {
		if n := len(an.Words); n > 0 && an.possessive(t, an.Words[n-1]) {
			an.Words[n-1].Possessive = true
			broken = true
			continue
		}
		if t.Text == "'s" || t.Text == "'S" {
			broken = true // a stray 's (&rsquo;s after a space): no word
			continue
		}
		a, b := inv[t.Start], inv[t.End]
		if strings.EqualFold(t.Text, "n't") {
			// didn't → did + not: one word for the negation.
			w := Word{Text: "not", A: a, B: b, Token: ti, Sentence: t.Sentence, Start: t.Start, End: t.End}
			w.Joined = !broken && len(an.Words) > 0 && an.Words[len(an.Words)-1].Sentence == w.Sentence
			an.Words = append(an.Words, w)
			broken = false
			continue
		}
		first := true
		for i := a; i < b; {
			if !tokenize.IsWordRune(rs[i]) {
				i++
				continue
			}
			j := i + 1
			for j < b && tokenize.IsWordRune(rs[j]) {
				j++
			}
			w := Word{Text: string(rs[i:j]), A: i, B: j, Token: ti, Sentence: t.Sentence}
			w.Start, w.End = an.Text.Span(i, j)
			if n := len(an.Words); n > 0 && !broken && an.Words[n-1].Sentence == w.Sentence {
				w.Joined = joins(rs[an.Words[n-1].B:i], !first)
			}
			w.Upper, w.Caps = casing(an.Runes[w.Start:w.End])
			an.Words = append(an.Words, w)
			broken, first = false, false
			i = j
		}
		if first && b > a {
			// A punctuation token: the words around it are not joined.
			broken = true
		}
	}
}

// joins reports whether the gap between two words lets a name run
// across it: spaces only, or inside one token a hyphen, an apostrophe or
// a dot (al-Assad, O'Brien, U.S.).
func joins(gap []rune, inToken bool) bool {
	if inToken {
		return len(gap) == 1 && (gap[0] == '-' || gap[0] == '\'' || gap[0] == '.')
	}
	for _, r := range gap {
		if r != ' ' {
			return false
		}
	}
	return true
}

// casing reports whether the first letter of w is upper-case and whether
// all its letters are.
func casing(w []rune) (upper, caps bool) {
	caps = true
	seen := false
	for _, r := range w {
		if !unicode.IsLetter(r) {
			continue
		}
		if !seen {
			upper, seen = unicode.IsUpper(r), true
		}
		if !unicode.IsUpper(r) {
			caps = false
		}
	}
	return upper, caps && seen
}
