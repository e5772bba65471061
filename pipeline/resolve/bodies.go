package resolve

import (
	"strings"

	"github.com/extract-news/extract/pipeline/doc"
	"github.com/extract-news/extract/pipeline/gazetteer"
	"github.com/extract-news/extract/pipeline/tokenize"
)

// ViaBody marks an organization no gazetteer knows, named by a body and a
// nationality (الخارجية الإيرانية، الحكومة اليمنية) or by a head word and
// a name (جامعة كولومبيا، نقابة الصحفيين الفلسطينيين).
const ViaBody = "body"

// nationalBody is a state body named by a noun and a nationality
// (الحكومة السورية) or a country in construct (حكومة كوريا الشمالية).
type nationalBody struct {
	// head is the noun's analysis form, definite (الحكومه) or in
	// construct (حكومه); two words for the compound heads (القوات
	// المسلحه).
	head string
	// name formats the body's English name with the country's.
	name string
	// slug is the id's stem: x-<slug>-<country code>.
	slug string
}

// nationalBodies are the bodies of a state named with its nationality.
// The government, regime and administration of a country are one body,
// as analysts code them; so are its army and its armed forces. Not
// السلطات or القوات alone: officials or troops in a place more often than
// a body.
var nationalBodies = bodyTable([]nationalBody{
	{"الحكومة", "Government of %s", "government"},
	{"النظام", "Government of %s", "government"},
	{"الإدارة", "Government of %s", "government"},
	{"القوات المسلحة", "%s Armed Forces", "armed-forces"},
	{"الجيش", "%s Armed Forces", "armed-forces"},
	{"الخارجية", "Ministry of Foreign Affairs (%s)", "ministry-of-foreign-affairs"},
	{"وزارة الخارجية", "Ministry of Foreign Affairs (%s)", "ministry-of-foreign-affairs"},
	{"الداخلية", "Ministry of Interior (%s)", "ministry-of-interior"},
	{"وزارة الداخلية", "Ministry of Interior (%s)", "ministry-of-interior"},
	{"وزارة الدفاع", "Ministry of Defence (%s)", "ministry-of-defence"},
	{"المخابرات", "%s intelligence", "intelligence"},
	{"المخابرات العامة", "%s intelligence", "intelligence"},
	{"الاستخبارات", "%s intelligence", "intelligence"},
	{"المخابرات الوطنية", "%s intelligence", "intelligence"},
	{"الدفاعات الجوية", "%s Air Defense Force", "air-defense"},
	{"البرلمان", "Parliament of %s", "parliament"},
	{"الشرطة", "%s Police", "police"},
	{"السفارة", "Embassy of %s", "embassy"},
	{"المعارضة", "%s opposition", "opposition"},
	{"المنتخب", "%s national football team", "national-team"},
	{"قوات الأمن", "%s security forces", "security-forces"},
	{"حكومة", "Government of %s", "government"},
	{"إدارة", "Government of %s", "government"},
	{"قوات", "%s Armed Forces", "armed-forces"},
	{"جيش", "%s Armed Forces", "armed-forces"},
	{"برلمان", "Parliament of %s", "parliament"},
	{"سفارة", "Embassy of %s", "embassy"},
	{"منتخب", "%s national football team", "national-team"},
	{"وزارة خارجية", "Ministry of Foreign Affairs (%s)", "ministry-of-foreign-affairs"},
	{"وزارة داخلية", "Ministry of Interior (%s)", "ministry-of-interior"},
	{"وزارة دفاع", "Ministry of Defence (%s)", "ministry-of-defence"},
})

func bodyTable(bs []nationalBody) map[string]nationalBody {
	m := make(map[string]nationalBody, len(bs))
	for _, b := range bs {
		m[strings.Join(gazetteer.FormTokens(b.head), " ")] = b
	}
	return m
}

// nationalBodies reports the state bodies named with a nationality or a
// country that no gazetteer entry covers: الحكومة اليمنية، الخارجية
// الإيرانية، القوات المسلحة المصرية، حكومة كوريا الشمالية.
func (s *state) nationalBodies() {
	for i, m := range s.in.Matches {
		k := s.kinds[i]
		var country *gazetteer.Entry
		construct := false
		switch {
		case k.demonym >= 0 && k.entity < 0 && k.title < 0:
			country = s.r.g.Entry(k.demonym)
		case s.isCountry(k.entity) && m.Prefix == 0:
			country, construct = s.r.g.Entry(k.entity), true
		default:
			continue
		}
		if m.First == 0 || !s.toks[m.First].Joined || m.Prefix != 0 {
			continue
		}
		// The head: one or two words right before, outside every match.
		for n := 2; n >= 1; n-- {
			first := m.First - n
			if first < 0 || s.isMatched(first) || s.isMatched(m.First-1) {
				continue
			}
			ok := true
			for k := first + 1; k <= m.First-1; k++ {
				if !s.toks[k].Joined {
					ok = false
				}
			}
			if !ok {
				continue
			}
			var buf tokenize.StemBuf
			for _, st := range buf.Stems(s.toks[first].Text) {
				key := st.Text
				for k := first + 1; k < m.First; k++ {
					key += " " + s.toks[k].Text
				}
				b, found := nationalBodies[key]
				words := strings.Fields(key)
				if !found || construct == strings.HasPrefix(words[len(words)-1], "ال") {
					continue
				}
				s.addBody(b, country, first, m.Last, s.toks[first].Start+st.Prefix, m.End)
				n = 0
				break
			}
		}
	}
}

// addBody adds a mention of the national body b of country, creating its
// entity on the first mention.
func (s *state) addBody(b nationalBody, country *gazetteer.Entry, first, last, start, end int) {
	if e, ok := s.r.bodies[b.slug+"/"+country.Country]; ok {
		// A gazetteer entry for that body (iran-government).
		s.addMention(s.entityFor(e), first, last, start, end, ViaBody, "")
		return
	}
	id := "x-" + b.slug + "-" + strings.ToLower(country.Country)
	idx, ok := s.byName[gazetteer.TypeOrganization+"/"+id]
	if !ok {
		idx = len(s.out.Entities)
		s.byName[gazetteer.TypeOrganization+"/"+id] = idx
		s.out.Entities = append(s.out.Entities, Entity{Out: doc.Entity{
			ID: id, Type: gazetteer.TypeOrganization, Name: strings.Replace(b.name, "%s", country.Name, 1),
			Gazetteer: false, Country: country.Country,
		}})
	}
	s.addMention(idx, first, last, start, end, ViaBody, "")
}

// bodyEntries indexes the organizations of the gazetteer that are a
// national body (an Arabic form made of a body's head and one more word,
// in a country): slug/country → entry.
func bodyEntries(g *gazetteer.Compiled) map[string]int32 {
	m := map[string]int32{}
	for i, e := range g.Set.Entries {
		if e.Type != gazetteer.TypeOrganization || e.Country == "" {
			continue
		}
		for _, f := range append([]string{e.NameAr}, e.Aliases...) {
			toks := gazetteer.FormTokens(f)
			for n := 1; n <= 2 && n < len(toks); n++ {
				if len(toks)-n > 2 {
					continue
				}
				if b, ok := nationalBodies[strings.Join(toks[:n], " ")]; ok {
					if _, dup := m[b.slug+"/"+e.Country]; !dup {
						m[b.slug+"/"+e.Country] = int32(i)
					}
				}
			}
		}
	}
	return m
}
