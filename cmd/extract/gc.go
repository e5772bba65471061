package main

import (
	"context"
	"runtime/debug"
	"sync"

	"github.com/extract-news/extract/pipeline/doc"
	"github.com/extract-news/extract/pipeline/run"
)

// largeDocument is the size of text above which a document is large: while
// one is processed, the collector's target is largeGCPercent instead of
// gcPercent. gcPercent lets the heap grow to five times what is live,
// which is some tens of MB over a corpus of articles; a large document
// is live as a whole (its text, and its result as it grows: some 85 MB
// for one of 50 MB), and five times that is over 400 MB. A run over 50 MB
// of corpus articles in one .txt peaked at 445 MB of RSS with gcPercent
// throughout, at 266 MB with the guard, in the same time.
const largeDocument = 1 << 20

// largeGCPercent is the collector's target while a large document is
// processed.
const largeGCPercent = 100

// gcGuard is a run.Processor that sets the collector's target to
// largeGCPercent while a large document is being processed, and back to
// what it was when none is.
type gcGuard struct {
	p run.Processor
	// mu guards n, the large documents being processed, and saved, the
	// target to go back to.
	mu    sync.Mutex
	n     int
	saved int
}

// guardGC returns p, or when the collector's target is gcPercent (the
// GOGC variable does not set it) p in a gcGuard.
func guardGC(p run.Processor, gogc string) run.Processor {
	if gogc != "" {
		return p
	}
	return &gcGuard{p: p}
}

// Process processes d with the target at largeGCPercent when d is large.
func (g *gcGuard) Process(ctx context.Context, d *doc.Document) (*doc.Result, error) {
	if len(d.Text) <= largeDocument {
		return g.p.Process(ctx, d)
	}
	g.mu.Lock()
	if g.n == 0 {
		g.saved = debug.SetGCPercent(largeGCPercent)
		if g.saved < largeGCPercent {
			debug.SetGCPercent(g.saved)
		}
	}
	g.n++
	g.mu.Unlock()
	defer func() {
		g.mu.Lock()
		g.n--
		if g.n == 0 {
			debug.SetGCPercent(g.saved)
		}
		g.mu.Unlock()
	}()
	return g.p.Process(ctx, d)
}
