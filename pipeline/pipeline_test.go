package pipeline_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/extract-news/extract/gazetteers"
	"github.com/extract-news/extract/internal/version"
	"github.com/extract-news/extract/pipeline"
	"github.com/extract-news/extract/pipeline/doc"
	"github.com/extract-news/extract/pipeline/input"
	"github.com/extract-news/extract/pipeline/lexicon"
	"github.com/extract-news/extract/pipeline/output"
)

// seeds runs the real gazetteers over the project's seeds.
func seeds(t *testing.T) []*doc.Result {
	t.Helper()
	g, err := pipeline.LoadGazetteers(gazetteers.FS)
	if err != nil {
		t.Fatal(err)
	}
	x := pipeline.New(g)
	var out []*doc.Result
	for d, err := range input.Documents(context.Background(), []string{"../seeds"}, input.Options{}) {
		if err != nil {
			t.Fatal(err)
		}
		r, err := x.Process(context.Background(), d)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, r)
		texts[d.ID] = d.Text
	}
	return out
}

var texts = map[string]string{}

// TestSpans checks that every mention, trigger, date and evidence span
// slices the original text to its own text.
func TestSpans(t *testing.T) {
	for _, r := range seeds(t) {
		text := []rune(texts[r.Document.ID])
		check := func(what, s string, a, b int) {
			if a < 0 || b > len(text) || a > b || string(text[a:b]) != s {
				t.Errorf("%s: %s [%d,%d) = %q in the text", r.Document.ID, what, a, b, s)
			}
		}
		for _, e := range r.Entities {
			for _, m := range e.Mentions {
				check("mention of "+e.ID, m.Text, m.Start, m.End)
			}
		}
		for _, e := range r.Events {
			check("trigger of "+e.ID, e.Trigger.Text, e.Trigger.Start, e.Trigger.End)
			for _, ev := range e.Evidence {
				check("evidence of "+e.ID, ev.Text, ev.Start, ev.End)
			}
			if e.Date != nil {
				check("date of "+e.ID, e.Date.Text, e.Date.Start, e.Date.End)
			}
		}
	}
}

// extractorLine is the document's extractor line in a YAML result.
var extractorLine = regexp.MustCompile(`(?m)^  extractor: (.*)$`)

// TestOutUpToDate fails when the committed out/ differs from what the
// pipeline writes for the seeds now: run `go run ./cmd/extract` and
// commit out/. The files may come from another build than the test's
// (one with a VCS revision): the extractor line must name a build, and
// the rest must be the same bytes.
func TestOutUpToDate(t *testing.T) {
	build := regexp.MustCompile(`^extract \S+( \([0-9a-f]+(\+dirty)?\))?$`)
	for _, r := range seeds(t) {
		path := filepath.Join("..", "out", r.Document.ID+".yaml")
		got, err := os.ReadFile(path)
		if err != nil {
			t.Errorf("%s: %v (run `go run ./cmd/extract`)", path, err)
			continue
		}
		m := extractorLine.FindSubmatch(got)
		if m == nil || !build.Match(m[1]) {
			t.Errorf("%s: extractor line %q, want extract VERSION (REVISION): run `go run ./cmd/extract` and commit out/", path, m)
			continue
		}
		r.Document.Extractor = string(m[1])
		want, err := output.YAML(r)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s is stale: run `go run ./cmd/extract` and commit out/", path)
		}
	}
}

// TestStamp checks that every result names its record format and the
// build that wrote it.
func TestStamp(t *testing.T) {
	for _, r := range seeds(t) {
		if r.FormatVersion != doc.FormatVersion || r.Document.Extractor != version.Get().String() {
			t.Errorf("%s: format_version %d, extractor %q; want %d, %q", r.Document.ID,
				r.FormatVersion, r.Document.Extractor, doc.FormatVersion, version.Get())
		}
	}
}

// TestDeterministic runs the seeds twice and compares the bytes.
func TestDeterministic(t *testing.T) {
	a, b := seeds(t), seeds(t)
	for i := range a {
		ya, _ := output.YAML(a[i])
		yb, _ := output.YAML(b[i])
		if !bytes.Equal(ya, yb) {
			t.Errorf("%s: output differs between runs", a[i].Document.ID)
		}
	}
}

// TestWordLists: the families the table of languages and dates name are
// every built-in file, each once, and every list is read.
func TestWordLists(t *testing.T) {
	if err := lexicon.Check(pipeline.WordLists()); err != nil {
		t.Error(err)
	}
}
