package lexicon

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/extract-news/extract/pipeline/normalize"
)

var (
	english = Spec{Language: "en", Name: "test", Form: normalize.String, Stored: true}
	arabic  = Spec{Language: "ar", Name: "test", Form: normalize.String}
)

// TestParseErrors: a broken list file names the line of the fault.
func TestParseErrors(t *testing.T) {
	for _, tt := range []struct {
		name string
		spec Spec
		src  string
		want error
		line string // file:line the error starts with
	}{
		{"not yaml", english, "a: [\n", ErrSyntax, "f.yaml"},
		{"not a mapping", english, "- a\n", ErrSyntax, "f.yaml:1"},
		{"list not a mapping", english, "a: b c\n", ErrSyntax, "f.yaml:1"},
		{"unknown key", english, "a:\n  about: x\n  source: y\n  word: b\n", ErrSyntax, "f.yaml:4"},
		{"no about", english, "a:\n  source: y\n  words: b\n", ErrEmpty, "f.yaml:1"},
		{"no words", english, "a:\n  about: x\n  source: y\n  words: \"\"\n", ErrEmpty, "f.yaml:1"},
		{"list twice", english, "a:\n  about: x\n  source: y\n  words: b\na:\n  about: x\n  source: y\n  words: c\n", ErrDuplicate, "f.yaml:5"},
		{"word twice on a line", english, "a:\n  about: x\n  source: y\n  words: b c b\n", ErrDuplicate, "f.yaml:4"},
		{"word twice in a block", english, "a:\n  about: x\n  source: y\n  words: |\n    b c\n    d\n    e c\n", ErrDuplicate, "f.yaml:7"},
		{"english not lower case", english, "a:\n  about: x\n  source: y\n  words: |\n    met\n    Meets\n", ErrForm, "f.yaml:6"},
		{"replace in a built-in file", english, "a:\n  about: x\n  source: y\n  replace: true\n  words: b\n", ErrSyntax, "f.yaml:4"},
		{"arabic diacritics only", arabic, "a:\n  about: x\n  source: y\n  words: في ـ\n", ErrForm, "f.yaml:4"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := parse(tt.spec, "f.yaml", []byte(tt.src), true)
			if !errors.Is(err, tt.want) {
				t.Fatalf("err = %v, want %v", err, tt.want)
			}
			if !strings.HasPrefix(err.Error(), tt.line+":") {
				t.Errorf("err = %v, want it to start with %s", err, tt.line)
			}
		})
	}
}

// TestParseForms: Arabic words are normalized on load, so spellings that
// fold alike may both stand; English words are kept as stored.
func TestParseForms(t *testing.T) {
	for _, tt := range []struct {
		name string
		spec Spec
		src  string
		want []string
	}{
		{"english", english, "a:\n  about: x\n  source: y\n  words: met meets\n", []string{"met", "meets"}},
		{"arabic folded", arabic, "a:\n  about: x\n  source: y\n  words: |\n    إلى الى\n    معاً\n", []string{"الي", "معا"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			ls, err := parse(tt.spec, "f.yaml", []byte(tt.src), true)
			if err != nil {
				t.Fatal(err)
			}
			if got := ls[0].written; !reflect.DeepEqual(got, tt.want) {
				t.Errorf("words = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestBuiltin loads every built-in file as its package would.
func TestBuiltin(t *testing.T) {
	paths, err := fs.Glob(builtin, "*/*.yaml")
	if err != nil || len(paths) == 0 {
		t.Fatal(paths, err)
	}
	for _, p := range paths {
		data, err := builtin.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		s := Spec{Language: filepath.Dir(p), Form: normalize.String, Stored: strings.HasPrefix(p, "en/")}
		if _, err := parse(s, p, data, true); err != nil {
			t.Error(err)
		}
	}
}

// builtinFamilies defines every built-in file, as the stages do, and
// reads all their lists but the one named skip ("ar/meeting.yaml:NAME").
func builtinFamilies(t *testing.T, skip string) []*Family {
	t.Helper()
	paths, err := fs.Glob(builtin, "*/*.yaml")
	if err != nil || len(paths) == 0 {
		t.Fatal(paths, err)
	}
	var out []*Family
	for _, p := range paths {
		lang, name := filepath.Dir(p), strings.TrimSuffix(filepath.Base(p), ".yaml")
		f := Define(Spec{Language: lang, Name: name, Form: normalize.String, Stored: lang == "en"})
		for _, l := range f.Lists() {
			if p+":"+l.Name != skip {
				f.Set(l.Name)
			}
		}
		out = append(out, f)
	}
	return out
}

// TestCheck checks lists of families the test assembles: every built-in
// file defined and read passes; an unread list, a file no family of the
// list loads and a family given twice are errors naming the file.
func TestCheck(t *testing.T) {
	for _, tt := range []struct {
		name     string
		families func(all []*Family) []*Family
		skip     string
		want     error
		text     string
	}{
		{"all read", func(all []*Family) []*Family { return all }, "", nil, ""},
		{"unread list", func(all []*Family) []*Family { return all }, "en/meeting.yaml:phoneCues", ErrUnknownList, "en/meeting.yaml:"},
		{"file left out", func(all []*Family) []*Family { return all[1:] }, "", ErrUnknownList, "ar/common.yaml: no package reads this file"},
		{"family twice", func(all []*Family) []*Family { return append(all, all[0]) }, "", ErrTwice, "ar/common.yaml"},
		{"empty list", func([]*Family) []*Family { return nil }, "", ErrUnknownList, "en/resolve.yaml"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			err := Check(tt.families(builtinFamilies(t, tt.skip)))
			if tt.want == nil {
				if err != nil {
					t.Fatal(err)
				}
				return
			}
			if !errors.Is(err, tt.want) || !strings.Contains(err.Error(), tt.text) {
				t.Errorf("err = %v, want %v naming %s", err, tt.want, tt.text)
			}
		})
	}
}

// testFamily is an en/meeting family of two lists, phone and with, each
// holding the word x.
func testFamily() *Family {
	f := &Family{spec: Spec{Language: "en", Name: "meeting", Form: normalize.String, Stored: true}, lists: map[string]*List{}}
	for _, n := range []string{"phone", "with"} {
		f.lists[n] = &List{Name: n, set: map[string]bool{"x": true}, written: []string{"x"}}
		f.order = append(f.order, n)
	}
	return f
}

// writeLists writes src as dir/en/meeting.yaml of a new directory.
func writeLists(t *testing.T, src string) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "en"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "en", "meeting.yaml"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestExtend extends the families of an explicit list: it adds to and
// replaces a family's lists and rebuilds what is derived from them; an
// error (a list the family lacks, a file of a family not in the list, a
// broken word) names file and line and changes nothing.
func TestExtend(t *testing.T) {
	for _, tt := range []struct {
		name   string
		src    string // en/meeting.yaml; "" for a missing directory
		listed bool   // whether the family is in the list passed to Extend
		want   error
		text   string
		phone  []string
		with   []string
	}{
		{"add and replace", "phone:\n  words: skype x\nwith:\n  replace: true\n  words: alongside\n", true, nil, "", []string{"x", "skype"}, []string{"alongside"}},
		{"unknown list", "nope:\n  words: a\n", true, ErrUnknownList, "meeting.yaml:1:", []string{"x"}, []string{"x"}},
		{"not in analysis form", "phone:\n  words: Skype\n", true, ErrForm, "meeting.yaml:2:", []string{"x"}, []string{"x"}},
		{"family not listed", "phone:\n  words: skype\n", false, ErrUnknownList, "meeting.yaml: no word lists of that name", []string{"x"}, []string{"x"}},
		{"missing directory", "", true, fs.ErrNotExist, "missing", []string{"x"}, []string{"x"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			f := testFamily()
			builds := 0
			f.OnExtend(func() { builds++ })
			var families []*Family
			if tt.listed {
				families = []*Family{f}
			}
			dir := filepath.Join(t.TempDir(), "missing")
			if tt.src != "" {
				dir = writeLists(t, tt.src)
			}
			err := Extend(dir, families)
			switch {
			case tt.want == nil && err != nil:
				t.Fatal(err)
			case tt.want != nil && (!errors.Is(err, tt.want) || !strings.Contains(err.Error(), tt.text)):
				t.Fatalf("err = %v, want %v naming %s", err, tt.want, tt.text)
			}
			if wantBuilds := map[bool]int{true: 1, false: 2}[err != nil]; builds != wantBuilds {
				t.Errorf("%d builds, want %d", builds, wantBuilds)
			}
			if got := f.Words("phone"); !reflect.DeepEqual(got, tt.phone) {
				t.Errorf("phone = %q, want %q", got, tt.phone)
			}
			if got := f.Words("with"); !reflect.DeepEqual(got, tt.with) {
				t.Errorf("with = %q, want %q", got, tt.with)
			}
		})
	}
}
