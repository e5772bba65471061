package dates_test

import (
	"testing"
	"time"

	"github.com/extract-news/extract/pipeline/dates"
	"github.com/extract-news/extract/pipeline/doc"
	"github.com/extract-news/extract/pipeline/internal/benchdata"
	"github.com/extract-news/extract/pipeline/normalize"
	"github.com/extract-news/extract/pipeline/tokenize"
)

// benchFind finds the date expressions of every sentence of docs (the
// meeting stage reads only the evidence sentences); SetBytes counts the
// original text.
func benchFind(b *testing.B, docs []*doc.Document) {
	type sentence struct {
		text      []rune
		published time.Time
	}
	var sents []sentence
	for _, d := range docs {
		text := normalize.Normalize(d.Text).Runes
		for _, s := range tokenize.Analyze(text).Sentences {
			sents = append(sents, sentence{text[s.Start:s.End], d.Published})
		}
	}
	benchdata.Loop(b, benchdata.Bytes(docs), func() {
		for _, s := range sents {
			dates.Find(s.text, s.published)
		}
	})
}

// BenchmarkFindSeeds finds the dates of the seeds' sentences.
func BenchmarkFindSeeds(b *testing.B) { benchFind(b, benchdata.Seeds(b)) }

// BenchmarkFindCorpus finds the dates of a corpus sample's sentences.
func BenchmarkFindCorpus(b *testing.B) { benchFind(b, benchdata.Corpus(b)) }
