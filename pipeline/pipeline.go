// Package pipeline composes the stages into the per-document core of
// extract: Process is a pure function of one document and the compiled
// gazetteers, safe to call from many goroutines, so workers, tests and
// other engines can call it.
package pipeline

import (
	"context"
	"fmt"
	"io/fs"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/extract-news/extract/internal/version"
	"github.com/extract-news/extract/pipeline/doc"
	"github.com/extract-news/extract/pipeline/english"
	"github.com/extract-news/extract/pipeline/gazetteer"
	"github.com/extract-news/extract/pipeline/lang"
	"github.com/extract-news/extract/pipeline/meeting"
	"github.com/extract-news/extract/pipeline/normalize"
	"github.com/extract-news/extract/pipeline/resolve"
	"github.com/extract-news/extract/pipeline/tag"
	"github.com/extract-news/extract/pipeline/tokenize"
)

// Extractor runs the stages on documents. It is read-only after New and
// safe for concurrent use.
type Extractor struct {
	g        *gazetteer.Compiled
	tagger   *tag.Tagger
	resolver *resolve.Resolver
	meetings *meeting.Extractor
	// english reads documents in English; it loads prose's model when
	// the first one arrives.
	english *english.Extractor
	// extractor is written into every result's Document.Extractor.
	extractor string
	// englishWindow is the size of the windows of a long English
	// document: englishWindowBytes (tests make it smaller).
	englishWindow int
	// scratch holds *scratch values: the buffers of one Process call,
	// reused by the next so that a worker does not allocate them anew
	// for every document.
	scratch sync.Pool
}

// scratch is the analysis of one document, which Process needs only
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
	return &Extractor{g: g, tagger: tag.New(g), resolver: resolve.New(g), meetings: meeting.New(g), english: english.New(g),
		extractor: version.Get().String(), englishWindow: englishWindowBytes}
}

// stamp records in r the record format and the build that wrote it.
func (x *Extractor) stamp(r *doc.Result) *doc.Result {
	if r != nil {
		r.FormatVersion = doc.FormatVersion
		r.Document.Extractor = x.extractor
	}
	return r
}

// Gazetteer returns the compiled gazetteers the extractor uses.
func (x *Extractor) Gazetteer() *gazetteer.Compiled { return x.g }

// LoadGazetteers loads and compiles the embedded lists, with the files of
// each extra file system loaded on top (an entry with a known id replaces
// it).
func LoadGazetteers(base fs.FS, extra ...fs.FS) (*gazetteer.Compiled, error) {
	set, err := gazetteer.LoadFS(base)
	if err != nil {
		return nil, err
	}
	for _, e := range extra {
		more, err := gazetteer.LoadFS(e)
		if err != nil {
			return nil, err
		}
		set.Override(more)
	}
	return gazetteer.Compile(set)
}

// Analysis is what Process computes on the way to the result of an
// Arabic document, for a caller that looks further into the text than
// the result does (package suggest).
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

// Process extracts the entities and meetings of one document.
func (x *Extractor) Process(ctx context.Context, d *doc.Document) (*doc.Result, error) {
	r, _, err := x.process(ctx, d, false)
	return r, err
}

// Analyze is Process, and also returns the analysis of the document when
// it is in Arabic (nil for English). The analysis belongs to the caller:
// its buffers are not reused by later calls.
func (x *Extractor) Analyze(ctx context.Context, d *doc.Document) (*doc.Result, *Analysis, error) {
	return x.process(ctx, d, true)
}

// process is Process, returning the analysis of an Arabic document when
// keep is set.
func (x *Extractor) process(ctx context.Context, d *doc.Document, keep bool) (*doc.Result, *Analysis, error) {
	if err := ctx.Err(); err != nil {
		return nil, nil, err
	}
	if d == nil {
		return nil, nil, fmt.Errorf("nil document")
	}
	if lang.Detect(d.Text) == lang.English {
		if len(d.Text) > x.englishWindow {
			r, err := x.windows(ctx, d, x.englishWindow, func(w *doc.Document) (*doc.Result, int, int, error) {
				r, sentences, err := x.english.ProcessCount(ctx, w)
				return r, utf8.RuneCountInString(w.Text), sentences, err
			})
			return x.stamp(r), nil, err
		}
		r, err := x.english.Process(ctx, d)
		return x.stamp(r), nil, err
	}
	var sc *scratch
	if !keep {
		sc, _ = x.scratch.Get().(*scratch)
	}
	if sc == nil {
		sc = new(scratch)
	}
	if !keep {
		defer func() {
			if cap(sc.text.Runes) <= maxScratchRunes {
				x.scratch.Put(sc)
			}
		}()
		if len(d.Text) > windowBytes {
			r, err := x.windows(ctx, d, windowBytes, func(w *doc.Document) (*doc.Result, int, int, error) {
				r, _ := x.arabic(sc, w, false)
				return r, sc.text.Origin(len(sc.text.Runes)), len(sc.an.Sentences), nil
			})
			return x.stamp(r), nil, err
		}
	}
	out, a := x.arabic(sc, d, keep)
	return x.stamp(out), a, nil
}

// arabic is the core of process for a document in Arabic, or a window of
// one: it analyses d.Text in the buffers of sc and returns the result,
// and the analysis when keep is set.
func (x *Extractor) arabic(sc *scratch, d *doc.Document, keep bool) (*doc.Result, *Analysis) {
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
		Document: doc.Meta{ID: d.ID, Title: d.Title, Source: d.Source, URL: d.URL, Language: lang.Arabic},
		Entities: make([]doc.Entity, len(res.Entities)),
		Events:   events,
		Warnings: d.Warnings,
	}
	if !d.Published.IsZero() {
		out.Document.Published = d.Published.Format(time.RFC3339)
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
