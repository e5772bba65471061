// Package pipeline composes the languages into the per-document core of
// extract: Process is a pure function of one document and the compiled
// gazetteers, safe to call from many goroutines, so workers, tests and
// other engines can call it.
//
// Each language is a package of its own, peers of one shape (arabic,
// english): its Extractor reads one document (ProcessCount). Process
// detects a document's language (package lang) and hands the document to
// that language's extractor through one table, languages; a long
// document is read in windows (window.go). A new language is a folder
// pipeline/LANG/ with its word lists in pipeline/lexicon/LANG/, its
// detection in package lang and one entry in languages.
package pipeline

import (
	"context"
	"fmt"
	"io/fs"

	"github.com/extract-news/extract/internal/version"
	"github.com/extract-news/extract/pipeline/arabic"
	"github.com/extract-news/extract/pipeline/doc"
	"github.com/extract-news/extract/pipeline/english"
	"github.com/extract-news/extract/pipeline/gazetteer"
	"github.com/extract-news/extract/pipeline/lang"
	"github.com/extract-news/extract/pipeline/lexicon"
)

// Processor reads the documents of one language.
type Processor interface {
	// ProcessCount extracts the entities and meetings of one document,
	// and returns the length of d.Text in code points and its number of
	// sentences, which the windows of a long document are merged by.
	ProcessCount(ctx context.Context, d *doc.Document) (r *doc.Result, runes, sentences int, err error)
}

// language is an entry of the table of languages.
type language struct {
	// code is the document.language lang.Detect returns for it.
	code string
	// window is the size of the windows of a long document (see
	// windowBytes).
	window int
	// processor returns the language's Processor over the gazetteers.
	processor func(*gazetteer.Compiled) Processor
	// wordLists returns the word-list families of its stages.
	wordLists func() []*lexicon.Family
}

// languages is the table Process dispatches on: one entry a language.
var languages = []language{
	{lang.Arabic, windowBytes, func(g *gazetteer.Compiled) Processor { return arabic.New(g) }, arabic.WordLists},
	{lang.English, englishWindowBytes, func(g *gazetteer.Compiled) Processor { return english.New(g) }, english.WordLists},
}

// reader is a language's processor in an Extractor.
type reader struct {
	p Processor
	// window is the size of its windows (tests make it smaller).
	window int
}

// Extractor runs the stages on documents. It is read-only after New and
// safe for concurrent use.
type Extractor struct {
	g *gazetteer.Compiled
	// readers maps a language code to its processor.
	readers map[string]reader
	// extractor is written into every result's Document.Extractor.
	extractor string
}

// New returns an Extractor over compiled gazetteers. The processors are
// made here; English loads prose's model when its first document arrives.
func New(g *gazetteer.Compiled) *Extractor {
	x := &Extractor{g: g, readers: map[string]reader{}, extractor: version.Get().String()}
	for _, l := range languages {
		x.readers[l.code] = reader{p: l.processor(g), window: l.window}
	}
	return x
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
// the result does (package suggest): arabic.Analysis.
type Analysis = arabic.Analysis

// analyzer is a Processor that also returns the analysis of a document
// (the Arabic one).
type analyzer interface {
	Analyze(ctx context.Context, d *doc.Document) (*doc.Result, *Analysis, error)
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

// process is Process, returning the analysis of the document when keep
// is set and its language's processor gives one; such a document is read
// whole, not in windows.
func (x *Extractor) process(ctx context.Context, d *doc.Document, keep bool) (*doc.Result, *Analysis, error) {
	if err := ctx.Err(); err != nil {
		return nil, nil, err
	}
	if d == nil {
		return nil, nil, fmt.Errorf("nil document")
	}
	code := lang.Detect(d.Text)
	rd, ok := x.readers[code]
	if !ok {
		return nil, nil, fmt.Errorf("document %s: no processor for language %q", d.ID, code)
	}
	if a, ok := rd.p.(analyzer); ok && keep {
		r, an, err := a.Analyze(ctx, d)
		return x.stamp(r), an, err
	}
	if len(d.Text) > rd.window {
		r, err := x.windows(ctx, d, rd.window, rd.p)
		return x.stamp(r), nil, err
	}
	r, _, _, err := rd.p.ProcessCount(ctx, d)
	return x.stamp(r), nil, err
}
