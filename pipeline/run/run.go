// Package run drives the per-document core over a stream of documents:
// a bounded channel feeds N workers, and results are written in input
// order whatever N is, so output is deterministic and memory stays flat.
package run

import (
	"context"
	"fmt"
	"iter"
	"runtime"
	"sync"

	"github.com/extract-news/extract/pipeline/doc"
)

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
	ID     string `json:"id,omitempty"`
	Origin string `json:"origin,omitempty"`
	Reason string `json:"reason"`
}

// Summary counts what a run did.
type Summary struct {
	Documents, Entities, Meetings int
	Bytes                         int64
	Failures                      []Failure
}

// Options configure a run.
type Options struct {
	// Workers is the number of concurrent Process calls; 0 means all cores.
	Workers int
	// Skip, when set, is asked before processing a document; true skips it
	// (used by -resume).
	Skip func(d *doc.Document) bool
	// Progress, when set, is called after each document is written.
	Progress func(s *Summary, d *doc.Document)
}

type item struct {
	seq int
	d   *doc.Document
	err error
	res *doc.Result
}

// Run processes every document of docs and writes the results in order.
// Input errors and failed documents are collected in the summary; the run
// goes on. It returns early with ctx's error when ctx is cancelled, after
// the documents in flight are finished and written.
func Run(ctx context.Context, docs iter.Seq2[*doc.Document, error], p Processor, w Writer, opts Options) (*Summary, error) {
	n := opts.Workers
	if n <= 0 {
		n = runtime.GOMAXPROCS(0)
	}
	jobs := make(chan item, n*2)
	results := make(chan item, n*2)
	var wg sync.WaitGroup
	for range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for it := range jobs {
				if it.err == nil && it.d != nil {
					it.res, it.err = process(ctx, p, it.d)
				}
				results <- it
			}
		}()
	}
	go func() {
		defer close(jobs)
		seq := 0
		for d, err := range docs {
			if ctx.Err() != nil {
				return
			}
			if err == nil && opts.Skip != nil && opts.Skip(d) {
				continue
			}
			select {
			case jobs <- item{seq: seq, d: d, err: err}:
				seq++
			case <-ctx.Done():
				return
			}
		}
	}()
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
		for {
			cur, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			if err := sum.add(cur, w); err != nil && writeErr == nil {
				writeErr = err
			}
			if opts.Progress != nil {
				opts.Progress(sum, cur.d)
			}
		}
	}
	if writeErr != nil {
		return sum, writeErr
	}
	return sum, ctx.Err()
}

func process(ctx context.Context, p Processor, d *doc.Document) (res *doc.Result, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("internal error: %v", r)
		}
	}()
	return p.Process(ctx, d)
}

func (s *Summary) add(it item, w Writer) error {
	if it.err != nil {
		f := Failure{Reason: it.err.Error()}
		if it.d != nil {
			f.ID, f.Origin = it.d.ID, it.d.Origin
			f.Reason = fmt.Sprintf("%s: %v", it.d.Origin, it.err)
		}
		s.Failures = append(s.Failures, f)
		return nil
	}
	s.Documents++
	s.Bytes += int64(len(it.d.Text))
	s.Entities += len(it.res.Entities)
	s.Meetings += len(it.res.Events)
	if err := w.Write(it.res); err != nil {
		s.Failures = append(s.Failures, Failure{ID: it.d.ID, Origin: it.d.Origin, Reason: err.Error()})
		return err
	}
	return nil
}
