package meeting

import (
	"slices"
	"time"

	"github.com/extract-news/extract/pipeline/doc"
	"github.com/extract-news/extract/pipeline/gazetteer"
)

// headOfState are the offices of a head of state who leads a country at
// summits when its gazetteer entry names no other (Entry.Leader: the
// prime minister of a parliamentary state). A supreme leader does not go.
var headOfState = []string{"president", "king", "emir"}

// summitMembers returns the people of the document, not yet among f's,
// who sat at f's summit: f is a summit named after an organization of
// states (قمة مجموعة السبع، قمة حلف الناتو) that took place, and each
// person led one of its members on the summit's day, or held one of the
// offices that sit there (Entry.Members, Entry.Heads). An article on the
// G7 summit that tells what Trump said to Macron there names Macron only
// as spoken to; he was there as France's president. sents are the
// sentences that first name them, in the order of people.
func (s *docState) summitMembers(f *found, date *doc.Date) (people, sents []int) {
	if f.summit < 0 || f.status != doc.Occurred {
		return nil, nil
	}
	org := s.in.Resolved.Entities[f.summit].Entry
	if org == nil || org.Type != gazetteer.TypeOrganization || len(org.Members)+len(org.Heads) == 0 {
		return nil, nil
	}
	day := s.in.Published
	if date != nil {
		if d, err := time.Parse("2006-01-02", date.Value); err == nil {
			day = d
		}
	}
	if day.IsZero() {
		return nil, nil
	}
	first := make(map[int]int)
	for _, m := range s.in.Resolved.Mentions {
		if _, ok := first[m.Entity]; !ok {
			first[m.Entity] = m.Sentence
		}
	}
	for i, e := range s.in.Resolved.Entities {
		if e.Entry == nil || e.Out.Type != gazetteer.TypePerson || slices.Contains(f.people, i) || !s.sits(e.Entry, org, day) {
			continue
		}
		if k, ok := first[i]; ok {
			people = append(people, i)
			sents = append(sents, k)
		}
	}
	return people, sents
}

// sits reports whether the person p sat at a summit of org on day.
func (s *docState) sits(p, org *gazetteer.Entry, day time.Time) bool {
	for _, r := range p.Roles {
		if !r.Holds(day) {
			continue
		}
		if r.Country == "" {
			if slices.Contains(org.Heads, r.Role) {
				return true
			}
			continue
		}
		if !s.member(org, r.Country, day) {
			continue
		}
		if lead := s.x.g.LeaderOffice(r.Country); lead != "" {
			if r.Role == lead {
				return true
			}
		} else if slices.Contains(headOfState, r.Role) {
			return true
		}
	}
	return false
}

// member reports whether country cc was a member of org on day.
func (s *docState) member(org *gazetteer.Entry, cc string, day time.Time) bool {
	for _, m := range org.Members {
		if c, from, ok := gazetteer.Member(m); ok && c == cc && !day.Before(from) {
			return true
		}
	}
	return false
}
