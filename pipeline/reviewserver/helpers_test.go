package reviewserver

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/extract-news/extract/gazetteers"
	"github.com/extract-news/extract/pipeline"
	"github.com/extract-news/extract/pipeline/input"
	"github.com/extract-news/extract/pipeline/output"
	"github.com/extract-news/extract/pipeline/run"
)

// extractSeeds runs the extraction over the project's seeds (published on
// 2020-07-09, so that their meetings have dates) into dir, as "extract
// -out dir seeds/" does, and returns the texts by document id.
func extractSeeds(t testing.TB, dir string) map[string]string {
	t.Helper()
	g, err := pipeline.LoadGazetteers(gazetteers.FS)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	opts := input.Options{Published: time.Date(2020, 7, 9, 0, 0, 0, 0, time.UTC)}
	paths := []string{filepath.Join("..", "..", "seeds")}
	texts := map[string]string{}
	for d, err := range input.Documents(ctx, paths, opts) {
		if err != nil {
			t.Fatal(err)
		}
		texts[d.ID] = d.Text
	}
	w := &output.Dir{Path: dir}
	sum, err := run.Run(ctx, input.Documents(ctx, paths, opts), pipeline.New(g), w, run.Options{Workers: 1})
	if err == nil {
		err = w.Close()
	}
	if err != nil {
		t.Fatal(err)
	}
	if len(sum.Failures) > 0 {
		t.Fatalf("seeds: %v", sum.Failures)
	}
	return texts
}
