package schema_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/extract-news/extract/gazetteers"
	"github.com/extract-news/extract/pipeline"
	"github.com/extract-news/extract/pipeline/dataset"
	"github.com/extract-news/extract/pipeline/doc"
	"github.com/extract-news/extract/pipeline/export"
	"github.com/extract-news/extract/pipeline/input"
	"github.com/extract-news/extract/pipeline/output"
	"github.com/extract-news/extract/schema"
	"github.com/santhosh-tekuri/jsonschema/v6"
	"go.yaml.in/yaml/v3"
)

// compile compiles the schema file name of schema.FS, with the other
// files available to its references.
func compile(t testing.TB, name string) *jsonschema.Schema {
	t.Helper()
	c := jsonschema.NewCompiler()
	for _, f := range schema.Files {
		data, err := schema.FS.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		v, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		if err := c.AddResource(schema.Base+f, v); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
	}
	s, err := c.Compile(schema.Base + name)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return s
}

// validate checks one JSON value against s.
func validate(t *testing.T, s *jsonschema.Schema, what string, data []byte) {
	t.Helper()
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("%s: %v", what, err)
	}
	if err := s.Validate(v); err != nil {
		t.Errorf("%s: %v", what, err)
	}
}

// yamlAsJSON turns a YAML document into JSON, as a reader of the YAML
// output sees it.
func yamlAsJSON(t *testing.T, what string, data []byte) []byte {
	t.Helper()
	var v any
	if err := yaml.Unmarshal(data, &v); err != nil {
		t.Fatalf("%s: %v", what, err)
	}
	out, err := json.Marshal(v)
	if err != nil {
		t.Fatalf("%s: %v", what, err)
	}
	return out
}

// extract runs the pipeline over paths, at most max documents (0: all),
// and returns the results.
func extract(t *testing.T, max int, paths ...string) []*doc.Result {
	t.Helper()
	g, err := pipeline.LoadGazetteers(gazetteers.FS)
	if err != nil {
		t.Fatal(err)
	}
	x := pipeline.New(g)
	var out []*doc.Result
	for d, err := range input.Documents(context.Background(), paths, input.Options{}) {
		if err != nil {
			continue // empty and broken documents have no record
		}
		r, err := x.Process(context.Background(), d)
		if err != nil {
			t.Fatalf("%s: %v", d.ID, err)
		}
		out = append(out, r)
		if max > 0 && len(out) == max {
			break
		}
	}
	return out
}

// sample is the real output the tests validate: the seeds, the English
// golden inputs and, when ../shared is there, the first 400 articles of
// the corpus.
// It is made once for all the tests.
func sample(t *testing.T) []*doc.Result {
	t.Helper()
	if sampled == nil {
		sampled = extract(t, 0, "../seeds", "../pipeline/english/testdata/golden")
		if _, err := os.Stat(corpus); err == nil {
			sampled = append(sampled, extract(t, 400, corpus)...)
		}
	}
	return sampled
}

// sampled holds the sample once made (the tests do not run in parallel).
var sampled []*doc.Result

const corpus = "../../shared/corpus/ant-news-2018.jsonl.gz"

// TestRecords validates the records of the sample as JSON Lines and as
// YAML, and the committed out/ files.
func TestRecords(t *testing.T) {
	s := compile(t, "record.schema.json")
	results := sample(t)
	english := 0
	for _, r := range results {
		if r.Document.Language == "en" {
			english++
		}
		line, err := output.JSON(r)
		if err != nil {
			t.Fatal(err)
		}
		validate(t, s, r.Document.ID+" (JSON)", line)
		y, err := output.YAML(r)
		if err != nil {
			t.Fatal(err)
		}
		validate(t, s, r.Document.ID+" (YAML)", yamlAsJSON(t, r.Document.ID, y))
	}
	t.Logf("%d records valid, %d of them English", len(results), english)
	if len(results) < 5 || english == 0 {
		t.Errorf("%d records, %d English: want the seeds and the English inputs", len(results), english)
	}
	files, err := filepath.Glob("../out/*.yaml")
	if err != nil || len(files) == 0 {
		t.Fatalf("no out/*.yaml: %v", err)
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		validate(t, s, f, yamlAsJSON(t, f, data))
	}
}

// TestExportRows validates the meeting and dyad rows of the sample's
// export.
func TestExportRows(t *testing.T) {
	ms := dataset.Build(sample(t))
	if len(ms) == 0 {
		t.Fatal("no meetings in the sample")
	}
	tests := []struct {
		schema string
		write  func(*bytes.Buffer) error
	}{
		{"meeting.schema.json", func(b *bytes.Buffer) error { return export.Write(b, "jsonl", ms) }},
		{"dyad.schema.json", func(b *bytes.Buffer) error { return export.WriteDyads(b, "jsonl", ms) }},
	}
	for _, tt := range tests {
		t.Run(tt.schema, func(t *testing.T) {
			s := compile(t, tt.schema)
			var buf bytes.Buffer
			if err := tt.write(&buf); err != nil {
				t.Fatal(err)
			}
			sc := bufio.NewScanner(&buf)
			sc.Buffer(nil, 1<<24)
			n := 0
			for sc.Scan() {
				n++
				validate(t, s, tt.schema+" row "+strconv.Itoa(n), sc.Bytes())
			}
			if n < len(ms) {
				t.Errorf("%d rows for %d meetings", n, len(ms))
			}
		})
	}
}

// TestInvalid checks that the schemas reject what they should: each
// change to a valid row or record makes it invalid.
func TestInvalid(t *testing.T) {
	results := extract(t, 0, "../seeds")
	var rec map[string]any
	line, _ := output.JSON(results[1])
	if err := json.Unmarshal(line, &rec); err != nil {
		t.Fatal(err)
	}
	ms := dataset.Build(results)
	var buf bytes.Buffer
	if err := export.WriteDyads(&buf, "jsonl", ms); err != nil {
		t.Fatal(err)
	}
	var dyad map[string]any
	if err := json.Unmarshal([]byte(strings.SplitN(buf.String(), "\n", 2)[0]), &dyad); err != nil {
		t.Fatal(err)
	}
	document := func(r map[string]any) map[string]any { return r["document"].(map[string]any) }
	event := func(r map[string]any) map[string]any { return r["events"].([]any)[0].(map[string]any) }
	tests := []struct {
		name   string
		schema string
		base   map[string]any
		change func(map[string]any)
	}{
		{"no format_version", "record.schema.json", rec, func(r map[string]any) { delete(r, "format_version") }},
		{"format_version 2", "record.schema.json", rec, func(r map[string]any) { r["format_version"] = 2 }},
		{"unknown key", "record.schema.json", rec, func(r map[string]any) { r["confidence"] = 0.5 }},
		{"no extractor", "record.schema.json", rec, func(r map[string]any) { delete(document(r), "extractor") }},
		{"extractor with a time", "record.schema.json", rec, func(r map[string]any) { document(r)["extractor"] = "extract v1 2026-12-07T01:00:00Z" }},
		{"unknown role", "record.schema.json", rec, func(r map[string]any) {
			event(r)["participants"].([]any)[0].(map[string]any)["role"] = "boss"
		}},
		{"negative offset", "record.schema.json", rec, func(r map[string]any) { event(r)["trigger"].(map[string]any)["start"] = -1 }},
		{"cameo as a number", "dyad.schema.json", dyad, func(r map[string]any) { r["cameo"] = 43 }},
		{"goldstein as text", "dyad.schema.json", dyad, func(r map[string]any) { r["goldstein"] = "2.8" }},
		{"no target", "dyad.schema.json", dyad, func(r map[string]any) { delete(r, "target_id") }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := compile(t, tt.schema)
			data, _ := json.Marshal(tt.base)
			validate(t, s, "unchanged", data) // the base is valid
			var v map[string]any
			if err := json.Unmarshal(data, &v); err != nil {
				t.Fatal(err)
			}
			tt.change(v)
			data, _ = json.Marshal(v)
			inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
			if err != nil {
				t.Fatal(err)
			}
			if err := s.Validate(inst); err == nil {
				t.Errorf("valid after the change: %s", data)
			}
		})
	}
}
