// Package suggest finds the names a corpus uses that no gazetteer entry
// covers, so that a curator can grow the lists: people introduced by a
// title (وزير خارجية البحرين X), places introduced by a settlement noun
// (بلدة X), and name-like words in the evidence of meetings. It also
// tallies how many of the people introduced by the title of an office the
// gazetteers know (pipeline.Analysis.Titled), the coverage figure of
// "extract gazetteer coverage".
//
// A Collector sits in a pipeline run (package run) as both the
// Processor, wrapping the extractor so that it sees each document's
// text and the analysis the extractor made of it (normalized text,
// tokens, gazetteer matches: they are not made twice), and the Writer,
// which receives the results in input order; the suggestions therefore
// do not depend on the number of workers.
package suggest

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"sync"

	"github.com/extract-news/extract/pipeline"
	"github.com/extract-news/extract/pipeline/arabic/resolve"
	"github.com/extract-news/extract/pipeline/doc"
	"github.com/extract-news/extract/pipeline/gazetteer"
	"github.com/extract-news/extract/pipeline/lang"
	"github.com/extract-news/extract/pipeline/normalize"
	"github.com/extract-news/extract/pipeline/tag"
	"github.com/extract-news/extract/pipeline/tokenize"
)

// How a candidate was found (Candidate.Via).
const (
	// ViaTitle is a person after a title (resolve.ViaTitle).
	ViaTitle = "title"
	// ViaCue is a place after a settlement noun (resolve.ViaCue).
	ViaCue = "cue"
	// ViaAfterTitle is a run of name-like words right after the title
	// of an office that the pipeline does not report, because the name
	// does not start with a given name it knows (وزيرة الخارجية الهندية
	// سوشما سواراج).
	ViaAfterTitle = "after-title"
	// ViaMeeting is a run of name-like words in a meeting's evidence.
	ViaMeeting = "meeting"
	// ViaGiven is a person found by a foreign given name (resolve.ViaGiven).
	ViaGiven = resolve.ViaGiven
	// ViaApposition is a person named before a comma and an office or
	// وهو/وهي (resolve.ViaApposition).
	ViaApposition = resolve.ViaApposition
	// ViaBody is an organization found by a body and a nationality or a
	// head word and a name (resolve.ViaBody).
	ViaBody = resolve.ViaBody
)

// vias are the ways of finding a name, in the order the suggestions
// list them, with what they say of each; mention marks those found in
// the pipeline's mentions (the others suggest finds itself).
var vias = []struct {
	via, label string
	mention    bool
}{
	{ViaTitle, "after a title", true},
	{ViaAfterTitle, "after an office title, first name not known", false},
	{ViaCue, "after a settlement noun", true},
	{ViaMeeting, "in meeting evidence", false},
	{ViaGiven, "by a foreign given name", true},
	{ViaApposition, "before a comma and an office", true},
	{ViaBody, "as a body", true},
}

// found are the ways of finding a name in the pipeline's mentions that
// suggest reports.
var found = func() map[string]bool {
	m := map[string]bool{}
	for _, v := range vias {
		if v.mention {
			m[v.via] = true
		}
	}
	return m
}()

// Analyzer is the per-document core (pipeline.Extractor): Analyze
// returns a document's result and, for a document in Arabic, the
// analysis made on the way. When there is none (nil, or without Text or
// Tokens: a document in English), the Collector analyses the text
// itself.
type Analyzer interface {
	Analyze(ctx context.Context, d *doc.Document) (*doc.Result, *pipeline.Analysis, error)
}

// Candidate is a name, not covered by any gazetteer entry, with what the
// corpus says about it.
type Candidate struct {
	// Type is doc.Person, doc.Place or doc.Organization.
	Type string
	// Key is the analysis form of the name (package normalize): written
	// variants that differ only in hamza, ta marbuta or diacritics are
	// one candidate.
	Key string
	// NameAr is the written form seen most often.
	NameAr string
	// Via counts the mentions by how they were found (ViaTitle, ViaCue,
	// ViaAfterTitle, ViaMeeting).
	Via map[string]int
	// Documents and Mentions count where the name occurs.
	Documents, Mentions int
	// Cues are the titles (people) or settlement nouns (places) seen
	// right before the name, most frequent first.
	Cues []Cue
	// Sample is the sentence of the first mention in the first document.
	Sample Sample
	// English is the name the pipeline gave a body of a country
	// (Government of Syria), and Country its country; empty otherwise.
	English, Country string

	forms map[string]int
	cues  map[string]*Cue
}

// Cue is a title or settlement noun seen before a candidate.
type Cue struct {
	// Text is the phrase as written (وزير الخارجية البحريني، بلدة).
	Text string
	// Role and Country are the office and country the title names, when
	// it names one (foreign-minister, BH).
	Role, Country string
	// Kind is the place kind a settlement noun names (town, village).
	Kind string
	// Count is how many mentions it introduced.
	Count int
}

// Sample is a sentence in which a candidate occurs.
type Sample struct {
	Document string
	Sentence string
}

// Coverage counts the people mentions introduced by the title of an
// office over a run (pipeline.Analysis.Titled).
type Coverage struct {
	// Documents counts the results seen.
	Documents int
	doc.Coverage
}

// Share returns Known/(Known+Unknown), or 0 when there is no mention.
func (c Coverage) Share() float64 {
	if n := c.Known + c.Unknown; n > 0 {
		return float64(c.Known) / float64(n)
	}
	return 0
}

// Collector gathers candidates and coverage over a run. Use it as both
// the Processor and the Writer of run.Run. It is safe for concurrent
// calls of Process; Write is called in input order from one goroutine.
type Collector struct {
	inner  Analyzer
	g      *gazetteer.Compiled
	tagger *tag.Tagger
	given  map[string]bool

	mu      sync.Mutex
	pending map[*doc.Result]pending

	cov   Coverage
	cands map[string]*Candidate
}

// pending is what a processed document contributes, kept until its
// result is written.
type pending struct {
	obs    []observation
	titled doc.Coverage
}

// NewCollector returns a Collector that runs p and looks names up in g
// (the gazetteers p uses).
func NewCollector(p Analyzer, g *gazetteer.Compiled) *Collector {
	c := &Collector{
		inner: p, g: g, tagger: tag.New(g), given: givenNames(g.Set),
		pending: map[*doc.Result]pending{}, cands: map[string]*Candidate{},
	}
	return c
}

// givenNames returns the first words of the gazetteer's people (محمد،
// سيرغي), the words a name in a meeting's evidence must start with.
func givenNames(s *gazetteer.Set) map[string]bool {
	m := map[string]bool{}
	for _, e := range s.Entries {
		if e.Type != gazetteer.TypePerson {
			continue
		}
		for _, f := range append([]string{e.NameAr}, e.Aliases...) {
			toks := gazetteer.FormTokens(f)
			if len(toks) >= 2 && !strings.HasPrefix(toks[0], "ال") && !joiners[toks[0]] {
				m[toks[0]] = true
			}
		}
	}
	return m
}

// Process runs the wrapped Analyzer on d and records what d
// contributes to the suggestions and the coverage.
func (c *Collector) Process(ctx context.Context, d *doc.Document) (*doc.Result, error) {
	r, a, err := c.inner.Analyze(ctx, d)
	if err != nil || r == nil {
		return r, err
	}
	p := pending{obs: c.observe(d, r, a)}
	if a != nil {
		p.titled = a.Titled
	}
	c.mu.Lock()
	c.pending[r] = p
	c.mu.Unlock()
	return r, nil
}

// Write adds a result, in input order.
func (c *Collector) Write(r *doc.Result) error {
	c.mu.Lock()
	p, ok := c.pending[r]
	delete(c.pending, r)
	c.mu.Unlock()
	if !ok {
		return fmt.Errorf("suggest: result of document %q was not processed by the collector", r.Document.ID)
	}
	c.cov.Documents++
	c.cov.Known += p.titled.Known
	c.cov.Unknown += p.titled.Unknown
	for _, o := range p.obs {
		c.add(r.Document.ID, o)
	}
	return nil
}

// Coverage returns the coverage counted so far.
func (c *Collector) Coverage() Coverage { return c.cov }

// Candidates returns the candidates of type typ (doc.Person or
// doc.Place) found in at least min documents, most frequent first:
// by documents, then mentions, then key.
func (c *Collector) Candidates(typ string, min int) []*Candidate {
	var out []*Candidate
	for _, k := range c.cands {
		if k.Type == typ && k.Documents >= min {
			k.sortCues()
			out = append(out, k)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Documents != b.Documents {
			return a.Documents > b.Documents
		}
		if a.Mentions != b.Mentions {
			return a.Mentions > b.Mentions
		}
		return a.Key < b.Key
	})
	return out
}

// observation is one candidate name in one document.
type observation struct {
	typ, key, form   string
	english, country string
	via              map[string]int
	mentions         int
	cues             []Cue
	sample           string
}

func (c *Collector) add(docID string, o observation) {
	id := o.typ + "/" + o.key
	k, ok := c.cands[id]
	if !ok {
		k = &Candidate{Type: o.typ, Key: o.key, Via: map[string]int{}, forms: map[string]int{}, cues: map[string]*Cue{},
			English: o.english, Country: o.country}
		k.Sample = Sample{Document: docID, Sentence: o.sample}
		c.cands[id] = k
	}
	k.Documents++
	k.Mentions += o.mentions
	for v, n := range o.via {
		k.Via[v] += n
	}
	k.forms[o.form] += o.mentions
	if best := k.forms[k.NameAr]; k.NameAr == "" || k.forms[o.form] > best {
		k.NameAr = o.form
	}
	for _, cu := range o.cues {
		ck := normalize.String(cu.Text)
		if have, ok := k.cues[ck]; ok {
			have.Count += cu.Count
			continue
		}
		cc := cu
		k.cues[ck] = &cc
	}
}

// sortCues fills k.Cues from the cues counted so far, most frequent
// first.
func (k *Candidate) sortCues() {
	k.Cues = k.Cues[:0]
	for _, cu := range k.cues {
		k.Cues = append(k.Cues, *cu)
	}
	sort.Slice(k.Cues, func(i, j int) bool {
		if k.Cues[i].Count != k.Cues[j].Count {
			return k.Cues[i].Count > k.Cues[j].Count
		}
		return k.Cues[i].Text < k.Cues[j].Text
	})
}

// docView is the analysis of one document, for the documents that have
// entities: the pipeline's (pipeline.Analysis), or made anew when there
// is none (a document in English).
type docView struct {
	orig    []rune
	text    *normalize.Text
	an      *tokenize.Analysis
	matches []tag.Match
	endAt   map[int]int // token index → match ending there
	startAt map[int]int // token index → match starting there
	// taken marks the tokens of gazetteer forms and of the result's
	// mentions.
	taken []bool
}

func (c *Collector) view(d *doc.Document, r *doc.Result, a *pipeline.Analysis) *docView {
	v := &docView{orig: []rune(d.Text)}
	if a != nil && a.Text != nil && a.Tokens != nil {
		v.text, v.an, v.matches = a.Text, a.Tokens, a.Matches
	} else {
		v.text = normalize.Normalize(d.Text)
		v.an = tokenize.Analyze(v.text.Runes)
		v.matches = c.tagger.Tag(v.an.Tokens)
	}
	v.endAt = make(map[int]int, len(v.matches))
	v.startAt = make(map[int]int, len(v.matches))
	n := len(v.an.Tokens)
	v.taken = make([]bool, n)
	for i, m := range v.matches {
		v.endAt[m.Last] = i
		v.startAt[m.First] = i
		for k := m.First; k < m.Last; k++ {
			v.taken[k] = true
		}
	}
	for _, e := range r.Entities {
		for _, m := range e.Mentions {
			for t := v.token(m.Start); t >= 0 && t < n && v.text.Origin(v.an.Tokens[t].Start) < m.End; t++ {
				v.taken[t] = true
			}
		}
	}
	return v
}

// token returns the index of the token holding original offset off, or
// -1.
func (v *docView) token(off int) int {
	a := sort.Search(len(v.text.Runes), func(i int) bool { return v.text.Origin(i) >= off })
	t := sort.Search(len(v.an.Tokens), func(i int) bool { return v.an.Tokens[i].End > a })
	if t == len(v.an.Tokens) || v.an.Tokens[t].Start > a {
		return -1
	}
	return t
}

// sentence returns the text of the sentence holding token t, on one
// line, cut to a window around the runes [start, end) of the original
// when it is long.
func (v *docView) sentence(t, start, end int) string {
	s := v.an.SentenceOf(v.an.Tokens[t].Sentence)
	a, b := v.text.Span(s.Start, s.End)
	const window = 160
	prefix, suffix := "", ""
	if start-a > window {
		a, prefix = start-window, "…"
	}
	if b-end > window {
		b, suffix = end+window, "…"
	}
	return prefix + strings.Join(strings.Fields(string(v.orig[a:b])), " ") + suffix
}

// observe collects the candidates of one document; a is the pipeline's
// analysis of it, or nil.
func (c *Collector) observe(d *doc.Document, r *doc.Result, a *pipeline.Analysis) []observation {
	if len(r.Entities) == 0 {
		return nil
	}
	v := c.view(d, r, a)
	var out []observation
	byKey := map[string]int{}
	for _, e := range r.Entities {
		if e.Gazetteer || e.Type != doc.Person && e.Type != doc.Place && e.Type != doc.Organization || len(e.Mentions) == 0 {
			continue
		}
		// السفارة الأمريكية، وزارة الصحة: a different body in each story.
		if e.Type == doc.Organization && resolve.BoundBody(e.NameAr, e.Country) {
			continue
		}
		o := observation{typ: e.Type, key: normalize.String(e.NameAr), form: e.NameAr, via: map[string]int{}, mentions: len(e.Mentions)}
		switch {
		case e.Type == doc.Organization && e.Country != "":
			// A body of a country (Government of Syria) is one candidate
			// whatever its Arabic forms (الحكومة السورية، النظام السوري).
			o.key, o.english, o.country = e.ID, e.Name, e.Country
		case e.Type == doc.Organization && e.Name != resolve.Transliterate(e.NameAr):
			o.english = e.Name // a ministry the pipeline names (Ministry of Interior)
		}
		for _, m := range e.Mentions {
			if !found[m.Via] {
				continue
			}
			o.via[m.Via]++
			t := v.token(m.Start)
			if t < 0 {
				continue
			}
			if o.sample == "" {
				o.sample = v.sentence(t, m.Start, m.End)
			}
			var cu Cue
			var ok bool
			if m.Via == ViaTitle {
				cu, ok = c.titleCue(v, t)
			} else {
				cu, ok = settlementCue(v, t)
			}
			if ok {
				o.cues = mergeCue(o.cues, cu)
			}
		}
		if len(o.via) == 0 {
			continue
		}
		if i, dup := byKey[o.typ+"/"+o.key]; dup {
			// Two entities of one document with one analysis form.
			out[i].mentions += o.mentions
			for k, n := range o.via {
				out[i].via[k] += n
			}
			for _, cu := range o.cues {
				out[i].cues = mergeCue(out[i].cues, cu)
			}
			continue
		}
		byKey[o.typ+"/"+o.key] = len(out)
		out = append(out, o)
	}
	if r.Document.Language == lang.English {
		return out // the word lists below are Arabic
	}
	for _, o := range append(c.afterTitles(v), c.meetingNames(v, r)...) {
		if i, dup := byKey[o.typ+"/"+o.key]; dup {
			for k, n := range o.via {
				out[i].via[k] += n
			}
			out[i].mentions += o.mentions
			for _, cu := range o.cues {
				out[i].cues = mergeCue(out[i].cues, cu)
			}
			continue
		}
		byKey[o.typ+"/"+o.key] = len(out)
		out = append(out, o)
	}
	return out
}

// afterTitles returns the runs of name-like words right after the title
// of an office (and its nationality or country) that the pipeline did
// not take for a person: two or three joined words that are no gazetteer
// form and no mention, the first neither a known given name (the
// pipeline reports those itself) nor a word with the article.
func (c *Collector) afterTitles(v *docView) []observation {
	var out []observation
	index := map[string]int{}
	n := len(v.an.Tokens)
	for i, m := range v.matches {
		k, e := c.kindOf(m)
		if k != gazetteer.KindTitle || c.g.Entry(e).Role == "" {
			continue
		}
		last, country := m.Last, false
		if j, ok := v.startAt[last]; ok && j == i+1 {
			if k2, _ := c.kindOf(v.matches[j]); k2 == gazetteer.KindDemonym || k2 == gazetteer.KindName {
				last, country = v.matches[j].Last, true
			}
		}
		// A title that ends in a noun without the article (رئيس،
		// المتحدث باسم) governs the next word: رئيس الاتحاد، المتحدث
		// باسم الجيش. Only a definite title or one with a nationality
		// or country stands before a name.
		if !country && !strings.HasPrefix(v.an.Tokens[m.Last-1].Text, "ال") {
			continue
		}
		t := last
		if t >= n || v.taken[t] || v.an.Tokens[t].Sentence != v.an.Tokens[m.First].Sentence ||
			!apposable(v.text.Runes[v.an.Tokens[t-1].End:v.an.Tokens[t].Start]) {
			continue
		}
		first := v.an.Tokens[t].Text
		if c.given[first] || strings.HasPrefix(first, "ال") || !nameWord(first) {
			continue
		}
		// The names this finds are foreign ones (جاستن ترودو): a word
		// with the article ends them (نيكولاس مادورو الجمعة).
		end := t + 1
		for end < n && end-t < 3 && v.an.Tokens[end].Joined && !v.taken[end] && nameWord(v.an.Tokens[end].Text) && !strings.HasPrefix(v.an.Tokens[end].Text, "ال") {
			end++
		}
		if end-t < 2 {
			continue
		}
		cu, ok := c.titleCue(v, t)
		a, b := v.text.Span(v.an.Tokens[t].Start, v.an.Tokens[end-1].End)
		form := string(v.orig[a:b])
		key := normalize.String(form)
		if j, dup := index[key]; dup {
			out[j].mentions++
			out[j].via[ViaAfterTitle]++
			if ok {
				out[j].cues = mergeCue(out[j].cues, cu)
			}
			continue
		}
		o := observation{typ: doc.Person, key: key, form: form, mentions: 1,
			via: map[string]int{ViaAfterTitle: 1}, sample: v.sentence(t, a, b)}
		if ok {
			o.cues = []Cue{cu}
		}
		index[key] = len(out)
		out = append(out, o)
	}
	return out
}

// apposable reports whether only spaces, quotes, commas, dashes, colons
// or an opening parenthesis make up rs.
func apposable(rs []rune) bool {
	for _, r := range rs {
		switch r {
		case ' ', '"', '\'', ',', '(', '-', ':':
		default:
			return false
		}
	}
	return true
}

func mergeCue(cs []Cue, cu Cue) []Cue {
	k := normalize.String(cu.Text)
	for i := range cs {
		if normalize.String(cs[i].Text) == k {
			cs[i].Count += cu.Count
			return cs
		}
	}
	return append(cs, cu)
}

// titleCue returns the title right before token t: a title phrase,
// optionally followed by a nationality adjective or a country (وزير
// الخارجية البحريني، وزير خارجية البحرين).
func (c *Collector) titleCue(v *docView, t int) (Cue, bool) {
	mi, ok := v.endAt[t]
	if !ok {
		return Cue{}, false
	}
	m := v.matches[mi]
	end := m.End
	country := ""
	if k, e := c.kindOf(m); k == gazetteer.KindDemonym || k == gazetteer.KindName && c.isCountry(e) {
		country = c.g.Entry(e).Country
		prev, ok := v.endAt[m.First]
		if !ok {
			return Cue{}, false
		}
		m = v.matches[prev]
	}
	k, e := c.kindOf(m)
	if k != gazetteer.KindTitle {
		return Cue{}, false
	}
	a, b := v.text.Span(m.Start, end)
	text := string(v.orig[a:b])
	if m.Prefix > 0 && v.text.Runes[m.Start-1] == 'ل' && v.text.Runes[m.Start] == 'ل' {
		text = "ا" + text // للرئيس is ل + الرئيس
	}
	return Cue{Text: text, Role: c.g.Entry(e).Role, Country: country, Count: 1}, true
}

// kindOf returns the strongest payload of a match that is a title, a
// demonym or a country name.
func (c *Collector) kindOf(m tag.Match) (gazetteer.Kind, int32) {
	for _, p := range m.Payloads {
		switch p.Kind {
		case gazetteer.KindTitle, gazetteer.KindDemonym:
			return p.Kind, p.Entry
		case gazetteer.KindName:
			if c.isCountry(p.Entry) {
				return p.Kind, p.Entry
			}
		}
	}
	return 255, -1
}

func (c *Collector) isCountry(e int32) bool {
	if e < 0 {
		return false
	}
	ent := c.g.Entry(e)
	return ent.Type == gazetteer.TypePlace && ent.Kind == "country"
}

// settlementKinds maps the settlement nouns that introduce unknown
// places (resolve.ViaCue) to a place kind.
var settlementKinds = map[string]string{}

func init() {
	for kind, ws := range map[string]string{
		"town":    "بلدة بلدتي بلدتا بلدات",
		"village": "قرية قريتي قريتا قرى",
		"city":    "مدينة مدينتي",
		"camp":    "مخيم مخيمي",
	} {
		for _, w := range strings.Fields(ws) {
			settlementKinds[normalize.String(w)] = kind
		}
	}
}

// settlementCue returns the settlement noun before token t, looking back
// over a first name of a list (بلدتي الفوعة وكفريا).
func settlementCue(v *docView, t int) (Cue, bool) {
	for k := t - 1; k >= 0 && k >= t-3; k-- {
		tok := v.an.Tokens[k]
		for _, st := range tokenize.Stems(tok.Text) {
			if kind, ok := settlementKinds[st.Text]; ok {
				a, b := v.text.Span(tok.Start+st.Prefix, tok.End)
				return Cue{Text: string(v.orig[a:b]), Kind: kind, Count: 1}, true
			}
		}
		if !tok.Joined {
			break
		}
	}
	return Cue{}, false
}

var (
	joiners = words("بن ابن بنت عبد أبو ابو أبي ابي آل ال دي دو فان فون")
	// nameStop are words that end a run of name-like words.
	nameStop = words(`في من على إلى الى عن أن إن ان قد كان كانت مع بعد قبل خلال عند حول ضد منذ التي الذي الذين هذا هذه ذلك تلك هو هي هم
		و أو او ثم لكن بل لا لم لن ما كما إنه انه أنه بين عبر لدى حيث إذ اذ كل بعض غير أمس امس اليوم غدا يوم
		قال وقال قالت أكد وأكد أعلن وأعلن أشار وأشار أوضح وأوضح ذكر وذكر بحث وبحث التقى والتقى استقبل واستقبل اجتمع واجتمع
		السيد الشيخ الدكتور الرئيس وزير رئيس نائب سفير مستشار قائد العام الخاص المبعوث وفد الوفد لقاء اللقاء
		بدوره بدورها لاحقا حاليا أيضا ايضا نظيره نظيرته بالقول مساء صباح ظهر عصر ليلة صباحا
		الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت نية النية`)
)

func words(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[normalize.String(w)] = true
	}
	return m
}

// meetingNames returns the runs of name-like words in the evidence of
// the document's meetings that no entity covers: two to four joined
// words, the first a given name of the gazetteer's people, none of them
// a gazetteer form, a stop word or a number.
func (c *Collector) meetingNames(v *docView, r *doc.Result) []observation {
	if len(r.Events) == 0 {
		return nil
	}
	n := len(v.an.Tokens)
	taken := v.taken
	var out []observation
	index := map[string]int{}
	seen := map[int]bool{} // first token of a run already reported
	for _, ev := range r.Events {
		for _, sp := range ev.Evidence {
			first := v.token(sp.Start)
			for t := first; t >= 0 && t < n && v.text.Origin(v.an.Tokens[t].Start) < sp.End; t++ {
				if taken[t] || seen[t] || !c.given[v.an.Tokens[t].Text] || notGiven[v.original(t)] {
					continue
				}
				end := t + 1
				for end < n && end-t < 4 && v.an.Tokens[end].Joined && !taken[end] && nameWord(v.an.Tokens[end].Text) {
					end++
				}
				for end > t+1 && joiners[v.an.Tokens[end-1].Text] {
					end--
				}
				if end-t < 2 {
					continue
				}
				seen[t] = true
				a, b := v.text.Span(v.an.Tokens[t].Start, v.an.Tokens[end-1].End)
				start := t
				t = end - 1
				form := string(v.orig[a:b])
				key := normalize.String(form)
				if i, ok := index[key]; ok {
					out[i].mentions++
					out[i].via[ViaMeeting]++
					continue
				}
				index[key] = len(out)
				out = append(out, observation{
					typ: doc.Person, key: key, form: form, mentions: 1,
					via:    map[string]int{ViaMeeting: 1},
					sample: v.sentence(start, a, b),
				})
			}
		}
	}
	return out
}

// notGiven are words whose analysis form is a given name's (على and
// علي both fold to علي).
var notGiven = map[string]bool{"على": true, "علی": true, "إلى": true, "الى": true, "حتى": true, "لدى": true, "متى": true, "غير": true}

// original returns the original text of token t.
func (v *docView) original(t int) string {
	a, b := v.text.Span(v.an.Tokens[t].Start, v.an.Tokens[t].End)
	return string(v.orig[a:b])
}

// nameWord reports whether an analysis-form token may continue a name.
func nameWord(t string) bool {
	if nameStop[t] || len([]rune(t)) < 2 {
		return false
	}
	for _, r := range t {
		if r >= '0' && r <= '9' {
			return false
		}
	}
	return true
}

// ID returns a suggested gazetteer id for the candidate: its
// transliterated name as lower-case words joined by hyphens.
func (k *Candidate) ID() string {
	if k.English != "" {
		return resolve.Slug(k.English)
	}
	return resolve.Slug(k.NameAr)
}

// Name returns a transliteration of the Arabic name, for the curator to
// correct.
func (k *Candidate) Name() string {
	if k.English != "" {
		return k.English
	}
	return resolve.Transliterate(k.NameAr)
}
