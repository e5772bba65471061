// Package review carries reviewers' decisions over from one extraction
// run to the next.
//
// A reviewer marks an event or an entity in a document's YAML file by
// adding
//
//	review: {status: confirmed|rejected|corrected, note: ...}
//
// to it, and for "corrected" edits its fields (participants, roles,
// location, date, an entity's id, name or country …). When the document is
// extracted again, Merge puts the reviewed records into the new result in
// place of the ones they match, so a re-run never overwrites a reviewer's
// work.
//
// # Matching across runs
//
// Offsets are code points into the document's text, which does not
// change between runs, while ids and the order of records may (an
// improved extractor can find a meeting earlier in the text, shifting the
// numbers of the ones after it). So records are matched by where they are
// in the text:
//
//   - A reviewed event matches the new event whose trigger has the same
//     start and end offsets; failing that, the new event whose trigger is
//     in the same sentence and which has the same set of participant
//     entities. The trigger is the word that anchors a meeting, and a
//     reviewer correcting a meeting leaves it alone.
//   - A reviewed entity matches the new entity with the same id; failing
//     that (a reviewer corrected the id), the new entity whose first
//     mention has the same offsets.
//
// Each new record is matched at most once. The reviewed record is kept as
// the reviewer left it, in the place of the new one, but an event takes
// the new run's id so that ids stay unique and in order. When a corrected
// entity's id differs from that of the entity it matched, the unreviewed
// events of the new run are changed to refer to the corrected id.
//
// A reviewed record that matches nothing in the new run is kept too,
// after the new records (an event keeps its id unless the new run uses
// it, and then gets the next free number): a reviewer's decision is never
// dropped by a re-run.
package review

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/extract-news/extract/pipeline/doc"
)

// Statuses lists the valid review statuses.
var Statuses = []string{doc.Confirmed, doc.Rejected, doc.Corrected}

// Check reports the first malformed review mark of r: a status that is
// not one of Statuses. The error names the record.
func Check(r *doc.Result) error {
	for _, e := range r.Entities {
		if err := checkMark(e.Review); err != nil {
			return fmt.Errorf("entity %s: %w", e.ID, err)
		}
	}
	for _, e := range r.Events {
		if err := checkMark(e.Review); err != nil {
			return fmt.Errorf("event %s: %w", e.ID, err)
		}
	}
	return nil
}

func checkMark(m *doc.Review) error {
	if m == nil || slices.Contains(Statuses, m.Status) {
		return nil
	}
	return fmt.Errorf("review status %q (want %s)", m.Status, strings.Join(Statuses, ", "))
}

// Reviewed reports whether r has any review mark.
func Reviewed(r *doc.Result) bool {
	for _, e := range r.Entities {
		if e.Review != nil {
			return true
		}
	}
	for _, e := range r.Events {
		if e.Review != nil {
			return true
		}
	}
	return false
}

// Merge returns next, the result of a new run on a document, with the
// reviewed events and entities of prev, the result of an earlier run on
// the same document, carried over as the package documentation
// describes. Records of prev without a review mark are ignored. Neither
// argument is modified; when prev has no review mark, next itself is
// returned.
func Merge(prev, next *doc.Result) *doc.Result { return MergeFrom(prev, next).Result }

// Merged is a merged result and where each of its records comes from.
type Merged struct {
	// Result is what Merge returns.
	Result *doc.Result
	// EntityFrom[i] is the index in prev.Entities of the reviewed entity
	// Result.Entities[i] is, or -1 for an entity of the new run;
	// EventFrom likewise for events.
	EntityFrom, EventFrom []int
}

// MergeFrom is Merge, telling where each record of the result comes from
// (so that a writer can keep a reviewed record as it was written).
func MergeFrom(prev, next *doc.Result) Merged {
	if !Reviewed(prev) {
		return Merged{Result: next, EntityFrom: fill(len(next.Entities)), EventFrom: fill(len(next.Events))}
	}
	out := *next
	out.Entities = slices.Clone(next.Entities)
	out.Events = slices.Clone(next.Events)
	m := Merged{Result: &out, EntityFrom: fill(len(out.Entities)), EventFrom: fill(len(out.Events))}

	// Entities first, so that events can follow corrected ids.
	rename := map[string]string{}
	used := make([]bool, len(out.Entities))
	firsts := firstMentions(prev.Entities)
	for j, old := range prev.Entities {
		if old.Review == nil {
			continue
		}
		i := matchEntity(prev.Entities, j, out.Entities[:len(used)], used, firsts)
		if i < 0 {
			out.Entities = append(out.Entities, old)
			m.EntityFrom = append(m.EntityFrom, j)
			continue
		}
		used[i] = true
		if id := out.Entities[i].ID; id != old.ID {
			rename[id] = old.ID
		}
		out.Entities[i] = old
		m.EntityFrom[i] = j
	}

	reviewed := make([]bool, len(out.Events))
	var extra []int
	for j, old := range prev.Events {
		if old.Review == nil {
			continue
		}
		i := matchEvent(old, out.Events[:len(reviewed)], reviewed)
		if i < 0 {
			extra = append(extra, j)
			continue
		}
		reviewed[i] = true
		old.ID = out.Events[i].ID
		out.Events[i] = old
		m.EventFrom[i] = j
	}
	if len(rename) > 0 {
		for i := range out.Events {
			if !reviewed[i] {
				out.Events[i] = renameRefs(out.Events[i], rename)
			}
		}
	}
	ids := map[string]bool{}
	for _, e := range out.Events {
		ids[e.ID] = true
	}
	for _, j := range extra {
		e := prev.Events[j]
		if ids[e.ID] {
			e.ID = freeID(next.Document.ID, ids)
		}
		ids[e.ID] = true
		out.Events = append(out.Events, e)
		m.EventFrom = append(m.EventFrom, j)
	}
	return m
}

// fill returns n times -1.
func fill(n int) []int {
	s := make([]int, n)
	for i := range s {
		s[i] = -1
	}
	return s
}

// span is the offsets of a mention.
type span struct{ start, end int }

// firstMentions maps the first mention of each entity of list to the
// index of the entity (the first one, when two share it).
func firstMentions(list []doc.Entity) map[span]int {
	m := map[span]int{}
	for i, e := range list {
		if len(e.Mentions) > 0 {
			s := span{e.Mentions[0].Start, e.Mentions[0].End}
			if _, ok := m[s]; !ok {
				m[s] = i
			}
		}
	}
	return m
}

// matchEntity returns the index of the unused entity of list that
// prev[self], a reviewed entity of the earlier run, matches, or -1. The
// first mention is where an entity is in the text, so it decides: the
// same id and first mention, else the same first mention (a corrected
// id), else the same id — but not an entity that is another entity of
// the earlier run (prevFirsts gives the one at its first mention), being
// reviewed or having its id: a reviewer who corrects an id to another
// entity's id must not take that entity's place. An unreviewed entity of
// another id at the same first mention does not claim it, so that a
// merged file merges into itself unchanged; nor does an entity with no
// id match by id.
func matchEntity(prev []doc.Entity, self int, list []doc.Entity, used []bool, prevFirsts map[span]int) int {
	old := prev[self]
	var first *span
	if len(old.Mentions) > 0 {
		first = &span{old.Mentions[0].Start, old.Mentions[0].End}
	}
	at := func(e doc.Entity) bool {
		return first != nil && len(e.Mentions) > 0 && e.Mentions[0].Start == first.start && e.Mentions[0].End == first.end
	}
	for i, e := range list {
		if !used[i] && e.ID == old.ID && at(e) {
			return i
		}
	}
	for i, e := range list {
		if !used[i] && at(e) {
			return i
		}
	}
	// An entity with neither a first mention nor an id (a bare mark left
	// by hand) matches nothing: it is kept as written, after the run's.
	for i, e := range list {
		if used[i] || e.ID != old.ID || old.ID == "" {
			continue
		}
		if len(e.Mentions) > 0 {
			if j, ok := prevFirsts[span{e.Mentions[0].Start, e.Mentions[0].End}]; ok && j != self &&
				(prev[j].Review != nil || prev[j].ID == e.ID) {
				continue
			}
		}
		return i
	}
	return -1
}

// matchEvent returns the index of the event of list, not already taken,
// that old matches, or -1.
func matchEvent(old doc.Event, list []doc.Event, taken []bool) int {
	for i, e := range list {
		if !taken[i] && e.Trigger.Start == old.Trigger.Start && e.Trigger.End == old.Trigger.End {
			return i
		}
	}
	want := participantSet(old)
	for i, e := range list {
		if !taken[i] && old.Trigger.Sentence != 0 && e.Trigger.Sentence == old.Trigger.Sentence &&
			slices.Equal(participantSet(e), want) {
			return i
		}
	}
	return -1
}

// participantSet returns the sorted entity ids of e's participants.
func participantSet(e doc.Event) []string {
	ids := make([]string, len(e.Participants))
	for i, p := range e.Participants {
		ids[i] = p.Entity
	}
	slices.Sort(ids)
	return slices.Compact(ids)
}

// renameRefs returns e with its entity references renamed.
func renameRefs(e doc.Event, rename map[string]string) doc.Event {
	e.Participants = slices.Clone(e.Participants)
	for i, p := range e.Participants {
		if to, ok := rename[p.Entity]; ok {
			e.Participants[i].Entity = to
		}
	}
	if e.Location != nil {
		if to, ok := rename[e.Location.Entity]; ok {
			e.Location = &doc.Location{Entity: to}
		}
	}
	return e
}

// freeID returns the first DOC/meeting-N not in ids.
func freeID(docID string, ids map[string]bool) string {
	for n := 1; ; n++ {
		id := docID + "/meeting-" + strconv.Itoa(n)
		if !ids[id] {
			return id
		}
	}
}
