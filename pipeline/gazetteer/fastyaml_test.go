package gazetteer

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"github.com/extract-news/extract/gazetteers"
	"github.com/extract-news/extract/pipeline/internal/benchdata"
)

// sameTree reports where the tree of the fast decoder differs from that
// of yaml.v3 in what Parse reads: kinds, values, lines and null tags.
func sameTree(got, want *yaml.Node, path string) error {
	if got.Kind != want.Kind || got.Line != want.Line || got.Value != want.Value ||
		(got.Tag == "!!null") != (want.Tag == "!!null") || len(got.Content) != len(want.Content) {
		return fmt.Errorf("%s: got kind %v line %d value %q tag %s with %d children; want kind %v line %d value %q tag %s with %d children",
			path, got.Kind, got.Line, got.Value, got.Tag, len(got.Content), want.Kind, want.Line, want.Value, want.Tag, len(want.Content))
	}
	for i := range got.Content {
		if err := sameTree(got.Content[i], want.Content[i], fmt.Sprintf("%s/%d", path, i)); err != nil {
			return err
		}
	}
	return nil
}

// checkFast fails t if fastDecode accepts data and reads it otherwise
// than yaml.v3, and returns whether it accepted it.
func checkFast(t *testing.T, data []byte) bool {
	t.Helper()
	doc, ok := fastDecode(data)
	if !ok {
		return false
	}
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		t.Fatalf("fast decoder accepted what yaml.v3 rejects (%v):\n%s", err, data)
	}
	if len(root.Content) == 0 {
		t.Fatalf("fast decoder accepted an empty document:\n%s", data)
	}
	if err := sameTree(doc, root.Content[0], ""); err != nil {
		t.Fatalf("%v\n%s", err, data)
	}
	return true
}

func TestFastDecodeLists(t *testing.T) {
	files := map[string][]byte{}
	for name, f := range benchdata.Synthetic(2000) {
		files[name] = f.Data
	}
	names, err := fs.Glob(gazetteers.FS, "*.yaml")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range names {
		data, err := fs.ReadFile(gazetteers.FS, name)
		if err != nil {
			t.Fatal(err)
		}
		files[name] = data
	}
	for name, data := range files {
		if !checkFast(t, data) {
			t.Errorf("%s: fast decoder gave up", name)
		}
		checkParse(t, name, data)
	}
}

// checkParse fails t if Parse and parseYAML read data otherwise.
func checkParse(t *testing.T, name string, data []byte) {
	t.Helper()
	got, gotErr := Parse(name, data)
	want, wantErr := parseYAML(name, data)
	if fmt.Sprint(gotErr) != fmt.Sprint(wantErr) {
		t.Fatalf("Parse error:\n%v\nwant:\n%v\nfor:\n%s", gotErr, wantErr, data)
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("Parse entries differ from parseYAML for:\n%s", data)
	}
}

func TestFastDecode(t *testing.T) {
	tests := []struct {
		src  string
		fast bool // whether the fast decoder should accept it
	}{
		{"type: person\nentries:\n  - {id: a-b, name: A B, name_ar: أ ب}\n", true},
		{"# c\n\ntype: place # c\nentries:   # c\n# c\n  - id: a\n    name: A # c\n      # c\n    ar: [ا, 'ب''ت', \"ث\"]   # c\n    roles:\n      - {role: x, from: 2000-01-02}  # c\n  - id: b\n    name: B\n", true},
		{"type: person\nentries: []\n", true},
		{"type: person\nentries: {}\n", true},
		{"type: ~\nentries:\n  - {id: a, ar: []}\n", true},
		{"type: person\nentries:\n  -   id: a\n      name: b\n", true},
		{"type: person\nentries:\n  - id: a\n    name: a#b\n    latin: [People's, x y  z]\n", true},
		{"type: person\nentries:\n- id: a\n", false},
		{"type: person\nentries:\n  - id: a\n     name: b\n", false},
		{"type: person\nentries:\n  - id: a\n    name: b\n      c\n", false},
		{"type: person\nentries:\n  - id: a\n    name: b: c\n", false},
		{"type: person\nentries:\n  - id: a\n    id: b\n", false},
		{"type: person\nentries:\n  - id: a\n    ar: [a, b\n", false},
		{"type: person\nentries:\n  - id: a\n    ar: [a: b]\n", false},
		{"type: person\nentries:\n  - &x {id: a}\n  - *x\n", false},
		{"type: person\nentries:\n  - id: \"a\\u0640\"\n", false},
		{"type: person\r\nentries: []\r\n", false},
		{"type:\tperson\n", false},
		{"---\ntype: person\n", false},
		{"type: person\n---\ntype: place\n", false},
		{"", false},
		{"# only a comment\n", false},
		{"- 1\n- 2\n", false},
		{"type: person\nentries:\n  - {id: a, name: }\n", false},
		{"type: person\nentries:\n  - {id: a, ar: [x,]}\n", false},
		{"type: person\nentries:\n  - id: a\n    name: 'b'c\n", false},
		{"type: person\nentries:\n  - id: a\n    name: \"b\"#c\n", false},
		{"type: person\nentries:\n  - id: a\n    roles:\n    - {role: x}\n", false},
		{"type: person\nentries:\n  - id: a\n    single:\n", false},
	}
	for _, tt := range tests {
		checkParse(t, "t.yaml", []byte(tt.src))
		if got := checkFast(t, []byte(tt.src)); got != tt.fast {
			t.Errorf("fastDecode(%q) accepted %v, want %v", tt.src, got, tt.fast)
		}
	}
}

// FuzzFastDecode checks that whatever the fast decoder accepts, yaml.v3
// reads without error into the same tree.
func FuzzFastDecode(f *testing.F) {
	for _, dir := range []string{"testdata/fuzz/FuzzLoad"} {
		entries, _ := os.ReadDir(dir)
		for _, e := range entries {
			data, err := os.ReadFile(filepath.Join(dir, e.Name()))
			if err != nil {
				f.Fatal(err)
			}
			// The corpus files are in the go test fuzz v1 encoding; use
			// their text as it stands.
			f.Add(data)
		}
	}
	f.Add([]byte("type: person\nentries:\n  - id: a\n    name: A # c\n    ar: [ا, 'ب''ت', \"ث\"]\n    roles:\n      - {role: x, country: SY, from: 2000-01-02}  # c\n"))
	f.Add([]byte(strings.Repeat("type: person\n", 1)))
	f.Fuzz(func(t *testing.T, data []byte) {
		if !utf8.Valid(data) {
			return // Parse rejects it before decoding
		}
		checkFast(t, data)
		checkParse(t, "f.yaml", data)
	})
}

func TestParseFastErrors(t *testing.T) {
	// Files the fast path reads, with errors in the header and entries.
	for _, src := range []string{
		"type: animal\nentries:\n  - id: A\n    name: x\n  - id: a\n    name: b\n    name_ar: ا ب\n  - id: a\n    name: b\n    name_ar: ا ب\n",
		"entries:\n  - id: a\n    name: b\n    name_ar: ا ب\ntype: place\n",
		"type: person\nfoo: bar\nentries:\n  - id: a\n    bogus: b\n    single: maybe\n    roles:\n      - {role: x, from: 2000-13-01}\n      - {to: 2000-01-01}\n",
		"type: [person]\nentries:\n  - id: a\n",
		"type: title\nentries: x\n",
		"type: title\n",
		"type: title\nentries:\n  - {id: t, ar: []}\n  - id: u\n    ar: x\n    latin: ~\n    single: true\n",
	} {
		if _, ok := fastDecode([]byte(src)); !ok {
			t.Errorf("fast decoder gave up on %q", src)
		}
		checkParse(t, "t.yaml", []byte(src))
	}
}
