// Package dataset turns per-document results into the meeting dataset
// analysts work with: one record per meeting, with its participants'
// names, ids, countries and roles, a CAMEO event code, the place and all
// the documents that report it.
//
// # One meeting, several reports
//
// When several documents report one meeting, or refer to it later,
// Build keeps it once, with all its sources. Each event of a document is
// a report (the news of a meeting: it took place now, or at a date the
// text states) or a reference to an earlier one (doc.Event.Kind). Two
// events are taken for the same meeting when they have the same status,
// share at least two participants and do not each name a principal the
// other lacks (an extra aide from a country already in the meeting is
// not one), and have compatible dates: a stated date at most two
// days after the first report of the meeting, a publication date (a
// report whose text gives none) at most three. A reference that says
// only a month, a year or "earlier" joins the latest earlier meeting of
// its first two participants that fits; a month or a year that fits none
// makes a meeting known only from references; "earlier" alone makes
// none. A small cluster of reports told further on in their articles,
// after a meeting of the same people at the same place (or none) that
// many more documents report, is taken for mentions of it whose date was
// misread (see echoes); clusters of the same people at the same place
// within a week are one visit or summit (see samePlace). Reports without
// any date are meetings of their own. The place
// does not part reports: over the 2018 corpus the reports of one summit
// name it at the summit's city, the host's capital, a country of the
// talks or a wrong place, so that the place parted more real meetings
// than it told apart; the meeting's place is the one most reports name. Meetings are
// found pair group by pair group (see PairKeys, Group and Assemble), so
// the work grows with the reports of each pair, not with all of them.
//
// A meeting's id is the event id of its earliest report, its date the
// one most of its reports state (DateBasis FromText), else the one its
// references state (FromReference), else the publication date of its
// first report (FromPublished), else the month or year a reference gives
// (FromMonth, FromYear). Planned events are grouped the same way among
// themselves and never with meetings that took place. The per-document
// results are not changed.
//
// # Review marks
//
// Events a reviewer rejected are left out, and so are entities a reviewer
// rejected: as participants (an event left with fewer than two is left
// out) and as places. Corrected records are used as corrected.
package dataset

import (
	"cmp"
	"slices"
	"strings"
	"time"

	"github.com/extract-news/extract/pipeline/doc"
)

// Actor is one participant of a meeting.
type Actor struct {
	ID      string `json:"id"`
	Name    string `json:"name"`
	NameAr  string `json:"name_ar,omitempty"`
	Country string `json:"country,omitempty"`
	// Role is host, guest or participant: as extracted, or derived from
	// the place (see CAMEO).
	Role string `json:"role"`
}

// Place is where a meeting took place.
type Place struct {
	ID      string `json:"id"`
	Name    string `json:"name"`
	NameAr  string `json:"name_ar,omitempty"`
	Country string `json:"country,omitempty"`
}

// Source is one document's report of a meeting.
type Source struct {
	Document  string `json:"document"`
	Event     string `json:"event"`
	Title     string `json:"title,omitempty"`
	Published string `json:"published,omitempty"`
	URL       string `json:"url,omitempty"`
	Outlet    string `json:"source,omitempty"`
	// Evidence is the evidence sentence that holds the trigger.
	Evidence doc.Span `json:"evidence"`
	Trigger  doc.Span `json:"trigger"`
	Review   string   `json:"review,omitempty"`
	// Kind is doc.Report or doc.Reference.
	Kind string `json:"kind,omitempty"`
	// Extractor is the build that wrote the document's record
	// (doc.Meta.Extractor).
	Extractor string `json:"extractor,omitempty"`
}

// Date bases: where a meeting's date comes from.
const (
	FromText      = "text"      // the date expression of a report
	FromReference = "reference" // the date a reference states (no report states one)
	FromPublished = "published" // the publication date of the first report
	FromMonth     = "month"     // only the month a reference gives: Date is YYYY-MM
	FromYear      = "year"      // only the year a reference gives: Date is YYYY
)

// Meeting is one meeting, reported by one or more documents.
type Meeting struct {
	// ID is the event id of the first report.
	ID string `json:"id"`
	// Date is YYYY-MM-DD, or empty when unknown; DateBasis says where it
	// comes from (FromText or FromPublished).
	Date      string `json:"date"`
	DateBasis string `json:"date_basis,omitempty"`
	Status    string `json:"status"`
	// CAMEO is the CAMEO event code (see the CAMEO function).
	CAMEO string `json:"cameo"`
	// Actors are the participants, the CAMEO source actor first.
	Actors []Actor `json:"participants"`
	Place  *Place  `json:"place"`
	// Review is the strongest review mark of the reports: corrected, then
	// confirmed; empty when none was reviewed.
	Review string `json:"review,omitempty"`
	// Reports counts the events merged into the meeting, References
	// those of them that are references; ReferenceOnly marks a meeting
	// no report tells of. Outlets counts the distinct sources (outlets,
	// else documents).
	Reports       int      `json:"reports"`
	References    int      `json:"references"`
	Outlets       int      `json:"outlets"`
	ReferenceOnly bool     `json:"reference_only,omitempty"`
	Sources       []Source `json:"sources"`
}

// report is one event of one document, prepared for merging.
type report struct {
	seq    int // order of the event among all inputs
	ev     *doc.Event
	src    Source
	actors []Actor
	place  *Place
	date   string
	basis  string
	ids    []string // sorted participant ids
	kind   string   // doc.Report or doc.Reference
	dated  string   // for a reference: what it says of its date
	period string   // for a reference dated by month or year
	// day is the date as days since 1970 (hasDay); pubDay the
	// publication date's (hasPub).
	day, pubDay    int
	hasDay, hasPub bool
}

// Build returns the meetings of results, reports and references of the
// same meeting merged, sorted by date (unknown dates last) and id. The
// results may be in any order: they are taken in order of document id.
func Build(results []*doc.Result) []Meeting {
	given, sorted := prepare(results)
	return assemble(sorted, groups(given))
}

// BuildReports returns one record per event (report or reference) that
// is not left out, without merging: the view of the reports themselves.
func BuildReports(results []*doc.Result) []Meeting {
	_, reps := prepare(results)
	out := make([]Meeting, 0, len(reps))
	for _, rp := range reps {
		out = append(out, meeting([]*report{rp}))
	}
	slices.SortFunc(out, func(a, b Meeting) int {
		return cmp.Or(CompareDates(a.Date, b.Date), strings.Compare(a.ID, b.ID))
	})
	return out
}

// CompareDates orders YYYY-MM-DD dates (or YYYY-MM, YYYY), empty ones
// last.
func CompareDates(a, b string) int {
	switch {
	case a == b:
		return 0
	case a == "":
		return 1
	case b == "":
		return -1
	}
	return strings.Compare(a, b)
}

func parseDate(s string) (time.Time, bool) {
	t, err := time.Parse(time.DateOnly, s)
	return t, err == nil
}

// prepare prepares the reports of results once: given holds them in the
// order of results, sorted in order of document id, seq numbering them
// in that order. Both hold the same reports.
func prepare(results []*doc.Result) (given, sorted []*report) {
	type docReports struct {
		r    *doc.Result
		reps []*report
	}
	byDoc := make([]docReports, len(results))
	for i, r := range results {
		byDoc[i] = docReports{r, reports(r, 0)}
		given = append(given, byDoc[i].reps...)
	}
	slices.SortFunc(byDoc, func(a, b docReports) int { return strings.Compare(a.r.Document.ID, b.r.Document.ID) })
	sorted = make([]*report, 0, len(given))
	for _, d := range byDoc {
		base := len(sorted)
		for _, rp := range d.reps {
			rp.seq += base
			sorted = append(sorted, rp)
		}
	}
	return given, sorted
}

// reports prepares the events of r that are not rejected; seq numbers
// them from base.
func reports(r *doc.Result, base int) []*report {
	ents := make(map[string]*doc.Entity, len(r.Entities))
	for i := range r.Entities {
		e := &r.Entities[i]
		if _, dup := ents[e.ID]; !dup {
			ents[e.ID] = e
		}
	}
	rejected := func(id string) bool {
		e := ents[id]
		return e != nil && e.Review != nil && e.Review.Status == doc.Rejected
	}
	var out []*report
	for i := range r.Events {
		ev := &r.Events[i]
		if ev.Review != nil && ev.Review.Status == doc.Rejected {
			continue
		}
		rp := &report{seq: base + len(out), ev: ev}
		seen := map[string]bool{}
		for _, p := range ev.Participants {
			if rejected(p.Entity) || seen[p.Entity] || p.Via == doc.ViaMember {
				continue
			}
			seen[p.Entity] = true
			a := Actor{ID: p.Entity, Name: p.Entity, Role: p.Role}
			if e := ents[p.Entity]; e != nil {
				a.Name, a.NameAr, a.Country = e.Name, e.NameAr, e.Country
			}
			rp.actors = append(rp.actors, a)
		}
		if len(rp.actors) < 2 {
			continue
		}
		if ev.Location != nil && ev.Location.Entity != "" && !rejected(ev.Location.Entity) {
			p := &Place{ID: ev.Location.Entity, Name: ev.Location.Entity}
			if e := ents[p.ID]; e != nil {
				p.Name, p.NameAr, p.Country = e.Name, e.NameAr, e.Country
			}
			rp.place = p
		}
		rp.kind, rp.dated, rp.period = ev.Kind, ev.Dated, ev.Period
		if rp.kind == "" {
			rp.kind = doc.Report
		}
		if len(r.Document.Published) >= 10 {
			if t, ok := parseDate(r.Document.Published[:10]); ok {
				rp.pubDay, rp.hasPub = epochDay(t), true
			}
		}
		switch {
		case ev.Date != nil && ev.Date.Value != "" && (rp.kind == doc.Report || rp.dated == doc.DatedExact):
			rp.date, rp.basis = ev.Date.Value, FromText
			if rp.kind == doc.Reference {
				rp.basis = FromReference
			}
		case rp.kind == doc.Reference:
			// No day: a month, a year or "earlier".
		case rp.hasPub:
			rp.date, rp.basis = r.Document.Published[:10], FromPublished
		}
		if t, ok := parseDate(rp.date); ok {
			rp.day, rp.hasDay = epochDay(t), true
		}
		rp.ids = make([]string, len(rp.actors))
		for i, a := range rp.actors {
			rp.ids[i] = a.ID
		}
		slices.Sort(rp.ids)
		rp.src = Source{
			Document: r.Document.ID, Event: ev.ID, Title: r.Document.Title, Published: r.Document.Published,
			URL: r.Document.URL, Outlet: r.Document.Source, Evidence: evidence(ev), Trigger: ev.Trigger, Kind: rp.kind,
			Extractor: r.Document.Extractor,
		}
		if ev.Review != nil {
			rp.src.Review = ev.Review.Status
		}
		out = append(out, rp)
	}
	return out
}

// evidence returns the evidence sentence of e that holds its trigger.
func evidence(e *doc.Event) doc.Span {
	for _, s := range e.Evidence {
		if s.Start <= e.Trigger.Start && e.Trigger.End <= s.End {
			return s
		}
	}
	if len(e.Evidence) > 0 {
		return e.Evidence[0]
	}
	return e.Trigger
}

// meeting makes one meeting of reps, the first report first.
func meeting(reps []*report) Meeting {
	date, basis := meetingDate(reps)
	// The first report of the meeting's own day, else the first report:
	// not one told days ahead that a later meeting took in (foretold).
	first := reps[0]
	for _, rp := range reps {
		if rp.kind == doc.Report {
			first = rp
			break
		}
	}
	for _, rp := range reps {
		if rp.kind == doc.Report && rp.date == date {
			first = rp
			break
		}
	}
	m := Meeting{ID: first.ev.ID, Status: first.ev.Status}
	m.Date, m.DateBasis = date, basis
	// Roles from the first report that has a host or guest, and in its
	// order; else the first report's.
	roled := first
	for _, rp := range reps {
		if hasRoles(rp.actors) && (rp.kind == doc.Report || first.kind == doc.Reference) {
			roled = rp
			break
		}
	}
	actors := meetingActors(reps, roled)
	m.Place = meetingPlace(reps)
	outlets := map[string]bool{}
	m.ReferenceOnly = true
	for _, rp := range reps {
		m.Sources = append(m.Sources, rp.src)
		m.Reports++
		if rp.kind == doc.Reference {
			m.References++
		} else {
			m.ReferenceOnly = false
		}
		o := rp.src.Outlet
		if o == "" {
			o = "document:" + rp.src.Document
		}
		outlets[o] = true
		switch rp.src.Review {
		case doc.Corrected:
			m.Review = doc.Corrected
		case doc.Confirmed:
			if m.Review == "" {
				m.Review = doc.Confirmed
			}
		}
	}
	m.Outlets = len(outlets)
	m.CAMEO, m.Actors = CAMEO(m.Status, roled.ev.Trigger.Text, actors, m.Place)
	return m
}

// meetingDate returns the date of a meeting and its basis: the date most
// reports state (the earliest of a tie), else the one most references
// state, else the first publication date, else a reference's month or
// year.
func meetingDate(reps []*report) (string, string) {
	for _, basis := range []string{FromText, FromReference} {
		count := map[string]int{}
		best := ""
		for _, rp := range reps {
			if rp.basis != basis {
				continue
			}
			count[rp.date]++
			if c := count[rp.date]; best == "" || c > count[best] || c == count[best] && rp.date < best {
				best = rp.date
			}
		}
		if best != "" {
			return best, basis
		}
	}
	for _, rp := range reps {
		if rp.basis == FromPublished {
			return rp.date, FromPublished
		}
	}
	for _, rp := range reps {
		switch {
		case len(rp.period) == 7:
			return rp.period, FromMonth
		case len(rp.period) == 4:
			return rp.period, FromYear
		}
	}
	return "", ""
}

// meetingActors returns the participants of a meeting: those named by
// more than half of its reports (an aide, a name one outlet got wrong or
// the summit to come a report of the day names beside it does not make
// the meeting theirs), in the order of roled, which gives
// their roles, then by how many reports name them. A meeting whose
// reports agree on fewer than two people keeps roled's.
func meetingActors(reps []*report, roled *report) []Actor {
	count := map[string]int{}
	first := map[string]Actor{}
	var order []string
	for _, rp := range reps {
		for _, a := range rp.actors {
			if count[a.ID] == 0 {
				first[a.ID] = a
				order = append(order, a.ID)
			}
			count[a.ID]++
		}
	}
	keep := func(id string) bool { return 2*count[id] > len(reps) }
	var out []Actor
	for _, a := range roled.actors {
		if keep(a.ID) {
			out = append(out, a)
		}
	}
	slices.SortStableFunc(order, func(a, b string) int { return count[b] - count[a] })
	for _, id := range order {
		if keep(id) && !slices.ContainsFunc(out, func(a Actor) bool { return a.ID == id }) {
			a := first[id]
			a.Role = Participant
			out = append(out, a)
		}
	}
	if len(out) < 2 {
		return slices.Clone(roled.actors)
	}
	return out
}

// meetingPlace returns the place most reports of a meeting name (the
// first named of a tie), or nil.
func meetingPlace(reps []*report) *Place {
	count := map[string]int{}
	var best *Place
	for _, rp := range reps {
		if rp.place == nil {
			continue
		}
		count[rp.place.ID]++
		if best == nil || count[rp.place.ID] > count[best.ID] {
			best = rp.place
		}
	}
	if best == nil {
		return nil
	}
	p := *best
	return &p
}

func hasRoles(as []Actor) bool {
	for _, a := range as {
		if a.Role == "host" || a.Role == "guest" {
			return true
		}
	}
	return false
}
