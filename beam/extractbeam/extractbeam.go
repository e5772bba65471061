// Package extractbeam runs extract's per-document core on Apache Beam, so
// an archive too large for one machine is processed by a distributed
// engine: Prism in-process, Dataflow, Flink or Spark.
//
// The pipeline Build adds reads JSON Lines files (on any file system
// registered with Beam's filesystem package: local files always, gs://
// and s3:// in cmd/extract-beam), spreads the files over the workers,
// reads each file as input.Lines does, makes duplicate ids unique as
// extract does (grouped by input.Family, so in parallel), runs
// pipeline.Extractor.Process on each document in a ParDo and writes
//
//	OUTPUT-SSSSS-of-NNNNN.jsonl  the records, as extract -format jsonl writes them
//	OUTPUT-errors.jsonl          the dead letters, as extract -errors writes them
//	OUTPUT-meetings.FORMAT       the meeting export (extract export), per format
//
// The meeting export finds the reports of one meeting across documents
// as extract export does, with its identity step as a keyed group: by
// pair of participants (dataset.PairKeys, dataset.Group), the clusters
// assembled on one worker (dataset.Assemble).
// A record goes to the shard its id hashes to; each shard and the dead
// letters are in input order, so the same input gives the same files.
// Documents that fail (unreadable files, malformed lines, a document
// whose processing panics) go to the dead letters with their reason and
// the job goes on. Concatenated and sorted, the shards are byte for byte
// the lines extract -format jsonl writes for the same inputs.
package extractbeam

import (
	"context"
	"errors"
	"fmt"
	"io"
	"reflect"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local" // local files always
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/extract-news/extract/pipeline/export"
)

// Config says what a pipeline reads and writes.
type Config struct {
	// Inputs are JSON Lines files (gzipped or not) or glob patterns, in
	// reading order; the files a pattern matches are read in name order.
	Inputs []string
	// Output is the prefix of the output files (see the package
	// documentation).
	Output string
	// Shards is the number of record files; each holds the records whose
	// ids hash to it and is sorted in memory by one worker.
	Shards int
	// Export lists the formats of the meeting export (export.Formats);
	// none is written when it is empty.
	Export []string
	// Published is the publication date of documents that have none; the
	// zero Time for none.
	Published time.Time
	// Gazetteers holds extra gazetteer files, name to content, loaded
	// over the built-in lists as extract -gazetteers loads a directory.
	Gazetteers map[string]string
}

// ShardName returns the name of record shard i of n.
func ShardName(prefix string, i, n int) string {
	return fmt.Sprintf("%s-%05d-of-%05d.jsonl", prefix, i, n)
}

// ErrorsName returns the name of the dead-letter file.
func ErrorsName(prefix string) string { return prefix + "-errors.jsonl" }

// MeetingsName returns the name of the meeting export in format.
func MeetingsName(prefix, format string) string { return prefix + "-meetings." + format }

// check validates c before a pipeline is built from it: the inputs' and
// the output's file systems must be registered, the formats known and the
// gazetteers valid.
func (c Config) check(ctx context.Context) error {
	if len(c.Inputs) == 0 {
		return errors.New("no inputs")
	}
	if c.Output == "" {
		return errors.New("no output prefix")
	}
	if c.Shards < 1 {
		return fmt.Errorf("shards: want at least 1, got %d", c.Shards)
	}
	for _, p := range append([]string{c.Output}, c.Inputs...) {
		fs, err := filesystem.New(ctx, p)
		if err != nil {
			return err
		}
		fs.Close()
	}
	for _, f := range c.Export {
		if err := export.Write(io.Discard, f, nil); err != nil {
			return fmt.Errorf("export: %w", err)
		}
	}
	if _, err := loadGazetteers(c.Gazetteers); err != nil {
		return fmt.Errorf("gazetteers: %w", err)
	}
	return nil
}

// Build adds the extraction pipeline configured by c to s. It checks c
// first (the gazetteers are compiled once here, so that a broken list
// fails before a job is submitted) and returns an error naming the
// problem.
func Build(ctx context.Context, s beam.Scope, c Config) error {
	if err := c.check(ctx); err != nil {
		return err
	}
	s = s.Scope("extract")
	published := ""
	if !c.Published.IsZero() {
		published = c.Published.Format(time.RFC3339Nano)
	}

	files, matchFailed := beam.ParDo2(s, &matchFn{Patterns: c.Inputs}, beam.Impulse(s))
	files = beam.Reshuffle(s, files)
	docs, readFailed := beam.ParDo2(s, &readFn{Published: published}, files)
	families := beam.GroupByKey(s, beam.ParDo(s, familyKey, docs))
	unique := beam.ParDo(s, makeUnique, families)
	records, processFailed, meetings := beam.ParDo3(s,
		&processFn{Gazetteers: c.Gazetteers, Shards: c.Shards, Meetings: len(c.Export) > 0}, unique)

	shards := beam.ParDo(s, &shardsFn{N: c.Shards}, beam.Impulse(s))
	beam.ParDo0(s, &writeShardFn{Prefix: c.Output, N: c.Shards}, beam.CoGroupByKey(s, shards, records))
	failed := beam.Flatten(s, matchFailed, readFailed, processFailed)
	beam.ParDo0(s, &writeErrorsFn{Path: ErrorsName(c.Output)}, beam.Impulse(s), beam.SideInput{Input: failed})
	if len(c.Export) > 0 {
		clusters := beam.ParDo(s, groupPair, beam.GroupByKey(s, beam.ParDo(s, pairKeys, meetings)))
		beam.ParDo0(s, &exportFn{Prefix: c.Output, Formats: c.Export}, beam.Impulse(s),
			beam.SideInput{Input: meetings}, beam.SideInput{Input: clusters})
	}
	return nil
}

// file is one input file and its place among all of them.
type file struct {
	Index int
	Path  string
}

// document is a document between the stages: the fields of doc.Document
// in types Beam encodes, and its place in the input.
type document struct {
	File, Seq                            int
	ID, Title, Text, URL, Source, Origin string
	// Published is in RFC 3339 with nanoseconds; "" when unknown.
	Published string
	Size      int64
	Warnings  []string
}

// placed is one line of output (a record, a dead letter, a meeting's
// document) and the place in the input it comes from.
type placed struct {
	File, Seq int
	Line      string
}

func init() {
	beam.RegisterType(reflect.TypeFor[file]())
	beam.RegisterType(reflect.TypeFor[document]())
	beam.RegisterType(reflect.TypeFor[placed]())

	register.DoFn4x1[context.Context, []byte, func(file), func(placed), error](&matchFn{})
	register.DoFn4x1[context.Context, file, func(document), func(placed), error](&readFn{})
	register.Function1x2(familyKey)
	register.Function3x0(makeUnique)
	register.DoFn5x1[context.Context, document, func(int, placed), func(placed), func(placed), error](&processFn{})
	register.DoFn2x0[[]byte, func(int, bool)](&shardsFn{})
	register.DoFn4x1[context.Context, int, func(*bool) bool, func(*placed) bool, error](&writeShardFn{})
	register.DoFn3x1[context.Context, []byte, func(*placed) bool, error](&writeErrorsFn{})
	register.DoFn4x1[context.Context, []byte, func(*placed) bool, func(*string) bool, error](&exportFn{})
	register.Function2x1(pairKeys)
	register.Function4x1(groupPair)

	register.Emitter1[file]()
	register.Emitter1[document]()
	register.Emitter1[placed]()
	register.Emitter2[int, placed]()
	register.Emitter2[int, bool]()
	register.Emitter2[string, placed]()
	register.Emitter1[string]()
	register.Iter1[document]()
	register.Iter1[placed]()
	register.Iter1[bool]()
	register.Iter1[string]()
}
