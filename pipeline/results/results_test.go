package results

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/extract-news/extract/pipeline/doc"
)

const (
	lineA = `{"document":{"id":"a","title":"A"},"entities":[],"events":[]}`
	lineB = `{"document":{"id":"b"},"entities":[{"id":"x","type":"person","name":"X","name_ar":"س","mentions":[]}],"events":[]}`
)

// write writes the files of files (name → content) into a new directory
// and returns it.
func write(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, data := range files {
		if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func gzipped(s string) string {
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write([]byte(s))
	zw.Close()
	return b.String()
}

func TestLoad(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		path  string // under the directory; "" is the directory
		ids   []string
		err   string // the error contains it, with the directory for {dir}
	}{
		{name: "YAML directory, sorted by id", files: map[string]string{
			"b.yaml": "document:\n  id: b\nentities: []\nevents: []\n",
			"a.yml":  "document:\n  id: a\nentities: []\nevents: []\n",
		}, ids: []string{"a", "b"}},
		{name: "YAML: id from the file name", files: map[string]string{
			"d7.yaml": "entities: []\nevents: []\n",
		}, ids: []string{"d7"}},
		{name: "YAML: hidden, temporary, other files and directories skipped", files: map[string]string{
			"a.yaml":               "document:\n  id: a\nevents: []\n",
			".b.yaml":              "junk: [",
			".c.yaml.tmp-1":        "junk: [",
			"notes.txt":            "junk: [",
			"sub/d.yaml":           "junk: [",
			"e.yaml.tmp-123456789": "junk: [",
		}, ids: []string{"a"}},
		{name: "YAML: a broken file named with its line", files: map[string]string{
			"a.yaml":   "document:\n  id: a\n",
			"bad.yaml": "document:\n  id: x\nentities: [\n",
		}, err: "{dir}/bad.yaml: yaml: line"},
		{name: "YAML: an id met twice", files: map[string]string{
			"a.yaml": "document:\n  id: a\n",
			"b.yaml": "document:\n  id: a\n",
		}, err: `{dir}/b.yaml: document id "a" already read from {dir}/a.yaml`},
		{name: "YAML: empty directory", files: map[string]string{}, ids: nil},
		{name: "JSON Lines, sorted by id, blank lines skipped", files: map[string]string{
			"run.jsonl": lineB + "\n\n  \n" + lineA + "\n",
		}, path: "run.jsonl", ids: []string{"a", "b"}},
		{name: "JSON Lines without a final newline", files: map[string]string{
			"run.jsonl": lineA,
		}, path: "run.jsonl", ids: []string{"a"}},
		{name: "JSON Lines, gzipped", files: map[string]string{
			"run.jsonl.gz": gzipped(lineB + "\n" + lineA + "\n"),
		}, path: "run.jsonl.gz", ids: []string{"a", "b"}},
		{name: "JSON Lines, gzipped under any name", files: map[string]string{
			"run.jsonl": gzipped(lineA + "\n"),
		}, path: "run.jsonl", ids: []string{"a"}},
		{name: "JSON Lines: a broken line named with file:line", files: map[string]string{
			"run.jsonl": lineA + "\n{broken\n",
		}, path: "run.jsonl", err: "{dir}/run.jsonl:2: invalid character"},
		{name: "JSON Lines, gzipped: a broken line named with file:line", files: map[string]string{
			"run.jsonl.gz": gzipped(lineA + "\n\n" + lineB + "\n{broken\n"),
		}, path: "run.jsonl.gz", err: "{dir}/run.jsonl.gz:4: invalid character"},
		{name: "JSON Lines: a result without an id", files: map[string]string{
			"run.jsonl": `{"document":{}}` + "\n",
		}, path: "run.jsonl", err: "{dir}/run.jsonl:1: result without a document id"},
		{name: "JSON Lines: an id met twice", files: map[string]string{
			"run.jsonl": lineA + "\n" + lineB + "\n" + lineA + "\n",
		}, path: "run.jsonl", err: `{dir}/run.jsonl:3: document id "a" already on line 1`},
		{name: "JSON Lines: a truncated gzip stream", files: map[string]string{
			"run.jsonl.gz": gzipped(lineA + "\n" + lineB + "\n")[:40],
		}, path: "run.jsonl.gz", err: "{dir}/run.jsonl.gz:"},
		{name: "missing path", files: map[string]string{}, path: "nope", err: "{dir}/nope: no such file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := write(t, tt.files)
			rs, err := Load(context.Background(), filepath.Join(dir, tt.path))
			if tt.err != "" {
				want := strings.ReplaceAll(tt.err, "{dir}", dir)
				if err == nil || !strings.Contains(err.Error(), want) {
					t.Fatalf("Load: %v, want an error containing %q", err, want)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			var ids []string
			for _, r := range rs {
				ids = append(ids, r.Document.ID)
			}
			if !reflect.DeepEqual(ids, tt.ids) {
				t.Errorf("ids %v, want %v", ids, tt.ids)
			}
		})
	}
}

// TestYAMLAndLinesAgree checks that a result reads the same from a YAML
// file and a JSON line.
func TestYAMLAndLinesAgree(t *testing.T) {
	dir := write(t, map[string]string{
		"yaml/b.yaml": "document:\n  id: b\nentities:\n  - id: x\n    type: person\n    name: X\n    name_ar: س\n    mentions: []\nevents: []\n",
		"run.jsonl":   lineB + "\n",
	})
	fromYAML, err := Load(context.Background(), filepath.Join(dir, "yaml"))
	if err != nil {
		t.Fatal(err)
	}
	fromLines, err := Load(context.Background(), filepath.Join(dir, "run.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(fromYAML, fromLines) {
		t.Errorf("YAML %+v, JSON Lines %+v", fromYAML[0], fromLines[0])
	}
}

// TestEach checks that Each streams in the order of the source and stops
// at fn's error and at cancellation.
func TestEach(t *testing.T) {
	dir := write(t, map[string]string{
		"run.jsonl":  lineB + "\n" + lineA + "\n",
		"out/b.yaml": "document:\n  id: b\n",
		"out/a.yaml": "document:\n  id: a\n",
	})
	for _, tt := range []struct {
		path string
		ids  []string
	}{
		{"run.jsonl", []string{"b", "a"}},
		{"out", []string{"a", "b"}},
	} {
		t.Run(tt.path, func(t *testing.T) {
			path := filepath.Join(dir, tt.path)
			var ids []string
			if err := Each(context.Background(), path, func(r *doc.Result) error {
				ids = append(ids, r.Document.ID)
				return nil
			}); err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(ids, tt.ids) {
				t.Errorf("ids %v, want %v", ids, tt.ids)
			}
			stop := errors.New("stop")
			n := 0
			if err := Each(context.Background(), path, func(*doc.Result) error { n++; return stop }); err != stop || n != 1 {
				t.Errorf("Each with fn failing: %v after %d results, want stop after 1", err, n)
			}
			ctx, cancel := context.WithCancel(context.Background())
			cancel()
			if err := Each(ctx, path, func(*doc.Result) error { n++; return nil }); !errors.Is(err, context.Canceled) || !strings.Contains(err.Error(), path) {
				t.Errorf("Each when cancelled: %v, want context.Canceled naming %s", err, path)
			}
		})
	}
}

// TestEachLineStream checks EachLine on a stream with a name of its own
// (standard input).
func TestEachLineStream(t *testing.T) {
	var ids []string
	err := EachLine(context.Background(), "-", strings.NewReader(gzipped(lineA+"\n"+lineB+"\n{")), func(r *doc.Result) error {
		ids = append(ids, r.Document.ID)
		return nil
	})
	if err == nil || !strings.HasPrefix(err.Error(), "-:3: ") {
		t.Errorf("EachLine: %v, want an error at -:3", err)
	}
	if !reflect.DeepEqual(ids, []string{"a", "b"}) {
		t.Errorf("ids %v before the error, want [a b]", ids)
	}
}

func TestCompleteYAML(t *testing.T) {
	for _, tt := range []struct {
		name, data string
		want       bool
	}{
		{"complete", "document:\n  id: a\nentities: []\nevents: []\n", true},
		{"events listed", "document:\n  id: a\nevents:\n  - id: e1\n", true},
		{"cut before events", "document:\n  id: a\nentities: []\n", false},
		{"another document", "document:\n  id: b\nevents: []\n", false},
		{"does not parse", "document:\n  id: a\nevents: [\n", false},
		{"events not a list", "document:\n  id: a\nevents: x\n", false},
	} {
		if got := CompleteYAML([]byte(tt.data), "a"); got != tt.want {
			t.Errorf("%s: CompleteYAML = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestLineID(t *testing.T) {
	for _, tt := range []struct {
		line, id string
		ok       bool
	}{
		{lineA + "\n", "a", true},
		{"  " + lineB + "\r\n", "b", true},
		{`{"document":{"id":""}}`, "", true},
		{`{"document":{}}`, "", false},
		{`{"document":{"id":"a"`, "", false},
		{`[]`, "", false},
	} {
		if id, ok := LineID([]byte(tt.line)); id != tt.id || ok != tt.ok {
			t.Errorf("LineID(%q) = %q, %v, want %q, %v", tt.line, id, ok, tt.id, tt.ok)
		}
	}
}
