// Package meeting turns the resolved mentions of a document into meeting
// events: who met whom, where and when, with the trigger and the evidence
// sentences, in original code-point offsets.
//
// A sentence holds a meeting when it has a trigger word (استقبل، التقى،
// اجتمع مع، بحث مع، لقاء، محادثات، قمة، زيارة …, with clitics and pronoun
// suffixes) and at least two people take part. Phone calls and messages
// near the trigger, denials and cancellations are dropped; plans and
// intentions are reported with status planned. A nominal trigger that
// shares a participant with a meeting already reported (اللقاء، خلال
// لقائه مع) adds its sentence as evidence of that meeting instead of
// making a new one.
package meeting

import (
	"fmt"
	"time"

	"github.com/extract-news/extract/pipeline/dates"
	"github.com/extract-news/extract/pipeline/doc"
	"github.com/extract-news/extract/pipeline/gazetteer"
	"github.com/extract-news/extract/pipeline/normalize"
	"github.com/extract-news/extract/pipeline/resolve"
	"github.com/extract-news/extract/pipeline/tokenize"
)

// Input is what meeting extraction needs about one document.
type Input struct {
	DocID     string
	Original  string
	Text      *normalize.Text
	Analysis  *tokenize.Analysis
	Resolved  *resolve.Doc
	Published time.Time
}

// Extractor finds meetings. It is read-only and safe for concurrent use.
type Extractor struct {
	g *gazetteer.Compiled
}

// New returns an Extractor that uses g for places and roles.
func New(g *gazetteer.Compiled) *Extractor { return &Extractor{g: g} }

// window is how many tokens around a trigger cue words are looked for.
const window = 6

type found struct {
	tok     int // trigger token
	trig    trigger
	prefix  int
	people  []int // entity indexes, in order
	pre     int   // how many of people stand before the trigger
	status  string
	video   bool
	sent    int // 1-based sentence
	evSents []int
	date    *doc.Date
	loc     int // entity index or -1
}

type docState struct {
	x      *Extractor
	in     Input
	toks   []tokenize.Token
	orig   []rune
	bySent [][]int // sentence → mention indexes
}

// Extract returns the meetings of one document in text order.
func (x *Extractor) Extract(in Input) []doc.Event {
	s := &docState{x: x, in: in, toks: in.Analysis.Tokens}
	s.bySent = make([][]int, len(in.Analysis.Sentences)+2)
	for i, m := range in.Resolved.Mentions {
		s.bySent[m.Sentence] = append(s.bySent[m.Sentence], i)
	}
	var events []*found
	for ti := range s.toks {
		t, prefix, ok := lookup(s.toks[ti].Text)
		if !ok {
			continue
		}
		f := s.candidate(ti, t, prefix)
		if f == nil {
			continue
		}
		if merged := merge(events, f); merged {
			continue
		}
		if len(f.people) < 2 {
			continue
		}
		events = append(events, f)
	}
	out := make([]doc.Event, 0, len(events))
	for _, f := range events {
		out = append(out, s.event(f, len(out)+1))
	}
	return out
}

// lookup finds the trigger of a token, trying its clitic stems.
func lookup(tok string) (trigger, int, bool) {
	for _, st := range tokenize.Stems(tok) {
		if t, ok := lexicon[st.Text]; ok {
			return t, st.Prefix, true
		}
	}
	return trigger{}, 0, false
}

func (s *docState) has(cues map[string]bool, from, to int) bool {
	sent := s.toks[min(max(from, 0), len(s.toks)-1)].Sentence
	for i := max(from, 0); i < to && i < len(s.toks); i++ {
		if s.toks[i].Sentence != sent && i > from {
			continue
		}
		for _, st := range tokenize.Stems(s.toks[i].Text) {
			if cues[st.Text] {
				return true
			}
		}
	}
	return false
}

func (s *docState) sentenceTokens(ti int) (int, int) {
	a, b := ti, ti
	sent := s.toks[ti].Sentence
	for a > 0 && s.toks[a-1].Sentence == sent {
		a--
	}
	for b < len(s.toks) && s.toks[b].Sentence == sent {
		b++
	}
	return a, b
}

// candidate reads the meeting a trigger token may report.
func (s *docState) candidate(ti int, t trigger, prefix int) *found {
	sa, sb := s.sentenceTokens(ti)
	ws, we := max(sa, ti-window), min(sb, ti+window+1)
	if s.has(remoteCues, ws, we) && !s.has(videoCues, ws, we) {
		return nil
	}
	if s.has(deniedCues, max(sa, ti-3), ti) {
		return nil
	}
	if t.needsWith && !(ti+1 < sb && s.has(withWords, ti+1, min(sb, ti+12))) {
		return nil
	}
	f := &found{tok: ti, trig: t, prefix: prefix, status: doc.Occurred, sent: s.toks[ti].Sentence, loc: -1}
	f.evSents = []int{f.sent}
	if s.has(plannedCues, ws, we) || isFutureVerb(s.toks[ti].Text, prefix) {
		f.status = doc.Planned
	}
	f.video = s.has(videoCues, ws, we)
	s.participants(f, sa, sb)
	return f
}

// isFutureVerb reports a future prefix س on an imperfect verb (سيلتقي).
func isFutureVerb(tok string, prefix int) bool {
	r := []rune(tok)[prefix:]
	return len(r) > 3 && r[0] == 'س' && (r[1] == 'ي' || r[1] == 'ت' || r[1] == 'ن')
}

// participants collects the people of the trigger's sentence that take
// part: the subject before the trigger (after the last complementizer)
// and the object phrase after it, up to the topic.
func (s *docState) participants(f *found, sa, sb int) {
	ms := s.in.Resolved.Mentions
	// Start of the clause: after the last complementizer before the trigger.
	from := sa
	for i := f.tok - 1; i >= sa; i-- {
		if complementizers[s.toks[i].Text] {
			from = i + 1
			break
		}
	}
	// End of the object phrase: the first topic word after the trigger.
	to := sb
	for i := f.tok + 1; i < sb; i++ {
		if s.hasStemIn(topicWords, i) {
			to = i
			break
		}
	}
	seen := map[int]bool{}
	add := func(e int) {
		if !seen[e] {
			seen[e] = true
			f.people = append(f.people, e)
		}
	}
	for _, mi := range s.bySent[f.sent] {
		m := ms[mi]
		if s.in.Resolved.Entities[m.Entity].Out.Type != gazetteer.TypePerson {
			continue
		}
		if m.First >= from && m.Last <= f.tok {
			add(m.Entity)
		}
	}
	f.pre = len(f.people)
	for _, mi := range s.bySent[f.sent] {
		m := ms[mi]
		if s.in.Resolved.Entities[m.Entity].Out.Type != gazetteer.TypePerson {
			continue
		}
		if m.First > f.tok && m.First < to {
			add(m.Entity)
		}
	}
	// Pro-drop subject (عقد لقاء مع X، التقى X): the person of the nearest
	// earlier sentence that named one.
	if f.pre == 0 && len(f.people) == 1 && !f.trig.nominal || f.pre == 0 && len(f.people) == 1 && s.has(withWords, f.tok-1, f.tok+2) {
		for k := f.sent - 1; k >= 1 && k >= f.sent-2; k-- {
			var last = -1
			for _, mi := range s.bySent[k] {
				if s.in.Resolved.Entities[ms[mi].Entity].Out.Type == gazetteer.TypePerson {
					last = ms[mi].Entity
				}
			}
			if last >= 0 && !seen[last] {
				f.people = append([]int{last}, f.people...)
				f.pre = 1
				break
			}
		}
	}
}

func (s *docState) hasStemIn(set map[string]bool, i int) bool {
	for _, st := range tokenize.Stems(s.toks[i].Text) {
		if set[st.Text] {
			return true
		}
	}
	return false
}

// merge adds f to an earlier event that reports the same meeting: one
// that shares two participants, or, for a nominal trigger (اللقاء، خلال
// لقائه), one participant. It reports whether f was merged.
func merge(events []*found, f *found) bool {
	for k := len(events) - 1; k >= 0; k-- {
		e := events[k]
		shared := 0
		for _, p := range f.people {
			for _, q := range e.people {
				if p == q {
					shared++
				}
			}
		}
		need := 2
		if f.trig.nominal && f.sent-e.evSents[len(e.evSents)-1] <= 2 {
			need = 1
		}
		if len(f.people) == 0 && f.trig.nominal && f.sent-e.evSents[len(e.evSents)-1] <= 1 && f.trig.family == e.trig.family {
			need = 0
		}
		if shared < need || e.status != f.status {
			continue
		}
		if need == 0 && len(f.people) == 0 {
			// A bare anaphoric mention (عقب اللقاء) adds evidence only.
		}
		for _, p := range f.people {
			dup := false
			for _, q := range e.people {
				dup = dup || p == q
			}
			if !dup {
				e.people = append(e.people, p)
			}
		}
		if e.evSents[len(e.evSents)-1] != f.sent {
			e.evSents = append(e.evSents, f.sent)
		}
		e.video = e.video || f.video
		return true
	}
	return false
}

// event writes the record of f.
func (s *docState) event(f *found, n int) doc.Event {
	orig := []rune(s.in.Original)
	span := func(a, b int) (int, int, string) {
		x, y := s.in.Text.Span(a, b)
		return x, y, string(orig[x:y])
	}
	ev := doc.Event{
		ID:     fmt.Sprintf("%s/meeting-%d", s.in.DocID, n),
		Type:   "meeting",
		Status: f.status,
	}
	tk := s.toks[f.tok]
	a, b, txt := span(tk.Start+f.prefix, tk.End)
	ev.Trigger = doc.Span{Text: txt, Start: a, End: b, Sentence: f.sent}
	for _, k := range f.evSents {
		sn := s.in.Analysis.SentenceOf(k)
		a, b, txt := span(sn.Start, sn.End)
		ev.Evidence = append(ev.Evidence, doc.Span{Text: txt, Start: a, End: b, Sentence: k})
	}
	loc := -1
	if !f.video {
		loc = s.location(f)
	}
	if loc >= 0 {
		ev.Location = &doc.Location{Entity: s.in.Resolved.Entities[loc].Out.ID}
	}
	var future bool
	ev.Date, future = s.date(f)
	if future {
		ev.Status = doc.Planned
	}
	ev.Participants = s.roles(f, loc)
	return ev
}

var visitCues = set(`وصل يصل وصوله زيارة زيارته الزيارة زار يزور قدم توجه`)

// location finds where the meeting took place: a place after a locative
// cue in an evidence sentence (a city before a country), else a place a
// visit or an arrival nearby names, else none.
func (s *docState) location(f *found) int {
	best := s.placeIn(f.evSents, false)
	if best >= 0 {
		return best
	}
	var near []int
	for k := f.sent - 2; k <= f.sent+2; k++ {
		if k >= 1 && k <= len(s.in.Analysis.Sentences) && k != f.sent {
			near = append(near, k)
		}
	}
	return s.placeIn(near, true)
}

func (s *docState) placeIn(sents []int, needVisit bool) int {
	ms := s.in.Resolved.Mentions
	country := -1
	for _, k := range sents {
		if needVisit {
			a, b := s.sentenceRange(k)
			if a == b || !s.has(visitCues, a, b) {
				continue
			}
		}
		for _, mi := range s.bySent[k] {
			m := ms[mi]
			e := s.in.Resolved.Entities[m.Entity]
			if e.Out.Type != gazetteer.TypePlace || !s.locative(m) || s.topical(m) {
				continue
			}
			if e.Entry != nil && (e.Entry.Kind == "country" || e.Entry.Kind == "region") {
				if country < 0 {
					country = m.Entity
				}
				continue
			}
			return m.Entity
		}
	}
	return country
}

func (s *docState) sentenceRange(k int) (int, int) {
	a := -1
	for i, t := range s.toks {
		if t.Sentence == k {
			if a < 0 {
				a = i
			}
		} else if a >= 0 {
			return a, i
		}
	}
	if a < 0 {
		return 0, 0
	}
	return a, len(s.toks)
}

// locative reports a cue before a place mention: a clitic ب or a
// preposition (في، إلى) or a word such as العاصمة right before it.
func (s *docState) locative(m resolve.Mention) bool {
	tok := []rune(s.toks[m.First].Text)
	if off := m.Start - s.toks[m.First].Start; off > 0 && tok[off-1] == 'ب' {
		return true
	}
	for i := m.First - 1; i >= 0 && i >= m.First-2; i-- {
		if s.toks[i].Sentence != m.Sentence {
			break
		}
		if s.hasStemIn(locativeCues, i) {
			return true
		}
	}
	return false
}

// topical reports a place that is what was discussed (التطورات في إدلب),
// not where: a topic word stands within three tokens before it.
func (s *docState) topical(m resolve.Mention) bool {
	for i := m.First - 1; i >= 0 && i >= m.First-3; i-- {
		if s.toks[i].Sentence != m.Sentence {
			break
		}
		if s.hasStemIn(topicWords, i) {
			return true
		}
	}
	return false
}

// date takes the first date expression of the trigger sentence, else of
// the other evidence sentences. future reports a date after publication
// or a future expression (الأسبوع المقبل).
func (s *docState) date(f *found) (*doc.Date, bool) {
	orig := []rune(s.in.Original)
	for _, k := range f.evSents {
		sn := s.in.Analysis.SentenceOf(k)
		exprs := dates.Find(s.in.Text.Runes[sn.Start:sn.End], s.in.Published)
		if len(exprs) == 0 {
			continue
		}
		// The expression nearest the trigger in its own sentence.
		e := exprs[0]
		if k == f.sent {
			trig := s.toks[f.tok].Start - sn.Start
			for _, x := range exprs[1:] {
				if abs(x.Start-trig) < abs(e.Start-trig) {
					e = x
				}
			}
		}
		a, b := s.in.Text.Span(sn.Start+e.Start, sn.Start+e.End)
		d := &doc.Date{Text: string(orig[a:b]), Start: a, End: b, Value: e.Value}
		return d, e.Future
	}
	return nil, false
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// roles assigns host and guest: for استقبل the subject hosts; otherwise,
// when the place is known and exactly one participant belongs to its
// country, that one hosts. Everyone else is a participant.
func (s *docState) roles(f *found, loc int) []doc.Participant {
	ents := s.in.Resolved.Entities
	out := make([]doc.Participant, len(f.people))
	for i, p := range f.people {
		out[i] = doc.Participant{Entity: ents[p].Out.ID, Role: "participant"}
	}
	host := -1
	switch {
	case f.trig.family == Receive:
		host = 0
	case loc >= 0 && ents[loc].Entry != nil && ents[loc].Entry.Country != "":
		c := ents[loc].Entry.Country
		for i, p := range f.people {
			if e := ents[p].Entry; e != nil && e.Country == c {
				if host >= 0 {
					host = -1
					break
				}
				host = i
			}
		}
	}
	if host >= 0 && len(out) > 1 {
		for i := range out {
			out[i].Role = "guest"
		}
		out[host].Role = "host"
	}
	return out
}
