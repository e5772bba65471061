package resolve

import (
	"strings"

	"github.com/extract-news/extract/pipeline/gazetteer"
)

var (
	ministerWords = lex.Set("ministerWords")
	ownForeign    = lex.Set("ownForeign")
	ownDefence    = lex.Set("ownDefence")
	ownInterior   = lex.Set("ownInterior")
)

// ownOffice returns the role of a ministry named with a pronoun of whose
// it is (خارجيته، دفاعها), "" for any other word.
func ownOffice(t string) string {
	// The cheap test first: a pronoun's ه at the end or before ا.
	if !strings.HasSuffix(t, "ه") && !strings.HasSuffix(t, "ها") {
		return ""
	}
	switch {
	case ownForeign[t]:
		return "foreign-minister"
	case ownDefence[t]:
		return "defence-minister"
	case ownInterior[t]:
		return "interior-minister"
	}
	return ""
}

// ownMinisters resolves a minister named by the pronoun of whose minister
// he is, joined by و right after that person (تميم ووزير خارجيته) or
// country (ه for a person, ها for a person, a country or a national
// body), to the holder of that office in that country on the publication
// date. A name right after it is that minister's own, as after any
// title: the description then adds nothing.
func (s *state) ownMinisters() {
	for i := 0; i+1 < len(s.toks); i++ {
		// The cheap test first: a ministry with a pronoun next.
		next := s.toks[i+1].Text
		role := ownOffice(next)
		if role == "" || !s.toks[i+1].Joined || s.toks[i+1].Sentence != s.toks[i].Sentence || s.starts[i] || !hasStem(ministerWords, s.toks[i].Text) || s.resolvedTok(i+1) {
			continue
		}
		// وزير خارجيته ري يونغ هو: the name is his.
		if i+2 < len(s.toks) && s.toks[i+2].Joined && (s.personNameAt(i+2) || s.nameLike(i+2) && s.givenName(i+2)) {
			continue
		}
		// Only joined by و to whose minister he is (أردوغان ووزير خارجيته):
		// farther off, whose he is may be in another clause, and no party
		// of what this one tells (كما خطط لها أردوغان، عاد وزير خارجيته).
		if !strings.HasPrefix(s.toks[i].Text, "و") || ministerWords[s.toks[i].Text] {
			continue
		}
		feminine := strings.HasSuffix(next, "ها")
		country, whose := "", -1
		for k := len(s.out.Mentions) - 1; k >= 0; k-- {
			m := s.out.Mentions[k]
			if m.Sentence != s.toks[i].Sentence || m.Last != i {
				continue
			}
			e := s.out.Entities[m.Entity]
			if e.Out.Type == gazetteer.TypePerson || feminine && e.Out.Country != "" {
				country, whose = e.Out.Country, m.Entity
				break
			}
		}
		if country == "" {
			continue
		}
		h := s.holder(role, country)
		if idx, ok := s.byEntry[h]; h < 0 || ok && idx == whose {
			continue // نتنياهو ووزير خارجيته: himself, in 2018
		}
		start := s.toks[i].Start + 1 // after و
		s.addMention(s.entityFor(h), i, i+2, start, s.toks[i+1].End, ViaDescription, role)
		i++
	}
}

// personNameAt reports a mention of a person by name (not by a
// description) that starts at token i.
func (s *state) personNameAt(i int) bool {
	for _, m := range s.out.Mentions {
		if m.First == i && m.Via != ViaDescription && s.out.Entities[m.Entity].Out.Type == gazetteer.TypePerson {
			return true
		}
	}
	return false
}
