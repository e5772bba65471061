// Command extract-beam runs extract's extraction on Apache Beam: the same
// records as extract -format jsonl, written as JSON Lines shards, with
// the failed documents in a dead-letter file and the meeting export.
//
// Usage:
//
//	extract-beam -input PATTERN [-input PATTERN...] -output PREFIX [flags] [beam flags]
//
// It runs on the embedded Prism runner unless -runner names another
// (dataflow, flink, spark, universal); see the README for their flags.
// The output files are PREFIX-SSSSS-of-NNNNN.jsonl,
// PREFIX-errors.jsonl and PREFIX-meetings.FORMAT. The exit status is 0
// when every document succeeded, 1 when some failed (they are in
// PREFIX-errors.jsonl) or the job failed, 2 for usage errors, among
// them an -input pattern that matches no file (checked before the job
// starts).
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/s3"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"
	"github.com/extract-news/extract/beam/extractbeam"
)

const (
	exitOK     = 0
	exitFailed = 1
	exitUsage  = 2
)

// inputs collects the repeated -input flag.
type inputs []string

func (in *inputs) String() string { return strings.Join(*in, ",") }

func (in *inputs) Set(v string) error {
	*in = append(*in, v)
	return nil
}

var (
	inputFlag  inputs
	output     = flag.String("output", "", "prefix of the output files (local path, gs://, s3://)")
	shards     = flag.Int("shards", 8, "number of record files")
	exportFlag = flag.String("export", "csv", "meeting export formats, comma-separated (csv, jsonl, graphml), or none")
	published  = flag.String("published", "", "publication date (YYYY-MM-DD or RFC 3339) for documents that have none")
	gazDir     = flag.String("gazetteers", "", "directory of extra gazetteer YAML files, loaded on top of the built-in ones")
)

func init() {
	flag.Var(&inputFlag, "input", "JSON Lines file or glob pattern (repeatable; .jsonl.gz is gunzipped)")
}

func main() {
	flag.Parse()
	beam.Init() // a worker binary stops here when a runner started it
	os.Exit(run(context.Background(), os.Stderr))
}

func run(ctx context.Context, stderr io.Writer) int {
	cfg, err := config()
	if err != nil {
		fmt.Fprintf(stderr, "extract-beam: %v\n", err)
		return exitUsage
	}
	p, s := beam.NewPipelineWithRoot()
	if err := extractbeam.Build(ctx, s, cfg); err != nil {
		fmt.Fprintf(stderr, "extract-beam: %v\n", err)
		return exitUsage
	}
	if err := extractbeam.CheckInputs(ctx, cfg.Inputs); err != nil {
		fmt.Fprintf(stderr, "extract-beam: %v\n", err)
		return exitUsage
	}
	start := time.Now()
	res, err := beamx.RunWithMetrics(ctx, p)
	if err != nil {
		slog.Error("pipeline failed", "err", err)
		return exitFailed
	}
	counts := map[string]int64{}
	if res != nil {
		for _, c := range res.Metrics().AllMetrics().Counters() {
			if c.Namespace() == "extract" {
				counts[c.Name()] += c.Result()
			}
		}
	}
	fmt.Fprintf(stderr, "extract-beam: %d documents, %d entities, %d meetings, %d errors, %.1fs\n",
		counts["documents"], counts["entities"], counts["meetings"], counts["errors"], time.Since(start).Seconds())
	if counts["errors"] > 0 {
		fmt.Fprintf(stderr, "extract-beam: failed documents are in %s\n", extractbeam.ErrorsName(cfg.Output))
		return exitFailed
	}
	return exitOK
}

// config builds the pipeline's configuration from the flags.
func config() (extractbeam.Config, error) {
	cfg := extractbeam.Config{Inputs: inputFlag, Output: *output, Shards: *shards}
	if len(cfg.Inputs) == 0 {
		return cfg, fmt.Errorf("no -input")
	}
	if cfg.Output == "" {
		return cfg, fmt.Errorf("no -output")
	}
	if *exportFlag != "none" && *exportFlag != "" {
		cfg.Export = strings.Split(*exportFlag, ",")
	}
	if *published != "" {
		t, err := parseDate(*published)
		if err != nil {
			return cfg, fmt.Errorf("-published: %w", err)
		}
		cfg.Published = t
	}
	if *gazDir != "" {
		extra, err := readGazetteers(*gazDir)
		if err != nil {
			return cfg, fmt.Errorf("-gazetteers: %w", err)
		}
		cfg.Gazetteers = extra
	}
	return cfg, nil
}

func parseDate(s string) (time.Time, error) {
	for _, layout := range []string{time.RFC3339, time.DateOnly} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("malformed date %q (want YYYY-MM-DD or RFC 3339)", s)
}

// readGazetteers reads the *.yaml files of dir, which the job carries to
// its workers.
func readGazetteers(dir string) (map[string]string, error) {
	names, err := filepath.Glob(filepath.Join(dir, "*.yaml"))
	if err != nil {
		return nil, err
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("no *.yaml files in %s", dir)
	}
	out := map[string]string{}
	for _, name := range names {
		data, err := os.ReadFile(name)
		if err != nil {
			return nil, err
		}
		out[filepath.Base(name)] = string(data)
	}
	return out, nil
}
