package main

import (
	"errors"
	"fmt"
	"io"
	"iter"
	"sync"

	"github.com/extract-news/extract/pipeline/doc"
	"github.com/extract-news/extract/pipeline/input"
)

// emptyDocs takes the empty documents (input.ErrEmpty) out of a run's
// input and keeps them as warnings, so that a corpus with a few empty
// articles still exits 0; with strict they stay failures.
type emptyDocs struct {
	strict bool

	mu       sync.Mutex
	warnings []string // the errors, in input order
}

// filter returns docs without the empty documents (all of docs when
// strict). The run reads it from its own goroutine.
func (e *emptyDocs) filter(docs iter.Seq2[*doc.Document, error]) iter.Seq2[*doc.Document, error] {
	if e.strict {
		return docs
	}
	return func(yield func(*doc.Document, error) bool) {
		for d, err := range docs {
			if err != nil && errors.Is(err, input.ErrEmpty) {
				e.mu.Lock()
				e.warnings = append(e.warnings, err.Error())
				e.mu.Unlock()
				continue
			}
			if !yield(d, err) {
				return
			}
		}
	}
}

// report writes one warning line per empty document, each starting
// with prefix ("extract").
func (e *emptyDocs) report(w io.Writer, prefix string) {
	e.mu.Lock()
	defer e.mu.Unlock()
	for _, msg := range e.warnings {
		fmt.Fprintf(w, "%s: warning: %s (skipped; -strict makes it an error)\n", prefix, msg)
	}
}

// note is what the summary line adds for the empty documents.
func (e *emptyDocs) note() string {
	e.mu.Lock()
	defer e.mu.Unlock()
	if len(e.warnings) == 0 {
		return ""
	}
	return fmt.Sprintf(", %d empty skipped", len(e.warnings))
}
