// Package benchdata gives the stages' benchmarks real text to run on: the
// project's seeds (always there, in the repository) and, when the shared
// corpus is present, a sample of its first documents.
package benchdata

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/extract-news/extract/pipeline/doc"
	"github.com/extract-news/extract/pipeline/input"
)

// CorpusEnv names the environment variable that overrides the corpus
// path; its default is ../shared/corpus/ant-news-2018.jsonl.gz next to
// the module root.
const CorpusEnv = "EXTRACT_CORPUS"

// SampleDocs is how many corpus documents Corpus returns: about 6 MB of
// text, enough for stable figures and quick to read.
const SampleDocs = 2000

// Root returns the module root: the nearest directory at or above the
// working directory that holds go.mod.
func Root() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", fmt.Errorf("module root: %w", err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("module root: no go.mod above the working directory")
		}
		dir = parent
	}
}

// Seeds returns the documents of the project's seeds/ directory.
func Seeds(tb testing.TB) []*doc.Document {
	tb.Helper()
	root, err := Root()
	if err != nil {
		tb.Fatal(err)
	}
	docs, err := read(filepath.Join(root, "seeds"), 0)
	if err != nil {
		tb.Fatal(err)
	}
	if len(docs) == 0 {
		tb.Fatal("benchdata: no seeds")
	}
	return docs
}

// CorpusPath returns the path of the shared corpus, from CorpusEnv or
// next to the module root.
func CorpusPath() (string, error) {
	if p := os.Getenv(CorpusEnv); p != "" {
		return p, nil
	}
	root, err := Root()
	if err != nil {
		return "", err
	}
	return filepath.Join(root, "..", "shared", "corpus", "ant-news-2018.jsonl.gz"), nil
}

// Corpus returns the first SampleDocs documents of the shared corpus, and
// skips the benchmark when the corpus is absent.
func Corpus(tb testing.TB) []*doc.Document {
	tb.Helper()
	p, err := CorpusPath()
	if err != nil {
		tb.Fatal(err)
	}
	if _, err := os.Stat(p); err != nil {
		tb.Skipf("benchdata: corpus not available: %v", err)
	}
	docs, err := read(p, SampleDocs)
	if err != nil {
		tb.Fatal(err)
	}
	return docs
}

// Bytes returns the total length of the documents' texts, for b.SetBytes.
func Bytes(docs []*doc.Document) int64 {
	var n int64
	for _, d := range docs {
		n += int64(len(d.Text))
	}
	return n
}

// Loop runs op in b.Loop and reports MB/s and cpuMB/s of bytesPerOp
// (see ReportCPU) and allocations.
func Loop(b *testing.B, bytesPerOp int64, op func()) {
	b.SetBytes(bytesPerOp)
	b.ReportAllocs()
	start := CPUTime()
	for b.Loop() {
		op()
	}
	ReportCPU(b, start, bytesPerOp)
}

// ReportCPU adds to b the throughput per CPU second, "cpuMB/s", of the
// bytes processed per operation since CPUTime returned start. On a
// machine shared with other work it varies much less than MB/s, which
// counts wall time. Garbage collection on other threads is included.
func ReportCPU(b *testing.B, start time.Duration, bytesPerOp int64) {
	used := CPUTime() - start
	if start == 0 || used <= 0 || b.N == 0 {
		return
	}
	b.ReportMetric(float64(bytesPerOp)*float64(b.N)/used.Seconds()/1e6, "cpuMB/s")
}

// ReportCPUTime adds to b the CPU time per operation since CPUTime
// returned start, "cpu-ms/op" (see ReportCPU).
func ReportCPUTime(b *testing.B, start time.Duration) {
	used := CPUTime() - start
	if start == 0 || used <= 0 || b.N == 0 {
		return
	}
	b.ReportMetric(used.Seconds()*1e3/float64(b.N), "cpu-ms/op")
}

// read returns the documents of path, at most limit of them (0: all).
// Documents the input stage rejects (empty ones) are left out.
func read(path string, limit int) ([]*doc.Document, error) {
	var docs []*doc.Document
	for d, err := range input.Documents(context.Background(), []string{path}, input.Options{}) {
		if err != nil {
			var pe *os.PathError
			if errors.As(err, &pe) {
				return nil, fmt.Errorf("benchdata: %w", err)
			}
			continue // a rejected document
		}
		docs = append(docs, d)
		if limit > 0 && len(docs) == limit {
			break
		}
	}
	return docs, nil
}
