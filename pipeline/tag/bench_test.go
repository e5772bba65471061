package tag_test

import (
	"testing"

	"github.com/extract-news/extract/gazetteers"
	"github.com/extract-news/extract/pipeline/doc"
	"github.com/extract-news/extract/pipeline/gazetteer"
	"github.com/extract-news/extract/pipeline/internal/benchdata"
	"github.com/extract-news/extract/pipeline/normalize"
	"github.com/extract-news/extract/pipeline/tag"
	"github.com/extract-news/extract/pipeline/tokenize"
)

// compiled returns the real lists, with n synthetic entries on top when
// n > 0.
func compiled(b *testing.B, n int) *gazetteer.Compiled {
	set, err := gazetteer.LoadFS(gazetteers.FS)
	if err != nil {
		b.Fatal(err)
	}
	if n > 0 {
		extra, err := gazetteer.LoadFS(benchdata.Synthetic(n))
		if err != nil {
			b.Fatal(err)
		}
		set.Override(extra)
	}
	g, err := gazetteer.Compile(set)
	if err != nil {
		b.Fatal(err)
	}
	return g
}

// benchTag tags the tokens of docs; SetBytes counts the original text.
func benchTag(b *testing.B, docs []*doc.Document, synthetic int) {
	toks := make([][]tokenize.Token, len(docs))
	for i, d := range docs {
		toks[i] = tokenize.Analyze(normalize.Normalize(d.Text).Runes).Tokens
	}
	tg := tag.New(compiled(b, synthetic))
	benchdata.Loop(b, benchdata.Bytes(docs), func() {
		for _, t := range toks {
			tg.Tag(t)
		}
	})
}

// BenchmarkTagSeeds tags the seeds with the real lists.
func BenchmarkTagSeeds(b *testing.B) { benchTag(b, benchdata.Seeds(b), 0) }

// BenchmarkTagCorpus tags a corpus sample with the real lists.
func BenchmarkTagCorpus(b *testing.B) { benchTag(b, benchdata.Corpus(b), 0) }

// BenchmarkTagSeedsSynthetic100k tags the seeds with 100,000 synthetic
// entries on top of the real lists; the issue asks for a speed within
// 10% of BenchmarkTagSeeds.
func BenchmarkTagSeedsSynthetic100k(b *testing.B) { benchTag(b, benchdata.Seeds(b), 100_000) }

// BenchmarkTagCorpusSynthetic100k is the same over a corpus sample.
func BenchmarkTagCorpusSynthetic100k(b *testing.B) { benchTag(b, benchdata.Corpus(b), 100_000) }
