package input

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"github.com/extract-news/extract/internal/testlong"
	"io"
	"io/fs"
	"iter"
	"math/rand"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/extract-news/extract/pipeline/doc"
)

// item is one yielded value, summarized for comparison.
type item struct {
	ID, Title, Text, Origin, URL, Source string
	Published                            string // RFC 3339, "" when zero
	Warnings                             []string
	Err                                  string // a fragment of the error message
}

func summarize(d *doc.Document, err error) item {
	if err != nil {
		return item{Err: err.Error()}
	}
	it := item{ID: d.ID, Title: d.Title, Text: d.Text, Origin: d.Origin, URL: d.URL, Source: d.Source, Warnings: d.Warnings}
	if !d.Published.IsZero() {
		it.Published = d.Published.Format(time.RFC3339)
	}
	return it
}

func collect(t *testing.T, ctx context.Context, paths []string, opts Options) []item {
	t.Helper()
	var got []item
	for d, err := range Documents(ctx, paths, opts) {
		if (d == nil) == (err == nil) {
			t.Fatalf("yielded document %v with error %v: want exactly one", d, err)
		}
		if err != nil && strings.Contains(err.Error(), "\n") {
			t.Errorf("error %q spans several lines", err)
		}
		got = append(got, summarize(d, err))
	}
	return got
}

// match compares got with want; Err in want is a fragment, and fields of
// want left empty are not compared except for Err, ID and Warnings.
func match(t *testing.T, got, want []item) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("got %d items, want %d:", len(got), len(want))
		for i, g := range got {
			t.Errorf("  %d: %+v", i, short(g))
		}
		return
	}
	for i := range want {
		g, w := got[i], want[i]
		if w.Err != "" || g.Err != "" {
			if w.Err == "" || !strings.Contains(g.Err, w.Err) {
				t.Errorf("item %d: error %q, want one containing %q (doc %+v)", i, g.Err, w.Err, short(g))
			}
			continue
		}
		if g.ID != w.ID {
			t.Errorf("item %d: ID %q, want %q", i, g.ID, w.ID)
		}
		check := func(field, got, want string) {
			if want != "" && got != want {
				t.Errorf("item %d (%s): %s %q, want %q", i, g.ID, field, got, want)
			}
		}
		check("Title", g.Title, w.Title)
		check("Text", g.Text, w.Text)
		check("Origin", g.Origin, w.Origin)
		check("URL", g.URL, w.URL)
		check("Source", g.Source, w.Source)
		check("Published", g.Published, w.Published)
		if len(g.Warnings) != len(w.Warnings) {
			t.Errorf("item %d (%s): warnings %q, want %q", i, g.ID, g.Warnings, w.Warnings)
			continue
		}
		for j := range w.Warnings {
			if !strings.Contains(g.Warnings[j], w.Warnings[j]) {
				t.Errorf("item %d (%s): warning %q, want one containing %q", i, g.ID, g.Warnings[j], w.Warnings[j])
			}
		}
	}
}

func short(it item) item {
	if len(it.Text) > 40 {
		it.Text = it.Text[:40] + "…"
	}
	return it
}

func gz(t testing.TB, s string) []byte {
	t.Helper()
	var buf bytes.Buffer
	w := gzip.NewWriter(&buf)
	if _, err := w.Write([]byte(s)); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// writeFiles creates files (name → content) in a new temporary directory
// and returns it. Names ending in "/" are directories.
func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		p := filepath.Join(dir, name)
		if strings.HasSuffix(name, "/") {
			if err := os.MkdirAll(p, 0o755); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

const (
	title = "بوتين يستقبل أردوغان في سوتشي"
	body  = "استقبل الرئيس الروسي فلاديمير بوتين نظيره التركي رجب طيب أردوغان يوم الإثنين."
)

// rawBytes turns the escapes \xff, \xfe, \xc3 and \x00 of a raw string
// into the bytes themselves.
var rawBytes = strings.NewReplacer(`\xff`, "\xff", `\xfe`, "\xfe", `\xc3`, "\xc3", `\x00`, "\x00")

var defaultDate = time.Date(2018, 3, 5, 0, 0, 0, 0, time.UTC)

func TestDocuments(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		paths []string // relative to the directory of files; "-" is stdin
		stdin string
		opts  Options
		want  []item
	}{
		{
			name:  "txt",
			files: map[string]string{"a.txt": "  " + title + "  \n" + body + "\n"},
			paths: []string{"a.txt"},
			opts:  Options{Published: defaultDate},
			want: []item{{ID: "a", Title: title, Text: "  " + title + "  \n" + body + "\n",
				Origin: "a.txt", Published: "2018-03-05T00:00:00Z"}},
		},
		{
			name:  "txt with BOM, CRLF and dots in name",
			files: map[string]string{"v1.2.txt": "\uFEFF" + title + "\r\n" + body + "\r\n"},
			paths: []string{"v1.2.txt"},
			want:  []item{{ID: "v1.2", Title: title, Text: title + "\r\n" + body + "\r\n"}},
		},
		{
			name:  "txt with hidden-file name",
			files: map[string]string{"..x.txt": body},
			paths: []string{"..x.txt"},
			want:  []item{{ID: "__x", Title: body, Text: body}},
		},
		{
			name:  "txt invalid UTF-8 replaced",
			files: map[string]string{"bad.txt": title + "\xff\xfe\n" + body + "\xc3\n"},
			paths: []string{"bad.txt"},
			want: []item{{ID: "bad", Title: title + "\uFFFD", Text: title + "\uFFFD\n" + body + "\uFFFD\n",
				Warnings: []string{"invalid UTF-8 replaced at 2 places"}}},
		},
		{
			name:  "txt binary NUL",
			files: map[string]string{"bin.txt": "hello world\x00rest", "ok.txt": body},
			paths: []string{"bin.txt", "ok.txt"},
			want:  []item{{Err: "bin.txt: binary file (NUL byte at offset 11)"}, {ID: "ok"}},
		},
		{
			name:  "txt binary invalid UTF-8",
			files: map[string]string{"bin.txt": "ab\xff\xfe\xfd\x80\x81cdefgh", "ok.txt": body},
			paths: []string{"bin.txt", "ok.txt"},
			want:  []item{{Err: "bin.txt: binary file (38% invalid UTF-8 or control characters)"}, {ID: "ok"}},
		},
		{
			name:  "txt binary control characters",
			files: map[string]string{"bin.txt": "\x01\x02\x03\x04 abc", "ok.txt": body},
			paths: []string{"bin.txt", "ok.txt"},
			want:  []item{{Err: "bin.txt: binary file ("}, {ID: "ok"}},
		},
		{
			name:  "txt empty",
			files: map[string]string{"empty.txt": "", "blank.txt": " \n\t\r\n", "ok.txt": body},
			paths: []string{"empty.txt", "blank.txt", "ok.txt"},
			want:  []item{{Err: "empty.txt: empty document"}, {Err: "blank.txt: empty document"}, {ID: "ok"}},
		},
		{
			name:  "missing and unreadable paths",
			files: map[string]string{"ok.txt": body, "x.md": "# x"},
			paths: []string{"missing.txt", "ok.txt/x.txt", "x.md", "ok.txt"},
			want: []item{
				{Err: "missing.txt: no such file or directory"},
				{Err: "ok.txt/x.txt: not a directory"},
				{Err: "x.md: unsupported file type"},
				{ID: "ok"},
			},
		},
		{
			name: "directory",
			files: map[string]string{
				"d/c.txt":         "C\n" + body,
				"d/a.jsonl":       `{"id":"a1","text":"A1"}` + "\n" + `{"id":"a2","text":"A2"}` + "\n",
				"d/b.jsonl.gz":    string(gz(t, `{"id":"b1","text":"B1"}`)),
				"d/B.txt":         "upper",
				"d/notes.md":      "ignored",
				"d/data.json":     "ignored",
				"d/.hidden.txt":   "ignored",
				"d/sub/x.txt":     "not recursive",
				"d/dir.txt/y.txt": "a directory named .txt",
			},
			paths: []string{"d"},
			want: []item{
				{ID: "B", Text: "upper", Origin: "d/B.txt"},
				{ID: "a1", Text: "A1", Origin: "d/a.jsonl:1"},
				{ID: "a2", Text: "A2", Origin: "d/a.jsonl:2"},
				{ID: "b1", Text: "B1", Origin: "d/b.jsonl.gz:1"},
				{ID: "c", Title: "C", Origin: "d/c.txt"},
			},
		},
		{
			name:  "empty directory",
			files: map[string]string{"d/x.md": "", "ok.txt": body},
			paths: []string{"d", "ok.txt"},
			want:  []item{{Err: "d: no .txt, .jsonl or .jsonl.gz files"}, {ID: "ok"}},
		},
		{
			name: "jsonl fields and dates",
			files: map[string]string{"corpus.jsonl": `{"id":"x1","title":"` + title + `","text":"` + body + `","published":"2018-02-18T21:35:43+04:00","url":"http://e.com/1","source":"alarabiya","category":"politics"}
{"id":"x2","text":"b","published":"2018-02-19"}

{"text":"c","published":"2018-02-20 10:11:12"}
{"id":"","text":"d","published":"2018-02-21T10:11:12.5Z"}
{"id":"../a/b\\c","text":"e","published":null}
{"id":42,"text":"f","published":""}
`},
			paths: []string{"corpus.jsonl"},
			opts:  Options{Published: defaultDate},
			want: []item{
				{ID: "x1", Title: title, Text: body, Published: "2018-02-18T21:35:43+04:00", URL: "http://e.com/1", Source: "alarabiya", Origin: "corpus.jsonl:1"},
				{ID: "x2", Text: "b", Published: "2018-02-19T00:00:00Z", Origin: "corpus.jsonl:2"},
				{ID: "corpus-4", Text: "c", Published: "2018-02-20T10:11:12Z", Origin: "corpus.jsonl:4"},
				{ID: "corpus-5", Text: "d", Published: "2018-02-21T10:11:12Z"},
				{ID: "___a_b_c", Text: "e", Published: "2018-03-05T00:00:00Z"},
				{ID: "42", Text: "f", Published: "2018-03-05T00:00:00Z"},
			},
		},
		{
			name: "jsonl bad published",
			files: map[string]string{"p.jsonl": `{"id":"a","text":"a","published":"yesterday"}
{"id":"b","text":"b","published":20180218}
{"id":"c","text":"c","published":"2018-13-45"}
`},
			paths: []string{"p.jsonl"},
			opts:  Options{Published: defaultDate},
			want: []item{
				{ID: "a", Published: "2018-03-05T00:00:00Z", Warnings: []string{`bad published date "yesterday"`}},
				{ID: "b", Published: "2018-03-05T00:00:00Z", Warnings: []string{"bad published date: want a string, got number"}},
				{ID: "c", Published: "2018-03-05T00:00:00Z", Warnings: []string{`bad published date "2018-13-45"`}},
			},
		},
		{
			name: "jsonl errors",
			files: map[string]string{"corpus.jsonl": rawBytes.Replace(`{"id":"a","text":"ok"}
{"id":"b","text":"trunc
[1,2]
"just a string"
null
{"id":"c","text":5}
{"id":"d","title":true,"text":"x"}
{"id":"e"}
{"id":"f","text":null}
{"id":"g","text":"  \n\t "}
{"id":{"x":1},"text":"x"}
{"id":"h","text":"x"} {"id":"i"}
{"id":"j","text":"a\u0000b"}
{"id":"k","text":"\u0001\u0002\u0003\u0004ab"}
{"id":"k2","text":"\b\b\b\bab"}
{"id":"l","text":"bad \xff\xfe utf8 \xc3"}
{"id":"m","text":"x\x00y"}
{"id":"n","text":"last","url":7}`)},
			paths: []string{"corpus.jsonl"},
			want: []item{
				{ID: "a"},
				{Err: "corpus.jsonl:2: invalid JSON: unexpected end of input"},
				{Err: "corpus.jsonl:3: not a JSON object (got array)"},
				{Err: "corpus.jsonl:4: not a JSON object (got string)"},
				{Err: "corpus.jsonl:5: not a JSON object (got null)"},
				{Err: `corpus.jsonl:6: field "text": want string, got number`},
				{Err: `corpus.jsonl:7: field "title": want string, got bool`},
				{Err: `corpus.jsonl:8: missing field "text"`},
				{Err: `corpus.jsonl:9: missing field "text"`},
				{Err: "corpus.jsonl:10: empty document"},
				{Err: `corpus.jsonl:11: field "id": want string, got object`},
				{Err: "corpus.jsonl:12: invalid JSON: invalid character '{' after top-level value"},
				{Err: `corpus.jsonl:13: binary content in "text" (NUL byte at offset 1)`},
				{Err: `corpus.jsonl:14: binary content in "text" (66% invalid UTF-8 or control characters)`},
				{Err: `corpus.jsonl:15: binary content in "text" (66% invalid UTF-8 or control characters)`},
				{ID: "l", Text: "bad \uFFFD utf8 \uFFFD", Warnings: []string{"invalid UTF-8 replaced at 2 places"}},
				{Err: "corpus.jsonl:17: binary content (NUL byte at offset 19)"},
				{Err: `corpus.jsonl:18: field "url": want string, got number`},
			},
		},
		{
			name:  "jsonl truncated last line",
			files: map[string]string{"t.jsonl": `{"text":"a"}` + "\n" + `{"text":"b`},
			paths: []string{"t.jsonl"},
			want:  []item{{ID: "t-1"}, {Err: "t.jsonl:2: invalid JSON: unexpected end of input"}},
		},
		{
			name:  "jsonl empty and binary files",
			files: map[string]string{"e.jsonl": "", "b.jsonl": "\n\n  \n", "bin.jsonl": "\x00\x01\x02\n\x00\n\x00\n", "ok.txt": body},
			paths: []string{"e.jsonl", "b.jsonl", "bin.jsonl", "ok.txt"},
			want: []item{
				{Err: "e.jsonl: empty file"},
				{Err: "b.jsonl: empty file"},
				{Err: "bin.jsonl: binary file (NUL byte at offset 0 in line 1)"},
				{ID: "ok"},
			},
		},
		{
			name: "jsonl.gz and gzip detected by magic bytes",
			files: map[string]string{
				"news.jsonl.gz": string(gz(t, "\uFEFF{\"text\":\"a\"}\r\n{\"text\":\"b\"}\n")),
				"plain.jsonl":   string(gz(t, `{"text":"c"}`)),
			},
			paths: []string{"news.jsonl.gz", "plain.jsonl"},
			want: []item{
				{ID: "news-1", Text: "a", Origin: "news.jsonl.gz:1"},
				{ID: "news-2", Text: "b", Origin: "news.jsonl.gz:2"},
				{ID: "plain-1", Text: "c", Origin: "plain.jsonl:1"},
			},
		},
		{
			name:  "jsonl.gz that is not gzip",
			files: map[string]string{"x.jsonl.gz": `{"text":"a"}`, "ok.txt": body},
			paths: []string{"x.jsonl.gz", "ok.txt"},
			want:  []item{{Err: "x.jsonl.gz: corrupt gzip stream: gzip: invalid header"}, {ID: "ok"}},
		},
		{
			name:  "stdin",
			stdin: `{"id":"s","text":"a"}` + "\n" + `{"text":"b"}` + "\n" + `{"text":` + "\n",
			paths: []string{"-"},
			want: []item{
				{ID: "s", Origin: "-:1"},
				{ID: "stdin-2", Origin: "-:2"},
				{Err: "-:3: invalid JSON: unexpected end of input"},
			},
		},
		{
			name:  "gzipped stdin",
			stdin: string(gz(t, `{"text":"a"}`)),
			paths: []string{"-"},
			want:  []item{{ID: "stdin-1", Origin: "-:1"}},
		},
		{
			name:  "plain text on stdin",
			stdin: "قمة في سوتشي\nاستقبل بوتين أردوغان.\n{\"not\": \"json lines\"}\n",
			paths: []string{"-"},
			opts:  Options{Published: time.Date(2018, 2, 18, 0, 0, 0, 0, time.UTC)},
			want: []item{{ID: "stdin", Origin: "-", Title: "قمة في سوتشي", Published: "2018-02-18T00:00:00Z",
				Text: "قمة في سوتشي\nاستقبل بوتين أردوغان.\n{\"not\": \"json lines\"}\n"}},
		},
		{
			name:  "plain text on stdin after a byte order mark and blank lines",
			stdin: "\uFEFF\n  \nMeeting\nPutin met Erdogan.",
			paths: []string{"-"},
			want:  []item{{ID: "stdin", Origin: "-", Title: "", Text: "\n  \nMeeting\nPutin met Erdogan."}},
		},
		{
			name:  "JSON Lines on stdin after blank lines",
			stdin: "\n\n  {\"id\":\"s\",\"text\":\"a\"}\n",
			paths: []string{"-"},
			want:  []item{{ID: "s", Origin: "-:3"}},
		},
		{
			name:  "blank stdin",
			stdin: " \n\t\n",
			paths: []string{"-"},
			want:  []item{{Err: "-: empty file (no JSON lines)"}},
		},
		{
			name: "duplicate ids",
			files: map[string]string{
				"x.txt":   "x",
				"a.jsonl": `{"id":"x","text":"1"}` + "\n" + `{"id":"x~3","text":"2"}` + "\n" + `{"id":"x","text":"3"}` + "\n" + `{"id":"x","text":"4"}` + "\n" + `{"id":"x~2","text":"5"}`,
			},
			paths: []string{"x.txt", "a.jsonl"},
			want: []item{
				{ID: "x", Origin: "x.txt"},
				{ID: "x~2", Warnings: []string{"duplicate id x (first at x.txt), renamed x~2"}},
				{ID: "x~3"},
				{ID: "x~4", Warnings: []string{"duplicate id x (first at x.txt), renamed x~4"}},
				{ID: "x~5", Warnings: []string{"duplicate id x (first at x.txt), renamed x~5"}},
				{ID: "x~2~2", Warnings: []string{"duplicate id x~2 (first at a.jsonl:1), renamed x~2~2"}},
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := writeFiles(t, tc.files)
			t.Chdir(dir)
			opts := tc.opts
			if tc.stdin != "" {
				opts.Stdin = strings.NewReader(tc.stdin)
			}
			got := collect(t, context.Background(), tc.paths, opts)
			match(t, got, tc.want)
		})
	}
}

func TestDefaultPath(t *testing.T) {
	t.Chdir(writeFiles(t, map[string]string{"seeds/s.txt": body}))
	match(t, collect(t, context.Background(), nil, Options{}), []item{{ID: "s", Origin: "seeds/s.txt"}})
}

// TestEmptyWraps checks that every kind of empty document is ErrEmpty,
// and that other errors are not.
func TestEmptyWraps(t *testing.T) {
	t.Chdir(writeFiles(t, map[string]string{
		"empty.txt": "", "blank.txt": " \n\u00a0\n", "ok.txt": body,
		"a.jsonl": `{"id":"e","text":"  "}` + "\n" + `{"id":"x"}` + "\n",
	}))
	var empty, other []string
	for _, err := range Documents(context.Background(), []string{"empty.txt", "blank.txt", "ok.txt", "a.jsonl", "-"}, Options{Stdin: strings.NewReader("\n \n")}) {
		switch {
		case errors.Is(err, ErrEmpty):
			empty = append(empty, err.Error())
		case err != nil:
			other = append(other, err.Error())
		}
	}
	wantEmpty := []string{"empty.txt: empty document (empty file)", "blank.txt: empty document", "a.jsonl:1: empty document"}
	wantOther := []string{`a.jsonl:2: missing field "text"`, "-: empty file (no JSON lines)"}
	if !slices.Equal(empty, wantEmpty) || !slices.Equal(other, wantOther) {
		t.Errorf("ErrEmpty: %q, others: %q; want %q and %q", empty, other, wantEmpty, wantOther)
	}
}

func TestErrorsWrap(t *testing.T) {
	for _, err := range Documents(context.Background(), []string{filepath.Join(t.TempDir(), "missing.txt")}, Options{}) {
		if !errors.Is(err, fs.ErrNotExist) {
			t.Errorf("error %v does not wrap fs.ErrNotExist", err)
		}
	}
}

// corpus returns n JSON lines with varied text, so that it compresses
// badly enough for corruption tests.
func corpus(n int) string {
	rng := rand.New(rand.NewSource(1))
	var b strings.Builder
	for i := range n {
		words := make([]string, 20)
		for j := range words {
			words[j] = fmt.Sprintf("%x", rng.Int63())
		}
		fmt.Fprintf(&b, `{"id":"d%d","text":%q}`+"\n", i, strings.Join(words, " "))
	}
	return b.String()
}

func TestCorruptGzip(t *testing.T) {
	data := gz(t, corpus(2000))
	truncated := data[:len(data)/2]
	flipped := bytes.Clone(data)
	for i := len(data) / 2; i < len(data)/2+64; i++ {
		flipped[i] ^= 0x55
	}
	for _, tc := range []struct {
		name string
		data []byte
	}{{"truncated", truncated}, {"flipped", flipped}} {
		t.Run(tc.name, func(t *testing.T) {
			t.Chdir(writeFiles(t, map[string]string{"c.jsonl.gz": string(tc.data), "ok.txt": body}))
			got := collect(t, context.Background(), []string{"c.jsonl.gz", "ok.txt"}, Options{})
			if len(got) < 3 {
				t.Fatalf("got %d items, want documents before the corruption", len(got))
			}
			// Flipped bits may decompress to garbage before the
			// checksum at the end fails; such lines are errors.
			for i, g := range got[:len(got)-2] {
				if g.Err == "" && g.ID != fmt.Sprintf("d%d", i) || g.Err != "" && (i < 100 || !strings.HasPrefix(g.Err, "c.jsonl.gz:")) {
					t.Fatalf("item %d: %+v, want document d%d", i, short(g), i)
				}
			}
			if e := got[len(got)-2].Err; !strings.Contains(e, "c.jsonl.gz: corrupt gzip stream after line ") {
				t.Errorf("error %q, want a corrupt gzip stream error", e)
			}
			if g := got[len(got)-1]; g.ID != "ok" {
				t.Errorf("last item %+v, want document ok", short(g))
			}
		})
	}
}

func TestPublishedKeepsOffset(t *testing.T) {
	in := `{"text":"a","published":"2018-02-18T21:35:43+04:00"}`
	for d, err := range Documents(context.Background(), []string{"-"}, Options{Stdin: strings.NewReader(in)}) {
		if err != nil {
			t.Fatal(err)
		}
		if _, off := d.Published.Zone(); off != 4*3600 {
			t.Errorf("offset %d, want +04:00", off)
		}
		if d.Published.Format(time.DateOnly) != "2018-02-18" {
			t.Errorf("date %v, want 2018-02-18", d.Published)
		}
	}
}

func TestCancel(t *testing.T) {
	in := corpus(100)
	t.Run("during", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		var got []item
		for d, err := range Documents(ctx, []string{"-", "-"}, Options{Stdin: strings.NewReader(in)}) {
			got = append(got, summarize(d, err))
			if len(got) == 2 {
				cancel()
			}
			if len(got) > 10 {
				break
			}
		}
		match(t, got, []item{{ID: "d0"}, {ID: "d1"}, {Err: context.Canceled.Error()}})
	})
	t.Run("before", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		n := 0
		for d, err := range Documents(ctx, []string{"-"}, Options{Stdin: strings.NewReader(in)}) {
			n++
			if d != nil || !errors.Is(err, context.Canceled) {
				t.Errorf("got %v, %v; want only context.Canceled", d, err)
			}
		}
		if n != 1 {
			t.Errorf("got %d items, want 1", n)
		}
	})
}

func TestBreak(t *testing.T) {
	t.Chdir(writeFiles(t, map[string]string{"a.txt": "a", "b.jsonl": corpus(10), "c.txt": "c"}))
	for _, stop := range []int{1, 2, 5, 11} {
		n := 0
		for range Documents(context.Background(), []string{"a.txt", "missing", "b.jsonl", "c.txt"}, Options{}) {
			n++
			if n == stop {
				break
			}
		}
		if n != stop {
			t.Errorf("break after %d: got %d items", stop, n)
		}
	}
}

func TestLongLine(t *testing.T) {
	if !testlong.Enabled() || raceEnabled {
		t.Skip("50 MB line: only with " + testlong.Env + "=1, not with -short or -race")
	}
	text := strings.Repeat("كلمة ", 50<<20/len("كلمة "))
	in := `{"id":"big","text":"` + text + `"}` + "\n" + `{"id":"after","text":"x"}`
	var ids []string
	for d, err := range Documents(context.Background(), []string{"-"}, Options{Stdin: strings.NewReader(in)}) {
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, d.ID)
		if d.ID == "big" && d.Text != text {
			t.Errorf("long text differs: %d bytes, want %d", len(d.Text), len(text))
		}
	}
	if !reflect.DeepEqual(ids, []string{"big", "after"}) {
		t.Errorf("ids %q, want [big after]", ids)
	}
}

func TestSharedCorpus(t *testing.T) {
	const p = "/work/shared/corpus/ant-news-2018.jsonl.gz"
	if _, err := os.Stat(p); err != nil || testing.Short() {
		t.Skip("shared corpus not available")
	}
	n := 0
	for d, err := range Documents(context.Background(), []string{p}, Options{}) {
		if err != nil {
			t.Errorf("%v", err)
			continue
		}
		if n == 0 && (d.ID != "AL-culture-1-20180218" || d.Published.IsZero() || d.Title == "") {
			t.Errorf("first document %+v", d)
		}
		n++
		if n == 1000 {
			break
		}
	}
	if n == 0 {
		t.Error("no documents")
	}
}

func TestSanitizeID(t *testing.T) {
	for in, want := range map[string]string{
		"abc":           "abc",
		"../etc/passwd": "___etc_passwd",
		"a\\b":          "a_b",
		".hidden":       "_hidden",
		"a.b":           "a.b",
		"a\x00b\nc":     "a_b_c",
		" x ":           "x",
		"a\xffb":        "a_b",
		"خبر/١":         "خبر_١",
	} {
		if got := sanitizeID(in); got != want {
			t.Errorf("sanitizeID(%q) = %q, want %q", in, got, want)
		}
	}
}

func FuzzJSONL(f *testing.F) {
	for _, s := range []string{
		`{"id":"a","title":"t","text":"x","published":"2018-02-18T21:35:43+04:00","url":"u","source":"s"}`,
		"{\"text\":\"a\"}\n\n{\"id\":\"a\",\"text\":\"b\"}\n{\"id\":\"a\",\"text\":\"c\"}",
		`{"id":"../x","text":"\u0000"}`,
		"{\"text\":\"\xff\xfe\"}",
		`{"text":5}`,
		`[1,2,3]`,
		`{"text":"a"`,
		"\uFEFF{\"text\":\"bom\"}\r\n",
		`{"id":"\u0001.","text":" "}`,
		`{"id":1e999,"text":"x","published":"2018-02-18"}`,
		string(gz(f, `{"text":"gz"}`+"\n"+`{"text":"gz2"}`)),
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		ids := map[string]bool{}
		for d, err := range Documents(context.Background(), []string{"-"}, Options{Stdin: bytes.NewReader(data)}) {
			if (d == nil) == (err == nil) {
				t.Fatalf("yielded %v and %v", d, err)
			}
			if err != nil {
				if strings.Contains(err.Error(), "\n") {
					t.Errorf("multi-line error %q", err)
				}
				var o interface {
					Origin() string
					DocumentID() string
				}
				if !errors.As(err, &o) || !strings.HasPrefix(o.Origin(), "-") || !strings.HasPrefix(err.Error(), o.Origin()+": ") {
					t.Errorf("error %q does not tell its origin", err)
				}
				continue
			}
			if ids[d.ID] {
				t.Errorf("id %q yielded twice", d.ID)
			}
			ids[d.ID] = true
			// A JSON line, or the whole input as plain text.
			if !strings.HasPrefix(d.Origin, "-:") && (d.Origin != "-" || d.ID != "stdin") {
				t.Errorf("origin %q, id %q; want -:LINE, or - for the document stdin", d.Origin, d.ID)
			}
			if !utf8.ValidString(d.Text) {
				t.Errorf("invalid UTF-8 text %q", d.Text)
			}
			if strings.TrimSpace(d.Text) == "" {
				t.Errorf("empty text %q", d.Text)
			}
			if d.ID == "" || strings.ContainsAny(d.ID, "/\\\x00") || strings.HasPrefix(d.ID, ".") || !utf8.ValidString(d.ID) {
				t.Errorf("bad id %q", d.ID)
			}
		}
	})
}

func BenchmarkJSONL(b *testing.B) {
	in := []byte(corpus(1000))
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		for _, err := range Documents(context.Background(), []string{"-"}, Options{Stdin: bytes.NewReader(in)}) {
			if err != nil {
				b.Fatal(err)
			}
		}
	}
}

// TestStreamed checks that the lines of a stream are passed on as they
// come: each document is yielded before the next line is written. A
// reader that waited for more lines would hang (go test's -timeout ends
// it).
func TestStreamed(t *testing.T) {
	pr, pw := io.Pipe()
	next, stop := iter.Pull2(Documents(context.Background(), []string{"-"}, Options{Stdin: pr}))
	defer stop()
	for i := range 3 {
		go fmt.Fprintf(pw, `{"id":"d%d","text":"نص"}`+"\n", i)
		d, err, ok := next()
		if !ok || err != nil {
			t.Fatalf("document %d: ok %v, error %v", i, ok, err)
		}
		if want := fmt.Sprintf("d%d", i); d.ID != want {
			t.Errorf("document %d: id %q, want %q", i, d.ID, want)
		}
	}
	pw.Close()
	if d, err, ok := next(); ok {
		t.Errorf("after the end: %v, %v", d, err)
	}
}
