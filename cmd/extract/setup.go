package main

// This file holds the set-up the subcommands that run the pipeline
// share (extract, eval, gazetteer coverage and suggest): their flags,
// the input options, the gazetteers and the context a signal cancels.

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"github.com/extract-news/extract/pipeline"
	"github.com/extract-news/extract/pipeline/gazetteer"
	"github.com/extract-news/extract/pipeline/input"
	"github.com/extract-news/extract/pipeline/lexicon"
)

// pipelineFlags are the flags of a subcommand that runs the pipeline:
// -gazetteers, -lexicon, -published and -j.
type pipelineFlags struct {
	gazetteers string // directory of extra gazetteer files
	lexicon    string // directory of extra word lists
	published  string // publication date of documents that have none
	workers    int    // 0: all cores
}

// addPipelineFlags defines the pipeline flags on fl. when, if not empty,
// is added to their usage to say when they apply ("when the pipeline
// runs").
func addPipelineFlags(fl *flag.FlagSet, when string) *pipelineFlags {
	gaz := "directory of extra gazetteer YAML files, loaded on top of the built-in ones"
	pub := "publication date (YYYY-MM-DD or RFC 3339) for documents that have none"
	workers := "number of workers (default: all cores)"
	if when != "" {
		gaz = "directory of extra gazetteer YAML files, " + when
		pub += ", " + when
		workers = "number of workers " + when + " (default: all cores)"
	}
	p := new(pipelineFlags)
	fl.StringVar(&p.gazetteers, "gazetteers", "", gaz)
	lex := "directory of extra word lists (LANG/NAME.yaml, as pipeline/lexicon), added to the built-in ones"
	if when != "" {
		lex += ", " + when
	}
	fl.StringVar(&p.lexicon, "lexicon", "", lex)
	fl.StringVar(&p.published, "published", "", pub)
	fl.IntVar(&p.workers, "j", 0, workers)
	return p
}

// inputs returns the input options of the flags (-published), with stdin
// as standard input.
func (p *pipelineFlags) inputs(stdin io.Reader) (input.Options, error) {
	return inputOptions(p.published, stdin)
}

// load adds the word lists of -lexicon to the built-in ones and compiles
// the built-in gazetteers with those of -gazetteers on top.
func (p *pipelineFlags) load() (*gazetteer.Compiled, error) {
	if p.lexicon != "" {
		if err := lexicon.Extend(p.lexicon, pipeline.WordLists()); err != nil {
			return nil, err
		}
	}
	return loadGazetteers(p.gazetteers)
}

// pathsOr returns the positional arguments of fl, or the default input
// (seeds/) when there are none.
func pathsOr(fl *flag.FlagSet) []string {
	if fl.NArg() == 0 {
		return []string{defaultPath}
	}
	return fl.Args()
}

// interruptible returns a context that SIGINT or SIGTERM cancels; stop
// restores the default handling of the signals.
func interruptible() (ctx context.Context, stop context.CancelFunc) {
	return signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
}

// fail writes "PREFIX: err" to w, as every subcommand reports an
// error, and returns status.
func fail(w io.Writer, prefix string, err error, status int) int {
	fmt.Fprintf(w, "%s: %v\n", prefix, err)
	return status
}
