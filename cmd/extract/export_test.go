package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/extract-news/extract/pipeline/dataset"
	"github.com/extract-news/extract/pipeline/results"
)

func runMain(t *testing.T, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var o, e bytes.Buffer
	code = Main(args, strings.NewReader(""), &o, &e)
	return o.String(), e.String(), code
}

// readCSV parses an export and returns its rows as maps.
func readCSV(t *testing.T, data string) []map[string]string {
	t.Helper()
	rows, err := csv.NewReader(strings.NewReader(data)).ReadAll()
	if err != nil {
		t.Fatalf("export is not CSV: %v", err)
	}
	var out []map[string]string
	for _, r := range rows[1:] {
		m := map[string]string{}
		for i, h := range rows[0] {
			m[h] = r[i]
		}
		out = append(out, m)
	}
	return out
}

func TestExport(t *testing.T) {
	rs, err := results.Load(context.Background(), "../../out")
	if err != nil {
		t.Fatal(err)
	}
	ms := dataset.Build(rs)
	if len(ms) == 0 {
		t.Fatal("no meetings in out/")
	}
	tests := []struct {
		format string
		check  func(t *testing.T, out string)
	}{
		{"csv", func(t *testing.T, out string) {
			if rows := readCSV(t, out); len(rows) != len(ms) {
				t.Errorf("%d rows, want %d meetings", len(rows), len(ms))
			}
		}},
		{"jsonl", func(t *testing.T, out string) {
			lines := strings.Split(strings.TrimSpace(out), "\n")
			if len(lines) != len(ms) {
				t.Errorf("%d lines, want %d meetings", len(lines), len(ms))
			}
			for _, l := range lines {
				if !json.Valid([]byte(l)) {
					t.Errorf("not JSON: %s", l)
				}
			}
		}},
		{"graphml", func(t *testing.T, out string) {
			if !strings.Contains(out, `<graph id="meetings" edgedefault="undirected">`) || !strings.Contains(out, `<node id="bashar-al-assad">`) {
				t.Errorf("no graph of the seeds:\n%s", out)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.format, func(t *testing.T) {
			out, stderr, code := runMain(t, "export", "-format", tt.format, "../../out")
			if code != exitOK {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			tt.check(t, out)
			file := filepath.Join(t.TempDir(), "m."+tt.format)
			if _, stderr, code := runMain(t, "export", "-format", tt.format, "-o", file, "../../out"); code != exitOK {
				t.Fatalf("-o: exit %d: %s", code, stderr)
			}
			if data, err := os.ReadFile(file); err != nil || string(data) != out {
				t.Errorf("-o %s differs from standard output (%v)", file, err)
			}
		})
	}
}

func TestExportUsage(t *testing.T) {
	for _, tt := range []struct {
		args []string
		err  string
	}{
		{[]string{"export", "-format", "xlsx", "../../out"}, `unknown format "xlsx"`},
		{[]string{"export", "../../out", "../../seeds"}, "want at most one DIR"},
		{[]string{"export", "does-not-exist"}, "does-not-exist"},
		{[]string{"report", "../../out"}, "-o FILE is required"},
		{[]string{"report", "-html", "x.html", "does-not-exist"}, "does-not-exist"},
	} {
		_, stderr, code := runMain(t, tt.args...)
		if code != exitUsage || !strings.Contains(stderr, tt.err) {
			t.Errorf("%v: exit %d, stderr %q; want %d and %q", tt.args, code, stderr, exitUsage, tt.err)
		}
	}
}

func TestReport(t *testing.T) {
	page := filepath.Join(t.TempDir(), "report.html")
	_, stderr, code := runMain(t, "report", "-html", page, "-text", "../../seeds", "-title", "Seeds", "../../out")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if stderr != "" {
		t.Errorf("warnings: %s", stderr)
	}
	data, err := os.ReadFile(page)
	if err != nil {
		t.Fatal(err)
	}
	seed, err := os.ReadFile("../../seeds/001_fd9f9ff1609d1fae.txt")
	if err != nil {
		t.Fatal(err)
	}
	// A stretch of the text without markup in between.
	words := strings.Fields(strings.Split(string(seed), "\n")[0])
	for _, want := range []string{"<title>Seeds</title>", `<details class="doc" id="doc-001_fd9f9ff1609d1fae" open>`, `<div class="text" dir="rtl" lang="ar">`, words[len(words)-1]} {
		if !bytes.Contains(data, []byte(want)) {
			t.Errorf("the report lacks %s", want)
		}
	}
	// Without the text: the evidence, and a note.
	_, stderr, code = runMain(t, "report", "-html", page, "../../out")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if data, _ := os.ReadFile(page); !bytes.Contains(data, []byte(`class="text excerpts"`)) {
		t.Error("no evidence excerpts in a report without text")
	}
}

// TestReviewSurvivesRerun extracts the seeds, plays a reviewer who
// corrects one meeting and rejects another in the YAML, extracts again
// and exports: the marks and the correction are still there, and the
// export follows them.
func TestReviewSurvivesRerun(t *testing.T) {
	out := t.TempDir()
	const seed = "../../seeds/001_fd9f9ff1609d1fae.txt"
	if _, stderr, code := runMain(t, "-quiet", "-out", out, seed); code != exitOK {
		t.Fatalf("extract: exit %d: %s", code, stderr)
	}
	path := filepath.Join(out, "001_fd9f9ff1609d1fae.yaml")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	s := string(data)
	first := strings.Index(s, "    type: meeting\n")
	second := strings.Index(s[first+1:], "    type: meeting\n") + first + 1
	if first < 0 || second <= first {
		t.Fatalf("%s has fewer than two meetings", path)
	}
	const participant = "      - {entity: mohammad-bagheri, role: guest}\n"
	if !strings.Contains(s[first:second], participant) {
		t.Fatalf("the first meeting of %s lacks %q", path, participant)
	}
	edited := s[:first] + "    type: meeting\n    review: {status: corrected, note: Bagheri was the host}\n" +
		strings.Replace(s[first+len("    type: meeting\n"):second], participant, "      - {entity: mohammad-bagheri, role: host}\n", 1) +
		"    type: meeting\n    review: {status: rejected}\n" + s[second+len("    type: meeting\n"):]
	if err := os.WriteFile(path, []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, stderr, code := runMain(t, "-quiet", "-out", out, seed); code != exitOK {
		t.Fatalf("extract again: exit %d: %s", code, stderr)
	}
	again, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"review: {status: corrected, note: Bagheri was the host}\n", "{entity: mohammad-bagheri, role: host}", "review: {status: rejected}\n"} {
		if !strings.Contains(string(again), want) {
			t.Errorf("the re-run lost %q:\n%s", want, again)
		}
	}
	csvOut, stderr, code := runMain(t, "export", out)
	if code != exitOK {
		t.Fatalf("export: exit %d: %s", code, stderr)
	}
	var corrected, rejected int
	for _, r := range readCSV(t, csvOut) {
		if !strings.HasPrefix(r["event_id"], "001_fd9f9ff1609d1fae/") {
			continue
		}
		switch r["review"] {
		case "corrected":
			corrected++
		default:
			rejected++ // the other meeting of the document
		}
	}
	if corrected != 1 || rejected != 0 {
		t.Errorf("export has %d corrected and %d other meetings of the document, want 1 and none (rejected)", corrected, rejected)
	}
}

// TestSochiAcrossOutlets extracts the two articles of the 2018 corpus
// on Putin receiving Assad in Sochi on 2018-05-17 (France 24 and Sky
// News Arabia) and checks that the export lists the meeting once, with
// both sources, as Putin hosting a visit.
func TestSochiAcrossOutlets(t *testing.T) {
	const corpus = "../../../shared/corpus/ant-news-2018.jsonl.gz"
	f, err := os.Open(corpus)
	if err != nil {
		t.Skipf("corpus not available: %v", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	ids := []string{"FR-internationalNews-1299-20180517", "SK-middleEast-1788-20180518"}
	var sample bytes.Buffer
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	found := 0
	for sc.Scan() && found < len(ids) {
		line := sc.Bytes()
		for _, id := range ids {
			if bytes.Contains(line[:min(len(line), 100)], []byte(`"id": "`+id+`"`)) {
				sample.Write(line)
				sample.WriteByte('\n')
				found++
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if found != len(ids) {
		t.Fatalf("found %d of the articles %v", found, ids)
	}
	dir := t.TempDir()
	in := filepath.Join(dir, "sochi.jsonl")
	if err := os.WriteFile(in, sample.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out")
	if _, stderr, code := runMain(t, "-quiet", "-out", out, in); code != exitOK {
		t.Fatalf("extract: exit %d: %s", code, stderr)
	}
	csvOut, stderr, code := runMain(t, "export", out)
	if code != exitOK {
		t.Fatalf("export: exit %d: %s", code, stderr)
	}
	var sochi []map[string]string
	for _, r := range readCSV(t, csvOut) {
		if r["place_id"] == "sochi" && r["date"] == "2018-05-17" {
			sochi = append(sochi, r)
		}
	}
	if len(sochi) != 1 {
		t.Fatalf("%d rows for the Sochi meeting, want 1:\n%s", len(sochi), csvOut)
	}
	r := sochi[0]
	if r["document_id"] != strings.Join(ids, ";") || r["reports"] != "2" {
		t.Errorf("sources %q (%s reports), want %q", r["document_id"], r["reports"], strings.Join(ids, ";"))
	}
	if r["cameo"] != "043" || r["actor1_id"] != "vladimir-putin" || !strings.Contains(csvOut, "bashar-al-assad,SY,guest") {
		t.Errorf("CAMEO %s with %s as source, want 043, Putin hosting Assad: %v", r["cameo"], r["actor1_id"], r)
	}
}
