package main

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/extract-news/extract/pipeline/output"
)

// TestRefuseSameFiles names an input as an output in every way a user
// can: nothing is opened for writing and the input is intact.
func TestRefuseSameFiles(t *testing.T) {
	tmp := t.TempDir()
	in := filepath.Join(tmp, "in.jsonl")
	body := corpusLines(t, 2)
	link := filepath.Join(tmp, "link.jsonl")
	if err := os.Symlink(in, link); err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(tmp, "docs")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		args []string
		code int
		err  string
	}{
		{"-format jsonl -out X X", []string{"-format", "jsonl", "-out", in, in}, exitUsage, "-out " + in + " is the input"},
		{"-errors X X", []string{"-out", filepath.Join(tmp, "o1"), "-errors", in, in}, exitUsage, "-errors " + in + " is the input"},
		{"another spelling", []string{"-format", "jsonl", "-out", filepath.Join(tmp, ".", "in.jsonl"), in}, exitUsage, "is the input"},
		{"a link to the input", []string{"-format", "jsonl", "-out", link, in}, exitUsage, "is the input"},
		{"the input through a link", []string{"-format", "jsonl", "-out", in, link}, exitUsage, "is the input"},
		{"an output an input directory would read", []string{"-format", "jsonl", "-out", filepath.Join(dir, "all.jsonl"), dir}, exitUsage, "is in the input directory"},
		{"-out and -errors the same", []string{"-format", "jsonl", "-out", filepath.Join(tmp, "x.jsonl"), "-errors", filepath.Join(tmp, "x.jsonl"), in}, exitUsage, "name the same file"},
		{"distinct files run", []string{"-format", "jsonl", "-out", filepath.Join(tmp, "y.jsonl"), "-errors", filepath.Join(tmp, "e.jsonl"), in}, exitOK, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := os.WriteFile(in, []byte(body), 0o644); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte("عنوان\nنص"), 0o644); err != nil {
				t.Fatal(err)
			}
			code, stderr := mainIn(t, "", append([]string{"-quiet"}, tt.args...)...)
			if code != tt.code || !strings.Contains(stderr, tt.err) {
				t.Fatalf("exit %d, want %d with %q:\n%s", code, tt.code, tt.err, stderr)
			}
			if got, _ := os.ReadFile(in); string(got) != body {
				t.Errorf("the input changed")
			}
		})
	}
}

// TestRefuseResultInputs names a run's results as the output of export
// and report: refused before anything is written, the results intact.
func TestRefuseResultInputs(t *testing.T) {
	tmp := t.TempDir()
	lines := filepath.Join(tmp, "run.jsonl")
	dir := filepath.Join(tmp, "run")
	if code, stderr := mainIn(t, "", "-quiet", "-format", "jsonl", "-o", lines, "../../seeds"); code != exitOK {
		t.Fatalf("extract: exit %d: %s", code, stderr)
	}
	if code, stderr := mainIn(t, "", "-quiet", "-o", dir, "../../seeds"); code != exitOK {
		t.Fatalf("extract: exit %d: %s", code, stderr)
	}
	result := filepath.Join(dir, "000_d654bc44dcf49056.yaml")
	keep := map[string][]byte{}
	for _, p := range []string{lines, result} {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		keep[p] = b
	}
	tests := []struct {
		name string
		args []string
		err  string
	}{
		{"export -o X X", []string{"export", "-o", lines, lines}, "-o " + lines + " is the input"},
		{"export into the results directory", []string{"export", "-format", "jsonl", "-o", filepath.Join(dir, "meetings.yaml"), dir}, "is in the input directory"},
		{"report over a result file", []string{"report", "-o", result, dir}, "is in the input directory"},
		{"report -o X X", []string{"report", "-o", lines, lines}, "is the input"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stderr := mainIn(t, "", tt.args...)
			if code != exitUsage || !strings.Contains(stderr, tt.err) {
				t.Fatalf("exit %d, want %d with %q:\n%s", code, exitUsage, tt.err, stderr)
			}
			for p, b := range keep {
				if got, _ := os.ReadFile(p); string(got) != string(b) {
					t.Errorf("%s changed", p)
				}
			}
		})
	}
	// Elsewhere, both run.
	if code, stderr := mainIn(t, "", "export", "-o", filepath.Join(tmp, "m.csv"), dir); code != exitOK {
		t.Errorf("export elsewhere: exit %d: %s", code, stderr)
	}
}

// TestPreflight checks what is found before the run: outputs written at
// the end that cannot be written, a locked output directory, limits.
func TestPreflight(t *testing.T) {
	tmp := t.TempDir()
	file := filepath.Join(tmp, "file")
	os.WriteFile(file, []byte("x"), 0o644)
	locked := filepath.Join(tmp, "locked")
	os.Mkdir(locked, 0o755)
	l, err := output.LockDir(locked, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	seeds := "../../seeds"
	tests := []struct {
		name string
		args []string
		code int
		err  string
	}{
		{"-errors in a missing directory", []string{"-out", filepath.Join(tmp, "o1"), "-errors", filepath.Join(tmp, "none", "e.jsonl"), seeds}, exitUsage, "-errors " + filepath.Join(tmp, "none", "e.jsonl") + ": cannot be written"},
		{"-errors a directory", []string{"-out", filepath.Join(tmp, "o2"), "-errors", tmp, seeds}, exitUsage, "is a directory"},
		{"second run in a locked directory", []string{"-out", locked, seeds}, exitUsage, "output directory in use by another extract run: " + locked + " (pid "},
		{"report -html in a missing directory", []string{"report", "-html", filepath.Join(tmp, "none", "r.html"), "-text", seeds, file}, exitUsage, "-html " + filepath.Join(tmp, "none", "r.html") + ": cannot be written"},
		{"report -html over its input", []string{"report", "-html", file, file}, exitUsage, "is the input"},
		{"malformed -max-doc", []string{"-max-doc", "lots", seeds}, exitUsage, `malformed size "lots"`},
		{"malformed -memory-limit", []string{"-memory-limit", "-5", seeds}, exitUsage, `malformed size "-5"`},
		{"a document over -max-doc fails", []string{"-max-doc", "100", "-out", filepath.Join(tmp, "o3"), seeds}, exitFailed, "is longer than the limit of 100 bytes (raise it with -max-doc)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stderr := mainIn(t, "", tt.args...)
			if code != tt.code || !strings.Contains(stderr, tt.err) {
				t.Errorf("exit %d, want %d with %q:\n%s", code, tt.code, tt.err, stderr)
			}
		})
	}
	if _, err := os.Stat(filepath.Join(locked, "001.yaml")); err == nil {
		t.Errorf("a run wrote into a locked directory")
	}
}

// TestGazetteerFIFO puts a named pipe called x.yaml among the extra
// gazetteers: it is skipped, not read (which would block forever).
func TestGazetteerFIFO(t *testing.T) {
	gaz := t.TempDir()
	if err := syscall.Mkfifo(filepath.Join(gaz, "pipe.yaml"), 0o644); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	if err := os.WriteFile(filepath.Join(gaz, "extra.yaml"), []byte("type: person\nentries:\n  - {id: test-person, name: Test Person, name_ar: سامر تجربة, country: SY}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "out")
	code, stderr := mainIn(t, "", "-quiet", "-gazetteers", gaz, "-out", out, "../../seeds")
	if code != exitOK {
		t.Fatalf("exit %d:\n%s", code, stderr)
	}
}

func TestParseSize(t *testing.T) {
	tests := []struct {
		in   string
		want int64
		bad  bool
	}{
		{"1000", 1000, false}, {"64MB", 64 << 20, false}, {"64M", 64 << 20, false}, {"1GiB", 1 << 30, false},
		{"512k", 512 << 10, false}, {"off", -1, false}, {"2 GB", 2 << 30, false},
		{"", 0, true}, {"x", 0, true}, {"-3", 0, true}, {"1.5GB", 0, true},
	}
	for _, tt := range tests {
		got, err := parseSize(tt.in)
		if (err != nil) != tt.bad || got != tt.want {
			t.Errorf("parseSize(%q) = %d, %v; want %d (error %v)", tt.in, got, err, tt.want, tt.bad)
		}
	}
}
