package output_test

import (
	"context"
	"testing"

	"github.com/extract-news/extract/gazetteers"
	"github.com/extract-news/extract/pipeline"
	"github.com/extract-news/extract/pipeline/doc"
	"github.com/extract-news/extract/pipeline/internal/benchdata"
	"github.com/extract-news/extract/pipeline/output"
)

// results runs the pipeline over docs with the real lists.
func results(b *testing.B, docs []*doc.Document) []*doc.Result {
	g, err := pipeline.LoadGazetteers(gazetteers.FS)
	if err != nil {
		b.Fatal(err)
	}
	x := pipeline.New(g)
	out := make([]*doc.Result, len(docs))
	for i, d := range docs {
		if out[i], err = x.Process(context.Background(), d); err != nil {
			b.Fatal(err)
		}
	}
	return out
}

// benchEncode encodes the results of docs; SetBytes counts the documents'
// text, so the figure compares with the other stages.
func benchEncode(b *testing.B, docs []*doc.Document, encode func(*doc.Result) ([]byte, error)) {
	rs := results(b, docs)
	benchdata.Loop(b, benchdata.Bytes(docs), func() {
		for _, r := range rs {
			if _, err := encode(r); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkYAMLSeeds encodes the seeds' results as YAML.
func BenchmarkYAMLSeeds(b *testing.B) { benchEncode(b, benchdata.Seeds(b), output.YAML) }

// BenchmarkYAMLCorpus encodes a corpus sample's results as YAML.
func BenchmarkYAMLCorpus(b *testing.B) { benchEncode(b, benchdata.Corpus(b), output.YAML) }

// BenchmarkJSONSeeds encodes the seeds' results as JSON lines.
func BenchmarkJSONSeeds(b *testing.B) { benchEncode(b, benchdata.Seeds(b), output.JSON) }

// BenchmarkJSONCorpus encodes a corpus sample's results as JSON lines.
func BenchmarkJSONCorpus(b *testing.B) { benchEncode(b, benchdata.Corpus(b), output.JSON) }
