// Package lexicon loads the pipeline's word lists — trigger words, cues,
// name stops, place and organization heads — from YAML data files instead
// of Go string literals, so that a linguist can change a list without
// reading Go.
//
// Each language is a folder of the same shape (ar/, en/), each stage of
// the pipeline one file in it (ar/resolve.yaml, en/meeting.yaml,
// en/dates.yaml …), embedded in the binary. A file maps list names to
// lists:
//
//	# What the file is for and which package reads it.
//	phone:
//	  about: phone calls; a trigger near one is not a meeting.
//	  source: written for extract from the ANT 2018 corpus.
//	  words: phone telephone phoned telephoned call calls
//	placeHeads:
//	  about: …
//	  source: …
//	  words: |
//	    street square avenue road river
//	    sea ocean gulf island
//
// Words are separated by white space; write a list longer than a line as
// a literal block (|) so that an error names the word's own line. The
// code decides what a list means (one Go file per stage binds list names
// to rules, as Vale's Go files per rule kind read its YAML rules): a
// package declares its file with Define and reads each list with
// Family.Set or Family.Words while its package variables are
// initialized. Built-in data that does not load is a bug of the build and
// panics with file and line; `go test ./pipeline/lexicon` and `extract
// lexicon check` find it first.
//
// No registry. Define loads a file and returns its Family; it records
// nothing in this package. The set of families is an explicit value: each
// stage package exports the families it defines (a WordLists function),
// package pipeline assembles them in one place (pipeline.WordLists, which
// names every language's stages), and Check and Extend take that list as
// an argument, as `extract lexicon check` and `-lexicon DIR` pass it. So a
// test can check or extend a list of families of its own, and which lists
// a run uses is what the caller names, not what happened to be linked in.
//
// Analysis form. The code looks words up in the analysis form of package
// normalize (lower case; Arabic without diacritics and tatweel, with
// alef, ya and ta marbuta folded). English lists are stored in that form
// and a word that is not is an error; Arabic lists are stored as written
// (إلى، الأمير: readable, and the spelling the text has) and put in the
// analysis form on load, so two spellings that fold alike (إلى، الى) may
// both stand in a list.
//
// A user extends the lists with a directory of the same shape (-lexicon
// DIR: DIR/en/meeting.yaml …) read by Extend: its words are added to the
// built-in list of the same name, or replace it with `replace: true`.
package lexicon

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

//go:embed ar/*.yaml en/*.yaml
var builtin embed.FS

// Errors a list file can have; the error of Define, Extend and Check wraps
// one of them with the file and line.
var (
	// ErrSyntax: the file is not YAML of the expected shape.
	ErrSyntax = errors.New("not a word list file")
	// ErrUnknownList: a list the code does not read.
	ErrUnknownList = errors.New("unknown list")
	// ErrMissingList: a list the code reads that the file lacks.
	ErrMissingList = errors.New("missing list")
	// ErrEmpty: a list without words, or without about or source.
	ErrEmpty = errors.New("empty")
	// ErrDuplicate: a word twice in one list.
	ErrDuplicate = errors.New("duplicate word")
	// ErrForm: a word that is not in the analysis form the code expects.
	ErrForm = errors.New("not in analysis form")
	// ErrTwice: a family given twice in the list passed to Check.
	ErrTwice = errors.New("family given twice")
)

// Spec says where a family's file is and what form its words take.
type Spec struct {
	// Language is the folder: "ar", "en".
	Language string
	// Name is the file name without .yaml: "resolve", "meeting", "dates".
	Name string
	// Form maps a word to the analysis form the code looks up
	// (normalize.String); nil keeps words as written.
	Form func(string) string
	// Stored: words must already be in Form (an error otherwise, as for
	// English); when false they are put in Form on load (Arabic).
	Stored bool
}

// Path is the family's file, relative to a lexicon directory.
func (s Spec) Path() string { return s.Language + "/" + s.Name + ".yaml" }

// Family is one data file's lists, as one package reads them.
type Family struct {
	spec    Spec
	lists   map[string]*List
	order   []string
	rebuild []func()
}

// List is one named word list.
type List struct {
	// Name is the list's key in the file.
	Name string
	// About says what the list does; Source where its words come from.
	About, Source string
	// File and Line locate the list's key.
	File string
	Line int
	// words in the analysis form, as the code reads them.
	set map[string]bool
	// written: the words in file order, in the analysis form.
	written []string
	read    bool
	// replace: a user's list replaces the built-in words, not adds to them.
	replace bool
}

// Len is the number of distinct analysis forms in the list.
func (l *List) Len() int { return len(l.set) }

// Define loads a family's built-in file and returns it; it keeps no
// record of it (the package that defines a family exports it, see the
// package doc). It panics when the data does not load: the files are part
// of the build.
func Define(s Spec) *Family {
	f := &Family{spec: s, lists: map[string]*List{}}
	data, err := builtin.ReadFile(s.Path())
	if err != nil {
		panic(fmt.Errorf("lexicon: %w", err))
	}
	lists, err := parse(s, s.Path(), data, true)
	if err != nil {
		panic(fmt.Errorf("lexicon: %w", err))
	}
	for _, l := range lists {
		f.lists[l.Name] = l
		f.order = append(f.order, l.Name)
	}
	return f
}

func (f *Family) list(name string) *List {
	l := f.lists[name]
	if l == nil {
		panic(fmt.Errorf("lexicon: %s: %q: %w", f.spec.Path(), name, ErrMissingList))
	}
	l.read = true
	return l
}

// Set returns list name as a set of analysis forms. The map is the
// family's own: Extend adds to it in place, so a package may keep it in a
// variable. It panics when the file lacks the list.
func (f *Family) Set(name string) map[string]bool { return f.list(name).set }

// Words returns list name's words in file order, in the analysis form
// (for lists whose order or position matters to the code). A package that
// builds something of its own from them registers the building with
// OnExtend.
func (f *Family) Words(name string) []string {
	return append([]string(nil), f.list(name).written...)
}

// OnExtend runs build now and again after Extend changed the family's
// lists, for what a package derives from them (an index, a table).
func (f *Family) OnExtend(build func()) {
	f.rebuild = append(f.rebuild, build)
	build()
}

// Spec is the family's specification.
func (f *Family) Spec() Spec { return f.spec }

// Lists returns the family's lists in file order.
func (f *Family) Lists() []*List {
	out := make([]*List, len(f.order))
	for i, n := range f.order {
		out[i] = f.lists[n]
	}
	return out
}

// Sorted returns families ordered by path (ar/common.yaml … en/resolve.yaml),
// as `extract lexicon check` lists them.
func Sorted(families []*Family) []*Family {
	out := append([]*Family(nil), families...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].spec.Path() < out[j].spec.Path() })
	return out
}

// Check reports, of families (the list the caller assembles, as
// pipeline.WordLists does), the built-in lists no package reads (a list a
// file has but the code never looks at is a typo or dead data), the
// built-in files no family of the list loads, and a file given twice.
// Call it after the packages that read lists are initialized, as
// `extract lexicon check` does.
func Check(families []*Family) error {
	var errs []error
	defined := map[string]bool{}
	for _, f := range Sorted(families) {
		if defined[f.spec.Path()] {
			errs = append(errs, fmt.Errorf("%s: %w", f.spec.Path(), ErrTwice))
			continue
		}
		defined[f.spec.Path()] = true
		for _, l := range f.Lists() {
			if !l.read {
				errs = append(errs, fmt.Errorf("%s:%d: %q: no package reads it: %w", l.File, l.Line, l.Name, ErrUnknownList))
			}
		}
	}
	paths, _ := fs.Glob(builtin, "*/*.yaml")
	for _, p := range paths {
		if !defined[p] {
			errs = append(errs, fmt.Errorf("%s: no package reads this file: %w", p, ErrUnknownList))
		}
	}
	return errors.Join(errs...)
}

// Extend reads dir/LANG/NAME.yaml for every family of families that has one:
// its lists add their words to the built-in list of the same name, or
// replace its words with `replace: true`; about and source are optional.
// A file that matches no family, a list name the family lacks and a
// broken list are errors naming file and line, and then nothing changes.
// Call it before documents are processed: the lists are not locked.
func Extend(dir string, families []*Family) error {
	type change struct {
		f     *Family
		lists []*List
	}
	var changes []change
	byPath := map[string]*Family{}
	for _, f := range families {
		byPath[f.spec.Path()] = f
	}
	paths, err := filepath.Glob(filepath.Join(dir, "*", "*.yaml"))
	if err != nil {
		return fmt.Errorf("lexicon: %s: %w", dir, err)
	}
	if len(paths) == 0 {
		if _, err := os.Stat(dir); err != nil {
			return fmt.Errorf("lexicon: %w", err)
		}
	}
	var errs []error
	for _, p := range paths {
		rel := filepath.ToSlash(p[len(dir):])
		rel = strings.TrimPrefix(rel, "/")
		f := byPath[rel]
		if f == nil {
			errs = append(errs, fmt.Errorf("%s: no word lists of that name (want LANG/NAME.yaml of a built-in file): %w", p, ErrUnknownList))
			continue
		}
		data, err := os.ReadFile(p)
		if err != nil {
			errs = append(errs, fmt.Errorf("lexicon: %w", err))
			continue
		}
		lists, err := parse(f.spec, p, data, false)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		for _, l := range lists {
			if f.lists[l.Name] == nil {
				errs = append(errs, fmt.Errorf("%s:%d: %q: %s has no such list: %w", l.File, l.Line, l.Name, f.spec.Path(), ErrUnknownList))
			}
		}
		changes = append(changes, change{f, lists})
	}
	if err := errors.Join(errs...); err != nil {
		return err
	}
	for _, c := range changes {
		for _, l := range c.lists {
			b := c.f.lists[l.Name]
			if l.replace {
				clear(b.set)
				b.written = nil
			}
			for _, w := range l.written {
				if !b.set[w] {
					b.set[w] = true
					b.written = append(b.written, w)
				}
			}
		}
		for _, build := range c.f.rebuild {
			build()
		}
	}
	return nil
}
