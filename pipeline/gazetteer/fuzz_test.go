package gazetteer_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/extract-news/extract/pipeline/gazetteer"
)

// FuzzLoad loads any file as a gazetteer, with a valid list beside it,
// and compiles what loads. Loading and compiling must not panic, every
// error must name its file at the start of a line of its own, and what
// loads without error must be well formed.
func FuzzLoad(f *testing.F) {
	for _, s := range []string{
		"type: person\nentries:\n  - {id: a-b, name: A B, name_ar: أ ب}\n",
		"type: person\nentries:\n  - id: a\n    name: A\n    name_ar: ا ب\n    roles:\n      - {role: president, country: SY, from: 2000-07-17, to: 2024-12-08}\n",
		"type: place\nentries:\n  - {id: amman, name: Amman, name_ar: عمان, ambiguous: [عمان], context: [jordan]}\n  - {id: jordan, name: Jordan, name_ar: الأردن, demonyms: [أردني]}\n",
		"type: title\nentries:\n  - {id: fm, role: foreign-minister, ar: [وزير الخارجية], latin: [foreign minister]}\n",
		"type: organization\nentries:\n  - {id: un, name: UN, latin: [United Nations, UN]}\n",
		"type: person\nentries:\n  - {id: a, name: [\n",
		"type: animal\nentries: []\n",
		"entries: {a: 1}\n",
		"- 1\n- 2\n",
		"type: person\nentries:\n  - &a {id: x, name: X, name_ar: س ص}\n  - *a\n",
		"type: person\nentries:\n  - {id: x, name: X, name_ar: \"\\u0640\\u064E\"}\n",
		"type: person\nentries: [\xff]\n",
		"",
	} {
		f.Add([]byte(s))
	}
	valid := []byte("type: place\nentries:\n  - {id: syria, name: Syria, name_ar: سوريا, demonyms: [سوري]}\n")
	f.Fuzz(func(t *testing.T, data []byte) {
		fsys := fstest.MapFS{
			"a.yaml": &fstest.MapFile{Data: valid},
			"f.yaml": &fstest.MapFile{Data: data},
		}
		set, err := gazetteer.LoadFS(fsys)
		if err == nil {
			for _, e := range set.Entries {
				if e.ID == "" || e.File == "" || e.Line < 1 {
					t.Fatalf("entry %+v lacks an id or a place", e)
				}
				if got, ok := set.Lookup(e.ID); !ok || got != e {
					t.Fatalf("Lookup(%q) = %v, %v", e.ID, got, ok)
				}
			}
			_, err = gazetteer.Compile(set)
		}
		if err == nil {
			return
		}
		for _, line := range strings.Split(err.Error(), "\n") {
			if !strings.HasPrefix(line, "f.yaml:") && !strings.HasPrefix(line, "a.yaml:") {
				t.Fatalf("error line %q does not name its file", line)
			}
		}
	})
}
