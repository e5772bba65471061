package input_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"io"
	"os"
	"testing"

	"github.com/extract-news/extract/pipeline/input"
	"github.com/extract-news/extract/pipeline/internal/benchdata"
)

// BenchmarkReadCorpus reads the first 4 MB of the corpus (JSON Lines,
// uncompressed in memory) into documents: JSON decoding and the checks
// for binary content. SetBytes counts the JSON Lines.
func BenchmarkReadCorpus(b *testing.B) {
	p, err := benchdata.CorpusPath()
	if err != nil {
		b.Fatal(err)
	}
	f, err := os.Open(p)
	if err != nil {
		b.Skipf("corpus not available: %v", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		b.Fatal(err)
	}
	data, err := io.ReadAll(io.LimitReader(zr, 4<<20))
	if err != nil {
		b.Fatal(err)
	}
	data = data[:bytes.LastIndexByte(data, '\n')+1]
	benchdata.Loop(b, int64(len(data)), func() {
		for _, err := range input.Documents(context.Background(), []string{"-"}, input.Options{Stdin: bytes.NewReader(data)}) {
			_ = err // the corpus has empty documents
		}
	})
}
