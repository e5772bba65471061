package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/extract-news/extract/pipeline/dataset"
	"github.com/extract-news/extract/pipeline/export"
	"github.com/extract-news/extract/pipeline/results"
)

// exportCmd implements "extract export": the meetings of a run as CSV,
// JSON Lines or GraphML.
func exportCmd(args []string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("export", flag.ContinueOnError)
	fl.SetOutput(stderr)
	var (
		format   = fl.String("format", "csv", "output format: "+strings.Join(export.Formats, ", "))
		perEvent = fl.Bool("reports", false, "one record per report or reference, without merging the same meeting across documents")
		dyads    = fl.Bool("dyads", false, "one row per directed pair of actors (source, target, CAMEO, root code, Goldstein), as ICEWS and Phoenix; csv or jsonl")
		out      string
	)
	outputFlag(fl, &out, "", "write to this file instead of standard output")
	fl.Usage = func() {
		fmt.Fprint(stderr, "usage: extract export [-format csv|jsonl|graphml] [-reports] [-dyads] [-o FILE] [DIR]\n\n"+
			"Writes the meetings of a run, one record per meeting (reports of one meeting in several\n"+
			"documents, and later references to it, merged; -reports: one per report) or per directed\n"+
			"dyad, or the who-met-whom network. DIR is the YAML output directory of a run (default out/)\n"+
			"or the file of a -format jsonl run. The cameo column is a string (043): read it as one\n"+
			"(pandas: dtype={'cameo': str}).\n\nflags:\n")
		fl.PrintDefaults()
	}
	if err := parseArgs(fl, args); err != nil {
		return usageStatus(err)
	}
	write := export.Write
	if *dyads {
		write = export.WriteDyads
	}
	dir, ok := resultsArg(fl, stderr)
	if !ok {
		return exitUsage
	}
	if err := write(io.Discard, *format, nil); err != nil {
		fmt.Fprintf(stderr, "extract export: -format: %v\n", err)
		return exitUsage
	}
	if out != "" && out != "-" {
		if err := checkResultsOutput("-o", out, []string{dir}); err != nil {
			fmt.Fprintf(stderr, "extract export: %v\n", err)
			return exitUsage
		}
	}
	rs, err := results.Load(context.Background(), dir)
	if err != nil {
		fmt.Fprintf(stderr, "extract export: %v\n", err)
		return exitFailed
	}
	ms := dataset.Build(rs)
	if *perEvent {
		ms = dataset.BuildReports(rs)
	}
	if out == "" || out == "-" {
		if err := write(stdout, *format, ms); err != nil {
			fmt.Fprintf(stderr, "extract export: %v\n", err)
			return exitFailed
		}
		return exitOK
	}
	var buf strings.Builder
	if err := write(&buf, *format, ms); err != nil {
		fmt.Fprintf(stderr, "extract export: %v\n", err)
		return exitFailed
	}
	if err := writeOutput(out, []byte(buf.String()), stdout); err != nil {
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
