package pipeline

import (
	"context"
	"strconv"
	"strings"

	"github.com/extract-news/extract/pipeline/doc"
)

// windowBytes is the size of the windows a long Arabic document is read
// in, englishWindowBytes of those of an English one. A document no
// longer than its window is read whole. A longer one is cut after line
// breaks into windows of about that size, each analysed on its own and
// its result merged into the document's, so that the memory an analysis
// takes (for Arabic the normalised runes, the tokens and the mentions:
// some 11 bytes a byte of text; more for English) is bounded by the
// window, not by the document, and so is the work of the collector on
// it. A window is whole paragraphs: a line break ends a sentence in both
// languages, so no sentence, and no meeting, spans two windows. The ANT
// corpus's longest article is 38 kB. English windows are larger: prose's
// entity classifier costs more a byte in small documents, and 10 MB of
// English took 28-30 s of CPU in windows of 256 kB, 19-21 s in windows
// of 1 MB and 23-26 s whole.
const (
	windowBytes        = 256 << 10
	englishWindowBytes = 1 << 20
)

// nextWindow returns the length of the window of about size bytes that
// opens text: up to and including the last line break in its first size
// bytes, or when that is in the first half of them, the first line break
// after them; the whole of text when it is no longer than size or has no
// line break to cut at.
func nextWindow(text string, size int) int {
	if len(text) <= size {
		return len(text)
	}
	if i := strings.LastIndexByte(text[:size], '\n'); i >= size/2 {
		return i + 1
	}
	if i := strings.IndexByte(text[size:], '\n'); i >= 0 {
		return size + i + 1
	}
	return len(text)
}

// windows processes a document window by window, in windows of about
// size bytes (see windowBytes): p processes a window and returns its
// result, its length in code points and its number of sentences. The
// result is the windows' results one after another, with their offsets
// (code points) and sentence numbers counted from the start of the
// document, their meetings numbered on, and an entity found in more than
// one window given once, with the mentions of all of them; an entity of
// another type or name under an id used before gets a new id. Things a
// document says once and refers to later (a surname after the full
// name) are resolved within a window, not across windows.
func (x *Extractor) windows(ctx context.Context, d *doc.Document, size int, p Processor) (*doc.Result, error) {
	out := &doc.Result{
		Document: doc.Meta{ID: d.ID, Title: d.Title, Source: d.Source, URL: d.URL},
		Entities: []doc.Entity{},
		Events:   []doc.Event{},
		Warnings: d.Warnings,
	}
	m := merger{out: out, docID: d.ID, index: map[string]int{}}
	w := *d
	w.Warnings = nil
	for rest := d.Text; len(rest) > 0; {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		n := nextWindow(rest, size)
		w.Text = rest[:n]
		rest = rest[n:]
		r, runes, sentences, err := p.ProcessCount(ctx, &w)
		if err != nil {
			return nil, err
		}
		if out.Document.Language == "" {
			out.Document = r.Document
		}
		m.add(r, runes, sentences)
		// The title opens the document, so only the first window can
		// repeat it.
		w.Title = ""
	}
	return out, nil
}

// merger appends the results of a document's windows to out.
type merger struct {
	out   *doc.Result
	docID string
	// index is the position in out.Entities of each entity id.
	index map[string]int
	// runes and sentences are the length in code points and the number
	// of sentences of the windows merged so far.
	runes, sentences int
	// events is the number of events merged so far.
	events int
}

// add merges r, the result of the window that follows those merged so
// far, which is runes code points long and holds sentences sentences.
func (m *merger) add(r *doc.Result, runes, sentences int) {
	rename := map[string]string{}
	for _, e := range r.Entities {
		for k := range e.Mentions {
			mn := &e.Mentions[k]
			mn.Start += m.runes
			mn.End += m.runes
			mn.Sentence = m.sentence(mn.Sentence)
		}
		id := e.ID
		if i, ok := m.index[id]; ok {
			if old := &m.out.Entities[i]; old.Type == e.Type && old.Name == e.Name {
				old.Mentions = append(old.Mentions, e.Mentions...)
				continue
			}
			id = m.newID(id)
			rename[e.ID] = id
			e.ID = id
		}
		m.index[id] = len(m.out.Entities)
		m.out.Entities = append(m.out.Entities, e)
	}
	prefix := m.docID + "/meeting-"
	for _, ev := range r.Events {
		if s, ok := strings.CutPrefix(ev.ID, prefix); ok {
			if n, err := strconv.Atoi(s); err == nil {
				ev.ID = prefix + strconv.Itoa(m.events+n)
			}
		}
		for k := range ev.Participants {
			if id, ok := rename[ev.Participants[k].Entity]; ok {
				ev.Participants[k].Entity = id
			}
		}
		if ev.Location != nil {
			if id, ok := rename[ev.Location.Entity]; ok {
				ev.Location.Entity = id
			}
		}
		m.span(&ev.Trigger)
		for k := range ev.Evidence {
			m.span(&ev.Evidence[k])
		}
		if ev.Date != nil {
			ev.Date.Start += m.runes
			ev.Date.End += m.runes
		}
		m.out.Events = append(m.out.Events, ev)
	}
	m.events += len(r.Events)
	m.runes += runes
	m.sentences += sentences
}

// span moves s, a span of the window being merged, to the document.
func (m *merger) span(s *doc.Span) {
	s.Start += m.runes
	s.End += m.runes
	s.Sentence = m.sentence(s.Sentence)
}

// sentence returns the number in the document of sentence k of the
// window being merged (0, no sentence, stays 0).
func (m *merger) sentence(k int) int {
	if k == 0 {
		return 0
	}
	return m.sentences + k
}

// newID returns id with the first suffix -2, -3, … that no entity of the
// document has.
func (m *merger) newID(id string) string {
	for n := 2; ; n++ {
		s := id + "-" + strconv.Itoa(n)
		if _, ok := m.index[s]; !ok {
			return s
		}
	}
}
