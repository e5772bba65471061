package resolve

import (
	"strings"

	"github.com/extract-news/extract/pipeline/gazetteer"
	"github.com/extract-news/extract/pipeline/tokenize"
)

var (
	ministerTitles  = lex.Set("ministerTitles")
	delegationWords = lex.Set("delegationWords")
	ledBy           = lex.Set("ledBy")
)

// memberOf resolves a bare title with a nationality that names no office
// of its own: الوزير الفرنسي is the one minister of France named in the
// document. (A delegation, الوفد الأمريكي, is resolved by delegations.)
// It returns the entity (an index of Doc.Entities) and the role, or -1.
func (s *state) memberOf(title int32, country string) (int, string) {
	t := s.r.g.Entry(title)
	form := ""
	if len(t.Aliases) > 0 {
		form = strings.Join(gazetteer.FormTokens(t.Aliases[0]), " ")
	}
	if t.ID == "minister" || ministerTitles[form] {
		found := -1
		for idx, e := range s.out.Entities {
			if e.Entry == nil || e.Out.Type != gazetteer.TypePerson || s.headOf(e.Entry) {
				continue
			}
			for _, r := range e.Entry.Roles {
				if r.Country == country && strings.HasSuffix(r.Role, "minister") && r.Role != "prime-minister" &&
					(s.in.Published.IsZero() || r.Holds(s.in.Published)) {
					if found >= 0 && found != idx {
						return -1, ""
					}
					found = idx
				}
			}
		}
		if found >= 0 {
			return found, roleOn(s.out.Entities[found].Entry, s.in.Published)
		}
	}
	return -1, ""
}

// headOf reports whether a person was a head of state or government on
// the publication date: a prime minister who is also foreign minister
// (Netanyahu in 2018) is not "the minister".
func (s *state) headOf(e *gazetteer.Entry) bool {
	for _, r := range e.Roles {
		if (r.Role == "prime-minister" || topOffices[r.Role]) && (s.in.Published.IsZero() || r.Holds(s.in.Published)) {
			return true
		}
	}
	return false
}

// delegations resolves الوفد + nationality (الوفد الأمريكي) to the person
// who leads the delegation: the person named after برئاسة/بقيادة right
// after it, else the last person of that country named before it in the
// document who is not its head of state or government.
func (s *state) delegations() {
	ms := s.in.Matches
	for i, m := range ms {
		k := s.kinds[i]
		// وفد فرنسي: a delegation, not the one the document told of.
		if k.demonym < 0 || k.entity >= 0 || m.First == 0 || m.Prefix != 0 || !s.definite(m) {
			continue
		}
		first := m.First - 1
		if !hasStem(delegationWords, s.toks[first].Text) || s.resolvedTok(first) {
			continue
		}
		country := s.r.g.Entry(k.demonym).Country
		head := -1
		// برئاسة X right after.
		if m.Last+1 < len(s.toks) && ledBy[s.toks[m.Last].Text] {
			if j, ok := s.matchFrom(m.Last + 1); ok {
				if mi := s.kinds[j].mention; mi >= 0 && s.out.Entities[s.out.Mentions[mi].Entity].Out.Type == gazetteer.TypePerson {
					head = s.out.Mentions[mi].Entity
				}
			}
		}
		if head < 0 {
			bestFirst := -1
			for _, pm := range s.out.Mentions {
				e := s.out.Entities[pm.Entity]
				if pm.First >= first || pm.First <= bestFirst || e.Out.Type != gazetteer.TypePerson || e.Out.Country != country {
					continue
				}
				// A head of state or government sends a delegation; one
				// he led would be his visit (التقى الوفد الأمريكي بعد أن
				// أرسله ترامب: not Trump).
				if e.Entry != nil && s.headOf(e.Entry) {
					continue
				}
				head, bestFirst = pm.Entity, pm.First
			}
		}
		if head < 0 {
			continue
		}
		var buf tokenize.StemBuf
		prefix := 0
		for _, st := range buf.Stems(s.toks[first].Text) {
			if delegationWords[st.Text] {
				prefix = st.Prefix
				break
			}
		}
		s.addMention(head, first, m.Last, s.toks[first].Start+prefix, m.End, ViaDescription, "delegation-head")
	}
}
