// Package arabic is the Arabic path of the pipeline, a peer of package
// english: the same gazetteers, the same doc.Result, and its own stages
// in the order data flows:
//
//	normalize  diacritics, tatweel and letter variants folded, with a map back to the original
//	tokenize   sentences, tokens and clitic stems
//	tag        gazetteer forms over the tokens
//	resolve    ambiguous and short forms, descriptions, people after titles
//	meeting    meeting events with participants, place, date and evidence, then planned/occurred
//
// Dates are found by package dates (from meeting). The stages are
// packages of their own under pipeline/ (resolve and meeting, where the
// Arabic rules live, are not moved under this folder); Extractor runs
// them on one document.
package arabic

import (
	"context"
	"fmt"
	"sync"

	"github.com/extract-news/extract/pipeline/arabic/meeting"
	"github.com/extract-news/extract/pipeline/arabic/resolve"
	"github.com/extract-news/extract/pipeline/doc"
	"github.com/extract-news/extract/pipeline/gazetteer"
	"github.com/extract-news/extract/pipeline/lang"
	"github.com/extract-news/extract/pipeline/lexicon"
	"github.com/extract-news/extract/pipeline/normalize"
	"github.com/extract-news/extract/pipeline/tag"
	"github.com/extract-news/extract/pipeline/tokenize"
)

// Language is the document.language of the documents this path reads.
const Language = lang.Arabic

// Extractor runs the Arabic stages on documents. It is read-only after
// New and safe for concurrent use.
type Extractor struct {
	tagger   *tag.Tagger
	resolver *resolve.Resolver
	meetings *meeting.Extractor
	// scratch holds *scratch values: the buffers of one ProcessCount
	// call, reused by the next so that a worker does not allocate them
	// anew for every document.
	scratch sync.Pool
}

// scratch is the analysis of one document, which ProcessCount needs only
// while it runs: nothing it returns refers to it.
type scratch struct {
	text normalize.Text
	an   tokenize.Analysis
}

// maxScratchRunes bounds the documents whose buffers are kept for the
// next call, so that one huge document does not hold its memory for the
// rest of a run.
const maxScratchRunes = 1 << 20

// New returns an Extractor over compiled gazetteers.
func New(g *gazetteer.Compiled) *Extractor {
	return &Extractor{tagger: tag.New(g), resolver: resolve.New(g), meetings: meeting.New(g)}
}

// WordLists returns the word-list families of the Arabic stages (resolve,
// meeting), for lexicon.Check and lexicon.Extend. The Arabic date words
// are package dates', which serves both languages.
func WordLists() []*lexicon.Family {
	return append(resolve.WordLists(), meeting.WordLists()...)
}

// Analysis is what ProcessCount computes on the way to the result of a
// document, for a caller that looks further into the text than the
// result does (package suggest).
type Analysis struct {
	// Text is the normalized text, Tokens its tokens and sentences.
	Text   *normalize.Text
	Tokens *tokenize.Analysis
	// Matches are the gazetteer forms found in Tokens.
	Matches []tag.Match
	// Titled counts the mentions of people introduced by the title of an
	// office (الرئيس X، اللواء X، وزير خارجية البحرين X): Known of people
	// the gazetteers have, Unknown of the others. It measures gazetteer
	// coverage ("extract gazetteer coverage").
	Titled doc.Coverage
}

// ProcessCount extracts the entities and meetings of one document, and
// also returns the length of d.Text in code points and its number of
// sentences, for a caller that reads a long document in windows and
// counts the offsets and sentences of a window on from those of the
// windows before it.
func (x *Extractor) ProcessCount(ctx context.Context, d *doc.Document) (*doc.Result, int, int, error) {
	if err := ctx.Err(); err != nil {
		return nil, 0, 0, err
	}
	if d == nil {
		return nil, 0, 0, fmt.Errorf("arabic: nil document")
	}
	sc, _ := x.scratch.Get().(*scratch)
	if sc == nil {
		sc = new(scratch)
	}
	r, _ := x.read(sc, d, false)
	runes, sentences := sc.text.Origin(len(sc.text.Runes)), len(sc.an.Sentences)
	if cap(sc.text.Runes) <= maxScratchRunes {
		x.scratch.Put(sc)
	}
	return r, runes, sentences, nil
}

// Analyze is ProcessCount for a whole document, returning its analysis
// instead of its counts. The analysis belongs to the caller: its buffers
// are not reused by later calls.
func (x *Extractor) Analyze(ctx context.Context, d *doc.Document) (*doc.Result, *Analysis, error) {
	if err := ctx.Err(); err != nil {
		return nil, nil, err
	}
	if d == nil {
		return nil, nil, fmt.Errorf("arabic: nil document")
	}
	r, a := x.read(new(scratch), d, true)
	return r, a, nil
}

// read analyses d.Text in the buffers of sc and returns the result, and
// the analysis when keep is set.
func (x *Extractor) read(sc *scratch, d *doc.Document, keep bool) (*doc.Result, *Analysis) {
	text := normalize.Into(&sc.text, d.Text)
	an := tokenize.AnalyzeInto(&sc.an, text.Runes)
	matches := x.tagger.Tag(an.Tokens)
	res := x.resolver.Resolve(resolve.Input{
		Original: d.Text, Text: text, Analysis: an, Matches: matches, Published: d.Published,
	})
	in := meeting.Input{
		DocID: d.ID, Original: d.Text, Text: text, Analysis: an, Resolved: res, Published: d.Published, Title: d.Title,
	}
	events := x.meetings.Extract(in)
	meeting.Classify(in, events)
	out := &doc.Result{
		Document: d.Meta(Language),
		Entities: make([]doc.Entity, len(res.Entities)),
		Events:   events,
		Warnings: d.Warnings,
	}
	for i, e := range res.Entities {
		out.Entities[i] = e.Out
	}
	if out.Events == nil {
		out.Events = []doc.Event{}
	}
	var a *Analysis
	if keep {
		a = &Analysis{Text: text, Tokens: an, Matches: matches, Titled: res.Titled}
	}
	return out, a
}
