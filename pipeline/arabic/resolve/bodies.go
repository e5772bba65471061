package resolve

import (
	"sort"
	"strings"

	"github.com/extract-news/extract/pipeline/doc"
	"github.com/extract-news/extract/pipeline/gazetteer"
	"github.com/extract-news/extract/pipeline/internal/wordsig"
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
// a body (the seed reference does not read القوات الروسية as a body, and
// the development reference reads السلطات X as one as often as not).
// Its cabinet is a body of its own (مجلس الوزراء الكويتي).
var nationalBodies = bodyTable([]nationalBody{
	{"مجلس الوزراء", "Cabinet of %s", "cabinet"},
	{"الحكومة", "Government of %s", "government"},
	{"النظام", "Government of %s", "government"},
	{"الإدارة", "Government of %s", "government"},
	{"القوات المسلحة", "Armed Forces of %s", "armed-forces"},
	{"الجيش", "Armed Forces of %s", "armed-forces"},
	{"الخارجية", "Ministry of Foreign Affairs (%s)", "ministry-of-foreign-affairs"},
	{"وزارة الخارجية", "Ministry of Foreign Affairs (%s)", "ministry-of-foreign-affairs"},
	{"الداخلية", "Ministry of Interior (%s)", "ministry-of-interior"},
	{"وزارة الداخلية", "Ministry of Interior (%s)", "ministry-of-interior"},
	{"وزارة الدفاع", "Ministry of Defence (%s)", "ministry-of-defence"},
	{"المخابرات", "Intelligence of %s", "intelligence"},
	{"المخابرات العامة", "Intelligence of %s", "intelligence"},
	{"الاستخبارات", "Intelligence of %s", "intelligence"},
	{"المخابرات الوطنية", "Intelligence of %s", "intelligence"},
	{"جهاز المخابرات", "Intelligence of %s", "intelligence"},
	{"جهاز الاستخبارات", "Intelligence of %s", "intelligence"},
	{"الدفاعات الجوية", "Air Defense Force of %s", "air-defense"},
	{"البرلمان", "Parliament of %s", "parliament"},
	{"الشرطة", "Police of %s", "police"},
	{"السفارة", "Embassy of %s", "embassy"},
	{"المعارضة", "Opposition of %s", "opposition"},
	{"المنتخب", "National team of %s", "national-team"},
	{"قوات الأمن", "Security forces of %s", "security-forces"},
	{"حكومة", "Government of %s", "government"},
	{"إدارة", "Government of %s", "government"},
	{"قوات", "Armed Forces of %s", "armed-forces"},
	{"جيش", "Armed Forces of %s", "armed-forces"},
	{"برلمان", "Parliament of %s", "parliament"},
	{"سفارة", "Embassy of %s", "embassy"},
	{"منتخب", "National team of %s", "national-team"},
	{"وزارة خارجية", "Ministry of Foreign Affairs (%s)", "ministry-of-foreign-affairs"},
	{"وزارة داخلية", "Ministry of Interior (%s)", "ministry-of-interior"},
	{"وزارة دفاع", "Ministry of Defence (%s)", "ministry-of-defence"},
})

// headLastSigs holds the last words of the heads of nationalBodies.
var headLastSigs = func() *wordsig.Set {
	last := map[string]bool{}
	for key := range nationalBodies {
		f := strings.Fields(key)
		last[f[len(f)-1]] = true
	}
	return wordsig.Of(last)
}()

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
		// The cheap test first: the word before ends a body's head.
		if !afterClitics(s.toks[m.First-1].Text, headLastSigs.MayHave) {
			continue
		}
		// The head: one or two words right before, outside every match.
		for n := 2; n >= 1; n-- {
			first := m.First - n
			if first < 0 {
				continue
			}
			office := s.titleTail(first, m.First)
			inTitle := office >= 0
			if !inTitle && (s.resolvedTok(first) || s.resolvedTok(m.First-1)) {
				continue
			}
			rest, joined := s.joinedWords(first+1, m.First)
			if !joined {
				continue
			}
			var buf tokenize.StemBuf
			for _, st := range buf.Stems(s.toks[first].Text) {
				key := st.Text + rest
				b, found := nationalBodies[key]
				words := strings.Fields(key)
				if !found || construct == strings.HasPrefix(words[len(words)-1], "ال") {
					continue
				}
				if inTitle && (st.Prefix > 0 || construct || !titleBodies[words[0]] || !s.agrees(b, office, m.First)) {
					continue
				}
				if st.Prefix == 0 && s.adjectivalHead(first) {
					continue
				}
				last, end := m.Last, m.End
				// المتحدث باسم وزارة الخارجية الأردني: a masculine
				// nationality after a feminine head qualifies the noun
				// before the body; the body is the country's still, named
				// by its head alone.
				if !inTitle && !construct && feminine(words[0]) && !feminine(s.toks[m.First].Text) {
					last, end = m.First, s.toks[m.First-1].End
				}
				mi := s.addBody(b, country, first, last, s.toks[first].Start+st.Prefix, end)
				s.out.Mentions[mi].InTitle = inTitle
				n = 0
				break
			}
		}
	}
}

// inCountryBodies resolves a state body followed by في and a country
// (وزارة الخارجية في لبنان، الحكومة في العراق) to that country's: for the
// bodies of inCountrySlugs, which في places in their own country (not an
// embassy or troops, which في places abroad; not the opposition, an
// adjective as often: الحركة المعارضة في زيمبابوي). The mention is the
// head.
func (s *state) inCountryBodies() {
	for i, m := range s.in.Matches {
		k := s.kinds[i]
		if !s.isCountry(k.entity) || m.Prefix != 0 || m.First < 2 || !s.toks[m.First].Joined || s.toks[m.First-1].Text != "في" || !s.toks[m.First-1].Joined {
			continue
		}
		for n := 2; n >= 1; n-- {
			first := m.First - 1 - n
			if first < 0 || s.resolvedTok(first) || s.resolvedTok(m.First-2) {
				continue
			}
			rest, joined := s.joinedWords(first+1, m.First-1)
			key := s.toks[first].Text + rest
			b, found := nationalBodies[key]
			// السياسة الخارجية في الصين: an adjective, not a ministry.
			if !found || !joined || !strings.HasPrefix(s.toks[m.First-2].Text, "ال") || !inCountrySlugs[b.slug] || s.adjectivalHead(first) {
				continue
			}
			s.addBody(b, s.r.g.Entry(k.entity), first, m.First-1, s.toks[first].Start, s.toks[m.First-2].End)
			break
		}
	}
}

// joinedWords returns the texts of tokens [from, to), each after a
// space, and whether each is joined to the token before it (no
// punctuation between): the words of a body's head after its first.
func (s *state) joinedWords(from, to int) (string, bool) {
	var b strings.Builder
	joined := true
	for k := from; k < to; k++ {
		b.WriteString(" ")
		b.WriteString(s.toks[k].Text)
		joined = joined && s.toks[k].Joined
	}
	return b.String(), joined
}

// inCountrySlugs are the bodies that في and a country name as that
// country's.
var inCountrySlugs = map[string]bool{
	"ministry-of-foreign-affairs": true, "ministry-of-interior": true, "ministry-of-defence": true,
	"government": true, "cabinet": true, "parliament": true,
}

// addBody adds a mention of the national body b of country, creating its
// entity on the first mention.
func (s *state) addBody(b nationalBody, country *gazetteer.Entry, first, last, start, end int) int {
	if e, ok := s.r.bodies[b.slug+"/"+country.Country]; ok {
		// A gazetteer entry for that body (iran-government).
		return s.addMention(s.entityFor(e), first, last, start, end, ViaBody, "")
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
	return s.addMention(idx, first, last, start, end, ViaBody, "")
}

// titleTail returns the first token of the office title that tokens
// [first, end) end, or -1: the body of an office and its nationality,
// الحكومة in رئيس الحكومة اللبنانية, المخابرات in مدير المخابرات الوطنية
// الكورية. Tokens of other matches may not stand in [first, end).
func (s *state) titleTail(first, end int) int {
	// Matches are in text order and a title is a few words long: start
	// a little before first, not at the text's start.
	ms := s.in.Matches
	from := sort.Search(len(ms), func(j int) bool { return ms[j].First >= first-maxTitleTokens })
	for j := from; j < len(ms); j++ {
		t := ms[j]
		if t.First >= first {
			break
		}
		if t.Last > first && t.Last <= end && s.kinds[j].title >= 0 && s.officeTitle(j) {
			for k := t.Last; k < end; k++ {
				if s.resolvedTok(k) {
					return -1
				}
			}
			return t.First
		}
	}
	return -1
}

var titleBodies = lex.Set("titleBodies")

// maxTitleTokens bounds the length in tokens of an office title's match.
const maxTitleTokens = 16

// adjectiveHeads are the short names of ministries that are adjectives
// too (الخارجية، الداخلية).
var adjectiveHeads = lex.Set("adjectiveHeads")

// adjectivalHead reports whether the body head at token first, written
// without a clitic, is an adjective of the definite noun right before it:
// السياسة الخارجية الأمريكية is American foreign policy and التجارة
// الخارجية foreign trade, not the State Department's; after a time word
// (أعلنت اليوم الخارجية الأمريكية) or an indefinite noun (بيان الخارجية،
// مكتب الخارجية البريطاني) it is the ministry.
func (s *state) adjectivalHead(first int) bool {
	if first == 0 || !s.toks[first].Joined || !adjectiveHeads[s.toks[first].Text] {
		return false
	}
	prev := s.toks[first-1].Text
	if nameStop[prev] || nameEnders[prev] {
		return false
	}
	for _, p := range []string{"ال", "لل", "وال", "فال", "بال", "كال", "ولل", "وبال"} {
		if strings.HasPrefix(prev, p) && len([]rune(prev)) > len([]rune(p))+1 {
			return true
		}
	}
	return false
}

// feminine reports a word in ة or ات (analysis form: ه, ات).
func feminine(t string) bool { return strings.HasSuffix(t, "ه") || strings.HasSuffix(t, "ات") }

// agrees reports whether the nationality at token adj agrees in gender
// with the head of body b and the office title at token office does not
// share that agreement: inside a title a masculine nationality after a
// feminine head (وزير الخارجية الكويتي) qualifies the office holder, and
// so may a feminine one after a feminine office (وزيرة الخارجية الكورية).
func (s *state) agrees(b nationalBody, office, adj int) bool {
	fem := func(t string) bool { return strings.HasSuffix(t, "ه") || strings.HasSuffix(t, "ات") }
	h := strings.Fields(strings.Join(gazetteer.FormTokens(b.head), " "))[0]
	return fem(h) == fem(s.toks[adj].Text) && fem(trimWaw(s.toks[office].Text)) != fem(h)
}

// bodyEntries indexes the organizations of the gazetteer that are a
// national body (an Arabic form made of a body's head and one more word,
// in a country): slug/country → entry.
func bodyEntries(g *gazetteer.Compiled) map[string]int32 {
	m := map[string]int32{}
	// The nationality adjectives (masculine, without the article) of
	// every country, by country code.
	demonyms := map[string]map[string]bool{}
	for _, e := range g.Set.Entries {
		if e.Type == gazetteer.TypePlace && e.Kind == "country" {
			d := map[string]bool{}
			for _, f := range e.Demonyms {
				d[strings.Join(gazetteer.FormTokens(f), " ")] = true
			}
			demonyms[e.Country] = d
		}
	}
	for i, e := range g.Set.Entries {
		if e.Type != gazetteer.TypeOrganization || e.Country == "" {
			continue
		}
		for _, f := range append([]string{e.NameAr}, e.Aliases...) {
			toks := gazetteer.FormTokens(f)
			for n := 1; n <= 2 && n < len(toks); n++ {
				if len(toks)-n != 1 {
					continue // الحكومة السورية المؤقتة is another body
				}
				// The word after the head is the country's nationality
				// (not الإدارة الذاتية).
				adj := strings.TrimSuffix(strings.TrimPrefix(toks[n], "ال"), "ه")
				if !demonyms[e.Country][adj] {
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

var (
	bodyHeads          = lex.Set("bodyHeads")
	bodyHeadSigs       = wordsig.Of(bodyHeads)
	chainHeads         = lex.Set("chainHeads")
	placeHeadsOfBodies = lex.Set("placeHeadsOfBodies")
	weakHeads          = lex.Set("weakHeads")
	chambers           = lex.Set("chambers")
	councilHeads       = lex.Set("councilHeads")
	mediaHeads         = lex.Set("mediaHeads")
	chainStops         = lex.Set("chainStops")
	mediaTails         = lex.Set("mediaTails")
	foreignArticles    = lex.Set("foreignArticles")
	oversightWords     = lex.Set("oversightWords")
	oversightLinks     = lex.Set("oversightLinks")
	genericBodyWords   = lex.Set("genericBodyWords")
)

// ministries names in English the ministries a chain of one word
// names: وزارة الدفاع → Ministry of Defence.
var ministries = func() map[string]string {
	m := map[string]string{}
	for ar, en := range map[string]string{
		"الخارجية": "Foreign Affairs", "الدفاع": "Defence", "الداخلية": "Interior", "الصحة": "Health", "المالية": "Finance",
		"العدل": "Justice", "الاقتصاد": "Economy", "التجارة": "Trade", "الإعلام": "Information", "الخزانة": "the Treasury",
		"التعليم": "Education", "التربية": "Education", "الزراعة": "Agriculture", "الطاقة": "Energy", "النفط": "Oil",
		"الثقافة": "Culture", "السياحة": "Tourism", "النقل": "Transport", "الهجرة": "Migration", "الأوقاف": "Awqaf",
		"العمل": "Labour", "الإسكان": "Housing", "الاتصالات": "Communications", "البيئة": "Environment",
	} {
		m[strings.Join(gazetteer.FormTokens(ar), " ")] = en
	}
	return m
}()

// namedBodies reports organizations no gazetteer knows, named by a head
// word in construct and a name: a chain of definite words (وزارة التنمية
// الريفية، نقابة الصحفيين الفلسطينيين), a place (جامعة كولومبيا) or a
// name in quotes (حركة "النهضة", whose mention is the quoted name).
func (s *state) namedBodies(matchAt map[int]int) {
	taken := s.tokensTaken(false, true)
	for i := 0; i+1 < len(s.toks); i++ {
		// The cheap test first: most tokens can be no head.
		if t := s.toks[i].Text; !bodyHeadSigs.MayHave(t) && !(len(t) > 2 && bodyHeadSigs.MayHave(t[2:])) {
			continue
		}
		if taken[i] || !s.toks[i+1].Joined && !s.quoteAfter(i) {
			continue
		}
		// The head is free, or ends a title (رئيس لجنة …).
		if s.resolvedTok(i) {
			if j, ok := matchAt[i]; !ok || s.kinds[j].title < 0 || s.in.Matches[j].Last != i+1 {
				if k := s.matchEnding(i + 1); k < 0 || s.kinds[k].title < 0 {
					continue
				}
			}
		}
		prefix, head, found := 0, "", false
		var buf tokenize.StemBuf
		for _, st := range buf.Stems(s.toks[i].Text) {
			if bodyHeads[st.Text] {
				prefix, head, found = st.Prefix, st.Text, true
				break
			}
		}
		if !found {
			continue
		}
		// تنظيم "مسيرات العودة" is "organising" as often as "organisation".
		if s.quoteAfter(i) && head != "تنظيم" {
			// منظمة "إرهابية": a quoted adjective is no name.
			if first, end, ok := s.quotedName(i + 1); ok && !(end == first+1 && nisba(s.toks[first].Text)) {
				s.addUnknownSpan(gazetteer.TypeOrganization, first, end, s.toks[first].Start, s.toks[end-1].End, ViaBody)
				i = end - 1
			}
			continue
		}
		// A place: جامعة كولومبيا.
		if j, ok := matchAt[i+1]; ok && s.in.Matches[j].Prefix == 0 && placeHeadsOfBodies[head] {
			e := s.kinds[j].entity
			// محكمة سورية: a nationality (the same form as the country)
			// describes the court.
			if e >= 0 && s.r.g.Entry(e).Type == gazetteer.TypePlace && s.kinds[j].demonym < 0 &&
				!(s.isCountry(e) && strings.HasSuffix(s.toks[i+1].Text, "يه")) {
				end := s.in.Matches[j].Last
				// مصرف أبوظبي الإسلامي: a definite adjective of relation
				// after the place is part of the name.
				for end < len(s.toks) && end < s.in.Matches[j].Last+2 && s.toks[end].Joined && !s.isMatched(end) && !taken[end] &&
					strings.HasPrefix(s.toks[end].Text, "ال") && nisba(s.toks[end].Text) && !genericBodyWords[s.toks[end].Text] {
					end++
				}
				s.addUnknownSpan(gazetteer.TypeOrganization, i, end, s.toks[i].Start+prefix, s.toks[end-1].End, ViaBody)
				i = end - 1
			}
			continue
		}
		// A newspaper, channel or agency by a foreign name: صحيفة ليبراسيون
		// الفرنسية، صحيفة آراب نيوز; the mention is the name.
		if mediaHeads[head] && !taken[i+1] {
			if end, ok := s.mediaName(i+1, matchAt); ok {
				s.addUnknownSpan(gazetteer.TypeOrganization, i+1, end, s.toks[i+1].Start, s.toks[end-1].End, ViaBody)
				i = end - 1
				continue
			}
		}
		// A council of a known body: مجلس جامعة الدول العربية.
		if j, ok := s.matchFrom(i + 1); ok && councilHeads[head] && s.in.Matches[j].Prefix == 0 {
			if e := s.kinds[j].entity; e >= 0 && s.r.g.Entry(e).Type == gazetteer.TypeOrganization {
				end := s.in.Matches[j].Last
				s.addUnknownSpan(gazetteer.TypeOrganization, i, end, s.toks[i].Start+prefix, s.toks[end-1].End, ViaBody)
				i = end - 1
				continue
			}
		}
		if !chainHeads[head] && !weakHeads[head] || taken[i+1] {
			continue
		}
		// مجلس النواب: a chamber of parliament is a name of one word.
		if head == "مجلس" && chambers[s.toks[i+1].Text] {
			end := s.withNationality(i+2, matchAt) // مجلس النواب الأيرلندي
			s.addUnknownSpan(gazetteer.TypeOrganization, i, end, s.toks[i].Start+prefix, s.toks[end-1].End, ViaBody)
			i = end - 1
			continue
		}
		// A chain of definite words, a nationality last.
		end, generic := i+1, false
		for end < len(s.toks) && end-i <= 4 && s.toks[end].Joined {
			t := s.toks[end].Text
			// هيئة الهلال الأحمر الإماراتي: a person's surname no one in
			// the document bears is a word of the name.
			shortForm := s.personShortForm(end) && !s.resolvedTok(end)
			if j, ok := matchAt[end]; ok && !shortForm {
				// وكالة الاستخبارات الداخلية الألمانية: a ministry's
				// short name that is an adjective here, and its
				// nationality, end the name.
				if s.kinds[j].entity < 0 && s.kinds[j].title < 0 && end > i+1 && s.in.Matches[j].Prefix == 0 && s.adjectivalHead(end) {
					end = s.in.Matches[j].Last
					break
				}
				// A nationality ends a name (نقابة الصحفيين الفلسطينيين),
				// not a bare head (شركة إيطالية: "an Italian company").
				if s.kinds[j].demonym >= 0 && s.in.Matches[j].Prefix == 0 && end > i+1 {
					end = s.in.Matches[j].Last
					// مجلس التنسيق السعودي الإماراتي، دائرة الشؤون الفلسطينية
					// والإسرائيلية: two nationalities, the second maybe
					// behind و.
					if k, ok := matchAt[end]; ok && s.kinds[k].demonym >= 0 && s.toks[end].Joined &&
						(s.in.Matches[k].Prefix == 0 || s.in.Matches[k].Prefix == 1 && strings.HasPrefix(s.toks[end].Text, "وال")) {
						end = s.in.Matches[k].Last
					}
				}
				break
			}
			if genericBodyWords[t] {
				generic = true
				break
			}
			// والهيئة التأديبية: a second body joined by و.
			if strings.HasPrefix(t, "وال") && bodyHeads[t[len("وال"):]] {
				break
			}
			if taken[end] || s.isMatched(end) && !shortForm || !(strings.HasPrefix(t, "ال") || end > i+1 && strings.HasPrefix(t, "وال")) ||
				nameStop[t] || nameEnders[t] || chainStops[t] {
				break
			}
			end++
		}
		// هيئة الإشراف على الانتخابات: a noun of oversight names what it
		// oversees after على.
		if end > i+1 && !generic && end+1 < len(s.toks) && oversightWords[s.toks[end-1].Text] && oversightLinks[s.toks[end].Text] &&
			s.toks[end].Joined && s.toks[end+1].Joined && strings.HasPrefix(s.toks[end+1].Text, "ال") && !s.isMatched(end+1) && !taken[end+1] {
			end += 2
		}
		// A complement in لل and its definite words (منظمة البلدان
		// المصدرة للبترول، لجنة العمل السياسي للمحاربين القدامى).
		if end > i+1 && !generic && end < len(s.toks) && s.toks[end].Joined && !taken[end] && !s.isMatched(end) {
			if t := s.toks[end].Text; len([]rune(t)) > 4 && strings.HasPrefix(t, "لل") && !genericBodyWords["ا"+t[2:]] {
				end++
				for k := 0; k < 2 && end < len(s.toks) && s.toks[end].Joined && !s.isMatched(end) && !taken[end] &&
					strings.HasPrefix(s.toks[end].Text, "ال") && !genericBodyWords[s.toks[end].Text] && !nameEnders[s.toks[end].Text]; k++ {
					end++
				}
				end = s.withNationality(end, matchAt) // مركز العمليات الجوية للقوات القطرية
			}
		}
		// وكالة الأنباء الرسمية: a generic adjective makes the phrase a
		// description; a weak head (مجلس، مركز) needs two words.
		if end == i+1 || generic || weakHeads[head] && end-i < 3 {
			continue
		}
		// قناة الشركة: one common word after a head other than وزارة is a
		// phrase.
		if end == i+2 && head != "وزاره" && commonWords[s.toks[i+1].Text] {
			continue
		}
		// A name in quotes after the chain is the body's (وكالة الأنباء
		// الكورية الجنوبية "واي تي أن").
		if s.quoteAfter(end - 1) {
			if qf, qe, ok := s.quotedName(end); ok && s.nameWords(qf, qe) {
				s.addUnknownSpan(gazetteer.TypeOrganization, qf, qe, s.toks[qf].Start, s.toks[qe-1].End, ViaBody)
				i = qe - 1
				continue
			}
		}
		// A known name in apposition is the body's (وكالة الأنباء الكورية
		// الجنوبية "يونهاب").
		if j, ok := s.matchFrom(end); ok && s.kinds[j].entity >= 0 && apposableQuoted(s.text, s.toks[end-1].End, s.in.Matches[j].Start) {
			continue
		}
		s.addUnknownSpan(gazetteer.TypeOrganization, i, end, s.toks[i].Start+prefix, s.toks[end-1].End, ViaBody)
		// وزارة الدفاع: a ministry the table names reads in English.
		if eng, ok := ministries[s.toks[i+1].Text]; ok && head == "وزاره" && end == i+2 {
			s.out.Entities[s.out.Mentions[len(s.out.Mentions)-1].Entity].Out.Name = "Ministry of " + eng
		}
		i = end - 1
	}
}

// withNationality returns end, or the end of a definite nationality
// that starts there (مجلس النواب الأيرلندي): the body's country is part
// of its name.
func (s *state) withNationality(end int, matchAt map[int]int) int {
	if end >= len(s.toks) || !s.toks[end].Joined {
		return end
	}
	if j, ok := matchAt[end]; ok && s.kinds[j].demonym >= 0 && s.in.Matches[j].Prefix == 0 && s.definite(s.in.Matches[j]) {
		return s.in.Matches[j].Last
	}
	return end
}

// matchEnding returns the match whose last token is tok-1, or -1.
func (s *state) matchEnding(tok int) int {
	for j := range s.in.Matches {
		if s.in.Matches[j].Last == tok {
			return j
		}
		if s.in.Matches[j].First >= tok {
			break
		}
	}
	return -1
}

// quoteAfter reports whether a quotation mark follows token i (with
// spaces only between).
func (s *state) quoteAfter(i int) bool {
	if i+1 >= len(s.toks) {
		return false
	}
	for _, r := range s.text[s.toks[i].End:s.toks[i+1].Start] {
		switch r {
		case ' ':
		case '"', '«', '“', '\'':
			return true
		default:
			return false
		}
	}
	return false
}

// quotedName returns the tokens of a name of one to five words closed by
// a quotation mark, starting at token first.
func (s *state) quotedName(first int) (int, int, bool) {
	for end := first + 1; end <= len(s.toks) && end-first <= 5; end++ {
		// A name the lists know is theirs (صحيفة "هآرتس").
		if s.toks[end-1].Sentence != s.toks[first].Sentence || s.isMatched(end-1) {
			return 0, 0, false
		}
		stop := len(s.text)
		if end < len(s.toks) {
			stop = s.toks[end].Start
		}
		gap := s.text[s.toks[end-1].End:stop]
		for _, r := range gap {
			switch r {
			case '"', '»', '”', '\'':
				return first, end, true
			case ' ':
				continue
			}
			break
		}
		if end < len(s.toks) && !s.toks[end].Joined {
			return 0, 0, false
		}
	}
	return 0, 0, false
}

// addUnknownSpan adds a mention of an entity no gazetteer knows over
// tokens [first, end) and the rune span [start, stop), creating the
// entity on its first mention.
func (s *state) addUnknownSpan(typ string, first, end, start, stop int, via string) {
	s.addUnknownRole(typ, first, end, start, stop, via, "")
	// نقابة الصحفيين الفلسطينيين: a body whose name ends on a definite
	// nationality is of that country.
	e := &s.out.Entities[s.out.Mentions[len(s.out.Mentions)-1].Entity].Out
	if e.Country != "" || end-first < 2 {
		return
	}
	for j := range s.in.Matches {
		if m := s.in.Matches[j]; m.Last == end && m.First > first && s.kinds[j].demonym >= 0 && m.Prefix == 0 && s.definite(m) {
			e.Country = s.r.g.Entry(s.kinds[j].demonym).Country
			return
		}
	}
}

// resolvedTok reports whether token i is inside a match that resolved to
// an entity, a title or a nationality.
func (s *state) resolvedTok(i int) bool {
	if s.resolved == nil {
		s.resolved = make([]bool, len(s.toks))
		for j, m := range s.in.Matches {
			if k := s.kinds[j]; k.entity >= 0 || k.title >= 0 || k.demonym >= 0 {
				markTokens(s.resolved, m.First, m.Last)
			}
		}
	}
	return s.resolved[i]
}

// matchFrom returns the match starting at token tok.
func (s *state) matchFrom(tok int) (int, bool) {
	ms := s.in.Matches
	k := sort.Search(len(ms), func(k int) bool { return ms[k].First >= tok })
	return k, k < len(ms) && ms[k].First == tok
}

// apposableQuoted reports whether only spaces, commas, dashes, brackets
// and quotation marks stand between runes a and b.
func apposableQuoted(text []rune, a, b int) bool {
	for _, r := range text[a:b] {
		if !strings.ContainsRune(" \"'«»“”,(-:", r) {
			return false
		}
	}
	return true
}

// mediaName returns the end of a foreign name of one to three words
// starting at token first, after a media head: free words that are not
// definite, not common, not adjectives in -ي or -ية, followed by a
// nationality, punctuation or a common word.
func (s *state) mediaName(first int, matchAt map[int]int) (int, bool) {
	end := first
	for end < len(s.toks) && end-first < 3 && (end == first || s.toks[end].Joined) {
		t := s.toks[end].Text
		// A later word may be a common word of media names (آراب نيوز).
		free := s.freeNameWord(end, true) || end > first && mediaTails[t]
		if !free || s.resolvedTok(end) || strings.HasSuffix(t, "يه") || end > first && pastFeminine(t) ||
			strings.HasSuffix(t, "ي") && len([]rune(t)) > 3 {
			break
		}
		end++
		if end > first+1 && mediaTails[t] {
			break // نيوز ends the name
		}
	}
	// صحيفة ذي واشنطن بوست: a foreign article alone is no name.
	if end == first || end == first+1 && foreignArticles[s.toks[first].Text] {
		return 0, false
	}
	if end < len(s.toks) && s.toks[end].Joined {
		if j, ok := matchAt[end]; ok && s.kinds[j].demonym >= 0 {
			return end, true
		}
		// Another word follows: a name only when it is a common word
		// (صحيفة حريات عن أردوغان), or a verb (ليبراسيون كتبت).
		if t := s.toks[end].Text; !commonWords[t] && !nameStop[t] && !nameEnders[t] && !pastFeminine(t) {
			return 0, false
		}
	}
	return end, true
}

// pastFeminine reports a verb in the past with a feminine subject
// (كتبت، نشرت): four letters, the last ت, the three before it a word
// the news uses often or with the article (not بوست، فيلت).
func pastFeminine(t string) bool {
	r := []rune(t)
	if len(r) != 4 || r[3] != 'ت' {
		return false
	}
	return newsWord(string(r[:3]))
}

// nameWords reports whether tokens [first, end) may all be words of a
// name: neither common words nor function words nor definite (a quoted
// statement after a body, قالت الوزارة "نحن نرفض", is no name).
func (s *state) nameWords(first, end int) bool {
	for i := first; i < end; i++ {
		t := s.toks[i].Text
		if commonWords[t] || nameStop[t] || strings.HasPrefix(t, "ال") || !s.nameLike(i) {
			return false
		}
	}
	return true
}

// nisba reports an adjective of relation (إرهابية، دولي): a word that
// ends in ي or يه.
func nisba(t string) bool {
	return len([]rune(t)) > 3 && (strings.HasSuffix(t, "يه") || strings.HasSuffix(t, "ي"))
}
