package input

import (
	"bytes"
	"compress/gzip"
	"context"
	"math/rand"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/extract-news/extract/pipeline/doc"
)

// lineFiles writes JSON Lines files with duplicate ids within and across
// files, ids that look renamed, missing ids, bad lines, a BOM, a gzipped
// file, an empty file and a binary one, and returns their paths in
// reading order.
func lineFiles(t *testing.T) []string {
	t.Helper()
	dir := t.TempDir()
	write := func(name, content string, gz bool) string {
		p := filepath.Join(dir, name)
		data := []byte(content)
		if gz {
			var b bytes.Buffer
			zw := gzip.NewWriter(&b)
			zw.Write(data)
			zw.Close()
			data = b.Bytes()
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	return []string{
		write("a.jsonl", "\ufeff"+`{"id":"a","text":"استقبل بوتين أردوغان.","published":"2018-02-18T21:35:43+04:00"}
{"id":"a","text":"نص"}

{"text":"بلا معرف"}
{"id":"a~2","text":"نص آخر"}
{"id":"x","text":5}
{"id":"b","text":"ب","published":"yesterday"}
{"id":"a","text":"نص ثالث"
`, false),
		write("b.jsonl.gz", `{"id":"a","text":"مكرر","title":"t","url":"u","source":"s"}
{"id":"a-4","text":"يشبه المعرف الافتراضي"}
{"id":"b~2","text":"ب"}
{"id":"b","text":"ب"}
{"id":"b","text":"ب"}
`, true),
		write("a-copy.jsonl", `{"id":"a~2~2","text":"ج"}
{"id":"a~02","text":"د"}
{"text":"بلا معرف"}
`, false),
		write("empty.jsonl", "\n\n", false),
		write("binary.jsonl", "\x00\x01\x02\x03\x04\n{\"text\":\"x\"}\n", false),
		write("truncated.jsonl.gz", "\x1f\x8b\x08\x00", false),
	}
}

// readLines reads paths with Lines and makes the ids unique with ids,
// as Documents would.
func readLines(t *testing.T, paths []string, ids *IDs) []item {
	t.Helper()
	var got []item
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			t.Fatal(err)
		}
		for d, err := range Lines(context.Background(), p, f, Options{}) {
			if (d == nil) == (err == nil) {
				t.Fatalf("yielded document %v with error %v: want exactly one", d, err)
			}
			if d != nil && ids != nil {
				ids.Unique(d)
			}
			got = append(got, summarize(d, err))
		}
		f.Close()
	}
	return got
}

func TestLinesAsDocuments(t *testing.T) {
	paths := lineFiles(t)
	want := collect(t, context.Background(), paths, Options{})
	got := readLines(t, paths, &IDs{})
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Lines + IDs.Unique:\n%v\nDocuments:\n%v", got, want)
	}
	var renamed int
	for _, it := range want {
		for _, w := range it.Warnings {
			if strings.HasPrefix(w, "duplicate id") {
				renamed++
			}
		}
	}
	if renamed < 5 {
		t.Errorf("the files give %d renamed documents, want at least 5", renamed)
	}
}

func TestLinesKeepsIDs(t *testing.T) {
	paths := lineFiles(t)
	var ids []string
	for _, it := range readLines(t, paths, nil) {
		if it.Err == "" {
			ids = append(ids, it.ID)
		}
	}
	want := []string{"a", "a", "a-4", "a~2", "b", "a", "a-4", "b~2", "b", "b", "a~2~2", "a~02", "a-copy-3"}
	if !reflect.DeepEqual(ids, want) {
		t.Errorf("ids %q, want %q", ids, want)
	}
}

// TestFamilies makes the ids unique family by family, the families in
// random order, and compares with one IDs over all documents.
func TestFamilies(t *testing.T) {
	paths := lineFiles(t)
	want := readLines(t, paths, &IDs{})
	docs := readLines(t, paths, nil)
	for seed := range int64(20) {
		rng := rand.New(rand.NewSource(seed))
		families := map[string][]int{} // family → indexes into docs, in reading order
		var keys []string
		for i, it := range docs {
			if it.Err != "" {
				continue
			}
			f := Family(it.ID)
			if families[f] == nil {
				keys = append(keys, f)
			}
			families[f] = append(families[f], i)
		}
		rng.Shuffle(len(keys), func(i, j int) { keys[i], keys[j] = keys[j], keys[i] })
		got := slices.Clone(docs)
		for _, f := range keys {
			var ids IDs
			for _, i := range families[f] {
				d := &doc.Document{ID: docs[i].ID, Origin: docs[i].Origin, Warnings: slices.Clone(docs[i].Warnings)}
				ids.Unique(d)
				got[i].ID, got[i].Warnings = d.ID, d.Warnings
			}
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("seed %d: by family:\n%v\nall at once:\n%v", seed, got, want)
		}
	}
}

func TestFamily(t *testing.T) {
	for id, want := range map[string]string{
		"a":         "a",
		"a~2":       "a",
		"a~2~3":     "a",
		"a~07":      "a",
		"a~":        "a~",
		"a~b":       "a~b",
		"a~b~2":     "a~b",
		"~2":        "",
		"x-1":       "x-1",
		"قمة~12~2x": "قمة~12~2x",
	} {
		if got := Family(id); got != want {
			t.Errorf("Family(%q) = %q, want %q", id, got, want)
		}
	}
}
