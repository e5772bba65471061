// Package resolve turns tagger matches into the entities of one document:
// it accepts ambiguous forms only with support, joins short forms to the
// full entity, resolves descriptions (الرئيس السوري، نظيره الروسي) to the
// person who held that office, and reports people introduced by a title
// whom no gazetteer knows (اللواء X).
package resolve

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/extract-news/extract/pipeline/doc"
	"github.com/extract-news/extract/pipeline/event"
	"github.com/extract-news/extract/pipeline/gazetteer"
	"github.com/extract-news/extract/pipeline/normalize"
	"github.com/extract-news/extract/pipeline/tag"
	"github.com/extract-news/extract/pipeline/tokenize"
)

// Via values of a Mention.
const (
	ViaName        = ""
	ViaDescription = "description"
	ViaTitle       = "title"
)

// Mention is one resolved mention in analysis-form coordinates.
type Mention struct {
	// Entity indexes Doc.Entities.
	Entity int
	// First and Last delimit its tokens, [First, Last).
	First, Last int
	// Start and End are the analysis-form rune span.
	Start, End int
	Sentence   int
	Via        string
	// Role is the office named by a title or description right before
	// or at the mention ("defence-minister"), when there is one.
	Role string
	// InTitle marks a name inside a title phrase (the UN in الأمين العام
	// للأمم المتحدة, Syria in المبعوث الأممي إلى سوريا).
	InTitle bool
	// Titled marks a person introduced by the title of an office (a
	// title with a role: الرئيس، وزير الخارجية، not اللواء، الدكتور)
	// right before the name.
	Titled bool
}

// Entity is a resolved entity: its gazetteer entry (nil for people found
// only by their title) and its output form; the type every language's
// stages share.
type Entity = event.Entity

// Doc is the resolution of one document.
type Doc struct {
	Entities []Entity
	// Mentions in text order.
	Mentions []Mention
	// Titled counts the people mentions introduced by the title of an
	// office, known and unknown to the gazetteers.
	Titled doc.Coverage
}

// Input is what resolution needs about one document.
type Input struct {
	// Original is the document text all output offsets refer to.
	Original  string
	Text      *normalize.Text
	Analysis  *tokenize.Analysis
	Matches   []tag.Match
	Published time.Time
}

// Resolver resolves matches against one compiled gazetteer.
type Resolver struct {
	g        *gazetteer.Compiled
	given    map[string]bool
	capitals map[string]int32 // country code → its one capital
	// offices marks the titles of an office (a role, or kind office:
	// وزير، سفير، الأمين العام) as opposed to ranks and honorifics.
	offices map[int32]bool
	// pairs holds the first two words of every person's forms (كيم
	// جونغ), with the entries they begin: a short form followed by the
	// next word of its own name is that person written with punctuation
	// (كيم جونغ-أون), not a longer unknown name.
	pairs map[string][]personForm
	// bodies maps a national body (slug/country) to its gazetteer entry.
	bodies map[string]int32
}

// New returns a Resolver for g.
func New(g *gazetteer.Compiled) *Resolver {
	r := &Resolver{g: g, given: map[string]bool{}, capitals: map[string]int32{}, offices: map[int32]bool{}, pairs: map[string][]personForm{}}
	for i, e := range g.Set.Entries {
		if e.Type == gazetteer.TypeTitle && (e.Role != "" || e.Kind == "office") {
			r.offices[int32(i)] = true
		}
		if e.Type == gazetteer.TypePlace && e.Kind == "capital" && e.Country != "" {
			if _, dup := r.capitals[e.Country]; dup {
				r.capitals[e.Country] = -1 // two capitals listed: no rule to pick
			} else {
				r.capitals[e.Country] = int32(i)
			}
		}
		if e.Type != gazetteer.TypePerson {
			continue
		}
		for _, f := range append([]string{e.NameAr}, e.Aliases...) {
			toks := gazetteer.FormTokens(f)
			if len(toks) >= 2 && !strings.HasPrefix(toks[0], "ال") {
				r.given[toks[0]] = true
			}
			if len(toks) >= 2 {
				k := toks[0] + " " + toks[1]
				r.pairs[k] = append(r.pairs[k], personForm{int32(i), toks})
			}
		}
	}
	// A title's first word is no given name (آية الله علي خامنئي: آية
	// is also "any").
	for _, e := range g.Set.Entries {
		if e.Type != gazetteer.TypeTitle {
			continue
		}
		for _, f := range e.Aliases {
			if toks := gazetteer.FormTokens(f); len(toks) > 0 && !givenNames[toks[0]] {
				delete(r.given, toks[0])
			}
		}
	}
	r.bodies = bodyEntries(g)
	return r
}

var (
	placeCues        = lex.Set("placeCues")
	orgCues          = lex.Set("orgCues")
	counterpartWords = lex.Set("counterpartWords")
	deputyWords      = lex.Set("deputyWords")
	// namedAfterHeads are the heads of things named after a person.
	namedAfterHeads = lex.Set("namedAfterHeads")
	nameJoiners     = lex.Set("nameJoiners")
	sonOf           = lex.Set("sonOf")
	nameStop        = lex.Set("nameStop")
)

func hasStem(set map[string]bool, tok string) bool {
	var buf tokenize.StemBuf
	for _, st := range buf.Stems(tok) {
		if set[st.Text] {
			return true
		}
	}
	return false
}

// apposable reports whether only spaces, quotes, commas, dashes, a colon
// or a parenthesis stand between runes a and b; not a colon and a quote,
// which open what is said (وهتف مؤيدو الرئيس السوري: "إحنا رجالك").
func apposable(text []rune, a, b int) bool {
	colon, quote := false, false
	for _, r := range text[a:b] {
		switch r {
		case ':':
			colon = true
		case '"', '\'':
			quote = true
		case ' ', ',', '(', '-':
		default:
			return false
		}
	}
	return !(colon && quote)
}

var givenNames = lex.Set("givenNames")

type state struct {
	r       *Resolver
	in      Input
	toks    []tokenize.Token
	text    []rune
	strong  map[int32]bool
	out     *Doc
	byEntry map[int32]int // entry index → Doc.Entities index
	byName  map[string]int
	// bodyEnd maps the first token of an organization mention the stage
	// found to its end (titledName skips it).
	bodyEnd map[int]int
	// resolved marks the tokens of matches that resolved (resolvedTok).
	resolved []bool
	// takenBuf is the buffer of tokensTaken.
	takenBuf []bool
	// starts marks the tokens a mention starts at (mentionAt).
	starts []bool
	// typed marks, per match, what it resolved to.
	kinds []matchKind
	// strongCountries holds the countries of the people and bodies named
	// unambiguously (computed on first use by peopleOf).
	strongCountries map[string]bool
}

type matchKind struct {
	title   int32 // title entry, or -1
	demonym int32 // country entry, or -1
	entity  int32 // entry, or -1
	mention int   // index in out.Mentions, or -1
}

// Resolve resolves the matches of one document.
func (r *Resolver) Resolve(in Input) *Doc {
	s := &state{
		r: r, in: in, toks: in.Analysis.Tokens, text: in.Text.Runes,
		strong: map[int32]bool{}, out: &Doc{}, byEntry: map[int32]int{}, byName: map[string]int{},
		starts: make([]bool, len(in.Analysis.Tokens)),
	}
	s.classify()
	s.entities()
	s.capitalDescriptions()
	s.descriptions()
	s.nationalBodies()
	s.inCountryBodies()
	s.untitled()
	s.delegations() // after untitled: a delegation's head may be someone no list knows
	s.ownMinisters()
	s.mergeUnknownPeople()
	s.surnames()
	s.linkBareMinistries()
	s.spellingVariants()
	s.seats()
	s.finish()
	return s.out
}

// classify records, for every match, the title, demonym and strongly
// named entity it carries, and collects the strong set.
func (s *state) classify() {
	s.kinds = make([]matchKind, len(s.in.Matches))
	for i, m := range s.in.Matches {
		k := matchKind{title: -1, demonym: -1, entity: -1, mention: -1}
		for _, p := range m.Payloads {
			switch p.Kind {
			case gazetteer.KindTitle:
				if k.title < 0 {
					k.title = p.Entry
				}
			case gazetteer.KindDemonym:
				if k.demonym < 0 {
					k.demonym = p.Entry
				}
			case gazetteer.KindName, gazetteer.KindLatin:
				s.strong[p.Entry] = true
			}
		}
		s.kinds[i] = k
	}
}

// cue reports whether the context before match i supports an entity of
// type typ.
func (s *state) cue(i int, typ string) bool {
	m := s.in.Matches[i]
	if typ == gazetteer.TypePerson {
		// An occupation (الحكم "the rule", النجم) is too common a word to
		// support a short form that is a word too (حتى، إلا).
		t := s.titleBefore(i)
		return t >= 0 && s.r.g.Entry(t).Kind != "occupation"
	}
	// في حديثه: a word with the pronoun ه is not a place in ة (حديثة)
	// that folding made it look like; a cue does not make it one.
	if typ == gazetteer.TypePlace && s.pronounH(m.End) {
		return false
	}
	if m.Prefix > 0 {
		// بدمشق، وفي: the clitic itself is a locative cue for places.
		if typ == gazetteer.TypePlace && strings.ContainsRune("بل", []rune(s.toks[m.First].Text)[m.Prefix-1]) {
			return true
		}
	}
	if m.First == 0 {
		return false
	}
	prev := s.toks[m.First-1].Text
	switch typ {
	case gazetteer.TypePlace:
		return hasStem(placeCues, prev)
	case gazetteer.TypeOrganization:
		return hasStem(orgCues, prev)
	}
	return false
}

// pronounH reports that the analysis-form rune before end was written ه
// in the original, where a name in ة ends (حديثه for حديثة).
func (s *state) pronounH(end int) bool {
	if end <= 0 || end > len(s.text) || s.text[end-1] != 'ه' {
		return false
	}
	a, b := s.in.Text.Span(end-1, end)
	return strings.HasSuffix(s.in.Text.Original(a, b), "ه")
}

// titleBefore returns the title entry right before person match i
// (optionally followed by a demonym or a country: الرئيس السوري X،
// وزير خارجية البحرين X), or -1.
func (s *state) titleBefore(i int) int32 {
	m := s.in.Matches[i]
	for j := i - 1; j >= 0 && j >= i-2; j-- {
		pm := s.in.Matches[j]
		if !apposable(s.text, pm.End, m.Start) && pm.Last != m.First {
			return -1
		}
		if s.kinds[j].title >= 0 {
			return s.kinds[j].title
		}
		if s.kinds[j].demonym < 0 && !s.isCountry(s.kinds[j].entity) {
			return -1
		}
		m = pm
	}
	return -1
}

// support rates the evidence for an ambiguous form of entry e at match
// i: 3 when the entity is named unambiguously in the document, 2 when
// an entity of its context is, 1 for a cue right before it, 0 for none.
func (s *state) support(i int, e int32) int {
	ent := s.r.g.Entry(e)
	// العاهل الأردني الملك عبد الله: the nationality of an office right
	// before the form decides for the person of that country between
	// two of that name, whatever else the document names.
	if ent.Type == gazetteer.TypePerson && ent.Country != "" && s.nationalityBefore(i) == ent.Country {
		return 4
	}
	if s.strong[e] {
		return 3
	}
	for _, id := range ent.Context {
		if ci, ok := s.r.g.Set.Index(id); ok && s.strong[int32(ci)] {
			return 2
		}
	}
	// الملك عبد الله الثاني … في عمان: a place of the country whose people
	// or bodies the document names.
	// Only a capital or a country: a city's name is as often a club's
	// (ليفربول، برشلونة), whose players the document names.
	if ent.Type == gazetteer.TypePlace && (ent.Kind == "capital" || ent.Kind == "country") && ent.Country != "" && s.peopleOf(ent.Country) {
		return 2
	}
	if s.cue(i, ent.Type) {
		return 1
	}
	return 0
}

// peopleOf reports whether the document names unambiguously a person or
// a body of country cc.
func (s *state) peopleOf(cc string) bool {
	if s.strongCountries == nil {
		s.strongCountries = map[string]bool{}
		for e := range s.strong {
			if ent := s.r.g.Entry(e); ent.Country != "" && (ent.Type == gazetteer.TypePerson || ent.Type == gazetteer.TypeOrganization) {
				s.strongCountries[ent.Country] = true
			}
		}
	}
	return s.strongCountries[cc]
}

// nationalityBefore returns the country of a nationality adjective or a
// country named in the one or two matches right before match i, after
// the title of an office (العاهل الأردني، ملك الأردن، الرئيس السوري), or
// "".
func (s *state) nationalityBefore(i int) string {
	m := s.in.Matches[i]
	// Only the title of an office: الفنان المصري، المدرب الإيطالي name
	// people of a country, not its officials.
	office := func(j int) bool { return j >= 0 && s.kinds[j].title >= 0 && s.r.offices[s.kinds[j].title] }
	j := i - 1
	if j < 1 || !office(j-1) {
		return ""
	}
	pm := s.in.Matches[j]
	if !apposable(s.text, pm.End, m.Start) && pm.Last != m.First {
		return ""
	}
	if k := s.kinds[j]; k.demonym >= 0 {
		return s.r.g.Entry(k.demonym).Country
	}
	if s.isCountry(s.kinds[j].entity) {
		return s.r.g.Entry(s.kinds[j].entity).Country
	}
	return ""
}

// entities picks the entity of every name match.
func (s *state) entities() {
	for i, m := range s.in.Matches {
		for _, in := range m.Inner {
			s.innerName(in)
		}
		// بحجة أنه يخالف القوانين: a word that a clitic makes a common
		// phrase ("on the pretext") is no name of a place (حجة، Hajjah).
		if m.Prefix > 0 && cliticIdioms[s.toks[m.First].Text] {
			continue
		}
		best, bestKind := int32(-1), gazetteer.Kind(255)
		var strongCands []int32
		for _, p := range m.Payloads {
			if p.Kind == gazetteer.KindName || p.Kind == gazetteer.KindLatin {
				strongCands = append(strongCands, p.Entry)
			}
		}
		// أحمد عراقجي، أسماء الأسد: after a given name that is not the
		// person's own, a one-word form is the surname of someone else.
		prevGiven := m.Prefix == 0 && m.First > 0 && m.Last-m.First == 1 && s.toks[m.First].Joined && s.otherGiven(m.First-1)
		if prevGiven {
			kept := strongCands[:0]
			for _, e := range strongCands {
				if s.r.g.Entry(e).Type != gazetteer.TypePerson || s.ownGiven(e, m.First-1) {
					kept = append(kept, e)
				}
			}
			strongCands = kept
		}
		switch {
		case len(strongCands) == 1:
			best = strongCands[0]
		case len(strongCands) > 1:
			best = strongCands[0]
			for _, e := range strongCands {
				if s.cue(i, s.r.g.Entry(e).Type) {
					best = e
					break
				}
			}
		default:
			// The best-supported reading; a tie between two entities on
			// a cue alone cannot be decided and tags nothing.
			bestLevel, tie := 0, false
			// آلا (Efkan Ala) folds to إلا "except": a function word is
			// no short form of a name, whatever supports it.
			if m.Last-m.First == 1 && nameStop[string(s.text[m.Start:m.End])] {
				continue
			}
			for _, p := range m.Payloads {
				if !p.Kind.NeedsSupport() || p.Entry == best {
					continue
				}
				if prevGiven && s.r.g.Entry(p.Entry).Type == gazetteer.TypePerson && !s.ownGiven(p.Entry, m.First-1) {
					continue
				}
				level := s.support(i, p.Entry)
				switch {
				case level == 0:
				case level > bestLevel || level == bestLevel && p.Kind < bestKind:
					best, bestKind, bestLevel, tie = p.Entry, p.Kind, level, false
				case level == bestLevel && p.Kind == bestKind:
					tie = true
				}
			}
			if tie && bestLevel < 3 {
				best = -1
			}
			// مون جونغ نام: on a cue or a context alone, a short form that
			// starts a longer name no list knows is not that person.
			// After an office and its nationality (نائب وزير الخارجية الكوري
			// الشمالي كيم كي غوان) too, unless a new clause begins (الملك
			// السعودي سلمان وشرحت له).
			if best >= 0 && bestLevel != 3 && s.r.g.Entry(best).Type == gazetteer.TypePerson && s.startsLongerName(m) && !s.ownNext(m, best) &&
				!(bestLevel == 4 && strings.HasPrefix(s.toks[m.Last].Text, "و")) {
				best = -1
			}
			// مون جونغ نام in an article that also names مون جاي إن: the
			// person's first name followed by two more words of a name
			// that is not theirs is a namesake, however well the person
			// is known in the document.
			if best >= 0 && bestLevel == 3 && s.r.g.Entry(best).Type == gazetteer.TypePerson && s.namesake(m, best) {
				best = -1
			}
		}
		if best < 0 || s.riverBank(m, best) ||
			m.Prefix == 0 && s.r.g.Entry(best).Type == gazetteer.TypeOrganization && s.adjectivalHead(m.First) {
			continue
		}
		// مطار الملك عبدالعزيز، جامعة الملك سعود: the person a thing is
		// named after is no one in the news.
		if m.Prefix == 0 && m.First > 0 && s.r.g.Entry(best).Type == gazetteer.TypePerson && hasStem(namedAfterHeads, s.toks[m.First-1].Text) {
			continue
		}
		s.kinds[i].entity = best
		s.kinds[i].mention = s.addMention(s.entityFor(best), m.First, m.Last, m.Start, m.End, ViaName, "")
		if s.r.g.Entry(best).Type == gazetteer.TypePerson {
			if t := s.titleBefore(i); t >= 0 && s.r.g.Entry(t).Role != "" {
				s.out.Mentions[s.kinds[i].mention].Titled = true
			}
		}
	}
}

// countryBetween returns the country of the first definite nationality
// or country matched in tokens [a, b) (the complement of a title: وزير
// الخارجية البحريني، سفير كوريا الشمالية), or "".
func (s *state) countryBetween(a, b int, matchAt map[int]int) string {
	for t := a; t < b; t++ {
		j, ok := matchAt[t]
		if !ok {
			continue
		}
		if d := s.kinds[j].demonym; d >= 0 && s.definite(s.in.Matches[j]) {
			return s.r.g.Entry(d).Country
		}
		if e := s.kinds[j].entity; s.isCountry(e) {
			return s.r.g.Entry(e).Country
		}
	}
	return ""
}

// otherGiven reports whether token i is a given name of the lists (of
// three letters or more, no common word: على folds like علي, ولد هانت is
// "Hunt was born"; no known name or place: إسرائيل) that starts a name.
func (s *state) otherGiven(i int) bool {
	t := s.toks[i].Text
	// (A given name that is also some listed person's unsupported
	// surname, ميشيل of Charles Michel, still is one: ميشيل أوباما.)
	if len([]rune(t)) < 3 || !givenNames[t] && !foreignGivenNames[t] || s.isMatched(i) && !s.personShortForm(i) ||
		nameStop[t] || nameEnders[t] || wordGivenNames[t] || prepositional(t) {
		return false
	}
	// خالد حسين محمد اليماني، أنور بن محمد قرقاش: a father's name inside
	// a longer name is no other bearer's given name.
	if i > 0 && s.toks[i].Joined {
		p := s.toks[i-1].Text
		if sonOf[p] || nameJoiners[p] || givenNames[p] || foreignGivenNames[p] {
			return false
		}
	}
	return true
}

var wordGivenNames = lex.Set("wordGivenNames")

// ownGiven reports whether token i spells a word before the last of one
// of person e's Arabic forms, or a variant a letter apart or shortened
// (سيرجي for سيرغي، مايك for مايكل).
func (s *state) ownGiven(e int32, i int) bool {
	ent := s.r.g.Entry(e)
	t := []rune(s.toks[i].Text)
	for _, f := range append([]string{ent.NameAr}, ent.Aliases...) {
		toks := gazetteer.FormTokens(f)
		if len(toks) < 2 {
			continue
		}
		for _, w := range toks[:len(toks)-1] {
			g := []rune(w)
			if string(g) == string(t) || len(g) >= 4 && len(t) >= 4 && oneApart(g, t) ||
				len(g) >= 3 && len(t) >= 3 && (strings.HasPrefix(string(g), string(t)) || strings.HasPrefix(string(t), string(g))) {
				return true
			}
		}
	}
	return false
}

// personForm is a person's form in words, with its entry.
type personForm struct {
	entry int32
	toks  []string
}

// ownNext reports whether the words from match m on spell a whole form of
// entry e, punctuation between them aside (كيم جونغ-أون is كيم جونغ
// أون; كيم يونغ-تشول is not كيم يونغ أون).
func (s *state) ownNext(m tag.Match, e int32) bool {
	if m.Last >= len(s.toks) || m.Last-m.First != 1 {
		return false
	}
forms:
	for _, f := range s.r.pairs[s.toks[m.First].Text[m.Prefix*2:]+" "+s.toks[m.Last].Text] {
		if f.entry != e || m.First+len(f.toks) > len(s.toks) {
			continue
		}
		for k := 2; k < len(f.toks); k++ {
			if s.toks[m.First+k].Text != f.toks[k] {
				continue forms
			}
		}
		return true
	}
	return false
}

// namesake reports whether the one-word match m is the first word of
// person e's name followed by words of another name: a free name word
// or another person's short form, then one more (مون جونغ نام، مون
// جونغ-نام), and not the person's own next word. A single word after it
// may be a second person (التقى مون كيم) and is left alone.
func (s *state) namesake(m tag.Match, e int32) bool {
	if m.Last-m.First != 1 || m.Last >= len(s.toks) || !s.toks[m.Last].Joined || s.ownNext(m, e) {
		return false
	}
	name := gazetteer.FormTokens(s.r.g.Entry(e).NameAr)
	if len(name) < 2 || name[0] != s.toks[m.First].Text[m.Prefix*2:] {
		return false
	}
	free := func(i int) bool {
		return i < len(s.toks) && s.toks[i].Joined && (s.personShortForm(i) || !s.isMatched(i) && s.freeNameWord(i, false))
	}
	// The next word is a piece of some name: another person's short form
	// (جونغ), a given name, or a word written with a hyphen (جونغ-نام,
	// one word); a plain word there is as often a verb or a noun (كيم
	// يسيران، مون يستحق).
	next := m.Last
	hyphen := strings.ContainsAny(s.original(next), "-‐")
	if !free(next) || !(hyphen || s.personShortForm(next) || s.givenName(next)) {
		return false
	}
	return hyphen || free(next+1)
}

// mentionAt reports whether a mention starts at token i (a name the
// descriptions gave its holder).
func (s *state) mentionAt(i int) bool {
	return s.starts[i]
}

// anyMatched reports whether a gazetteer match that resolved covers any
// token of [first, end).
func (s *state) anyMatched(first, end int) bool {
	for k := first; k < end; k++ {
		if s.resolvedTok(k) {
			return true
		}
	}
	return false
}

// holderNameAt returns the end of a name of two to four words starting at
// token i whose last word ends one of entry h's forms (تريزا ماي for
// تيريزا ماي), or of one such word alone, or -1.
func (s *state) holderNameAt(h int32, i int) int {
	e := s.r.g.Entry(h)
	lasts := map[string]bool{}
	for _, f := range append([]string{e.NameAr}, e.Aliases...) {
		if toks := gazetteer.FormTokens(f); len(toks) >= 2 && len([]rune(toks[len(toks)-1])) >= 3 {
			lasts[toks[len(toks)-1]] = true
		}
	}
	for k := i + 1; k < len(s.toks) && k < i+4 && s.toks[k].Joined && s.nameLike(k); k++ {
		if lasts[s.toks[k].Text] {
			return k + 1
		}
	}
	// ملكة بريطانيا إليزابيث بعد ظهر الجمعة: one word, the last of a form
	// (الملكة إليزابيث) or the first of the name (إليزابيث الثانية), and no
	// more name after it.
	if first := gazetteer.FormTokens(e.NameAr); (lasts[s.toks[i].Text] || len(first) >= 2 && first[0] == s.toks[i].Text) &&
		len([]rune(s.toks[i].Text)) >= 3 && !(i+1 < len(s.toks) && s.toks[i+1].Joined && s.nameLike(i+1)) {
		return i + 1
	}
	return -1
}

// knownForm returns the person whose form tokens [first, end) spell
// (punctuation between them aside), or -1.
func (s *state) knownForm(first, end int) int32 {
	if end-first < 2 {
		return -1
	}
	for _, f := range s.r.pairs[s.toks[first].Text+" "+s.toks[first+1].Text] {
		if len(f.toks) != end-first {
			continue
		}
		same := true
		for k := 2; k < len(f.toks); k++ {
			same = same && s.toks[first+k].Text == f.toks[k]
		}
		if same {
			return f.entry
		}
	}
	return -1
}

// startsLongerName reports whether the words after match m continue a
// name: a free word that may be a name (not matched, not definite, not
// common, no pronoun suffix).
func (s *state) startsLongerName(m tag.Match) bool {
	if m.Last >= len(s.toks) || !s.toks[m.Last].Joined {
		return false
	}
	if s.personShortForm(m.Last) {
		return true // another short form that needs support (جونغ)
	}
	if s.isMatched(m.Last) {
		return false
	}
	return nameJoiners[s.toks[m.Last].Text] || s.freeNameWord(m.Last, false)
}

// innerName adds the organization or place named inside a title (the UN
// in الأمين العام للأمم المتحدة) when the form names one entity
// unambiguously.
func (s *state) innerName(m tag.Match) {
	best := int32(-1)
	for _, p := range m.Payloads {
		if p.Kind != gazetteer.KindName && p.Kind != gazetteer.KindLatin {
			continue
		}
		if s.r.g.Entry(p.Entry).Type == gazetteer.TypePerson || best >= 0 && best != p.Entry {
			return
		}
		best = p.Entry
	}
	if best >= 0 {
		mi := s.addMention(s.entityFor(best), m.First, m.Last, m.Start, m.End, ViaName, "")
		s.out.Mentions[mi].InTitle = true
	}
}

// riverBank reports a region form that names a river's bank, not the
// region of that name: الضفة الغربية لنهر الفرات (a bank followed by ل or
// من and a river), or the bare ambiguous الضفة followed by another side
// (الضفة الشرقية، الضفة اليسرى).
func (s *state) riverBank(m tag.Match, e int32) bool {
	if s.r.g.Entry(e).Kind != "region" || m.Last >= len(s.toks) || !s.toks[m.Last].Joined {
		return false
	}
	next := s.toks[m.Last].Text
	if m.Last-m.First == 1 && bankSides[next] {
		return true
	}
	// The river may follow the side adjective: الضفة الشرقية لنهر الفرات.
	for k := m.Last; k < len(s.toks) && k <= m.Last+1 && s.toks[k].Joined; k++ {
		var buf tokenize.StemBuf
		for _, st := range buf.Stems(s.toks[k].Text) {
			if st.Prefix > 0 && riverWords[st.Text] {
				return true
			}
		}
		if k+1 < len(s.toks) && s.toks[k].Text == "من" && riverWords[s.toks[k+1].Text] {
			return true
		}
	}
	return false
}

var (
	riverWords = lex.Set("riverWords")
	bankSides  = lex.Set("bankSides")
)

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

func (s *state) addMention(entity, first, last, start, end int, via, role string) int {
	s.starts[first] = true
	s.out.Mentions = append(s.out.Mentions, Mention{
		Entity: entity, First: first, Last: last, Start: start, End: end,
		Sentence: s.toks[first].Sentence, Via: via, Role: role,
	})
	return len(s.out.Mentions) - 1
}

// roleOn returns the role id a person held on day t in any country (the
// first listed when several), or their first role when t is zero.
func roleOn(e *gazetteer.Entry, t time.Time) string {
	for _, r := range e.Roles {
		if t.IsZero() || r.Holds(t) {
			return r.Role
		}
	}
	return ""
}

// holder resolves role/country to a person: the only holder named in the
// document, else the holder on the publication date.
func (s *state) holder(role, country string) int32 {
	hs := s.r.g.Holders(role, country)
	named := int32(-1)
	for _, h := range hs {
		if s.strong[h] || s.isNamed(h) {
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
	if s.in.Published.IsZero() {
		return -1
	}
	day := s.in.Published
	for _, h := range hs {
		for _, r := range s.r.g.Entry(h).Roles {
			if r.Role == role && r.Country == country && r.Holds(day) {
				return h
			}
		}
	}
	return -1
}

// kinTitle is the title of kin named before a name (زوجته، شقيقه).
const kinTitle = "kin"

// leaderRole is the role of the titles that name a country's leader
// (الزعيم الكوري الشمالي): see leaderOffice.
const leaderRole = "leader"

// headOffices are the offices of a head of state, the highest first: a
// country's leader is the holder of the first one it has.
var headOffices = []string{"supreme-leader", "president", "king", "emir"}

// leaderOffice returns the office whose holder is a country's leader: the
// one its gazetteer entry names (prime-minister for Germany or Israel),
// else the first of headOffices the country has a holder of on the
// publication date; "" when none.
func (s *state) leaderOffice(country string) string {
	if country == "" {
		return ""
	}
	if o := s.r.g.LeaderOffice(country); o != "" {
		return o
	}
	for _, o := range headOffices {
		if s.holder(o, country) >= 0 {
			return o
		}
	}
	return ""
}

func (s *state) isNamed(e int32) bool {
	_, ok := s.byEntry[e]
	return ok
}

// descriptions resolves title + demonym (الرئيس السوري، وزير خارجية
// روسيا) and counterpart phrases (نظيره الروسي) that no name follows.
func (s *state) descriptions() {
	ms := s.in.Matches
	for i := 0; i < len(ms); i++ {
		k := s.kinds[i]
		var role, country string
		indefinite := false // زعيم كوري شمالي: a leader, not the leader
		first, last := ms[i].First, ms[i].Last
		start := ms[i].Start
		j := i + 1
		switch {
		case k.title >= 0:
			role = s.r.g.Entry(k.title).Role
			if j < len(ms) && ms[j].First == last && ms[j].Start-ms[i].End <= 1 {
				if s.kinds[j].demonym >= 0 {
					country = s.r.g.Entry(s.kinds[j].demonym).Country
					indefinite = !s.definite(ms[j])
					last = ms[j].Last
					j++
				} else if e := s.kinds[j].entity; s.isCountry(e) {
					country = s.r.g.Entry(e).Country
					last = ms[j].Last
					j++
				}
			}
		case k.demonym >= 0 && ms[i].First > 0 && hasStem(counterpartWords, s.toks[ms[i].First-1].Text):
			country = s.r.g.Entry(k.demonym).Country
			first = ms[i].First - 1
			start = s.toks[first].Start
			role = s.counterpartRole(first)
		default:
			continue
		}
		// الزعيم الكوري الشمالي: the leader's title holds the office the
		// country's leader holds, as its other titles hold theirs; with no
		// such office (or no country) it names no one (no person holds
		// the role leader itself).
		if role == leaderRole && country != "" {
			if r := s.leaderOffice(country); r != "" {
				role = r
			}
		}
		if role == "" && country != "" && k.title >= 0 {
			// الوزير الفرنسي: the one minister of that country named.
			if h, r := s.memberOf(k.title, country); h >= 0 && !indefinite {
				s.addMention(h, first, last, start, s.toks[last-1].End, ViaDescription, r)
				i = j - 1
			}
			continue
		}
		if role == "" {
			continue
		}
		end := s.toks[last-1].End
		// الرئيس الراحل، رئيس الوزراء الجديد المكلف: words that make the
		// holder a late, former, new or designate one.
		mods, incoming := last, false
		for mods < len(s.toks) && mods < last+3 && s.toks[mods].Joined && (formerWords[s.toks[mods].Text] || incomingWords[s.toks[mods].Text] || newWords[s.toks[mods].Text]) {
			incoming = incoming || incomingWords[s.toks[mods].Text]
			mods++
		}
		// A name right after the description: the description is its title.
		if j < len(ms) && ms[j].First >= mods && ms[j].First <= mods+1 && apposable(s.text, s.toks[mods-1].End, ms[j].Start) {
			if mi := s.kinds[j].mention; mi >= 0 {
				if e := s.out.Entities[s.out.Mentions[mi].Entity]; e.Out.Type == gazetteer.TypePerson {
					s.out.Mentions[mi].Role = role
					continue
				}
			}
		}
		// رئيس الوزراء التركي وزير الخارجية الأسبق، أحمد داود أوغلو: another
		// office right after, in apposition, that was a former one: the
		// titles of one former holder, not today's.
		if j < len(ms) && ms[j].First == mods && ms[j].Prefix == 0 && s.kinds[j].title >= 0 {
			if s.formerAt(ms[j].Last) || j+1 < len(ms) && ms[j+1].First == ms[j].Last && s.kinds[j+1].demonym >= 0 && s.formerAt(ms[j+1].Last) {
				continue
			}
		}
		// رئيس الوزراء الأردني الجديد المكلف بتشكيل حكومة جديدة عمر
		// الرزاز: with no name right after, the holder on the publication
		// date is not the one meant (see below for a former one).
		if incoming {
			continue
		}
		// An unknown name follows (untitled() reports it), or a rank that
		// introduces the name (رئيس هيئة الأركان اللواء محمد باقري).
		// Not an office (والتقى الرئيس الأميركي الزعيم كيم: the leader is
		// the other side), nor kin joined by و (نظيره الفرنسي وزوجته: the
		// next of a list).
		if last < len(s.toks) && s.nameLike(last) && apposable(s.text, end, s.toks[last].Start) &&
			(s.givenName(last) || j < len(ms) && ms[j].First == last && s.kinds[j].title >= 0 && !s.officeTitle(j) && !(ms[j].Prefix > 0 && strings.HasPrefix(s.toks[last].Text, "و") && s.r.g.Entry(s.kinds[j].title).ID == kinTitle) ||
				country != "" && s.unknownNameAt(last)) {
			// رئيسة الوزراء البريطانية تريزا ماي: a spelling the lists lack
			// of the holder's name (its last word is the holder's) is the
			// holder.
			if country != "" && !s.resolvedTok(last) {
				if h := s.holder(role, country); h >= 0 {
					if e := s.holderNameAt(h, last); e > last && !s.anyMatched(last, e) {
						s.addMention(s.entityFor(h), first, last, start, end, ViaDescription, role)
						mi := s.addMention(s.entityFor(h), last, e, s.toks[last].Start, s.toks[e-1].End, ViaName, role)
						s.out.Mentions[mi].Titled = true
						i = j - 1
					}
				}
			}
			continue
		}
		// A former holder (وزير الخارجية السابق) is not the holder on the
		// publication date, and which one is meant is unknown.
		// So is the holder في ذلك الحين (then).
		if s.formerAt(last) || last < len(s.toks) && s.toks[last].Joined && s.thenPhrase(last) > last {
			continue
		}
		// A description in apposition to the name before it (مايكل فلين،
		// مستشار الأمن القومي) describes that person, known or not.
		if s.appositionAfterName(first) {
			continue
		}
		// نائبة الأمين العام لحلف الناتو، مساعد وزير الدفاع السعودي with
		// no name after: the deputy's or the aide's office, which names
		// no one we know, not the holder.
		if first > 0 && s.toks[first-1].Sentence == s.toks[first].Sentence && hasStem(deputyWords, s.toks[first-1].Text) {
			continue
		}
		var h int32 = -1
		switch {
		case indefinite:
			// أول رئيس أميركي يجتمع مع زعيم كوري شمالي: an adjective
			// without the article makes the office anyone's.
		case country != "":
			h = s.holder(role, country)
		case last-first > 1 || topOffices[role] && s.definite(ms[i]):
			// A bare one-word title names someone only for the top
			// offices (الرئيس، الملك); قائد ميداني، الوزير are anyone, and
			// so is رئيس without the article, the head of what follows
			// (رئيس المفوضية الأوروبية جان كلود يونكر).
			h = s.onlyNamedHolder(role)
		}
		if h < 0 {
			continue
		}
		s.addMention(s.entityFor(h), first, last, start, end, ViaDescription, role)
		i = j - 1
	}
}

// definite reports whether match m, an adjective or a name, carries the
// article (الكوري، الأمريكي) after any clitic.
func (s *state) definite(m tag.Match) bool {
	return m.Start+2 <= len(s.text) && s.text[m.Start] == 'ا' && s.text[m.Start+1] == 'ل'
}

// onlyNamedHolder resolves a bare title (رأس النظام، الرئيس، المبعوث
// الأممي) to the one person named in the document who holds that office
// (or, for a generic office such as un-envoy, one of its specific ones).
func (s *state) onlyNamedHolder(role string) int32 {
	found := int32(-1)
	for e := range s.byEntry {
		ent := s.r.g.Entry(e)
		if ent.Type != gazetteer.TypePerson {
			continue
		}
		for _, r := range ent.Roles {
			// A generic office (un-envoy) covers its specific ones
			// (un-envoy-syria, un-envoy-yemen).
			if coversRole(role, r.Role) && (s.in.Published.IsZero() || r.Holds(s.in.Published)) {
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
// token tok refers back to: the nearest person mentioned before it.
//
// Mentions are not in text order yet (descriptions are added after the
// names), so the nearest is the one that starts last before tok: ماتيس
// before نظيره التركي, not an earlier وزير الخارجية الأمريكي.
func (s *state) counterpartRole(tok int) string {
	best := -1
	for k, m := range s.out.Mentions {
		if m.First >= tok || s.out.Entities[m.Entity].Out.Type != gazetteer.TypePerson {
			continue
		}
		if best < 0 || m.First > s.out.Mentions[best].First || m.First == s.out.Mentions[best].First && m.Role != "" {
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
	if e := s.out.Entities[m.Entity]; e.Entry != nil {
		return roleOn(e.Entry, s.in.Published)
	}
	return ""
}

// givenName reports whether token i is a given name: a common Arabic one
// or the first word of a person in the gazetteer. Names found only by a
// title must start with one, which keeps common words (رسالة، والأخير)
// from passing for people.
func (s *state) givenName(i int) bool {
	t := s.toks[i].Text
	if t == "الان" {
		// آلان/ألان is a name, الآن "now" is not: the original spelling
		// tells them apart.
		o := s.original(i)
		return strings.HasPrefix(o, "آ") || strings.HasPrefix(o, "أ")
	}
	return givenNames[t] || s.r.given[t]
}

// nameLike reports whether token i may start a person's name.
func (s *state) nameLike(i int) bool {
	t := s.toks[i].Text
	if t == "علي" {
		// Folding made the preposition على and the name علي one form;
		// the original spelling tells them apart.
		return !strings.HasSuffix(s.original(i), "ى")
	}
	if nameStop[t] || len([]rune(t)) < 2 || t[0] < 0x80 && (t[0] < 'a' || t[0] > 'z') {
		return false
	}
	// أبو غزال23: digits glued to a word (an age) are no part of a name.
	return !strings.ContainsAny(t, "0123456789")
}

// untitled reports people introduced by a title whom no gazetteer knows:
// اللواء “X Y”، وزير خارجية البحرين X Y.
func (s *state) untitled() {
	ms := s.in.Matches
	matchAt := make(map[int]int, len(ms)) // first token → match index
	for i, m := range ms {
		matchAt[m.First] = i
	}
	s.namedBodies(matchAt)
	s.bodyEnd = nil // read from a nil map gives 0: no body
	for _, m := range s.out.Mentions {
		// Not a body inside a title (رئيس الحكومة اللبنانية): the title
		// reads its nationality itself.
		if m.Via == ViaBody && !m.InTitle && s.out.Entities[m.Entity].Out.Type == gazetteer.TypeOrganization {
			if s.bodyEnd == nil {
				s.bodyEnd = map[int]int{}
			}
			s.bodyEnd[m.First] = m.Last
		}
	}
	for i := range ms {
		var role string
		counterpart := false
		switch {
		case s.kinds[i].title >= 0:
			role = s.r.g.Entry(s.kinds[i].title).Role
		case s.kinds[i].demonym >= 0 && ms[i].First > 0 && ms[i].Prefix == 0 && hasStem(counterpartWords, s.toks[ms[i].First-1].Text):
			// نظيره التركي نورد الدين جانكلي: the counterpart's name.
			counterpart = true
			role = s.counterpartRole(ms[i].First - 1)
		default:
			continue
		}
		// مطار الأمير محمد بن عبدالعزيز الدولي، جائزة الشيخ زايد: a
		// title after the head of what is named after a person names
		// that thing, not someone in the news.
		if ms[i].First > 0 && ms[i].Prefix == 0 && hasStem(namedAfterHeads, s.toks[ms[i].First-1].Text) {
			continue
		}
		first, end, ok := s.titledName(i, matchAt, counterpart)
		if !ok || s.mentionAt(first) {
			continue
		}
		// كيم جونغ-أون: a known person's form split by punctuation.
		if e := s.knownForm(first, end); e >= 0 {
			mi := s.addMention(s.entityFor(e), first, end, s.toks[first].Start, s.toks[end-1].End, ViaName, role)
			s.out.Mentions[mi].Titled = role != ""
			continue
		}
		s.addUnknown(gazetteer.TypePerson, first, end, false, ViaTitle, role)
		// وزير الخارجية البحريني X: the country of the office is the
		// person's.
		if e := &s.out.Entities[s.out.Mentions[len(s.out.Mentions)-1].Entity].Out; e.Country == "" {
			e.Country = s.countryBetween(ms[i].Last, first, matchAt)
		}
		// Coverage counts the names that start with a given name the
		// pipeline knows (README, gazetteer coverage), as before.
		s.out.Mentions[len(s.out.Mentions)-1].Titled = role != "" && s.givenName(first)
	}
	s.foreignNamed(s.tokensTaken(true, true))
	s.appositiveNames(matchAt)
	s.unknownPlaces()
	s.unknownVenues()
	s.repeatUnknown()
}

// formerAt reports a word at token i, joined to the office before it,
// that makes the office's holder a former or acting one (السابق،
// بالوكالة, formerWords).
func (s *state) formerAt(i int) bool {
	return i < len(s.toks) && s.toks[i].Joined && formerWords[s.toks[i].Text]
}

// coversRole reports whether the office role names the office held, or
// is the generic one of which held is a specific office (un-envoy covers
// un-envoy-syria).
func coversRole(role, held string) bool {
	return held == role || strings.HasPrefix(held, role+"-")
}

// thenPhrase returns the end of في ذلك الحين or في ذلك الوقت ("at that
// time") starting at token i, or i.
func (s *state) thenPhrase(i int) int {
	if i+2 < len(s.toks) && s.toks[i].Text == "في" && s.toks[i+1].Text == "ذلك" && s.toks[i+1].Joined && s.toks[i+2].Joined &&
		(s.toks[i+2].Text == "الحين" || s.toks[i+2].Text == "الوقت") {
		return i + 3
	}
	return i
}

// finish converts mentions to original offsets and orders entities and
// mentions by first occurrence.
func (s *state) finish() {
	sortMentions(s.out.Mentions)
	order := make([]int, 0, len(s.out.Entities))
	seen := make([]bool, len(s.out.Entities))
	for _, m := range s.out.Mentions {
		if !seen[m.Entity] {
			seen[m.Entity] = true
			order = append(order, m.Entity)
		}
	}
	remap := make([]int, len(s.out.Entities))
	ents := make([]Entity, 0, len(order))
	for newIdx, old := range order {
		remap[old] = newIdx
		ents = append(ents, s.out.Entities[old])
	}
	for k := range s.out.Mentions {
		m := &s.out.Mentions[k]
		if m.Titled {
			if s.out.Entities[m.Entity].Entry != nil {
				s.out.Titled.Known++
			} else {
				s.out.Titled.Unknown++
			}
		}
		m.Entity = remap[m.Entity]
		a, b := s.in.Text.Span(m.Start, m.End)
		e := &ents[m.Entity]
		if e.Out.NameAr == "" {
			e.Out.NameAr = s.in.Text.Original(a, b)
		}
		e.Out.Mentions = append(e.Out.Mentions, doc.Mention{
			Text: s.in.Text.Original(a, b), Start: a, End: b, Sentence: m.Sentence, Via: m.Via,
		})
	}
	s.out.Entities = ents
	// Ids of unknown people must be unique within the document.
	used := map[string]int{}
	for k := range ents {
		id := ents[k].Out.ID
		if n := used[id]; n > 0 {
			ents[k].Out.ID = id + "-" + itoa(n+1)
		}
		used[id]++
	}
}

func sortMentions(ms []Mention) {
	// A stable sort on (start, end): the order insertion sort gave, in
	// n log n time whatever the passes appended (later passes can add
	// many early mentions, which made insertion sort quadratic).
	slices.SortStableFunc(ms, func(a, b Mention) int {
		if c := cmp.Compare(a.Start, b.Start); c != 0 {
			return c
		}
		return cmp.Compare(a.End, b.End)
	})
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

// isCountry reports whether entry e (-1 for none) is a country.
func (s *state) isCountry(e int32) bool {
	if e < 0 {
		return false
	}
	ent := s.r.g.Entry(e)
	return ent.Type == gazetteer.TypePlace && ent.Kind == "country"
}

// topOffices are the roles a bare one-word title (الرئيس، الملك، الأمير)
// may resolve to, when one person named in the document holds them.
var topOffices = map[string]bool{"president": true, "king": true, "emir": true, "crown-prince": true, "supreme-leader": true}

var formerWords = lex.Set("formerWords")

// cliticIdioms are words behind a clitic that are common phrases, never
// the name the bare word may be (بحجة "on the pretext", not Hajjah).
var cliticIdioms = lex.Set("cliticIdioms")

// incomingWords after an office make its holder a designate or elect
// one (المكلف، المنتخب), whom the lists do not yet hold; newWords make
// it a new one (الجديد), whom they most often do.
var (
	incomingWords = lex.Set("incomingWords")
	newWords      = lex.Set("newWords")
)

// appositionAfterName reports a description at token first that follows
// a comma and an unmatched two-word name (مايكل فلين، مستشار الأمن
// القومي): it describes that person.
func (s *state) appositionAfterName(first int) bool {
	if first < 2 || s.toks[first-2].Sentence != s.toks[first].Sentence || !s.toks[first-1].Joined {
		return false
	}
	if !strings.ContainsAny(string(s.text[s.toks[first-1].End:s.toks[first].Start]), ",،") {
		return false
	}
	for _, i := range []int{first - 2, first - 1} {
		if !s.nameLike(i) || s.isMatched(i) {
			return false
		}
	}
	return true
}

// isMatched reports whether token i belongs to a gazetteer match.
func (s *state) isMatched(i int) bool {
	ms := s.in.Matches
	k := sort.Search(len(ms), func(k int) bool { return ms[k].Last > i })
	return k < len(ms) && ms[k].First <= i
}

var capitalWords = lex.Set("capitalWords")

// capitalDescriptions resolves "the capital" with a nationality
// (العاصمة الفنلندية، بالعاصمة السورية) to that country's capital.
func (s *state) capitalDescriptions() {
	for i, m := range s.in.Matches {
		k := s.kinds[i]
		if k.demonym < 0 || k.entity >= 0 || m.First == 0 || m.Prefix != 0 || !s.toks[m.First].Joined {
			continue
		}
		c, ok := s.r.capitals[s.r.g.Entry(k.demonym).Country]
		if !ok || c < 0 {
			continue
		}
		first := m.First - 1
		var buf tokenize.StemBuf
		for _, st := range buf.Stems(s.toks[first].Text) {
			if capitalWords[st.Text] {
				s.kinds[i].entity = c
				s.kinds[i].mention = s.addMention(s.entityFor(c), first, m.Last, s.toks[first].Start+st.Prefix, m.End, ViaDescription, "")
				break
			}
		}
	}
}
