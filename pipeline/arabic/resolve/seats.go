package resolve

import (
	"github.com/extract-news/extract/pipeline/doc"
	"github.com/extract-news/extract/pipeline/gazetteer"
)

// seatBodies are the seats of government whose name stands for the
// office that sits there (قال البيت الأبيض، المتحدث باسم الكرملين): the
// place's gazetteer id → the body's English name. A mention of the seat
// is the place only where a text puts something in it (في البيت الأبيض،
// بالكرملين، زار الإليزيه); every other mention is the body.
var seatBodies = map[string]string{
	"white-house":    "White House",
	"kremlin":        "Kremlin",
	"blue-house":     "Blue House",
	"elysee-palace":  "Élysée",
	"downing-street": "Downing Street",
}

var seatCues = lex.Set("seatCues")

// seats moves the mentions of a seat of government that do not name a
// place to an organization of its own (id: the place's id with -body).
func (s *state) seats() {
	for k := range s.out.Mentions {
		m := &s.out.Mentions[k]
		e := s.out.Entities[m.Entity].Entry
		if e == nil || e.Type != gazetteer.TypePlace || m.InTitle {
			continue
		}
		name, ok := seatBodies[e.ID]
		if !ok || s.seatPlace(m) {
			continue
		}
		key := gazetteer.TypeOrganization + "/" + e.ID
		idx, ok := s.byName[key]
		if !ok {
			idx = len(s.out.Entities)
			s.byName[key] = idx
			s.out.Entities = append(s.out.Entities, Entity{Out: doc.Entity{
				ID: e.ID + "-body", Type: gazetteer.TypeOrganization, Name: name, NameAr: e.NameAr,
				Gazetteer: true, Country: e.Country,
			}})
		}
		m.Entity = idx
	}
}

// seatPlace reports whether mention m of a seat names the place: a ب
// clitic on it (بالبيت الأبيض), or a seat cue right before it.
func (s *state) seatPlace(m *Mention) bool {
	tok := []rune(s.toks[m.First].Text)
	if off := m.Start - s.toks[m.First].Start; off > 0 && off <= len(tok) && tok[off-1] == 'ب' {
		return true
	}
	if m.First == 0 || s.toks[m.First-1].Sentence != m.Sentence {
		return false
	}
	return hasStem(seatCues, s.toks[m.First-1].Text)
}
