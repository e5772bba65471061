// Command bench times extract over a corpus for scripts/bench.sh, in two
// modes that the extract command itself does not offer:
//
//	bench -mode extract [-j N] PATH...      everything but writing
//	bench -mode ahocorasick PATH...         the bare Aho-Corasick baseline
//	bench -mode files SRC DST               the file system's floor
//
// -cpuprofile FILE writes a CPU profile of the run for go tool pprof.
//
// The extract mode reads the documents and runs the per-document core on
// N workers exactly as extract does (packages input, pipeline, run), but
// discards the results instead of encoding and writing them.
//
// The ahocorasick mode loads the same gazetteer forms the tagger
// compiles (normalized, as the tagger sees them), builds a
// github.com/anknown/ahocorasick machine, normalizes each document with
// the project's normalizer (not timed) and times only the search over
// the normalized text: the fastest plain matcher in Go, as a yardstick.
//
// The files mode reads every file of the directory SRC (not timed) and
// times writing them again, same names and contents, into the new
// directory DST with a plain os.WriteFile each: no temporary file, no
// fsync, no rename. Given the YAML files of a run, it is what creating
// that many files costs on DST's file system, whatever program writes
// them.
//
// All modes print one line of key=value pairs: documents, text bytes (the
// UTF-8 text of the documents, which is what the stages see), seconds and
// MB/s of text. This module is separate from the main one so that the
// main module does not depend on the baseline library.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"sort"
	"strings"
	"time"

	goahocorasick "github.com/anknown/ahocorasick"
	"github.com/extract-news/extract/gazetteers"
	"github.com/extract-news/extract/pipeline"
	"github.com/extract-news/extract/pipeline/doc"
	"github.com/extract-news/extract/pipeline/gazetteer"
	"github.com/extract-news/extract/pipeline/input"
	"github.com/extract-news/extract/pipeline/normalize"
	"github.com/extract-news/extract/pipeline/run"
)

func main() {
	// The same collector setting as extract (cmd/extract: gcPercent), so
	// that "extraction only" measures what extract does.
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
	if err := Main(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintf(os.Stderr, "bench: %v\n", err)
		os.Exit(1)
	}
}

// Main runs the command with args, printing the result line to out.
func Main(args []string, out io.Writer) error {
	fl := flag.NewFlagSet("bench", flag.ContinueOnError)
	mode := fl.String("mode", "extract", "extract (everything but writing) or ahocorasick (the baseline)")
	workers := fl.Int("j", 0, "workers for -mode extract (default: all cores)")
	cpuProfile := fl.String("cpuprofile", "", "write a CPU profile to this file")
	if err := fl.Parse(args); err != nil {
		return err
	}
	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return fmt.Errorf("%s: %w", *cpuProfile, err)
		}
		defer pprof.StopCPUProfile()
	}
	if fl.NArg() == 0 {
		return errors.New("no input (want PATH...)")
	}
	ctx := context.Background()
	switch *mode {
	case "extract":
		return extract(ctx, fl.Args(), *workers, out)
	case "ahocorasick":
		return baseline(ctx, fl.Args(), out)
	case "files":
		if fl.NArg() != 2 {
			return errors.New("-mode files wants SRC DST")
		}
		return files(fl.Arg(0), fl.Arg(1), out)
	}
	return fmt.Errorf("unknown -mode %q (want extract, ahocorasick or files)", *mode)
}

// discard is a run.Writer that only counts.
type discard struct{ n int }

func (d *discard) Write(*doc.Result) error { d.n++; return nil }

// extract runs the pipeline over paths without writing.
func extract(ctx context.Context, paths []string, workers int, out io.Writer) error {
	start := time.Now()
	g, err := pipeline.LoadGazetteers(gazetteers.FS)
	if err != nil {
		return err
	}
	load := time.Since(start)
	x := pipeline.New(g)
	w := &discard{}
	sum, err := run.Run(ctx, input.Documents(ctx, paths, input.Options{}), x, w, run.Options{Workers: workers})
	if err != nil {
		return err
	}
	secs := time.Since(start).Seconds()
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	fmt.Fprintf(out, "mode=extract workers=%d documents=%d failures=%d text_bytes=%d load_seconds=%.3f seconds=%.3f text_mb_s=%.2f\n",
		workers, sum.Documents, len(sum.Failures), sum.Bytes, load.Seconds(), secs, float64(sum.Bytes)/secs/1e6)
	return nil
}

// baseline times the Aho-Corasick matcher over the normalized text.
func baseline(ctx context.Context, paths []string, out io.Writer) error {
	set, err := gazetteer.LoadFS(gazetteers.FS)
	if err != nil {
		return err
	}
	forms := Forms(set)
	keys := make([][]rune, len(forms))
	for i, f := range forms {
		keys[i] = []rune(f)
	}
	start := time.Now()
	var m goahocorasick.Machine
	if err := m.Build(keys); err != nil {
		return fmt.Errorf("build: %w", err)
	}
	build := time.Since(start)
	var (
		docs, hits int
		bytes      int64
		search     time.Duration
	)
	for d, err := range input.Documents(ctx, paths, input.Options{}) {
		if err != nil {
			continue // rejected documents are reported by extract itself
		}
		text := normalize.Normalize(d.Text).Runes
		t0 := time.Now()
		hits += len(m.MultiPatternSearch(text, false))
		search += time.Since(t0)
		docs++
		bytes += int64(len(d.Text))
	}
	secs := search.Seconds()
	fmt.Fprintf(out, "mode=ahocorasick names=%d documents=%d hits=%d text_bytes=%d build_seconds=%.3f seconds=%.3f text_mb_s=%.2f\n",
		len(forms), docs, hits, bytes, build.Seconds(), secs, float64(bytes)/secs/1e6)
	return nil
}

// Forms returns the distinct normalized forms the tagger compiles for
// set: names, aliases, Latin and ambiguous forms, derived surnames,
// demonyms with their feminine and definite variants, and title phrases,
// each as its tokens joined by single spaces. They are sorted.
func Forms(set *gazetteer.Set) []string {
	seen := map[string]bool{}
	add := func(form string) {
		if toks := gazetteer.FormTokens(form); len(toks) > 0 {
			seen[strings.Join(toks, " ")] = true
		}
	}
	for _, e := range set.Entries {
		add(e.NameAr)
		for _, fs := range [][]string{e.Aliases, e.Latin, e.Ambiguous} {
			for _, f := range fs {
				add(f)
			}
		}
		if e.Type == gazetteer.TypePerson {
			if sn, ok := gazetteer.Surname(e.NameAr); ok {
				add(sn)
			}
		}
		for _, d := range e.Demonyms {
			dn := normalize.String(d)
			for _, f := range []string{dn, "ال" + dn, dn + "ه", "ال" + dn + "ه"} {
				add(f)
			}
		}
	}
	out := make([]string, 0, len(seen))
	for f := range seen {
		out = append(out, f)
	}
	sort.Strings(out)
	return out
}

// files times writing the files of src again into dst.
func files(src, dst string, out io.Writer) error {
	ents, err := os.ReadDir(src)
	if err != nil {
		return err
	}
	type file struct {
		name string
		data []byte
	}
	var fs []file
	var bytes int64
	for _, e := range ents {
		if !e.Type().IsRegular() || strings.HasPrefix(e.Name(), ".") {
			continue // extract's checkpoint record is not an output file
		}
		data, err := os.ReadFile(filepath.Join(src, e.Name()))
		if err != nil {
			return err
		}
		fs = append(fs, file{e.Name(), data})
		bytes += int64(len(data))
	}
	if err := os.Mkdir(dst, 0o755); err != nil {
		return err
	}
	start := time.Now()
	for _, f := range fs {
		if err := os.WriteFile(filepath.Join(dst, f.name), f.data, 0o644); err != nil {
			return err
		}
	}
	secs := time.Since(start).Seconds()
	fmt.Fprintf(out, "mode=files files=%d bytes=%d seconds=%.3f ms_per_file=%.3f\n",
		len(fs), bytes, secs, secs*1000/float64(max(len(fs), 1)))
	return nil
}
