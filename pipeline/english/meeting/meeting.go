// Package meeting turns the resolved mentions of an English document into
// meeting events, with the same rules and the same output as the Arabic
// package pipeline/arabic/meeting: who met whom, where and when, with the trigger
// and the evidence sentences in original code-point offsets.
//
// A sentence holds a meeting when it has a trigger (met, meets, received,
// hosted, welcomed, welcoming, held talks, talks with, discussed … with,
// a meeting with or between, summit) and at least two people take part;
// a receive verb needs a person as its object (not a letter or a sum). Phone calls near
// the trigger, denials and cancellations (did not meet, cancelled) are
// dropped; plans and intentions (will meet, is to meet, plans,
// scheduled, next week, a date after publication) are reported with
// status planned. People before a speech verb or a complementizer (said,
// told, that) are speakers, not participants; the object phrase ends at
// its topic (to discuss, about, relations) or a new clause (who, after),
// and a letter or a message ends it too: its sender did not meet its
// recipient. A nominal trigger that shares a participant with a meeting
// just reported (the meeting, their talks) adds its sentence as evidence.
package meeting

import (
	"fmt"
	"strings"
	"time"
	"unicode"

	"github.com/extract-news/extract/pipeline/dates"
	"github.com/extract-news/extract/pipeline/doc"
	"github.com/extract-news/extract/pipeline/english/entity"
	"github.com/extract-news/extract/pipeline/english/segment"
	"github.com/extract-news/extract/pipeline/event"
	"github.com/extract-news/extract/pipeline/gazetteer"
)

// Input is what meeting extraction needs about one document.
type Input struct {
	DocID     string
	Analysis  *segment.Analysis
	Resolved  *entity.Doc
	Published time.Time
}

// window is how many words around a trigger cue words are looked for.
const window = 6

// maxGap is how many words may separate one participant after the
// trigger from the trigger or the participant before it.
const maxGap = 15

type found struct {
	word   int // trigger word
	trig   trigger
	people []int // entity indexes, in order
	pre    int   // how many of people stand before the trigger
	status string
	video  bool
	sent   int
	// from and to delimit the trigger's clause in words: the subject
	// after the last speech verb, the object up to its topic; end is where
	// the clause's dates and places stop (a speech verb after it).
	from, to, end int
	// aside holds the word ranges [a, b) of relative clauses of the
	// trigger's sentence that do not hold the trigger (Putin and
	// Erdogan, who last met in Istanbul, will hold a summit): their
	// dates and places are not the meeting's.
	aside    [][2]int
	weak     bool
	definite bool
	evSents  []int
}

type state struct {
	in    Input
	words []segment.Word
	// bySent holds the mention indexes of each 1-based sentence.
	bySent [][]int
	// sentWords holds the word range [a, b) of each 1-based sentence.
	sentWords [][2]int
	// visits caches visitSentences.
	visits []int
}

// Extract returns the meetings of one document in text order.
func Extract(in Input) []doc.Event {
	s := &state{in: in, words: in.Analysis.Words}
	n := len(in.Analysis.Sentences) + 2
	s.bySent = make([][]int, n)
	s.sentWords = make([][2]int, n)
	for i := len(s.words) - 1; i >= 0; i-- {
		r := &s.sentWords[s.words[i].Sentence]
		if r[1] == 0 {
			r[1] = i + 1
		}
		r[0] = i
	}
	for i, m := range in.Resolved.Mentions {
		s.bySent[m.Sentence] = append(s.bySent[m.Sentence], i)
	}
	var events []*found
	for wi, w := range s.words {
		t, ok := lexicon[w.Text]
		if !ok || s.teaser(wi) {
			continue
		}
		f := s.candidate(wi, t)
		if f == nil {
			continue
		}
		if merge(events, f) || f.weak || len(f.people) < 2 {
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

// teaser reports a line that links to another article (Read more: …).
func (s *state) teaser(wi int) bool {
	a, b := s.sentWords[s.words[wi].Sentence][0], s.sentWords[s.words[wi].Sentence][1]
	if a >= b || !teaserWords[s.words[a].Text] {
		return false
	}
	for k := a; k < b && k < a+3; k++ {
		if end := s.words[k].End; end < len(s.in.Analysis.Runes) && s.in.Analysis.Runes[end] == ':' {
			return true
		}
	}
	return false
}

func (s *state) sentence(wi int) (int, int) {
	r := s.sentWords[s.words[wi].Sentence]
	return r[0], r[1]
}

// has reports a cue word among words [from, to) of one sentence.
func (s *state) has(cues map[string]bool, from, to int) bool {
	for i := max(from, 0); i < to && i < len(s.words); i++ {
		if cues[s.words[i].Text] {
			return true
		}
	}
	return false
}

// modals before a trigger make it a plan; so does to right before it.
var modals = lex.Set("modals")

func (s *state) candidate(wi int, t trigger) *found {
	sa, sb := s.sentence(wi)
	ws, we := max(sa, wi-window), min(sb, wi+window+1)
	if s.has(phoneCues, ws, we) && !s.has(videoCues, ws, we) {
		return nil
	}
	if s.has(deniedCues, max(sa, wi-3), wi) {
		return nil
	}
	if t.family == Receive && !t.nominal && (!s.personObject(wi, sb) || strings.HasPrefix(s.in.Analysis.Tokens[s.words[wi].Token].Tag, "NN")) {
		return nil // received a letter, $1 billion, the decision
	}
	f := &found{word: wi, trig: t, status: doc.Occurred, sent: s.words[wi].Sentence}
	switch {
	case t.family == Visit:
		f.weak = true
	case t.family == Meet && t.nominal:
		// a meeting with X, a meeting between X and Y, X and Y held a
		// meeting; a grand prix meeting is none of them.
		f.weak = !s.has(withWords, wi+1, min(sb, wi+4)) && !s.has(heldWords, max(sa, wi-3), wi)
	case t.needsWith:
		with := s.has(withWords, wi+1, min(sb, wi+12))
		if t.nominal {
			with = s.has(withWords, wi+1, min(sb, wi+4)) || s.has(heldWords, max(sa, wi-2), wi)
		}
		f.weak = !with
	}
	f.definite = t.nominal && wi > sa && definite[s.words[wi-1].Text]
	f.evSents = []int{f.sent}
	modal := s.has(modals, max(sa, wi-3), wi) || wi > sa && s.words[wi-1].Text == "to" || t.nominal && s.clauseModal(wi, sa)
	if s.has(plannedCues, ws, we) || modal && !s.has(pastMarkers, max(sa, wi-3), wi) {
		f.status = doc.Planned
	}
	f.video = s.has(videoCues, sa, sb)
	s.participants(f, sa, sb)
	f.aside = s.asides(wi, sa, sb)
	return f
}

// personObject reports that what a receive verb at word wi takes is a
// person: the first word after it, past an article, is part of a name
// or a title (received Iranian Foreign Minister X, welcomed him), not a
// thing (a letter, $1 billion, the decision, passports).
func (s *state) personObject(wi, sb int) bool {
	k := wi + 1
	for k < sb && articles[s.words[k].Text] {
		k++
	}
	if k >= sb {
		return true // the object before the verb (Erdogan was received by)
	}
	w := s.words[k]
	if objectPronouns[w.Text] || w.Text == "by" {
		return true
	}
	for _, mi := range s.bySent[w.Sentence] {
		m := s.in.Resolved.Mentions[mi]
		if m.First > k || k >= m.Last {
			continue
		}
		if s.isPerson(m) {
			return true
		}
		if s.words[m.Last-1].Possessive && m.Last < sb {
			return !messageWords[s.words[m.Last].Text] // Russia's defence minister, not Russia's message
		}
		return false // hosts France beat Mexico: a place is not received
	}
	return s.in.Resolved.Named[k] || w.Upper
}

// clauseModal reports a modal that governs the clause of a nominal
// trigger at word wi from further back (Levy would visit Bonn for talks
// with Kinkel): within eight words, no complementizer, clause word or
// past marker between.
func (s *state) clauseModal(wi, sa int) bool {
	for i := wi - 1; i >= sa && i >= wi-8; i-- {
		w := s.words[i].Text
		switch {
		case s.in.Resolved.Named[i]:
		case modals[w]:
			return true
		case complementizers[w] || clauseWords[w] || pastMarkers[w]:
			return false
		}
	}
	return false
}

var relativeWords = lex.Set("relativeWords")

// asides returns the relative clauses (", who … ,") of the sentence
// [sa, sb) that do not hold word wi.
func (s *state) asides(wi, sa, sb int) [][2]int {
	rs := s.in.Analysis.Runes
	var out [][2]int
	for i := sa + 1; i < sb; i++ {
		if !relativeWords[s.words[i].Text] || !s.commaBefore(i) {
			continue
		}
		j := i + 1
		for j < sb && !strings.ContainsRune(string(rs[s.words[j-1].End:s.words[j].Start]), ',') {
			j++
		}
		if wi < i || wi >= j {
			out = append(out, [2]int{i, j})
		}
		i = j - 1
	}
	return out
}

// commaBefore reports a comma between word i and the word before it.
func (s *state) commaBefore(i int) bool {
	return strings.ContainsRune(string(s.in.Analysis.Runes[s.words[i-1].End:s.words[i].Start]), ',')
}

// isAside reports whether word i is in one of f's asides.
func (f *found) isAside(i int) bool {
	for _, r := range f.aside {
		if r[0] <= i && i < r[1] {
			return true
		}
	}
	return false
}

func (s *state) isPerson(m entity.Mention) bool {
	return s.in.Resolved.Entities[m.Entity].Out.Type == gazetteer.TypePerson
}

// participants collects the people of the trigger's clause: the subject
// before it (after the last speech verb) and the object phrase after it,
// up to its topic.
func (s *state) participants(f *found, sa, sb int) {
	ms := s.in.Resolved.Mentions
	from := sa
	for i := f.word - 1; i >= sa; i-- {
		if complementizers[s.words[i].Text] {
			from = i + 1
			break
		}
	}
	to, end := sb, sb
	for i := f.word + 1; i < sb; i++ {
		if s.in.Resolved.Named[i] {
			continue
		}
		w := s.words[i].Text
		if w == "to" && envoyWords[s.wordText(i-1)] {
			continue // the envoy to Burundi, Howard Wolpe
		}
		if to == sb && (topicWords[w] || messageWords[w]) {
			to = i
		}
		if complementizers[w] && w != "that" {
			end = i
			break
		}
	}
	f.from, f.to, f.end = from, to, end
	seen := map[int]bool{}
	add := func(e int) {
		if !seen[e] {
			seen[e] = true
			f.people = append(f.people, e)
		}
	}
	for i := f.word - 1; i >= from; i-- {
		if s.in.Resolved.Named[i] {
			continue
		}
		if clauseWords[s.words[i].Text] {
			from = i + 1 // intended to talk with Trump after his talks with Assad
			break
		}
	}
	for _, mi := range s.bySent[f.sent] {
		if m := ms[mi]; s.isPerson(m) && m.First >= from && m.Last <= f.word && !s.owner(m, f) && !s.sender(m) {
			add(m.Entity)
		}
	}
	f.pre = len(f.people)
	anchor := f.word
	for _, mi := range s.bySent[f.sent] {
		m := ms[mi]
		if s.isPerson(m) && m.First > f.word && m.First < to && m.First-anchor <= maxGap {
			if !s.owner(m, f) {
				add(m.Entity)
			}
			anchor = m.Last
		}
	}
	if f.pre > 0 || len(f.people) != 1 {
		return
	}
	// A pronoun subject (he met X), or a verb without one in sight: the
	// speaker of the same sentence (Putin told reporters he met X), else
	// the last person of the sentence before.
	if f.trig.nominal && !s.has(withWords, f.word+1, f.word+3) {
		return
	}
	if s.has(pronouns, max(sa, f.word-3), f.word) || !f.trig.nominal || from > sa {
		// The speaker first (Putin said he …), else the nearest person.
		limit := from
		for i := from - 1; i >= sa; i-- {
			if complementizers[s.words[i].Text] && !s.in.Resolved.Named[i] {
				limit = i
				break
			}
		}
		for _, bound := range []int{limit, from} {
			for k := len(s.bySent[f.sent]) - 1; k >= 0; k-- {
				m := ms[s.bySent[f.sent][k]]
				if s.isPerson(m) && m.Last <= bound && !seen[m.Entity] {
					f.people = append([]int{m.Entity}, f.people...)
					f.pre = 1
					return
				}
			}
		}
	}
	// The sentence before: its subject, the first person it names that
	// owns nothing (Lebed, whom Yeltsin ordered …. He later discussed with).
	for k := f.sent - 1; k >= 1 && k >= f.sent-2; k-- {
		subject := -1
		for _, mi := range s.bySent[k] {
			if m := ms[mi]; s.isPerson(m) && !s.words[m.Last-1].Possessive {
				subject = m.Entity
				break
			}
		}
		if subject >= 0 && !seen[subject] {
			f.people = append([]int{subject}, f.people...)
			f.pre = 1
			return
		}
	}
}

// sender reports a person named as where a thing came from (a letter
// from Putin, a message from Assad): not a participant.
func (s *state) sender(m entity.Mention) bool {
	a, _ := s.sentence(m.First)
	for i := m.First - 1; i >= a && i >= m.First-4; i-- {
		if s.in.Resolved.Named[i] {
			continue
		}
		if s.words[i].Text != "from" {
			continue
		}
		return s.has(messageWords, max(a, i-3), i)
	}
	return false
}

// owner reports a possessive mention (al-Assad's foreign minister,
// Assad's office): the person owns what follows and takes no part,
// unless what follows is the trigger itself (Erdogan's meeting with X).
func (s *state) owner(m entity.Mention, f *found) bool {
	if !s.words[m.Last-1].Possessive {
		return false
	}
	return !(f.trig.nominal && m.Last <= f.word && f.word-m.Last <= 2)
}

// maxLookback is how many earlier events a trigger may merge with: a
// bound that keeps a document of thousands of triggers linear.
const maxLookback = 32

// merge adds f to an earlier event that reports the same meeting and
// reports whether it did: the latest event that shares two participants
// with it; or, within two sentences, its only one; or, for a definite
// nominal trigger right after it (the meeting, their talks), none. A
// weak trigger (a visit, talks without with) adds only its sentence.
func merge(events []*found, f *found) bool {
	for k := len(events) - 1; k >= 0 && k >= len(events)-maxLookback; k-- {
		e := events[k]
		if e.status != f.status {
			continue
		}
		shared := 0
		for _, p := range f.people {
			for _, q := range e.people {
				if p == q {
					shared++
				}
			}
		}
		lastEv := e.evSents[len(e.evSents)-1]
		need := 2
		switch {
		case f.definite && f.sent-lastEv <= 1:
			need = 0
		case f.sent-lastEv <= 2 && len(f.people) < 2:
			// A lone participant (during the meeting, Shoigu said) adds
			// evidence; two people of its own (Lavrov later met X, his
			// talks with X) make a meeting of its own unless both took
			// part in this one.
			need = 1
		}
		if shared < need {
			continue
		}
		if !f.weak {
			for _, p := range f.people {
				dup := false
				for _, q := range e.people {
					dup = dup || p == q
				}
				if !dup {
					e.people = append(e.people, p)
				}
			}
		}
		if lastEv != f.sent {
			e.evSents = append(e.evSents, f.sent)
		}
		e.video = e.video || f.video
		return true
	}
	return false
}

// event writes the record of f.
func (s *state) event(f *found, n int) doc.Event {
	an := s.in.Analysis
	ev := doc.Event{ID: fmt.Sprintf("%s/meeting-%d", s.in.DocID, n), Type: "meeting", Status: f.status}
	w := s.words[f.word]
	ev.Trigger = doc.Span{Text: an.Span(w.Start, w.End), Start: w.Start, End: w.End, Sentence: f.sent}
	for _, k := range f.evSents {
		sn := an.SentenceOf(k)
		ev.Evidence = append(ev.Evidence, doc.Span{Text: an.Span(sn.Start, sn.End), Start: sn.Start, End: sn.End, Sentence: k})
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
	if ev.Date != nil && f.status == doc.Planned && !future && ev.Date.Value != "" && weekdayOnly(ev.Date.Text) {
		// will meet on Thursday: the coming Thursday, not the last.
		if d, err := time.Parse(time.DateOnly, ev.Date.Value); err == nil && !s.in.Published.IsZero() &&
			!d.After(s.in.Published) && s.in.Published.Sub(d) < 7*24*time.Hour {
			ev.Date.Value = d.AddDate(0, 0, 7).Format(time.DateOnly)
		}
	}
	if future {
		ev.Status = doc.Planned
	}
	ev.Participants = s.roles(f, loc)
	return ev
}

// weekdayOnly reports a date text that names a weekday and nothing more
// precise (no day number, no yesterday or last).
func weekdayOnly(text string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9') }) {
		switch w {
		case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
			"morning", "afternoon", "evening", "night":
		default:
			return false
		}
	}
	return true
}

// location finds where the meeting took place: a place after a locative
// cue in the trigger's clause, else in another evidence sentence (a city
// before a country), else where a visit or an arrival of a participant
// took them, else none.
func (s *state) location(f *found) int {
	if p := s.placeIn([]int{f.sent}, f.from, f.end, nil, f); p >= 0 {
		return p
	}
	if p := s.placeIn(f.evSents[1:], 0, len(s.words), nil, nil); p >= 0 {
		return p
	}
	return s.placeIn(s.visitSentences(), 0, len(s.words), f.people, nil)
}

// placeIn returns the first city-like place with a locative cue in the
// sentences, within words [from, to) and outside the asides of f (when
// not nil), or the first country. With visitors, only sentences that tell
// of a visit or an arrival of one of them count.
func (s *state) placeIn(sents []int, from, to int, visitors []int, f *found) int {
	ms := s.in.Resolved.Mentions
	country := -1
	for _, k := range sents {
		if visitors != nil {
			a, b := s.sentWords[k][0], s.sentWords[k][1]
			if a == b || !s.has(visitCues, a, b) || !s.mentions(k, visitors) {
				continue
			}
		}
		for _, mi := range s.bySent[k] {
			m := ms[mi]
			e := s.in.Resolved.Entities[m.Entity]
			if m.First < from || m.First >= to || e.Out.Type != gazetteer.TypePlace || !s.locative(m) || s.topical(m) || s.adjective(m) || f != nil && f.isAside(m.First) {
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
		if country >= 0 {
			return country
		}
	}
	return country
}

// visitSentences returns the sentences that tell of a visit or an
// arrival, found once per document.
func (s *state) visitSentences() []int {
	if s.visits == nil {
		s.visits = []int{}
		for k := 1; k <= len(s.in.Analysis.Sentences); k++ {
			if a, b := s.sentWords[k][0], s.sentWords[k][1]; a < b && s.has(visitCues, a, b) {
				s.visits = append(s.visits, k)
			}
		}
	}
	return s.visits
}

// adjective reports a place that qualifies the noun after it (U.S.
// goods, Syrian-Iranian relations): not where a meeting was.
func (s *state) adjective(m entity.Mention) bool {
	if m.Last >= len(s.words) || s.words[m.Last].Sentence != m.Sentence {
		return false
	}
	w := s.words[m.Last]
	if w.Upper || timeWords[w.Text] || s.in.Resolved.Named[m.Last] {
		return false
	}
	for _, r := range s.in.Analysis.Runes[m.End:w.Start] {
		if r != ' ' {
			return false
		}
	}
	return strings.HasPrefix(s.in.Analysis.Tokens[w.Token].Tag, "NN")
}

func (s *state) mentions(k int, ents []int) bool {
	for _, mi := range s.bySent[k] {
		for _, e := range ents {
			if s.in.Resolved.Mentions[mi].Entity == e {
				return true
			}
		}
	}
	return false
}

// locative reports a cue before a place: in, at, the capital, a visit
// verb (visited Moscow), or to after a visit or a welcome (a visit to
// Moscow, welcomed him to Damascus).
func (s *state) locative(m entity.Mention) bool {
	for i := m.First - 1; i >= 0 && i >= m.First-3; i-- {
		w := s.words[i]
		if w.Sentence != m.Sentence || w.Text == "from" {
			break // flew in from Helsinki: where they came from
		}
		if locativeCues[w.Text] || i == m.First-1 && visitVerbs[w.Text] {
			return true
		}
		if w.Text == "to" && s.has(visitCues, max(0, i-3), i) {
			return true
		}
		if w.Text == "to" {
			for k := i - 1; k >= 0 && k >= i-4 && s.words[k].Sentence == m.Sentence; k-- {
				if t, ok := lexicon[s.words[k].Text]; ok && t.family == Receive {
					return true // welcomed him to Damascus, welcoming Erdogan to Moscow
				}
			}
		}
	}
	return false
}

func (s *state) wordText(i int) string {
	if i < 0 || i >= len(s.words) {
		return ""
	}
	return s.words[i].Text
}

// topical reports a place that is what was discussed (the situation in
// Idlib) or the post of an envoy (envoy to Syria), not where.
func (s *state) topical(m entity.Mention) bool {
	for i := m.First - 1; i >= 0 && i >= m.First-3; i-- {
		if s.words[i].Sentence != m.Sentence {
			break
		}
		if placeTopics[s.words[i].Text] {
			return true
		}
	}
	return m.First >= 2 && envoyWords[s.wordText(m.First-2)] && s.words[m.First-2].Sentence == m.Sentence
}

// date takes the best date expression of the trigger's clause, else of
// the other evidence sentences: a resolved one first, then one with a
// day number or a day word, nearest the trigger. future reports a date
// after publication or a future expression (next week).
func (s *state) date(f *found) (*doc.Date, bool) {
	an := s.in.Analysis
	var (
		best     dates.Expr
		bestSent = -1
		bestRank = -1
	)
	for _, k := range f.evSents {
		sn := an.SentenceOf(k)
		text := an.Text.Runes[sn.A:sn.B]
		exprs := dates.FindEnglish(text, s.in.Published)
		lo, hi, trig := 0, len(text), -1
		aside := func(int) bool { return false }
		if k == f.sent {
			aside = func(x int) bool {
				for _, r := range f.aside {
					if s.words[r[0]].A-sn.A <= x && (r[1] >= len(s.words) || x < s.words[r[1]].A-sn.A) {
						return true
					}
				}
				return false
			}
			lo = s.words[f.from].A - sn.A
			if f.end < len(s.words) && s.words[f.end].Sentence == k {
				hi = s.words[f.end].A - sn.A
			}
			trig = s.words[f.word].A - sn.A
		}
		dl := s.datelineEnd(sn)
		for _, x := range exprs {
			if x.Start < lo || x.Start >= hi || aside(x.Start) || x.Start < dl {
				continue
			}
			r := rank(text[x.Start:x.End], x)
			if r > bestRank || r == bestRank && k == f.sent && bestSent == k && abs(x.Start-trig) < abs(best.Start-trig) {
				best, bestSent, bestRank = x, k, r
			}
		}
	}
	if bestSent < 0 {
		return nil, false
	}
	sn := an.SentenceOf(bestSent)
	a, b := an.Text.Span(sn.A+best.Start, sn.A+best.End)
	return &doc.Date{Text: an.Span(a, b), Start: a, End: b, Value: best.Value}, best.Future
}

// datelineEnd returns where the dateline of sentence sn ends, in
// analysis runes from its start (MOSCOW, March 6 (Reuters) - …): a
// sentence that opens with a word in capitals and has a dash among its
// first 80 characters; 0 when it has none. The dateline's date is when
// the report was filed, not when the meeting took place.
func (s *state) datelineEnd(sn segment.Sentence) int {
	rs := s.in.Analysis.Text.Runes[sn.A:sn.B]
	orig := s.in.Analysis.Runes[sn.Start:sn.End]
	caps := 0
	for _, r := range orig {
		if !unicode.IsLetter(r) {
			break
		}
		if !unicode.IsUpper(r) {
			return 0
		}
		caps++
	}
	if caps < 2 {
		return 0
	}
	for i := 1; i+1 < len(rs) && i < 80; i++ {
		if (rs[i] == '-' || rs[i] == '–' || rs[i] == '—') && rs[i-1] == ' ' && rs[i+1] == ' ' {
			return i
		}
	}
	return 0
}

// rank orders date expressions by how precisely they name a day: a
// resolved value, then a day number or a day word, then the rest (last
// week, in March).
func rank(text []rune, x dates.Expr) int {
	if x.Value != "" {
		return 2
	}
	for _, r := range text {
		if r >= '0' && r <= '9' {
			return 1
		}
	}
	for _, w := range strings.Fields(string(text)) {
		if dayWords[strings.Trim(w, ",.")] {
			return 1
		}
	}
	return 0
}

var dayWords = lex.Set("dayWords")

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// roles assigns host and guest (Roles): the subject of received, hosted and welcomed hosts.
func (s *state) roles(f *found, loc int) []doc.Participant {
	return event.Roles(s.in.Resolved.Entities, f.people, f.trig.family == Receive && f.pre > 0, loc)
}
