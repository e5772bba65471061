package pipeline

import (
	"context"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/extract-news/extract/pipeline/doc"
	"github.com/extract-news/extract/pipeline/tokenize"
)

// windowBytes is the size of the windows a long Arabic document is read
// in, englishWindowBytes of those of an English one. A document no
// longer than its window is read whole. A longer one is cut into windows
// of about that size (nextWindow), each analysed on its own and its
// result merged into the document's, so that the memory an analysis
// takes (for Arabic the normalised runes, the tokens and the mentions:
// some 11 bytes a byte of text; more for English) is bounded by the
// window, not by the document, and so is the work of the collector on
// it. A window is whole paragraphs when it can be: a line break ends a
// sentence in both languages, so no sentence, and no meeting, spans two
// windows. A document without a line break near the window's end (one
// long line) is cut after a sentence end instead, which keeps sentences
// whole too (the tokenizers start a sentence at a window's start and end
// one there, so sentence numbers run on as in the whole document), and
// only as a last resort, in text without one, at a space: a word is
// never cut, but a sentence may be, as the tokenizers cut one of more
// than 512 tokens (text that long without a sentence end has no others).
// The ANT corpus's longest article is 38 kB. English windows are larger: prose's
// entity classifier costs more a byte in small documents, and 10 MB of
// English took 28-30 s of CPU in windows of 256 kB, 19-21 s in windows
// of 1 MB and 23-26 s whole.
const (
	windowBytes        = 256 << 10
	englishWindowBytes = 1 << 20
)

// nextWindow returns the length of the window of about size bytes that
// opens text: the whole of text when it is no longer than size, else a
// cut at the best boundary near size, the first kind found of
//
//   - a line break (the window ends with it),
//   - a sentence end: . ? ! ؟ or ۔ followed by a space, not after a
//     one-letter word (U.S., د.), a short capitalized one (Mr., Gen.) or
//     before a lower-case letter (the window ends with the space),
//   - a space (a word boundary; the window ends with it),
//
// each looked for first as the last in text[size/2:size], then as the
// first in text[size:2*size], so that a window is between half and twice
// size bytes long. When none of them is there, the window ends at the
// first line break or space after that, or is the whole of text: a word
// is never cut, nor is a UTF-8 sequence, since every cut follows an
// ASCII byte.
func nextWindow(text string, size int) int {
	if len(text) <= size {
		return len(text)
	}
	limit := min(len(text), 2*size)
	for _, k := range [...]struct {
		c  byte
		ok func(text string, i int) bool
	}{{'\n', nil}, {' ', sentenceEnd}, {' ', nil}} {
		if i := lastCut(text, size/2, size, k.c, k.ok); i >= 0 {
			return i
		}
		if i := firstCut(text, size, limit, k.c, k.ok); i >= 0 {
			return i
		}
	}
	if i := strings.IndexAny(text[limit:], " \n"); i >= 0 {
		return limit + i + 1
	}
	return len(text)
}

// lastCut returns i+1 for the largest i in [from, to) where text[i] is c
// and ok(text, i) holds (a nil ok always does), -1 when there is none.
func lastCut(text string, from, to int, c byte, ok func(text string, i int) bool) int {
	for to > from {
		i := strings.LastIndexByte(text[from:to], c)
		if i < 0 {
			return -1
		}
		i += from
		if ok == nil || ok(text, i) {
			return i + 1
		}
		to = i
	}
	return -1
}

// firstCut is lastCut for the smallest such i.
func firstCut(text string, from, to int, c byte, ok func(text string, i int) bool) int {
	for from < to {
		i := strings.IndexByte(text[from:to], c)
		if i < 0 {
			return -1
		}
		i += from
		if ok == nil || ok(text, i) {
			return i + 1
		}
		from = i + 1
	}
	return -1
}

// sentenceEnd reports whether text[i] is a space that follows the end of
// a sentence: . ? ! ؟ or ۔ (a dot not after a one-letter word, U.S. or
// د., nor after a capitalized word of up to four letters, Mr. or Gen.),
// and does not come before a lower-case letter. Both tokenizers end a
// sentence there (English's may still take a dot for an abbreviation's).
func sentenceEnd(text string, i int) bool {
	if text[i] != ' ' {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(text[i+1:]); unicode.IsLower(r) {
		return false
	}
	r, n := utf8.DecodeLastRuneInString(text[:i])
	switch r {
	case '?', '!', '؟', '۔':
		return true
	case '.':
	default:
		return false
	}
	// The letters of the word before the dot, up to five; marks and the
	// tatweel, which the Arabic analysis drops, do not count.
	word := text[:i-n]
	letters, first := 0, rune(0)
	for len(word) > 0 && letters <= 4 {
		r, n := utf8.DecodeLastRuneInString(word)
		if !tokenize.IsWordRune(r) {
			break
		}
		word = word[:len(word)-n]
		if r != 0x0640 && !unicode.Is(unicode.Mn, r) {
			letters, first = letters+1, r
		}
	}
	return letters != 1 && !(letters > 1 && letters <= 4 && unicode.IsUpper(first))
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
