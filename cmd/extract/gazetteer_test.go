package main

import (
	"bytes"
	"github.com/extract-news/extract/internal/testlong"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/extract-news/extract/pipeline/gazetteer"
)

// gazetteerMain runs "extract gazetteer ARGS..." and returns its output.
func gazetteerMain(t *testing.T, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var o, e bytes.Buffer
	code = Main(append([]string{"gazetteer"}, args...), strings.NewReader(""), &o, &e)
	return o.String(), e.String(), code
}

func TestGazetteerCheck(t *testing.T) {
	out, stderr, code := gazetteerMain(t, "check")
	if code != exitOK {
		t.Fatalf("check: exit %d\n%s%s", code, out, stderr)
	}
	if !regexp.MustCompile(`^ok: \d+ people, \d+ places, \d+ organizations, \d+ titles; \d+ trie nodes\n$`).MatchString(out) {
		t.Errorf("check printed %q", out)
	}

	// An extra list whose president overlaps the one of the built-in
	// lists, and whose alias is also a place.
	dir := t.TempDir()
	extra := `type: person
entries:
  - id: test-usurper
    name: Usurper
    name_ar: فلان الفلاني
    aliases: [دمشق]
    roles:
      - {role: president, country: SY, from: 2010-01-01, to: 2011-01-01}
`
	if err := os.WriteFile(filepath.Join(dir, "x.yaml"), []byte(extra), 0o644); err != nil {
		t.Fatal(err)
	}
	out, stderr, code = gazetteerMain(t, "check", "-gazetteers", dir)
	if code != exitFailed {
		t.Fatalf("check with an overlap: exit %d, want %d\n%s%s", code, exitFailed, out, stderr)
	}
	for _, want := range []string{
		`x.yaml:8: president in SY: "test-usurper" from 2010-01-01 overlaps "bashar-al-assad"`,
		`(people.yaml:`,
		`x.yaml:3: person "test-usurper" shares a form with place "damascus" (places.yaml:`,
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("check: stderr lacks %q:\n%s", want, stderr)
		}
	}
	if !strings.HasPrefix(out, "2 problems: ") {
		t.Errorf("check printed %q", out)
	}
}

func TestGazetteerUsage(t *testing.T) {
	for _, args := range [][]string{
		{},
		{"frob"},
		{"check", "extra-arg"},
		{"suggest", "-type", "animal"},
		{"coverage", "-published", "yesterday"},
		{"coverage", "-gazetteers", "does-not-exist"},
	} {
		if out, stderr, code := gazetteerMain(t, args...); code != exitUsage {
			t.Errorf("gazetteer %q: exit %d, want %d\n%s%s", args, code, exitUsage, out, stderr)
		}
	}
}

var coverageLine = regexp.MustCompile(`(?m)^people introduced by an office title: (\d+) mentions, (\d+) known, (\d+) unknown\ncoverage: ([0-9.]+)%`)

// coverageOf runs "extract gazetteer coverage" on paths and returns the
// known and unknown counts and the printed share.
func coverageOf(t *testing.T, paths ...string) (known, unknown int, share float64) {
	t.Helper()
	out, stderr, code := gazetteerMain(t, append([]string{"coverage"}, paths...)...)
	m := coverageLine.FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("coverage: exit %d, unexpected output:\n%s%s", code, out, stderr)
	}
	total, _ := strconv.Atoi(m[1])
	known, _ = strconv.Atoi(m[2])
	unknown, _ = strconv.Atoi(m[3])
	share, _ = strconv.ParseFloat(m[4], 64)
	if total != known+unknown {
		t.Errorf("coverage: %d mentions is not %d known + %d unknown", total, known, unknown)
	}
	return known, unknown, share
}

func TestGazetteerCoverageSeeds(t *testing.T) {
	known, unknown, share := coverageOf(t, "../../seeds")
	if known == 0 || share < 90 {
		t.Errorf("seeds: %d known, %d unknown (%.1f%%), want some people and ≥ 90%%", known, unknown, share)
	}
}

// TestGazetteerCoverageCorpus is the bar: over the whole 2018
// corpus, the gazetteers know at least 90% of the people introduced by
// the title of an office. It reads ../shared and takes a while, so it
// runs only with EXTRACT_LONG_TESTS=1, not with -short or -race.
func TestGazetteerCoverageCorpus(t *testing.T) {
	const corpus = "../../../shared/corpus/ant-news-2018.jsonl.gz"
	if _, err := os.Stat(corpus); err != nil {
		t.Skipf("corpus not available: %v", err)
	}
	if !testlong.Enabled() || raceEnabled {
		t.Skip("whole-corpus run: only with " + testlong.Env + "=1, not with -short or -race")
	}
	known, unknown, share := coverageOf(t, corpus)
	t.Logf("corpus: %d known, %d unknown: %.1f%%", known, unknown, share)
	if share < 90 {
		t.Errorf("corpus coverage %.1f%%, want ≥ 90%%", share)
	}
}

func TestGazetteerSuggest(t *testing.T) {
	dir := t.TempDir()
	// A document that names a minister no list has.
	doc := "المنامة\nقال وزير الخارجية البحريني خالد بن فلان إن الاجتماع مهم.\nوأضاف الوزير خالد بن فلان أن الحوار مستمر.\n"
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte(doc), 0o644); err != nil {
		t.Fatal(err)
	}
	outFile := filepath.Join(dir, "suggest.yaml")
	if out, stderr, code := gazetteerMain(t, "suggest", "-min", "1", "-o", outFile, dir); code != exitOK || out != "" {
		t.Fatalf("suggest: exit %d\n%s%s", code, out, stderr)
	}
	data, err := os.ReadFile(outFile)
	if err != nil {
		t.Fatal(err)
	}
	parts := strings.Split(string(data), "\n---\n")
	if len(parts) != 3 {
		t.Fatalf("suggest wrote %d YAML documents, want 3:\n%s", len(parts), data)
	}
	people, err := gazetteer.Parse("people", []byte(parts[0]))
	if err != nil {
		t.Fatalf("people do not parse: %v\n%s", err, parts[0])
	}
	if len(people) != 1 || people[0].NameAr != "خالد بن فلان" {
		t.Errorf("suggested people %+v, want خالد بن فلان:\n%s", people, parts[0])
	}
	for _, want := range []string{"# sample (a): قال وزير الخارجية البحريني", "role: foreign-minister"} {
		if !strings.Contains(parts[0], want) {
			t.Errorf("suggestion lacks %q:\n%s", want, parts[0])
		}
	}
	// On standard output, one type only.
	out, stderr, code := gazetteerMain(t, "suggest", "-type", "place", dir)
	if code != exitOK || !strings.Contains(out, "type: place\nentries: []\n") || strings.Contains(out, "---") {
		t.Errorf("suggest -type place: exit %d\n%s%s", code, out, stderr)
	}
}
