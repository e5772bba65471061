package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"strings"

	"github.com/extract-news/extract/pipeline/input"
	"github.com/extract-news/extract/pipeline/report"
	"github.com/extract-news/extract/pipeline/results"
)

// reportCmd implements "extract report": the HTML review page of a run.
func reportCmd(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("report", flag.ContinueOnError)
	fl.SetOutput(stderr)
	var htmlOut string
	outputFlag(fl, &htmlOut, "", "write the review page to this file (- for standard output)", "html")
	var (
		title = fl.String("title", "", "title of the page (default: Meetings)")
		all   = fl.Bool("all", false, "show every document, not only those with meetings")
		texts []string
	)
	fl.Func("text", "read the documents' text from this input (.txt, directory, .jsonl(.gz), - for stdin), as given to the extraction; repeatable", func(s string) error {
		texts = append(texts, s)
		return nil
	})
	fl.Usage = func() {
		fmt.Fprint(stderr, "usage: extract report -o FILE [-all] [-text PATH]... [DIR]\n\n"+
			"Writes one self-contained HTML page to review a run: the meetings (sortable, filterable),\n"+
			"the who-met-whom network and each document's text with its entities and meetings marked.\n"+
			"DIR is the YAML output directory of a run (default out/) or the file of a -format jsonl run.\n"+
			"The results do not hold the text: give the inputs of the run with -text, or only the\n"+
			"evidence sentences are shown.\n\nflags:\n")
		fl.PrintDefaults()
	}
	if err := parseArgs(fl, args); err != nil {
		return usageStatus(err)
	}
	if htmlOut == "" {
		fmt.Fprintln(stderr, "extract report: -o FILE is required")
		fl.Usage()
		return exitUsage
	}
	dir, ok := resultsArg(fl, stderr)
	if !ok {
		return exitUsage
	}
	if err := checkReportOutput(htmlOut, append([]string{dir}, texts...)); err != nil {
		fmt.Fprintf(stderr, "extract report: %v\n", err)
		return exitUsage
	}
	rs, err := results.Load(context.Background(), dir)
	if err != nil {
		fmt.Fprintf(stderr, "extract report: %v\n", err)
		return exitFailed
	}
	log := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	opts := report.Options{Title: *title, Log: log, All: *all}
	if len(texts) > 0 {
		ids := make([]string, len(rs))
		for i, r := range rs {
			ids[i] = r.Document.ID
		}
		ctx, stop := interruptible()
		defer stop()
		if opts.Texts, ok = loadTexts(ctx, "report", texts, ids, stdin, stderr); !ok {
			return exitFailed
		}
	}
	var buf strings.Builder
	if err := report.Write(&buf, rs, opts); err != nil {
		fmt.Fprintf(stderr, "extract report: %v\n", err)
		return exitFailed
	}
	if err := writeOutput(htmlOut, []byte(buf.String()), stdout); err != nil {
		fmt.Fprintf(stderr, "extract report: %v\n", err)
		return exitFailed
	}
	return exitOK
}

// loadTexts reads the documents of the -text inputs and returns the texts
// of those with the given ids. An input that fails is reported on stderr
// and skipped; false means the run was interrupted.
func loadTexts(ctx context.Context, cmd string, paths, ids []string, stdin io.Reader, stderr io.Writer) (map[string]string, bool) {
	texts := map[string]string{}
	if len(paths) == 0 {
		return texts, true
	}
	want := make(map[string]bool, len(ids))
	for _, id := range ids {
		want[id] = true
	}
	for d, err := range input.Documents(ctx, paths, input.Options{Stdin: stdin}) {
		if err != nil {
			fmt.Fprintf(stderr, "extract %s: -text: %v\n", cmd, err)
			if ctx.Err() != nil {
				return nil, false
			}
			continue
		}
		if want[d.ID] {
			texts[d.ID] = d.Text
		}
	}
	if missing := len(want) - len(texts); missing > 0 {
		fmt.Fprintf(stderr, "extract %s: %d of %d documents have no text in the -text inputs; their evidence is shown\n", cmd, missing, len(want))
	}
	return texts, true
}
