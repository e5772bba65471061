package reviewserver

import (
	"cmp"
	"fmt"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/extract-news/extract/pipeline/dataset"
	"github.com/extract-news/extract/pipeline/doc"
	"github.com/extract-news/extract/pipeline/normalize"
)

// Row is one meeting of the index.
type Row struct {
	ID        string          `json:"id"`
	Date      string          `json:"date"`
	DateBasis string          `json:"date_basis,omitempty"`
	Status    string          `json:"status"`
	CAMEO     string          `json:"cameo"`
	CAMEOName string          `json:"cameo_name"`
	Actors    []dataset.Actor `json:"participants"`
	Place     *dataset.Place  `json:"place"`
	Review    string          `json:"review,omitempty"`
	Sources   []Source        `json:"sources"`
	search    string          // folded ids and names of the participants
	countries []string        // of the participants and the place
	people    string          // sort key
	placeKey  string          // sort key
}

// Source is one document's report of a meeting, with the version of the
// document's file that a mark written from the index must find.
type Source struct {
	dataset.Source
	Version string `json:"version,omitempty"`
}

// index is the meetings of a Store, ready to be filtered and sorted.
type index struct {
	rows      []Row // the meetings, then the rejected events
	accepted  int   // rows that are meetings (not rejected)
	countries []string
	graph     dataset.Graph
}

// buildIndex builds the index of docs: the meetings as package dataset
// makes them (rejected events left out), then, for the reviewer to see
// and undo, each document's rejected events as meetings of their own.
func buildIndex(docs map[string]*entry) *index {
	results := make([]*doc.Result, 0, len(docs))
	var rejected []*doc.Result
	for _, e := range docs {
		results = append(results, e.result)
		var rej []doc.Event
		for _, ev := range e.result.Events {
			if ev.Review != nil && ev.Review.Status == doc.Rejected {
				ev.Review = nil
				rej = append(rej, ev)
			}
		}
		if len(rej) > 0 {
			r := *e.result
			r.Events = rej
			rejected = append(rejected, &r)
		}
	}
	ms := dataset.Build(results)
	ix := &index{accepted: len(ms), graph: dataset.Network(ms)}
	countries := map[string]bool{}
	add := func(m dataset.Meeting, review string) {
		row := Row{
			ID: m.ID, Date: m.Date, DateBasis: m.DateBasis, Status: m.Status, CAMEO: m.CAMEO,
			CAMEOName: dataset.CodeName(m.CAMEO), Actors: m.Actors, Place: m.Place, Review: m.Review,
		}
		if review != "" {
			row.Review = review
		}
		var search, people []string
		cs := map[string]bool{}
		for _, a := range m.Actors {
			search = append(search, a.ID, a.Name, a.NameAr)
			people = append(people, a.Name)
			if a.Country != "" {
				cs[a.Country] = true
			}
		}
		if m.Place != nil {
			row.placeKey = m.Place.Name
			if m.Place.Country != "" {
				cs[m.Place.Country] = true
			}
		}
		row.search = fold(strings.Join(search, "\x00"))
		row.people = strings.Join(people, " ")
		for c := range cs {
			row.countries = append(row.countries, c)
			countries[c] = true
		}
		slices.Sort(row.countries)
		for _, s := range m.Sources {
			if review != "" {
				s.Review = review
			}
			row.Sources = append(row.Sources, Source{Source: s, Version: docs[s.Document].version})
		}
		ix.rows = append(ix.rows, row)
	}
	for _, m := range ms {
		add(m, "")
	}
	for _, m := range dataset.Build(rejected) {
		add(m, doc.Rejected)
	}
	for c := range countries {
		ix.countries = append(ix.countries, c)
	}
	slices.Sort(ix.countries)
	return ix
}

// fold makes a search insensitive to case and to the Arabic letter
// variants the extraction folds (package normalize).
func fold(s string) string { return normalize.String(strings.ToLower(s)) }

// Review filters of a Query.
const (
	ReviewAll        = ""           // every meeting, rejected ones left out
	ReviewUnreviewed = "unreviewed" // no mark
	ReviewAny        = "any"        // every row, rejected ones too
)

// Sort keys of a Query.
var sortKeys = []string{"date", "people", "place", "cameo", "status", "sources", "review"}

// Query selects, orders and pages the rows of the index.
type Query struct {
	// Person is part of a participant's name (Latin or Arabic) or id.
	Person string
	// Country is a participant's or the place's country code.
	Country string
	// Status is occurred or planned; empty for both.
	Status string
	// Review is ReviewAll, ReviewUnreviewed, ReviewAny or a review status.
	Review string
	// From and To bound the date (YYYY-MM-DD, inclusive); meetings
	// without a date are left out when either is set.
	From, To string
	// Sort is a key of sortKeys (date by default); Desc reverses it.
	Sort string
	Desc bool
	// Offset and Limit page the rows; Limit 0 means 50, at most 500.
	Offset, Limit int
}

// ParseQuery reads a Query from the parameters of a request: q, country,
// status, review, from, to, sort, desc, offset, limit.
func ParseQuery(v url.Values) (Query, error) {
	q := Query{
		Person: strings.TrimSpace(v.Get("q")), Country: v.Get("country"), Status: v.Get("status"),
		Review: v.Get("review"), From: v.Get("from"), To: v.Get("to"), Sort: cmp.Or(v.Get("sort"), "date"),
		Desc: v.Get("desc") == "1" || v.Get("desc") == "true",
	}
	if !slices.Contains(sortKeys, q.Sort) {
		return q, fmt.Errorf("sort %q (want one of %s)", q.Sort, strings.Join(sortKeys, ", "))
	}
	for _, d := range []string{q.From, q.To} {
		if d != "" && !dateRE.MatchString(d) {
			return q, fmt.Errorf("date %q (want YYYY-MM-DD)", d)
		}
	}
	var err error
	if s := v.Get("offset"); s != "" {
		if q.Offset, err = strconv.Atoi(s); err != nil || q.Offset < 0 {
			return q, fmt.Errorf("offset %q (want a number ≥ 0)", s)
		}
	}
	if s := v.Get("limit"); s != "" {
		if q.Limit, err = strconv.Atoi(s); err != nil || q.Limit < 0 {
			return q, fmt.Errorf("limit %q (want a number ≥ 0)", s)
		}
	}
	if q.Limit == 0 {
		q.Limit = 50
	}
	q.Limit = min(q.Limit, 500)
	return q, nil
}

// Page is one page of the rows a Query selects.
type Page struct {
	// Total counts the rows selected; Offset and Limit are the query's.
	Total  int   `json:"total"`
	Offset int   `json:"offset"`
	Limit  int   `json:"limit"`
	Rows   []Row `json:"rows"`
	// Meetings counts all meetings, Rejected the rejected events' rows.
	Meetings  int      `json:"meetings"`
	Rejected  int      `json:"rejected"`
	Countries []string `json:"countries"`
}

// match reports whether row i is selected by q, whose Person is folded.
func (ix *index) match(i int, q Query) bool {
	r := &ix.rows[i]
	switch q.Review {
	case ReviewAll:
		if i >= ix.accepted {
			return false
		}
	case ReviewAny:
	case ReviewUnreviewed:
		if r.Review != "" {
			return false
		}
	default:
		if r.Review != q.Review {
			return false
		}
	}
	if q.Status != "" && r.Status != q.Status {
		return false
	}
	if q.Country != "" && !slices.Contains(r.countries, q.Country) {
		return false
	}
	if (q.From != "" || q.To != "") && r.Date == "" {
		return false
	}
	if q.From != "" && r.Date < q.From || q.To != "" && r.Date > q.To {
		return false
	}
	return q.Person == "" || strings.Contains(r.search, q.Person)
}

// query returns the page of rows q selects.
func (ix *index) query(q Query) Page {
	q.Person = fold(q.Person)
	var sel []int
	for i := range ix.rows {
		if ix.match(i, q) {
			sel = append(sel, i)
		}
	}
	by := func(a, b *Row) int {
		switch q.Sort {
		case "people":
			return strings.Compare(a.people, b.people)
		case "place":
			return strings.Compare(a.placeKey, b.placeKey)
		case "cameo":
			return strings.Compare(a.CAMEO, b.CAMEO)
		case "status":
			return strings.Compare(a.Status, b.Status)
		case "sources":
			return cmp.Compare(len(a.Sources), len(b.Sources))
		case "review":
			return strings.Compare(a.Review, b.Review)
		}
		return dataset.CompareDates(a.Date, b.Date)
	}
	slices.SortStableFunc(sel, func(i, j int) int {
		c := by(&ix.rows[i], &ix.rows[j])
		if q.Desc {
			c = -c
		}
		// Ties in index order (date, then id), whatever the direction.
		return cmp.Or(c, cmp.Compare(i, j))
	})
	p := Page{Total: len(sel), Offset: q.Offset, Limit: q.Limit, Meetings: ix.accepted,
		Rejected: len(ix.rows) - ix.accepted, Countries: ix.countries, Rows: []Row{}}
	for _, i := range sel[min(q.Offset, len(sel)):min(q.Offset+q.Limit, len(sel))] {
		p.Rows = append(p.Rows, ix.rows[i])
	}
	return p
}
