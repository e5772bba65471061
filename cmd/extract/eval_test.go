package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/extract-news/extract/pipeline/eval"
)

// TestEvalSeeds runs the pipeline on the project's seeds and scores it
// against the reference annotation: every meeting pair must be found,
// and each entity type must reach F1 0.95.
func TestEvalSeeds(t *testing.T) {
	args := []string{"-gold", "../../testdata/seeds-gold.yaml"}
	var text, stderr bytes.Buffer
	if code := evalCmd(append(append([]string{}, args...), "-v", "../../seeds"), strings.NewReader(""), &text, &stderr); code != exitOK {
		t.Fatalf("eval -v: exit %d\n%s", code, stderr.String())
	}
	t.Logf("report:\n%s", text.String())
	var out bytes.Buffer
	stderr.Reset()
	if code := evalCmd(append(append([]string{}, args...), "-json", "-v", "../../seeds"), strings.NewReader(""), &out, &stderr); code != exitOK {
		t.Fatalf("eval -json: exit %d\n%s", code, stderr.String())
	}
	var r eval.Report
	if err := json.Unmarshal(out.Bytes(), &r); err != nil {
		t.Fatalf("decode JSON report: %v\n%s", err, out.String())
	}
	if r.Scored != r.Documents || r.Documents == 0 {
		t.Errorf("scored %d of %d gold documents", r.Scored, r.Documents)
	}
	if c := r.Counts(eval.MeetingPairs); c.F1 < 1.0 {
		t.Errorf("meeting pairs F1 = %.3f (P %.3f, R %.3f), want 1.0", c.F1, c.Precision, c.Recall)
	}
	for _, typ := range eval.EntityTypes {
		if c := r.Counts(typ); c.F1 < 0.95 {
			t.Errorf("%s F1 = %.3f (P %.3f, R %.3f), want ≥ 0.95", typ, c.F1, c.Precision, c.Recall)
		}
	}
	// Every gold entity of the seeds is found (the pipeline issue's bar).
	for _, m := range r.Misses {
		if m.Type != "meeting" {
			t.Errorf("missed %s %s in %s", m.Type, m.Name, m.Doc)
		}
	}
}

func TestEvalUsage(t *testing.T) {
	for _, args := range [][]string{
		{},
		{"-gold", "a.yaml", "-conll", "b.conll"},
		{"-gold", "a.yaml", "-out", "out", "seeds"},
		{"-gold", "does-not-exist.yaml"},
		{"-conll", "does-not-exist.conll"},
	} {
		var stdout, stderr bytes.Buffer
		if code := evalCmd(args, strings.NewReader(""), &stdout, &stderr); code != exitUsage {
			t.Errorf("eval %q: exit %d, want %d", args, code, exitUsage)
		}
		if stderr.Len() == 0 {
			t.Errorf("eval %q: no error message", args)
		}
	}
}

// TestEvalOutDir scores written YAML files and checks that the scores
// equal those of the in-memory run.
func TestEvalOutDir(t *testing.T) {
	dir := t.TempDir()
	var stdout, stderr bytes.Buffer
	if code := extractCmd([]string{"-quiet", "-out", dir, "../../seeds"}, strings.NewReader(""), &stdout, &stderr); code != exitOK {
		t.Fatalf("extract: exit %d\n%s", code, stderr.String())
	}
	score := func(args ...string) eval.Report {
		t.Helper()
		var out, errb bytes.Buffer
		args = append([]string{"-gold", "../../testdata/seeds-gold.yaml", "-json", "-v"}, args...)
		if code := evalCmd(args, strings.NewReader(""), &out, &errb); code != exitOK {
			t.Fatalf("eval %q: exit %d\n%s", args, code, errb.String())
		}
		var r eval.Report
		if err := json.Unmarshal(out.Bytes(), &r); err != nil {
			t.Fatal(err)
		}
		return r
	}
	fromDir, inMemory := score("-out", dir), score("../../seeds")
	a, _ := json.Marshal(fromDir)
	b, _ := json.Marshal(inMemory)
	if !bytes.Equal(a, b) {
		t.Errorf("scores of -out differ from the in-memory run:\n%s\n%s", a, b)
	}
}

func TestEvalCoNLL(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := evalCmd([]string{"-conll", "../../pipeline/eval/testdata/sample.conll", "-json"}, strings.NewReader(""), &stdout, &stderr); code != exitOK {
		t.Fatalf("eval -conll: exit %d\n%s", code, stderr.String())
	}
	var r eval.CoNLLReport
	if err := json.Unmarshal(stdout.Bytes(), &r); err != nil {
		t.Fatal(err)
	}
	if r.Sentences != 30 || r.Micro.Gold == 0 || r.Missing != 0 {
		t.Errorf("report = %+v", r)
	}
}

func TestEvalBadGold(t *testing.T) {
	bad := t.TempDir() + "/gold.yaml"
	if err := os.WriteFile(bad, []byte("documents:\n  - id: a\n    people: [x\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	if code := evalCmd([]string{"-gold", bad, "-out", t.TempDir()}, strings.NewReader(""), &stdout, &stderr); code != exitUsage {
		t.Errorf("exit %d, want %d", code, exitUsage)
	}
	if msg := stderr.String(); !strings.Contains(msg, bad) || !strings.Contains(msg, "line") {
		t.Errorf("error %q does not name the file and line", msg)
	}
}

// TestEvalOnlyGoldDocuments checks that scoring inputs runs the pipeline
// on the documents the gold annotates only, and that a bad line is
// reported, scored as missing and makes the exit status 1.
func TestEvalOnlyGoldDocuments(t *testing.T) {
	dir := t.TempDir()
	gold := filepath.Join(dir, "gold.yaml")
	if err := os.WriteFile(gold, []byte("documents:\n  - id: d1\n    people:\n      - Vladimir Putin: [فلاديمير بوتين]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	in := filepath.Join(dir, "in.jsonl")
	lines := `{"id":"d1","text":"التقى فلاديمير بوتين الوفد."}
{"id":"d2","text":"التقى رجب طيب أردوغان الوفد."}
{"id":
`
	if err := os.WriteFile(in, []byte(lines), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	code := evalCmd([]string{"-gold", gold, "-json", "-v", in}, strings.NewReader(""), &out, &errb)
	if code != exitFailed {
		t.Errorf("exit %d, want %d (a bad line)\n%s", code, exitFailed, errb.String())
	}
	if !strings.Contains(errb.String(), "in.jsonl:3") {
		t.Errorf("stderr does not name the bad line:\n%s", errb.String())
	}
	var r eval.Report
	if err := json.Unmarshal(out.Bytes(), &r); err != nil {
		t.Fatal(err)
	}
	if c := r.Counts("person"); c.TP != 1 || c.System != 1 {
		t.Errorf("person counts %+v, want 1 true positive of 1", c)
	}
	if len(r.IgnoredDocuments) != 0 {
		t.Errorf("documents outside the gold were processed: %v", r.IgnoredDocuments)
	}
}

// devFloor are the lowest figures the development reference
// (../shared/eval/dev-gold.yaml, 100 corpus articles nobody tuned the
// rules on) may score; raised as the scores rise.
var devFloor = struct {
	pairsF1, pairsP, primary, person, organization, location float64
	personP, organizationP                                   float64
	notMeetings                                              int
}{pairsF1: 0.92, pairsP: 0.98, primary: 0.90, person: 0.90, organization: 0.80, location: 0.85,
	personP: 0.97, organizationP: 0.95, notMeetings: 0}

// Location accuracy is over the meetings found, so it can fall when more
// meetings are found (with issue 16's officials 46 instead of 35 at first;
// 51 with the place right for 37; 56, right for 44; 60, right for 49;
// 60, right for 52; 68, right for 60; now 69, right for 60).

// TestEvalDevelopment scores the pipeline on the development reference
// when ../shared is there (skipped otherwise) and fails below devFloor.
func TestEvalDevelopment(t *testing.T) {
	const gold, corpus = "../../../shared/eval/dev-gold.yaml", "../../../shared/corpus/ant-news-2018.jsonl.gz"
	for _, p := range []string{gold, corpus} {
		if _, err := os.Stat(p); err != nil {
			t.Skipf("development reference not available: %v", err)
		}
	}
	var out, stderr bytes.Buffer
	if code := evalCmd([]string{"-gold", gold, "-json", corpus}, strings.NewReader(""), &out, &stderr); code != exitOK {
		t.Fatalf("eval: exit %d\n%s", code, stderr.String())
	}
	var r eval.Report
	if err := json.Unmarshal(out.Bytes(), &r); err != nil {
		t.Fatalf("decode JSON report: %v", err)
	}
	pairs := r.Counts(eval.MeetingPairs)
	t.Logf("meeting pairs P %.3f R %.3f F1 %.3f; primary %v; location %v; date %v; not_meetings reported %d",
		pairs.Precision, pairs.Recall, pairs.F1, r.Primary, r.Location, r.Date, r.NotMeetings)
	for _, c := range []struct {
		what      string
		got, want float64
	}{
		{"meeting pairs F1", pairs.F1, devFloor.pairsF1},
		{"meeting pairs precision", pairs.Precision, devFloor.pairsP},
		{"primary pairs recall", r.Primary.Value, devFloor.primary},
		{"people recall", r.Counts("person").Recall, devFloor.person},
		{"organizations recall", r.Counts("organization").Recall, devFloor.organization},
		{"people precision", r.Counts("person").Precision, devFloor.personP},
		{"organizations precision", r.Counts("organization").Precision, devFloor.organizationP},
		{"location accuracy", r.Location.Value, devFloor.location},
	} {
		if c.got < c.want {
			t.Errorf("%s = %.3f, want ≥ %.3f", c.what, c.got, c.want)
		}
	}
	if r.NotMeetings > devFloor.notMeetings {
		t.Errorf("%d not_meetings pairs reported as occurred, want ≤ %d", r.NotMeetings, devFloor.notMeetings)
	}
}
