package input

import (
	"context"
	"errors"
	"github.com/extract-news/extract/internal/testlong"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"unicode/utf8"
)

// TestLinks checks that symbolic link loops, links to directories and
// special files in a directory are reported or skipped, never followed
// into a loop or a blocking read.
func TestLinks(t *testing.T) {
	dir := writeFiles(t, map[string]string{"d/ok.txt": body, "d/sub/deep.txt": "not read"})
	t.Chdir(dir)
	for _, l := range [][2]string{
		{"self.txt", "d/self.txt"},          // d/self.txt → itself
		{"b.txt", "d/a.txt"},                // d/a.txt → b.txt → a.txt
		{"a.txt", "d/b.txt"},                //
		{".", "d/here.txt"},                 // a link to its own directory
		{"..", "d/sub/up.txt"},              // not read: not recursive
		{"sub", "d/sub.jsonl"},              // a link to a subdirectory
		{"ok.txt", "d/z-link.txt"},          // a good link is followed
		{"top.txt", "top.txt"},              // a loop named on the command line
		{"missing.txt", "d/dangling.jsonl"}, // a link to nothing
	} {
		if err := os.Symlink(l[0], l[1]); err != nil {
			t.Skipf("symbolic links: %v", err)
		}
	}
	fifo := false
	if err := syscall.Mkfifo("d/pipe.txt", 0o644); err == nil {
		fifo = true
	}
	got := collect(t, context.Background(), []string{"d", "top.txt"}, Options{})
	want := []item{
		{Err: "d/a.txt: too many levels of symbolic links"},
		{Err: "d/b.txt: too many levels of symbolic links"},
		{Err: "d/dangling.jsonl: no such file or directory"},
		{ID: "ok", Origin: "d/ok.txt"},
	}
	if fifo {
		want = append(want, item{Err: "d/pipe.txt: not a regular file (named pipe)"})
	}
	want = append(want,
		item{Err: "d/self.txt: too many levels of symbolic links"},
		item{ID: "z-link", Origin: "d/z-link.txt", Text: body},
		item{Err: "top.txt: too many levels of symbolic links"},
	)
	match(t, got, want)
}

// TestVanishingFile removes a file of a directory while the directory is
// being read: the file is reported and the next one is read.
func TestVanishingFile(t *testing.T) {
	t.Chdir(writeFiles(t, map[string]string{"d/a.txt": "a", "d/b.txt": "b", "d/c.jsonl": `{"text":"c"}`}))
	var got []item
	for d, err := range Documents(context.Background(), []string{"d"}, Options{}) {
		got = append(got, summarize(d, err))
		if len(got) == 1 {
			if err := os.Remove("d/b.txt"); err != nil {
				t.Fatal(err)
			}
		}
	}
	match(t, got, []item{{ID: "a"}, {Err: "d/b.txt: no such file or directory"}, {ID: "c-1"}})
}

// TestUnreadable checks a file that cannot be opened. Permissions do not
// apply to root, so the test is skipped there.
func TestUnreadable(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("running as root: permissions are not enforced")
	}
	dir := writeFiles(t, map[string]string{"d/a.txt": "a", "d/b.txt": "b"})
	t.Chdir(dir)
	if err := os.Chmod("d/a.txt", 0); err != nil {
		t.Fatal(err)
	}
	match(t, collect(t, context.Background(), []string{"d"}, Options{}),
		[]item{{Err: "d/a.txt: permission denied"}, {ID: "b"}})
}

// TestLongIDs checks that ids are cut to a length that file systems
// accept, at a character boundary, and stay unique.
func TestLongIDs(t *testing.T) {
	long := strings.Repeat("خبر", 200) // 1,200 bytes
	in := `{"id":"` + long + `a","text":"x"}` + "\n" + `{"id":"` + long + `b","text":"y"}` + "\n"
	var ids []string
	for d, err := range Documents(context.Background(), []string{"-"}, Options{Stdin: strings.NewReader(in)}) {
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, d.ID)
	}
	if len(ids) != 2 {
		t.Fatalf("ids %q, want 2", ids)
	}
	for _, id := range ids {
		if len(id) > maxIDBytes+len("~2") || !utf8.ValidString(id) || !strings.HasPrefix(long, strings.TrimSuffix(id, "~2")) {
			t.Errorf("id %q (%d bytes): want a prefix of the long id of at most %d bytes", id, len(id), maxIDBytes)
		}
	}
	if ids[0] == ids[1] || ids[1] != ids[0]+"~2" {
		t.Errorf("ids %q and %q: want the second to be the first with ~2", ids[0], ids[1])
	}
	// The output file name and its temporary file fit in 255 bytes.
	if n := len("." + ids[1] + ".yaml.tmp-1234567890"); n > 255 {
		t.Errorf("temporary file name of %d bytes", n)
	}
}

// TestErrorOrigin checks what an input error tells about its document.
func TestErrorOrigin(t *testing.T) {
	in := `{"id":"g","text":"  "}` + "\n" + `{"text":5}` + "\n" + `{"id":"h","text":"ok"}` + "\n" + `{"id":"i"`
	type want struct{ origin, id string }
	var got []want
	for _, err := range Documents(context.Background(), []string{"-"}, Options{Stdin: strings.NewReader(in)}) {
		if err == nil {
			continue
		}
		var o interface {
			Origin() string
			DocumentID() string
		}
		if !errors.As(err, &o) {
			t.Fatalf("error %v tells no origin", err)
		}
		if !strings.HasPrefix(err.Error(), o.Origin()+": ") {
			t.Errorf("error %q does not start with its origin %q", err, o.Origin())
		}
		got = append(got, want{o.Origin(), o.DocumentID()})
	}
	exp := []want{{"-:1", "g"}, {"-:2", ""}, {"-:4", ""}}
	if len(got) != len(exp) {
		t.Fatalf("got %v, want %v", got, exp)
	}
	for i := range exp {
		if got[i] != exp[i] {
			t.Errorf("error %d: %v, want %v", i, got[i], exp[i])
		}
	}
}

// TestHugeToken reads a document that is one 1 MB word, and a 50 MB
// JSON line without spaces (the latter only with EXTRACT_LONG_TESTS=1,
// not with -short or -race).
func TestHugeToken(t *testing.T) {
	sizes := []int{1 << 20}
	if testlong.Enabled() && !raceEnabled {
		sizes = append(sizes, 50<<20)
	}
	for _, size := range sizes {
		word := strings.Repeat("ب", size/2)
		dir := t.TempDir()
		txt := filepath.Join(dir, "w.txt")
		if err := os.WriteFile(txt, []byte(word), 0o644); err != nil {
			t.Fatal(err)
		}
		in := `{"id":"w","text":"` + word + `"}`
		var n int
		for d, err := range Documents(context.Background(), []string{txt, "-"}, Options{Stdin: strings.NewReader(in)}) {
			if err != nil {
				t.Fatal(err)
			}
			n++
			if d.Text != word {
				t.Errorf("%s: text of %d bytes, want %d", d.Origin, len(d.Text), len(word))
			}
			if n == 1 && d.Title != word {
				t.Errorf("%s: title of %d bytes, want the whole line", d.Origin, len(d.Title))
			}
		}
		if n != 2 {
			t.Errorf("%d bytes: got %d documents, want 2", size, n)
		}
	}
}
