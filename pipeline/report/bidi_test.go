package report

import (
	"strings"
	"testing"
)

// bidiControls are the characters that change the direction of the text
// after them.
var bidiControls = []string{"\u202A", "\u202B", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068"}

// TestBidiIsolated puts direction controls (U+202E, RIGHT-TO-LEFT
// OVERRIDE, and the others) into every field a reviewer's data can bring
// into the page: each occurrence shown as text is inside an element that
// isolates it (bdi, or an element with dir), so it cannot reverse the
// text after it.
func TestBidiIsolated(t *testing.T) {
	for _, c := range bidiControls {
		results, texts := sample()
		r := results[0]
		texts["evil"+c+"d1"] = texts["d1"]
		delete(texts, "d1")
		r.Document.ID = "evil" + c + "d1"
		r.Document.Source = "src" + c + "x"
		r.Document.URL = "https://example.org/" + c
		r.Document.Title = "title" + c
		r.Events[0].ID = r.Document.ID + "/meeting-1"
		r.Events[0].Review.Note = "note" + c
		r.Entities[1].ID = "x-" + c + "y"
		r.Entities[1].Name = "name" + c
		r.Entities[1].Review.Note = "n" + c
		r.Events[0].Participants[1].Entity = r.Entities[1].ID
		page := write(t, results, Options{Texts: texts})
		checked := 0
		for i := 0; ; {
			j := strings.Index(page[i:], c)
			if j < 0 {
				break
			}
			at := i + j
			i = at + len(c)
			open := strings.LastIndexByte(page[:at], '<')
			if end := strings.IndexByte(page[open:], '>'); open >= 0 && open+end > at {
				continue // in an attribute value, not shown as text
			}
			checked++
			tag := page[open:min(len(page), open+strings.IndexByte(page[open:], '>')+1)]
			if !strings.HasPrefix(tag, "<bdi>") && !strings.Contains(tag, " dir=") {
				t.Errorf("%U shown outside an isolating element, after %q: %q", []rune(c)[0], tag, page[max(0, at-60):min(len(page), at+20)])
			}
		}
		if checked < 8 {
			t.Errorf("%U shown %d times, want at least 8 (the fields set)", []rune(c)[0], checked)
		}
	}
}
