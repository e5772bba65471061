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
		if utf8.RuneCountInString(last) < minSurname || commonWords[last] || nameEnders[last] || nameJoiners[last] || s.r.given[last] || cliticNoun(last) {
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
	// A signature filter spares most tokens the stemming (a surname may
	// follow one or two clitic letters: و، ب، ل، ف; one in ال may follow
	// لل, which no suffix of the token shows).
	sigs := wordsig.Of(bySurname)
	var buf tokenize.StemBuf
	for i := range s.toks {
		if t := s.toks[i].Text; taken[i] || !afterClitics(t, sigs.MayHave) && !strings.HasPrefix(t, "لل") && !strings.HasPrefix(t, "ولل") {
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
			if i > 0 && s.toks[i].Joined && !taken[i-1] && (s.freeNameWord(i-1, true) || s.givenName(i-1) || s.definiteName(i-1)) ||
				i+1 < len(s.toks) && s.toks[i+1].Joined && (nameJoiners[s.toks[i+1].Text] || s.givenName(i+1)) {
				break
			}
			s.addMention(e, i, i+1, s.toks[i].Start+st.Prefix, s.toks[i].End, ViaSurname, "")
			taken[i] = true
			break
		}
	}
}

// definiteName reports a definite word that may be a name's (الصادق in
// الصادق المهدي): name-like and not one of the commonest words.
func (s *state) definiteName(i int) bool {
	t := s.toks[i].Text
	return strings.HasPrefix(t, "ال") && s.nameLike(i) && !commonWords[t]
}
