package pipeline_test

import (
	"context"
	"os"
	"runtime"
	"runtime/metrics"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/extract-news/extract/gazetteers"
	"github.com/extract-news/extract/pipeline"
	"github.com/extract-news/extract/pipeline/doc"
	"github.com/extract-news/extract/pipeline/input"
	"github.com/extract-news/extract/pipeline/internal/benchdata"
)

// sizeBenchText is how much corpus text every size of BenchmarkDocSize
// processes per operation.
const sizeBenchText = 10 << 20

// corpusText returns about n bytes of corpus articles, one after another
// (a line between them), or skips b without the corpus.
func corpusText(b *testing.B, n int) string {
	p, err := benchdata.CorpusPath()
	if err != nil {
		b.Fatal(err)
	}
	if _, err := os.Stat(p); err != nil {
		b.Skipf("corpus not available: %v", err)
	}
	var sb strings.Builder
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	for d, err := range input.Documents(ctx, []string{p}, input.Options{}) {
		if err != nil {
			continue
		}
		sb.WriteString(d.Text)
		sb.WriteString("\n")
		if sb.Len() >= n {
			break
		}
	}
	return sb.String()
}

// cut splits text into documents of at least size bytes, cut after a line
// break (the last may be shorter).
func cut(text string, size int) []*doc.Document {
	var docs []*doc.Document
	pub := time.Date(2018, 6, 1, 0, 0, 0, 0, time.UTC)
	for len(text) > 0 {
		end := len(text)
		if size < len(text) {
			if i := strings.IndexByte(text[size:], '\n'); i >= 0 {
				end = size + i + 1
			}
		}
		docs = append(docs, &doc.Document{ID: "d", Text: text[:end], Published: pub})
		text = text[end:]
	}
	return docs
}

// BenchmarkDocSize processes the same 10 MB of corpus text as documents of
// 1 KB to 10 MB: the cost per MB (1/MB/s, or 1/cpuMB/s) should not grow
// with the size of the documents.
func BenchmarkDocSize(b *testing.B) {
	text := corpusText(b, sizeBenchText)
	g, err := pipeline.LoadGazetteers(gazetteers.FS)
	if err != nil {
		b.Fatal(err)
	}
	x := pipeline.New(g)
	for _, size := range []struct {
		name  string
		bytes int
	}{{"1KB", 1 << 10}, {"10KB", 10 << 10}, {"100KB", 100 << 10}, {"1MB", 1 << 20}, {"10MB", 10 << 20}} {
		docs := cut(text, size.bytes)
		b.Run(size.name, func(b *testing.B) {
			ctx := context.Background()
			benchdata.Loop(b, int64(len(text)), func() {
				for _, d := range docs {
					if _, err := x.Process(ctx, d); err != nil {
						b.Fatal(err)
					}
				}
			})
		})
	}
}

// BenchmarkLargeDocument processes 50 MB of corpus articles as one
// document and reports, besides the time, the largest live heap a
// collection found while it ran ("live-MB", the document's text
// included) and that over the size of the text ("live/doc").
func BenchmarkLargeDocument(b *testing.B) {
	text := corpusText(b, 50<<20)
	g, err := pipeline.LoadGazetteers(gazetteers.FS)
	if err != nil {
		b.Fatal(err)
	}
	x := pipeline.New(g)
	d := &doc.Document{ID: "d", Text: text, Published: time.Date(2018, 6, 1, 0, 0, 0, 0, time.UTC)}
	runtime.GC()
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	var peak uint64
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		for {
			metrics.Read(sample)
			peak = max(peak, sample[0].Value.Uint64())
			select {
			case <-stop:
				return
			case <-time.After(5 * time.Millisecond):
			}
		}
	})
	benchdata.Loop(b, int64(len(text)), func() {
		if _, err := x.Process(context.Background(), d); err != nil {
			b.Fatal(err)
		}
	})
	close(stop)
	wg.Wait()
	b.ReportMetric(float64(peak)/(1<<20), "live-MB")
	b.ReportMetric(float64(peak)/float64(len(text)), "live/doc")
}
