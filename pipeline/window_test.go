package pipeline

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/extract-news/extract/gazetteers"
	"github.com/extract-news/extract/pipeline/doc"
	"github.com/extract-news/extract/pipeline/english/segment"
	"github.com/extract-news/extract/pipeline/internal/benchdata"
	"github.com/extract-news/extract/pipeline/normalize"
	"github.com/extract-news/extract/pipeline/tokenize"
)

func TestNextWindow(t *testing.T) {
	line := strings.Repeat("ب", 99) + "\n" // 199 bytes
	lines := strings.Repeat(line, windowBytes/len(line)+10)
	noBreak := strings.Repeat("ب", windowBytes)
	for _, c := range []struct {
		name, text string
		want       int
	}{
		{"short", "أ\nب", len("أ\nب")},
		{"exactly a window", noBreak[:windowBytes], windowBytes},
		{"lines", lines, windowBytes / len(line) * len(line)},
		{"a break after the window", noBreak + "ب\nب", len(noBreak) + len("ب\n")},
		{"no break", noBreak + "ب", len(noBreak) + len("ب")},
	} {
		if got := nextWindow(c.text, windowBytes); got != c.want {
			t.Errorf("%s: nextWindow = %d, want %d", c.name, got, c.want)
		}
	}
}

// TestNextWindowNoBreak cuts texts without a line break near the window
// (100 bytes here, so at most 200): after a sentence end, else after a
// space, else at the first space past twice the window, else not at all;
// a line break comes first.
func TestNextWindowNoBreak(t *testing.T) {
	const size = 100
	words := func(n int) string { return strings.Repeat("كلمة ", n) } // 9 bytes a word
	noSpace := func(n int) string { return strings.Repeat("ب", n) }   // 2 bytes a letter
	for _, c := range []struct {
		name string
		// text is cut after head, or not at all when head is "".
		head, rest string
	}{
		{"line break", words(7) + "انتهى.\n", "جملة. " + words(20)},
		{"line break after the window", words(7) + "انتهى. " + words(5) + "\n", words(20)},
		{"line break past twice the window", words(7) + "انتهى. ", words(20) + "\n" + words(5)},
		{"the last sentence end", words(6) + "أولى. " + words(1) + "ثانية؟ ", words(20)},
		{"question mark", words(7) + "متى? ", words(20)},
		{"exclamation mark", words(7) + "أبداً! ", words(20)},
		{"Arabic full stop", words(7) + "انتهى۔ ", words(20)},
		{"a dot after a bracket", words(7) + "(انتهى). ", words(20)},
		{"a sentence end after the window", words(12) + "انتهى. ", words(20)},
		{"abbreviations", words(6) + "ended. ", "U.S. Mr. Smith د. محمد etc. and " + words(20)},
		{"a space", words(11), words(20)},
		{"a space after the window", noSpace(60) + " ", words(20)},
		{"a space past twice the window", noSpace(150) + " ", "ب ب"},
		{"a space before half the window only", "", "ب ب" + noSpace(150)},
		{"no space", "", noSpace(150)},
	} {
		text := c.head + c.rest
		want := len(c.head)
		if c.head == "" {
			want = len(text)
		}
		got := nextWindow(text, size)
		if got != want {
			t.Errorf("%s: nextWindow = %d (%q), want %d (%q)", c.name, got, text[:got], want, text[:want])
		}
		if !utf8.ValidString(text[:got]) {
			t.Errorf("%s: cut inside a UTF-8 sequence at %d", c.name, got)
		}
	}
}

// TestWindows reads the seeds, one after another and over again, as one
// document of several windows: every offset and sentence number of the
// result is that of the whole document, the meetings are numbered on,
// the ids are unique and an entity met in every window is given once.
func TestWindows(t *testing.T) {
	checkWindows(t, seedTexts(t), "\n", windowBytes, 3*windowBytes, arabicSentences)
}

// TestWindowsNoLineBreak is TestWindows for the seeds with their line
// breaks made spaces, one long line: it is cut after sentence ends (see
// nextWindow), the sentence numbers still run on as in the whole
// document, and the result is the one the same document gets when a line
// break stands in the place of the space at each cut, the windows being
// those of the lines then.
func TestWindowsNoLineBreak(t *testing.T) {
	checkLineFree(t, flatten(seedTexts(t)), windowBytes, 3*windowBytes, arabicSentences)
}

// TestWindowsEnglish is TestWindows for English articles.
func TestWindowsEnglish(t *testing.T) {
	if testing.Short() {
		t.Skip("English model: not with -short")
	}
	// English is slower: two windows, smaller than a run's.
	checkWindows(t, englishTexts(t), "\n", windowBytes, windowBytes+windowBytes/4, englishSentences)
}

// TestWindowsEnglishNoLineBreak is TestWindowsNoLineBreak for English
// articles, in smaller windows still.
func TestWindowsEnglishNoLineBreak(t *testing.T) {
	if testing.Short() {
		t.Skip("English model: not with -short")
	}
	checkLineFree(t, flatten(englishTexts(t)), 16<<10, 40<<10, englishSentences)
}

// seedTexts returns the texts of the seeds.
func seedTexts(t *testing.T) []string {
	var texts []string
	for _, d := range benchdata.Seeds(t) {
		texts = append(texts, d.Text)
	}
	return texts
}

// englishTexts returns the texts of the English articles of the meeting
// tests.
func englishTexts(t *testing.T) []string {
	f, err := os.Open("english/testdata/meetings/articles.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var texts []string
	for sc := bufio.NewScanner(f); sc.Scan(); {
		var rec struct{ Text string }
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Fatal(err)
		}
		texts = append(texts, rec.Text)
	}
	return texts
}

// flatten returns texts with their line breaks, and every run of white
// space, made one space.
func flatten(texts []string) []string {
	out := make([]string, len(texts))
	for i, text := range texts {
		out[i] = strings.Join(strings.Fields(text), " ")
	}
	return out
}

// arabicSentences returns the sentences of a whole Arabic text.
func arabicSentences(text string) []span {
	nt := normalize.Normalize(text)
	var out []span
	for _, sn := range tokenize.Analyze(nt.Runes).Sentences {
		a, b := nt.Span(sn.Start, sn.End)
		out = append(out, span{a, b})
	}
	return out
}

// englishSentences returns the sentences of a whole English text.
func englishSentences(text string) []span {
	var a segment.Analyzer
	an, err := a.Analyze(context.Background(), text)
	if err != nil {
		panic(err)
	}
	var out []span
	for _, sn := range an.Sentences {
		out = append(out, span{sn.Start, sn.End})
	}
	return out
}

// checkLineFree is checkWindows for texts without line breaks, joined by
// spaces: every window but the last ends after a sentence end, and the
// result is that of the text with a line break in place of the space
// that ends each window.
func checkLineFree(t *testing.T, texts []string, window, size int, sentences func(text string) []span) {
	x, text, r := checkWindows(t, texts, " ", window, size, sentences)
	if strings.Contains(text, "\n") {
		t.Fatal("the text has a line break")
	}
	b := []byte(text)
	cuts := 0
	for at := 0; ; {
		n := nextWindow(text[at:], window)
		if at += n; at == len(text) {
			break
		}
		if !sentenceEnd(text, at-1) {
			t.Errorf("window cut at %d, not after a sentence end: %q", at, text[max(0, at-40):at])
		}
		b[at-1] = '\n'
		cuts++
	}
	if cuts < 2 {
		t.Fatalf("%d cuts, want two or more", cuts)
	}
	lines, err := x.Process(context.Background(), &doc.Document{ID: "w", Text: string(b)})
	if err != nil {
		t.Fatal(err)
	}
	got, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	want, err := json.Marshal(lines)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != string(want) {
		t.Errorf("the long line's result differs from that of its windows as lines:\n%s\n%s", got, want)
	}
}

// span is a sentence of a document, in code points.
type span struct{ start, end int }

// checkWindows reads texts, one after another, separated by sep, and
// over again, as one document of more than size bytes, in windows of
// about window bytes (see TestWindows); sentences returns the sentences
// of a whole text. It returns the extractor, the document's text and its
// result. The first line of a text of several is the document's title.
func checkWindows(t *testing.T, texts []string, sep string, window, size int, sentences func(text string) []span) (*Extractor, string, *doc.Result) {
	t.Helper()
	g, err := LoadGazetteers(gazetteers.FS)
	if err != nil {
		t.Fatal(err)
	}
	x := New(g)
	for code, rd := range x.readers {
		rd.window = window
		x.readers[code] = rd
	}
	var sb strings.Builder
	for sb.Len() <= size {
		for _, text := range texts {
			sb.WriteString(text)
			sb.WriteString(sep)
		}
	}
	text := sb.String()
	title, _, ok := strings.Cut(text, "\n")
	if !ok {
		title = ""
	}
	r, err := x.Process(context.Background(), &doc.Document{ID: "w", Title: title, Text: text})
	if err != nil {
		t.Fatal(err)
	}

	// The windows on their own; the title opens the first.
	events, entities := 0, 0
	for rest, wt := text, title; rest != ""; wt = "" {
		n := nextWindow(rest, window)
		w, err := x.Process(context.Background(), &doc.Document{ID: "w", Title: wt, Text: rest[:n]})
		if err != nil {
			t.Fatal(err)
		}
		events += len(w.Events)
		entities += len(w.Entities)
		rest = rest[n:]
	}
	if len(r.Events) != events || events == 0 {
		t.Errorf("%d meetings, want %d, those of the windows", len(r.Events), events)
	}
	if len(r.Entities) >= entities {
		t.Errorf("%d entities, the windows have %d: none was merged", len(r.Entities), entities)
	}

	runes := []rune(text)
	sents := sentences(text)
	check := func(what string, s doc.Span) {
		t.Helper()
		if s.Start < 0 || s.Start > s.End || s.End > len(runes) {
			t.Fatalf("%s [%d, %d) is outside the text", what, s.Start, s.End)
		}
		if got := string(runes[s.Start:s.End]); got != s.Text {
			t.Errorf("%s %q at [%d, %d), the text there is %q", what, s.Text, s.Start, s.End, got)
		}
		if s.Sentence == 0 {
			return // a date: not always in the trigger's sentence
		}
		if s.Sentence > len(sents) {
			t.Fatalf("%s %q: sentence %d of %d", what, s.Text, s.Sentence, len(sents))
		}
		if sn := sents[s.Sentence-1]; s.Start < sn.start || s.End > sn.end {
			t.Errorf("%s %q at [%d, %d) is not in its sentence %d [%d, %d)", what, s.Text, s.Start, s.End, s.Sentence, sn.start, sn.end)
		}
	}
	ids := map[string]bool{}
	for _, e := range r.Entities {
		if ids[e.ID] {
			t.Errorf("entity id %s given twice", e.ID)
		}
		ids[e.ID] = true
		for k, m := range e.Mentions {
			check("mention of "+e.ID, doc.Span{Text: m.Text, Start: m.Start, End: m.End, Sentence: m.Sentence})
			if k > 0 && m.Start < e.Mentions[k-1].Start {
				t.Errorf("mentions of %s out of order: %d after %d", e.ID, m.Start, e.Mentions[k-1].Start)
			}
		}
	}
	for i, ev := range r.Events {
		if want := fmt.Sprintf("w/meeting-%d", i+1); ev.ID != want {
			t.Errorf("meeting %d has the id %s, want %s", i+1, ev.ID, want)
		}
		check(ev.ID+" trigger", ev.Trigger)
		for _, s := range ev.Evidence {
			check(ev.ID+" evidence", s)
		}
		if ev.Date != nil {
			check(ev.ID+" date", doc.Span{Text: ev.Date.Text, Start: ev.Date.Start, End: ev.Date.End})
		}
		for _, p := range ev.Participants {
			if !ids[p.Entity] {
				t.Errorf("%s: participant %s is no entity", ev.ID, p.Entity)
			}
		}
		if ev.Location != nil && !ids[ev.Location.Entity] {
			t.Errorf("%s: location %s is no entity", ev.ID, ev.Location.Entity)
		}
	}
	return x, text, r
}

// TestMergerRename merges two windows that give one id to entities of
// different types: the second gets a new id, in its meetings too.
func TestMergerRename(t *testing.T) {
	out := &doc.Result{}
	m := merger{out: out, docID: "d", index: map[string]int{}}
	ent := func(typ string, start int) doc.Entity {
		return doc.Entity{ID: "x-a", Type: typ, Name: "A", Mentions: []doc.Mention{{Text: "أ", Start: start, End: start + 1, Sentence: 1}}}
	}
	ev := func() doc.Event {
		return doc.Event{ID: "d/meeting-1", Participants: []doc.Participant{{Entity: "x-a"}}, Location: &doc.Location{Entity: "x-a"},
			Trigger: doc.Span{Start: 2, End: 3, Sentence: 1}}
	}
	m.add(&doc.Result{Entities: []doc.Entity{ent(doc.Person, 0)}, Events: []doc.Event{ev()}}, 10, 2)
	m.add(&doc.Result{Entities: []doc.Entity{ent(doc.Person, 4)}}, 10, 2)
	m.add(&doc.Result{Entities: []doc.Entity{ent(doc.Place, 0)}, Events: []doc.Event{ev()}}, 10, 2)
	if len(out.Entities) != 2 || out.Entities[1].ID != "x-a-2" {
		t.Fatalf("entities %+v, want x-a and x-a-2", out.Entities)
	}
	if ms := out.Entities[0].Mentions; len(ms) != 2 || ms[1].Start != 14 || ms[1].Sentence != 3 {
		t.Errorf("mentions of x-a %+v, want the second at 14 in sentence 3", ms)
	}
	e := out.Events[1]
	if e.ID != "d/meeting-2" || e.Participants[0].Entity != "x-a-2" || e.Location.Entity != "x-a-2" || e.Trigger.Start != 22 || e.Trigger.Sentence != 5 {
		t.Errorf("second meeting %+v", e)
	}
}
