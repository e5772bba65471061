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

// TestExtend adds to and replaces a family's lists and rebuilds what is
// derived from them; a list the family lacks changes nothing.
func TestExtend(t *testing.T) {
	saved := families
	defer func() { families = saved }()
	families = nil
	f := &Family{spec: Spec{Language: "en", Name: "meeting", Form: normalize.String, Stored: true}, lists: map[string]*List{}}
	for _, n := range []string{"phone", "with"} {
		f.lists[n] = &List{Name: n, set: map[string]bool{"x": true}, written: []string{"x"}}
		f.order = append(f.order, n)
	}
	families = append(families, f)
	phone := f.Set("phone")
	builds := 0
	f.OnExtend(func() { builds++ })

	write := func(src string) string {
		dir := t.TempDir()
		if err := os.MkdirAll(filepath.Join(dir, "en"), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "en", "meeting.yaml"), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		return dir
	}
	if err := Extend(write("nope:\n  words: a\n")); !errors.Is(err, ErrUnknownList) || !strings.Contains(err.Error(), "meeting.yaml:1:") {
		t.Fatalf("unknown list: err = %v", err)
	}
	if err := Extend(write("phone:\n  words: Skype\n")); !errors.Is(err, ErrForm) {
		t.Fatalf("form: err = %v", err)
	}
	if len(phone) != 1 || builds != 1 {
		t.Fatalf("a failed Extend changed the lists: %v, %d builds", phone, builds)
	}
	if err := Extend(write("phone:\n  words: skype x\nwith:\n  replace: true\n  words: alongside\n")); err != nil {
		t.Fatal(err)
	}
	if !phone["skype"] || !phone["x"] || builds != 2 {
		t.Errorf("phone = %v, %d builds", phone, builds)
	}
	if got := f.Words("with"); !reflect.DeepEqual(got, []string{"alongside"}) {
		t.Errorf("with = %q", got)
	}
	if err := Extend(filepath.Join(t.TempDir(), "missing")); err == nil {
		t.Error("a missing directory is no error")
	}
}
