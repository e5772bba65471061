package results

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/extract-news/extract/pipeline/doc"
	"github.com/extract-news/extract/pipeline/output"
)

// TestRoundTrip checks that what the extraction writes, as YAML files and
// as JSON Lines, reads back as the same results: those of the repository's
// out/ directory, the extraction of seeds/.
func TestRoundTrip(t *testing.T) {
	want, err := Load(context.Background(), filepath.Join("..", "..", "out"))
	if err != nil {
		t.Fatal(err)
	}
	if len(want) == 0 {
		t.Fatal("no results in out/")
	}
	for i := 1; i < len(want); i++ {
		if want[i-1].Document.ID >= want[i].Document.ID {
			t.Errorf("results not sorted by id: %s before %s", want[i-1].Document.ID, want[i].Document.ID)
		}
	}
	dir := t.TempDir()
	yamlDir := filepath.Join(dir, "yaml")
	if err := os.Mkdir(yamlDir, 0o755); err != nil {
		t.Fatal(err)
	}
	lines, err := os.Create(filepath.Join(dir, "run.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	// In reverse order: Load sorts.
	for i := len(want) - 1; i >= 0; i-- {
		r := want[i]
		data, err := output.YAML(r)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(output.Path(yamlDir, r.Document.ID), data, 0o644); err != nil {
			t.Fatal(err)
		}
		if err := (output.Lines{W: lines}).Write(r); err != nil {
			t.Fatal(err)
		}
	}
	if err := lines.Close(); err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{yamlDir, lines.Name()} {
		got, err := Load(context.Background(), path)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(normal(got), normal(want)) {
			t.Errorf("%s: the results read back differ from those written", path)
		}
	}
}

// normal returns rs with empty slices as nil, as YAML and JSON both
// write them and read them back either way.
func normal(rs []*doc.Result) []doc.Result {
	out := make([]doc.Result, len(rs))
	for i, r := range rs {
		out[i] = *r
		if len(out[i].Entities) == 0 {
			out[i].Entities = nil
		}
		if len(out[i].Events) == 0 {
			out[i].Events = nil
		}
		if len(out[i].Warnings) == 0 {
			out[i].Warnings = nil
		}
	}
	return out
}
