package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"iter"
	"os"
	"os/signal"
	"syscall"

	"github.com/extract-news/extract/pipeline"
	"github.com/extract-news/extract/pipeline/doc"
	"github.com/extract-news/extract/pipeline/eval"
	"github.com/extract-news/extract/pipeline/gazetteer"
	"github.com/extract-news/extract/pipeline/input"
	"github.com/extract-news/extract/pipeline/results"
	"github.com/extract-news/extract/pipeline/run"
)

// memWriter collects results in memory, keyed by document id.
type memWriter map[string]*doc.Result

func (m memWriter) Write(r *doc.Result) error {
	m[r.Document.ID] = r
	return nil
}

// evalCmd implements "extract eval": scoring against a gold file, or
// token-level tagging on a CoNLL corpus.
func evalCmd(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("eval", flag.ContinueOnError)
	fl.SetOutput(stderr)
	var (
		goldPath  = fl.String("gold", "", "reference annotation (YAML, the format of testdata/seeds-gold.yaml)")
		conllPath = fl.String("conll", "", "score token-level tagging on this CoNLL file (`token TAG` lines) instead")
		outDir    = fl.String("out", "out", "directory of the YAML results to score (when no PATH is given)")
		gazDir    = fl.String("gazetteers", "", "directory of extra gazetteer YAML files, when the pipeline runs")
		published = fl.String("published", "", "publication date (YYYY-MM-DD or RFC 3339) for documents that have none, when the pipeline runs")
		verbose   = fl.Bool("v", false, "list every miss and false alarm with its evidence")
		asJSON    = fl.Bool("json", false, "print the report as JSON")
		workers   = fl.Int("j", 0, "number of workers when the pipeline runs (default: all cores)")
		known     = fl.String("meetings", "", "compare the meeting rows of a run (-out DIR or a -format jsonl FILE) with a table of known meetings (testdata/known-meetings.yaml) instead")
	)
	fl.Usage = func() {
		fmt.Fprint(stderr, "usage: extract eval -gold GOLD.yaml [-out DIR | PATH...] [-v] [-json]\n"+
			"       extract eval -conll FILE [-v] [-json]\n"+
			"       extract eval -meetings KNOWN.yaml [-out DIR | RUN.jsonl] [-v]\n\n"+
			"Scores the YAML results in DIR (default out/), or runs the pipeline in memory on PATH...\n"+
			"first (only the documents GOLD annotates), against GOLD; or scores name tagging on a\n"+
			"CoNLL corpus, each -DOCSTART- document run as one document, overall and for news and\n"+
			"tables (documents where a fifth of the words hold a digit). Documents that fail are reported and scored as missing (exit status 1).\n\nflags:\n")
		fl.PrintDefaults()
	}
	if err := parseArgs(fl, args); err != nil {
		return usageStatus(err)
	}
	outSet := isSet(fl, "out")
	paths := fl.Args()
	usage := func(msg string) int {
		fmt.Fprintf(stderr, "extract eval: %s\n", msg)
		fl.Usage()
		return exitUsage
	}
	if *known != "" {
		if *goldPath != "" || *conllPath != "" || len(paths) > 1 || outSet && len(paths) > 0 {
			return usage("-meetings takes one run: -out DIR or a JSON Lines file, and no -gold or -conll")
		}
		run := *outDir
		if len(paths) == 1 {
			run = paths[0]
		}
		return knownMeetingsCmd(*known, run, *verbose, stdout, stderr)
	}
	switch {
	case *goldPath == "" && *conllPath == "":
		return usage("-gold or -conll is required")
	case *goldPath != "" && *conllPath != "":
		return usage("-gold and -conll exclude each other")
	case *conllPath != "" && (len(paths) > 0 || outSet):
		return usage("-conll takes no -out or PATH")
	case outSet && len(paths) > 0:
		return usage("-out and PATH exclude each other")
	}
	opts, err := inputOptions(*published, stdin)
	if err != nil {
		fmt.Fprintf(stderr, "extract eval: %v\n", err)
		return exitUsage
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	// The gazetteers run the pipeline and give the scorer every English
	// name of an entity.
	g, err := loadGazetteers(*gazDir)
	if err != nil {
		fmt.Fprintf(stderr, "extract eval: %v\n", err)
		return exitUsage
	}
	// failed records documents that could not be read or processed: they
	// are reported, scored as missing, and make the exit status 1.
	failed := false
	// process runs the pipeline in memory; keep, when set, says which
	// documents to process (those of the gold file), so that scoring a
	// sample drawn from a large corpus neither processes nor holds the rest.
	process := func(docs iter.Seq2[*doc.Document, error], keep func(id string) bool) (map[string]*doc.Result, bool) {
		results := memWriter{}
		opts := run.Options{Workers: *workers}
		if keep != nil {
			opts.Skip = func(d *doc.Document) bool { return !keep(d.ID) }
		}
		sum, err := run.Run(ctx, docs, pipeline.New(g), results, opts)
		for _, f := range sum.Failures {
			if keep == nil || f.ID == "" || keep(f.ID) {
				fmt.Fprintf(stderr, "extract eval: %s\n", f.Reason)
				failed = true
			}
		}
		if err != nil {
			fmt.Fprintf(stderr, "extract eval: %v\n", err)
			return nil, false
		}
		return results, true
	}
	type report interface {
		WriteText(w io.Writer, verbose bool) error
		WriteJSON(w io.Writer) error
		Brief()
	}
	var rep report
	if *conllPath != "" {
		sents, err := eval.LoadCoNLL(*conllPath)
		if err != nil {
			fmt.Fprintf(stderr, "extract eval: %v\n", err)
			return exitUsage
		}
		docs := eval.CoNLLArticles(sents)
		results, ok := process(func(yield func(*doc.Document, error) bool) {
			for _, d := range docs {
				if !yield(d, nil) {
					return
				}
			}
		}, nil)
		if !ok {
			return exitUsage
		}
		r := eval.ScoreCoNLLArticles(sents, results)
		r.Corpus = *conllPath
		rep = &r
	} else {
		gold, err := eval.LoadGold(*goldPath)
		if err != nil {
			fmt.Fprintf(stderr, "extract eval: %v\n", err)
			return exitUsage
		}
		var results map[string]*doc.Result
		if len(paths) > 0 {
			var ok bool
			inGold := map[string]bool{}
			for _, d := range gold.Documents {
				inGold[d.ID] = true
			}
			if results, ok = process(input.Documents(ctx, paths, opts), func(id string) bool { return inGold[id] }); !ok {
				return exitUsage
			}
		} else if results, err = loadResultsDir(ctx, *outDir); err != nil {
			fmt.Fprintf(stderr, "extract eval: %v\n", err)
			return exitUsage
		}
		r := eval.ScoreWith(gold, results, eval.Options{Names: latinNames(g)})
		rep = &r
	}
	if *asJSON {
		if !*verbose {
			rep.Brief()
		}
		err = rep.WriteJSON(stdout)
	} else {
		err = rep.WriteText(stdout, *verbose)
	}
	if err != nil {
		fmt.Fprintf(stderr, "extract eval: %v\n", err)
		return exitFailed
	}
	if failed {
		return exitFailed
	}
	return exitOK
}

// loadResultsDir reads the YAML results of dir, keyed by document id.
func loadResultsDir(ctx context.Context, dir string) (map[string]*doc.Result, error) {
	m := map[string]*doc.Result{}
	err := results.EachYAML(ctx, dir, func(r *doc.Result) error {
		m[r.Document.ID] = r
		return nil
	})
	return m, err
}

// latinNames returns the gazetteer's Latin-script forms of an entity id.
func latinNames(g *gazetteer.Compiled) func(id string) []string {
	return func(id string) []string {
		if e, ok := g.Set.Lookup(id); ok {
			return e.Latin
		}
		return nil
	}
}
