package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"

	"github.com/extract-news/extract/pipeline"
	"github.com/extract-news/extract/pipeline/doc"
	"github.com/extract-news/extract/pipeline/gazetteer"
	"github.com/extract-news/extract/pipeline/input"
	"github.com/extract-news/extract/pipeline/run"
	"github.com/extract-news/extract/pipeline/suggest"
)

const gazetteerUsage = `usage: extract gazetteer check [-gazetteers DIR]
       extract gazetteer coverage [flags] [PATH...]
       extract gazetteer suggest [flags] [PATH...]

check     validates the lists and counts the entries per type
coverage  runs the pipeline on PATH (default: %[1]s) and prints the share of the
          people introduced by the title of an office that the gazetteers know
suggest   runs the pipeline on PATH (default: %[1]s) and prints, as gazetteer YAML,
          the names no entry covers, most frequent first
`

// gazetteerCmd implements "extract gazetteer".
func gazetteerCmd(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprintf(stderr, gazetteerUsage, defaultPath)
		return exitUsage
	}
	switch args[0] {
	case "check":
		return gazetteerCheck(args[1:], stdout, stderr)
	case "coverage", "suggest":
		return gazetteerRun(args[0], args[1:], stdin, stdout, stderr)
	case "-h", "-help", "--help", "help":
		fmt.Fprintf(stdout, gazetteerUsage, defaultPath)
		return exitOK
	}
	fmt.Fprintf(stderr, "extract gazetteer: unknown command %q\n", args[0])
	fmt.Fprintf(stderr, gazetteerUsage, defaultPath)
	return exitUsage
}

// gazetteerCheck implements "extract gazetteer check": errors that stop
// the lists from loading, then the problems gazetteer.Check finds; the
// exit status is 1 when there is any.
func gazetteerCheck(args []string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("gazetteer check", flag.ContinueOnError)
	fl.SetOutput(stderr)
	gazDir := fl.String("gazetteers", "", "directory of extra gazetteer YAML files")
	if err := parseArgs(fl, args); err != nil {
		return usageStatus(err)
	}
	if fl.NArg() > 0 {
		fmt.Fprintln(stderr, "usage: extract gazetteer check [-gazetteers DIR]")
		return exitUsage
	}
	g, err := loadGazetteers(*gazDir)
	if err != nil {
		fmt.Fprintf(stderr, "%v\n", err)
		return exitFailed
	}
	probs := g.Check()
	for _, p := range probs {
		fmt.Fprintln(stderr, p)
	}
	counts := map[string]int{}
	for _, e := range g.Set.Entries {
		counts[e.Type]++
	}
	status := "ok"
	if len(probs) > 0 {
		status = fmt.Sprintf("%d problems", len(probs))
	}
	fmt.Fprintf(stdout, "%s: %d people, %d places, %d organizations, %d titles; %d trie nodes\n",
		status, counts[doc.Person], counts[doc.Place], counts[doc.Organization], counts[gazetteer.TypeTitle], g.Nodes())
	if len(probs) > 0 {
		return exitFailed
	}
	return exitOK
}

// gazetteerRun implements "extract gazetteer coverage" and "extract
// gazetteer suggest": both run the pipeline through a suggest.Collector.
func gazetteerRun(cmd string, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("gazetteer "+cmd, flag.ContinueOnError)
	fl.SetOutput(stderr)
	pipe := addPipelineFlags(fl, "")
	var (
		strict     = fl.Bool("strict", false, "count empty documents as failures (exit status 1) instead of warnings")
		min, limit *int
		typ, out   *string
	)
	if cmd == "suggest" {
		min = fl.Int("min", 2, "list names found in at least this many documents")
		limit = fl.Int("n", 0, "list at most this many names per type (0: all)")
		typ = fl.String("type", "", "list only this type: person, place or organization (default: all)")
		out = new(string)
		outputFlag(fl, out, "-", "write the YAML to this file (-: standard output)")
	}
	fl.Usage = func() {
		fmt.Fprintf(stderr, "usage: extract gazetteer %s [flags] [PATH...]\n\nPATH as for extract (default: %s).\n\nflags:\n", cmd, defaultPath)
		fl.PrintDefaults()
	}
	if err := parseArgs(fl, args); err != nil {
		return usageStatus(err)
	}
	var opts suggest.Options
	if cmd == "suggest" {
		opts = suggest.Options{Min: *min, Limit: *limit}
		switch *typ {
		case "":
		case doc.Person, doc.Place, doc.Organization:
			opts.Types = []string{*typ}
		default:
			fmt.Fprintf(stderr, "extract gazetteer suggest: unknown -type %q (want person, place or organization)\n", *typ)
			return exitUsage
		}
	}
	in, err := pipe.inputs(stdin)
	if err != nil {
		return fail(stderr, "extract gazetteer "+cmd, err, exitUsage)
	}
	paths := pathsOr(fl)
	g, err := pipe.load()
	if err != nil {
		return fail(stderr, "extract gazetteer "+cmd, err, exitUsage)
	}
	ctx, stop := interruptible()
	defer stop()
	col := suggest.NewCollector(pipeline.New(g), g)
	empties := &emptyDocs{strict: *strict}
	sum, err := run.Run(ctx, empties.filter(input.Documents(ctx, paths, in)), col, col, run.Options{Workers: pipe.workers})
	empties.report(stderr, "extract gazetteer "+cmd)
	for _, f := range sum.Failures {
		fmt.Fprintf(stderr, "extract gazetteer %s: %s\n", cmd, f.Reason)
	}
	if err != nil {
		fmt.Fprintf(stderr, "extract gazetteer %s: %v\n", cmd, err)
		return exitFailed
	}
	cov := col.Coverage()
	switch cmd {
	case "coverage":
		fmt.Fprintf(stdout, "documents: %d (%d failed)\n", cov.Documents, len(sum.Failures))
		fmt.Fprintf(stdout, "people introduced by an office title: %d mentions, %d known, %d unknown\n",
			cov.Known+cov.Unknown, cov.Known, cov.Unknown)
		fmt.Fprintf(stdout, "coverage: %.1f%% (known / (known + unknown))\n", 100*cov.Share())
	case "suggest":
		var buf bytes.Buffer
		if err := col.WriteYAML(&buf, opts); err != nil {
			fmt.Fprintf(stderr, "extract gazetteer suggest: %v\n", err)
			return exitFailed
		}
		if err := writeOutput(*out, buf.Bytes(), stdout); err != nil {
			fmt.Fprintf(stderr, "extract gazetteer suggest: %v\n", err)
			return exitFailed
		}
		fmt.Fprintf(stderr, "extract gazetteer suggest: %d documents; office-titled people %.1f%% known (%d of %d)\n",
			cov.Documents, 100*cov.Share(), cov.Known, cov.Known+cov.Unknown)
	}
	if len(sum.Failures) > 0 {
		return exitFailed
	}
	return exitOK
}
