package meeting_test

import (
	"testing"

	"github.com/extract-news/extract/gazetteers"
	"github.com/extract-news/extract/pipeline"
	"github.com/extract-news/extract/pipeline/arabic/meeting"
	"github.com/extract-news/extract/pipeline/arabic/resolve"
	"github.com/extract-news/extract/pipeline/doc"
	"github.com/extract-news/extract/pipeline/internal/benchdata"
	"github.com/extract-news/extract/pipeline/normalize"
	"github.com/extract-news/extract/pipeline/tag"
	"github.com/extract-news/extract/pipeline/tokenize"
)

// benchExtract finds the meetings of the resolved docs with the real
// lists; SetBytes counts the original text.
func benchExtract(b *testing.B, docs []*doc.Document) {
	g, err := pipeline.LoadGazetteers(gazetteers.FS)
	if err != nil {
		b.Fatal(err)
	}
	tg, r, x := tag.New(g), resolve.New(g), meeting.New(g)
	ins := make([]meeting.Input, len(docs))
	for i, d := range docs {
		text := normalize.Normalize(d.Text)
		an := tokenize.Analyze(text.Runes)
		res := r.Resolve(resolve.Input{Original: d.Text, Text: text, Analysis: an, Matches: tg.Tag(an.Tokens), Published: d.Published})
		ins[i] = meeting.Input{DocID: d.ID, Original: d.Text, Text: text, Analysis: an, Resolved: res, Published: d.Published}
	}
	benchdata.Loop(b, benchdata.Bytes(docs), func() {
		for _, in := range ins {
			x.Extract(in)
		}
	})
}

// BenchmarkExtractSeeds finds the seeds' meetings.
func BenchmarkExtractSeeds(b *testing.B) { benchExtract(b, benchdata.Seeds(b)) }

// BenchmarkExtractCorpus finds a corpus sample's meetings.
func BenchmarkExtractCorpus(b *testing.B) { benchExtract(b, benchdata.Corpus(b)) }
