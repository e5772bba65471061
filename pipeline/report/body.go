package report

import (
	"fmt"
	"html/template"
	"slices"
	"strings"

	"github.com/extract-news/extract/pipeline/doc"
)

// Body is one document as the report shows it: its text, or its evidence
// sentences when the text is not given, as HTML with the entities,
// triggers, dates and evidence sentences marked (the classes of
// Stylesheet).
type Body struct {
	// HTML is the marked text: one string of escaped text and marks, or
	// one <p class="excerpt"> per evidence sentence.
	HTML template.HTML
	// Dir is rtl for a document with more Arabic than Latin letters,
	// else ltr.
	Dir string
	// HasText is false when only the evidence sentences are shown.
	HasText bool
}

// DocumentBody returns r's body: its text marked when text is given
// (ok) and matches r's offsets, else its evidence sentences. When the
// text does not match, the evidence is returned with an error that says
// where, for the caller to report.
func DocumentBody(r *doc.Result, text string, ok bool) (Body, error) {
	marks := docMarks(r)
	var mismatch error
	if ok {
		if err := checkText(r, text); err != nil {
			mismatch = fmt.Errorf("document %s: text does not match the results: %w", r.Document.ID, err)
			ok = false
		}
	}
	if ok {
		return Body{HTML: template.HTML(highlight([]rune(text), 0, marks)), Dir: direction(text), HasText: true}, nil
	}
	// Evidence sentences only, each once, in order.
	var spans []doc.Span
	for _, e := range r.Events {
		spans = append(spans, e.Evidence...)
	}
	slices.SortFunc(spans, func(a, b doc.Span) int {
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		return a.End - b.End
	})
	spans = slices.CompactFunc(spans, func(a, b doc.Span) bool { return a.Start == b.Start && a.End == b.End })
	var b strings.Builder
	var all strings.Builder
	for _, s := range spans {
		all.WriteString(s.Text)
		fmt.Fprintf(&b, `<p class="excerpt" data-offset="%d">`, s.Start)
		b.WriteString(highlight([]rune(s.Text), s.Start, marks))
		b.WriteString("</p>")
	}
	return Body{HTML: template.HTML(b.String()), Dir: direction(all.String() + r.Document.Title)}, mismatch
}

// Stylesheet returns the report's CSS, which styles the marks of
// DocumentBody.
func Stylesheet() string { return reportCSS }
