// Package entity finds the people, places and organizations of an
// English document: the gazetteers' Latin forms matched over the words of
// package segment (longest match on the compiled trie, case- and
// punctuation-insensitive, a possessive ending a name), descriptions
// resolved to the holder of an office (Russian Defence Minister, Russia's
// defence minister, the Syrian president, his Iranian counterpart),
// people a title introduces whom no list has, and the other names the
// gazetteers lack (runs of capitalized proper nouns typed by general
// rules, then by prose's labels; names.go), reported with gazetteer:
// false.
//
// It mirrors package resolve, which does the same for Arabic.
package entity

import (
	"sort"
	"strings"
	"time"
	"unicode"

	"github.com/extract-news/extract/pipeline/doc"
	"github.com/extract-news/extract/pipeline/english/segment"
	"github.com/extract-news/extract/pipeline/event"
	"github.com/extract-news/extract/pipeline/gazetteer"
	"golang.org/x/text/unicode/norm"
)

// Via values of a Mention: how a mention that is not a gazetteer name
// was found.
const (
	ViaName        = ""
	ViaDescription = "description"
	// ViaTitle marks a person the lists lack, introduced by a title.
	ViaTitle = "title"
	// ViaNER marks a candidate of prose's entity recognizer.
	ViaNER = "ner"
)

// Mention is one resolved mention.
type Mention struct {
	// Entity indexes Doc.Entities.
	Entity int
	// First and Last delimit its words, [First, Last).
	First, Last int
	// Start and End are original code-point offsets.
	Start, End int
	Sentence   int
	Via        string
	// Role is the office a title or description names for the mention
	// ("defence-minister"), when there is one.
	Role string
}

// Entity is a resolved entity: its gazetteer entry (nil for entities the
// lists lack) and its output form — event's, the type every language's
// stages share.
type Entity = event.Entity

// Doc is the resolution of one document.
type Doc struct {
	// Entities in order of first mention.
	Entities []Entity
	// Mentions in text order.
	Mentions []Mention
	// Named marks, per word, the words of a gazetteer form (a name, a
	// title, a demonym) or a mention: they are names, not cue words
	// (the for of UN envoy for Syria).
	Named []bool
}

// Resolver resolves English documents against one compiled gazetteer. It
// is read-only after New and safe for concurrent use.
type Resolver struct {
	g *gazetteer.Compiled
	// countries maps ISO codes to country entries.
	countries map[string]int32
	// acronyms holds the analysis form of one-word, all-capital Latin
	// forms (WHO, SANA): they match only text in capitals.
	acronyms map[string]bool
	// given holds the first words of people's English names.
	given map[string]bool
	// words and lasts hold, per person entry, the words and the last
	// words of its English name and Latin forms of two words or more.
	words, lasts map[int32][]string
	// bySurname maps last words to the people they end.
	bySurname map[string][]int32
}

// New returns a Resolver for g.
func New(g *gazetteer.Compiled) *Resolver {
	r := &Resolver{
		g: g, countries: map[string]int32{}, acronyms: map[string]bool{}, given: map[string]bool{},
		words: map[int32][]string{}, lasts: map[int32][]string{}, bySurname: map[string][]int32{},
	}
	for i, e := range g.Set.Entries {
		idx := int32(i)
		if e.Type == gazetteer.TypePlace && e.Kind == "country" && e.Country != "" {
			if _, ok := r.countries[e.Country]; !ok {
				r.countries[e.Country] = idx
			}
		}
		for _, f := range e.Latin {
			if toks := gazetteer.FormTokens(f); len(toks) == 1 && isCaps(f) {
				r.acronyms[toks[0]] = true
			}
		}
		if e.Type != gazetteer.TypePerson {
			continue
		}
		for _, f := range append([]string{e.Name}, e.Latin...) {
			toks := gazetteer.FormTokens(f)
			if len(toks) < 2 {
				continue
			}
			first, last := toks[0], toks[len(toks)-1]
			if !nameParticles[first] {
				r.given[first] = true
			}
			for _, t := range toks[:len(toks)-1] {
				if !nameParticles[t] {
					r.words[idx] = appendNew(r.words[idx], t)
				}
			}
			if !nameParticles[last] && len(last) > 2 {
				if l := r.lasts[idx]; !contains(l, last) {
					r.lasts[idx] = append(l, last)
					r.bySurname[last] = append(r.bySurname[last], idx)
				}
			}
		}
	}
	return r
}

func isCaps(s string) bool {
	letters := 0
	for _, c := range s {
		if unicode.IsLetter(c) {
			letters++
			if !unicode.IsUpper(c) {
				return false
			}
		}
	}
	return letters >= 2
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func appendNew(list []string, s string) []string {
	if contains(list, s) {
		return list
	}
	return append(list, s)
}

// fold removes Latin diacritics from an analysis-form word (erdoğan →
// erdogan), for forms the lists spell without them.
func fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case r == 'ı':
			b.WriteByte('i')
		case r == 'ł':
			b.WriteByte('l')
		case r == 'ø':
			b.WriteByte('o')
		case r == 'đ':
			b.WriteByte('d')
		case r == 'ß':
			b.WriteString("ss")
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// match is a gazetteer form or a demonym found in the words.
type match struct {
	first, last int
	payloads    []gazetteer.Payload
	// demonym is the ISO code of a nationality adjective (Syrian), "".
	demonym string
	title   int32 // title entry, or -1
	entity  int32 // chosen entry, or -1
	mention int   // index in Doc.Mentions, or -1
}

type state struct {
	r       *Resolver
	an      *segment.Analysis
	words   []segment.Word
	pub     time.Time
	matches []match
	// covered marks words inside a match or a mention.
	covered []bool
	strong  map[int32]bool
	out     *Doc
	byEntry map[int32]int  // entry → Doc.Entities index
	byName  map[string]int // type + folded name of entities the lists lack
	starts  map[int]int    // first word → latest mention starting there
	// headline and tableLine mark, by sentence, the headlines and the
	// table lines (sentences).
	headline, tableLine []bool
}

// Resolve finds the entities of one analysed document; published is the
// publication date (zero when unknown), for offices held on that day.
func (r *Resolver) Resolve(an *segment.Analysis, published time.Time) *Doc {
	s := &state{
		r: r, an: an, words: an.Words, pub: published,
		covered: make([]bool, len(an.Words)), strong: map[int32]bool{},
		out: &Doc{}, byEntry: map[int32]int{}, byName: map[string]int{}, starts: map[int]int{},
	}
	s.sentences()
	s.match()
	s.entities()
	s.surnames()
	s.titled()
	s.teams()
	s.absorb()
	s.names()
	s.repeats()
	s.consistent()
	s.personNames()
	s.descriptions()
	s.finish()
	s.out.Named = s.covered
	return s.out
}

// token looks a word up in the trie's vocabulary, without its diacritics
// when the word itself is not there.
func (s *state) token(w string) (int32, bool) {
	if id, ok := s.r.g.Token(w); ok {
		return id, true
	}
	if f := fold(w); f != w {
		return s.r.g.Token(f)
	}
	return 0, false
}

// match finds the longest gazetteer form at each word, over joined
// words, and the demonyms.
func (s *state) match() {
	ws := s.words
	for i := 0; i < len(ws); {
		last, lastNode := -1, int32(-1)
		node := gazetteer.Root
		for j := i; j < len(ws) && (j == i || ws[j].Joined); j++ {
			id, ok := s.token(ws[j].Text)
			if !ok {
				break
			}
			if node, ok = s.r.g.Step(node, id); !ok {
				break
			}
			if len(s.r.g.Payloads(node)) > 0 {
				last, lastNode = j+1, node
			}
			if ws[j].Possessive {
				break // Russia's defence minister: the name ends here
			}
		}
		if last > 0 {
			s.matches = append(s.matches, match{first: i, last: last, payloads: s.r.g.Payloads(lastNode), title: -1, entity: -1, mention: -1})
			i = last
			continue
		}
		if code, n := s.demonymAt(i); n > 0 {
			s.matches = append(s.matches, match{first: i, last: i + n, demonym: code, title: -1, entity: -1, mention: -1})
			i += n
			continue
		}
		i++
	}
	for _, m := range s.matches {
		for k := m.first; k < m.last; k++ {
			s.covered[k] = true
		}
	}
}

// demonymAt returns the country of a nationality adjective at word i and
// its length in words.
func (s *state) demonymAt(i int) (string, int) {
	w := s.words[i]
	if !w.Upper {
		return "", 0
	}
	if i+1 < len(s.words) && s.words[i+1].Joined {
		if c, ok := demonyms[w.Text+" "+s.words[i+1].Text]; ok {
			return c, 2
		}
	}
	if c, ok := demonyms[w.Text]; ok {
		return c, 1
	}
	return "", 0
}

// nameCase reports whether the words of m are written as a name: some
// word upper-case, and an acronym form (WHO, SANA) in capitals.
func (s *state) nameCase(m *match) bool {
	upper := false
	for k := m.first; k < m.last; k++ {
		upper = upper || s.words[k].Upper
	}
	if !upper {
		return false
	}
	if m.last-m.first == 1 && s.r.acronyms[fold(s.words[m.first].Text)] && !s.words[m.first].Caps {
		return false
	}
	return true
}

// entities picks the entity of every name match and records titles.
func (s *state) entities() {
	for i := range s.matches {
		m := &s.matches[i]
		for _, p := range m.payloads {
			if p.Kind == gazetteer.KindTitle && m.title < 0 {
				m.title = p.Entry
			}
		}
		if !s.nameCase(m) {
			continue
		}
		for _, p := range m.payloads {
			if p.Kind == gazetteer.KindName || p.Kind == gazetteer.KindLatin {
				s.strong[p.Entry] = true
			}
		}
	}
	for i := range s.matches {
		m := &s.matches[i]
		if m.demonym != "" || !s.nameCase(m) {
			continue
		}
		var cands []int32
		for _, p := range m.payloads {
			if p.Kind == gazetteer.KindName || p.Kind == gazetteer.KindLatin {
				cands = append(cands, p.Entry)
			}
		}
		if len(cands) == 0 {
			// Forms that need support: the entity named elsewhere, or an
			// entity of its context.
			for _, p := range m.payloads {
				if p.Kind.NeedsSupport() && s.supported(p.Entry) {
					cands = append(cands, p.Entry)
					break
				}
			}
		}
		if len(cands) == 0 {
			continue
		}
		best := cands[0]
		for _, e := range cands[1:] {
			if s.cue(m.first, s.r.g.Entry(e).Type) {
				best = e
				break
			}
		}
		first := m.first
		if s.hyphenAdjective(m.last) {
			continue // New York-based
		}
		if s.words[first].Text == "the" && !s.words[first].Upper && m.last-first >= 2 {
			first++ // the Gulf: the name is Gulf
		}
		if s.r.g.Entry(best).Type == gazetteer.TypePerson {
			first = s.extend(best, first)
			if first == m.first && m.last-m.first == 1 && s.otherGiven(first) {
				continue // Colin Cameron is not David Cameron
			}
		}
		m.entity = best
		m.mention = s.addMention(s.entityFor(best), first, m.last, ViaName, "")
	}
}

// supported reports an ambiguous form's entity named unambiguously in the
// document, or one of its context entities.
func (s *state) supported(e int32) bool {
	if s.strong[e] {
		return true
	}
	for _, id := range s.r.g.Entry(e).Context {
		if c, ok := s.r.g.Set.Index(id); ok && s.strong[int32(c)] {
			return true
		}
	}
	return false
}

// cue reports a word right before word i that announces an entity of
// type typ (in Sochi, the agency SANA).
func (s *state) cue(i int, typ string) bool {
	if i == 0 || s.words[i-1].Sentence != s.words[i].Sentence {
		return false
	}
	prev := s.words[i-1].Text
	switch typ {
	case gazetteer.TypePlace:
		return placeCues[prev]
	case gazetteer.TypeOrganization:
		return orgCues[prev]
	}
	return false
}

// extend takes in the given and middle names before a person's name
// that the lists do not pair with it (Sergei Shoygu where Sergey Shoygu
// and Shoygu are listed, Tayyip Erdogan where Recep Tayyip Erdogan is):
// up to three capitalized words of the person's other forms.
func (s *state) extend(e int32, first int) int {
	for n := 0; n < 3 && first > 0 && s.words[first].Joined && !s.covered[first-1]; n++ {
		w := s.words[first-1]
		if !w.Upper || w.Possessive || !(contains(s.r.words[e], w.Text) || contains(s.r.words[e], fold(w.Text))) {
			break
		}
		first--
		s.covered[first] = true
	}
	return first
}

func (s *state) entityFor(e int32) int {
	if idx, ok := s.byEntry[e]; ok {
		return idx
	}
	ent := s.r.g.Entry(e)
	s.byEntry[e] = len(s.out.Entities)
	s.out.Entities = append(s.out.Entities, Entity{Entry: ent, Out: doc.Entity{
		ID: ent.ID, Type: ent.Type, Name: ent.Name, NameAr: ent.NameAr, Gazetteer: true, Country: ent.Country,
	}})
	return len(s.out.Entities) - 1
}

// unknown returns the entity of a name the lists lack, by type and name.
func (s *state) unknown(typ, name string) int {
	key := typ + "\x00" + fold(strings.ToLower(name))
	if idx, ok := s.byName[key]; ok {
		return idx
	}
	idx := len(s.out.Entities)
	s.byName[key] = idx
	s.out.Entities = append(s.out.Entities, Entity{Out: doc.Entity{
		ID: "x-" + slug(name), Type: typ, Name: name, Gazetteer: false,
	}})
	return idx
}

// slug makes an id from a Latin name: lower-case ASCII words joined by
// hyphens (Nur-Sultan → nur-sultan, Çavuşoğlu → cavusoglu).
func slug(name string) string {
	f := strings.FieldsFunc(fold(strings.ToLower(name)), func(r rune) bool { return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9') })
	if len(f) == 0 {
		return "unnamed"
	}
	return strings.Join(f, "-")
}

func (s *state) addMention(entity, first, last int, via, role string) int {
	for k := first; k < last; k++ {
		s.covered[k] = true
	}
	end := s.words[last-1].End
	if t := s.an.Tokens[s.words[last-1].Token]; t.End == end+1 && strings.HasSuffix(t.Text, ".") && strings.Count(t.Text, ".") > 1 {
		end = t.End // U.S.: the abbreviation's last dot
	}
	s.starts[first] = len(s.out.Mentions)
	s.out.Mentions = append(s.out.Mentions, Mention{
		Entity: entity, First: first, Last: last,
		Start: s.words[first].Start, End: end,
		Sentence: s.words[first].Sentence, Via: via, Role: role,
	})
	return len(s.out.Mentions) - 1
}

// free reports a word no match or mention covers.
func (s *state) free(i int) bool { return i < len(s.words) && !s.covered[i] }

// surnames tags the last word of a person's name alone (Shoigu after
// Sergei Shoigu) when that person is named in full in the document.
func (s *state) surnames() {
	for i, w := range s.words {
		if !s.free(i) || !w.Upper || stopWords[w.Text] {
			continue
		}
		if i+1 < len(s.words) && s.words[i+1].Joined && s.words[i+1].Upper && !w.Possessive {
			continue // part of a longer name
		}
		found := int32(-1)
		for _, e := range s.r.bySurname[fold(w.Text)] {
			if _, named := s.byEntry[e]; !named {
				continue
			}
			if found >= 0 && found != e {
				found = -2
				break
			}
			found = e
		}
		if found >= 0 {
			first := s.extend(found, i)
			if first == i && s.otherGiven(i) {
				continue
			}
			s.addMention(s.entityFor(found), first, i+1, ViaName, "")
		}
	}
}

// otherGiven reports a capitalized proper noun that no match covers
// right before word i, joined to it: a given name that is not the
// listed person's (Colin before Cameron, where David Cameron is listed).
func (s *state) otherGiven(i int) bool {
	if i == 0 || !s.words[i].Joined || !s.free(i-1) {
		return false
	}
	p := s.words[i-1]
	return p.Upper && !p.Possessive && !stopWords[p.Text] && !honorifics[p.Text] && !isDemonym(p.Text) && s.proper(i-1)
}

// nameRun returns the end of a run of capitalized name words starting at
// word i (at most five, lower-case particles such as bin or al inside),
// or i when there is none.
func (s *state) nameRun(i int) int {
	end := i
	for k := i; k < len(s.words) && k-i < 5 && s.free(k); k++ {
		w := s.words[k]
		if k > i && (!w.Joined || s.words[k-1].Possessive) {
			break
		}
		if k > i && nameParticles[w.Text] {
			continue // inside a name only: the end moves with the next word
		}
		if !w.Upper || stopWords[w.Text] || isDemonym(w.Text) {
			break
		}
		end = k + 1
	}
	return end
}

func isDemonym(w string) bool {
	_, ok := demonyms[w]
	return ok
}

// labelOf returns the entity type prose gave the token of w: PERSON,
// GPE, ORG…, or "" for none.
func labelOf(an *segment.Analysis, w segment.Word) string {
	l := an.Tokens[w.Token].Label
	if len(l) > 2 && (l[0] == 'B' || l[0] == 'I') && l[1] == '-' {
		return l[2:]
	}
	return ""
}

// titled reports people a title introduces whom no list has (Foreign
// Minister Faisal Mekdad, Maj. Gen. Igor Konashenkov): two to five
// capitalized words right after the title, the first a given name of the
// lists or prose's PERSON label on one of them.
func (s *state) titled() {
	for i := range s.matches {
		m := &s.matches[i]
		if m.title < 0 || m.entity >= 0 || s.headline[s.words[m.first].Sentence] {
			continue
		}
		k := m.last
		if k >= len(s.words) || !s.free(k) || s.words[k].Sentence != s.words[m.first].Sentence || !s.apposable(m.last-1, k) {
			continue
		}
		end := s.nameRun(k)
		if end-k < 2 || stopWords[s.words[m.last-1].Text] || orgHeads[s.words[end-1].Text] || placeHeads[s.words[end-1].Text] {
			continue // a spokesman for Air France; Major League Baseball
		}
		person := s.r.given[fold(s.words[k].Text)]
		for j := k; j < end && !person; j++ {
			person = labelOf(s.an, s.words[j]) == "PERSON"
		}
		if !person {
			continue
		}
		role := s.r.g.Entry(m.title).Role
		s.addMention(s.unknown(gazetteer.TypePerson, s.text(k, end)), k, end, ViaTitle, role)
	}
}

// text returns the original text of words [first, last).
func (s *state) text(first, last int) string {
	return s.an.Span(s.words[first].Start, s.words[last-1].End)
}

// apposable reports whether only spaces, commas, quotes, dashes, a colon
// or a parenthesis stand between word a and word b.
func (s *state) apposable(a, b int) bool {
	for _, r := range s.an.Runes[s.words[a].End:s.words[b].Start] {
		switch r {
		case ' ', ',', '"', '\'', '(', '-', ':', '\u2013', '\u2014', '\u201c', '\u201d', '\u2018', '\u2019':
		default:
			return false
		}
	}
	return true
}

// bylines returns the sentences that are bylines (By Tom Perry and
// Suleiman Al-Khalidi): their reporters are not in the news.
func (s *state) bylines() map[int]bool {
	out := map[int]bool{}
	for i := 0; i < len(s.words); {
		j := i
		for j < len(s.words) && s.words[j].Sentence == s.words[i].Sentence {
			j++
		}
		w := s.words[i]
		if w.Text == "by" && w.Upper && w.Start == s.an.SentenceOf(w.Sentence).Start && j-i <= 10 {
			out[w.Sentence] = true
		}
		i = j
	}
	return out
}

// nerType maps prose's entity labels to entity types.
var nerType = map[string]string{
	"PERSON":       gazetteer.TypePerson,
	"GPE":          gazetteer.TypePlace,
	"LOC":          gazetteer.TypePlace,
	"LOCATION":     gazetteer.TypePlace,
	"FACILITY":     gazetteer.TypePlace,
	"ORG":          gazetteer.TypeOrganization,
	"ORGANIZATION": gazetteer.TypeOrganization,
}

// repeats tags the later mentions of the entities the lists lack: the
// same words again, or a person's last word alone.
func (s *state) repeats() {
	type seq struct {
		words  []string
		entity int
	}
	seqs := map[string][]seq{} // by first word
	surname := map[string]int{}
	for _, m := range s.out.Mentions {
		e := s.out.Entities[m.Entity]
		if e.Entry != nil {
			continue
		}
		var ws []string
		for k := m.First; k < m.Last; k++ {
			ws = append(ws, fold(s.words[k].Text))
		}
		seqs[ws[0]] = append(seqs[ws[0]], seq{ws, m.Entity})
		if e.Out.Type == gazetteer.TypePerson && len(ws) >= 2 {
			// Any name of the person may stand alone: the last (Shearer),
			// the first where it is the family name (Wang Xiaobo) or a
			// name used alone (Jansher Khan).
			s.nameWords(surname, m)
		}
	}
	if len(seqs) == 0 {
		return
	}
	for i := 0; i < len(s.words); i++ {
		if !s.free(i) || !s.words[i].Upper {
			continue
		}
		done := false
		for _, q := range seqs[fold(s.words[i].Text)] {
			n := len(q.words)
			if i+n > len(s.words) {
				continue
			}
			ok := true
			for k := 0; k < n && ok; k++ {
				ok = s.free(i+k) && fold(s.words[i+k].Text) == q.words[k] && (k == 0 || s.words[i+k].Joined && s.words[i+k].Upper)
			}
			if ok {
				s.addMention(q.entity, i, i+n, ViaName, "")
				i += n - 1
				done = true
				break
			}
		}
		if done {
			continue
		}
		w := s.words[i]
		if e, ok := surname[fold(w.Text)]; ok && e >= 0 && !stopWords[w.Text] && !(i+1 < len(s.words) && s.words[i+1].Joined && s.words[i+1].Upper) {
			s.addMention(e, i, i+1, ViaName, "")
		}
	}
}

// nameWords maps each word of the person mention m that may stand alone
// for the person (not a particle, an initial or a word of fewer than
// three letters), folded, to m's entity in names, or to -1 when another
// entity has that word too.
func (s *state) nameWords(names map[string]int, m Mention) {
	for k := m.First; k < m.Last; k++ {
		w := fold(s.words[k].Text)
		if nameParticles[w] || len([]rune(w)) < 3 || s.initial(k) {
			continue
		}
		if prev, ok := names[w]; ok && prev != m.Entity {
			names[w] = -1
		} else if !ok {
			names[w] = m.Entity
		}
	}
}

// matchAt returns the index of the match starting at word i, or -1.
func (s *state) matchAt(i int) int {
	k := sort.Search(len(s.matches), func(j int) bool { return s.matches[j].first >= i })
	if k < len(s.matches) && s.matches[k].first == i {
		return k
	}
	return -1
}

// mentionAt returns the latest mention starting at word i, or -1.
func (s *state) mentionAt(i int) int {
	if k, ok := s.starts[i]; ok {
		return k
	}
	return -1
}

// personAfter returns the person mention that starts at word i or
// after at most two capitalized words joined to it (a rank, a given
// name), or -1.
func (s *state) personAfter(i int) int {
	for k := i; k < len(s.words) && k <= i+2; k++ {
		if k > i && !s.words[k].Joined {
			break
		}
		if mi := s.mentionAt(k); mi >= 0 {
			if s.out.Entities[s.out.Mentions[mi].Entity].Out.Type == gazetteer.TypePerson {
				return mi
			}
			return -1
		}
		if !s.words[k].Upper || stopWords[s.words[k].Text] {
			break
		}
	}
	return -1
}

// countryOf returns the ISO code a match names as a qualifier: a
// demonym or a country.
func (s *state) countryOf(m *match) string {
	if m.demonym != "" {
		return m.demonym
	}
	if m.entity >= 0 {
		if e := s.r.g.Entry(m.entity); e.Type == gazetteer.TypePlace && e.Kind == "country" {
			return e.Country
		}
	}
	return ""
}

// descriptions resolves a title with its country (Russian Defence
// Minister, Russia's defence minister, the defence minister of Russia)
// and counterpart phrases (his Russian counterpart) to the holder of the
// office, unless a name follows: then the title is that name's.
func (s *state) descriptions() {
	for i := range s.matches {
		m := &s.matches[i]
		role, country := "", ""
		first, last := m.first, m.last
		switch {
		case m.title >= 0 && m.entity < 0:
			role = s.r.g.Entry(m.title).Role
			// A qualifier before: Russian / Russia's / U.S.
			if i > 0 {
				p := &s.matches[i-1]
				if p.last == m.first && (s.words[m.first].Joined || s.words[m.first-1].Possessive) {
					if c := s.countryOf(p); c != "" {
						country, first = c, p.first
					}
				}
			}
			// …or after: the defence minister of Russia.
			if country == "" && last+1 < len(s.words) && s.words[last].Text == "of" && s.words[last].Joined {
				if j := s.matchAt(last + 1); j >= 0 && s.words[last+1].Joined {
					if c := s.countryOf(&s.matches[j]); c != "" {
						country, last = c, s.matches[j].last
					}
				}
			}
		case m.demonym != "" && m.last < len(s.words) && counterpartWords[s.words[m.last].Text] && s.words[m.last].Joined:
			country = m.demonym
			last = m.last + 1
			role = s.counterpartRole(m.first)
		default:
			continue
		}
		// A name right after, perhaps behind a rank or a given name the
		// lists lack (Prince Faisal bin Farhan): the description is its
		// title.
		if last < len(s.words) && s.words[last].Sentence == s.words[first].Sentence && s.apposable(last-1, last) {
			if mi := s.personAfter(last); mi >= 0 {
				if s.out.Mentions[mi].Role == "" {
					s.out.Mentions[mi].Role = role
				}
				continue
			}
			if w := s.words[last]; w.Upper && !stopWords[w.Text] && s.free(last) && s.nameRun(last) > last+1 {
				continue // a name the lists lack
			}
		}
		if role == "" {
			continue
		}
		var h int32 = -1
		if country != "" {
			h = s.holder(role, country)
		} else if first > 0 && determiners[s.words[first-1].Text] && s.words[first].Joined {
			h = s.onlyNamedHolder(role)
		}
		if h < 0 {
			continue
		}
		s.addMention(s.entityFor(h), first, last, ViaDescription, role)
	}
}

// holder resolves role/country to a person: the only holder named in the
// document, else the holder on the publication date.
func (s *state) holder(role, country string) int32 {
	hs := s.r.g.Holders(role, country)
	named := int32(-1)
	for _, h := range hs {
		if _, ok := s.byEntry[h]; ok || s.strong[h] {
			if named >= 0 && named != h {
				named = -2
				break
			}
			named = h
		}
	}
	if named >= 0 {
		return named
	}
	if s.pub.IsZero() {
		return -1
	}
	for _, h := range hs {
		for _, r := range s.r.g.Entry(h).Roles {
			if r.Role == role && r.Country == country && r.Holds(s.pub) {
				return h
			}
		}
	}
	return -1
}

// onlyNamedHolder resolves a bare title (the president) to the one person
// named in the document who holds that office.
func (s *state) onlyNamedHolder(role string) int32 {
	found := int32(-1)
	for e := range s.byEntry {
		ent := s.r.g.Entry(e)
		if ent.Type != gazetteer.TypePerson {
			continue
		}
		for _, r := range ent.Roles {
			if r.Role == role && (s.pub.IsZero() || r.Holds(s.pub)) {
				if found >= 0 && found != e {
					return -1
				}
				found = e
			}
		}
	}
	return found
}

// counterpartRole is the office of the person a counterpart phrase at
// word i refers back to: the nearest person mentioned before it.
func (s *state) counterpartRole(i int) string {
	best := -1
	for k, m := range s.out.Mentions {
		if m.First >= i || s.out.Entities[m.Entity].Out.Type != gazetteer.TypePerson {
			continue
		}
		if best < 0 || m.First > s.out.Mentions[best].First {
			best = k
		}
	}
	if best < 0 {
		return ""
	}
	m := s.out.Mentions[best]
	if m.Role != "" {
		return m.Role
	}
	if e := s.out.Entities[m.Entity].Entry; e != nil {
		for _, r := range e.Roles {
			if s.pub.IsZero() || r.Holds(s.pub) {
				return r.Role
			}
		}
	}
	return ""
}

// finish orders mentions by position and entities by first mention, and
// writes the output mentions.
func (s *state) finish() {
	ms := s.out.Mentions
	sort.SliceStable(ms, func(a, b int) bool {
		if ms[a].Start != ms[b].Start {
			return ms[a].Start < ms[b].Start
		}
		return ms[a].End < ms[b].End
	})
	order := make([]int, 0, len(s.out.Entities))
	seen := make([]bool, len(s.out.Entities))
	for _, m := range ms {
		if !seen[m.Entity] {
			seen[m.Entity] = true
			order = append(order, m.Entity)
		}
	}
	remap := make([]int, len(s.out.Entities))
	ents := make([]Entity, 0, len(order))
	for n, old := range order {
		remap[old] = n
		ents = append(ents, s.out.Entities[old])
	}
	for k := range ms {
		m := &ms[k]
		m.Entity = remap[m.Entity]
		via := m.Via
		if via == ViaNER {
			via = ViaName // the output tells NER finds by gazetteer: false
		}
		e := &ents[m.Entity]
		e.Out.Mentions = append(e.Out.Mentions, doc.Mention{
			Text: s.an.Span(m.Start, m.End), Start: m.Start, End: m.End, Sentence: m.Sentence, Via: via,
		})
	}
	used := map[string]int{}
	for k := range ents {
		id := ents[k].Out.ID
		if n := used[id]; n > 0 {
			ents[k].Out.ID = id + "-" + itoa(n+1)
		}
		used[id]++
	}
	s.out.Entities = ents
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}
