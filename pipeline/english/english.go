// Package english is the English path of the pipeline: the same
// gazetteers, the same rules and the same doc.Result as the Arabic
// stages, for English wire copy (Reuters, TASS, SANA English, the Moscow
// Times).
//
// The stages are the sub-packages, in the order data flows:
//
//	segment  prose sentences, tokens, POS tags and entity labels, placed in the original text
//	entity   Latin gazetteer forms, descriptions, titled people, prose's entity candidates
//	meeting  meeting events with participants, place, date and evidence
//
// Dates are found by dates.FindEnglish. prose's model is loaded once per
// Extractor, when the first English document arrives.
package english

import (
	"context"
	"fmt"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/extract-news/extract/pipeline/doc"
	"github.com/extract-news/extract/pipeline/english/entity"
	"github.com/extract-news/extract/pipeline/english/meeting"
	"github.com/extract-news/extract/pipeline/english/segment"
	"github.com/extract-news/extract/pipeline/gazetteer"
	"github.com/extract-news/extract/pipeline/lang"
)

// Language is the document.language of the documents this path reads.
const Language = lang.English

// Extractor runs the English stages on documents. It is safe for
// concurrent use; prose's model is loaded on first use and shared.
type Extractor struct {
	analyzer segment.Analyzer
	// resolver builds the English resolver when the first English
	// document arrives: its indexes of the gazetteers' English names
	// take memory (some 200 MB for a million entries) that a run of
	// Arabic documents does not need.
	resolver func() *entity.Resolver
}

// New returns an Extractor over compiled gazetteers. It does not load
// prose's model.
func New(g *gazetteer.Compiled) *Extractor {
	return &Extractor{resolver: sync.OnceValue(func() *entity.Resolver { return entity.New(g) })}
}

// ModelLoadTime returns how long loading prose's model took; it loads
// the model when no document has yet.
func (x *Extractor) ModelLoadTime() time.Duration { return x.analyzer.LoadTime() }

// Process extracts the entities and meetings of one English document.
func (x *Extractor) Process(ctx context.Context, d *doc.Document) (*doc.Result, error) {
	r, _, _, err := x.ProcessCount(ctx, d)
	return r, err
}

// ProcessCount is Process, and also returns the length of d.Text in code
// points and its number of sentences, for a caller that reads a long
// document in windows and counts the offsets and sentences of a window
// on from those of the windows before it (pipeline.Processor).
func (x *Extractor) ProcessCount(ctx context.Context, d *doc.Document) (*doc.Result, int, int, error) {
	if d == nil {
		return nil, 0, 0, fmt.Errorf("english: nil document")
	}
	an, err := x.analyzer.Analyze(ctx, d.Text)
	if err != nil {
		return nil, 0, 0, fmt.Errorf("english: %w", err)
	}
	res := x.resolver().Resolve(an, d.Published)
	events := meeting.Extract(meeting.Input{DocID: d.ID, Analysis: an, Resolved: res, Published: d.Published})
	out := &doc.Result{
		Document: d.Meta(Language),
		Entities: make([]doc.Entity, len(res.Entities)),
		Events:   events,
		Warnings: d.Warnings,
	}
	for i, e := range res.Entities {
		out.Entities[i] = e.Out
	}
	return out, utf8.RuneCountInString(d.Text), len(an.Sentences), nil
}
