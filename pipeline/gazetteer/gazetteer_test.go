package gazetteer_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/extract-news/extract/pipeline/gazetteer"
)

func load(files map[string]string) error {
	fs := fstest.MapFS{}
	for name, body := range files {
		fs[name] = &fstest.MapFile{Data: []byte(body)}
	}
	set, err := gazetteer.LoadFS(fs)
	if err != nil {
		return err
	}
	_, err = gazetteer.Compile(set)
	return err
}

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		want  string // fragment of the error; "" means no error
	}{
		{"valid", map[string]string{"p.yaml": "type: person\nentries:\n  - {id: a-b, name: A B, name_ar: أ ب}\n"}, ""},
		{"broken YAML", map[string]string{"p.yaml": "type: person\nentries:\n  - {id: a, name: [\n"}, "p.yaml:"},
		{"unknown type", map[string]string{"p.yaml": "type: animal\nentries: []\n"}, `p.yaml:1: unknown type "animal"`},
		{"duplicate id in file", map[string]string{"p.yaml": "type: person\nentries:\n  - {id: a, name: A, name_ar: ا ب}\n  - {id: a, name: A, name_ar: ت ث}\n"},
			`p.yaml:4: duplicate id "a" (first defined at line 3)`},
		{"duplicate id across files", map[string]string{
			"a.yaml": "type: person\nentries:\n  - {id: a, name: A, name_ar: ا ب}\n",
			"b.yaml": "type: place\nentries:\n  - {id: a, name: A, name_ar: ت ث}\n"}, `b.yaml:3: duplicate id "a" (first defined at a.yaml:3)`},
		{"malformed date", map[string]string{"p.yaml": "type: person\nentries:\n  - id: a\n    name: A\n    name_ar: ا ب\n    roles:\n      - {role: president, country: SY, from: 2000-13-01}\n"},
			`p.yaml:7: malformed date "2000-13-01"`},
		{"conflicting alias", map[string]string{"p.yaml": "type: place\nentries:\n  - {id: a, name: A, name_ar: عمان}\n  - {id: b, name: B, name_ar: عُمان}\n"},
			`p.yaml:4: form "عمان" of "b" is also a form of "a" (p.yaml:3)`},
		{"shared ambiguous alias is fine", map[string]string{"p.yaml": "type: place\nentries:\n  - {id: a, name: A, name_ar: أ أ, ambiguous: [عمان]}\n  - {id: b, name: B, name_ar: ب ب, ambiguous: [عمان]}\n"}, ""},
		{"leader of a country", map[string]string{"p.yaml": "type: place\nentries:\n  - {id: a, name: A, name_ar: ا ب, kind: country, country: AA, leader: prime-minister}\n"}, ""},
		{"leader of a person", map[string]string{"p.yaml": "type: person\nentries:\n  - {id: a, name: A, name_ar: ا ب, leader: prime-minister}\n"}, "p.yaml:3: leader is a key of places"},
		{"a malformed member", map[string]string{"o.yaml": "type: organization\nentries:\n  - {id: a, name: A, name_ar: ا ب, members: [US, FI 2023]}\n"}, `o.yaml:3: member "FI 2023": want a country code`},
		{"members of a person", map[string]string{"p.yaml": "type: person\nentries:\n  - {id: a, name: A, name_ar: ا ب, members: [US]}\n"}, "p.yaml:3: members is a key of organizations only"},
		{"bad id", map[string]string{"p.yaml": "type: person\nentries:\n  - {id: Bad_Id, name: A, name_ar: ا ب}\n"}, `id "Bad_Id" must be`},
		{"unknown context", map[string]string{"p.yaml": "type: place\nentries:\n  - {id: a, name: A, name_ar: ا ب, context: [nowhere]}\n"}, `context names unknown id "nowhere"`},
		{"not UTF-8", map[string]string{"p.yaml": "type: person\nentries: [\xff]\n"}, "p.yaml: not valid UTF-8"},
		{"no files", map[string]string{"x.txt": "hi"}, "no *.yaml gazetteer files"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := load(tt.files)
			switch {
			case tt.want == "" && err != nil:
				t.Fatalf("unexpected error: %v", err)
			case tt.want != "" && err == nil:
				t.Fatalf("no error, want %q", tt.want)
			case tt.want != "" && !strings.Contains(err.Error(), tt.want):
				t.Fatalf("error %q does not contain %q", err, tt.want)
			}
		})
	}
}

func TestSurname(t *testing.T) {
	tests := []struct {
		name, want string
		ok         bool
	}{
		{"سيرغي شويغو", "شويغو", true},
		{"علي عبد الله أيوب", "ايوب", true},
		{"حسن نصر الله", "", false},
		{"محمد بن سلمان", "", false},
		{"بوتين", "", false},
	}
	for _, tt := range tests {
		got, ok := gazetteer.Surname(tt.name)
		if got != tt.want || ok != tt.ok {
			t.Errorf("Surname(%q) = %q, %v; want %q, %v", tt.name, got, ok, tt.want, tt.ok)
		}
	}
}
