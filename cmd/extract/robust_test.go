package main

// Tests of the command under bad input, faults and interruption.

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"github.com/extract-news/extract/internal/testlong"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/extract-news/extract/pipeline"
	"github.com/extract-news/extract/pipeline/doc"
	"github.com/extract-news/extract/pipeline/gazetteer"
	"github.com/extract-news/extract/pipeline/input"
	"github.com/extract-news/extract/pipeline/output"
	"github.com/extract-news/extract/pipeline/run"
	"go.yaml.in/yaml/v3"
)

// builtin returns the compiled built-in gazetteers, loaded once.
var builtin = sync.OnceValues(func() (*gazetteer.Compiled, error) { return loadGazetteers("") })

func extractor(t testing.TB) *pipeline.Extractor {
	t.Helper()
	g, err := builtin()
	if err != nil {
		t.Fatal(err)
	}
	return pipeline.New(g)
}

// mainIn runs the command with stdin and returns its exit status and
// standard error.
func mainIn(t *testing.T, stdin string, args ...string) (int, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := Main(args, strings.NewReader(stdin), &stdout, &stderr)
	return code, stderr.String()
}

// corpusLines returns n JSON lines d000, d001, … whose texts are the
// seeds' in turn.
func corpusLines(t testing.TB, n int) string {
	t.Helper()
	paths, err := filepath.Glob("../../seeds/*.txt")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no seeds: %v", err)
	}
	var b strings.Builder
	for i := range n {
		text, err := os.ReadFile(paths[i%len(paths)])
		if err != nil {
			t.Fatal(err)
		}
		line, err := json.Marshal(map[string]string{"id": fmt.Sprintf("d%03d", i), "text": string(text), "published": "2018-02-18"})
		if err != nil {
			t.Fatal(err)
		}
		b.Write(line)
		b.WriteByte('\n')
	}
	return b.String()
}

// readOut returns the files of a YAML output directory by name. It fails
// the test on a leftover temporary file or a file that is not a complete
// result.
func readOut(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	done, err := yamlDone(dir)
	if err != nil {
		t.Fatal(err)
	}
	files := map[string][]byte{}
	for _, e := range entries {
		name := e.Name()
		if name == output.SyncedName || name == output.LockName {
			continue
		}
		if strings.HasPrefix(name, ".") || !strings.HasSuffix(name, ".yaml") {
			t.Errorf("%s: stray file in the output directory", name)
			continue
		}
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		if id := strings.TrimSuffix(name, ".yaml"); !done(&doc.Document{ID: id}) {
			t.Errorf("%s: not a complete result", name)
		}
		files[name] = data
	}
	return files
}

// sameOut checks that two output directories hold the same files.
func sameOut(t *testing.T, got, want map[string][]byte) {
	t.Helper()
	for name, w := range want {
		if g, ok := got[name]; !ok {
			t.Errorf("%s missing", name)
		} else if !bytes.Equal(g, w) {
			t.Errorf("%s differs from an uninterrupted run's", name)
		}
	}
	for name := range got {
		if _, ok := want[name]; !ok {
			t.Errorf("%s: unexpected file", name)
		}
	}
}

// checkSpans checks that every offset of r points at its text in text.
func checkSpans(t *testing.T, text string, r *doc.Result) {
	t.Helper()
	runes := []rune(text)
	check := func(what, s string, start, end int) {
		if start < 0 || start > end || end > len(runes) {
			t.Errorf("%s: %s span [%d, %d) outside the text of %d code points", r.Document.ID, what, start, end, len(runes))
			return
		}
		if got := string(runes[start:end]); got != s {
			t.Errorf("%s: %s %q at [%d, %d), the text there is %q", r.Document.ID, what, s, start, end, got)
		}
	}
	for _, e := range r.Entities {
		for _, m := range e.Mentions {
			check("mention of "+e.ID, m.Text, m.Start, m.End)
		}
	}
	for _, ev := range r.Events {
		check("trigger", ev.Trigger.Text, ev.Trigger.Start, ev.Trigger.End)
		if ev.Date != nil {
			check("date", ev.Date.Text, ev.Date.Start, ev.Date.End)
		}
		for _, s := range ev.Evidence {
			check("evidence", s.Text, s.Start, s.End)
		}
	}
}

func entityIDs(r *doc.Result) []string {
	var ids []string
	for _, e := range r.Entities {
		ids = append(ids, e.ID)
	}
	return ids
}

// TestBadInput runs the command over damaged and unusual documents: the
// ones it can read give results whose offsets hold, the others are
// listed with their reason (and in -errors), and the exit status is 1.
func TestBadInput(t *testing.T) {
	const (
		rlm = "\u200f"
		zwj = "\u200d"
	)
	tests := []struct {
		file, text string
		entities   []string // ids that must be found
		date       string   // value of the first meeting's date
		warning    string
		err        string // fragment of the reported error
		empty      string // fragment of the warning for an empty document, which is skipped
	}{
		{file: "utf8.txt", text: "خبر \xff\xfe عاجل\nاستقبل الرئيس السوري بشار الأسد \xc3 في دمشق وزير الخارجية الإيراني محمد جواد ظريف.\n",
			entities: []string{"bashar-al-assad", "damascus", "mohammad-javad-zarif"}, warning: "invalid UTF-8 replaced at 2 places"},
		{file: "marks.txt", text: "عنوان\nاستقبل الرئيس السوري بشار ال" + rlm + "أسد في دمشق وزير الخارجية الإيراني محمد جواد ظ" + zwj + "ريف.\n",
			entities: []string{"bashar-al-assad", "damascus", "mohammad-javad-zarif"}},
		{file: "mixed.txt", text: "Putin و Erdogan\nالتقى الرئيس الروسي Vladimir Putin نظيره التركي Erdogan في Sochi أمس.\n",
			entities: []string{"vladimir-putin", "recep-tayyip-erdogan", "sochi"}},
		{file: "digits.txt", text: "لقاء\nاستقبل الرئيس السوري بشار الأسد في دمشق يوم ٩ تموز وزير الخارجية الإيراني محمد جواد ظريف.\n",
			entities: []string{"bashar-al-assad", "mohammad-javad-zarif"}, date: "2020-07-09"},
		{file: "bom.txt", text: "\uFEFFعنوان\r\nالتقى بشار الأسد\u00a0محمد جواد ظريف\u2028في دمشق.\r\n",
			entities: []string{"bashar-al-assad", "mohammad-javad-zarif", "damascus"}},
		{file: "nul.txt", text: "بشار\x00الأسد", err: "nul.txt: binary file (NUL byte at offset 8)"},
		{file: "binary.txt", text: "\x01\x02\x03\x04\x05\x06\xff\xfe\xfd ab", err: "binary.txt: binary file"},
		{file: "empty.txt", text: "", empty: "empty.txt: empty document"},
		{file: "blank.txt", text: " \n\u00a0\t\n", empty: "blank.txt: empty document"},
		{file: "dup.jsonl", text: `{"id":"dup","text":"التقى بشار الأسد"}` + "\n" + `{"id":"dup","text":"التقى محمد جواد ظريف"}` + "\n"},
		{file: "z.jsonl", text: `{"id":"trunc","text":"بشار` + "\n" + `{"id":"types","text":["a"]}` + "\n" + `{"id":"notext"}` + "\n",
			err: "z.jsonl:1: invalid JSON"},
	}
	in := t.TempDir()
	for _, tt := range tests {
		if err := os.WriteFile(filepath.Join(in, tt.file), []byte(tt.text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out, errs := t.TempDir(), filepath.Join(t.TempDir(), "errors.jsonl")
	code, stderr := mainIn(t, "", "-published", "2020-07-10", "-out", out, "-errors", errs, in)
	if code != exitFailed {
		t.Errorf("exit status %d, want %d\n%s", code, exitFailed, stderr)
	}
	// The texts as the command reads them, which the offsets count in.
	texts := map[string]string{}
	for d, err := range input.Documents(context.Background(), []string{in}, input.Options{}) {
		if err == nil {
			texts[d.ID] = d.Text
		}
	}
	files := readOut(t, out)
	for _, tt := range tests {
		id := strings.TrimSuffix(tt.file, ".txt")
		if tt.file == "dup.jsonl" {
			// Duplicate ids get a suffix in reading order.
			var r doc.Result
			if err := yaml.Unmarshal(files["dup~2.yaml"], &r); err != nil || !slices.Contains(entityIDs(&r), "mohammad-javad-zarif") ||
				len(r.Warnings) != 1 || !strings.HasPrefix(r.Warnings[0], "duplicate id dup (first at ") {
				t.Errorf("dup~2.yaml: %v, entities %v, warnings %q; want the second document, with a warning", err, entityIDs(&r), r.Warnings)
			}
			continue
		}
		if tt.err != "" {
			if !strings.Contains(stderr, "/"+tt.err) {
				t.Errorf("%s: error %q not reported:\n%s", tt.file, tt.err, stderr)
			}
			continue
		}
		if tt.empty != "" {
			if !strings.Contains(stderr, "extract: warning: "+filepath.Join(in, tt.empty)) {
				t.Errorf("%s: warning %q not reported:\n%s", tt.file, tt.empty, stderr)
			}
			continue
		}
		var r doc.Result
		if err := yaml.Unmarshal(files[id+".yaml"], &r); err != nil {
			t.Errorf("%s: %v", id, err)
			continue
		}
		checkSpans(t, texts[id], &r)
		for _, e := range tt.entities {
			if !slices.Contains(entityIDs(&r), e) {
				t.Errorf("%s: %s not found (entities %v)", id, e, entityIDs(&r))
			}
		}
		if tt.date != "" && (len(r.Events) == 0 || r.Events[0].Date == nil || r.Events[0].Date.Value != tt.date) {
			t.Errorf("%s: events %+v, want a meeting dated %s", id, r.Events, tt.date)
		}
		if tt.warning != "" && !slices.Contains(r.Warnings, tt.warning) {
			t.Errorf("%s: warnings %q, want %q", id, r.Warnings, tt.warning)
		}
	}
	// -errors lists every failure with its origin, and its id when known.
	data, err := os.ReadFile(errs)
	if err != nil {
		t.Fatal(err)
	}
	var got []run.Failure
	for line := range strings.Lines(string(data)) {
		var f run.Failure
		if err := json.Unmarshal([]byte(line), &f); err != nil {
			t.Fatalf("-errors line %q: %v", line, err)
		}
		got = append(got, f)
	}
	want := []run.Failure{
		{Origin: filepath.Join(in, "binary.txt")},
		{Origin: filepath.Join(in, "nul.txt")},
		{Origin: filepath.Join(in, "z.jsonl") + ":1"},
		{Origin: filepath.Join(in, "z.jsonl") + ":2", ID: "types"},
		{Origin: filepath.Join(in, "z.jsonl") + ":3", ID: "notext"},
	}
	if len(got) != len(want) {
		t.Fatalf("-errors holds %d failures, want %d:\n%s", len(got), len(want), data)
	}
	for i, w := range want {
		if got[i].Origin != w.Origin || got[i].ID != w.ID || !strings.HasPrefix(got[i].Reason, w.Origin+": ") {
			t.Errorf("failure %d: %+v, want origin %s and id %q", i, got[i], w.Origin, w.ID)
		}
	}
}

// TestHugeDocuments processes documents without spaces, without
// punctuation and made of one word. Their results' offsets hold, and
// the work grows linearly with their size: the bytes allocated for a
// document four times as long are at most eight times as many (a
// quadratic stage makes them sixteen times as many). The 50 MB documents
// run only with EXTRACT_LONG_TESTS=1, without -short and -race.
func TestHugeDocuments(t *testing.T) {
	x := extractor(t)
	const sentence = "استقبل الرئيس السوري بشار الأسد في دمشق وزير الخارجية الإيراني محمد جواد ظريف وبحثا العلاقات الثنائية "
	shapes := []struct {
		name, unit   string
		small, large int // sizes in bytes
	}{
		{"no spaces", strings.ReplaceAll(sentence, " ", ""), 128 << 10, 512 << 10},
		{"no punctuation", sentence, 128 << 10, 512 << 10},
		{"one word", "ب", 256 << 10, 1 << 20},
	}
	process := func(t *testing.T, text string) (*doc.Result, uint64) {
		// A new Extractor each time: one that processed a document
		// before reuses its buffers, which would hide what this one
		// needs.
		fresh := pipeline.New(x.Gazetteer())
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		r, err := fresh.Process(context.Background(), &doc.Document{ID: "huge", Text: text})
		runtime.ReadMemStats(&after)
		if err != nil {
			t.Fatal(err)
		}
		return r, after.TotalAlloc - before.TotalAlloc
	}
	for _, sh := range shapes {
		t.Run(sh.name, func(t *testing.T) {
			small := strings.Repeat(sh.unit, sh.small/len(sh.unit))
			large := strings.Repeat(sh.unit, sh.large/len(sh.unit))
			_, a := process(t, small)
			r, b := process(t, large)
			checkSpans(t, large, r)
			if b > 8*a {
				t.Errorf("%d bytes allocated for %d bytes of text, %d for %d: not linear", a, len(small), b, len(large))
			}
			if !testlong.Enabled() || raceEnabled {
				return
			}
			huge := strings.Repeat(sh.unit, (50<<20)/len(sh.unit))
			r, _ = process(t, huge)
			checkSpans(t, huge, r)
		})
	}
}

// TestResumeYAML continues an interrupted run into a directory that
// holds complete results, a damaged one, one of another document and a
// temporary file left by a killed run.
func TestResumeYAML(t *testing.T) {
	corpus := filepath.Join(t.TempDir(), "c.jsonl")
	if err := os.WriteFile(corpus, []byte(corpusLines(t, 40)), 0o644); err != nil {
		t.Fatal(err)
	}
	full := t.TempDir()
	if code, stderr := mainIn(t, "", "-j", "2", "-out", full, corpus); code != exitOK {
		t.Fatalf("full run: exit %d\n%s", code, stderr)
	}
	want := readOut(t, full)

	dir := t.TempDir()
	for i := range 25 {
		name := fmt.Sprintf("d%03d.yaml", i)
		data := want[name]
		switch i {
		case 3: // damaged: cut before its events
			data = data[:bytes.Index(data, []byte("\nevents:"))]
		case 4: // another document's result
			data = want["d005.yaml"]
		case 7: // complete, with a comment that shows it was kept
			data = append(bytes.Clone(data), "# kept\n"...)
		}
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	stale := filepath.Join(dir, ".d025.yaml.tmp-123456")
	if err := os.WriteFile(stale, []byte("document:\n  id: d0"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, stderr := mainIn(t, "", "-resume", "-out", dir, corpus)
	if code != exitOK || !strings.Contains(stderr, "17 documents") || !strings.Contains(stderr, "23 skipped (already done)") {
		t.Fatalf("resumed run: exit %d, want 0 with 17 documents and 23 skipped\n%s", code, stderr)
	}
	got := readOut(t, dir)
	if !bytes.HasSuffix(got["d007.yaml"], []byte("# kept\n")) {
		t.Error("d007.yaml was written again")
	}
	got["d007.yaml"] = want["d007.yaml"]
	sameOut(t, got, want)
}

// TestResumeJSONL continues a JSON Lines run whose last line was cut
// short: the resumed file is the one an uninterrupted run writes.
func TestResumeJSONL(t *testing.T) {
	tmp := t.TempDir()
	corpus := filepath.Join(tmp, "c.jsonl")
	if err := os.WriteFile(corpus, []byte(corpusLines(t, 30)), 0o644); err != nil {
		t.Fatal(err)
	}
	fullPath := filepath.Join(tmp, "full.jsonl")
	if code, stderr := mainIn(t, "", "-format", "jsonl", "-out", fullPath, corpus); code != exitOK {
		t.Fatalf("full run: exit %d\n%s", code, stderr)
	}
	full, err := os.ReadFile(fullPath)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.SplitAfter(string(full), "\n")
	for _, cut := range []int{0, 1, 12} {
		part := filepath.Join(tmp, fmt.Sprintf("part%d.jsonl", cut))
		data := strings.Join(lines[:cut], "") + lines[cut][:len(lines[cut])/2]
		if err := os.WriteFile(part, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		code, stderr := mainIn(t, "", "-format", "jsonl", "-resume", "-out", part, corpus)
		if code != exitOK || cut > 0 && !strings.Contains(stderr, fmt.Sprintf("%d skipped", cut)) {
			t.Errorf("cut %d: exit %d, want 0 with %d skipped\n%s", cut, code, cut, stderr)
		}
		if got, _ := os.ReadFile(part); !bytes.Equal(got, full) {
			t.Errorf("cut %d: resumed file differs from an uninterrupted run's", cut)
		}
	}
	// A file that is not extract's output is left alone.
	other := filepath.Join(tmp, "other.jsonl")
	if err := os.WriteFile(other, []byte(lines[0]+"not json\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, stderr := mainIn(t, "", "-format", "jsonl", "-resume", "-out", other, corpus); code != exitUsage || !strings.Contains(stderr, "other.jsonl:2: not an extract result") {
		t.Errorf("foreign file: exit %d, want %d naming other.jsonl:2\n%s", code, exitUsage, stderr)
	}
	if code, stderr := mainIn(t, "", "-format", "jsonl", "-resume", corpus); code != exitUsage {
		t.Errorf("-resume to standard output: exit %d, want %d\n%s", code, exitUsage, stderr)
	}
}

// TestInterrupt cancels a run over many documents after some are
// written: no temporary file is left, every file is a complete result
// for a prefix of the input, and -resume completes the directory.
func TestInterrupt(t *testing.T) {
	corpus := filepath.Join(t.TempDir(), "c.jsonl")
	if err := os.WriteFile(corpus, []byte(corpusLines(t, 80)), 0o644); err != nil {
		t.Fatal(err)
	}
	full := t.TempDir()
	if code, stderr := mainIn(t, "", "-out", full, corpus); code != exitOK {
		t.Fatalf("full run: exit %d\n%s", code, stderr)
	}
	dir := t.TempDir()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	out := &output.Dir{Path: dir}
	sum, err := run.Run(ctx, input.Documents(ctx, []string{corpus}, input.Options{}), extractor(t), out, run.Options{
		Workers: 4,
		Progress: func(s *run.Summary, _ *doc.Document) {
			if s.Documents == 20 {
				cancel()
			}
		},
	})
	if cerr := out.Close(); cerr != nil {
		t.Fatal(cerr)
	}
	if !errors.Is(err, context.Canceled) || len(sum.Failures) > 0 {
		t.Fatalf("interrupted run: %v, failures %v", err, sum.Failures)
	}
	got := readOut(t, dir)
	if len(got) < 20 || len(got) == 80 {
		t.Fatalf("%d files written, want from 20 to fewer than 80", len(got))
	}
	for i := range len(got) {
		if _, ok := got[fmt.Sprintf("d%03d.yaml", i)]; !ok {
			t.Fatalf("written %d files but not d%03d: not a prefix of the input", len(got), i)
		}
	}
	if code, stderr := mainIn(t, "", "-resume", "-out", dir, corpus); code != exitOK {
		t.Fatalf("resumed run: exit %d\n%s", code, stderr)
	}
	sameOut(t, readOut(t, dir), readOut(t, full))
}

// TestHelperProcess is the command run by TestSignal, not a test.
func TestHelperProcess(t *testing.T) {
	if os.Getenv("EXTRACT_TEST_HELPER") != "1" {
		return
	}
	args := os.Args
	for i, a := range args {
		if a == "--" {
			args = args[i+1:]
			break
		}
	}
	os.Exit(Main(args, os.Stdin, os.Stdout, os.Stderr))
}

// TestSignal runs the command on standard input that stays open, waits
// for the results of what it was given, and stops it with a signal: it
// exits with status 130 and a summary, leaving complete files only.
func TestSignal(t *testing.T) {
	if testing.Short() {
		t.Skip("starts processes")
	}
	const n = 8
	corpus := corpusLines(t, n)
	for _, sig := range []os.Signal{os.Interrupt, syscall.SIGTERM} {
		t.Run(sig.String(), func(t *testing.T) {
			out := t.TempDir()
			cmd := exec.Command(os.Args[0], "-test.run=^TestHelperProcess$", "--", "-j", "2", "-out", out, "-")
			cmd.Env = append(os.Environ(), "EXTRACT_TEST_HELPER=1")
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			stdin, err := cmd.StdinPipe()
			if err != nil {
				t.Fatal(err)
			}
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			defer stdin.Close()
			if _, err := stdin.Write([]byte(corpus)); err != nil {
				t.Fatal(err)
			}
			exited := make(chan error, 1)
			go func() { exited <- cmd.Wait() }()
			// Wait (without a time limit of its own) for the results;
			// go test's -timeout ends a hung test.
			last := filepath.Join(out, fmt.Sprintf("d%03d.yaml", n-1))
			for {
				if _, err := os.Stat(last); err == nil {
					break
				}
				select {
				case err := <-exited:
					t.Fatalf("exited before writing its results: %v\n%s", err, stderr.String())
				case <-time.After(10 * time.Millisecond):
				}
			}
			if err := cmd.Process.Signal(sig); err != nil {
				t.Fatal(err)
			}
			err = <-exited
			var ee *exec.ExitError
			if !errors.As(err, &ee) || ee.ExitCode() != exitInterrupted {
				t.Errorf("exit: %v, want status %d\n%s", err, exitInterrupted, stderr.String())
			}
			if s := stderr.String(); !strings.Contains(s, fmt.Sprintf("extract: %d documents", n)) || !strings.Contains(s, ", interrupted") {
				t.Errorf("stderr %q: want a summary of %d documents noting the interruption", s, n)
			}
			if got := readOut(t, out); len(got) != n {
				t.Errorf("%d files, want %d", len(got), n)
			}
		})
	}
}

// TestFaults checks faults of the configuration and of the output: each
// gives a clear error, a non-zero exit status and no partial file.
func TestFaults(t *testing.T) {
	tmp := t.TempDir()
	file := filepath.Join(tmp, "file")
	if err := os.WriteFile(file, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	badGaz := filepath.Join(tmp, "gaz")
	if err := os.Mkdir(badGaz, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(badGaz, "extra.yaml"), []byte("type: person\nentries:\n  - {id: x, name: X, name_ar: [\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	seeds := "../../seeds"
	tests := []struct {
		name string
		args []string
		code int
		err  string // fragment of standard error
	}{
		{"output under a file", []string{"-out", filepath.Join(file, "out"), seeds}, exitUsage, "not a directory"},
		{"JSON Lines output under a file", []string{"-format", "jsonl", "-out", filepath.Join(file, "o.jsonl"), seeds}, exitUsage, "not a directory"},
		{"broken gazetteer", []string{"-gazetteers", badGaz, "-out", filepath.Join(tmp, "never"), seeds}, exitUsage, "extra.yaml:"},
		{"missing gazetteer directory", []string{"-gazetteers", filepath.Join(tmp, "none"), "-out", filepath.Join(tmp, "never"), seeds}, exitUsage, "no such file or directory"},
		{"-resume to standard output", []string{"-format", "jsonl", "-resume", seeds}, exitUsage, "-resume with -format jsonl needs -out FILE"},
		{"missing input", []string{"-out", filepath.Join(tmp, "o1"), filepath.Join(tmp, "missing.txt")}, exitFailed, "missing.txt: no such file or directory"},
		{"-errors under a file", []string{"-out", filepath.Join(tmp, "o2"), "-errors", filepath.Join(file, "e.jsonl"), seeds}, exitUsage, "not a directory"},
	}
	if _, err := os.Stat("/dev/full"); err == nil {
		tests = append(tests, struct {
			name string
			args []string
			code int
			err  string
		}{"full disk", []string{"-format", "jsonl", "-out", "/dev/full", seeds}, exitFailed, "no space left on device"})
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stderr := mainIn(t, "", tt.args...)
			if code != tt.code || !strings.Contains(stderr, tt.err) {
				t.Errorf("exit %d, want %d with %q:\n%s", code, tt.code, tt.err, stderr)
			}
		})
	}
	if _, err := os.Stat(filepath.Join(tmp, "never")); err == nil {
		t.Error("a run with a broken gazetteer created its output directory")
	}
	t.Run("unwritable output directory", func(t *testing.T) {
		if os.Geteuid() == 0 {
			t.Skip("running as root: permissions are not enforced")
		}
		dir := t.TempDir()
		if err := os.Chmod(dir, 0o555); err != nil {
			t.Fatal(err)
		}
		defer os.Chmod(dir, 0o755)
		code, stderr := mainIn(t, "", "-out", dir, seeds)
		if code != exitUsage || !strings.Contains(stderr, "not writable") {
			t.Errorf("exit %d, want %d with not writable:\n%s", code, exitUsage, stderr)
		}
	})
	t.Run("output directory removed mid-run", func(t *testing.T) {
		corpus := filepath.Join(t.TempDir(), "c.jsonl")
		if err := os.WriteFile(corpus, []byte(corpusLines(t, 50)), 0o644); err != nil {
			t.Fatal(err)
		}
		dir := filepath.Join(t.TempDir(), "out")
		if err := os.Mkdir(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		ctx := context.Background()
		sum, err := run.Run(ctx, input.Documents(ctx, []string{corpus}, input.Options{}), extractor(t), &output.Dir{Path: dir}, run.Options{
			Workers: 2,
			Progress: func(s *run.Summary, _ *doc.Document) {
				if s.Documents == 5 {
					if err := os.RemoveAll(dir); err != nil {
						t.Error(err)
					}
				}
			},
		})
		if err == nil || !strings.Contains(err.Error(), "no such file or directory") || sum.Documents != 5 {
			t.Errorf("error %v after %d documents, want no such file or directory after 5", err, sum.Documents)
		}
		if n := len(sum.Failures); n != 1 || sum.Failures[0].ID != "d005" {
			t.Errorf("failures %v, want d005 only", sum.Failures)
		}
	})
}

// TestFailedDocumentsExit checks the exit statuses of a run in which
// documents fail and of one in which all succeed.
func TestFailedDocumentsExit(t *testing.T) {
	in := `{"id":"a","text":"التقى بشار الأسد محمد جواد ظريف"}` + "\n" + `{"id":"b"}` + "\n"
	if code, stderr := mainIn(t, in, "-format", "jsonl", "-"); code != exitFailed || !strings.Contains(stderr, `-:2: missing field "text"`) {
		t.Errorf("exit %d, want %d naming -:2\n%s", code, exitFailed, stderr)
	}
	if code, stderr := mainIn(t, in[:strings.Index(in, "\n")+1], "-format", "jsonl", "-"); code != exitOK {
		t.Errorf("exit %d, want %d\n%s", code, exitOK, stderr)
	}
}

// TestResumeAfterCheckpoint checks that -resume redoes a file written
// after the output's last checkpoint even when it looks complete: a
// crash may have cut it short after its last event.
func TestResumeAfterCheckpoint(t *testing.T) {
	corpus := filepath.Join(t.TempDir(), "c.jsonl")
	if err := os.WriteFile(corpus, []byte(corpusLines(t, 10)), 0o644); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if code, stderr := mainIn(t, "", "-out", dir, corpus); code != exitOK {
		t.Fatalf("full run: exit %d\n%s", code, stderr)
	}
	full := readOut(t, dir)
	if _, ok, _ := output.SyncedBefore(dir); !ok {
		if runtime.GOOS == "linux" {
			t.Fatal("no checkpoint recorded")
		}
		t.Skip("no checkpoints on this system")
	}
	// What an unflushed file may look like after a crash: parsable, but
	// with fewer events than the real result.
	cut := "document:\n  id: d003\nentities: []\nevents: []\n"
	if err := os.WriteFile(filepath.Join(dir, "d003.yaml"), []byte(cut), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, stderr := mainIn(t, "", "-resume", "-out", dir, corpus); code != exitOK {
		t.Fatalf("resumed run: exit %d\n%s", code, stderr)
	}
	sameOut(t, readOut(t, dir), full)
}
