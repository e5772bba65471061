// Package gazetteer loads, validates and compiles the YAML name lists
// (people, places, organizations and titles) that the tagger matches.
//
// The file format is described in gazetteers/README.md. Loading parses
// through yaml.Node so that every error names the file and line.
package gazetteer

import (
	"errors"
	"fmt"
	"io/fs"
	"regexp"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// Entry types.
const (
	TypePerson       = "person"
	TypePlace        = "place"
	TypeOrganization = "organization"
	TypeTitle        = "title"
)

// Role is an office a person held, with its dates.
type Role struct {
	Role    string
	Country string
	From    time.Time
	To      time.Time // zero: still held
	Line    int
}

// Holds reports whether the role was held on day t.
func (r Role) Holds(t time.Time) bool {
	if t.Before(r.From) {
		return false
	}
	return r.To.IsZero() || !t.After(r.To)
}

// Entry is a person, place or organization, or a title.
type Entry struct {
	ID      string
	Type    string
	Name    string
	NameAr  string
	Country string
	Kind    string
	// Aliases are other Arabic forms; Latin the Latin-script forms.
	Aliases, Latin []string
	// Ambiguous forms are tagged only with support in the document.
	Ambiguous []string
	// Context lists entity ids whose presence supports ambiguous forms.
	Context []string
	// Demonyms are nationality adjectives of a country.
	Demonyms []string
	// Roles are the offices of a person.
	Roles []Role
	// Role is the office a title names (titles only; empty for ranks).
	Role string
	// Leader, for a country, is the office whose holder its news calls the
	// country's leader (الزعيم الألماني is the chancellor) when that is not
	// the head of state: prime-minister in parliamentary states. Empty: the
	// head of state.
	Leader string
	// Members, for an organization of states (G7, NATO), are the
	// countries whose leaders sit at its summits, each a country code
	// with, for a state that joined later, the day it joined (FI 2023-04-04;
	// see Member); Heads are the offices of no country whose holders sit
	// there too (the presidents of the European Commission and Council at
	// the G7). A leader is the holder of the country's Leader office, else
	// its head of state.
	Members, Heads []string
	// Single marks an office one person holds at a time in a country
	// (titles only): the president, the foreign minister. "extract
	// gazetteer check" reports people whose dates in it overlap.
	Single bool
	// File and Line locate the entry's definition.
	File string
	Line int
}

// Set is a loaded collection of gazetteer entries.
type Set struct {
	Entries []*Entry
	byID    map[string]int
}

// Lookup returns the entry with the given id.
func (s *Set) Lookup(id string) (*Entry, bool) {
	i, ok := s.byID[id]
	if !ok {
		return nil, false
	}
	return s.Entries[i], true
}

// Index returns the index in Entries of the entry with the given id.
func (s *Set) Index(id string) (int, bool) {
	i, ok := s.byID[id]
	return i, ok
}

// Member reads an entry of Entry.Members: the country code and the day
// the country joined (zero: a member from the start). ok is false for a
// malformed entry.
func Member(m string) (country string, from time.Time, ok bool) {
	country, day, dated := strings.Cut(m, " ")
	if country == "" {
		return "", time.Time{}, false
	}
	if !dated {
		return country, time.Time{}, true
	}
	from, err := time.Parse("2006-01-02", day)
	return country, from, err == nil
}

// validID reports whether id matches ^[a-z0-9][a-z0-9-]*$.
func validID(id string) bool {
	for i := 0; i < len(id); i++ {
		c := id[i]
		if !('a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '-' && i > 0) {
			return false
		}
	}
	return id != ""
}

// LoadFS loads every *.yaml file at the root of fsys, in name order.
func LoadFS(fsys fs.FS) (*Set, error) {
	names, err := fs.Glob(fsys, "*.yaml")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	type file struct {
		entries []*Entry
		err     error
	}
	files := make([]file, len(names))
	total := 0
	for i, name := range names {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			files[i].err = fmt.Errorf("%s: %w", name, err)
			continue
		}
		files[i].entries, files[i].err = Parse(name, data)
		total += len(files[i].entries)
	}
	s := &Set{byID: make(map[string]int, total), Entries: make([]*Entry, 0, total)}
	var errs []error
	for _, f := range files {
		if f.err != nil {
			errs = append(errs, f.err)
		}
		for _, e := range f.entries {
			if i, dup := s.byID[e.ID]; dup {
				prev := s.Entries[i]
				errs = append(errs, fmt.Errorf("%s:%d: duplicate id %q (first defined at %s:%d)", e.File, e.Line, e.ID, prev.File, prev.Line))
				continue
			}
			s.byID[e.ID] = len(s.Entries)
			s.Entries = append(s.Entries, e)
		}
	}
	if len(names) == 0 {
		errs = append(errs, errors.New("no *.yaml gazetteer files"))
	}
	return s, errors.Join(errs...)
}

// Override adds the entries of o to s; an entry whose id s already has
// replaces it.
func (s *Set) Override(o *Set) {
	if len(o.Entries) > len(s.Entries) {
		// Grow the index once rather than step by step.
		byID := make(map[string]int, len(s.Entries)+len(o.Entries))
		for id, i := range s.byID {
			byID[id] = i
		}
		s.byID = byID
	}
	for _, e := range o.Entries {
		if i, ok := s.byID[e.ID]; ok {
			s.Entries[i] = e
			continue
		}
		s.byID[e.ID] = len(s.Entries)
		s.Entries = append(s.Entries, e)
	}
}

// Parse reads one gazetteer file. file is used in error messages.
func Parse(file string, data []byte) ([]*Entry, error) {
	if !utf8.Valid(data) {
		return nil, fmt.Errorf("%s: not valid UTF-8", file)
	}
	if out, err, ok := parseFast(file, data); ok {
		return out, err
	}
	return parseYAML(file, data)
}

// parseYAML is Parse through yaml.v3, for any file.
func parseYAML(file string, data []byte) ([]*Entry, error) {
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return nil, fmt.Errorf("%s: %s", file, yamlError(err))
	}
	if len(root.Content) == 0 {
		return nil, fmt.Errorf("%s: empty gazetteer file", file)
	}
	doc := root.Content[0]
	if doc.Kind != yaml.MappingNode {
		return nil, fmt.Errorf("%s:%d: expected a mapping with type and entries", file, doc.Line)
	}
	p := parser{file: file}
	typ, entries := p.header(doc)
	if entries == nil {
		return nil, errors.Join(p.errs...)
	}
	b := newBody(&p, typ, len(entries.Content))
	for _, n := range entries.Content {
		b.add(n)
	}
	return b.out, errors.Join(p.errs...)
}

// parseFast is Parse through fastDecode, which hands over the entries one
// by one as it reads them when the type comes before them. ok is false
// when fastDecode gives up.
func parseFast(file string, data []byte) (out []*Entry, err error, ok bool) {
	p := parser{file: file}  // errors of the header
	ep := parser{file: file} // errors of the entries
	var b *body
	d := &fastDecoder{src: string(data)}
	d.entries = func(doc *yaml.Node) func(*yaml.Node) {
		// The entries are read as they come only when the type is known.
		typ, found := "", false
		for i := 0; i+1 < len(doc.Content); i += 2 {
			if k, v := doc.Content[i], doc.Content[i+1]; k.Value == "type" {
				if v.Kind != yaml.ScalarNode {
					return nil
				}
				typ, found = strings.TrimSpace(v.Value), true
			}
		}
		if !found {
			return nil
		}
		b = newBody(&ep, typ, len(data)/64) // a synthetic entry is 100 bytes
		return b.add
	}
	doc, ok := d.decode()
	if !ok {
		return nil, nil, false
	}
	typ, entries := p.header(doc)
	if entries == nil {
		return nil, errors.Join(p.errs...), true
	}
	if b == nil {
		b = newBody(&p, typ, len(entries.Content))
	}
	for _, n := range entries.Content {
		b.add(n)
	}
	return b.out, errors.Join(append(p.errs, ep.errs...)...), true
}

// header reads the type and entries of the document mapping doc. entries
// is nil when there are none to read.
func (p *parser) header(doc *yaml.Node) (typ string, entries *yaml.Node) {
	for i := 0; i+1 < len(doc.Content); i += 2 {
		k, v := doc.Content[i], doc.Content[i+1]
		switch k.Value {
		case "type":
			typ = p.scalar(v)
		case "entries":
			entries = v
		default:
			p.errorf(k, "unknown key %q (want type, entries)", k.Value)
		}
	}
	switch typ {
	case TypePerson, TypePlace, TypeOrganization, TypeTitle:
	case "":
		p.errorf(doc, "missing type")
	default:
		p.errorf(doc, "unknown type %q (want person, place, organization or title)", typ)
	}
	if entries == nil {
		p.errorf(doc, "missing entries")
		return typ, nil
	}
	if entries.Kind != yaml.SequenceNode {
		p.errorf(entries, "entries must be a list")
		return typ, nil
	}
	return typ, entries
}

// body collects the entries of a file.
type body struct {
	p    *parser
	typ  string
	out  []*Entry
	seen map[string]int
}

func newBody(p *parser, typ string, n int) *body {
	return &body{p: p, typ: typ, out: make([]*Entry, 0, n), seen: make(map[string]int, n)}
}

// add reads the entry n.
func (b *body) add(n *yaml.Node) {
	e := b.p.entry(n, b.typ)
	if e == nil {
		return
	}
	if line, dup := b.seen[e.ID]; dup {
		b.p.errorf(n, "duplicate id %q (first defined at line %d)", e.ID, line)
		return
	}
	b.seen[e.ID] = e.Line
	b.out = append(b.out, e)
}

var yamlLine = regexp.MustCompile(`line (\d+)`)

// yamlError rewrites a yaml error as "LINE: message" without the quoted
// values the library cuts mid-character.
func yamlError(err error) string {
	msg := err.Error()
	msg = strings.TrimPrefix(msg, "yaml: ")
	if m := yamlLine.FindStringSubmatchIndex(msg); m != nil {
		line := msg[m[2]:m[3]]
		rest := strings.TrimLeft(msg[m[1]:], ": ")
		if !utf8.ValidString(rest) {
			rest = strings.ToValidUTF8(rest, "")
		}
		return line + ": " + rest
	}
	return strings.ToValidUTF8(msg, "")
}

type parser struct {
	file string
	errs []error
	// shared holds the short values many entries repeat (types, countries,
	// kinds, roles), so that they share one string; fields is own's
	// buffer.
	shared map[string]string
	fields []*string
}

// share returns the string equal to s that p returned before, or s.
func (p *parser) share(s string) string {
	if t, ok := p.shared[s]; ok {
		return t
	}
	if p.shared == nil {
		p.shared = map[string]string{}
	}
	s = strings.Clone(s)
	p.shared[s] = s
	return s
}

// own gives the strings of e storage of their own, one allocation for
// all the ones of this entry, and shares the repeated ones: the fast
// decoder's values are substrings of the whole file, which one value
// kept would keep alive (a list of a million entries holds on to some
// 120 MB of YAML text, for about half that in values).
func (p *parser) own(e *Entry) {
	e.Type, e.Country, e.Kind, e.Role = p.share(e.Type), p.share(e.Country), p.share(e.Kind), p.share(e.Role)
	for i := range e.Roles {
		e.Roles[i].Role, e.Roles[i].Country = p.share(e.Roles[i].Role), p.share(e.Roles[i].Country)
	}
	fs := append(p.fields[:0], &e.ID, &e.Name, &e.NameAr)
	for i := range e.Members {
		e.Members[i] = p.share(e.Members[i])
	}
	for i := range e.Heads {
		e.Heads[i] = p.share(e.Heads[i])
	}
	for _, l := range [][]string{e.Aliases, e.Latin, e.Ambiguous, e.Context, e.Demonyms} {
		for i := range l {
			fs = append(fs, &l[i])
		}
	}
	n := 0
	for _, f := range fs {
		n += len(*f)
	}
	var b strings.Builder
	b.Grow(n)
	for _, f := range fs {
		b.WriteString(*f)
	}
	all := b.String()
	for _, f := range fs {
		k := len(*f)
		*f, all = all[:k], all[k:]
	}
	clear(fs)
	p.fields = fs[:0]
}

func (p *parser) errorf(n *yaml.Node, format string, args ...any) {
	p.errs = append(p.errs, fmt.Errorf("%s:%d: %s", p.file, n.Line, fmt.Sprintf(format, args...)))
}

func (p *parser) scalar(n *yaml.Node) string {
	if n.Kind != yaml.ScalarNode {
		p.errorf(n, "expected a single value")
		return ""
	}
	return strings.TrimSpace(n.Value)
}

func (p *parser) list(n *yaml.Node) []string {
	switch n.Kind {
	case yaml.ScalarNode:
		if n.Tag == "!!null" || n.Value == "" {
			return nil
		}
		return []string{strings.TrimSpace(n.Value)}
	case yaml.SequenceNode:
		out := make([]string, 0, len(n.Content))
		for _, c := range n.Content {
			if v := p.scalar(c); v != "" {
				out = append(out, v)
			}
		}
		return out
	}
	p.errorf(n, "expected a list")
	return nil
}

func (p *parser) boolean(n *yaml.Node) bool {
	switch v := p.scalar(n); v {
	case "true":
		return true
	case "false", "":
		return false
	default:
		p.errorf(n, "expected true or false, not %q", v)
		return false
	}
}

func (p *parser) date(n *yaml.Node) time.Time {
	v := p.scalar(n)
	t, err := time.Parse("2006-01-02", v)
	if err != nil {
		p.errorf(n, "malformed date %q (want YYYY-MM-DD)", v)
	}
	return t
}

func (p *parser) entry(n *yaml.Node, typ string) *Entry {
	if n.Kind != yaml.MappingNode {
		p.errorf(n, "an entry must be a mapping")
		return nil
	}
	e := &Entry{Type: typ, File: p.file, Line: n.Line}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		switch k.Value {
		case "id":
			e.ID = p.scalar(v)
		case "type":
			p.errorf(k, "type is set per file, not per entry")
		case "name":
			e.Name = p.scalar(v)
		case "name_ar":
			e.NameAr = p.scalar(v)
		case "country":
			e.Country = p.scalar(v)
		case "kind":
			e.Kind = p.scalar(v)
		case "aliases", "ar":
			e.Aliases = append(e.Aliases, p.list(v)...)
		case "latin":
			e.Latin = p.list(v)
		case "ambiguous":
			e.Ambiguous = p.list(v)
		case "context":
			e.Context = p.list(v)
		case "demonyms":
			e.Demonyms = p.list(v)
		case "role":
			e.Role = p.scalar(v)
		case "leader":
			e.Leader = p.scalar(v)
			if typ != TypePlace {
				p.errorf(k, "leader is a key of places (countries) only")
			}
		case "members", "heads":
			l := p.list(v)
			if typ != TypeOrganization {
				p.errorf(k, "%s is a key of organizations only", k.Value)
			} else if k.Value == "members" {
				for _, m := range l {
					if _, _, ok := Member(m); !ok {
						p.errorf(v, "member %q: want a country code, or a code and the day it joined (FI 2023-04-04)", m)
					}
				}
				e.Members = l
			} else {
				e.Heads = l
			}
		case "single":
			e.Single = p.boolean(v)
			if typ != TypeTitle {
				p.errorf(k, "single is a key of titles only")
			}
		case "roles":
			e.Roles = p.roles(v)
		case "note", "notes", "source", "sources":
		default:
			p.errorf(k, "unknown key %q", k.Value)
		}
	}
	switch {
	case e.ID == "":
		p.errorf(n, "entry without id")
		return nil
	case !validID(e.ID):
		p.errorf(n, "id %q must be lower-case ASCII letters, digits and hyphens", e.ID)
	}
	if typ == TypeTitle {
		if len(e.Aliases) == 0 && len(e.Latin) == 0 {
			p.errorf(n, "title %q has no phrases (ar, latin)", e.ID)
		}
	} else if e.NameAr == "" && len(e.Latin) == 0 {
		p.errorf(n, "entry %q has neither name_ar nor latin", e.ID)
	}
	if e.Name == "" && typ != TypeTitle {
		p.errorf(n, "entry %q has no name", e.ID)
	}
	p.own(e)
	return e
}

func (p *parser) roles(n *yaml.Node) []Role {
	if n.Kind != yaml.SequenceNode {
		p.errorf(n, "roles must be a list")
		return nil
	}
	var out []Role
	for _, c := range n.Content {
		if c.Kind != yaml.MappingNode {
			p.errorf(c, "a role must be a mapping {role, country, from, to}")
			continue
		}
		r := Role{Line: c.Line}
		hasFrom := false
		for i := 0; i+1 < len(c.Content); i += 2 {
			k, v := c.Content[i], c.Content[i+1]
			switch k.Value {
			case "role":
				r.Role = p.scalar(v)
			case "country":
				r.Country = p.scalar(v)
			case "from":
				r.From, hasFrom = p.date(v), true
			case "to":
				r.To = p.date(v)
			case "note":
			default:
				p.errorf(k, "unknown role key %q", k.Value)
			}
		}
		if r.Role == "" {
			p.errorf(c, "role without role id")
		}
		if !hasFrom {
			p.errorf(c, "role %q without from date", r.Role)
		}
		if !r.To.IsZero() && r.To.Before(r.From) {
			p.errorf(c, "role %q ends before it starts", r.Role)
		}
		out = append(out, r)
	}
	return out
}
