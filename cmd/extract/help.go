package main

import (
	"flag"
	"fmt"
	"io"
	"strings"
)

// subcommand is one line of the command list "extract -h" prints.
type subcommand struct {
	name, args, summary string
}

// subcommands lists the commands Main knows besides extraction, in the
// order "extract -h" shows them. A new command adds its line here and its
// case in Main.
var subcommands = []subcommand{
	{"export", "[-format csv|jsonl|graphml] [-reports] [-dyads] [-o FILE] [DIR]", "the meetings of a run, one row per meeting (or per report, or per directed dyad), or the who-met-whom network"},
	{"report", "-o FILE [-all] [-text PATH]... [DIR]", "one self-contained HTML page to review a run"},
	{"review", "[-addr HOST:PORT] [-text PATH]... [DIR]", "review a run in the browser: confirm, reject or correct records"},
	{"eval", "-gold GOLD.yaml [-out DIR | PATH...] | -conll FILE", "score results against a reference annotation"},
	{"gazetteer", "check | coverage | suggest", "validate the name lists, measure and grow their coverage"},
	{"lexicon", "check [-lexicon DIR]", "validate the word lists (triggers, cues, name stops) and count them"},
	{"help", "[COMMAND]", "this text, or the flags of COMMAND"},
	{"version", "", "the version of extract (also -version)"},
}

// extractUsage writes the usage of extract: the extraction's own line,
// the command list and fl's flags (the extraction's).
func extractUsage(w io.Writer, fl *flag.FlagSet) {
	fmt.Fprintf(w, `usage: extract [flags] [PATH...]
       extract COMMAND [flags] [ARG...]

Without a COMMAND, extract reads the documents of PATH (default %s/) and writes one YAML
file per document into the -o directory (default out/), or JSON Lines with -format jsonl.
PATH is a .txt file, a directory, a .jsonl or .jsonl.gz file, or - for standard input
(JSON Lines, or one plain-text document). Flags may come before or after the paths.

commands:
`, defaultPath)
	for _, c := range subcommands {
		fmt.Fprintf(w, "  %-10s %s\n", c.name, c.summary)
	}
	fmt.Fprint(w, "\nRun \"extract help COMMAND\" for the flags of a command.\n\nflags:\n")
	fl.SetOutput(w)
	fl.PrintDefaults()
}

// helpCmd implements "extract help [COMMAND]": the usage of extract, or
// of COMMAND, on standard output.
func helpCmd(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	switch {
	case len(args) == 0:
		return extractCmd([]string{"-h"}, stdin, stdout, stdout)
	case len(args) > 1:
		fmt.Fprintf(stderr, "extract help: want at most one COMMAND, got %q\n", strings.Join(args, " "))
		return exitUsage
	}
	for _, c := range subcommands {
		if c.name == args[0] && c.name != "help" {
			if c.name == "version" {
				fmt.Fprintln(stdout, "usage: extract version\n\nPrints the version of extract: the module version and the VCS revision it was built from,\nas every output records it (document.extractor), the record format and the Go version.")
				return exitOK
			}
			return Main([]string{c.name, "-h"}, stdin, stdout, stdout)
		}
	}
	fmt.Fprintf(stderr, "extract help: unknown command %q (run \"extract help\" for the list)\n", args[0])
	return exitUsage
}
