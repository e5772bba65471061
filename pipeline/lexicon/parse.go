package lexicon

import (
	"errors"
	"fmt"
	"strings"
	"unicode"

	"go.yaml.in/yaml/v3"
)

// parse reads one list file. builtin files must give each list about and
// source; a user's file may leave them out and say replace.
func parse(s Spec, path string, data []byte, builtin bool) ([]*List, error) {
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return nil, fmt.Errorf("%s: %w: %w", path, ErrSyntax, err)
	}
	if len(root.Content) == 0 {
		return nil, fmt.Errorf("%s:1: no lists: %w", path, ErrEmpty)
	}
	top := root.Content[0]
	if top.Kind != yaml.MappingNode {
		return nil, fmt.Errorf("%s:%d: want list names mapped to lists: %w", path, top.Line, ErrSyntax)
	}
	var out []*List
	seen := map[string]int{}
	var errs []error
	for i := 0; i+1 < len(top.Content); i += 2 {
		k, v := top.Content[i], top.Content[i+1]
		if first, dup := seen[k.Value]; dup {
			errs = append(errs, fmt.Errorf("%s:%d: list %q twice (first on line %d): %w", path, k.Line, k.Value, first, ErrDuplicate))
			continue
		}
		seen[k.Value] = k.Line
		l, err := parseList(s, path, k, v, builtin)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		out = append(out, l)
	}
	return out, errors.Join(errs...)
}

func parseList(s Spec, path string, k, v *yaml.Node, builtin bool) (*List, error) {
	l := &List{Name: k.Value, File: path, Line: k.Line, set: map[string]bool{}}
	if v.Kind != yaml.MappingNode {
		return nil, fmt.Errorf("%s:%d: list %q: want about, source and words: %w", path, v.Line, l.Name, ErrSyntax)
	}
	var words *yaml.Node
	for i := 0; i+1 < len(v.Content); i += 2 {
		key, val := v.Content[i], v.Content[i+1]
		if val.Kind != yaml.ScalarNode {
			return nil, fmt.Errorf("%s:%d: list %q: %s is not text: %w", path, val.Line, l.Name, key.Value, ErrSyntax)
		}
		switch key.Value {
		case "about":
			l.About = strings.TrimSpace(val.Value)
		case "source":
			l.Source = strings.TrimSpace(val.Value)
		case "words":
			words = val
		case "replace":
			if builtin || (val.Value != "true" && val.Value != "false") {
				return nil, fmt.Errorf("%s:%d: list %q: replace is for a user's lists, true or false: %w", path, key.Line, l.Name, ErrSyntax)
			}
			l.replace = val.Value == "true"
		default:
			return nil, fmt.Errorf("%s:%d: list %q: unknown key %q (want about, source, words): %w", path, key.Line, l.Name, key.Value, ErrSyntax)
		}
	}
	if builtin && (l.About == "" || l.Source == "") {
		return nil, fmt.Errorf("%s:%d: list %q: say what it does (about) and where its words come from (source): %w", path, k.Line, l.Name, ErrEmpty)
	}
	if words == nil || strings.TrimSpace(words.Value) == "" {
		return nil, fmt.Errorf("%s:%d: list %q: no words: %w", path, k.Line, l.Name, ErrEmpty)
	}
	asWritten := map[string]int{}
	for line, text := range wordLines(words) {
		for _, w := range strings.Fields(text) {
			if first, dup := asWritten[w]; dup {
				return nil, fmt.Errorf("%s:%d: list %q: %q twice (first on line %d): %w", path, line, l.Name, w, first, ErrDuplicate)
			}
			asWritten[w] = line
			form := w
			if s.Form != nil {
				form = s.Form(w)
			}
			switch {
			case s.Stored && form != w:
				return nil, fmt.Errorf("%s:%d: list %q: %q should be written %q: %w", path, line, l.Name, w, form, ErrForm)
			case form == "" || strings.IndexFunc(form, unicode.IsSpace) >= 0:
				return nil, fmt.Errorf("%s:%d: list %q: %q has no one-word analysis form (%q): %w", path, line, l.Name, w, form, ErrForm)
			}
			if !l.set[form] {
				l.set[form] = true
				l.written = append(l.written, form)
			}
		}
	}
	return l, nil
}

// wordLines yields the lines of a words scalar with their line numbers in
// the file: exact for a literal block (|) and a one-line value, the
// value's first line for a folded one.
func wordLines(n *yaml.Node) func(func(int, string) bool) {
	return func(yield func(int, string) bool) {
		if n.Style&yaml.LiteralStyle == 0 {
			yield(n.Line, n.Value)
			return
		}
		for i, text := range strings.Split(n.Value, "\n") {
			if !yield(n.Line+1+i, text) {
				return
			}
		}
	}
}
