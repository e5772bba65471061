package eval

import (
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/extract-news/extract/pipeline/doc"
	"github.com/extract-news/extract/pipeline/normalize"
)

// MeetingPairs is the Counts type of the meeting pair scores.
const MeetingPairs = "meeting-pairs"

// EntityTypes are the scored entity types, in report order.
var EntityTypes = []string{doc.Person, doc.Place, doc.Organization}

// Report is the result of scoring results against a gold file.
type Report struct {
	// Gold is the gold file.
	Gold string `json:"gold,omitempty"`
	// Documents is the number of gold documents; Scored of those that
	// have output.
	Documents int `json:"documents"`
	Scored    int `json:"scored"`
	// MissingDocuments are gold documents without output (all missed);
	// IgnoredDocuments are output documents not in the gold.
	MissingDocuments []string `json:"missing_documents,omitempty"`
	IgnoredDocuments []string `json:"ignored_documents,omitempty"`
	// Scores holds person, place, organization and meeting-pairs.
	Scores []Counts `json:"scores"`
	// Location and Date are the accuracies on matched gold meetings (the
	// date by its resolved value where the gold gives date_value, else by
	// its text; meetings with neither are not scored).
	Location Accuracy `json:"location_accuracy"`
	Date     Accuracy `json:"date_accuracy"`
	// Primary is the recall of the pairs of the gold's primary meetings
	// (the news of each article).
	Primary Accuracy `json:"primary_recall"`
	// NotMeetings counts the gold's not_meetings pairs that the system
	// reported as meetings that occurred (each also a false alarm).
	NotMeetings int `json:"not_meetings_reported"`
	// NotMeetingPairs is the number of distinct not_meetings pairs.
	NotMeetingPairs int `json:"not_meetings_pairs"`
	// Misses, FalseAlarms and Wrong (location or date of a matched
	// meeting) list the errors.
	Misses      []Item `json:"misses,omitempty"`
	FalseAlarms []Item `json:"false_alarms,omitempty"`
	Wrong       []Item `json:"wrong,omitempty"`
}

// Counts returns the scores of typ (an entity type or MeetingPairs).
func (r *Report) Counts(typ string) Counts {
	for _, c := range r.Scores {
		if c.Type == typ {
			return c
		}
	}
	return Counts{Type: typ}
}

// Options tune scoring.
type Options struct {
	// Names, when set, returns the other English names of a system
	// entity id (the gazetteer's Latin forms), so that a gold entity
	// written "Turkish Army" matches the entity named "Turkish Armed
	// Forces" whose gazetteer entry lists that form.
	Names func(id string) []string
}

// Score scores results (keyed by document id) against gold.
func Score(gold *Gold, results map[string]*doc.Result) Report {
	return ScoreWith(gold, results, Options{})
}

// ScoreWith is Score with options.
func ScoreWith(gold *Gold, results map[string]*doc.Result, opts Options) Report {
	r := Report{Gold: gold.Path, Documents: len(gold.Documents)}
	counts := map[string]*Counts{}
	for _, t := range append(append([]string{}, EntityTypes...), MeetingPairs) {
		counts[t] = &Counts{Type: t}
	}
	inGold := map[string]bool{}
	for i := range gold.Documents {
		gd := &gold.Documents[i]
		inGold[gd.ID] = true
		res := results[gd.ID]
		s := docScorer{r: &r, counts: counts, gd: gd, res: res, names: opts.Names}
		if res == nil {
			r.MissingDocuments = append(r.MissingDocuments, gd.ID)
			s.res = &doc.Result{}
			s.noOutput = true
		} else {
			r.Scored++
		}
		s.run()
	}
	for id := range results {
		if !inGold[id] {
			r.IgnoredDocuments = append(r.IgnoredDocuments, id)
		}
	}
	sort.Strings(r.IgnoredDocuments)
	for _, t := range append(append([]string{}, EntityTypes...), MeetingPairs) {
		c := counts[t]
		c.finish()
		r.Scores = append(r.Scores, *c)
	}
	return r
}

type docScorer struct {
	r        *Report
	counts   map[string]*Counts
	gd       *GoldDocument
	res      *doc.Result
	noOutput bool
	names    func(id string) []string
	byID     map[string]*doc.Entity
	// mapped maps system entity ids to the gold (or optional) English
	// name they matched.
	mapped map[string]string
}

func (s *docScorer) run() {
	s.byID = map[string]*doc.Entity{}
	s.mapped = map[string]string{}
	for i := range s.res.Entities {
		e := &s.res.Entities[i]
		if _, dup := s.byID[e.ID]; !dup {
			s.byID[e.ID] = e
		}
	}
	for _, t := range EntityTypes {
		s.entities(t)
	}
	s.meetings()
}

// sysForms holds the normalized forms of a system entity.
type sysForms struct {
	name   string   // folded English name
	id     string   // folded entity id
	names  []string // other folded English names (Options.Names)
	skel   string   // Skeleton of the name, for entities no gazetteer knows
	nameAr string   // normalized name_ar
	texts  []string // normalized mention texts and clitic-less variants
}

func (s *docScorer) formsOf(e *doc.Entity) sysForms {
	f := sysForms{name: NameKey(e.Name), id: NameKey(e.ID), nameAr: FormKey(e.NameAr)}
	if !e.Gazetteer {
		f.skel = Skeleton(e.Name)
	}
	if s.names != nil {
		for _, n := range s.names(e.ID) {
			f.names = append(f.names, NameKey(n))
		}
	}
	seen := map[string]bool{}
	for _, m := range e.Mentions {
		k := FormKey(m.Text)
		for _, v := range []string{k, stripClitic(k)} {
			if v != "" && !seen[v] {
				seen[v] = true
				f.texts = append(f.texts, v)
			}
		}
	}
	return f
}

func stripClitic(k string) string {
	r := []rune(k)
	if len(r) > 3 && strings.ContainsRune("وفبلك", r[0]) {
		return string(r[1:])
	}
	return ""
}

// goldForms holds the normalized forms of a gold entity.
type goldForms struct {
	name  string
	skel  string
	forms map[string]bool
}

func goldFormsOf(g *GoldEntity) goldForms {
	f := goldForms{name: NameKey(g.Name), skel: Skeleton(g.Name), forms: map[string]bool{}}
	for _, x := range g.Forms {
		if k := FormKey(x); k != "" {
			f.forms[k] = true
		}
	}
	return f
}

// weight rates how well a system entity matches a gold entity: 3 by
// English name (or id), 2 by name_ar, 1 by a mention, 0 not at all.
func weight(s sysForms, g goldForms) int {
	switch {
	case g.name != "" && (s.name == g.name || s.id == g.name || slices.Contains(s.names, g.name)):
		return 3
	case s.nameAr != "" && g.forms[s.nameAr]:
		return 2
	}
	for _, t := range s.texts {
		if g.forms[t] {
			return 1
		}
	}
	if len(s.skel) >= 2 && s.skel == g.skel {
		return 1
	}
	return 0
}

// assign computes a maximum one-to-one matching on w (system × gold),
// preferring heavier edges: augmenting paths are searched first on
// weight-3 edges, then on ≥2, then on all. It returns, per system index,
// the gold index or -1.
func assign(w [][]int, nGold int) []int {
	sysTo := make([]int, len(w))
	goldTo := make([]int, nGold)
	for i := range sysTo {
		sysTo[i] = -1
	}
	for j := range goldTo {
		goldTo[j] = -1
	}
	var try func(i, min int, seen []bool) bool
	try = func(i, min int, seen []bool) bool {
		for j := 0; j < nGold; j++ {
			if w[i][j] < min || seen[j] {
				continue
			}
			seen[j] = true
			if goldTo[j] < 0 || try(goldTo[j], min, seen) {
				goldTo[j], sysTo[i] = i, j
				return true
			}
		}
		return false
	}
	for _, min := range []int{3, 2, 1} {
		for i := range w {
			if sysTo[i] < 0 {
				try(i, min, make([]bool, nGold))
			}
		}
	}
	return sysTo
}

func (s *docScorer) entities(typ string) {
	c := s.counts[typ]
	var gold []*GoldEntity
	var gf []goldForms
	for i := range s.gd.Entities {
		if g := &s.gd.Entities[i]; g.Type == typ {
			gold = append(gold, g)
			gf = append(gf, goldFormsOf(g))
		}
	}
	var sys []*doc.Entity
	var sf []sysForms
	for i := range s.res.Entities {
		if e := &s.res.Entities[i]; e.Type == typ {
			sys = append(sys, e)
			sf = append(sf, s.formsOf(e))
		}
	}
	w := make([][]int, len(sys))
	for i := range sys {
		w[i] = make([]int, len(gold))
		for j := range gold {
			w[i][j] = weight(sf[i], gf[j])
		}
	}
	sysTo := assign(w, len(gold))
	goldTo := make([]int, len(gold))
	for j := range goldTo {
		goldTo[j] = -1
	}
	c.Gold += len(gold)
	for i, j := range sysTo {
		if j >= 0 {
			goldTo[j] = i
			c.TP++
			c.System++
			s.mapped[sys[i].ID] = gold[j].Name
		}
	}
	var optional []goldForms
	for i := range s.gd.Optional {
		optional = append(optional, goldFormsOf(&s.gd.Optional[i]))
	}
	for i, e := range sys {
		if sysTo[i] >= 0 {
			continue
		}
		if k := matchAny(sf[i], optional); k >= 0 {
			c.Optional++
			s.mapped[e.ID] = s.gd.Optional[k].Name
			continue
		}
		c.System++
		it := Item{Doc: s.gd.ID, Type: typ, Name: e.Name, ID: e.ID}
		if len(e.Mentions) > 0 {
			it.Text, it.Sentence = e.Mentions[0].Text, e.Mentions[0].Sentence
		} else {
			it.Text = e.NameAr
		}
		for j := range gold {
			if w[i][j] > 0 {
				it.Reason = "duplicate of gold " + gold[j].Name + " (matched to " + sys[goldTo[j]].ID + ")"
				break
			}
		}
		if it.Reason == "" {
			it.Reason = s.otherType(sf[i], typ)
		}
		s.r.FalseAlarms = append(s.r.FalseAlarms, it)
	}
	for j, g := range gold {
		if goldTo[j] >= 0 {
			continue
		}
		it := Item{Doc: s.gd.ID, Type: typ, Name: g.Name, Text: strings.Join(g.Forms, ", "), Line: g.Line}
		if s.noOutput {
			it.Reason = "no output"
		} else {
			for i := range s.res.Entities {
				e := &s.res.Entities[i]
				if e.Type != typ && weight(s.formsOf(e), gf[j]) > 0 {
					it.Reason = "found as " + e.Type + " " + e.ID
					break
				}
			}
		}
		s.r.Misses = append(s.r.Misses, it)
	}
}

// matchAny returns the index of the first optional entity s matches: by
// English name, or by a form when the optional entry has forms.
func matchAny(s sysForms, optional []goldForms) int {
	for k, o := range optional {
		if weight(s, o) > 0 {
			return k
		}
	}
	return -1
}

// otherType says which gold entity of another type a false alarm
// matches, if any.
func (s *docScorer) otherType(f sysForms, typ string) string {
	for i := range s.gd.Entities {
		g := &s.gd.Entities[i]
		if g.Type != typ && weight(f, goldFormsOf(g)) > 0 {
			return "gold has " + g.Name + " as " + g.Type
		}
	}
	return ""
}

type pair struct{ a, b string }

func mkpair(x, y string) pair {
	if y < x {
		x, y = y, x
	}
	return pair{x, y}
}

func (p pair) String() string { return p.a + " – " + p.b }

func pairsOf(names []string) []pair {
	var out []pair
	for i := range names {
		for j := i + 1; j < len(names); j++ {
			if names[i] != names[j] {
				out = append(out, mkpair(names[i], names[j]))
			}
		}
	}
	return out
}

// sysPair is a distinct system participant pair of a document.
type sysPair struct {
	mapped bool
	p      pair   // gold names when mapped
	ids    pair   // entity ids
	event  int    // first event that produced it
	reason string // for unmapped pairs
}

func (s *docScorer) meetings() {
	c := s.counts[MeetingPairs]
	goldPairs := map[pair]bool{}
	var goldOrder []pair
	pairMeeting := map[pair]int{}
	for mi, m := range s.gd.Meetings {
		for _, p := range pairsOf(m.Participants) {
			if !goldPairs[p] {
				goldPairs[p] = true
				goldOrder = append(goldOrder, p)
				pairMeeting[p] = mi
			}
		}
	}
	optPairs := map[pair]bool{}
	for _, m := range s.gd.OptionalMeetings {
		for _, p := range pairsOf(m.Participants) {
			optPairs[p] = true
		}
	}
	// notPairs are the pairs that must not come out as occurred, with why.
	notPairs := map[pair]string{}
	for _, m := range s.gd.NotMeetings {
		for _, p := range pairsOf(m.Participants) {
			if _, dup := notPairs[p]; !dup && !goldPairs[p] {
				notPairs[p] = m.Why
			}
		}
	}
	s.r.NotMeetingPairs += len(notPairs)
	var order []string
	distinct := map[string]*sysPair{}
	eventPairs := make([]map[pair]bool, len(s.res.Events))
	for ei := range s.res.Events {
		ev := &s.res.Events[ei]
		eventPairs[ei] = map[pair]bool{}
		// Only meetings the system says took place are scored: a planned
		// one is no claim that they met (gold lists those as optional).
		if ev.Type != "" && ev.Type != "meeting" || ev.Status == doc.Planned {
			continue
		}
		var ids []string
		seen := map[string]bool{}
		for _, p := range ev.Participants {
			if p.Entity != "" && !seen[p.Entity] {
				seen[p.Entity] = true
				ids = append(ids, p.Entity)
			}
		}
		for i := range ids {
			for j := i + 1; j < len(ids); j++ {
				sp := &sysPair{ids: mkpair(ids[i], ids[j]), event: ei}
				na, oka := s.mapped[ids[i]]
				nb, okb := s.mapped[ids[j]]
				var key string
				if oka && okb {
					if na == nb {
						continue
					}
					sp.mapped, sp.p = true, mkpair(na, nb)
					key = "m\x00" + sp.p.a + "\x00" + sp.p.b
					eventPairs[ei][sp.p] = true
				} else {
					key = "u\x00" + sp.ids.a + "\x00" + sp.ids.b
					var un []string
					for _, x := range []struct {
						id string
						ok bool
					}{{ids[i], oka}, {ids[j], okb}} {
						if !x.ok {
							un = append(un, s.display(x.id))
						}
					}
					sp.reason = strings.Join(un, " and ") + " matches no gold person"
				}
				if _, dup := distinct[key]; !dup {
					distinct[key] = sp
					order = append(order, key)
				}
			}
		}
	}
	c.Gold += len(goldPairs)
	found := map[pair]bool{}
	for _, key := range order {
		sp := distinct[key]
		switch {
		case sp.mapped && goldPairs[sp.p]:
			c.TP++
			c.System++
			found[sp.p] = true
			continue
		case sp.mapped && optPairs[sp.p]:
			c.Optional++
			continue
		}
		c.System++
		ev := &s.res.Events[sp.event]
		it := Item{Doc: s.gd.ID, Type: "meeting", ID: ev.ID, Reason: sp.reason}
		if sp.mapped {
			it.Name = sp.p.String()
			it.Reason = "not a gold meeting pair"
			if why, ok := notPairs[sp.p]; ok {
				s.r.NotMeetings++
				it.Reason = "a not_meetings pair (" + why + ")"
			}
		} else {
			it.Name = s.display(sp.ids.a) + " – " + s.display(sp.ids.b)
		}
		if len(ev.Evidence) > 0 {
			it.Evidence, it.Sentence = ev.Evidence[0].Text, ev.Evidence[0].Sentence
		} else {
			it.Evidence, it.Sentence = ev.Trigger.Text, ev.Trigger.Sentence
		}
		s.r.FalseAlarms = append(s.r.FalseAlarms, it)
	}
	matchedGold := map[string]bool{}
	for _, n := range s.mapped {
		matchedGold[n] = true
	}
	for _, p := range goldOrder {
		m := s.gd.Meetings[pairMeeting[p]]
		if m.Kind == Primary {
			s.r.Primary.add(found[p])
		}
		if found[p] {
			continue
		}
		it := Item{Doc: s.gd.ID, Type: "meeting", Name: p.String(), Evidence: m.Evidence, Line: m.Line}
		it.Kind = m.Kind
		if s.noOutput {
			it.Reason = "no output"
		} else {
			var lost []string
			for _, n := range []string{p.a, p.b} {
				if !matchedGold[n] {
					lost = append(lost, n)
				}
			}
			if len(lost) > 0 {
				it.Reason = strings.Join(lost, " and ") + " not found as a person"
			}
		}
		s.r.Misses = append(s.r.Misses, it)
	}
	for mi := range s.gd.Meetings {
		s.attributes(&s.gd.Meetings[mi], eventPairs)
	}
}

// attributes scores the location and date of gold meeting m against the
// system event that produced the most of its pairs, if any.
func (s *docScorer) attributes(m *GoldMeeting, eventPairs []map[pair]bool) {
	best, bestN := -1, 0
	for ei, ps := range eventPairs {
		n := 0
		for _, p := range pairsOf(m.Participants) {
			if ps[p] {
				n++
			}
		}
		if n > bestN {
			best, bestN = ei, n
		}
	}
	if best < 0 {
		return
	}
	ev := &s.res.Events[best]
	name := strings.Join(m.Participants, " – ")
	ok, got := s.locationOK(ev, m)
	s.r.Location.add(ok)
	if !ok {
		s.r.Wrong = append(s.r.Wrong, Item{Doc: s.gd.ID, Type: "location", Name: name, ID: ev.ID, Line: m.Line,
			Text: "got " + got + ", want " + acceptable(m.Locations, m.NullLocation), Evidence: m.Evidence})
	}
	switch {
	case m.DateValue != "":
		var v string
		if ev.Date != nil {
			v = ev.Date.Value
		}
		ok = v == m.DateValue
		s.r.Date.add(ok)
		if !ok {
			if v == "" {
				v = "none"
			}
			s.r.Wrong = append(s.r.Wrong, Item{Doc: s.gd.ID, Type: "date", Name: name, ID: ev.ID, Line: m.Line,
				Text: "got value " + v + ", want " + m.DateValue, Evidence: m.Evidence})
		}
	case m.DateGiven:
		ok, got = dateOK(ev, m)
		s.r.Date.add(ok)
		if !ok {
			s.r.Wrong = append(s.r.Wrong, Item{Doc: s.gd.ID, Type: "date", Name: name, ID: ev.ID, Line: m.Line,
				Text: "got " + got + ", want " + acceptable(m.Dates, m.NullDate), Evidence: m.Evidence})
		}
	}
}

func acceptable(vals []string, null bool) string {
	var out []string
	for _, v := range vals {
		out = append(out, "«"+v+"»")
	}
	if null || len(vals) == 0 {
		out = append(out, "null")
	}
	return strings.Join(out, " or ")
}

func (s *docScorer) display(id string) string {
	if e := s.byID[id]; e != nil && e.Name != "" {
		return e.Name + " (" + id + ")"
	}
	return id
}

func (s *docScorer) locationOK(ev *doc.Event, m *GoldMeeting) (bool, string) {
	if ev.Location == nil || ev.Location.Entity == "" {
		return m.NullLocation || len(m.Locations) == 0, "null"
	}
	id := ev.Location.Entity
	cands := []string{id}
	if e := s.byID[id]; e != nil {
		cands = append(cands, e.Name)
	}
	if n, ok := s.mapped[id]; ok {
		cands = append(cands, n)
	}
	for _, loc := range m.Locations {
		want := NameKey(loc)
		for _, c := range cands {
			if NameKey(c) == want {
				return true, "«" + loc + "»"
			}
		}
	}
	return false, "«" + s.display(id) + "»"
}

func dateOK(ev *doc.Event, m *GoldMeeting) (bool, string) {
	var text string
	if ev.Date != nil {
		text = ev.Date.Text
	}
	got := DateKey(text)
	if got == "" {
		return m.NullDate || len(m.Dates) == 0, "null"
	}
	for _, d := range m.Dates {
		if want := DateKey(d); want != "" && strings.Contains(" "+got+" ", " "+want+" ") {
			return true, "«" + text + "»"
		}
	}
	return false, "«" + text + "»"
}

// FormKey is the matching form of an Arabic name: normalize.String with
// surrounding punctuation trimmed and white space collapsed.
func FormKey(s string) string {
	s = normalize.String(s)
	s = strings.TrimFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	// عبد العزيز and عبدالعزيز are one name, spelled with or without
	// the space.
	return strings.ReplaceAll(strings.Join(strings.Fields(s), " "), "عبد ال", "عبدال")
}

// DateKey is the matching form of a date text: normalize.String with
// everything but letters and digits turned into single spaces.
func DateKey(s string) string {
	s = normalize.String(s)
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }), " ")
}

// NameKey is the matching form of an English name or entity id: lower
// case, Latin diacritics folded, a parenthesized qualifier dropped, and
// words joined without separators after dropping "al", "el" and "the"
// (so "Bashar al-Assad", "Bashar Assad", "bashar-al-assad" and
// "Al-Watan (Syria)" = "Al Watan" agree).
func NameKey(s string) string {
	if i := strings.IndexByte(s, '('); i > 0 {
		s = s[:i]
	}
	words := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	var b strings.Builder
	for _, w := range words {
		if w == "al" || w == "el" || w == "the" {
			continue
		}
		for _, r := range w {
			b.WriteRune(foldLatin(r))
		}
	}
	if b.Len() == 0 {
		for _, w := range words {
			b.WriteString(w)
		}
	}
	return b.String()
}

var latinFold = map[rune]rune{
	'à': 'a', 'á': 'a', 'â': 'a', 'ã': 'a', 'ä': 'a', 'å': 'a', 'ā': 'a', 'ă': 'a',
	'ç': 'c', 'ć': 'c', 'č': 'c', 'ď': 'd', 'đ': 'd',
	'è': 'e', 'é': 'e', 'ê': 'e', 'ë': 'e', 'ē': 'e', 'ě': 'e',
	'ğ': 'g', 'ì': 'i', 'í': 'i', 'î': 'i', 'ï': 'i', 'ī': 'i', 'ı': 'i',
	'ł': 'l', 'ñ': 'n', 'ń': 'n', 'ň': 'n',
	'ò': 'o', 'ó': 'o', 'ô': 'o', 'õ': 'o', 'ö': 'o', 'ø': 'o', 'ō': 'o',
	'ř': 'r', 'ś': 's', 'ş': 's', 'š': 's', 'ș': 's', 'ţ': 't', 'ť': 't', 'ț': 't',
	'ù': 'u', 'ú': 'u', 'û': 'u', 'ü': 'u', 'ū': 'u', 'ů': 'u',
	'ý': 'y', 'ÿ': 'y', 'ź': 'z', 'ż': 'z', 'ž': 'z',
}

func foldLatin(r rune) rune {
	if f, ok := latinFold[r]; ok {
		return f
	}
	return r
}

// Skeleton is the consonant skeleton of a transliterated name, used to
// match entities no gazetteer knows (whose names are machine
// transliterations, "Krnaz") to gold names ("Karnaz"): per word, lower
// case, a leading "al" dropped, a final a/h/t (ta marbuta) dropped, then
// vowels and w/y removed, q read as k, and doubled letters collapsed.
func Skeleton(s string) string {
	var b strings.Builder
	var last rune
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) }) {
		w = strings.TrimPrefix(w, "al")
		w = strings.TrimRight(w, "aht")
		for _, r := range w {
			r = foldLatin(r)
			switch r {
			case 'a', 'e', 'i', 'o', 'u', 'w', 'y':
				continue
			case 'q':
				r = 'k'
			}
			if r != last {
				b.WriteRune(r)
			}
			last = r
		}
	}
	return b.String()
}
