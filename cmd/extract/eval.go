package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"iter"

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

// evalFlags are the flags of "extract eval".
type evalFlags struct {
	gold, conll, known, outDir string
	verbose, asJSON            bool
	pipe                       *pipelineFlags
	// outSet reports -out given on the command line; paths are the
	// positional arguments.
	outSet bool
	paths  []string
}

// evalCmd implements "extract eval": scoring against a gold file
// (evalGold), token-level tagging on a CoNLL corpus (evalCoNLL), or the
// meeting rows of a run against a table of known meetings
// (knownMeetingsCmd).
func evalCmd(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("eval", flag.ContinueOnError)
	fl.SetOutput(stderr)
	var f evalFlags
	fl.StringVar(&f.gold, "gold", "", "reference annotation (YAML, the format of testdata/seeds-gold.yaml)")
	fl.StringVar(&f.conll, "conll", "", "score token-level tagging on this CoNLL file (`token TAG` lines) instead")
	fl.StringVar(&f.outDir, "out", "out", "directory of the YAML results to score (when no PATH is given)")
	f.pipe = addPipelineFlags(fl, "when the pipeline runs")
	fl.BoolVar(&f.verbose, "v", false, "list every miss and false alarm with its evidence")
	fl.BoolVar(&f.asJSON, "json", false, "print the report as JSON")
	fl.StringVar(&f.known, "meetings", "", "compare the meeting rows of a run (-out DIR or a -format jsonl FILE) with a table of known meetings (testdata/known-meetings.yaml) instead")
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
	f.outSet = isSet(fl, "out")
	f.paths = fl.Args()
	if msg := f.check(); msg != "" {
		fmt.Fprintf(stderr, "extract eval: %s\n", msg)
		fl.Usage()
		return exitUsage
	}
	if f.known != "" {
		run := f.outDir
		if len(f.paths) == 1 {
			run = f.paths[0]
		}
		return knownMeetingsCmd(f.known, run, f.verbose, stdout, stderr)
	}
	opts, err := f.pipe.inputs(stdin)
	if err != nil {
		return fail(stderr, "extract eval", err, exitUsage)
	}
	ctx, stop := interruptible()
	defer stop()
	// The gazetteers run the pipeline and give the scorer every English
	// name of an entity.
	g, err := f.pipe.load()
	if err != nil {
		return fail(stderr, "extract eval", err, exitUsage)
	}
	e := &evaluation{ctx: ctx, g: g, workers: f.pipe.workers, stderr: stderr}
	var rep scoreReport
	if f.conll != "" {
		rep, err = e.conll(f.conll)
	} else {
		rep, err = e.gold(f.gold, f.paths, f.outDir, opts)
	}
	if err != nil {
		if !errors.Is(err, errReported) {
			fmt.Fprintf(stderr, "extract eval: %v\n", err)
		}
		return exitUsage
	}
	return e.write(rep, f.asJSON, f.verbose, stdout)
}

// check returns what is wrong with the combination of flags and paths,
// or "" when nothing is.
func (f *evalFlags) check() string {
	if f.known != "" {
		if f.gold != "" || f.conll != "" || len(f.paths) > 1 || f.outSet && len(f.paths) > 0 {
			return "-meetings takes one run: -out DIR or a JSON Lines file, and no -gold or -conll"
		}
		return ""
	}
	switch {
	case f.gold == "" && f.conll == "":
		return "-gold or -conll is required"
	case f.gold != "" && f.conll != "":
		return "-gold and -conll exclude each other"
	case f.conll != "" && (len(f.paths) > 0 || f.outSet):
		return "-conll takes no -out or PATH"
	case f.outSet && len(f.paths) > 0:
		return "-out and PATH exclude each other"
	}
	return ""
}

// errReported is the error of a step that has reported its failure on
// stderr already.
var errReported = errors.New("reported")

// scoreReport is a score report (eval.Report, eval.CoNLLReport).
type scoreReport interface {
	WriteText(w io.Writer, verbose bool) error
	WriteJSON(w io.Writer) error
	Brief()
}

// evaluation is one run of "extract eval" with -gold or -conll.
type evaluation struct {
	ctx     context.Context
	g       *gazetteer.Compiled
	workers int
	stderr  io.Writer
	// failed records documents that could not be read or processed:
	// they are reported, scored as missing, and make the exit status 1.
	failed bool
}

// process runs the pipeline in memory; keep, when set, says which
// documents to process (those of the gold file), so that scoring a
// sample drawn from a large corpus neither processes nor holds the rest.
// A run that stops is reported on stderr and is errReported.
func (e *evaluation) process(docs iter.Seq2[*doc.Document, error], keep func(id string) bool) (map[string]*doc.Result, error) {
	rs := memWriter{}
	opts := run.Options{Workers: e.workers}
	if keep != nil {
		opts.Skip = func(d *doc.Document) bool { return !keep(d.ID) }
	}
	sum, err := run.Run(e.ctx, docs, pipeline.New(e.g), rs, opts)
	for _, f := range sum.Failures {
		if keep == nil || f.ID == "" || keep(f.ID) {
			fmt.Fprintf(e.stderr, "extract eval: %s\n", f.Reason)
			e.failed = true
		}
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "extract eval: %v\n", err)
		return nil, errReported
	}
	return rs, nil
}

// conll scores name tagging on the CoNLL corpus at path.
func (e *evaluation) conll(path string) (scoreReport, error) {
	sents, err := eval.LoadCoNLL(path)
	if err != nil {
		return nil, err
	}
	docs := eval.CoNLLArticles(sents)
	rs, err := e.process(func(yield func(*doc.Document, error) bool) {
		for _, d := range docs {
			if !yield(d, nil) {
				return
			}
		}
	}, nil)
	if err != nil {
		return nil, err
	}
	r := eval.ScoreCoNLLArticles(sents, rs)
	r.Corpus = path
	return &r, nil
}

// gold scores against the gold file at goldPath the results of running
// the pipeline on paths, or, when there are none, the YAML results in
// outDir.
func (e *evaluation) gold(goldPath string, paths []string, outDir string, opts input.Options) (scoreReport, error) {
	gold, err := eval.LoadGold(goldPath)
	if err != nil {
		return nil, err
	}
	var rs map[string]*doc.Result
	if len(paths) > 0 {
		inGold := map[string]bool{}
		for _, d := range gold.Documents {
			inGold[d.ID] = true
		}
		rs, err = e.process(input.Documents(e.ctx, paths, opts), func(id string) bool { return inGold[id] })
	} else {
		rs, err = loadResultsDir(e.ctx, outDir)
	}
	if err != nil {
		return nil, err
	}
	r := eval.ScoreWith(gold, rs, eval.Options{Names: latinNames(e.g)})
	return &r, nil
}

// write prints rep, as text or JSON, and returns the exit status.
func (e *evaluation) write(rep scoreReport, asJSON, verbose bool, stdout io.Writer) int {
	var err error
	if asJSON {
		if !verbose {
			rep.Brief()
		}
		err = rep.WriteJSON(stdout)
	} else {
		err = rep.WriteText(stdout, verbose)
	}
	if err != nil {
		return fail(e.stderr, "extract eval", err, exitFailed)
	}
	if e.failed {
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
