package main

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
	"github.com/extract-news/extract/beam/extractbeam"
)

func TestMain(m *testing.M) { ptest.Main(m) }

// setFlags sets the command's flags for one test (-input to the values
// separated by "|") and restores them after.
func setFlags(t *testing.T, values map[string]string) {
	t.Helper()
	saved := inputFlag
	t.Cleanup(func() { inputFlag = saved })
	inputFlag = nil
	if v, ok := values["input"]; ok {
		inputFlag = strings.Split(v, "|")
	}
	for _, name := range []string{"output", "shards", "export", "published", "gazetteers"} {
		f := flag.Lookup(name)
		old := f.Value.String()
		t.Cleanup(func() { f.Value.Set(old) })
		if v, ok := values[name]; ok {
			if err := f.Value.Set(v); err != nil {
				t.Fatal(err)
			}
		}
	}
}

func TestRun(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in.jsonl")
	err := os.WriteFile(in, []byte(`{"id":"a","text":"استقبل الرئيس بشار الأسد في دمشق أمس وزير الخارجية الإيراني محمد جواد ظريف.","published":"2018-07-09"}
{"id":"b","text":"التقى فلاديمير بوتين مع رجب طيب أردوغان في سوتشي
{"id":"c","text":"التقى فلاديمير بوتين مع رجب طيب أردوغان في سوتشي اليوم."}
`), 0o644)
	if err != nil {
		t.Fatal(err)
	}
	prefix := filepath.Join(dir, "out", "run")
	setFlags(t, map[string]string{"input": in, "output": prefix, "shards": "2", "export": "csv,jsonl", "published": "2018-07-10"})
	var stderr bytes.Buffer
	if code := run(context.Background(), &stderr); code != exitFailed {
		t.Errorf("exit status %d with a malformed line, want %d; stderr:\n%s", code, exitFailed, &stderr)
	}
	if !strings.Contains(stderr.String(), "extract-beam: 2 documents, ") || !strings.Contains(stderr.String(), " 2 meetings, 1 errors, ") {
		t.Errorf("summary: %s", &stderr)
	}
	for _, name := range []string{
		extractbeam.ShardName(prefix, 0, 2), extractbeam.ShardName(prefix, 1, 2), extractbeam.ErrorsName(prefix),
		extractbeam.MeetingsName(prefix, "csv"), extractbeam.MeetingsName(prefix, "jsonl"),
	} {
		if _, err := os.Stat(name); err != nil {
			t.Error(err)
		}
	}
	errs, err := os.ReadFile(extractbeam.ErrorsName(prefix))
	if err != nil {
		t.Fatal(err)
	}
	if want := in + `:2: invalid JSON`; !strings.Contains(string(errs), want) {
		t.Errorf("dead letters %s: want %s", errs, want)
	}
}

func TestUsage(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		flags map[string]string
		want  string
	}{
		{map[string]string{"output": filepath.Join(dir, "run")}, "no -input"},
		{map[string]string{"input": "in.jsonl"}, "no -output"},
		{map[string]string{"input": "in.jsonl", "output": filepath.Join(dir, "run"), "export": "xlsx"}, `unknown format "xlsx"`},
		{map[string]string{"input": filepath.Join(dir, "none-*.jsonl.gz"), "output": filepath.Join(dir, "run")}, "-input " + filepath.Join(dir, "none-*.jsonl.gz") + ": no file matches"},
		{map[string]string{"input": filepath.Join(dir, "missing.jsonl") + "|" + filepath.Join(dir, "none-*.jsonl"), "output": filepath.Join(dir, "run")},
			"-input " + filepath.Join(dir, "missing.jsonl") + ": no file matches; -input " + filepath.Join(dir, "none-*.jsonl") + ": no file matches"},
		{map[string]string{"input": "in.jsonl", "output": filepath.Join(dir, "run"), "published": "July"}, "-published: malformed date"},
		{map[string]string{"input": "in.jsonl", "output": filepath.Join(dir, "run"), "gazetteers": dir}, "-gazetteers: no *.yaml files"},
	} {
		t.Run(tc.want, func(t *testing.T) {
			setFlags(t, tc.flags)
			var stderr bytes.Buffer
			if code := run(context.Background(), &stderr); code != exitUsage || !strings.Contains(stderr.String(), tc.want) {
				t.Errorf("exit status %d, stderr %q; want %d and %q", code, &stderr, exitUsage, tc.want)
			}
		})
	}
}
