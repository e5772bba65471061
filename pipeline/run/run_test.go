package run_test

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/extract-news/extract/pipeline/doc"
	"github.com/extract-news/extract/pipeline/run"
)

// proc is a Processor driven by the document text: "fail" fails, "panic"
// panics, and anything else succeeds with one entity per character.
type proc struct {
	// block, when set, is called before a document is processed.
	block func(d *doc.Document)
}

func (p proc) Process(ctx context.Context, d *doc.Document) (*doc.Result, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if p.block != nil {
		p.block(d)
	}
	switch d.Text {
	case "fail":
		return nil, errors.New("cannot")
	case "panic":
		panic("boom")
	}
	return &doc.Result{Document: doc.Meta{ID: d.ID}, Entities: make([]doc.Entity, len(d.Text))}, nil
}

// writer records the ids written; it fails on the id failAt.
type writer struct {
	ids    []string
	failAt string
}

func (w *writer) Write(r *doc.Result) error {
	if r.Document.ID == w.failAt {
		return errors.New("disk full")
	}
	w.ids = append(w.ids, r.Document.ID)
	return nil
}

// inputErr is an input error that knows its origin, as the input
// package's errors do.
type inputErr struct{ origin, id string }

func (e inputErr) Error() string      { return e.origin + ": bad line" }
func (e inputErr) Origin() string     { return e.origin }
func (e inputErr) DocumentID() string { return e.id }

// docs yields n documents d0, d1, … whose text is text(i); text(i) ""
// yields an input error instead. yielded counts the values taken (Run
// may return while docs is still running, hence the atomic).
func docs(n int, text func(i int) string, yielded *atomic.Int64) iter.Seq2[*doc.Document, error] {
	return func(yield func(*doc.Document, error) bool) {
		for i := range n {
			if yielded != nil {
				yielded.Add(1)
			}
			id := fmt.Sprintf("d%d", i)
			t := text(i)
			var ok bool
			if t == "" {
				ok = yield(nil, inputErr{origin: fmt.Sprintf("in:%d", i), id: id})
			} else {
				ok = yield(&doc.Document{ID: id, Text: t, Origin: fmt.Sprintf("in:%d", i)}, nil)
			}
			if !ok {
				return
			}
		}
	}
}

// mixed gives every 7th item an input error, every 5th document a
// failure and every 11th a panic.
func mixed(i int) string {
	switch {
	case i%7 == 3:
		return ""
	case i%5 == 4:
		return "fail"
	case i%11 == 10:
		return "panic"
	}
	return strings.Repeat("x", i%3+1)
}

func TestRun(t *testing.T) {
	const n = 200
	var wantIDs []string
	var wantFail []run.Failure
	entities := 0
	for i := range n {
		id := fmt.Sprintf("d%d", i)
		switch s := mixed(i); s {
		case "":
			wantFail = append(wantFail, run.Failure{ID: id, Origin: fmt.Sprintf("in:%d", i), Reason: fmt.Sprintf("in:%d: bad line", i)})
		case "fail":
			wantFail = append(wantFail, run.Failure{ID: id, Origin: fmt.Sprintf("in:%d", i), Reason: fmt.Sprintf("in:%d: cannot", i)})
		case "panic":
			wantFail = append(wantFail, run.Failure{ID: id, Origin: fmt.Sprintf("in:%d", i), Reason: fmt.Sprintf("in:%d: internal error: boom", i)})
		default:
			wantIDs = append(wantIDs, id)
			entities += len(s)
		}
	}
	for _, workers := range []int{0, 1, 2, 8} {
		t.Run(fmt.Sprint("workers=", workers), func(t *testing.T) {
			w := &writer{}
			progress := 0
			sum, err := run.Run(context.Background(), docs(n, mixed, nil), proc{}, w, run.Options{
				Workers:  workers,
				Progress: func(*run.Summary, *doc.Document) { progress++ },
			})
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(w.ids, wantIDs) {
				t.Errorf("written %v, want %v", w.ids, wantIDs)
			}
			if !slices.Equal(sum.Failures, wantFail) {
				t.Errorf("failures\n%v\nwant\n%v", sum.Failures, wantFail)
			}
			if sum.Documents != len(wantIDs) || sum.Entities != entities || progress != n {
				t.Errorf("documents %d, entities %d, progress calls %d; want %d, %d, %d",
					sum.Documents, sum.Entities, progress, len(wantIDs), entities, n)
			}
		})
	}
}

func TestSkip(t *testing.T) {
	var mu sync.Mutex
	asked := map[string]bool{}
	skip := func(d *doc.Document) bool {
		mu.Lock()
		defer mu.Unlock()
		asked[d.ID] = true
		return d.ID[len(d.ID)-1]%2 == 0 // d0, d2, …
	}
	w := &writer{}
	progress := 0
	sum, err := run.Run(context.Background(), docs(20, mixed, nil), proc{}, w, run.Options{
		Workers: 3, Skip: skip,
		Progress: func(*run.Summary, *doc.Document) { progress++ },
	})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"d1", "d5", "d7", "d11", "d13", "d15"} // odd, neither failing nor an input error
	if !slices.Equal(w.ids, want) {
		t.Errorf("written %v, want %v", w.ids, want)
	}
	if sum.Skipped != 9 || progress != 20 {
		t.Errorf("skipped %d, progress calls %d; want 9, 20", sum.Skipped, progress)
	}
	if asked["d3"] || asked["d17"] {
		t.Errorf("Skip asked about input errors: %v", asked)
	}
}

// TestWriteError checks that a failed write stops the run: nothing after
// it is written, and the input is not read to its end.
func TestWriteError(t *testing.T) {
	w := &writer{failAt: "d10"}
	var yielded atomic.Int64
	sum, err := run.Run(context.Background(), docs(100000, func(int) string { return "x" }, &yielded), proc{}, w, run.Options{Workers: 2})
	if err == nil || !strings.Contains(err.Error(), "in:10: disk full") {
		t.Fatalf("error %v, want in:10: disk full", err)
	}
	if len(w.ids) != 10 || w.ids[9] != "d9" {
		t.Errorf("written %v, want d0 … d9", w.ids)
	}
	if last := sum.Failures[len(sum.Failures)-1]; len(sum.Failures) != 1 || last.ID != "d10" {
		t.Errorf("failures %v, want only d10", sum.Failures)
	}
	if yielded.Load() == 100000 {
		t.Error("the whole input was read after the write error")
	}
}

// prefix checks that ids are d0, d1, … d(len-1).
func prefix(t *testing.T, ids []string) {
	t.Helper()
	for i, id := range ids {
		if id != fmt.Sprintf("d%d", i) {
			t.Fatalf("written %v: not a prefix of the input", ids)
		}
	}
}

// TestCancel cancels a run after some documents are written: the run
// stops, no document fails because of the cancellation, and what was
// written is a prefix of the input.
func TestCancel(t *testing.T) {
	for _, workers := range []int{1, 4} {
		ctx, cancel := context.WithCancel(context.Background())
		w := &writer{}
		sum, err := run.Run(ctx, docs(100000, func(int) string { return "x" }, nil), proc{}, w, run.Options{
			Workers: workers,
			Progress: func(s *run.Summary, _ *doc.Document) {
				if s.Documents == 20 {
					cancel()
				}
			},
		})
		cancel()
		if !errors.Is(err, context.Canceled) {
			t.Errorf("workers=%d: error %v, want context.Canceled", workers, err)
		}
		if len(w.ids) < 20 || len(w.ids) > 1000 || len(sum.Failures) > 0 {
			t.Errorf("workers=%d: %d written, failures %v; want at least 20, soon stopped, no failures", workers, len(w.ids), sum.Failures)
		}
		prefix(t, w.ids)
	}
}

// TestCancelInFlight cancels while a document is being processed: Run
// waits for it to finish, and what it wrote is a prefix of the input
// (the document itself is written if every one before it was finished).
func TestCancelInFlight(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	started, gate := make(chan struct{}), make(chan struct{})
	var finished atomic.Bool
	p := proc{block: func(d *doc.Document) {
		if d.ID == "d30" {
			close(started)
			<-gate
			finished.Store(true)
		}
	}}
	go func() {
		<-started
		cancel()
		close(gate)
	}()
	w := &writer{}
	sum, err := run.Run(ctx, docs(100000, func(int) string { return "x" }, nil), p, w, run.Options{Workers: 4})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("error %v, want context.Canceled", err)
	}
	if !finished.Load() {
		t.Error("Run returned before the document in flight was finished")
	}
	if len(w.ids) > 1000 || len(sum.Failures) > 0 {
		t.Errorf("%d written, failures %v; want a run stopped soon, no failures", len(w.ids), sum.Failures)
	}
	prefix(t, w.ids)
}

// TestCancelBlockedInput cancels a run whose input blocks (standard input
// with no writer, say): Run returns all the same.
func TestCancelBlockedInput(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	never := make(chan struct{})
	defer close(never)
	in := func(yield func(*doc.Document, error) bool) {
		for i := range 3 {
			if !yield(&doc.Document{ID: fmt.Sprintf("d%d", i), Text: "x"}, nil) {
				return
			}
		}
		<-never
	}
	w := &writer{}
	_, err := run.Run(ctx, in, proc{}, w, run.Options{
		Workers: 2,
		Progress: func(s *run.Summary, _ *doc.Document) {
			if s.Documents == 3 {
				cancel()
			}
		},
	})
	if !errors.Is(err, context.Canceled) || len(w.ids) != 3 {
		t.Errorf("error %v, written %v; want context.Canceled after d0 … d2", err, w.ids)
	}
}

// encoder is a writer that encodes in the workers: it counts the Encode
// calls (concurrently) and records the ids written, in order. It cannot
// encode a result with exactly two entities.
type encoder struct {
	writer
	encoded atomic.Int64
}

func (e *encoder) Encode(r *doc.Result) ([]byte, error) {
	e.encoded.Add(1)
	if len(r.Entities) == 2 {
		return nil, errors.New("cannot encode")
	}
	return []byte(r.Document.ID), nil
}

func (e *encoder) WriteEncoded(r *doc.Result, data []byte) error {
	if string(data) != r.Document.ID {
		return fmt.Errorf("encoded %q, want %q", data, r.Document.ID)
	}
	e.ids = append(e.ids, string(data))
	return nil
}

func TestEncoder(t *testing.T) {
	const n = 100
	text := func(i int) string { return strings.Repeat("x", i%3+1) } // 1, 2 or 3 entities
	var want []string
	var failed int
	for i := range n {
		if len(text(i)) == 2 {
			failed++
			continue
		}
		want = append(want, fmt.Sprintf("d%d", i))
	}
	e := &encoder{}
	sum, err := run.Run(context.Background(), docs(n, text, nil), proc{}, e, run.Options{Workers: 4})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(e.ids, want) {
		t.Errorf("written %v, want %v", e.ids, want)
	}
	if got := e.encoded.Load(); got != n {
		t.Errorf("Encode called %d times, want %d", got, n)
	}
	if len(sum.Failures) != failed || sum.Documents != len(want) {
		t.Errorf("%d failures, %d documents; want %d, %d", len(sum.Failures), sum.Documents, failed, len(want))
	}
}

// TestCancelAbandons cancels while a document is being processed by a
// stage that never looks at the context: Run returns without it (it is
// not written, nor anything after it), though it never finishes.
func TestCancelAbandons(t *testing.T) {
	tests := []struct {
		name    string
		workers int
	}{{"one worker", 1}, {"four workers", 4}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			started, forever := make(chan struct{}), make(chan struct{})
			defer close(forever)
			p := proc{block: func(d *doc.Document) {
				if d.ID == "d30" {
					close(started)
					<-forever
				}
			}}
			go func() {
				<-started
				cancel()
			}()
			w := &writer{}
			_, err := run.Run(ctx, docs(100000, func(int) string { return "x" }, nil), p, w, run.Options{Workers: tt.workers})
			if !errors.Is(err, context.Canceled) {
				t.Errorf("error %v, want context.Canceled", err)
			}
			if len(w.ids) > 30 {
				t.Errorf("%d written, want at most the 30 before the abandoned document", len(w.ids))
			}
			prefix(t, w.ids)
		})
	}
}

// TestWindow holds the first document up: the others taken meanwhile stay
// within a few per worker, instead of the workers running ahead and their
// results waiting, unwritten, without limit.
func TestWindow(t *testing.T) {
	for _, workers := range []int{1, 4} {
		var ahead, atRelease atomic.Int64
		p := proc{block: func(d *doc.Document) {
			if d.ID == "d0" {
				time.Sleep(50 * time.Millisecond)
				atRelease.Store(ahead.Load())
				return
			}
			ahead.Add(1)
		}}
		w := &writer{}
		if _, err := run.Run(context.Background(), docs(2000, func(int) string { return "x" }, nil), p, w, run.Options{Workers: workers}); err != nil {
			t.Fatal(err)
		}
		if len(w.ids) != 2000 {
			t.Errorf("workers=%d: %d written, want 2000", workers, len(w.ids))
		}
		if n := atRelease.Load(); n > int64(4*workers) {
			t.Errorf("workers=%d: %d documents processed while the first waited, want at most %d", workers, n, 4*workers)
		}
	}
}
