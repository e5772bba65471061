package eval

import (
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/extract-news/extract/pipeline/doc"
	"go.yaml.in/yaml/v3"
)

// Gold is a reference annotation.
type Gold struct {
	// Path is the file the gold was read from, for messages.
	Path string
	// Documents are the annotated documents in file order.
	Documents []GoldDocument
}

// GoldDocument is the annotation of one document.
type GoldDocument struct {
	// ID is the document id, as in the output's document.id.
	ID string
	// Entities are the people, places and organizations, in file order.
	Entities []GoldEntity
	// Optional entities are neither required nor false alarms; their Type
	// is empty and their Forms may be empty.
	Optional []GoldEntity
	// Meetings are the meetings reported by the document.
	Meetings []GoldMeeting
	// OptionalMeetings are meetings whose pairs are neither required nor
	// false alarms.
	OptionalMeetings []GoldMeeting
	// NotMeetings are pairs that must not be reported as a meeting that
	// occurred (phone calls, plans, statements), each with why.
	NotMeetings []GoldMeeting
	// Published is the document's publication date as the gold gives it
	// (YYYY-MM-DD), for reference; the scorer reads dates from the output.
	Published string
	// Line is the line of the document in the gold file.
	Line int
}

// GoldEntity is a named entity of the gold.
type GoldEntity struct {
	// Type is doc.Person, doc.Place or doc.Organization ("" for optional).
	Type string
	// Name is the English name.
	Name string
	// Forms are the Arabic forms that occur in the text.
	Forms []string
	// Line is the line in the gold file.
	Line int
}

// GoldMeeting is a meeting of the gold.
type GoldMeeting struct {
	// Participants are English names of the document's people.
	Participants []string
	// Locations are the acceptable location names; NullLocation says that
	// no location is acceptable too. Both empty means null only.
	Locations    []string
	NullLocation bool
	// Dates are the acceptable date texts; NullDate says that no date is
	// acceptable too. Both empty means null only.
	Dates    []string
	NullDate bool
	// DateGiven says the gold gave a date key: without it and without
	// DateValue the date is not scored.
	DateGiven bool
	// Evidence is the sentence reporting the meeting.
	Evidence string
	// DateValue is the ISO date (YYYY-MM-DD) the meeting took place,
	// resolved against the publication date; empty = not scored by value.
	DateValue string
	// Kind is Primary (the news of the article), Secondary (an earlier
	// meeting mentioned in passing) or empty.
	Kind string
	// Why says, for a not_meetings pair, why it is not a meeting.
	Why string
	// Line is the line in the gold file.
	Line int
}

// Meeting kinds of the gold (GoldMeeting.Kind).
const (
	Primary   = "primary"
	Secondary = "secondary"
)

// LoadGold reads a gold file. Errors name the file and the line.
func LoadGold(path string) (*Gold, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return ParseGold(data, path)
}

// ParseGold parses the gold file data; name is used in error messages.
func ParseGold(data []byte, name string) (*Gold, error) {
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	p := goldParser{name: name}
	g := &Gold{Path: name}
	if len(root.Content) == 0 {
		return nil, fmt.Errorf("%s: empty gold file", name)
	}
	top := root.Content[0]
	if top.Kind != yaml.MappingNode {
		return nil, p.errorf(top, "want a mapping with key documents")
	}
	var docs *yaml.Node
	for i := 0; i+1 < len(top.Content); i += 2 {
		if top.Content[i].Value == "documents" {
			docs = top.Content[i+1]
		}
	}
	if docs == nil {
		return nil, p.errorf(top, "no documents key")
	}
	if docs.Kind != yaml.SequenceNode {
		return nil, p.errorf(docs, "documents: want a list")
	}
	seen := map[string]int{}
	for _, dn := range docs.Content {
		d, err := p.document(dn)
		if err != nil {
			return nil, err
		}
		if l, dup := seen[d.ID]; dup {
			return nil, p.errorf(dn, "duplicate document id %q (first at line %d)", d.ID, l)
		}
		seen[d.ID] = d.Line
		g.Documents = append(g.Documents, d)
	}
	return g, nil
}

type goldParser struct{ name string }

func (p goldParser) errorf(n *yaml.Node, format string, args ...any) error {
	return fmt.Errorf("%s:%d: %s", p.name, n.Line, fmt.Sprintf(format, args...))
}

func isNull(n *yaml.Node) bool { return n.Kind == yaml.ScalarNode && n.Tag == "!!null" }

func (p goldParser) scalar(n *yaml.Node, what string) (string, error) {
	if n.Kind != yaml.ScalarNode || isNull(n) {
		return "", p.errorf(n, "%s: want a text", what)
	}
	s := strings.TrimSpace(n.Value)
	if s == "" {
		return "", p.errorf(n, "%s: empty", what)
	}
	return s, nil
}

func (p goldParser) strings(n *yaml.Node, what string) ([]string, error) {
	if isNull(n) {
		return nil, nil
	}
	if n.Kind == yaml.ScalarNode {
		s, err := p.scalar(n, what)
		return []string{s}, err
	}
	if n.Kind != yaml.SequenceNode {
		return nil, p.errorf(n, "%s: want a list of texts", what)
	}
	var out []string
	for _, c := range n.Content {
		s, err := p.scalar(c, what)
		if err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, nil
}

var docKeys = map[string]bool{
	"id": true, "people": true, "places": true, "organizations": true, "optional": true,
	"meetings": true, "optional_meetings": true, "not_meetings": true, "title": true, "note": true, "notes": true,
	"published": true,
}

func (p goldParser) document(n *yaml.Node) (GoldDocument, error) {
	d := GoldDocument{Line: n.Line}
	if n.Kind != yaml.MappingNode {
		return d, p.errorf(n, "document: want a mapping")
	}
	var meetings, optMeetings, notMeetings []*yaml.Node
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if !docKeys[k.Value] {
			return d, p.errorf(k, "unknown key %q in document (want id, published, people, places, organizations, optional, meetings, optional_meetings, not_meetings)", k.Value)
		}
		var err error
		switch k.Value {
		case "id":
			d.ID, err = p.scalar(v, "id")
		case "published":
			d.Published, err = p.date(v, "published")
		case "people", "places", "organizations", "optional":
			typ := map[string]string{"people": doc.Person, "places": doc.Place, "organizations": doc.Organization}[k.Value]
			var es []GoldEntity
			es, err = p.entities(v, k.Value, typ)
			if typ == "" {
				d.Optional = append(d.Optional, es...)
			} else {
				d.Entities = append(d.Entities, es...)
			}
		case "meetings", "optional_meetings", "not_meetings":
			if isNull(v) {
				break
			}
			if v.Kind != yaml.SequenceNode {
				err = p.errorf(v, "%s: want a list", k.Value)
				break
			}
			switch k.Value {
			case "meetings":
				meetings = append(meetings, v.Content...)
			case "optional_meetings":
				optMeetings = append(optMeetings, v.Content...)
			default:
				notMeetings = append(notMeetings, v.Content...)
			}
		}
		if err != nil {
			return d, err
		}
	}
	if d.ID == "" {
		return d, p.errorf(n, "document without id")
	}
	// people are the names a required meeting may pair; named adds the
	// places and organizations, which optional and not_meetings pairs may
	// name too ("pairs with an organization").
	people, named := map[string]bool{}, map[string]bool{}
	seen := map[string]int{}
	for _, e := range d.Entities {
		key := e.Type + "\x00" + e.Name
		if l, dup := seen[key]; dup {
			return d, fmt.Errorf("%s:%d: %s %q listed twice (first at line %d)", p.name, e.Line, e.Type, e.Name, l)
		}
		seen[key] = e.Line
		named[e.Name] = true
		if e.Type == doc.Person {
			people[e.Name] = true
		}
	}
	for _, e := range d.Optional {
		people[e.Name] = true
		named[e.Name] = true
	}
	for _, list := range []struct {
		nodes []*yaml.Node
		dst   *[]GoldMeeting
		names map[string]bool
		not   bool
	}{{meetings, &d.Meetings, people, false}, {optMeetings, &d.OptionalMeetings, named, false}, {notMeetings, &d.NotMeetings, named, true}} {
		for _, mn := range list.nodes {
			m, err := p.meeting(mn, list.names, list.not)
			if err != nil {
				return d, err
			}
			*list.dst = append(*list.dst, m)
		}
	}
	return d, nil
}

// entities reads a list whose items are `Name: [forms]`, `Name` or
// `{Name: form}`.
func (p goldParser) entities(n *yaml.Node, what, typ string) ([]GoldEntity, error) {
	if isNull(n) {
		return nil, nil
	}
	if n.Kind != yaml.SequenceNode {
		return nil, p.errorf(n, "%s: want a list of {English name: [Arabic forms]}", what)
	}
	var out []GoldEntity
	for _, c := range n.Content {
		e := GoldEntity{Type: typ, Line: c.Line}
		switch c.Kind {
		case yaml.ScalarNode:
			name, err := p.scalar(c, what)
			if err != nil {
				return nil, err
			}
			e.Name = name
		case yaml.MappingNode:
			if len(c.Content) != 2 {
				return nil, p.errorf(c, "%s: want one English name per item, with its Arabic forms", what)
			}
			name, err := p.scalar(c.Content[0], what)
			if err != nil {
				return nil, err
			}
			e.Name = name
			if e.Forms, err = p.strings(c.Content[1], what+": "+name); err != nil {
				return nil, err
			}
		default:
			return nil, p.errorf(c, "%s: want {English name: [Arabic forms]}", what)
		}
		if typ != "" && len(e.Forms) == 0 {
			return nil, p.errorf(c, "%s: %s has no Arabic forms", what, e.Name)
		}
		out = append(out, e)
	}
	return out, nil
}

var meetingKeys = map[string]bool{
	"participants": true, "location": true, "date": true, "evidence": true,
	"status": true, "topics": true, "note": true, "notes": true,
	"date_value": true, "kind": true,
}

// notMeetingKeys are the keys of a not_meetings item.
var notMeetingKeys = map[string]bool{"participants": true, "why": true, "evidence": true, "note": true, "notes": true}

// meeting reads a meeting (or, with not, a not_meetings item) whose
// participants are among names.
func (p goldParser) meeting(n *yaml.Node, names map[string]bool, not bool) (GoldMeeting, error) {
	m := GoldMeeting{Line: n.Line, NullLocation: true, NullDate: true}
	if n.Kind != yaml.MappingNode {
		return m, p.errorf(n, "meeting: want a mapping")
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if not && !notMeetingKeys[k.Value] {
			return m, p.errorf(k, "unknown key %q in not_meetings (want participants, why, evidence)", k.Value)
		}
		if !not && !meetingKeys[k.Value] {
			return m, p.errorf(k, "unknown key %q in meeting (want participants, location, date, date_value, kind, evidence)", k.Value)
		}
		var err error
		switch k.Value {
		case "participants":
			m.Participants, err = p.strings(v, "participants")
		case "location":
			m.Locations, m.NullLocation, err = p.acceptable(v, "location")
		case "date":
			m.Dates, m.NullDate, err = p.acceptable(v, "date")
			m.DateGiven = true
		case "evidence":
			if !isNull(v) {
				m.Evidence, err = p.scalar(v, "evidence")
			}
		case "date_value":
			m.DateValue, err = p.date(v, "date_value")
		case "kind":
			m.Kind, err = p.scalar(v, "kind")
			if err == nil && m.Kind != Primary && m.Kind != Secondary {
				err = p.errorf(v, "kind: want %s or %s, not %q", Primary, Secondary, m.Kind)
			}
		case "why":
			m.Why, err = p.scalar(v, "why")
		}
		if err != nil {
			return m, err
		}
	}
	if len(m.Participants) < 2 {
		return m, p.errorf(n, "meeting with fewer than two participants")
	}
	seen := map[string]bool{}
	for _, name := range m.Participants {
		if !names[name] {
			if not {
				return m, p.errorf(n, "participant %q is not among the document's entities", name)
			}
			return m, p.errorf(n, "participant %q is not among the document's people", name)
		}
		if seen[name] {
			return m, p.errorf(n, "participant %q listed twice", name)
		}
		seen[name] = true
	}
	return m, nil
}

// acceptable reads a name, null, or a list of names and nulls.
func (p goldParser) acceptable(n *yaml.Node, what string) (vals []string, null bool, err error) {
	if isNull(n) {
		return nil, true, nil
	}
	if n.Kind == yaml.ScalarNode {
		s, err := p.scalar(n, what)
		return []string{s}, false, err
	}
	if n.Kind != yaml.SequenceNode {
		return nil, false, p.errorf(n, "%s: want a text, null or a list", what)
	}
	for _, c := range n.Content {
		if isNull(c) {
			null = true
			continue
		}
		s, err := p.scalar(c, what)
		if err != nil {
			return nil, false, err
		}
		vals = append(vals, s)
	}
	if len(vals) == 0 {
		null = true
	}
	return vals, null, nil
}

// date reads an ISO date (YYYY-MM-DD, or an RFC 3339 time whose date is
// taken).
func (p goldParser) date(n *yaml.Node, what string) (string, error) {
	s, err := p.scalar(n, what)
	if err != nil {
		return "", err
	}
	if len(s) > 10 && s[10] == 'T' {
		s = s[:10]
	}
	if _, err := time.Parse(time.DateOnly, s); err != nil {
		return "", p.errorf(n, "%s: want a date YYYY-MM-DD, not %q", what, s)
	}
	return s, nil
}
