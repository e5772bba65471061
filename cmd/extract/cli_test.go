package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/extract-news/extract/internal/version"
	"github.com/extract-news/extract/pipeline/doc"
	"go.yaml.in/yaml/v3"
)

// seedsDir is the bundled seeds, from any working directory.
func seedsDir(t *testing.T) string {
	t.Helper()
	p, err := filepath.Abs("../../seeds")
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// outDir is the committed output of the seeds, from any working
// directory.
func outDir(t *testing.T) string {
	t.Helper()
	p, err := filepath.Abs("../../out")
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// runIn runs Main with stdin in a new working directory and returns what
// it wrote, its exit status and the directory.
func runIn(t *testing.T, stdin string, args ...string) (stdout, stderr string, code int, dir string) {
	t.Helper()
	dir = t.TempDir()
	t.Chdir(dir)
	var o, e bytes.Buffer
	code = Main(args, strings.NewReader(stdin), &o, &e)
	return o.String(), e.String(), code, dir
}

// TestHelp covers the help and version commands and flags: what they
// print, where, their exit status, and that they read and write nothing.
func TestHelp(t *testing.T) {
	v := version.Get().String()
	tests := []struct {
		args             []string
		code             int
		stdout, stderr   []string // fragments
		noStdout, noErrs bool
	}{
		{args: []string{"-h"}, stderr: []string{"usage: extract [flags] [PATH...]", "commands:", "  export ", "  report ", "  eval ", "  gazetteer ", "  help ", "  version ", "-strict", "-o string"}, noStdout: true},
		{args: []string{"help"}, stdout: []string{"commands:", "  export ", "Flags may come before or after the paths"}, noErrs: true},
		{args: []string{"help", "export"}, stdout: []string{"usage: extract export", "-dyads", "-o string", "dtype={'cameo': str}"}, noErrs: true},
		{args: []string{"help", "report"}, stdout: []string{"usage: extract report -o FILE", "-html string"}, noErrs: true},
		{args: []string{"help", "gazetteer"}, stdout: []string{"extract gazetteer check"}, noErrs: true},
		{args: []string{"help", "eval"}, stdout: []string{"usage: extract eval"}, noErrs: true},
		{args: []string{"help", "version"}, stdout: []string{"usage: extract version"}, noErrs: true},
		{args: []string{"help", "nope"}, code: exitUsage, stderr: []string{`unknown command "nope"`}, noStdout: true},
		{args: []string{"help", "export", "report"}, code: exitUsage, stderr: []string{"at most one COMMAND"}, noStdout: true},
		{args: []string{"version"}, stdout: []string{v + "\n", "record format 1\n", "go1."}, noErrs: true},
		{args: []string{"version", "x"}, code: exitUsage, stderr: []string{"usage: extract version"}, noStdout: true},
		{args: []string{"-version"}, stdout: []string{v + "\n"}, noErrs: true},
		{args: []string{"does-not-exist.txt", "-quiet", "-version"}, stdout: []string{v + "\n"}, noErrs: true},
		{args: []string{"export", "-h"}, stderr: []string{"usage: extract export"}, noStdout: true},
		{args: []string{"-nope"}, code: exitUsage, stderr: []string{"flag provided but not defined: -nope", "commands:"}, noStdout: true},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			stdout, stderr, code, dir := runIn(t, "", tt.args...)
			if code != tt.code {
				t.Errorf("exit %d, want %d\n%s", code, tt.code, stderr)
			}
			for _, f := range tt.stdout {
				if !strings.Contains(stdout, f) {
					t.Errorf("stdout lacks %q:\n%s", f, stdout)
				}
			}
			for _, f := range tt.stderr {
				if !strings.Contains(stderr, f) {
					t.Errorf("stderr lacks %q:\n%s", f, stderr)
				}
			}
			if tt.noStdout && stdout != "" {
				t.Errorf("stdout: %q, want nothing", stdout)
			}
			if tt.noErrs && stderr != "" {
				t.Errorf("stderr: %q, want nothing", stderr)
			}
			if ents, _ := os.ReadDir(dir); len(ents) > 0 {
				t.Errorf("wrote %v into the working directory", ents)
			}
		})
	}
}

// TestSplitArgs checks the reordering of flags and paths.
func TestSplitArgs(t *testing.T) {
	fl := flag.NewFlagSet("x", flag.ContinueOnError)
	fl.String("o", "", "")
	fl.Bool("quiet", false, "")
	fl.Int("j", 0, "")
	tests := []struct {
		args, flags, pos []string
		dangling         bool
	}{
		{args: []string{"seeds", "-o", "dir"}, flags: []string{"-o", "dir"}, pos: []string{"seeds"}},
		{args: []string{"a", "-quiet", "b", "--j", "2", "c"}, flags: []string{"-quiet", "--j", "2"}, pos: []string{"a", "b", "c"}},
		{args: []string{"-o=x", "a", "-quiet=false", "b"}, flags: []string{"-o=x", "-quiet=false"}, pos: []string{"a", "b"}},
		{args: []string{"-", "-o", "-"}, flags: []string{"-o", "-"}, pos: []string{"-"}},
		{args: []string{"a", "--", "-o", "b"}, pos: []string{"a", "-o", "b"}},
		{args: []string{"a", "-unknown", "b"}, flags: []string{"-unknown"}, pos: []string{"a", "b"}},
		{args: []string{"a", "-o"}, flags: []string{"-o"}, pos: []string{"a"}, dangling: true},
	}
	for _, tt := range tests {
		flags, pos, dangling := splitArgs(fl, tt.args)
		if !slices.Equal(flags, tt.flags) || !slices.Equal(pos, tt.pos) || dangling != tt.dangling {
			t.Errorf("%q: flags %q, positional %q, dangling %v; want %q, %q, %v", tt.args, flags, pos, dangling, tt.flags, tt.pos, tt.dangling)
		}
	}
	// A flag without its value is an error, not "--".
	fl2 := flag.NewFlagSet("y", flag.ContinueOnError)
	fl2.SetOutput(io.Discard)
	o := fl2.String("o", "", "")
	if err := parseArgs(fl2, []string{"a", "-o"}); err == nil || *o == "--" {
		t.Errorf("-o without a value: error %v, -o %q", err, *o)
	}
}

// TestFlagsAfterPaths runs every subcommand with its flags after its
// paths, and with the output flag under each of its names: the output
// lands where the flag says.
func TestFlagsAfterPaths(t *testing.T) {
	seeds, out := seedsDir(t), outDir(t)
	tests := []struct {
		name string
		args []string
		file string // the output the flag names, relative to the working directory
	}{
		{"extract -o", []string{seeds, "-quiet", "-o", "o"}, "o/001_fd9f9ff1609d1fae.yaml"},
		{"extract -out", []string{seeds, "-out", "o", "-quiet"}, "o/001_fd9f9ff1609d1fae.yaml"},
		{"extract jsonl", []string{seeds, "-format", "jsonl", "-quiet", "-o", "all.jsonl"}, "all.jsonl"},
		{"export -o", []string{"export", out, "-format", "jsonl", "-o", "m.jsonl"}, "m.jsonl"},
		{"export -out", []string{"export", out, "-out", "m.csv"}, "m.csv"},
		{"export -dyads", []string{"export", out, "-dyads", "-o", "d.csv"}, "d.csv"},
		{"report -o", []string{"report", out, "-o", "r.html"}, "r.html"},
		{"report -html", []string{"report", out, "-html", "r.html"}, "r.html"},
		{"report -out", []string{"report", out, "-out", "r.html"}, "r.html"},
		{"gazetteer suggest -o", []string{"gazetteer", "suggest", seeds, "-min", "1", "-o", "s.yaml"}, "s.yaml"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, stderr, code, dir := runIn(t, "", tt.args...)
			if code != exitOK {
				t.Fatalf("exit %d\n%s", code, stderr)
			}
			if fi, err := os.Stat(filepath.Join(dir, tt.file)); err != nil || fi.Size() == 0 {
				t.Errorf("%s: %v", tt.file, err)
			}
			if _, err := os.Stat(filepath.Join(dir, "out")); err == nil {
				t.Error("wrote to out/, the default, not where the flag says")
			}
		})
	}
	// eval takes its gold file after the paths.
	gold, err := filepath.Abs("../../testdata/seeds-gold.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if stdout, stderr, code, _ := runIn(t, "", "eval", seeds, "-gold", gold, "-json"); code != exitOK || !strings.HasPrefix(stdout, "{") {
		t.Errorf("eval PATH -gold: exit %d, stdout %.40q\n%s", code, stdout, stderr)
	}
}

// TestOutputs checks where each output goes: a YAML stream on standard
// output for -o -, a clear error for a directory given to JSON Lines,
// devices written in place and not synced.
func TestOutputs(t *testing.T) {
	seeds, out := seedsDir(t), outDir(t)
	// A link to /dev/null: were it replaced by a renamed file, the link
	// would go, not /dev/null.
	devnull := func(t *testing.T) string {
		p := filepath.Join(t.TempDir(), "null")
		if err := os.Symlink(os.DevNull, p); err != nil {
			t.Skip(err)
		}
		return p
	}
	tests := []struct {
		name   string
		args   func(t *testing.T) []string
		code   int
		stderr string // fragment
		check  func(t *testing.T, stdout, dir string)
	}{
		{name: "YAML stream on stdout", args: func(*testing.T) []string { return []string{"-quiet", "-o", "-", seeds} },
			check: func(t *testing.T, stdout, dir string) {
				var ids []string
				dec := yaml.NewDecoder(strings.NewReader(stdout))
				for {
					var r doc.Result
					if err := dec.Decode(&r); errors.Is(err, io.EOF) {
						break
					} else if err != nil {
						t.Fatal(err)
					}
					if r.FormatVersion != doc.FormatVersion || r.Document.Extractor != version.Get().String() {
						t.Errorf("%s: format_version %d, extractor %q", r.Document.ID, r.FormatVersion, r.Document.Extractor)
					}
					ids = append(ids, r.Document.ID)
				}
				if len(ids) != 5 || strings.Count(stdout, "---\n") != 5 {
					t.Errorf("documents %q, want the 5 seeds, each after ---", ids)
				}
				if _, err := os.Stat(filepath.Join(dir, "-")); err == nil {
					t.Error("made a directory named -")
				}
			}},
		{name: "JSON Lines into a directory", args: func(t *testing.T) []string {
			if err := os.Mkdir("out", 0o755); err != nil {
				t.Fatal(err)
			}
			return []string{"-format", "jsonl", "-o", "out", seeds}
		}, code: exitUsage, stderr: "-o out is a directory; -format jsonl writes one file",
			check: func(t *testing.T, stdout, dir string) {
				if stdout != "" {
					t.Errorf("wrote %d bytes to standard output", len(stdout))
				}
			}},
		{name: "JSON Lines named out", args: func(*testing.T) []string { return []string{"-quiet", "-format", "jsonl", "-o", "out", seeds} },
			check: func(t *testing.T, stdout, dir string) {
				if data, err := os.ReadFile(filepath.Join(dir, "out")); err != nil || bytes.Count(data, []byte("\n")) != 5 || stdout != "" {
					t.Errorf("file out: %d lines, %v; stdout %d bytes", bytes.Count(data, []byte("\n")), err, len(stdout))
				}
			}},
		{name: "JSON Lines on stdout by default", args: func(*testing.T) []string { return []string{"-quiet", "-format", "jsonl", seeds} },
			check: func(t *testing.T, stdout, dir string) {
				checkLines(t, stdout, 5)
			}},
		{name: "JSON Lines to /dev/null", args: func(*testing.T) []string { return []string{"-quiet", "-format", "jsonl", "-o", os.DevNull, seeds} }},
		{name: "YAML to /dev/null", args: func(*testing.T) []string { return []string{"-quiet", "-o", os.DevNull, seeds} }},
		{name: "-resume to a stream", args: func(*testing.T) []string { return []string{"-resume", "-o", "-", seeds} },
			code: exitUsage, stderr: "-resume needs an output directory or file"},
		{name: "export to a device", args: func(t *testing.T) []string { return []string{"export", "-o", devnull(t), out} }},
		{name: "report to a device", args: func(t *testing.T) []string { return []string{"report", "-o", devnull(t), out} }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			t.Chdir(dir)
			args := tt.args(t)
			var o, e bytes.Buffer
			code := Main(args, strings.NewReader(""), &o, &e)
			if code != tt.code || !strings.Contains(e.String(), tt.stderr) {
				t.Errorf("exit %d, stderr %q; want %d and %q", code, e.String(), tt.code, tt.stderr)
			}
			for _, a := range args {
				if strings.HasSuffix(a, "/null") {
					fi, err := os.Lstat(a)
					if err != nil || a == os.DevNull && fi.Mode()&os.ModeCharDevice == 0 || a != os.DevNull && fi.Mode()&os.ModeSymlink == 0 {
						t.Errorf("%s was replaced: %v", a, err)
					}
				}
			}
			if tt.check != nil {
				tt.check(t, o.String(), dir)
			}
		})
	}
}

// checkLines checks that data is n JSON Lines records, each with its
// format version and extractor.
func checkLines(t *testing.T, data string, n int) {
	t.Helper()
	sc := bufio.NewScanner(strings.NewReader(data))
	sc.Buffer(nil, 1<<24)
	got := 0
	for sc.Scan() {
		var r doc.Result
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatalf("line %d: %v", got+1, err)
		}
		if r.FormatVersion != doc.FormatVersion || r.Document.Extractor != version.Get().String() {
			t.Errorf("%s: format_version %d, extractor %q", r.Document.ID, r.FormatVersion, r.Document.Extractor)
		}
		got++
	}
	if got != n {
		t.Errorf("%d records, want %d", got, n)
	}
}

// TestStdinText reads plain text on standard input as one document.
func TestStdinText(t *testing.T) {
	text := "لقاء في دمشق\nاستقبل الرئيس السوري بشار الأسد في دمشق وزير الخارجية الإيراني محمد جواد ظريف.\n"
	stdout, stderr, code, _ := runIn(t, text, "-quiet", "-format", "jsonl", "-")
	if code != exitOK {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	checkLines(t, stdout, 1)
	var r doc.Result
	if err := json.Unmarshal([]byte(stdout), &r); err != nil {
		t.Fatal(err)
	}
	if r.Document.ID != "stdin" || r.Document.Title != "لقاء في دمشق" || len(r.Events) != 1 || !slices.Contains(entityIDs(&r), "mohammad-javad-zarif") {
		t.Errorf("document %+v, %d events, entities %v; want one meeting with Zarif", r.Document, len(r.Events), entityIDs(&r))
	}
	checkSpans(t, text, &r)
}

// TestEmptyDocuments checks that empty documents are warnings (exit 0,
// not in -errors) unless -strict.
func TestEmptyDocuments(t *testing.T) {
	in := `{"id":"a","text":"التقى بشار الأسد محمد جواد ظريف"}` + "\n" + `{"id":"e","text":"  "}` + "\n" + `{"id":"b","text":"لقاء"}` + "\n"
	tests := []struct {
		strict   bool
		code     int
		stderr   string
		failures int // lines in the -errors file
	}{
		{false, exitOK, "extract: warning: -:2: empty document (skipped; -strict makes it an error)", 0},
		{true, exitFailed, "extract: -:2: empty document", 1},
	}
	for _, tt := range tests {
		args := []string{"-format", "jsonl", "-o", "all.jsonl", "-errors", "errors.jsonl", "-"}
		if tt.strict {
			args = append(args, "-strict")
		}
		_, stderr, code, dir := runIn(t, in, args...)
		if code != tt.code || !strings.Contains(stderr, tt.stderr) {
			t.Errorf("strict %v: exit %d, stderr %q; want %d and %q", tt.strict, code, stderr, tt.code, tt.stderr)
		}
		if !tt.strict && !strings.Contains(stderr, "2 documents") || !tt.strict && !strings.Contains(stderr, ", 1 empty skipped") {
			t.Errorf("strict %v: summary %q", tt.strict, stderr)
		}
		data, _ := os.ReadFile(filepath.Join(dir, "errors.jsonl"))
		if n := bytes.Count(data, []byte("\n")); n != tt.failures {
			t.Errorf("strict %v: -errors has %d lines, want %d:\n%s", tt.strict, n, tt.failures, data)
		}
		if data, _ := os.ReadFile(filepath.Join(dir, "all.jsonl")); bytes.Count(data, []byte("\n")) != 2 {
			t.Errorf("strict %v: output %q, want the 2 documents", tt.strict, data)
		}
	}
}

// TestEmptyDocumentsCoverage checks that gazetteer coverage, which runs
// over corpora too, takes empty documents as warnings.
func TestEmptyDocumentsCoverage(t *testing.T) {
	in := `{"id":"a","text":"استقبل الرئيس السوري بشار الأسد في دمشق وزير الخارجية الإيراني محمد جواد ظريف."}` + "\n" + `{"id":"e","text":""}` + "\n"
	for _, strict := range []bool{false, true} {
		args := []string{"gazetteer", "coverage", "-"}
		want, code := "extract gazetteer coverage: warning: -:2: empty document", exitOK
		if strict {
			args = append(args, "-strict")
			want, code = "extract gazetteer coverage: -:2: empty document", exitFailed
		}
		stdout, stderr, got, _ := runIn(t, in, args...)
		if got != code || !strings.Contains(stderr, want) || !strings.Contains(stdout, "documents: 1 (") {
			t.Errorf("strict %v: exit %d, stdout %q, stderr %q; want %d and %q", strict, got, stdout, stderr, code, want)
		}
	}
}
