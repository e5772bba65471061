package output

import (
	"bytes"
	"errors"
	"io"
	"testing"

	"github.com/extract-news/extract/pipeline/doc"
	"go.yaml.in/yaml/v3"
)

// TestStream writes results as a YAML stream and reads them back with a
// yaml.Decoder, one document each.
func TestStream(t *testing.T) {
	results := []*doc.Result{
		{FormatVersion: doc.FormatVersion, Document: doc.Meta{ID: "a", Title: "خبر", Extractor: "extract devel"}, Entities: []doc.Entity{}, Events: []doc.Event{}},
		{FormatVersion: doc.FormatVersion, Document: doc.Meta{ID: "b", Title: "---"}, Entities: []doc.Entity{}, Events: []doc.Event{},
			Warnings: []string{"line one\nline two"}},
	}
	var buf bytes.Buffer
	s := Stream{W: &buf}
	for _, r := range results {
		if err := s.Write(r); err != nil {
			t.Fatal(err)
		}
	}
	if !bytes.HasPrefix(buf.Bytes(), []byte("---\nformat_version: 1\n")) {
		t.Errorf("stream starts %q, want a document marker", buf.Bytes()[:min(buf.Len(), 30)])
	}
	dec := yaml.NewDecoder(&buf)
	for i := 0; ; i++ {
		var r doc.Result
		err := dec.Decode(&r)
		if errors.Is(err, io.EOF) {
			if i != len(results) {
				t.Errorf("%d documents, want %d", i, len(results))
			}
			break
		}
		if err != nil {
			t.Fatalf("document %d: %v", i, err)
		}
		if i >= len(results) {
			t.Fatalf("more documents than results")
		}
		want := results[i]
		if r.Document != want.Document || r.FormatVersion != want.FormatVersion || len(r.Warnings) != len(want.Warnings) {
			t.Errorf("document %d: %+v, want %+v", i, r, *want)
		}
	}
}
