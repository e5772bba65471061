package resolve

import (
	"strings"

	"github.com/extract-news/extract/pipeline/gazetteer"
)

// mergeUnknownPeople makes one entity of the people no list knows that a
// document names in several ways: a shorter name inside a longer one
// (عواد بن صالح in the headline, عواد بن صالح العواد in the body), or the
// same words spelled a letter apart or shortened (غاريث ساوثغيت /
// غاريث ساوثغيث، ماركوس / مارك زوكربيرغ). The longer name, then the
// first seen, keeps the id; mentions of the other move to it.
func (s *state) mergeUnknownPeople() {
	type cand struct {
		idx  int
		toks []string
	}
	keys := map[int]string{}
	for k, v := range s.byName {
		if name, ok := strings.CutPrefix(k, gazetteer.TypePerson+"/"); ok {
			keys[v] = name
		}
	}
	var cs []cand
	for idx, e := range s.out.Entities {
		if e.Entry != nil || e.Out.Type != gazetteer.TypePerson {
			continue
		}
		if f := strings.Fields(keys[idx]); len(f) >= 2 {
			cs = append(cs, cand{idx, f})
		}
	}
	if len(cs) < 2 {
		return
	}
	into := make(map[int]int, len(cs))
	for a := range cs {
		for b := range cs {
			if a == b || into[cs[a].idx] != 0 || into[cs[b].idx] != 0 {
				continue
			}
			x, y := cs[a], cs[b] // merge x into y?
			if len(x.toks) > len(y.toks) || len(x.toks) == len(y.toks) && x.idx < y.idx {
				continue
			}
			if len(x.toks) < len(y.toks) && containsRun(y.toks, x.toks) || len(x.toks) == len(y.toks) && sameName(x.toks, y.toks) {
				into[x.idx] = y.idx + 1
			}
		}
	}
	if len(into) == 0 {
		return
	}
	for k := range s.out.Mentions {
		if t := into[s.out.Mentions[k].Entity]; t != 0 {
			s.out.Mentions[k].Entity = t - 1
		}
	}
}

// containsRun reports whether the words of short occur in long in a row.
func containsRun(long, short []string) bool {
	for i := 0; i+len(short) <= len(long); i++ {
		ok := true
		for k := range short {
			if long[i+k] != short[k] {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// sameName reports two spellings of one name: word by word equal, a
// letter apart (words of four letters or more), or one a shortening of
// the other (مارك / ماركوس), with at least one word equal.
func sameName(a, b []string) bool {
	equal := 0
	for k := range a {
		x, y := []rune(a[k]), []rune(b[k])
		switch {
		case a[k] == b[k]:
			equal++
		case len(x) >= 4 && len(y) >= 4 && oneApart(x, y):
		case len(x) >= 3 && len(y) >= 3 && (strings.HasPrefix(a[k], b[k]) || strings.HasPrefix(b[k], a[k])):
		default:
			return false
		}
	}
	return equal > 0
}

// oneApart reports whether x and y differ by one substitution,
// insertion or deletion.
func oneApart(x, y []rune) bool {
	if len(x) > len(y) {
		x, y = y, x
	}
	if len(y)-len(x) > 1 {
		return false
	}
	i := 0
	for i < len(x) && x[i] == y[i] {
		i++
	}
	if len(x) == len(y) {
		return string(x[i+1:]) == string(y[i+1:])
	}
	return string(x[i:]) == string(y[i+1:])
}

// placeOfOtherCountry reports whether a sentence names a place of a
// country other than country before a mention of entity idx: في الدوحة،
// رأت وزارة الخارجية is Qatar's ministry whatever ministry came before.
func (s *state) placeOfOtherCountry(idx int, country string) bool {
	for _, m := range s.out.Mentions {
		if m.Entity != idx {
			continue
		}
		for _, p := range s.out.Mentions {
			e := &s.out.Entities[p.Entity]
			if p.Sentence == m.Sentence && p.Start < m.Start && e.Out.Type == gazetteer.TypePlace &&
				e.Out.Country != "" && e.Out.Country != country {
				return true
			}
		}
	}
	return false
}

// linkBareMinistries gives a ministry named bare (وزارة العدل، وزارة
// الخارجية), a body no list knows, to the one ministry a document named
// before with that name and its country (وزارة العدل الأميركية …
// وزارة العدل، الخارجية الإماراتية … وزارة الخارجية): one body, as a
// reader takes it. When ministries of two countries were so named, or
// none before, the bare name stays a body of its own.
func (s *state) linkBareMinistries() {
	const ministry = "وزاره"
	type bare struct {
		key   string // the bare name, analysis form
		first int    // its first mention's start
		ok    bool
	}
	var bares map[int]*bare
	for _, m := range s.out.Mentions {
		e := &s.out.Entities[m.Entity]
		if e.Entry != nil || e.Out.Type != gazetteer.TypeOrganization || m.Via != ViaBody {
			continue
		}
		text := string(s.text[m.Start:m.End])
		name, ok := strings.CutPrefix(text, ministry+" ")
		if !ok && bares[m.Entity] == nil {
			continue
		}
		if bares == nil {
			bares = map[int]*bare{}
		}
		b := bares[m.Entity]
		if b == nil {
			b = &bare{key: text, first: m.Start, ok: ok && !strings.Contains(name, " ")}
			bares[m.Entity] = b
		}
		b.ok = b.ok && text == b.key
		b.first = min(b.first, m.Start)
	}
	for idx, b := range bares {
		if !b.ok {
			continue
		}
		name := strings.TrimPrefix(b.key, ministry+" ")
		target, n := -1, 0
		for _, m := range s.out.Mentions {
			e := &s.out.Entities[m.Entity]
			if m.Entity == idx || m.Entity == target || m.Start >= b.first || e.Out.Type != gazetteer.TypeOrganization || e.Out.Country == "" {
				continue
			}
			text := string(s.text[m.Start:m.End])
			if strings.HasPrefix(text, b.key+" ") || strings.HasPrefix(text, name+" ") {
				target, n = m.Entity, n+1
			}
		}
		if n != 1 || s.placeOfOtherCountry(idx, s.out.Entities[target].Out.Country) {
			continue
		}
		for k := range s.out.Mentions {
			if s.out.Mentions[k].Entity == idx {
				s.out.Mentions[k].Entity = target
			}
		}
	}
}
