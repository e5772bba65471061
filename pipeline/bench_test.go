package pipeline_test

import (
	"context"
	"testing"

	"github.com/extract-news/extract/gazetteers"
	"github.com/extract-news/extract/pipeline"
	"github.com/extract-news/extract/pipeline/doc"
	"github.com/extract-news/extract/pipeline/internal/benchdata"
)

// benchProcess runs Extractor.Process over docs with the real lists and
// reports MB/s of document text.
func benchProcess(b *testing.B, docs []*doc.Document) {
	g, err := pipeline.LoadGazetteers(gazetteers.FS)
	if err != nil {
		b.Fatal(err)
	}
	x := pipeline.New(g)
	ctx := context.Background()
	benchdata.Loop(b, benchdata.Bytes(docs), func() {
		for _, d := range docs {
			if _, err := x.Process(ctx, d); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkProcessSeeds is the per-document core over the seeds.
func BenchmarkProcessSeeds(b *testing.B) { benchProcess(b, benchdata.Seeds(b)) }

// BenchmarkProcessCorpus is the per-document core over a corpus sample.
func BenchmarkProcessCorpus(b *testing.B) { benchProcess(b, benchdata.Corpus(b)) }

// BenchmarkProcessParallel runs the core from GOMAXPROCS goroutines over
// the seeds, sharing one Extractor, to show that nothing serializes it.
func BenchmarkProcessParallel(b *testing.B) {
	docs := benchdata.Seeds(b)
	g, err := pipeline.LoadGazetteers(gazetteers.FS)
	if err != nil {
		b.Fatal(err)
	}
	x := pipeline.New(g)
	ctx := context.Background()
	b.SetBytes(benchdata.Bytes(docs))
	b.ReportAllocs()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			for _, d := range docs {
				if _, err := x.Process(ctx, d); err != nil {
					b.Error(err)
					return
				}
			}
		}
	})
}

// BenchmarkLoadGazetteers is startup: loading and compiling the
// embedded lists.
func BenchmarkLoadGazetteers(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := pipeline.LoadGazetteers(gazetteers.FS); err != nil {
			b.Fatal(err)
		}
	}
}
