package output

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/extract-news/extract/pipeline/doc"
)

// pyTricky are strings that yaml.v3 may write plain but PyYAML (YAML 1.1)
// reads as another type, or refuses ("=").
var pyTricky = []string{
	"=", "2018-05-17 10:00:00", "2018-5-7 1:02:03", "2018-05-17t10:00:00 +03:00", "2018-05-17  10:00:00.5Z",
	"yes", "No", "on", "OFF", "0777", "0b101", "0x1F", "1_000", "1:20", "190:20:30", "1.5e+3", ".5", "1.", "+.inf", ".NaN",
	"~", "null", "<<", "-1", "+1",
	// strings PyYAML reads as strings: written plain
	"y", "n", "= b", "2018-05-17x", "1.5e3", "1:70", "ترامب", "on the record",
}

// TestPyYAMLStrings writes results whose title, source and a mention's
// text are pyTricky strings: the fast writer and yaml.v3 agree, and,
// where python3 has PyYAML, Python reads back the same strings.
func TestPyYAMLStrings(t *testing.T) {
	dir := t.TempDir()
	var files []string
	for i, s := range pyTricky {
		r := &doc.Result{
			Document: doc.Meta{ID: "d", Title: s, Source: s},
			Entities: []doc.Entity{{ID: "e", Type: doc.Person, Name: s, Mentions: []doc.Mention{{Text: s, Start: 0, End: 1, Sentence: 1}}}},
			Events:   []doc.Event{},
		}
		if !checkSame(t, r) {
			t.Fatalf("%q: not covered by the fast writer", s)
		}
		data, err := YAML(r)
		if err != nil {
			t.Fatal(err)
		}
		f := filepath.Join(dir, "r"+string(rune('a'+i%26))+string(rune('a'+i/26))+".yaml")
		if err := os.WriteFile(f, data, 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	py, err := exec.LookPath("python3")
	if err != nil || exec.Command(py, "-c", "import yaml").Run() != nil {
		t.Skip("python3 with PyYAML not installed: checked with yaml.v3 only")
	}
	script := `import sys, json, yaml
out = []
for f in sys.argv[1:]:
    d = yaml.safe_load(open(f, encoding="utf-8"))
    out.append([d["document"]["title"], d["document"]["source"], d["entities"][0]["name"], d["entities"][0]["mentions"][0]["text"]])
print(json.dumps(out, default=repr))`
	outb, err := exec.Command(py, append([]string{"-c", script}, files...)...).CombinedOutput()
	if err != nil {
		t.Fatalf("python: %v\n%s", err, outb)
	}
	var got [][]any
	if err := json.Unmarshal(outb, &got); err != nil {
		t.Fatalf("%v: %s", err, outb)
	}
	for i, s := range pyTricky {
		for _, v := range got[i] {
			if v != s {
				t.Errorf("PyYAML reads %q back as %#v", s, v)
			}
		}
	}
}
