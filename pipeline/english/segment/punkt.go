package segment

// The sentence splitter is prose's own (github.com/jdkato/prose/v2,
// segment.go, MIT licence): the Punkt tokenizer of
// gopkg.in/neurosnap/sentences.v1 with its English training data and
// prose's English refinements. prose builds it again for every document,
// parsing the training data each time (most of the time spent on a
// short document); here it is built once per Analyzer and shared, which
// the tokenizer allows: splitting only reads the training data.

import (
	"fmt"
	"regexp"
	"strings"

	"gopkg.in/neurosnap/sentences.v1"
	"gopkg.in/neurosnap/sentences.v1/data"
)

// punkt splits text into sentences.
type punkt struct {
	tok *sentences.DefaultSentenceTokenizer
}

// newPunkt builds the English sentence splitter as prose does.
func newPunkt() (*punkt, error) {
	b, err := data.Asset("data/english.json")
	if err != nil {
		return nil, fmt.Errorf("punkt english.json: %w", err)
	}
	training, err := sentences.LoadTraining(b)
	if err != nil {
		return nil, fmt.Errorf("punkt english.json: %w", err)
	}
	for _, abbr := range []string{"sgt", "gov", "no", "mt"} {
		training.AbbrevTypes.Add(abbr)
	}
	lang := sentences.NewPunctStrings()
	word := &wordTokenizer{}
	word.PunctStrings = lang
	annotations := sentences.NewAnnotations(training, lang, word)
	ortho := &sentences.OrthoContext{Storage: training, PunctStrings: lang, TokenType: word, TokenFirst: word}
	annotations = append(annotations, &multiPunct{
		Storage: training, TokenParser: word, TokenGrouper: &sentences.DefaultTokenGrouper{}, Ortho: ortho,
	})
	return &punkt{tok: &sentences.DefaultSentenceTokenizer{
		Storage: training, PunctStrings: lang, WordTokenizer: word, Annotations: annotations,
	}}, nil
}

// breaks returns the byte offsets where sentences end, the last being
// len(text).
func (p *punkt) breaks(text string) []int { return p.tok.SentencePositions(text) }

type wordTokenizer struct {
	sentences.DefaultWordTokenizer
}

var (
	reAbbr              = regexp.MustCompile(`((?:[\w]\.)+[\w]*\.)`)
	reLooksLikeEllipsis = regexp.MustCompile(`(?:\.\s?){2,}\.`)
	reEntities          = regexp.MustCompile(`Yahoo!`)
	sentEnders          = []string{`."`, `.)`, `.’`, `.”`, `?`, `?"`, `?'`, `?)`, `?’`, `?”`, `!`, `!"`, `!'`, `!)`, `!’`, `!”`}
	sentParens          = []string{`.[`, `.(`, `."`, `?[`, `?(`, `![`, `!(`}
	internalEnds        = []string{")", `’`, `”`, `"`, `'`}
)

// HasSentEndChars is prose's: closing quotes and brackets after the
// punctuation still end a sentence.
func (e *wordTokenizer) HasSentEndChars(t *sentences.Token) bool {
	for _, ender := range sentEnders {
		if strings.HasSuffix(t.Tok, ender) && !reEntities.MatchString(t.Tok) {
			return true
		}
	}
	for _, paren := range sentParens {
		if strings.Contains(t.Tok, paren) {
			return true
		}
	}
	return false
}

// multiPunct is prose's multiPunctWordAnnotation: abbreviations such as
// F.B.I., ellipses and quotes.
type multiPunct struct {
	*sentences.Storage
	sentences.TokenParser
	sentences.TokenGrouper
	sentences.Ortho
}

// Annotate marks the sentence breaks of tokens.
func (a *multiPunct) Annotate(tokens []*sentences.Token) []*sentences.Token {
	for _, pair := range a.TokenGrouper.Group(tokens) {
		if len(pair) < 2 || pair[1] == nil {
			if tok := pair[0].Tok; strings.Contains(tok, "\n") && strings.Contains(tok, " ") {
				pair[0].SentBreak = false
			}
			continue
		}
		a.annotate(pair[0], pair[1])
	}
	return tokens
}

func looksInternal(tok string) bool {
	for _, p := range internalEnds {
		if strings.HasSuffix(tok, p) {
			return true
		}
	}
	return false
}

func (a *multiPunct) annotate(one, two *sentences.Token) {
	var nextTyp string
	if strings.HasSuffix(one.Tok, ".") && two.Tok == "." {
		one.SentBreak, two.SentBreak = false, false
		return
	}
	isNonBreak := strings.HasSuffix(one.Tok, ".") && !one.SentBreak
	isEllipsis := reLooksLikeEllipsis.MatchString(one.Tok)
	isInternal := one.SentBreak && looksInternal(one.Tok)
	if isNonBreak || isEllipsis || isInternal {
		nextTyp = a.TokenParser.TypeNoSentPeriod(two)
		isStarter := a.SentStarters[nextTyp]
		if isEllipsis && (a.TokenParser.FirstUpper(two) || isStarter != 0) {
			one.SentBreak = true
			return
		}
		if isInternal && a.TokenParser.FirstLower(two) && isStarter == 0 {
			one.SentBreak = false
			return
		}
		if isNonBreak && a.TokenParser.FirstUpper(two) && a.Storage.OrthoContext[nextTyp]&112 != 0 {
			one.SentBreak = true
		}
	}
	if !reAbbr.MatchString(one.Tok) || a.IsInitial(one) {
		return
	}
	one.Abbr, one.SentBreak = true, false
	if a.Ortho.Heuristic(two) == 1 {
		one.SentBreak = true
		return
	}
	if nextTyp == "" {
		nextTyp = a.TokenParser.TypeNoSentPeriod(two)
	}
	if a.TokenParser.FirstUpper(two) && a.SentStarters[nextTyp] != 0 {
		one.SentBreak = true
	}
}
