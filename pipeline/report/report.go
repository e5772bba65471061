// Package report writes the review page of a run: one self-contained
// HTML file (styles and scripts inline, nothing fetched when it is
// opened) with
//
//   - an index of the meetings (package dataset: reports of one meeting in
//     several documents shown once, with all their sources) that can be
//     sorted by any column and filtered by person, country, date and
//     status, each meeting linking to its evidence;
//   - a who-met-whom network picture: people as circles, meetings as
//     lines, thicker the more often two people met; a click on a person
//     filters the index;
//   - each document's text, right to left for Arabic, with people, places
//     and organizations highlighted in distinct colours, the trigger,
//     date and evidence sentences of each meeting marked, and its
//     meetings and entities listed with their review marks.
//
// The results hold offsets, not the text; documents whose text is not
// given (or does not match the offsets) are shown through their evidence
// sentences only.
package report

import (
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"log/slog"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/extract-news/extract/pipeline/dataset"
	"github.com/extract-news/extract/pipeline/doc"
)

//go:embed page.html
var pageHTML string

//go:embed report.css
var reportCSS string

//go:embed report.js
var reportJS string

var pageTmpl = template.Must(template.New("page").Funcs(template.FuncMap{
	"docAnchor":   docAnchor,
	"eventAnchor": eventAnchor,
	"cameoName":   dataset.CodeName,
	"join":        strings.Join,
	"inc":         func(i int) int { return i + 1 },
}).Parse(pageHTML))

// Options configure a report.
type Options struct {
	// Title heads the page; "Meetings" when empty.
	Title string
	// Texts maps document ids to their text, the one the offsets count
	// in. Documents without one are shown through their evidence.
	Texts map[string]string
	// OpenLimit: with at most this many documents, all are shown open;
	// with more, each opens when a link leads to it. Zero means 50.
	OpenLimit int
	// Log receives warnings, such as a text that does not match its
	// results; slog.Default() when nil.
	Log *slog.Logger
	// All shows every document; by default only those with events
	// (meetings, planned or rejected ones included) are shown, which
	// keeps the page of a large corpus small.
	All bool
}

// Write writes the report on results to w. The same results and texts
// always give the same bytes.
func Write(w io.Writer, results []*doc.Result, opts Options) error {
	if opts.Log == nil {
		opts.Log = slog.Default()
	}
	if opts.Title == "" {
		opts.Title = "Meetings"
	}
	if opts.OpenLimit == 0 {
		opts.OpenLimit = 50
	}
	results = slices.Clone(results)
	slices.SortFunc(results, func(a, b *doc.Result) int { return strings.Compare(a.Document.ID, b.Document.ID) })
	ms := dataset.Build(results)
	p := &page{
		Title:    opts.Title,
		CSS:      template.CSS(reportCSS),
		JS:       template.JS(reportJS),
		Network:  template.HTML(networkSVG(dataset.Network(ms))),
		Meetings: make([]meetingRow, len(ms)),
	}
	people := map[string]bool{}
	countries := map[string]bool{}
	for i, m := range ms {
		p.Meetings[i] = newMeetingRow(m, results)
		for _, a := range m.Actors {
			people[a.Name] = true
			if a.Country != "" {
				countries[a.Country] = true
			}
		}
		if m.Place != nil && m.Place.Country != "" {
			countries[m.Place.Country] = true
		}
	}
	p.People = sortedKeys(people)
	p.Countries = sortedKeys(countries)
	shown := results
	if !opts.All {
		shown = slices.DeleteFunc(slices.Clone(results), func(r *doc.Result) bool { return len(r.Events) == 0 })
		p.Hidden = len(results) - len(shown)
	}
	open := len(shown) <= opts.OpenLimit
	for _, r := range shown {
		dv, err := newDocView(r, opts, open)
		if err != nil {
			return err
		}
		p.Docs = append(p.Docs, dv)
		p.Events += len(r.Events)
		for _, e := range r.Events {
			if e.Review != nil && e.Review.Status == doc.Rejected {
				p.Rejected++
			}
		}
	}
	if err := pageTmpl.Execute(w, p); err != nil {
		return fmt.Errorf("report: %w", err)
	}
	return nil
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// page is what the template shows.
type page struct {
	Title     string
	CSS       template.CSS
	JS        template.JS
	Network   template.HTML
	Meetings  []meetingRow
	People    []string
	Countries []string
	Docs      []docView
	Events    int // events in all documents
	Rejected  int // events rejected by a reviewer
	Hidden    int // documents without events, not shown
}

// meetingRow is one row of the index.
type meetingRow struct {
	dataset.Meeting
	// Search is what the person filter searches: ids and names.
	Search string
	// CountryList is the participants' and the place's countries.
	CountryList string
	Sources     []sourceLink
}

// sourceLink leads from the index to a report of a meeting.
type sourceLink struct {
	dataset.Source
	// Evidence is the anchor of the evidence sentence that holds the
	// trigger.
	Evidence string
}

func newMeetingRow(m dataset.Meeting, results []*doc.Result) meetingRow {
	row := meetingRow{Meeting: m}
	var search []string
	cs := map[string]bool{}
	for _, a := range m.Actors {
		search = append(search, a.ID, a.Name, a.NameAr)
		if a.Country != "" {
			cs[a.Country] = true
		}
	}
	if m.Place != nil && m.Place.Country != "" {
		cs[m.Place.Country] = true
	}
	row.Search = strings.Join(search, "|")
	row.CountryList = strings.Join(sortedKeys(cs), " ")
	for _, s := range m.Sources {
		k := 1
		if e := findEvent(results, s.Document, s.Event); e != nil {
			for i, ev := range e.Evidence {
				if ev.Start == s.Evidence.Start && ev.End == s.Evidence.End {
					k = i + 1
					break
				}
			}
		}
		row.Sources = append(row.Sources, sourceLink{Source: s, Evidence: evidenceAnchor(s.Event, k)})
	}
	return row
}

func findEvent(results []*doc.Result, docID, eventID string) *doc.Event {
	i, ok := slices.BinarySearchFunc(results, docID, func(r *doc.Result, id string) int { return strings.Compare(r.Document.ID, id) })
	if !ok {
		return nil
	}
	for j := range results[i].Events {
		if results[i].Events[j].ID == eventID {
			return &results[i].Events[j]
		}
	}
	return nil
}

// Anchors. Ids may hold any character but spaces, which sanitized
// document ids do not have.
func docAnchor(id string) string             { return "doc-" + id }
func eventAnchor(id string) string           { return "event-" + id }
func triggerAnchor(id string) string         { return "tr-" + id }
func evidenceAnchor(id string, k int) string { return "ev-" + id + "-" + strconv.Itoa(k) }

// docView is one document's section.
type docView struct {
	doc.Meta
	Anchor   string
	Dir      string // rtl or ltr
	Open     bool
	HasText  bool
	Body     template.HTML
	Entities []doc.Entity
	Events   []eventView
}

// eventView is one event in a document's section.
type eventView struct {
	doc.Event
	Anchor, TriggerAnchor string
	EvidenceAnchors       []string
	People                []string // names with roles
	PlaceName             string
}

func newDocView(r *doc.Result, opts Options, open bool) (docView, error) {
	dv := docView{Meta: r.Document, Anchor: docAnchor(r.Document.ID), Open: open, Entities: r.Entities}
	names := map[string]string{}
	for _, e := range r.Entities {
		names[e.ID] = e.Name
	}
	for _, e := range r.Events {
		ev := eventView{Event: e, Anchor: eventAnchor(e.ID), TriggerAnchor: triggerAnchor(e.ID)}
		for k := range e.Evidence {
			ev.EvidenceAnchors = append(ev.EvidenceAnchors, evidenceAnchor(e.ID, k+1))
		}
		for _, p := range e.Participants {
			ev.People = append(ev.People, nameOr(names, p.Entity)+" ("+p.Role+")")
		}
		if e.Location != nil {
			ev.PlaceName = nameOr(names, e.Location.Entity)
		}
		dv.Events = append(dv.Events, ev)
	}
	text, ok := opts.Texts[r.Document.ID]
	body, err := DocumentBody(r, text, ok)
	if err != nil {
		opts.Log.Warn("report: showing the evidence only", "err", err)
	}
	dv.HasText, dv.Dir, dv.Body = body.HasText, body.Dir, body.HTML
	return dv, nil
}

func nameOr(names map[string]string, id string) string {
	if n := names[id]; n != "" {
		return n
	}
	return id
}

// direction returns rtl for a text with more Arabic than Latin letters.
func direction(s string) string {
	ar, lat := 0, 0
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Arabic, r):
			ar++
		case unicode.Is(unicode.Latin, r):
			lat++
		}
	}
	if ar >= lat && ar > 0 {
		return "rtl"
	}
	return "ltr"
}

// checkText reports the first span of r that does not slice text to its
// own text.
func checkText(r *doc.Result, text string) error {
	runes := []rune(text)
	check := func(what, want string, start, end int) error {
		if start < 0 || end > len(runes) || start > end {
			return fmt.Errorf("%s [%d,%d) is outside the text (%d code points)", what, start, end, len(runes))
		}
		if got := string(runes[start:end]); got != want {
			return fmt.Errorf("%s [%d,%d) is %q in the text, %q in the results", what, start, end, got, want)
		}
		return nil
	}
	for _, e := range r.Entities {
		for _, m := range e.Mentions {
			if err := check("mention of "+e.ID, m.Text, m.Start, m.End); err != nil {
				return err
			}
		}
	}
	for _, e := range r.Events {
		if err := check("trigger of "+e.ID, e.Trigger.Text, e.Trigger.Start, e.Trigger.End); err != nil {
			return err
		}
		for _, s := range e.Evidence {
			if err := check("evidence of "+e.ID, s.Text, s.Start, s.End); err != nil {
				return err
			}
		}
		if d := e.Date; d != nil && d.End > d.Start {
			if err := check("date of "+e.ID, d.Text, d.Start, d.End); err != nil {
				return err
			}
		}
	}
	return nil
}

// Mark levels: evidence encloses dates and triggers, which enclose
// entity mentions.
const (
	levelEvidence = iota
	levelEvent
	levelMention
)

// docMarks returns the marks of r's text: entity mentions, and for each
// event its evidence sentences, trigger and date.
func docMarks(r *doc.Result) []mark {
	var ms []mark
	for _, e := range r.Entities {
		cls := "ent " + e.Type
		if e.Review != nil {
			cls += " rv-" + e.Review.Status
		}
		title := e.Name
		if e.Country != "" {
			title += " · " + e.Country
		}
		title += " · " + e.Type + " · " + e.ID
		for _, m := range e.Mentions {
			via := ""
			if m.Via != "" {
				via = " via-" + m.Via
			}
			ms = append(ms, mark{
				start: m.Start, end: m.End, level: levelMention,
				open: fmt.Sprintf(`<span class="%s%s" data-entity="%s" data-start="%d" data-end="%d" title="%s">`,
					attr(cls), attr(via), attr(e.ID), m.Start, m.End, attr(title)),
				reopen: fmt.Sprintf(`<span class="%s%s cont" data-entity="%s">`, attr(cls), attr(via), attr(e.ID)),
				close:  "</span>",
			})
		}
	}
	for _, e := range r.Events {
		cls := ""
		if e.Review != nil {
			cls = " rv-" + e.Review.Status
		}
		for k, s := range e.Evidence {
			ms = append(ms, mark{
				start: s.Start, end: s.End, level: levelEvidence,
				open: fmt.Sprintf(`<mark class="ev%s" id="%s" data-event="%s">`,
					attr(cls), attr(evidenceAnchor(e.ID, k+1)), attr(e.ID)),
				reopen: fmt.Sprintf(`<mark class="ev%s cont" data-event="%s">`, attr(cls), attr(e.ID)),
				close:  "</mark>",
			})
		}
		ms = append(ms, mark{
			start: e.Trigger.Start, end: e.Trigger.End, level: levelEvent,
			open: fmt.Sprintf(`<span class="trig%s" id="%s" data-event="%s" data-start="%d" data-end="%d" title="meeting trigger · %s">`,
				attr(cls), attr(triggerAnchor(e.ID)), attr(e.ID), e.Trigger.Start, e.Trigger.End, attr(e.ID)),
			reopen: fmt.Sprintf(`<span class="trig%s cont" data-event="%s">`, attr(cls), attr(e.ID)),
			close:  "</span>",
		})
		if d := e.Date; d != nil && d.End > d.Start {
			title := "date"
			if d.Value != "" {
				title += " · " + d.Value
			}
			ms = append(ms, mark{
				start: d.Start, end: d.End, level: levelEvent,
				open: fmt.Sprintf(`<span class="when" data-event="%s" data-start="%d" data-end="%d" title="%s">`,
					attr(e.ID), d.Start, d.End, attr(title)),
				reopen: fmt.Sprintf(`<span class="when cont" data-event="%s">`, attr(e.ID)),
				close:  "</span>",
			})
		}
	}
	return ms
}

// attr escapes s for an attribute value.
func attr(s string) string { return template.HTMLEscapeString(s) }
