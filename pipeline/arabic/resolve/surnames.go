package resolve

import (
	"strings"
	"unicode/utf8"

	"github.com/extract-news/extract/pipeline/gazetteer"
	"github.com/extract-news/extract/pipeline/internal/wordsig"
	"github.com/extract-news/extract/pipeline/tokenize"
)

// ViaSurname marks a later mention of a person no list knows by the last
// word of the name the document introduced them with (السفير الخريجي
// after السفير السعودي وليد بن عبد الكريم الخريجي).
const ViaSurname = "surname"

// minSurname is the fewest letters a surname must have to be linked
// alone: shorter words (علي، عمر) are as often other words or names.
const minSurname = 4

// surnames links the last word of an unknown person's name, standing
// alone after the person was introduced, to that person: وقال كيران،
// والتقى السفير الخريجي. Not a given name (محمد علي: علي), a common word,
// a word of a longer name (the words either side are free name words),
// nor a surname two people of the document share.
func (s *state) surnames() {
	keys := map[int]string{}
	for k, v := range s.byName {
		if name, ok := strings.CutPrefix(k, gazetteer.TypePerson+"/"); ok {
			keys[v] = name
		}
	}
	bySurname := map[string]int{}
	for idx, e := range s.out.Entities {
		if e.Entry != nil || e.Out.Type != gazetteer.TypePerson {
			continue
		}
		f := strings.Fields(keys[idx])
		if len(f) < 2 {
			continue
		}
		last := f[len(f)-1]
		// A noun behind ب or ل (لمحاولة) ends a name read too far.
		if utf8.RuneCountInString(last) < minSurname || commonWords[last] || nameEnders[last] || nameJoiners[last] || s.r.given[last] || prepositionalNoun(last) {
			continue
		}
		if prev, ok := bySurname[last]; ok && prev != idx {
			bySurname[last] = -1 // two people: neither
			continue
		}
		bySurname[last] = idx
	}
	if len(bySurname) == 0 {
		return
	}
	// The first token of each person's first mention: a surname links
	// only after the person is introduced.
	firstAt := map[int]int{}
	for _, m := range s.out.Mentions {
		if at, ok := firstAt[m.Entity]; !ok || m.First < at {
			firstAt[m.Entity] = m.First
		}
	}
	taken := s.tokensTaken(true, true)
	// وليد بخاري … بخاري، لويس روبيو … روبيو: a listed person's short
	// form the document never backs (no longer name, no title or
	// description of theirs) is the surname of the person it introduced.
	bare := s.bareShortForms()
	// وكان بخاري زار: a listed person's short form nothing resolved is
	// free for the surname too.
	mentioned := s.tokensTaken(false, true)
	// A signature filter spares most tokens the stemming (a surname may
	// follow one or two clitic letters: و، ب، ل، ف; one in ال may follow
	// لل, which no suffix of the token shows).
	sigs := wordsig.Of(bySurname)
	var buf tokenize.StemBuf
	for i := range s.toks {
		mi, isBare := bare[i]
		free := !taken[i] || isBare || !mentioned[i] && s.personShortForm(i)
		if t := s.toks[i].Text; !free || !afterClitics(t, sigs.MayHave) && !strings.HasPrefix(t, "لل") && !strings.HasPrefix(t, "ولل") {
			continue
		}
		for _, st := range buf.Stems(s.toks[i].Text) {
			e, ok := bySurname[st.Text]
			if !ok || e < 0 || firstAt[e] > i {
				continue
			}
			// A word of a longer name: a free word before it (سالم
			// الخريجي), or بن or a given name after it. A verb after it is
			// the person's (الخريجي استدعي).
			// (Not behind a clitic: غير ملائم لروبيو.)
			// (Nor after a title: الكاهن روبيو.)
			if st.Prefix == 0 && i > 0 && s.toks[i].Joined && !taken[i-1] && !s.isMatched(i-1) && (s.freeNameWord(i-1, true) || s.givenName(i-1) || s.definiteName(i-1)) ||
				i+1 < len(s.toks) && s.toks[i+1].Joined && (nameJoiners[s.toks[i+1].Text] || s.givenName(i+1)) {
				break
			}
			if isBare {
				// باراك حسين أوباما … أوباما: a name that starts as a
				// form of the listed person does is that person, spelled
				// longer; leave the short form theirs.
				m := &s.out.Mentions[mi]
				if sameGiven(s.out.Entities[m.Entity].Entry, keys[e]) {
					break
				}
				m.Entity, m.Via = e, ViaSurname
				break
			}
			s.addMention(e, i, i+1, s.toks[i].Start+st.Prefix, s.toks[i].End, ViaSurname, "")
			taken[i] = true
			break
		}
	}
}

// prepositionalNoun reports ب or ل before a noun the news uses often or
// with the article (لمحاولة، برصاص): a name's last word read too far,
// not a surname (بخاري).
func prepositionalNoun(t string) bool {
	r := []rune(t)
	if len(r) < 4 || r[0] != 'ب' && r[0] != 'ل' {
		return false
	}
	return newsWord(string(r[1:]))
}

// newsWord reports a word the news uses in the most documents or writes
// most often with the article (commonWords, definiteNouns): a noun, an
// adjective or a verb of the news, not a name.
func newsWord(w string) bool {
	return commonWords[w] || definiteNouns[w]
}

// bareShortForms maps the token of each one-word mention of a listed
// person whom the document names only so (no mention of two words or
// more, none after a title or by a description) to the mention's index.
func (s *state) bareShortForms() map[int]int {
	backed := map[int]bool{}
	for _, m := range s.out.Mentions {
		// A title backs the person when it names an office of theirs
		// (not الوزير بخاري for Nigeria's president).
		if m.Last-m.First > 1 || m.Via == ViaDescription || m.Via == ViaTitle || m.Titled && holdsRole(s.out.Entities[m.Entity].Entry, m.Role) {
			backed[m.Entity] = true
		}
	}
	var bare map[int]int
	for mi, m := range s.out.Mentions {
		e := s.out.Entities[m.Entity]
		if e.Entry == nil || e.Out.Type != gazetteer.TypePerson || backed[m.Entity] || m.Last-m.First != 1 {
			continue
		}
		if bare == nil {
			bare = map[int]int{}
		}
		bare[m.First] = mi
	}
	return bare
}

// sameGiven reports whether the name key of an unknown person starts
// with the first word of one of listed entry p's forms.
func sameGiven(p *gazetteer.Entry, key string) bool {
	f := strings.Fields(key)
	if p == nil || len(f) == 0 {
		return false
	}
	for _, form := range append([]string{p.NameAr}, p.Aliases...) {
		if t := gazetteer.FormTokens(form); len(t) > 1 && t[0] == f[0] {
			return true
		}
	}
	return false
}

// holdsRole reports whether entry e (nil: no) has role, or one of its
// specific offices (un-envoy covers un-envoy-syria).
func holdsRole(e *gazetteer.Entry, role string) bool {
	if role == "" || e == nil {
		return false
	}
	for _, r := range e.Roles {
		if coversRole(role, r.Role) {
			return true
		}
	}
	return false
}

// definiteName reports a definite word that may be a name's (الصادق in
// الصادق المهدي): name-like and not one of the commonest words.
func (s *state) definiteName(i int) bool {
	t := s.toks[i].Text
	return strings.HasPrefix(t, "ال") && s.nameLike(i) && !commonWords[t]
}
