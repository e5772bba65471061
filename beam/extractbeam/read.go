package extractbeam

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/extract-news/extract/pipeline/doc"
	"github.com/extract-news/extract/pipeline/input"
	"github.com/extract-news/extract/pipeline/run"
)

// Counters of a run, in the namespace "extract"; cmd/extract-beam prints
// them as extract prints its summary.
var (
	documentsCounter = beam.NewCounter("extract", "documents")
	entitiesCounter  = beam.NewCounter("extract", "entities")
	meetingsCounter  = beam.NewCounter("extract", "meetings")
	errorsCounter    = beam.NewCounter("extract", "errors")
)

// matchFn expands the input patterns into files, numbered in reading
// order. A pattern that matches nothing, or cannot be listed, is a dead
// letter in its place.
type matchFn struct {
	Patterns []string
}

func (f *matchFn) ProcessElement(ctx context.Context, _ []byte, emit func(file), fail func(placed)) error {
	index := 0
	for _, pattern := range f.Patterns {
		names, err := list(ctx, pattern)
		if err == nil && len(names) == 0 {
			err = errors.New("no file matches")
		}
		if err != nil {
			errorsCounter.Inc(ctx, 1)
			fail(placed{File: index, Line: failureLine(run.Failure{Origin: pattern, Reason: pattern + ": " + err.Error()})})
			index++
			continue
		}
		for _, name := range names {
			emit(file{Index: index, Path: name})
			index++
		}
	}
	return nil
}

// list returns the files pattern matches, in name order.
func list(ctx context.Context, pattern string) ([]string, error) {
	fs, err := filesystem.New(ctx, pattern)
	if err != nil {
		return nil, err
	}
	defer fs.Close()
	names, err := fs.List(ctx, pattern)
	if err != nil {
		return nil, err
	}
	slices.Sort(names)
	return names, nil
}

// readFn reads the documents of one JSON Lines file with input.Lines.
// Malformed lines and unreadable files are dead letters.
type readFn struct {
	// Published is the default publication date in RFC 3339, or "".
	Published string

	opts input.Options
}

func (f *readFn) Setup() error {
	if f.Published != "" {
		t, err := time.Parse(time.RFC3339Nano, f.Published)
		if err != nil {
			return fmt.Errorf("published: %w", err)
		}
		f.opts.Published = t
	}
	return nil
}

func (f *readFn) ProcessElement(ctx context.Context, in file, emit func(document), fail func(placed)) error {
	seq := 0
	deadLetter := func(fl run.Failure) {
		errorsCounter.Inc(ctx, 1)
		fail(placed{File: in.Index, Seq: seq, Line: failureLine(fl)})
		seq++
	}
	fs, err := filesystem.New(ctx, in.Path)
	if err != nil {
		deadLetter(run.Failure{Origin: in.Path, Reason: fmt.Sprintf("%s: %v", in.Path, err)})
		return nil
	}
	defer fs.Close()
	rc, err := fs.OpenRead(ctx, in.Path)
	if err != nil {
		deadLetter(run.Failure{Origin: in.Path, Reason: fmt.Sprintf("%s: %v", in.Path, err)})
		return nil
	}
	defer rc.Close()
	for d, err := range input.Lines(ctx, in.Path, rc, f.opts) {
		if err != nil {
			if ctx.Err() != nil {
				return err
			}
			if errors.Is(err, input.ErrEmpty) {
				// As extract does (without -strict): a warning, not a
				// failure of the job.
				slog.Warn("empty document skipped", "origin", inputFailure(err).Origin)
				continue
			}
			deadLetter(inputFailure(err))
			continue
		}
		emit(fromDocument(in.Index, seq, d))
		seq++
	}
	return nil
}

// inputFailure describes an error of the input package as extract's
// -errors file does.
func inputFailure(err error) run.Failure {
	f := run.Failure{Reason: err.Error()}
	var o interface {
		Origin() string
		DocumentID() string
	}
	if errors.As(err, &o) {
		f.ID, f.Origin = o.DocumentID(), o.Origin()
	}
	return f
}

// failureLine encodes f as a line of extract's -errors file.
func failureLine(f run.Failure) string {
	b, err := json.Marshal(f)
	if err != nil {
		panic(err) // three strings always encode
	}
	return string(b) + "\n"
}

func fromDocument(fileIndex, seq int, d *doc.Document) document {
	e := document{
		File: fileIndex, Seq: seq,
		ID: d.ID, Title: d.Title, Text: d.Text, URL: d.URL, Source: d.Source, Origin: d.Origin,
		Size: d.Size, Warnings: d.Warnings,
	}
	if !d.Published.IsZero() {
		e.Published = d.Published.Format(time.RFC3339Nano)
	}
	return e
}

func (e document) toDocument() (*doc.Document, error) {
	d := &doc.Document{
		ID: e.ID, Title: e.Title, Text: e.Text, URL: e.URL, Source: e.Source, Origin: e.Origin,
		Size: e.Size, Warnings: e.Warnings,
	}
	if e.Published != "" {
		t, err := time.Parse(time.RFC3339Nano, e.Published)
		if err != nil {
			return nil, fmt.Errorf("%s: published: %w", e.Origin, err)
		}
		d.Published = t
	}
	return d, nil
}

// comparePlaced orders by place in the input.
func comparePlaced(p, q placed) int {
	return cmp.Or(cmp.Compare(p.File, q.File), cmp.Compare(p.Seq, q.Seq))
}
