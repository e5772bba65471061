package arabic_test

import (
	"context"
	"reflect"
	"testing"
	"unicode/utf8"

	"github.com/extract-news/extract/gazetteers"
	"github.com/extract-news/extract/pipeline"
	"github.com/extract-news/extract/pipeline/arabic"
	"github.com/extract-news/extract/pipeline/internal/benchdata"
)

// TestProcessCount reads the seeds twice: ProcessCount (pooled buffers,
// reused from one document to the next) and Analyze (buffers of the
// caller) give the same result; the counts are the text's code points
// and the analysis's sentences.
func TestProcessCount(t *testing.T) {
	g, err := pipeline.LoadGazetteers(gazetteers.FS)
	if err != nil {
		t.Fatal(err)
	}
	x := arabic.New(g)
	ctx := context.Background()
	for _, d := range benchdata.Seeds(t) {
		r, runes, sentences, err := x.ProcessCount(ctx, d)
		if err != nil {
			t.Fatal(err)
		}
		want, a, err := x.Analyze(ctx, d)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(r, want) {
			t.Errorf("%s: ProcessCount and Analyze differ", d.ID)
		}
		if r.Document.Language != arabic.Language || len(r.Events) == 0 {
			t.Errorf("%s: language %q, %d meetings", d.ID, r.Document.Language, len(r.Events))
		}
		if n := utf8.RuneCountInString(d.Text); runes != n {
			t.Errorf("%s: %d code points, want %d", d.ID, runes, n)
		}
		if n := len(a.Tokens.Sentences); sentences != n {
			t.Errorf("%s: %d sentences, want %d", d.ID, sentences, n)
		}
	}
	if _, _, _, err := x.ProcessCount(ctx, nil); err == nil {
		t.Error("a nil document is no error")
	}
}
