package tokenize_test

import (
	"testing"

	"github.com/extract-news/extract/pipeline/doc"
	"github.com/extract-news/extract/pipeline/internal/benchdata"
	"github.com/extract-news/extract/pipeline/normalize"
	"github.com/extract-news/extract/pipeline/tokenize"
)

// normalized returns the analysis forms of docs; the benchmarks count
// the bytes of the original text.
func normalized(docs []*doc.Document) [][]rune {
	out := make([][]rune, len(docs))
	for i, d := range docs {
		out[i] = normalize.Normalize(d.Text).Runes
	}
	return out
}

func benchAnalyze(b *testing.B, docs []*doc.Document) {
	texts := normalized(docs)
	benchdata.Loop(b, benchdata.Bytes(docs), func() {
		for _, t := range texts {
			tokenize.Analyze(t)
		}
	})
}

// BenchmarkAnalyzeSeeds splits the normalized seeds into sentences and
// tokens.
func BenchmarkAnalyzeSeeds(b *testing.B) { benchAnalyze(b, benchdata.Seeds(b)) }

// BenchmarkAnalyzeCorpus splits a normalized corpus sample.
func BenchmarkAnalyzeCorpus(b *testing.B) { benchAnalyze(b, benchdata.Corpus(b)) }

// BenchmarkStems reads the clitic stems of every token of the seeds, as
// the tagger and the meeting cues do.
func BenchmarkStems(b *testing.B) {
	docs := benchdata.Seeds(b)
	var toks []string
	for _, t := range normalized(docs) {
		for _, tk := range tokenize.Analyze(t).Tokens {
			toks = append(toks, tk.Text)
		}
	}
	var buf []tokenize.Stem
	benchdata.Loop(b, benchdata.Bytes(docs), func() {
		for _, t := range toks {
			buf = tokenize.AppendStems(buf[:0], t)
		}
	})
}
