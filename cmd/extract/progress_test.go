package main

import (
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"testing"
)

func TestInputSize(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	lines := bytes.Repeat([]byte(`{"id":"a","text":"بشار الأسد"}`+"\n"), 100)
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write(lines)
	zw.Close()
	plain := write("a.jsonl", lines)
	packed := write("b.jsonl.gz", gz.Bytes())
	txt := write("c.txt", []byte("عنوان\nنص"))
	write(".hidden.txt", []byte("not read"))
	write("notes.md", []byte("not read"))
	sub := filepath.Join(dir, "sub")
	if err := os.Mkdir(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	n := int64(len(lines))
	tests := []struct {
		name  string
		paths []string
		want  int64
	}{
		{"plain file", []string{plain}, n},
		{"gzip file: uncompressed size from the trailer", []string{packed}, n},
		{"two files", []string{plain, txt}, n + int64(len("عنوان\nنص"))},
		{"directory: the files extract reads", []string{dir}, 2*n + int64(len("عنوان\nنص"))},
		{"standard input", []string{plain, "-"}, -1},
		{"missing path", []string{filepath.Join(dir, "none.jsonl")}, -1},
	}
	for _, tt := range tests {
		if got := inputSize(tt.paths); got != tt.want {
			t.Errorf("%s: inputSize = %d, want %d", tt.name, got, tt.want)
		}
	}
}

func TestProgressOnlyOnTerminal(t *testing.T) {
	var buf bytes.Buffer
	if p := newProgress(&buf, []string{"-"}, false); p != nil {
		t.Error("progress bar on a buffer")
	}
	f, err := os.CreateTemp(t.TempDir(), "stderr")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if p := newProgress(f, []string{"-"}, false); p != nil {
		t.Error("progress bar on a file")
	}
	var p *progress
	if p.hook() != nil {
		t.Error("nil progress has a hook")
	}
	p.finish() // must not panic
}
