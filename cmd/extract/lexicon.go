package main

import (
	"flag"
	"fmt"
	"io"

	"github.com/extract-news/extract/pipeline"
	"github.com/extract-news/extract/pipeline/lexicon"
)

const lexiconUsage = `usage: extract lexicon check [-lexicon DIR]

check  validates the built-in word lists (pipeline/lexicon/LANG/*.yaml) and, with
       -lexicon, the user's lists of the same shape (DIR/LANG/NAME.yaml), and counts
       them per file: a list no code reads, an empty list, a word twice in a list or a
       word not in the analysis form is an error naming file and line
`

// lexiconCmd implements "extract lexicon".
func lexiconCmd(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, lexiconUsage)
		return exitUsage
	}
	switch args[0] {
	case "check":
		return lexiconCheck(args[1:], stdout, stderr)
	case "-h", "-help", "--help", "help":
		fmt.Fprint(stdout, lexiconUsage)
		return exitOK
	}
	fmt.Fprintf(stderr, "extract lexicon: unknown command %q\n", args[0])
	fmt.Fprint(stderr, lexiconUsage)
	return exitUsage
}

// lexiconCheck implements "extract lexicon check": the built-in lists
// load when the program starts (a broken one stops it), so this reports
// the lists no code reads, then the user's -lexicon files, then a count
// per file. The exit status is 1 when there is any error.
func lexiconCheck(args []string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("lexicon check", flag.ContinueOnError)
	fl.SetOutput(stderr)
	dir := fl.String("lexicon", "", "directory of extra word lists (LANG/NAME.yaml) to check with the built-in ones")
	if err := parseArgs(fl, args); err != nil {
		return usageStatus(err)
	}
	if fl.NArg() > 0 {
		fmt.Fprintln(stderr, "usage: extract lexicon check [-lexicon DIR]")
		return exitUsage
	}
	families := pipeline.WordLists()
	failed := false
	if err := lexicon.Check(families); err != nil {
		fmt.Fprintln(stderr, err)
		failed = true
	}
	if *dir != "" {
		if err := lexicon.Extend(*dir, families); err != nil {
			fmt.Fprintln(stderr, err)
			failed = true
		}
	}
	lists, words := 0, 0
	for _, f := range families {
		n := 0
		for _, l := range f.Lists() {
			n += l.Len()
		}
		fmt.Fprintf(stdout, "%-18s %3d lists %5d words\n", f.Spec().Path(), len(f.Lists()), n)
		lists += len(f.Lists())
		words += n
	}
	status := "ok"
	if failed {
		status = "errors"
	}
	fmt.Fprintf(stdout, "%s: %d files, %d lists, %d words\n", status, len(families), lists, words)
	if failed {
		return exitFailed
	}
	return exitOK
}
