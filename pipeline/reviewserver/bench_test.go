package reviewserver

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"sync"
	"testing"

	"github.com/extract-news/extract/gazetteers"
	"github.com/extract-news/extract/pipeline"
	"github.com/extract-news/extract/pipeline/input"
	"github.com/extract-news/extract/pipeline/internal/benchdata"
	"github.com/extract-news/extract/pipeline/output"
	"github.com/extract-news/extract/pipeline/run"
)

// ResultsEnv names the environment variable that gives the benchmarks
// the YAML output of a whole-corpus run; without it they extract the
// shared corpus (benchdata.CorpusPath) into a temporary directory first,
// and skip when it is absent.
const ResultsEnv = "EXTRACT_RESULTS"

var corpus struct {
	once  sync.Once
	dir   string
	texts map[string]string
	err   error
	skip  string
}

func TestMain(m *testing.M) {
	code := m.Run()
	if corpus.dir != "" && os.Getenv(ResultsEnv) == "" {
		os.RemoveAll(corpus.dir)
	}
	os.Exit(code)
}

// corpusRun returns the directory of a whole-corpus run and its texts.
func corpusRun(b *testing.B) (string, map[string]string) {
	b.Helper()
	corpus.once.Do(func() {
		path, err := benchdata.CorpusPath()
		if err != nil {
			corpus.err = err
			return
		}
		if _, err := os.Stat(path); err != nil {
			corpus.skip = "corpus not available: " + err.Error()
			return
		}
		ctx := context.Background()
		corpus.texts = map[string]string{}
		for d, err := range input.Documents(ctx, []string{path}, input.Options{}) {
			if err == nil {
				corpus.texts[d.ID] = d.Text
			}
		}
		if corpus.dir = os.Getenv(ResultsEnv); corpus.dir != "" {
			return
		}
		if corpus.dir, corpus.err = os.MkdirTemp("", "extract-review-bench-"); corpus.err != nil {
			return
		}
		g, err := pipeline.LoadGazetteers(gazetteers.FS)
		if err != nil {
			corpus.err = err
			return
		}
		w := &output.Dir{Path: corpus.dir}
		if _, corpus.err = run.Run(ctx, input.Documents(ctx, []string{path}, input.Options{}), pipeline.New(g), w, run.Options{}); corpus.err == nil {
			corpus.err = w.Close()
		}
	})
	if corpus.skip != "" {
		b.Skip(corpus.skip)
	}
	if corpus.err != nil {
		b.Fatal(corpus.err)
	}
	return corpus.dir, corpus.texts
}

// corpusServer serves the whole-corpus run from a fresh Store.
func corpusServer(b *testing.B) (*Server, *Store) {
	dir, texts := corpusRun(b)
	store, err := Open(dir, quiet)
	if err != nil {
		b.Fatal(err)
	}
	return New(store, texts, quiet), store
}

// serve runs the requests against h and fails on a status other than
// 200.
func serve(b *testing.B, h http.Handler, urls ...string) {
	for _, u := range urls {
		w := httptest.NewRecorder()
		h.ServeHTTP(w, httptest.NewRequest(http.MethodGet, u, nil))
		if w.Code != http.StatusOK {
			b.Fatalf("%s: %d %s", u, w.Code, w.Body)
		}
	}
}

// BenchmarkOpen reads the whole-corpus run, as "extract review" does
// when it starts.
func BenchmarkOpen(b *testing.B) {
	dir, _ := corpusRun(b)
	for b.Loop() {
		if _, err := Open(dir, quiet); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkFirstScreen serves everything the first screen needs: the
// page, its scripts and styles, and the first page of the index.
func BenchmarkFirstScreen(b *testing.B) {
	h, _ := corpusServer(b)
	for b.Loop() {
		serve(b, h, "/", "/app.js", "/app.css", "/report.css", "/api/meetings?limit=50")
	}
}

// BenchmarkFilter filters the index by person (Latin, Arabic), country
// and dates.
func BenchmarkFilter(b *testing.B) {
	h, _ := corpusServer(b)
	for _, bb := range []struct{ name, url string }{
		{"person", "/api/meetings?q=putin"},
		{"arabic", "/api/meetings?q=%D8%A8%D9%88%D8%AA%D9%8A%D9%86"}, // بوتين
		{"country+dates", "/api/meetings?country=SY&from=2018-03-01&to=2018-06-30"},
		{"no match", "/api/meetings?q=zzzz"},
	} {
		b.Run(bb.name, func(b *testing.B) {
			for b.Loop() {
				serve(b, h, bb.url)
			}
		})
	}
}

// BenchmarkSort sorts the whole index.
func BenchmarkSort(b *testing.B) {
	h, _ := corpusServer(b)
	for _, key := range []string{"date&desc=1", "people", "place", "sources&desc=1"} {
		b.Run(key, func(b *testing.B) {
			for b.Loop() {
				serve(b, h, "/api/meetings?sort="+key)
			}
		})
	}
}

// BenchmarkDocument opens the document with the most events, text and
// highlights.
func BenchmarkDocument(b *testing.B) {
	h, store := corpusServer(b)
	best, most := "", 0
	for _, e := range store.docs {
		if n := len(e.result.Events); n > most || n == most && e.result.Document.ID < best {
			best, most = e.result.Document.ID, n
		}
	}
	for b.Loop() {
		serve(b, h, "/api/doc?id="+best)
	}
}

// BenchmarkNetwork serves the top pairs, all and for one person.
func BenchmarkNetwork(b *testing.B) {
	h, _ := corpusServer(b)
	for b.Loop() {
		serve(b, h, "/api/network?top=60", "/api/network?q=putin&top=60")
	}
}

// BenchmarkMark confirms a meeting and takes it back, each followed by
// the index page the browser asks for next: the file written (compare
// and swap, fsync), the index rebuilt, the directory rescanned.
func BenchmarkMark(b *testing.B) {
	h, store := corpusServer(b)
	var p Page
	w := httptest.NewRecorder()
	h.ServeHTTP(w, httptest.NewRequest(http.MethodGet, "/api/meetings?limit=1", nil))
	if err := json.Unmarshal(w.Body.Bytes(), &p); err != nil || len(p.Rows) == 0 {
		b.Fatal("no meeting", err)
	}
	src := p.Rows[0].Sources[0]
	version := src.Version
	b.Cleanup(func() {
		// Leave the run as it was.
		store.Apply(src.Document, version, Mark{Kind: KindEvent, ID: src.Event})
	})
	statuses := []string{"confirmed", ""}
	i := 0
	for b.Loop() {
		body, _ := json.Marshal(MarkRequest{Document: src.Document, Version: version, Mark: Mark{Kind: KindEvent, ID: src.Event, Status: statuses[i%2]}})
		i++
		req := httptest.NewRequest(http.MethodPost, "/api/review", bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		w := httptest.NewRecorder()
		h.ServeHTTP(w, req)
		var d DocView
		if w.Code != http.StatusOK || json.Unmarshal(w.Body.Bytes(), &d) != nil {
			b.Fatalf("mark: %d %s", w.Code, w.Body)
		}
		version = d.Version
		serve(b, h, "/api/meetings?limit=50")
	}
}
