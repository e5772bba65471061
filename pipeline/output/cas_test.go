package output

import (
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestDirCompareAndSwap edits a file between Encode (the worker reads it)
// and WriteEncoded (the writer replaces it), as a reviewer saving during a
// re-run does.
func TestDirCompareAndSwap(t *testing.T) {
	tests := []struct {
		name    string
		edit    func(string) string
		want    string // the file must hold it
		docOnly bool   // a DocumentOnly error, file kept as edited
	}{{
		name: "mark saved during the run is merged",
		edit: markEvent("{status: confirmed, note: saved mid-run}"),
		want: "review: {status: confirmed, note: saved mid-run}",
	}, {
		name:    "broken mark saved during the run: this document fails, file kept",
		edit:    markEvent("{status: confirmed"),
		docOnly: true,
	}, {
		name: "file removed during the run: written",
		edit: func(string) string { return "" },
		want: "trigger: {text: التقى, start: 10",
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := &Dir{Path: t.TempDir()}
			r := reviewResult("t", 10)
			if err := d.Write(r); err != nil {
				t.Fatal(err)
			}
			path := Path(d.Path, "d1")
			data, err := d.Encode(r)
			if err != nil {
				t.Fatal(err)
			}
			old, _ := os.ReadFile(path)
			edited := tt.edit(string(old))
			if edited == "" {
				os.Remove(path)
			} else if err := os.WriteFile(path, []byte(edited), 0o644); err != nil {
				t.Fatal(err)
			}
			err = d.WriteEncoded(r, data)
			got, _ := os.ReadFile(path)
			if tt.docOnly {
				var one interface{ DocumentOnly() bool }
				if !errors.As(err, &one) {
					t.Fatalf("WriteEncoded: %v, want a DocumentOnly error", err)
				}
				if string(got) != edited {
					t.Errorf("file changed:\n%s", got)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(string(got), tt.want) {
				t.Errorf("file lacks %q:\n%s", tt.want, got)
			}
		})
	}
}

func TestLockDir(t *testing.T) {
	dir := t.TempDir()
	l, err := LockDir(dir, 0)
	if err != nil {
		t.Fatal(err)
	}
	_, err = LockDir(dir, 200*time.Millisecond)
	if !errors.Is(err, ErrLocked) || !strings.Contains(err.Error(), "pid "+strconv.Itoa(os.Getpid())) {
		t.Fatalf("second LockDir: %v, want ErrLocked naming pid %d", err, os.Getpid())
	}
	if err := l.Close(); err != nil {
		t.Fatal(err)
	}
	l2, err := LockDir(dir, 0)
	if err != nil {
		t.Fatalf("LockDir after Close: %v", err)
	}
	l2.Close()
}

func TestRemoveStaleTemps(t *testing.T) {
	dir := t.TempDir()
	me := strconv.Itoa(os.Getpid())
	files := []struct {
		name string
		kept bool
	}{
		{".a.yaml.tmp-" + me + "-123", true},  // this process's
		{".b.yaml.tmp-1-123", true},           // a live process (init)
		{".c.yaml.tmp-2147483646-123", false}, // a process that is gone
		{".d.yaml.tmp-123456789", false},      // an older version's
		{"e.yaml", true},                      // not a temporary file
		{".extract-synced", true},
	}
	for _, f := range files {
		if err := os.WriteFile(filepath.Join(dir, f.name), nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := RemoveStaleTemps(dir); err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		_, err := os.Stat(filepath.Join(dir, f.name))
		if got := err == nil; got != f.kept {
			t.Errorf("%s kept = %v, want %v", f.name, got, f.kept)
		}
	}
}
