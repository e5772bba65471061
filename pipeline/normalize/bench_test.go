package normalize_test

import (
	"testing"

	"github.com/extract-news/extract/pipeline/doc"
	"github.com/extract-news/extract/pipeline/internal/benchdata"
	"github.com/extract-news/extract/pipeline/normalize"
)

func benchNormalize(b *testing.B, docs []*doc.Document) {
	benchdata.Loop(b, benchdata.Bytes(docs), func() {
		for _, d := range docs {
			normalize.Normalize(d.Text)
		}
	})
}

// BenchmarkNormalizeSeeds normalizes the seeds.
func BenchmarkNormalizeSeeds(b *testing.B) { benchNormalize(b, benchdata.Seeds(b)) }

// BenchmarkNormalizeCorpus normalizes a corpus sample.
func BenchmarkNormalizeCorpus(b *testing.B) { benchNormalize(b, benchdata.Corpus(b)) }
