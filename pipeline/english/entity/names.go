package entity

import (
	"sort"
	"strings"
	"unicode"

	"github.com/extract-news/extract/pipeline/gazetteer"
)

// maxRun is the most words a name the lists lack may have.
const maxRun = 6

// names adds the names the lists lack: runs of capitalized proper nouns
// (particles such as bin or de inside, initials such as George W. Bush
// or A. Dale), typed by what stands around them and, failing that, by
// prose's labels. Headlines in capitals make none (GET LUCKY WIN) but
// their dateline place; bylines make none.
func (s *state) names() {
	bylines := s.bylines()
	for i := 0; i < len(s.words); i++ {
		w := s.words[i]
		if bylines[w.Sentence] || !s.free(i) || !s.startsName(i) {
			continue
		}
		if end := s.dateline(i); end > i {
			s.addMention(s.unknown(gazetteer.TypePlace, s.text(i, end)), i, end, ViaNER, "")
			i = end - 1
			continue
		}
		if s.headline[w.Sentence] {
			continue
		}
		end := s.run(i)
		if end == i || s.beforePerson(end) || s.hyphenAdjective(end) {
			continue // a rank or a name the person's mention lacks (Prince Faisal bin Farhan)
		}
		if typ := s.runType(i, end); typ != "" {
			if typ == gazetteer.TypeOrganization {
				end = s.orgTail(end)
			}
			if e := s.namedPerson(i, end); typ == gazetteer.TypePerson && e >= 0 {
				s.addMention(s.entityFor(e), i, end, ViaName, "")
				i = end - 1
				continue
			}
			s.addMention(s.unknown(typ, s.text(i, end)), i, end, ViaNER, "")
			i = end - 1
			continue
		}
		i = end - 1
	}
}

// namedPerson returns the one listed person named elsewhere in the
// document whose names hold the single word [i, end) (King Abdullah where
// King Abdullah II is named), or -1.
func (s *state) namedPerson(i, end int) int32 {
	if end-i != 1 {
		return -1
	}
	w := fold(s.words[i].Text)
	found := int32(-1)
	for e := range s.byEntry {
		if s.r.g.Entry(e).Type != gazetteer.TypePerson || !(contains(s.r.words[e], w) || contains(s.r.lasts[e], w)) {
			continue
		}
		if found >= 0 && found != e {
			return -1
		}
		found = e
	}
	return found
}

// beforePerson reports a person's mention that starts at word i, joined
// to the word before.
func (s *state) beforePerson(i int) bool {
	if i >= len(s.words) || !s.words[i].Joined {
		return false
	}
	mi := s.mentionAt(i)
	return mi >= 0 && s.out.Entities[s.out.Mentions[mi].Entity].Out.Type == gazetteer.TypePerson
}

// hyphenAdjective reports a lower-case word joined by a hyphen at word
// end: the name before it is part of an adjective (New York-based).
func (s *state) hyphenAdjective(end int) bool {
	if end >= len(s.words) || end == 0 || !s.words[end].Joined || s.words[end].Upper || s.words[end].Token != s.words[end-1].Token {
		return false
	}
	gap := s.an.Runes[s.words[end-1].End:s.words[end].Start]
	return len(gap) == 1 && gap[0] == '-'
}

// startsName reports a word that may begin a name: capitalized, a
// proper noun to the tagger (or labelled by the recognizer), not a stop
// word or a nationality.
func (s *state) startsName(i int) bool {
	w := s.words[i]
	return w.Upper && (!stopWords[w.Text] || s.initial(i)) && !isDemonym(w.Text) && !honorifics[w.Text] && s.proper(i)
}

// proper reports a word the tagger takes for a proper noun, or one the
// recognizer labels.
func (s *state) proper(i int) bool {
	t := s.an.Tokens[s.words[i].Token]
	return strings.HasPrefix(t.Tag, "NNP") || labelOf(s.an, s.words[i]) != ""
}

// run returns the end of the run of name words starting at word i: free,
// capitalized proper nouns in one sentence, joined or after an initial,
// with lower-case particles inside; a possessive ends it.
func (s *state) run(i int) int {
	end := i
	for k := i; k < len(s.words) && k-i < maxRun && s.free(k); k++ {
		w := s.words[k]
		if k > i {
			p := s.words[k-1]
			if p.Possessive || w.Sentence != p.Sentence || !(w.Joined || s.initial(k-1)) {
				break
			}
			if nameParticles[w.Text] && !w.Upper {
				continue // inside a name only: the end moves with the next word
			}
		}
		if !s.startsName(k) {
			break
		}
		end = k + 1
	}
	return end
}

// initial reports word i as an initial: one capital letter followed by a
// dot and a capitalized word (George W. Bush, A. Dale).
func (s *state) initial(i int) bool {
	w := s.words[i]
	if w.End-w.Start != 1 || !w.Upper || i+1 >= len(s.words) || s.words[i+1].Sentence != w.Sentence {
		return false
	}
	gap := s.an.Runes[w.End:s.words[i+1].Start]
	if len(gap) == 0 || gap[0] != '.' {
		return false
	}
	for _, r := range gap[1:] {
		if r != ' ' {
			return false
		}
	}
	return true
}

// runType types the run [i, end): an organization when it ends with an
// organization's head word (Corp, Party, Ministry) or is an acronym; a
// person when it holds an initial, starts with a given name of the
// lists, or follows a title, an honorific or a noun for a person
// (footballer Alan Shearer); else by prose's labels. In a table line, a
// place that a score follows is a team: an organization.
func (s *state) runType(i, end int) string {
	n := end - i
	last := s.words[end-1]
	switch {
	case orgHeads[last.Text] && (n >= 2 || last.Caps):
		return gazetteer.TypeOrganization
	case orgHeads[last.Text] || placeHeads[last.Text]:
		return "" // League, Street alone: a common noun
	case placeHeads[last.Text] && n >= 2 && !s.labelled(i, end, gazetteer.TypeOrganization):
		return gazetteer.TypePlace
	case s.personCue(i, end):
		return gazetteer.TypePerson
	case s.team(i, end) && (n == 1 || !s.labelled(i, end, gazetteer.TypePerson)):
		return gazetteer.TypeOrganization
	case n >= 2 && s.countryAfter(end):
		return gazetteer.TypePerson
	case n == 1 && last.Caps && len([]rune(last.Text)) >= 2 && len([]rune(last.Text)) <= 6 && s.words[i].End-s.words[i].Start >= 2 && !s.table(i):
		return gazetteer.TypeOrganization
	}
	person, org, place := 0, 0, 0
	for k := i; k < end; k++ {
		switch nerType[labelOf(s.an, s.words[k])] {
		case gazetteer.TypePerson:
			person++
		case gazetteer.TypeOrganization:
			org++
		case gazetteer.TypePlace:
			place++
		}
	}
	typ := ""
	switch {
	case org > 0 && org >= person && org >= place:
		typ = gazetteer.TypeOrganization
	case person > 0 && person >= place && n >= 2 && s.an.Tokens[last.Token].Tag != "NNPS":
		typ = gazetteer.TypePerson
	case place > 0 && (n >= 2 || s.cue(i, gazetteer.TypePlace)) && s.an.Tokens[s.words[i].Token].Tag == "NNP":
		typ = gazetteer.TypePlace
	}
	if typ == gazetteer.TypePlace && s.team(i, end) {
		typ = gazetteer.TypeOrganization
	}
	return typ
}

// countryAfter reports a country of the lists in brackets right after
// word end-1: Goran Ivanisevic (Croatia), a competitor and the country
// he stands for.
func (s *state) countryAfter(end int) bool {
	if end >= len(s.words) || s.words[end].Sentence != s.words[end-1].Sentence ||
		strings.TrimSpace(string(s.an.Runes[s.words[end-1].End:s.words[end].Start])) != "(" {
		return false
	}
	mi := s.mentionAt(end)
	if mi < 0 {
		return false
	}
	m := s.out.Mentions[mi]
	if e := s.out.Entities[m.Entity]; e.Entry == nil || e.Entry.Type != gazetteer.TypePlace {
		return false
	}
	rest := strings.TrimLeft(string(s.an.Runes[m.End:min(len(s.an.Runes), m.End+3)]), " ")
	return strings.HasPrefix(rest, ")")
}

// personCue reports what makes the run [i, end) a person whatever prose
// says: an initial inside, a given name of the lists first (two words or
// more), or right before it a title of the lists, an honorific (Mr.) or
// a noun for a person.
func (s *state) personCue(i, end int) bool {
	n := end - i
	for k := i; k < end-1; k++ {
		if s.initial(k) {
			return true
		}
	}
	if n >= 2 && s.r.given[fold(s.words[i].Text)] {
		return true
	}
	if i == 0 || s.words[i-1].Sentence != s.words[i].Sentence {
		return false
	}
	p := s.words[i-1]
	if honorifics[p.Text] && strings.Trim(string(s.an.Runes[p.End:s.words[i].Start]), ". ") == "" {
		return true // Mr. Haddad, Mr Haddad
	}
	if !(s.words[i].Joined || s.initial(i-1)) {
		return false
	}
	if personNouns[p.Text] && !p.Upper {
		return true
	}
	if k := s.matchEnding(i); k >= 0 && s.matches[k].title >= 0 && s.matches[k].entity < 0 && !stopWords[p.Text] {
		return true
	}
	return false
}

// matchEnding returns the match that ends right before word i, or -1.
func (s *state) matchEnding(i int) int {
	// Matches do not overlap: the one ending at i is the last to start
	// before i.
	k := sort.Search(len(s.matches), func(j int) bool { return s.matches[j].first >= i }) - 1
	if k >= 0 && s.matches[k].last == i {
		return k
	}
	return -1
}

// dateline returns the end of a dateline place at word i (LONDON
// 1996-08-30, MOSCOW, March 6 -): capital words that open a sentence,
// followed by a number or a comma, in the first lines of the document;
// else i.
func (s *state) dateline(i int) int {
	w := s.words[i]
	if w.Sentence > 3 || w.Start != s.an.SentenceOf(w.Sentence).Start {
		return i
	}
	end := i
	for end < len(s.words) && end-i < 3 && s.words[end].Sentence == w.Sentence && s.words[end].Caps && s.free(end) &&
		(end == i || s.words[end].Joined) && !stopWords[s.words[end].Text] && !isNumber(s.words[end].Text) {
		end++
	}
	if end == i || end >= len(s.words) || s.words[end].Sentence != w.Sentence {
		return i
	}
	gap := strings.TrimSpace(string(s.an.Runes[s.words[end-1].End:s.words[end].Start]))
	if gap == "," || gap == "" && isNumber(s.words[end].Text) {
		return end
	}
	return i
}

// sentences marks, once per document, the headlines: sentences written
// in capitals, where most of the words of two letters or more are all
// capitals; and the table lines: sentences where at least a fifth of the
// words are numbers.
func (s *state) sentences() {
	n := 0
	for _, w := range s.words {
		n = max(n, w.Sentence+1)
	}
	words, numbers := make([]int, n), make([]int, n)
	caps, all := make([]int, n), make([]int, n)
	for _, w := range s.words {
		k := w.Sentence
		words[k]++
		number := isNumber(w.Text)
		if number {
			numbers[k]++
		}
		if w.End-w.Start < 2 || number {
			continue
		}
		all[k]++
		if w.Caps {
			caps[k]++
		}
	}
	s.headline, s.tableLine = make([]bool, n), make([]bool, n)
	for k := range n {
		s.headline[k] = all[k] >= 2 && caps[k]*10 >= all[k]*7
		s.tableLine[k] = words[k] > 0 && numbers[k]*5 >= words[k]
	}
}

// team reports a name [i, end) that a score (up to three digits, not a
// year) follows right after (Glamorgan 259,
// Arsenal 2 Chelsea 1) in a table line, where at least a fifth of the
// words are numbers: a club, not its town.
func (s *state) team(i, end int) bool {
	if end >= len(s.words) || s.words[end].Sentence != s.words[i].Sentence || !isNumber(s.words[end].Text) ||
		len(s.words[end].Text) > 3 || strings.TrimSpace(string(s.an.Runes[s.words[end-1].End:s.words[end].Start])) != "" {
		return false
	}
	return s.table(i)
}

// table reports that word i is in a table line: at least a fifth of the
// words of its sentence are numbers (sentences; the words of a sentence
// follow one another).
func (s *state) table(i int) bool { return s.tableLine[s.words[i].Sentence] }

func isNumber(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// teams turns the places of the lists that are not countries into
// organizations where a score follows them in a table line (Durham 114).
func (s *state) teams() {
	for mi := 0; mi < len(s.out.Mentions); mi++ {
		m := s.out.Mentions[mi]
		e := s.out.Entities[m.Entity]
		if e.Entry == nil || e.Entry.Type != gazetteer.TypePlace || e.Entry.Kind == "country" || !s.team(m.First, m.Last) {
			continue
		}
		s.drop(mi)
		s.addMention(s.unknown(gazetteer.TypeOrganization, s.text(m.First, m.Last)), m.First, m.Last, ViaNER, "")
		mi--
	}
}

// drop removes mention mi.
func (s *state) drop(mi int) {
	s.out.Mentions = append(s.out.Mentions[:mi], s.out.Mentions[mi+1:]...)
	clear(s.starts)
	for k, m := range s.out.Mentions {
		s.starts[m.First] = k
	}
}

// absorb reads a place of the lists inside a longer name: with an
// organization's head after it (New York Stock Exchange, U.S. Treasury
// Department) the whole is an organization; with other capitalized words
// after it (U.S. Open) the whole is a name of another kind and the place
// is dropped; with a person's or an organization's words before it
// (MaliVai Washington, Air France) the whole is that person or
// organization.
func (s *state) absorb() {
	for mi := 0; mi < len(s.out.Mentions); mi++ {
		m := s.out.Mentions[mi]
		e := s.out.Entities[m.Entity]
		if e.Entry == nil || e.Entry.Type != gazetteer.TypePlace || s.words[m.Last-1].Possessive {
			continue
		}
		first, last, typ := m.First, m.Last, ""
		if k := m.Last; k < len(s.words) && s.spaceAfter(m) && s.free(k) && s.startsName(k) {
			if end := s.run(k); end > k && !s.personCue(k, end) && !s.r.given[fold(s.words[k].Text)] {
				last = end
				if orgHeads[s.words[end-1].Text] {
					typ = gazetteer.TypeOrganization
				}
			}
		}
		if last == m.Last {
			start := m.First
			for start > 0 && m.First-start < 2 && s.words[start].Joined && s.free(start-1) && s.startsName(start-1) {
				start--
			}
			if start < m.First {
				first = start
				switch {
				case s.personCue(start, m.Last):
					typ = gazetteer.TypePerson
				case s.labelled(start, m.First, gazetteer.TypeOrganization):
					typ = gazetteer.TypeOrganization
				default:
					first = m.First
				}
			}
		}
		if first == m.First && last == m.Last {
			continue
		}
		s.drop(mi)
		mi--
		if typ == "" {
			for k := first; k < last; k++ {
				s.covered[k] = true
			}
			continue
		}
		if typ == gazetteer.TypeOrganization {
			last = s.orgTail(last)
		}
		s.addMention(s.unknown(typ, s.text(first, last)), first, last, ViaNER, "")
	}
}

// spaceAfter reports a mention followed by spaces only and then a word
// of the same sentence (U.S. Open: the abbreviation's dot is the
// mention's).
func (s *state) spaceAfter(m Mention) bool {
	if m.Last >= len(s.words) || s.words[m.Last].Sentence != m.Sentence {
		return false
	}
	gap := s.an.Runes[m.End:s.words[m.Last].Start]
	if len(gap) == 0 {
		return false
	}
	for _, r := range gap {
		if r != ' ' {
			return false
		}
	}
	return true
}

// labelled reports a word of [i, end) that prose labels as typ.
func (s *state) labelled(i, end int, typ string) bool {
	for k := i; k < end; k++ {
		if nerType[labelOf(s.an, s.words[k])] == typ {
			return true
		}
	}
	return false
}

// orgTail extends an organization's name that ends at word end over of
// or for and the name after it (National League for Democracy, Bank of
// England: a place of the lists is taken in).
func (s *state) orgTail(end int) int {
	if !orgHeads[s.words[end-1].Text] || end+1 >= len(s.words) || !s.free(end) ||
		(s.words[end].Text != "of" && s.words[end].Text != "for") || !s.words[end].Joined || !s.words[end+1].Joined {
		return end
	}
	k := end + 1
	if s.free(k) {
		if s.startsName(k) {
			if e := s.run(k); e > k {
				return e
			}
		}
		return end
	}
	mi := s.mentionAt(k)
	if mi < 0 || s.out.Entities[s.out.Mentions[mi].Entity].Out.Type != gazetteer.TypePlace {
		return end
	}
	last := s.out.Mentions[mi].Last
	s.drop(mi)
	return last
}

// consistent gives a name one type in a document: a place (of the lists,
// not a country, or found here) written as an organization found here
// (Surrey where Surrey 429-7 made it a club) becomes that organization.
func (s *state) consistent() {
	orgs := map[string]int{}
	for _, m := range s.out.Mentions {
		if e := s.out.Entities[m.Entity]; e.Entry == nil && e.Out.Type == gazetteer.TypeOrganization {
			orgs[s.key(m)] = m.Entity
		}
	}
	if len(orgs) == 0 {
		return
	}
	for k := range s.out.Mentions {
		m := &s.out.Mentions[k]
		e := s.out.Entities[m.Entity]
		if e.Out.Type != gazetteer.TypePlace || e.Entry != nil && e.Entry.Kind == "country" || s.atDateline(*m) || s.headline[m.Sentence] {
			continue
		}
		if org, ok := orgs[s.key(*m)]; ok {
			m.Entity = org
		}
	}
}

// atDateline reports a mention that opens one of the first sentences,
// followed by a comma or a number: the dateline's place.
func (s *state) atDateline(m Mention) bool {
	if m.Sentence > 3 || s.words[m.First].Start != s.an.SentenceOf(m.Sentence).Start || m.Last >= len(s.words) {
		return false
	}
	gap := strings.TrimSpace(string(s.an.Runes[m.End:s.words[m.Last].Start]))
	return gap == "," || gap == "" && isNumber(s.words[m.Last].Text) && len(s.words[m.Last].Text) == 4
}

// personNames moves to a person the lone names that are one of the names
// of a person found here in two words or more (Hollioake 4-38 after Adam
// Hollioake, Washington after MaliVai Washington, Nyerere in a headline
// before Julius Nyerere), from a person or an organization found here or
// a place.
func (s *state) personNames() {
	names := map[string]int{}
	for _, m := range s.out.Mentions {
		e := s.out.Entities[m.Entity]
		if e.Out.Type != gazetteer.TypePerson || m.Last-m.First < 2 {
			continue
		}
		s.nameWords(names, m)
	}
	for k := range s.out.Mentions {
		m := &s.out.Mentions[k]
		e := s.out.Entities[m.Entity]
		if m.Last-m.First != 1 || !(e.Out.Type == gazetteer.TypePlace || e.Entry == nil && e.Out.Type != gazetteer.TypePlace) || s.atDateline(*m) {
			continue
		}
		if p, ok := names[fold(s.words[m.First].Text)]; ok && p >= 0 {
			m.Entity = p
		}
	}
}

// key is the folded text of a mention's words.
func (s *state) key(m Mention) string {
	var b strings.Builder
	for k := m.First; k < m.Last; k++ {
		b.WriteString(fold(s.words[k].Text))
		b.WriteByte(' ')
	}
	return b.String()
}
