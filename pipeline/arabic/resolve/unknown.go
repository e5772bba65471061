package resolve

import (
	"strings"

	"github.com/extract-news/extract/pipeline/doc"
	"github.com/extract-news/extract/pipeline/gazetteer"
	"github.com/extract-news/extract/pipeline/internal/wordsig"
	"github.com/extract-news/extract/pipeline/tokenize"
)

// ViaCue marks a place no gazetteer knows, found after a settlement noun
// (بلدة الحماميات، قرية خان الأحمر).
const ViaCue = "cue"

var (
	settlementNouns = lex.Set("settlementNouns")
	settlementSigs  = wordsig.Of(settlementNouns)
	pluralNouns     = lex.Set("pluralNouns")
	adminNouns      = lex.Set("adminNouns")
	placeHeads      = lex.Set("placeHeads")
	placeTails      = lex.Set("placeTails")
	notPlaceNames   = lex.Set("notPlaceNames")
	countWords      = lex.Set("countWords")
)

// unknownPlaces reports settlements named after a settlement noun that no
// gazetteer knows: بلدة الحماميات، بلدتي الفوعة وكفريا، قرية خان الأحمر.
func (s *state) unknownPlaces() {
	covered := s.tokensTaken(true, false) // tokens of a gazetteer match
	for i := 0; i+1 < len(s.toks); i++ {
		if !s.toks[i+1].Joined {
			continue // a settlement noun in construct: the name follows
		}
		// The noun is the token or follows one or two clitic letters:
		// most tokens can be none of them.
		if !afterClitics(s.toks[i].Text, settlementSigs.MayHave) {
			continue
		}
		noun := ""
		var buf tokenize.StemBuf
		for _, st := range buf.Stems(s.toks[i].Text) {
			// Every settlement noun starts with ب، ق or م and is short;
			// testing that first spares most map lookups.
			if len(st.Text) > 12 || !strings.HasPrefix(st.Text, "ب") && !strings.HasPrefix(st.Text, "ق") && !strings.HasPrefix(st.Text, "م") {
				continue
			}
			if settlementNouns[st.Text] {
				noun = st.Text
				break
			}
		}
		if noun == "" {
			continue
		}
		if i > 0 && s.toks[i].Joined {
			if p := []rune(s.toks[i-1].Text); p[0] >= '0' && p[0] <= '9' || countWords[s.toks[i-1].Text] {
				continue
			}
		}
		first, waw := i+1, false
		for {
			end, ok := s.settlementName(first, waw, covered)
			if !ok {
				break
			}
			s.addUnknown(gazetteer.TypePlace, first, end, waw, ViaCue, "")
			// بلدتي الفوعة وكفريا: a second name joined by و.
			if !pluralNouns[noun] || end >= len(s.toks) || !s.toks[end].Joined {
				break
			}
			if r := []rune(s.toks[end].Text); len(r) < 3 || r[0] != 'و' {
				break
			}
			first, waw = end, true
		}
	}
}

var venueStop = lex.Set("venueStop")

// venueName reports whether t may name a palace after قصر: not one of the
// corpus's common words (قصر النظر، قصر المدة: shortness), nor a word with
// a pronoun (قصر قامته), nor an adjective (قصر ملكي), nor a verb.
func venueName(t string) bool {
	r := []rune(t)
	switch {
	case venueStop[t] || commonWords[t] || len(r) < 3:
		return false
	case r[len(r)-1] == 'ه' && !strings.HasPrefix(t, "ال"), strings.HasSuffix(t, "ها"), strings.HasSuffix(t, "هم"):
		return false
	case r[len(r)-1] == 'ي' && !strings.HasPrefix(t, "ال"):
		return false
	case r[0] == 'ي' || r[0] == 'ت':
		return false
	}
	return true
}

// afterClitics reports whether has holds for token text t, or for t after
// one or two clitic letters (two bytes each).
func afterClitics(t string, has func(string) bool) bool {
	return has(t) || len(t) > 2 && has(t[2:]) || len(t) > 4 && has(t[4:])
}

// isPalace reports whether w starts with قصر.
func isPalace(w string) bool { return strings.HasPrefix(w, "قصر") }

// unknownVenues reports palaces no gazetteer knows, with the word قصر
// (قصر الحسينية، قصر ويندسور): the venue of a meeting, named as a whole.
func (s *state) unknownVenues() {
	var covered []bool // made for the first candidate: most documents have none
	for i := 0; i+1 < len(s.toks); i++ {
		// قصر, after at most two clitic letters.
		if !s.toks[i+1].Joined || !afterClitics(s.toks[i].Text, isPalace) {
			continue
		}
		if covered == nil {
			covered = s.tokensTaken(true, false)
		}
		prefix := -1
		var buf tokenize.StemBuf
		for _, st := range buf.Stems(s.toks[i].Text) {
			if st.Text == "قصر" {
				prefix = st.Prefix
			}
		}
		if prefix < 0 || covered[i] || covered[i+1] || !venueName(s.toks[i+1].Text) {
			continue
		}
		end, ok := s.settlementName(i+1, false, covered)
		if !ok {
			continue
		}
		s.addUnknownSpan(gazetteer.TypePlace, i, end, s.toks[i].Start+prefix, s.toks[end-1].End, ViaCue)
		markTokens(covered, i, end)
	}
}

// settlementName returns the end of the settlement name starting at token
// first (after its و prefix when waw is set): one word, or two after a
// head word (خان شيخون). It fails on known names, stop words and
// adjectives.
func (s *state) settlementName(first int, waw bool, covered []bool) (int, bool) {
	if covered[first] {
		return 0, false
	}
	t := s.toks[first].Text
	if waw {
		t = trimWaw(t)
	}
	if !s.nameLike(first) || nameStop[t] || notPlaceNames[t] || len([]rune(t)) < 3 || prepositional(t) || !waw && t != trimWaw(t) && !placeHeads[t] {
		return 0, false
	}
	var buf tokenize.StemBuf
	for _, st := range buf.Stems(t) {
		if adminNouns[st.Text] {
			return 0, false
		}
	}
	// An indefinite adjective (بيئية، صناعية) describes the settlement.
	if r := []rune(t); !waw && len(r) > 4 && string(r[len(r)-2:]) == "يه" && string(r[:2]) != "ال" {
		return 0, false
	}
	end := first + 1
	if placeHeads[t] {
		if end >= len(s.toks) || !s.toks[end].Joined || !s.nameLike(end) || notPlaceNames[s.toks[end].Text] {
			return 0, false
		}
		if covered[end] {
			return 0, false
		}
		end++
	}
	if end < len(s.toks) && s.toks[end].Joined && !covered[end] && placeTails[s.toks[end].Text] {
		end++
	}
	return end, true
}

// prepositional reports a word that carries a preposition before its
// article (بالطرف، للقرية): a phrase, not a name in construct.
func prepositional(t string) bool {
	r := []rune(t)
	return len(r) > 4 && (r[0] == 'ب' || r[0] == 'ك' || r[0] == 'ف') && r[1] == 'ا' && r[2] == 'ل' ||
		len(r) > 3 && r[0] == 'ل' && r[1] == 'ل'
}

func trimWaw(t string) string {
	if r := []rune(t); len(r) > 3 && r[0] == 'و' {
		return string(r[1:])
	}
	return t
}

// addUnknown adds a mention of an entity no gazetteer knows, spanning
// tokens [first, end) (without the first token's و prefix when waw is
// set), creating the entity on its first mention.
func (s *state) addUnknown(typ string, first, end int, waw bool, via, role string) {
	start, stop := s.toks[first].Start, s.toks[end-1].End
	if waw {
		start++
	}
	s.addUnknownRole(typ, first, end, start, stop, via, role)
}

// addUnknownRole adds a mention of an entity no gazetteer knows over
// tokens [first, end) and the rune span [start, stop), with the role its
// title names, creating the entity on its first mention.
func (s *state) addUnknownRole(typ string, first, end, start, stop int, via, role string) {
	key := string(s.text[start:stop])
	idx, ok := s.byName[typ+"/"+key]
	if !ok {
		idx = len(s.out.Entities)
		s.byName[typ+"/"+key] = idx
		// The name from the original spelling: إلياس and آلان begin
		// with no article, فاطمة ends in a vowel.
		a, b := s.in.Text.Span(start, stop)
		s.out.Entities = append(s.out.Entities, Entity{Out: doc.Entity{
			ID: "x-" + Slug(key), Type: typ, Name: Transliterate(s.in.Text.Original(a, b)), Gazetteer: false,
		}})
	}
	s.addMention(idx, first, end, start, stop, via, role)
}

// repeatUnknown adds the later (and earlier) bare occurrences of the
// names no gazetteer knows, once one of them was introduced by a title
// or a settlement noun: اللواء سالم ولد عبد الله … وقال ولد عبد الله.
// Only the whole name counts, with a clitic prefix allowed on its first
// word.
func (s *state) repeatUnknown() {
	type name struct {
		entity int
		toks   []string
	}
	byFirst := map[string][]name{}
	taken := s.tokensTaken(false, true)
	seen := map[int]bool{}
	for _, m := range s.out.Mentions {
		// A body's repetitions are found by its own rule.
		if s.out.Entities[m.Entity].Entry != nil || seen[m.Entity] || m.Via == ViaBody {
			continue
		}
		seen[m.Entity] = true
		var toks []string
		for k := m.First; k < m.Last; k++ {
			toks = append(toks, s.toks[k].Text)
		}
		// The و a second name of a list carried (وكفريا) is not the name.
		if m.Start > s.toks[m.First].Start {
			toks[0] = trimWaw(toks[0])
		}
		byFirst[toks[0]] = append(byFirst[toks[0]], name{m.Entity, toks})
	}
	if len(byFirst) == 0 {
		return
	}
	// A signature filter spares most tokens the stemming; a name in ال
	// may follow لل (للحماميات), which no suffix of the token shows.
	sigs, definite := wordsig.Of(byFirst), false
	for k := range byFirst {
		definite = definite || strings.HasPrefix(k, "ال")
	}
	for i := range s.toks {
		if taken[i] {
			continue
		}
		if t := s.toks[i].Text; !afterClitics(t, sigs.MayHave) && !(definite && strings.HasPrefix(t, "لل")) {
			continue
		}
		var buf tokenize.StemBuf
	stem:
		for _, st := range buf.Stems(s.toks[i].Text) {
			for _, n := range byFirst[st.Text] {
				end := i + len(n.toks)
				if end > len(s.toks) {
					continue
				}
				ok := true
				for k := 1; k < len(n.toks); k++ {
					if taken[i+k] || !s.toks[i+k].Joined || s.toks[i+k].Text != n.toks[k] {
						ok = false
						break
					}
				}
				if !ok {
					continue
				}
				s.addMention(n.entity, i, end, s.toks[i].Start+st.Prefix, s.toks[end-1].End, ViaName, "")
				markTokens(taken, i, end)
				break stem
			}
		}
	}
}

// tokensTaken marks the tokens inside the tagger's matches (with
// matches) and inside the mentions found so far (with mentions).
//
// The slice is the state's one buffer, valid until the next call: the
// rules that use it run one after the other.
func (s *state) tokensTaken(matches, mentions bool) []bool {
	if cap(s.takenBuf) < len(s.toks) {
		s.takenBuf = make([]bool, len(s.toks))
	}
	taken := s.takenBuf[:len(s.toks)]
	clear(taken)
	if matches {
		for _, m := range s.in.Matches {
			markTokens(taken, m.First, m.Last)
		}
	}
	if mentions {
		for _, m := range s.out.Mentions {
			markTokens(taken, m.First, m.Last)
		}
	}
	return taken
}

// markTokens marks the tokens [first, last).
func markTokens(taken []bool, first, last int) {
	for k := first; k < last; k++ {
		taken[k] = true
	}
}
