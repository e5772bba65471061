// Command extract reads Arabic news and records who met whom, where and
// when, as one YAML file per document (or JSON Lines).
//
// Usage:
//
//	extract [flags] [PATH...]          extract (default PATH: seeds/)
//	extract gazetteer check [-gazetteers DIR]
//	extract gazetteer coverage|suggest [flags] [PATH...]
//	extract lexicon check [-lexicon DIR]
//	extract eval -gold GOLD.yaml [-out DIR | PATH...] [-v] [-json]
//	extract eval -conll FILE
//	extract export [-format csv|jsonl|graphml] [-reports] [-dyads] [-o FILE] [DIR]
//	extract report -o FILE [-all] [-text PATH]... [DIR]
//	extract review [-addr HOST:PORT] [-text PATH]... [DIR]
//	extract help [COMMAND]
//	extract version
//
// Flags may follow the paths. Run "extract -h" for the commands and
// flags, "extract help COMMAND" for those of a command.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"time"

	"github.com/extract-news/extract/gazetteers"
	"github.com/extract-news/extract/pipeline"
	"github.com/extract-news/extract/pipeline/gazetteer"
	"github.com/extract-news/extract/pipeline/input"
	"github.com/extract-news/extract/pipeline/output"
	"github.com/extract-news/extract/pipeline/run"
)

// Exit statuses.
const (
	exitOK      = 0
	exitFailed  = 1 // some documents failed
	exitUsage   = 2 // usage or configuration error
	defaultPath = "seeds"
)

// gcPercent is the garbage collector's target when GOGC is not set. The
// live heap is small (about 10 MB over the ANT corpus) and allocation
// heavy, so collecting less often saves CPU (on two cores, where idle
// time goes to the collector's mark workers, much more than on one) for
// some tens of MB of memory.
const gcPercent = 400

func main() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(gcPercent)
	}
	os.Exit(Main(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// Main runs the command with args and returns the exit status.
func Main(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		switch args[0] {
		case "gazetteer":
			return gazetteerCmd(args[1:], stdin, stdout, stderr)
		case "lexicon":
			return lexiconCmd(args[1:], stdout, stderr)
		case "eval":
			return evalCmd(args[1:], stdin, stdout, stderr)
		case "export":
			return exportCmd(args[1:], stdout, stderr)
		case "report":
			return reportCmd(args[1:], stdin, stdout, stderr)
		case "review":
			return reviewCmd(args[1:], stdin, stdout, stderr)
		case "help":
			return helpCmd(args[1:], stdin, stdout, stderr)
		case "version":
			return versionCmd(args[1:], stdout, stderr)
		}
	}
	return extractCmd(args, stdin, stdout, stderr)
}

func loadGazetteers(dir string) (*gazetteer.Compiled, error) {
	if dir == "" {
		return pipeline.LoadGazetteers(gazetteers.FS)
	}
	if _, err := os.Stat(dir); err != nil {
		return nil, fmt.Errorf("gazetteers: %w", err)
	}
	return pipeline.LoadGazetteers(gazetteers.FS, regularFS{os.DirFS(dir), dir})
}

// extractCmd implements extract without a command: the results of the
// documents of PATH... as YAML files or JSON Lines.
func extractCmd(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("extract", flag.ContinueOnError)
	fl.SetOutput(stderr)
	var outDir string
	outputFlag(fl, &outDir, "out", "output directory for YAML files, or the file for -format jsonl (standard output unless given); - is standard output: a YAML stream, or JSON Lines")
	pipe := addPipelineFlags(fl, "")
	var (
		format    = fl.String("format", "yaml", "output format: yaml (one file per document) or jsonl")
		quiet     = fl.Bool("quiet", false, "print nothing but errors")
		errorsOut = fl.String("errors", "", "write failed documents to this file as JSON Lines")
		resume    = fl.Bool("resume", false, "skip documents whose output is already complete (an interrupted run continues)")
		strict    = fl.Bool("strict", false, "count empty documents as failures (exit status 1) instead of warnings")
		showVer   = fl.Bool("version", false, "print the version and exit")
	)
	limits := addLimitFlags(fl)
	fl.Usage = func() { extractUsage(stderr, fl) }
	if err := parseArgs(fl, args); err != nil {
		return usageStatus(err)
	}
	if *showVer {
		writeVersion(stdout)
		return exitOK
	}
	outSet := isSet(fl, "o", "out")
	opts, err := pipe.inputs(stdin)
	if err != nil {
		return fail(stderr, "extract", err, exitUsage)
	}
	limits.apply(fl, &opts)
	paths := pathsOr(fl)
	if err := preflight(*format, outDir, *errorsOut, paths); err != nil {
		return fail(stderr, "extract", err, exitUsage)
	}
	g, err := pipe.load()
	if err != nil {
		return fail(stderr, "extract", err, exitUsage)
	}
	out, err := openOutput(*format, outDir, outSet, *resume, stdout)
	if err != nil {
		return fail(stderr, "extract", err, exitUsage)
	}
	defer out.close()
	ctx, stop := interruptible()
	defer stop()
	context.AfterFunc(ctx, stop) // a second signal kills at once
	start := time.Now()
	x := pipeline.New(g)
	bar := newProgress(stderr, paths, *quiet)
	empties := &emptyDocs{strict: *strict}
	sum, err := run.Run(ctx, empties.filter(input.Documents(ctx, paths, opts)), guardGC(x, os.Getenv("GOGC")), out.w, run.Options{Workers: pipe.workers, Skip: out.skip, Progress: bar.hook()})
	bar.finish()
	if cerr := out.flush(); cerr != nil {
		if err == nil {
			err = cerr
		} else {
			fmt.Fprintf(stderr, "extract: %v\n", cerr)
		}
	}
	if !*quiet {
		empties.report(stderr, "extract")
	}
	for _, f := range sum.Failures {
		fmt.Fprintf(stderr, "extract: %s\n", f.Reason)
	}
	errorsLost := false // the -errors file could not be written
	if *errorsOut != "" {
		if werr := writeFailures(*errorsOut, sum.Failures); werr != nil {
			fmt.Fprintf(stderr, "extract: %v\n", werr)
			errorsLost = true
		}
	}
	interrupted := ctx.Err() != nil && errors.Is(err, context.Canceled)
	if !*quiet {
		fmt.Fprintf(stderr, "extract: %d documents, %d entities, %d meetings, %d errors, %.1fs%s%s\n",
			sum.Documents, sum.Entities, sum.Meetings, len(sum.Failures), time.Since(start).Seconds(), empties.note(), summaryNote(sum, interrupted))
	}
	switch {
	case interrupted:
		fmt.Fprintln(stderr, "extract: interrupted; run again with -resume to continue")
		return exitInterrupted
	case err != nil:
		fmt.Fprintf(stderr, "extract: %v\n", err)
		return exitFailed
	case len(sum.Failures) > 0 || errorsLost:
		return exitFailed
	}
	return exitOK
}

// inputOptions builds the input options from the -published flag.
func inputOptions(published string, stdin io.Reader) (input.Options, error) {
	opts := input.Options{Stdin: stdin}
	if published != "" {
		t, err := parseDate(published)
		if err != nil {
			return opts, fmt.Errorf("-published: %w", err)
		}
		opts.Published = t
	}
	return opts, nil
}

func parseDate(s string) (time.Time, error) {
	for _, layout := range []string{time.RFC3339, "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("malformed date %q (want YYYY-MM-DD or RFC 3339)", s)
}

func writeFailures(path string, fs []run.Failure) error {
	var buf []byte
	for _, f := range fs {
		line, err := json.Marshal(f)
		if err != nil {
			return err
		}
		buf = append(append(buf, line...), '\n')
	}
	return output.WriteFile(path, buf)
}
