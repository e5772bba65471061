package review

import (
	"bytes"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/extract-news/extract/pipeline/doc"
	"go.yaml.in/yaml/v3"
)

// File is a result file as a reviewer left it: the result it decodes to
// and, for each of its entities and events, the YAML node it was read
// from, with the reviewer's comments, styles and extra keys.
type File struct {
	// Result is the file decoded.
	Result doc.Result
	// Entities and Events are the mapping nodes of Result.Entities and
	// Result.Events, one for one.
	Entities, Events []*yaml.Node
}

// MayHoldMarks reports whether data, a YAML file, can hold a review mark
// at all: a mark's key is the word review, which YAML can spell without
// those letters only with escapes (a backslash) or in another encoding
// than UTF-8 (NUL bytes). It spares parsing files nobody reviewed; it is
// a plain substring test, so no spelling of the key the YAML library
// accepts escapes it.
func MayHoldMarks(data []byte) bool {
	return bytes.Contains(data, []byte("review")) || bytes.IndexByte(data, '\\') >= 0 || bytes.IndexByte(data, 0) >= 0
}

// MayHoldMarkKey reports whether data, a file that cannot be parsed, may
// hold a review mark: the word review followed by a colon (after a
// closing quote and spaces, if any), an escape or another encoding. A
// file cut short by a crash, whose text merely mentions a review, can
// then be written again, while one a reviewer broke is left alone.
func MayHoldMarkKey(data []byte) bool {
	if bytes.IndexByte(data, '\\') >= 0 || bytes.IndexByte(data, 0) >= 0 {
		return true
	}
	for rest := data; ; {
		i := bytes.Index(rest, []byte("review"))
		if i < 0 {
			return false
		}
		rest = rest[i+len("review"):]
		after := bytes.TrimLeft(rest, "\"' \t")
		if len(after) > 0 && after[0] == ':' {
			return true
		}
	}
}

// Parse reads data, the YAML file name written by an earlier run and
// perhaps edited by a reviewer. Every review mark is read with the YAML
// library, so any spelling of it is understood ("review": {…} or
// review : {…}, block or flow style, on an entity written in flow
// style), and checked: a mark must be a mapping whose status is one of
// Statuses and whose note, if any, is a string. Other keys of a mark (by:,
// checked: …) and comments are kept in the nodes.
//
// A note with a comma in a flow-style mark, {status: confirmed, note: seen
// on SANA, confirmed by AFP}, is read by YAML as a note "seen on SANA"
// and a key "confirmed by AFP" without a value (no colon follows it); such
// keys right after the note are joined back to it, as written. A key
// without a colon anywhere else in a mark cannot be understood.
//
// Every error names name and the line: a file that cannot be read is
// never guessed at, so that the caller leaves it as it is.
func Parse(name string, data []byte) (*File, error) {
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	top := &root
	if top.Kind == yaml.DocumentNode && len(top.Content) == 1 {
		top = top.Content[0]
	}
	if top.Kind != yaml.MappingNode {
		return nil, fmt.Errorf("%s:%d: not an extract result (want a mapping with document, entities and events)", name, top.Line)
	}
	lines := bytes.Split(data, []byte("\n"))
	f := &File{}
	for i := 0; i+1 < len(top.Content); i += 2 {
		k, v := top.Content[i], top.Content[i+1]
		var list *[]*yaml.Node
		var what string // one item of the list, named in errors
		switch k.Value {
		case "entities":
			list, what = &f.Entities, "entity"
		case "events":
			list, what = &f.Events, "event"
		default:
			continue
		}
		if v.Kind == yaml.ScalarNode && v.Tag == "!!null" {
			continue
		}
		if v.Kind != yaml.SequenceNode {
			return nil, fmt.Errorf("%s:%d: %s is not a list", name, v.Line, k.Value)
		}
		for _, item := range v.Content {
			if item.Kind != yaml.MappingNode {
				return nil, fmt.Errorf("%s:%d: an item of %s is not a mapping", name, item.Line, k.Value)
			}
			if mark := Value(item, "review"); mark != nil {
				if line, err := readMark(mark, lines); err != nil {
					what := what
					if id := Value(item, "id"); id != nil && id.Kind == yaml.ScalarNode {
						what += " " + id.Value
					}
					return nil, fmt.Errorf("%s:%d: %s: %w", name, line, what, err)
				}
			}
			*list = append(*list, item)
		}
	}
	if err := root.Decode(&f.Result); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if len(f.Result.Entities) != len(f.Entities) || len(f.Result.Events) != len(f.Events) {
		return nil, fmt.Errorf("%s: entities or events written with anchors or merge keys, which a re-run cannot follow", name)
	}
	return f, nil
}

// Value returns the value of key in mapping m, or nil: the first pair
// whose key is a scalar spelled key.
func Value(m *yaml.Node, key string) *yaml.Node {
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Kind == yaml.ScalarNode && m.Content[i].Value == key {
			return m.Content[i+1]
		}
	}
	return nil
}

// errMark is the reason a mark cannot be understood.
var errMark = errors.New("review")

// readMark checks mark, the value of a review key, and joins back the
// pieces of a note that a comma cut (see Parse). lines are the file's
// lines, to tell a key without a colon from one with an empty value. An
// error comes with the line it is about.
func readMark(mark *yaml.Node, lines [][]byte) (line int, err error) {
	if mark.Kind == yaml.AliasNode {
		return mark.Line, fmt.Errorf("%w written as an alias: write it out", errMark)
	}
	if mark.Kind != yaml.MappingNode {
		return mark.Line, fmt.Errorf("%w is not a mapping (want {status: %s, note: ...})", errMark, strings.Join(Statuses, "|"))
	}
	var note *yaml.Node
	last := "" // the key before
	kept := mark.Content[:0:0]
	for i := 0; i+1 < len(mark.Content); i += 2 {
		k, v := mark.Content[i], mark.Content[i+1]
		if k.Kind != yaml.ScalarNode {
			return k.Line, fmt.Errorf("%w: a key that is not a word", errMark)
		}
		if strings.HasSuffix(k.Value, ":") && v.Tag == "!!null" {
			return k.Line, fmt.Errorf("%w: %q: write a space after the colon", errMark, k.Value)
		}
		if noColon(k, v, lines) {
			if note == nil || (last != "note" && last != "+note") {
				return k.Line, fmt.Errorf("%w: %q has no value (a comma ends a value in {…}; quote it)", errMark, k.Value)
			}
			note.Value += ", " + k.Value
			note.Style = 0
			last = "+note"
			continue
		}
		last = k.Value
		switch k.Value {
		case "status":
			if v.Kind != yaml.ScalarNode || !slices.Contains(Statuses, v.Value) {
				return v.Line, fmt.Errorf("%w status %q (want %s)", errMark, v.Value, strings.Join(Statuses, ", "))
			}
		case "note":
			if v.Kind != yaml.ScalarNode {
				return v.Line, fmt.Errorf("%w: the note is not text", errMark)
			}
			note = v
			note.Tag = "!!str"
		}
		kept = append(kept, k, v)
	}
	mark.Content = kept
	if Value(mark, "status") == nil {
		return mark.Line, fmt.Errorf("%w without a status (want one of %s)", errMark, strings.Join(Statuses, ", "))
	}
	return 0, nil
}

// noColon reports whether key k of a flow mapping was written without a
// colon (its value v is then an implicit null): the first character after
// the key, on its line, is not a colon.
func noColon(k, v *yaml.Node, lines [][]byte) bool {
	if v.Kind != yaml.ScalarNode || v.Tag != "!!null" || v.Value != "" || k.Style != 0 || k.Line < 1 || k.Line > len(lines) {
		return false
	}
	line := lines[k.Line-1]
	// Columns count code points from 1.
	col := 0
	for i := range string(line) {
		if col == k.Column-1 {
			rest := line[i:]
			if !bytes.HasPrefix(rest, []byte(k.Value)) {
				return false
			}
			rest = bytes.TrimLeft(rest[len(k.Value):], " \t")
			return len(rest) > 0 && rest[0] != ':'
		}
		col++
	}
	return false
}
