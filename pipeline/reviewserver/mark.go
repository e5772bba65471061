package reviewserver

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/extract-news/extract/pipeline/doc"
	"github.com/extract-news/extract/pipeline/review"
	"go.yaml.in/yaml/v3"
)

// Record kinds a mark applies to.
const (
	KindEvent  = "event"
	KindEntity = "entity"
)

// Mark is a reviewer's decision on one event or entity of a document, as
// the browser sends it.
type Mark struct {
	// Kind is KindEvent or KindEntity; ID the record's id.
	Kind string `json:"kind"`
	ID   string `json:"id"`
	// Status is confirmed, rejected or corrected (doc.Confirmed …); empty
	// removes the mark.
	Status string `json:"status"`
	Note   string `json:"note,omitempty"`
	// Event and Entity hold the corrected fields when Status is
	// corrected; nil leaves the record's fields as they are.
	Event  *EventFix  `json:"event,omitempty"`
	Entity *EntityFix `json:"entity,omitempty"`
}

// EventFix is a reviewer's correction of an event. Its trigger and
// evidence are never changed: they are what matches the event across
// re-runs.
type EventFix struct {
	Status       string            `json:"status"`
	Date         string            `json:"date"`     // YYYY-MM-DD, or empty for none
	Location     string            `json:"location"` // entity id, or empty for none
	Participants []doc.Participant `json:"participants"`
}

// EntityFix is a reviewer's correction of an entity. Its id stays: events
// refer to it.
type EntityFix struct {
	Name    string `json:"name"`
	NameAr  string `json:"name_ar"`
	Country string `json:"country"`
}

var (
	dateRE    = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)
	countryRE = regexp.MustCompile(`^[A-Z]{2}$`)
	roles     = []string{"host", "guest", "participant"}
)

// check reports what is wrong with m for the document r.
func (m Mark) check(r *doc.Result) error {
	if m.Status != "" && !slices.Contains(review.Statuses, m.Status) {
		return fmt.Errorf("review status %q (want %s, or empty to remove the mark)", m.Status, strings.Join(review.Statuses, ", "))
	}
	if (m.Event != nil || m.Entity != nil) && m.Status != doc.Corrected {
		return fmt.Errorf("%s %s: fields are corrected only with status %s", m.Kind, m.ID, doc.Corrected)
	}
	ents := map[string]*doc.Entity{}
	for i := range r.Entities {
		ents[r.Entities[i].ID] = &r.Entities[i]
	}
	switch m.Kind {
	case KindEvent:
		if !slices.ContainsFunc(r.Events, func(e doc.Event) bool { return e.ID == m.ID }) {
			return fmt.Errorf("document %s has no event %q", r.Document.ID, m.ID)
		}
		if m.Entity != nil {
			return fmt.Errorf("event %s: entity fields given", m.ID)
		}
		if f := m.Event; f != nil {
			if f.Status != doc.Occurred && f.Status != doc.Planned {
				return fmt.Errorf("event %s: status %q (want %s or %s)", m.ID, f.Status, doc.Occurred, doc.Planned)
			}
			if f.Date != "" && !dateRE.MatchString(f.Date) {
				return fmt.Errorf("event %s: date %q (want YYYY-MM-DD)", m.ID, f.Date)
			}
			if f.Location != "" && ents[f.Location] == nil {
				return fmt.Errorf("event %s: location %q is not an entity of the document", m.ID, f.Location)
			}
			seen := map[string]bool{}
			for _, p := range f.Participants {
				if ents[p.Entity] == nil {
					return fmt.Errorf("event %s: participant %q is not an entity of the document", m.ID, p.Entity)
				}
				if seen[p.Entity] {
					return fmt.Errorf("event %s: participant %q given twice", m.ID, p.Entity)
				}
				seen[p.Entity] = true
				if !slices.Contains(roles, p.Role) {
					return fmt.Errorf("event %s: role %q of %s (want %s)", m.ID, p.Role, p.Entity, strings.Join(roles, ", "))
				}
			}
			if len(f.Participants) < 2 {
				return fmt.Errorf("event %s: a meeting needs two participants, %d given", m.ID, len(f.Participants))
			}
		}
	case KindEntity:
		if ents[m.ID] == nil {
			return fmt.Errorf("document %s has no entity %q", r.Document.ID, m.ID)
		}
		if m.Event != nil {
			return fmt.Errorf("entity %s: event fields given", m.ID)
		}
		if f := m.Entity; f != nil {
			if strings.TrimSpace(f.Name) == "" {
				return fmt.Errorf("entity %s: empty name", m.ID)
			}
			if f.Country != "" && !countryRE.MatchString(f.Country) {
				return fmt.Errorf("entity %s: country %q (want a two-letter code such as SY)", m.ID, f.Country)
			}
		}
	default:
		return fmt.Errorf("record kind %q (want %s or %s)", m.Kind, KindEvent, KindEntity)
	}
	return nil
}

// ApplyMark returns data, the YAML file of one document's results, with
// m written into it: the record's "review:" key set (or removed when
// m.Status is empty) and, for a correction, its fields changed. The file
// is edited as a YAML node tree, so comments, key order, styles and every
// other key stay as they were. The result is parsed back and checked:
// an edit that would not be read as m says (review.Check, the record and
// its mark) is an error.
func ApplyMark(data []byte, m Mark) ([]byte, error) {
	// One parse: the node tree, to edit, decoded to check m against the
	// document (an empty file has no node to decode and no record).
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return nil, fmt.Errorf("parse: %w", err)
	}
	var r doc.Result
	if root.Kind != 0 {
		if err := root.Decode(&r); err != nil {
			return nil, fmt.Errorf("parse: %w", err)
		}
	}
	if err := m.check(&r); err != nil {
		return nil, err
	}
	if root.Kind != yaml.DocumentNode || len(root.Content) != 1 || root.Content[0].Kind != yaml.MappingNode {
		return nil, errors.New("not a mapping of document, entities and events")
	}
	list := "events"
	if m.Kind == KindEntity {
		list = "entities"
	}
	rec := findRecord(review.Value(root.Content[0], list), m.ID)
	if rec == nil {
		return nil, fmt.Errorf("no %s %q in the %s list", m.Kind, m.ID, list)
	}
	if m.Event != nil {
		fixEvent(rec, *m.Event)
	}
	if m.Entity != nil {
		fixEntity(rec, *m.Entity)
	}
	if m.Status == "" {
		deleteKey(rec, "review")
	} else {
		mark := flowMap()
		appendPair(mark, "status", str(m.Status))
		if m.Note != "" {
			appendPair(mark, "note", str(m.Note))
		}
		setKey(rec, "review", mark)
	}
	var b bytes.Buffer
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(&root); err != nil {
		return nil, fmt.Errorf("encode: %w", err)
	}
	if err := enc.Close(); err != nil {
		return nil, fmt.Errorf("encode: %w", err)
	}
	if err := verify(b.Bytes(), m); err != nil {
		return nil, fmt.Errorf("the edited file would not read back: %w", err)
	}
	return b.Bytes(), nil
}

// verify parses the edited file as the extraction's merge does
// (review.Parse), checks every mark in it (review.Check: also those that
// Parse does not see, such as one brought in by a merge key) and checks
// that the record carries m's mark.
func verify(data []byte, m Mark) error {
	f, err := review.Parse("edited file", data)
	if err != nil {
		return err
	}
	r := &f.Result
	if err := review.Check(r); err != nil {
		return err
	}
	var got *doc.Review
	switch m.Kind {
	case KindEvent:
		i := slices.IndexFunc(r.Events, func(e doc.Event) bool { return e.ID == m.ID })
		if i < 0 {
			return fmt.Errorf("event %s is gone", m.ID)
		}
		got = r.Events[i].Review
	default:
		i := slices.IndexFunc(r.Entities, func(e doc.Entity) bool { return e.ID == m.ID })
		if i < 0 {
			return fmt.Errorf("entity %s is gone", m.ID)
		}
		got = r.Entities[i].Review
	}
	switch {
	case m.Status == "" && got != nil:
		return fmt.Errorf("%s %s still has a mark", m.Kind, m.ID)
	case m.Status != "" && (got == nil || got.Status != m.Status || got.Note != m.Note):
		return fmt.Errorf("%s %s reads back with mark %+v", m.Kind, m.ID, got)
	}
	return nil
}

// fixEvent writes a correction into an event's mapping.
func fixEvent(rec *yaml.Node, f EventFix) {
	setKey(rec, "status", str(f.Status))
	ps := &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq"}
	for _, p := range f.Participants {
		n := flowMap()
		appendPair(n, "entity", str(p.Entity))
		appendPair(n, "role", str(p.Role))
		ps.Content = append(ps.Content, n)
	}
	setKey(rec, "participants", ps)
	if f.Location == "" {
		setKey(rec, "location", null())
	} else {
		n := flowMap()
		appendPair(n, "entity", str(f.Location))
		setKey(rec, "location", n)
	}
	date := review.Value(rec, "date")
	switch {
	case f.Date == "":
		if date != nil && date.Kind == yaml.MappingNode {
			setKey(date, "value", str(""))
		}
	case date != nil && date.Kind == yaml.MappingNode:
		setKey(date, "value", str(f.Date))
	default:
		// No date expression in the text: a date with empty text and
		// offsets, as the reviewer knows it.
		n := flowMap()
		appendPair(n, "text", str(""))
		appendPair(n, "start", integer(0))
		appendPair(n, "end", integer(0))
		appendPair(n, "value", str(f.Date))
		setKey(rec, "date", n)
	}
}

// fixEntity writes a correction into an entity's mapping.
func fixEntity(rec *yaml.Node, f EntityFix) {
	setKey(rec, "name", str(f.Name))
	setKey(rec, "name_ar", str(f.NameAr))
	if f.Country == "" {
		deleteKey(rec, "country")
	} else {
		setKey(rec, "country", str(f.Country))
	}
}

// findRecord returns the mapping of seq whose id is id.
func findRecord(seq *yaml.Node, id string) *yaml.Node {
	if seq == nil || seq.Kind != yaml.SequenceNode {
		return nil
	}
	for _, n := range seq.Content {
		if n.Kind != yaml.MappingNode {
			continue
		}
		if v := review.Value(n, "id"); v != nil && v.Kind == yaml.ScalarNode && v.Value == id {
			return n
		}
	}
	return nil
}

// setKey sets key's value in mapping m, keeping the key's place (and its
// comments) when it is there, else adding it at the end.
func setKey(m *yaml.Node, key string, v *yaml.Node) {
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			old := m.Content[i+1]
			v.LineComment, v.HeadComment, v.FootComment = old.LineComment, old.HeadComment, old.FootComment
			m.Content[i+1] = v
			return
		}
	}
	appendPair(m, key, v)
}

// deleteKey removes key from mapping m.
func deleteKey(m *yaml.Node, key string) {
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			m.Content = slices.Delete(m.Content, i, i+2)
			return
		}
	}
}

func appendPair(m *yaml.Node, key string, v *yaml.Node) {
	m.Content = append(m.Content, str(key), v)
}

func flowMap() *yaml.Node {
	return &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map", Style: yaml.FlowStyle}
}

// str is a string scalar; the encoder quotes it where it would read as
// another type.
func str(s string) *yaml.Node { return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s} }

func integer(n int) *yaml.Node {
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!int", Value: fmt.Sprint(n)}
}

func null() *yaml.Node { return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!null", Value: "null"} }
