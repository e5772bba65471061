// Package run drives the per-document core over a stream of documents:
// a bounded channel feeds N workers, and results are written in input
// order whatever N is, so output is deterministic and memory stays flat.
//
// A run is meant to be stopped and resumed. When its context is
// cancelled it takes no new documents, finishes the ones being processed
// and writes them, in input order, up to the first document that was
// not finished; the rest are discarded. What was written is therefore
// always the results of a prefix of the input (less the documents that
// failed or were skipped), which is what Options.Skip needs to continue
// where an interrupted run stopped.
//
// A document still being processed AbandonAfter after the cancellation
// is abandoned (not written, and the writing stops before it): the stages
// of the core do not all check the context, and one huge document would
// otherwise hold a stopped run for as long as it takes.
package run

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"log/slog"
	"runtime"
	"runtime/debug"
	"sync"
	"time"

	"github.com/extract-news/extract/pipeline/doc"
)

// AbandonAfter is how long a cancelled run waits for the documents being
// processed before it abandons them.
const AbandonAfter = 500 * time.Millisecond

// Processor is the per-document core (pipeline.Extractor).
type Processor interface {
	Process(ctx context.Context, d *doc.Document) (*doc.Result, error)
}

// Writer receives results in input order.
type Writer interface {
	Write(r *doc.Result) error
}

// Failure is one document or input that failed.
type Failure struct {
	// ID is the document's id, when one is known.
	ID string `json:"id,omitempty"`
	// Origin is where the document or input was read from (file, and
	// line for JSON Lines).
	Origin string `json:"origin,omitempty"`
	// Reason is the error message; it names the origin.
	Reason string `json:"reason"`
}

// Summary counts what a run did.
type Summary struct {
	// Documents counts the documents processed and written.
	Documents int
	// Entities and Meetings count what the written documents hold.
	Entities, Meetings int
	// Bytes is the size of the written documents' text.
	Bytes int64
	// Skipped counts the documents Options.Skip skipped.
	Skipped int
	// Failures lists the documents and inputs that failed, in input
	// order.
	Failures []Failure
}

// Options configure a run.
type Options struct {
	// Workers is the number of concurrent Process calls; 0 means all cores.
	Workers int
	// Skip, when set, is asked before a document is processed; true skips
	// it (used by -resume). It is called from the worker goroutines, so it
	// must be safe for concurrent use.
	Skip func(d *doc.Document) bool
	// Progress, when set, is called after each document is written,
	// skipped or failed, in input order and from the goroutine that called
	// Run; d is nil for an input error that has no document.
	Progress func(s *Summary, d *doc.Document)
}

// Encoder is a Writer whose encoding can run in the workers, so that
// only the writing itself is serial: Encode turns a result into bytes (in
// any goroutine, concurrently), and WriteEncoded writes them, in input
// order. An Encode error fails that document only.
type Encoder interface {
	Writer
	Encode(r *doc.Result) ([]byte, error)
	WriteEncoded(r *doc.Result, data []byte) error
}

type item struct {
	seq     int
	d       *doc.Document
	err     error
	res     *doc.Result
	data    []byte // the encoded result, when the writer is an Encoder
	skipped bool
}

// Run processes every document of docs and writes the results in order.
// Input errors and failed documents are collected in the summary, and the
// run goes on.
//
// A write error stops the run: output that cannot be written (a full
// disk, a directory that went away) would fail for every document. The
// failed write is the last entry of Summary.Failures, the documents in
// flight are discarded and the error is returned.
//
// When ctx is cancelled Run stops as the package documentation describes
// and returns ctx.Err(). It does not wait for docs to yield again, so a
// read blocked in docs (on standard input, say) does not delay it; docs
// must not be used again afterwards.
func Run(ctx context.Context, docs iter.Seq2[*doc.Document, error], p Processor, w Writer, opts Options) (*Summary, error) {
	n := opts.Workers
	if n <= 0 {
		n = runtime.GOMAXPROCS(0)
	}
	parent := ctx
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	jobs := make(chan item, n*2)
	results := make(chan item, n*2)
	// window bounds the documents taken and not yet written: without it,
	// one slow document lets the workers run ahead and the results wait
	// in pending without limit (thousands, and a cancelled run would
	// write them all).
	window := make(chan struct{}, n*4)
	go feed(ctx, docs, jobs, window)
	var wg sync.WaitGroup
	enc, _ := w.(Encoder)
	for range n {
		wg.Go(func() { work(ctx, p, enc, opts.Skip, jobs, results) })
	}
	go func() {
		wg.Wait()
		close(results)
	}()
	sum := &Summary{}
	pending := map[int]item{}
	next := 0
	var writeErr error
	for it := range results {
		pending[it.seq] = it
		for writeErr == nil {
			cur, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			<-window
			if err := sum.add(cur, w); err != nil {
				writeErr = err
				cancel(err)
			}
			if opts.Progress != nil {
				opts.Progress(sum, cur.d)
			}
		}
	}
	if writeErr != nil {
		return sum, writeErr
	}
	return sum, parent.Err()
}

// feed sends the items of docs to jobs, numbered in order, until docs is
// exhausted or ctx is done, each once a place in window is free (Run
// frees one as it writes an item).
func feed(ctx context.Context, docs iter.Seq2[*doc.Document, error], jobs chan<- item, window chan<- struct{}) {
	defer close(jobs)
	seq := 0
	for d, err := range docs {
		if ctx.Err() != nil {
			return // also drops the ctx.Err() an input may yield
		}
		select {
		case window <- struct{}{}:
		case <-ctx.Done():
			return
		}
		select {
		case jobs <- item{seq: seq, d: d, err: err}:
			seq++
		case <-ctx.Done():
			return
		}
	}
}

// work processes jobs until there are none or ctx is done. A job taken
// after ctx is done, or whose processing failed because of it, is dropped,
// which stops the writing in order at that document.
func work(ctx context.Context, p Processor, enc Encoder, skip func(*doc.Document) bool, jobs <-chan item, results chan<- item) {
	for {
		var it item
		var ok bool
		select {
		case <-ctx.Done():
			return
		case it, ok = <-jobs:
			if !ok {
				return
			}
		}
		if ctx.Err() != nil {
			return
		}
		if it.err == nil && it.d != nil {
			if skip != nil && skip(it.d) {
				it.skipped = true
			} else {
				var ok bool
				if it, ok = processItem(ctx, p, enc, it); !ok {
					return
				}
			}
		}
		results <- it // never blocks for long: Run reads results until closed
	}
}

// processItem processes and encodes it. ok is false when the run was
// cancelled meanwhile and the document is to be dropped: its processing
// failed because of the cancellation, or had not ended AbandonAfter after
// it (the goroutine doing it is left to finish on its own).
func processItem(ctx context.Context, p Processor, enc Encoder, it item) (out item, ok bool) {
	done := make(chan struct{})
	go func() {
		defer close(done)
		it.res, it.err = process(ctx, p, it.d)
		if it.err == nil && enc != nil {
			it.data, it.err = enc.Encode(it.res)
		}
	}()
	select {
	case <-done:
	case <-ctx.Done():
		t := time.NewTimer(AbandonAfter)
		defer t.Stop()
		select {
		case <-done:
		case <-t.C:
			return item{}, false
		}
	}
	if it.err != nil && ctx.Err() != nil && (errors.Is(it.err, context.Canceled) || errors.Is(it.err, context.DeadlineExceeded)) {
		return item{}, false
	}
	return it, true
}

// process calls p.Process, turning a panic into an error so that one bad
// document does not end the run.
func process(ctx context.Context, p Processor, d *doc.Document) (res *doc.Result, err error) {
	defer func() {
		if r := recover(); r != nil {
			slog.Error("internal error", "document", d.ID, "origin", d.Origin, "panic", r, "stack", string(debug.Stack()))
			res, err = nil, fmt.Errorf("internal error: %v", r)
		}
	}()
	return p.Process(ctx, d)
}

// documentOnly is implemented by write errors that concern one document
// (a file a reviewer is editing), which fail that document and let the
// run go on; other write errors stop it.
type documentOnly interface{ DocumentOnly() bool }

// origin is implemented by errors that know where they come from (the
// input package's errors do) and, if known, the document's id.
type origin interface {
	Origin() string
	DocumentID() string
}

func (s *Summary) add(it item, w Writer) error {
	switch {
	case it.skipped:
		s.Skipped++
		return nil
	case it.err != nil && it.d == nil:
		f := Failure{Reason: it.err.Error()}
		var o origin
		if errors.As(it.err, &o) {
			f.ID, f.Origin = o.DocumentID(), o.Origin()
		}
		s.Failures = append(s.Failures, f)
		return nil
	case it.err != nil:
		s.Failures = append(s.Failures, Failure{ID: it.d.ID, Origin: it.d.Origin, Reason: fmt.Sprintf("%s: %v", it.d.Origin, it.err)})
		return nil
	}
	write := func() error { return w.Write(it.res) }
	if enc, ok := w.(Encoder); ok && it.data != nil {
		write = func() error { return enc.WriteEncoded(it.res, it.data) }
	}
	if err := write(); err != nil {
		var one documentOnly
		docOnly := errors.As(err, &one) && one.DocumentOnly()
		s.Failures = append(s.Failures, Failure{ID: it.d.ID, Origin: it.d.Origin, Reason: fmt.Sprintf("%s: %v", it.d.Origin, err)})
		if docOnly {
			return nil
		}
		return fmt.Errorf("%s: %w", it.d.Origin, err)
	}
	s.Documents++
	s.Bytes += int64(len(it.d.Text))
	s.Entities += len(it.res.Entities)
	s.Meetings += len(it.res.Events)
	return nil
}
