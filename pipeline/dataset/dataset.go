// Package dataset turns per-document results into the meeting dataset
// analysts work with: one record per meeting, with its participants'
// names, ids, countries and roles, a CAMEO event code, the place and all
// the documents that report it.
//
// # One meeting, several reports
//
// When several documents report one meeting, Build keeps it once, with
// all its sources. Two reports are taken for the same meeting when they
// come from different documents, have the same status and the same set of
// participants, the same place or no place in one of them, and dates at
// most one day apart (the date of the meeting, or the publication date
// when the text gives none; reports without either are never merged).
// Reports are considered in date order, and a report joins the first
// meeting it fits whose earliest date is at most a day before its own, so
// a chain of reports cannot stretch one meeting over a week. The
// per-document results are not changed.
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
	// Extractor is the build that wrote the document's record
	// (doc.Meta.Extractor).
	Extractor string `json:"extractor,omitempty"`
}

// Date bases: where a meeting's date comes from.
const (
	FromText      = "text"      // the date expression of the meeting
	FromPublished = "published" // the publication date of the first report
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
	Review  string   `json:"review,omitempty"`
	Sources []Source `json:"sources"`
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
	key    string // status and sorted participant ids
}

// Build returns the meetings of results, reports of the same meeting
// merged, sorted by date (unknown dates last) and id. The results may be
// in any order: they are taken in order of document id.
func Build(results []*doc.Result) []Meeting {
	results = slices.Clone(results)
	slices.SortFunc(results, func(a, b *doc.Result) int { return strings.Compare(a.Document.ID, b.Document.ID) })
	var reps []*report
	for _, r := range results {
		reps = append(reps, reports(r, len(reps))...)
	}
	slices.SortStableFunc(reps, func(a, b *report) int {
		return cmp.Or(compareDates(a.date, b.date), cmp.Compare(a.seq, b.seq))
	})
	type cluster struct {
		first time.Time
		docs  map[string]bool
		place string
		mreps []*report
	}
	var clusters []*cluster
	byKey := map[string][]*cluster{}
	for _, rp := range reps {
		var into *cluster
		if d, ok := parseDate(rp.date); ok {
			for _, c := range byKey[rp.key] {
				if c.docs[rp.src.Document] || d.Sub(c.first) > 24*time.Hour {
					continue
				}
				if rp.place != nil && c.place != "" && c.place != rp.place.ID {
					continue
				}
				into = c
				break
			}
			if into == nil {
				into = &cluster{first: d, docs: map[string]bool{}}
				byKey[rp.key] = append(byKey[rp.key], into)
				clusters = append(clusters, into)
			}
		} else {
			into = &cluster{docs: map[string]bool{}}
			clusters = append(clusters, into)
		}
		into.docs[rp.src.Document] = true
		if rp.place != nil && into.place == "" {
			into.place = rp.place.ID
		}
		into.mreps = append(into.mreps, rp)
	}
	out := make([]Meeting, 0, len(clusters))
	for _, c := range clusters {
		out = append(out, meeting(c.mreps))
	}
	slices.SortFunc(out, func(a, b Meeting) int {
		return cmp.Or(compareDates(a.Date, b.Date), strings.Compare(a.ID, b.ID))
	})
	return out
}

// compareDates orders YYYY-MM-DD dates, empty ones last.
func compareDates(a, b string) int {
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
			if rejected(p.Entity) || seen[p.Entity] {
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
		switch {
		case ev.Date != nil && ev.Date.Value != "":
			rp.date, rp.basis = ev.Date.Value, FromText
		case len(r.Document.Published) >= 10:
			if _, ok := parseDate(r.Document.Published[:10]); ok {
				rp.date, rp.basis = r.Document.Published[:10], FromPublished
			}
		}
		ids := make([]string, len(rp.actors))
		for i, a := range rp.actors {
			ids[i] = a.ID
		}
		slices.Sort(ids)
		rp.key = ev.Status + "\x00" + strings.Join(ids, "\x00")
		rp.src = Source{
			Document: r.Document.ID, Event: ev.ID, Title: r.Document.Title, Published: r.Document.Published,
			URL: r.Document.URL, Outlet: r.Document.Source, Evidence: evidence(ev), Trigger: ev.Trigger,
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

// meeting makes one meeting of the reports of one cluster, the first
// report first.
func meeting(reps []*report) Meeting {
	first := reps[0]
	m := Meeting{ID: first.ev.ID, Date: first.date, DateBasis: first.basis, Status: first.ev.Status}
	for _, rp := range reps {
		if rp.basis == FromText {
			m.Date, m.DateBasis = rp.date, rp.basis
			break
		}
	}
	// Roles from the first report that has a host or guest, and in its
	// order; else the first report's.
	roled := first
	for _, rp := range reps {
		if hasRoles(rp.actors) {
			roled = rp
			break
		}
	}
	actors := slices.Clone(roled.actors)
	for _, rp := range reps {
		if rp.place != nil {
			p := *rp.place
			m.Place = &p
			break
		}
	}
	for _, rp := range reps {
		m.Sources = append(m.Sources, rp.src)
		switch rp.src.Review {
		case doc.Corrected:
			m.Review = doc.Corrected
		case doc.Confirmed:
			if m.Review == "" {
				m.Review = doc.Confirmed
			}
		}
	}
	m.CAMEO, m.Actors = CAMEO(m.Status, roled.ev.Trigger.Text, actors, m.Place)
	return m
}

func hasRoles(as []Actor) bool {
	for _, a := range as {
		if a.Role == "host" || a.Role == "guest" {
			return true
		}
	}
	return false
}
