package resolve_test

import (
	"testing"

	"github.com/extract-news/extract/gazetteers"
	"github.com/extract-news/extract/pipeline"
	"github.com/extract-news/extract/pipeline/arabic/resolve"
	"github.com/extract-news/extract/pipeline/doc"
	"github.com/extract-news/extract/pipeline/internal/benchdata"
	"github.com/extract-news/extract/pipeline/normalize"
	"github.com/extract-news/extract/pipeline/tag"
	"github.com/extract-news/extract/pipeline/tokenize"
)

// benchResolve resolves the tagged docs with the real lists; SetBytes
// counts the original text.
func benchResolve(b *testing.B, docs []*doc.Document) {
	g, err := pipeline.LoadGazetteers(gazetteers.FS)
	if err != nil {
		b.Fatal(err)
	}
	tg, r := tag.New(g), resolve.New(g)
	ins := make([]resolve.Input, len(docs))
	for i, d := range docs {
		text := normalize.Normalize(d.Text)
		an := tokenize.Analyze(text.Runes)
		ins[i] = resolve.Input{Original: d.Text, Text: text, Analysis: an, Matches: tg.Tag(an.Tokens), Published: d.Published}
	}
	benchdata.Loop(b, benchdata.Bytes(docs), func() {
		for _, in := range ins {
			r.Resolve(in)
		}
	})
}

// BenchmarkResolveSeeds resolves the seeds' matches.
func BenchmarkResolveSeeds(b *testing.B) { benchResolve(b, benchdata.Seeds(b)) }

// BenchmarkResolveCorpus resolves a corpus sample's matches.
func BenchmarkResolveCorpus(b *testing.B) { benchResolve(b, benchdata.Corpus(b)) }
