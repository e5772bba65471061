package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/extract-news/extract/pipeline/dataset"
	"github.com/extract-news/extract/pipeline/export"
	"github.com/extract-news/extract/pipeline/output"
)

// exportCmd implements "extract export": the meetings of a run as CSV,
// JSON Lines or GraphML.
func exportCmd(args []string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("export", flag.ContinueOnError)
	fl.SetOutput(stderr)
	var (
		format   = fl.String("format", "csv", "output format: "+strings.Join(export.Formats, ", "))
		out      = fl.String("o", "", "write to this file instead of standard output")
		perEvent = fl.Bool("reports", false, "one record per report or reference, without merging the same meeting across documents")
	)
	fl.Usage = func() {
		fmt.Fprint(stderr, "usage: extract export [-format csv|jsonl|graphml] [-reports] [-o FILE] [DIR]\n\n"+
			"Writes the meetings of a run, one record per meeting (reports of one meeting in several\n"+
			"documents, and later references to it, merged), or the who-met-whom network. DIR is the YAML output directory of a run\n"+
			"(default out/) or the file of a -format jsonl run.\n\nflags:\n")
		fl.PrintDefaults()
	}
	if err := fl.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitUsage
	}
	dir, ok := resultsArg(fl, stderr)
	if !ok {
		return exitUsage
	}
	if err := export.Write(io.Discard, *format, nil); err != nil {
		fmt.Fprintf(stderr, "extract export: -format: %v\n", err)
		return exitUsage
	}
	results, err := dataset.Load(dir)
	if err != nil {
		fmt.Fprintf(stderr, "extract export: %v\n", err)
		return exitFailed
	}
	ms := dataset.Build(results)
	if *perEvent {
		ms = dataset.BuildReports(results)
	}
	if *out == "" || *out == "-" {
		if err := export.Write(stdout, *format, ms); err != nil {
			fmt.Fprintf(stderr, "extract export: %v\n", err)
			return exitFailed
		}
		return exitOK
	}
	var buf strings.Builder
	if err := export.Write(&buf, *format, ms); err != nil {
		fmt.Fprintf(stderr, "extract export: %v\n", err)
		return exitFailed
	}
	if err := output.WriteFile(*out, []byte(buf.String())); err != nil {
		fmt.Fprintf(stderr, "extract export: %v\n", err)
		return exitFailed
	}
	return exitOK
}

// resultsArg returns the one optional DIR argument of fl (default out).
func resultsArg(fl *flag.FlagSet, stderr io.Writer) (string, bool) {
	switch fl.NArg() {
	case 0:
		return "out", true
	case 1:
		if _, err := os.Stat(fl.Arg(0)); err != nil {
			fmt.Fprintf(stderr, "extract %s: %v\n", fl.Name(), err)
			return "", false
		}
		return fl.Arg(0), true
	}
	fmt.Fprintf(stderr, "extract %s: want at most one DIR, got %d arguments\n", fl.Name(), fl.NArg())
	fl.Usage()
	return "", false
}
