// Package meeting turns the resolved mentions of a document into meeting
// events: who met whom, where and when, with the trigger and the evidence
// sentences, in original code-point offsets.
//
// A sentence holds a meeting when it has a trigger word (استقبل، التقى،
// اجتمع مع، بحث مع، لقاء، محادثات، قمة، زيارة …, with clitics and pronoun
// suffixes) and at least two people take part. Phone calls and messages
// near the trigger, denials and cancellations are dropped; plans and
// intentions are reported with status planned. A nominal trigger that
// shares a participant with a meeting already reported (اللقاء، خلال
// لقائه مع) adds its sentence as evidence of that meeting instead of
// making a new one.
package meeting

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/extract-news/extract/pipeline/arabic/resolve"
	"github.com/extract-news/extract/pipeline/dates"
	"github.com/extract-news/extract/pipeline/doc"
	"github.com/extract-news/extract/pipeline/gazetteer"
	"github.com/extract-news/extract/pipeline/normalize"
	"github.com/extract-news/extract/pipeline/tokenize"
)

// Input is what meeting extraction needs about one document.
type Input struct {
	DocID     string
	Original  string
	Text      *normalize.Text
	Analysis  *tokenize.Analysis
	Resolved  *resolve.Doc
	Published time.Time
	// Title is the document's headline. When the text opens with it, its
	// triggers are read after the body's, so that a meeting keeps the
	// body's report as its trigger and the headline as more evidence.
	Title string
}

// Extractor finds meetings. It is read-only and safe for concurrent use.
type Extractor struct {
	g *gazetteer.Compiled
}

// New returns an Extractor that uses g for places and roles.
func New(g *gazetteer.Compiled) *Extractor { return &Extractor{g: g} }

// window is how many tokens around a trigger cue words are looked for.
const window = 6

// maxGap is how many tokens may separate one participant after the
// trigger from the trigger or the participant before it.
const maxGap = 15

type found struct {
	tok    int // trigger token
	trig   trigger
	prefix int
	people []int // entity indexes, in order
	pre    int   // how many of people stand before the trigger
	status string
	video  bool
	sent   int // 1-based sentence
	// from and to delimit the trigger's clause in tokens: the subject
	// after the last complementizer, the object up to the topic.
	from, to int
	// lead is where the place and time of the trigger's clause may begin:
	// the clause's start, or, for a nominal trigger whose people follow
	// it, the word after a verb of holding before it (وعقد في سوتشي أمس
	// لقاء بين X وY). Never after from.
	lead int
	// weak: the trigger alone does not make a meeting (a visit, talks
	// without مع); it can only add evidence to one already found.
	weak bool
	// apart: the sentence opens on another time (وقبل ذلك، وكان … قد):
	// another meeting unless it names the same people.
	apart bool
	// place is the place named in the trigger's own clause, -1 for none.
	place int
	// summit is the entity a summit noun is named after (قمة مجموعة
	// السبع، قمة هلسنكي), -1 for none: one summit of one document.
	summit int
	// named is the city or town a merged fragment's summit noun is
	// named after (قمة بانمونغوم), -1 for none.
	named int
	// relative: the trigger opens a relative clause (الذين التقاهم): the
	// meeting of the noun before it.
	relative bool
	// between: a nominal trigger followed by بين, whose participants are
	// the people it lists.
	between bool
	// definite: a nominal trigger with the article (اللقاء، القمة) that
	// refers back to a meeting just reported.
	definite bool
	// background: an indefinite meeting noun after بعد/قبل/عقب (بعد
	// اجتماع مع X): weak, but the report when its sentence has no other.
	background bool
	// margin: a meeting noun after على هامش, the occasion of other
	// meetings.
	margin bool
	// attended: a definite meeting noun after حضر/شارك في (حضر اللقاء
	// X): who attended the meeting just told.
	attended bool
	// triggers are the trigger tokens of the fragments merged in: what a
	// quotation around one of them says is of this meeting.
	triggers []int
	// key orders the candidates as they were read (the body, then the
	// headline).
	key     int
	evSents []int
	// sorted is evSents in order, kept by merge for its lookups (a
	// meeting repeated through a long document gathers thousands).
	sorted []int
	// clauses are the token clauses [from, to) of the other triggers
	// merged in that report the meeting with its people (not a visit or
	// talks without مع): where a later mention may place it.
	clauses [][2]int
}

type docState struct {
	x      *Extractor
	in     Input
	toks   []tokenize.Token
	bySent [][]int // sentence → mention indexes
	// sentToks holds, per 1-based sentence, its token range [a, b).
	sentToks [][2]int
	// named marks the tokens inside an entity's mention: their words
	// are a name's (منظمة التعاون الإسلامي), not cues.
	named []bool
	// travelers are the entities the text tells arriving or visiting,
	// found on first use (travels).
	travelers map[int]bool
}

// Extract returns the meetings of one document in text order.
func (x *Extractor) Extract(in Input) []doc.Event {
	s := &docState{x: x, in: in, toks: in.Analysis.Tokens}
	s.bySent = make([][]int, len(in.Analysis.Sentences)+2)
	s.sentToks = make([][2]int, len(in.Analysis.Sentences)+2)
	for i := len(s.toks) - 1; i >= 0; i-- {
		r := &s.sentToks[s.toks[i].Sentence]
		if r[1] == 0 {
			r[1] = i + 1
		}
		r[0] = i
	}
	s.named = make([]bool, len(s.toks))
	for i, m := range in.Resolved.Mentions {
		s.bySent[m.Sentence] = append(s.bySent[m.Sentence], i)
		for k := m.First; k < m.Last; k++ {
			s.named[k] = true
		}
	}
	var events, pending []*found
	// verbal marks the sentences with a trigger verb (التقى X Y بعد يوم
	// من لقائه Z: the verb's clause is the report, whoever it names).
	verbal := map[int]bool{}
	var buf tokenize.StemBuf
	body := s.headlineEnd()
	for k := range s.toks {
		ti := (k + body) % len(s.toks) // the body first, then the headline
		t, prefix, ok := s.triggerAt(ti, &buf)
		if !ok || s.teaser(ti) {
			continue
		}
		f := s.candidate(ti, t, prefix)
		if f == nil {
			continue
		}
		f.key = k
		if !f.trig.nominal {
			verbal[f.sent] = true
		}
		// بعد اجتماعه مع مدير المخابرات: a background meeting of two
		// people waits for the end, where it may be a report of its own;
		// merged now it would only add its sentence to a meeting of one
		// of them.
		if f.background && len(f.people) >= 2 {
			pending = append(pending, f)
			continue
		}
		if merged := s.merge(events, f); merged {
			continue
		}
		if f.weak || len(f.people) < 2 || s.spousePair(f) {
			pending = append(pending, f)
			continue
		}
		events = append(events, f)
	}
	// Fragments read before the event they belong to (a body sentence
	// before its headline's meeting) join it now.
	// بعد اجتماع مع X، قال …: the meeting a sentence mentions only as
	// background is still its report when nothing else in it is.
	var promoted bool
	// اتفق الأسد مع المبعوث على … وذكرت الرئاسة في بيان عقب اللقاء الذي
	// جرى أمس: an agreement the next sentence calls a meeting is one.
	for i, f := range pending {
		if f.trig.agreement && len(f.people) >= 2 && f.status == doc.Occurred && confirmed(pending, i) && !s.merge(events, f) {
			f.weak = false
			events = append(events, f)
			promoted = true
		}
	}
	for _, f := range pending {
		// وصف الوزير X العلاقة بعد اجتماعه مع Y: a background meeting of two
		// people joins another only as a full report would (two people in
		// common, or one within two sentences and no other partner).
		if f.background && len(f.people) >= 2 && f.status == doc.Occurred && !verbal[f.sent] && !s.reported(events, f.sent) {
			f.weak = false
			if s.merge(events, f) {
				continue
			}
			events = append(events, f)
			promoted = true
			continue
		}
		if s.merge(events, f) {
			continue
		}
		// قال ترامب في ختام قمة مجموعة السبع، البيان الصادر في نهاية
		// القمة: a summit of an organization of states that the clause
		// tells as over or under way holds the leaders of its members
		// the document names, whoever else its clause names.
		if !f.weak && f.status == doc.Occurred && f.tok > 0 && s.toks[f.tok-1].Sentence == f.sent && s.hasStemIn(summitSpanWords, f.tok-1) {
			// Only those of its clause who sit there too (لقاءاته خلال قمة
			// الناتو: not Putin, named for another meeting).
			if more, _ := s.summitMembers(f, nil); len(more) > 0 {
				f.people = slices.DeleteFunc(f.people, func(p int) bool {
					e := s.in.Resolved.Entities[p].Entry
					return e == nil || !s.sits(e, s.in.Resolved.Entities[f.summit].Entry, s.in.Published)
				})
				if len(f.people)+len(more) >= 2 {
					events = append(events, f)
					promoted = true
				}
			}
		}
	}
	if promoted {
		slices.SortStableFunc(events, func(a, b *found) int { return a.key - b.key })
	}
	out := make([]doc.Event, 0, len(events))
	for _, f := range events {
		out = append(out, s.event(f, len(out)+1))
	}
	return out
}

// confirmed reports a definite meeting noun (اللقاء، الاجتماع) among
// pending in the sentence of pending[i] or the next: the text calls it a
// meeting.
func confirmed(pending []*found, i int) bool {
	// pending is in reading order (the body, then the headline): look
	// only near f's place in it.
	f := pending[i]
	for k := max(0, i-confirmReach); k < len(pending) && k <= i+confirmReach; k++ {
		g := pending[k]
		if g != f && g.definite && g.status == doc.Occurred && g.trig.family != Visit && g.sent >= f.sent && g.sent <= f.sent+1 {
			return true
		}
	}
	return false
}

// confirmReach is how many fragments either side of an agreement are
// looked at for the meeting noun that confirms it.
const confirmReach = 8

// cancelledAfter, after a meeting noun, call it off.
var cancelledAfter = lex.Set("cancelledAfter")

// riteWords after a ceremony noun make it a rite, not a meeting.
var riteWords = lex.Set("riteWords")

// summitSpanWords right before a summit noun tell it as over or under
// way (في ختام قمة، في نهاية القمة، خلال قمة).
var summitSpanWords = lex.Set("summitSpanWords")

// matchWords are the meeting nouns that also name a match.
var matchWords = lex.Set("matchWords")

// sport reports a sports word in the sentence of token ti or the one
// before it.
func (s *docState) sport(ti int) bool {
	k := s.toks[ti].Sentence
	for _, j := range []int{k, k - 1} {
		if j < 1 {
			continue
		}
		if a, b := s.sentenceRange(j); a < b && s.has(sportWords, a, b) {
			return true
		}
	}
	return false
}

// afterCall reports a call (مكالمة، اتصال هاتفي، اتصل) in one of the two
// sentences before token ti's.
func (s *docState) afterCall(ti int) bool {
	k := s.toks[ti].Sentence
	for j := k - 1; j >= 1 && j >= k-2; j-- {
		if a, b := s.sentenceRange(j); a < b && s.has(callWords, a, b) {
			return true
		}
	}
	return false
}

// callAfter reports talks at token ti that one of the two sentences after
// tells as a call, naming one of their people: a call word (تلقى ولي
// العهد اتصالا هاتفيا من بومبيو) or the call itself (عن الاتصال بين
// بومبيو والأمير محمد بن سلمان).
func (s *docState) callAfter(ti int) bool {
	k := s.toks[ti].Sentence
	for j := k + 1; j <= k+2 && j < len(s.sentToks); j++ {
		a, b := s.sentenceRange(j)
		if a < b && (s.has(callWords, a, b) || s.callNounWithin(a, b)) && s.sharePerson(k, j) {
			return true
		}
	}
	return false
}

// callNouns name a call that another sentence told of (الاتصال).
var callNouns = lex.Set("callNouns")

// callNounWithin reports a call noun in tokens [a, b) that names a call,
// not a contact: before بين, or after في، خلال، عن (عن الاتصال بين بومبيو
// والأمير; not رفض مبارك الاتصال بالعائلة الملكية).
func (s *docState) callNounWithin(a, b int) bool {
	for i := a; i < b; i++ {
		if !callNouns[s.toks[i].Text] {
			continue
		}
		if i+1 < b && s.toks[i+1].Text == "بين" || i > a && callLeads[s.toks[i-1].Text] {
			return true
		}
	}
	return false
}

// callLeads before a call noun make it the call itself (في الاتصال).
var callLeads = lex.Set("callLeads")

// sharePerson reports a person named in both sentences j and k.
func (s *docState) sharePerson(j, k int) bool {
	ms := s.in.Resolved.Mentions
	for _, a := range s.bySent[j] {
		if s.in.Resolved.Entities[ms[a].Entity].Out.Type != gazetteer.TypePerson {
			continue
		}
		for _, b := range s.bySent[k] {
			if ms[b].Entity == ms[a].Entity {
				return true
			}
		}
	}
	return false
}

// reported reports whether an event has sentence k as evidence.
func (s *docState) reported(events []*found, k int) bool {
	for _, e := range events {
		if e.nearestSent(k) == 0 {
			return true
		}
	}
	return false
}

// counted reports a trigger verb followed by a count of times (التقيا 9
// مرات خلال 5 سنوات، اجتمعا مرتين): a tally of meetings, none reported.
func (s *docState) counted(ti, sb int) bool {
	for i := ti + 1; i < sb && i <= ti+6; i++ {
		if s.hasStemIn(timesWords, i) {
			return true
		}
	}
	return false
}

// timesWords after a trigger verb count occasions.
var timesWords = lex.Set("timesWords")

// question reports a trigger in a question (أين سيلتقي ترامب وكيم؟، هل
// التقى …؟): asked, not reported. Not a question quoted after it (ذكرت
// الرئاسة، في ختام اجتماع بين ماكرون وترودو، أن "… بيان مشترك؟").
func (s *docState) question(ti int) bool {
	sn := s.in.Analysis.SentenceOf(s.toks[ti].Sentence)
	r := s.in.Text.Runes[sn.Start:sn.End]
	for i := len(r) - 1; i >= 0; i-- {
		switch r[i] {
		case '?', '؟':
			return !otherQuote(quoteSpans(r), i, s.toks[ti].Start-sn.Start)
		case ' ', '\n', '\t', '"', '»', ')', '\u201d':
			continue
		}
		return false
	}
	return false
}

// hasPlan reports a plan cue in tokens [from, to) that is not a cause:
// بناء على دعوة، تلبية لدعوة، بدعوة من give why a visit took place, not
// that it is yet to come.
func (s *docState) hasPlan(from, to int) bool {
	sent := s.toks[min(max(from, 0), len(s.toks)-1)].Sentence
	var buf tokenize.StemBuf
	for i := max(from, 0); i < to && i < len(s.toks); i++ {
		if s.toks[i].Sentence != sent && i > from {
			continue
		}
		for _, st := range s.stemsOf(i, &buf) {
			if !plannedCues[st.Text] {
				continue
			}
			if causeWords[st.Text] && (st.Prefix > 0 || i > 0 && s.hasStemIn(causeLeads, i-1)) {
				break
			}
			return true
		}
	}
	return false
}

// planGoverns reports a verb of intent or expectation (يستعد، يعتزم،
// ينوي، يتوقع، لا يستبعد) earlier in the trigger's clause, up to twelve
// words before it, with no trigger verb in between: في الوقت الذي يستعد
// فيه الرئيس … لعقد قمة is a summit to come.
func (s *docState) planGoverns(ti, sa int, nominal bool) bool {
	lo := max(sa, ti-12)
	// وسيعقد ترمب وكيم قمة: a future verb whose object is the meeting
	// noun; a verb trigger has its own tense.
	future := nominal
	if !s.has(intentVerbs, lo, ti) && !(future && s.futureWithin(lo, ti)) {
		return false // most clauses have none: spare the walk below
	}
	// يسعى كيم إلى تقليل … بعد قمته مع ترامب: a meeting after بعد or
	// منذ is the time of what is intended, not its object.
	if ti > sa && s.hasStemIn(afterWords, ti-1) {
		return false
	}
	var buf tokenize.StemBuf
	for i := ti - 1; i >= lo; i-- {
		// يتوقع أن، وتوقع شلتوت أن تمثل القمة: the intent's own أن, after
		// its subject at most.
		if s.complementizer(i) && !s.has(intentVerbs, max(lo, i-3), i) {
			return false
		}
		if t, _, ok := s.triggerAt(i, &buf); ok && !t.nominal {
			return false
		}
		if s.hasStemIn(intentVerbs, i) {
			return true
		}
		// وكان في استقباله، قد التقى: told as past from here on; تعهده الذي
		// قطعه خلال قمة: the noun is in a relative clause of its own.
		if s.hasStemIn(pastMarkers, i) || future && relativeWords[s.toks[i].Text] {
			return false
		}
		// الذي ستكون كتلته: a future in a relative clause is its own.
		if future && s.futureAt(i) && !(i > sa && relativeWords[s.toks[i-1].Text]) {
			return true
		}
	}
	return false
}

// futureAt reports a verb in the future at token i (وسيعقد، ستجمع), not a
// word of a name nor a noun that looks like one (سياسة).
func (s *docState) futureAt(i int) bool {
	if s.named[i] {
		return false
	}
	var buf tokenize.StemBuf
	for _, st := range s.stemsOf(i, &buf) {
		if st.Prefix <= 1 && isFutureVerb(st.Text, 0) && !futureLookalike(st.Text) {
			return true
		}
	}
	return false
}

// futureWithin reports a future verb in tokens [from, to).
func (s *docState) futureWithin(from, to int) bool {
	for i := from; i < to; i++ {
		if s.futureAt(i) {
			return true
		}
	}
	return false
}

// afterWords before a meeting noun make it the time of another event.
var afterWords = lex.Set("afterWords")

// heldLater reports a meeting noun followed by a relative clause in the
// present that holds it (القمة التاريخية التي تعقد الجمعة, also after
// the people بين names), or right after
// such a verb (تعقد فيه محادثات القمة): yet to come. Not after كانت (التي
// كانت تعقد).
func (s *docState) heldLater(ti, sb int) bool {
	// قمة تعقد الثلاثاء: the verb right after the noun.
	if ti+1 < sb && heldPresent[s.toks[ti+1].Text] {
		return true
	}
	// أن لقاءه مع بوتين في هلسنكي قد يكون أسهل: may be, to come; إن
	// المحادثات بين ترامب وبوتين بشأن سوريا لن تكون سهلة: will not be.
	for i := ti + 1; i+1 < sb && i <= ti+16; i++ {
		// Only in the noun's own clause: not past a comma, a
		// complementizer or a relative (المؤتمر الذي عقده مع آبي إنه إذا
		// اعتقد أن الاجتماع لن يكون ناجحا).
		if i > ti+1 && (slices.Contains(s.in.Text.Runes[s.toks[i-1].End:s.toks[i].Start], '،') || s.complementizer(i) || relativeWords[s.toks[i].Text]) {
			break
		}
		if (s.toks[i].Text == "قد" || s.toks[i].Text == "لن") && (s.toks[i+1].Text == "يكون" || s.toks[i+1].Text == "تكون" || i == ti+1 && heldPresent[s.toks[i+1].Text]) {
			return true
		}
	}
	// الذي تعقد فيه محادثات القمة، حيث تجمعه الثلاثاء قمة: the verb
	// before the noun.
	for i := ti - 1; i > 0 && i >= ti-3 && s.toks[i].Sentence == s.toks[ti].Sentence; i-- {
		if heldVerb(s.toks[i].Text) && (relativeWords[s.toks[i-1].Text] || s.toks[i-1].Text == "حيث") {
			return true
		}
	}
	// القمة التاريخية بين الرئيس الأميركي دونالد ترامب والزعيم الكوري
	// الشمالي كيم جونغ أون ستعقد على الأرجح في سنغافورة: the verb after
	// the noun's adjectives and its people.
	for i := ti + 1; i < sb && i <= ti+16; i++ {
		if s.named[i] {
			continue
		}
		t := s.toks[i].Text
		// القمة التاريخية بين … كيم جونغ أون، والرئيس الأميركي، دونالد
		// ترامب، التي تعقد الثلاثاء: a relative clause in the present
		// that holds it, after its people.
		if (t == "التي" || t == "الذي") && i > ti+4 {
			if s.relativeHolds(i+1, sb) {
				return true
			}
			break
		}
		if t == "بين" || strings.HasPrefix(t, "ال") || strings.HasPrefix(t, "وال") {
			continue
		}
		// Not a quotation after it (عند استقبالها لنظيرها "سندافع").
		gap := s.in.Text.Runes[s.toks[i-1].End:s.toks[i].Start]
		if isFutureVerb(t, 0) && !slices.ContainsFunc(gap, isQuote) {
			return true
		}
		break
	}
	// القمة التي تعقد، بلقاء القمة التاريخي، الذي سيجمع: the verb after.
	for i := ti + 1; i < sb && i <= ti+4; i++ {
		if s.toks[i].Text == "التي" || s.toks[i].Text == "الذي" {
			return s.relativeHolds(i+1, sb)
		}
	}
	return false
}

// relativeHolds reports the verb at token j, right after a relative
// pronoun, as one that holds a meeting in the present or any verb in the
// future; j must lie before sb, the sentence's end. Not تجمع: القمة التي
// تجمع إلى جانبه كلا من … tells who is in it, not when.
func (s *docState) relativeHolds(j, sb int) bool {
	if j >= sb {
		return false
	}
	w := s.toks[j].Text
	return heldVerb(w) && !strings.Contains(w, "جمع") || s.futureAt(j)
}

// heldVerb reports a verb in the present that holds a meeting, with or
// without an object pronoun: تعقد، يعقده، تجري، تجمعه، يجمعهما.
func heldVerb(w string) bool {
	for _, suffix := range []string{"", "ه", "ها", "هما", "هم"} {
		v, ok := strings.CutSuffix(w, suffix)
		if ok && (heldPresent[v] || v == "تجمع" || v == "يجمع") {
			return true
		}
	}
	return false
}

// purposeHold reports ل and a verbal noun of holding (لإجراء، لعقد): the
// meeting noun after it is a purpose.
func purposeHold(w string) bool {
	r := []rune(w)
	return len(r) > 3 && r[0] == 'ل' && holdWords[string(r[1:])]
}

// purposeAhead reports a meeting noun of purpose (للقاء X: to meet X)
// that no journey in the past leads to: دعوة كيم للقاء ترامب، استعداده
// للقاء، يتوجه إلى إسرائيل للقاء are yet to come; وصل إلى الرياض للقاء
// is a meeting that took place.
func (s *docState) purposeAhead(ti, prefix, sa int) bool {
	r := []rune(s.toks[ti].Text)
	at := ti
	switch {
	case prefix == 0 && ti-1 >= sa && s.hasStemIn(attendPurpose, ti-1):
		// وافق على زيارة موسكو لحضور قمة: attending as the purpose.
		at = ti - 1
	case prefix == 0 && ti-2 >= sa && s.toks[ti-1].Text == "في" && s.hasStemIn(attendPurpose, ti-2):
		at = ti - 2 // للمشاركة في اجتماع
	case prefix == 0 && ti-1 >= sa && purposeHold(s.toks[ti-1].Text):
		// أن يذهب ترامب لإجراء محادثاته مع بوتين: only behind a verb in
		// the subjunctive (يزور روسيا حاليا لإجراء محادثات is under way).
		for i := ti - 2; i > sa && i >= ti-journeyReach; i-- {
			if r := []rune(s.toks[i].Text); (s.toks[i-1].Text == "أن" || s.toks[i-1].Text == "ان") && len(r) > 2 && (r[0] == 'ي' || r[0] == 'ت') {
				return true
			}
		}
		return false
	case prefix == 0 || r[prefix-1] != 'ل' || !purposeNouns[string(r[prefix:])] && !purposeNouns["ا"+string(r[prefix:])]:
		// للقاء is ل + لقاء; للاجتماع is ل + الاجتماع with the alef elided.
		return false
	}
	// وصل وزير الخارجية الأمريكي، مايك بومبيو، إلى الرياض، الثلاثاء،
	// للقاء: a title, a name, a place and a day may stand between.
	for i := at - 1; i >= sa && i >= at-journeyReach; i-- {
		if s.hasStemIn(journeyPast, i) {
			return false
		}
	}
	// الصور الأولى للقاء "السري" الذي جمع كيم وبومبيو: a meeting a
	// relative clause in the past says was held is no purpose.
	for i := ti + 1; i+1 < len(s.toks) && i <= ti+3 && s.toks[i].Sentence == s.toks[ti].Sentence; i++ {
		if relativeWords[s.toks[i].Text] {
			return !(gatherWords[s.toks[i+1].Text] || s.hasStemIn(holdVerbs, i+1))
		}
	}
	return true
}

// attendPurpose are attending as a purpose before a meeting noun
// (لحضور قمة، للمشاركة في اجتماع).
var attendPurpose = lex.Set("attendPurpose")

// journeyReach is how many words before a meeting of purpose a past
// journey may stand.
const journeyReach = 12

// purposeNouns are the verbal nouns that ل makes a purpose.
var purposeNouns = lex.Set("purposeNouns")

// journeyPast are past journeys that a meeting of purpose follows.
var journeyPast = lex.Set("journeyPast")

// presentOpens reports a trigger verb in the present that opens its
// clause in the body (يلتقي ترامب وكيم في أول قمة، ويستقبل الرئيس غدا):
// told before it happens. Not in the headline (الأسد يستقبل لافروف),
// not after كان/قد, not with a person before it.
func (s *docState) presentOpens(ti, prefix, sa int) bool {
	r := []rune(s.toks[ti].Text)
	if prefix >= len(r) || r[prefix] != 'ي' && r[prefix] != 'ت' || perfectT[string(r[prefix:])] || ti < s.headlineEnd() {
		return false
	}
	if ti > sa && (s.toks[ti-1].Text == "ان" || s.toks[ti-1].Text == "وان") {
		return false // after أن: subjunctive's (قبل أن يلتقي takes the main clause's tense)
	}
	for i := ti - 1; i >= sa; i-- {
		if s.complementizer(i) || s.hasStemIn(clauseWords, i) {
			break
		}
		if s.named[i] && s.personAt(i) || s.hasStemIn(pastMarkers, i) {
			return false
		}
	}
	return true
}

// yetToCome reports a present-tense trigger verb of purpose (ليلتقي،
// لتستقبل: to meet): a meeting not yet held. (عندما يلتقي and قريبا are
// Classify's.)
func (s *docState) yetToCome(ti, prefix, sa int) bool {
	r := []rune(s.toks[ti].Text)
	if prefix == 0 || prefix >= len(r) || !nonPast(string(r[prefix:])) || perfectT[string(r[prefix:])] {
		return false
	}
	return r[prefix-1] == 'ل'
}

// firstPersonPresent reports a trigger verb in the first person present
// (ألتقي، أجتمع، أستقبل), told from the past by its written hamza: what
// a speaker will do (سأزور … وألتقي), not a report.
func (s *docState) firstPersonPresent(ti, prefix int) bool {
	tk := s.toks[ti]
	a, b := s.in.Text.Span(tk.Start+prefix, tk.End)
	o := s.in.Text.Original(a, b)
	r, _ := utf8.DecodeRuneInString(o)
	last, _ := utf8.DecodeLastRuneInString(o)
	return r == 'أ' && last != 'ى' // وألتقى: a past verb written with hamza
}

// headlineEnd returns the index of the first token after the leading
// sentences that repeat the title (0 when the text does not open with it).
func (s *docState) headlineEnd() int {
	title := strings.TrimSpace(s.in.Title)
	if title == "" {
		return 0
	}
	end := 0
	for k := 1; k < len(s.sentToks); k++ {
		a, b := s.sentenceRange(k)
		if a == b {
			break
		}
		sn := s.in.Analysis.SentenceOf(k)
		x, y := s.in.Text.Span(sn.Start, sn.End)
		if strings.TrimSpace(s.in.Text.Original(x, y)) != title {
			break
		}
		end = b
	}
	return end
}

// teaserWords open lines that link to other articles.
var teaserWords = lex.Set("teaserWords")

// teaser reports whether token ti is in a line that links to another
// article rather than reporting in this one.
func (s *docState) teaser(ti int) bool {
	a, _ := s.sentenceTokens(ti)
	return teaserWords[s.toks[a].Text]
}

// stemsOf returns the clitic readings of token i, the token first, in
// buf.
func (s *docState) stemsOf(i int, buf *tokenize.StemBuf) []tokenize.Stem {
	return buf.Stems(s.toks[i].Text)
}

// thingReach is how many words after سلم or وقع the thing handed over
// or signed may stand (سلم وزير الخارجية المغربي ناصر بوريطة الأربعاء
// الأمين العام للأمم المتحدة أنطونيو غوتيريس رسالة).
const thingReach = 16

// thingAfter reports a word of things within thingReach after the
// trigger at ti that is its object: not behind a preposition (بعد يوم من
// إعلان الرئيس، بإعلان) other than على (وقع على الوثيقة).
func (s *docState) thingAfter(things map[string]bool, ti, sb int) bool {
	var buf tokenize.StemBuf
	for i := ti + 1; i < sb && i < ti+thingReach; i++ {
		for _, st := range s.stemsOf(i, &buf) {
			if !things[st.Text] {
				continue
			}
			pre := []rune(s.toks[i].Text)[:st.Prefix]
			if strings.ContainsAny(string(pre), "بلك") || i > ti+1 && objectBlockers[s.toks[i-1].Text] {
				break
			}
			return true
		}
	}
	return false
}

// bearerAfter reports, within bearerReach words after the trigger at ti,
// من and a person, then within three words a thing handed over, then
// within three more من and a person: تسلم من الجنرال كيم يونغ شول رسالة
// من كيم جونغ أون, the bearer and the sender.
func (s *docState) bearerAfter(ti, sb int) bool {
	var buf tokenize.StemBuf
	// A person at token at, or up to three words of title after it (من
	// الجنرال كيم يونغ شول).
	person := func(at int) (int, bool) {
		for _, mi := range s.bySent[s.toks[ti].Sentence] {
			m := s.in.Resolved.Mentions[mi]
			if m.First >= at && m.First <= at+3 && !s.namedWithin(at, m.First) && s.in.Resolved.Entities[m.Entity].Out.Type == gazetteer.TypePerson {
				return m.Last, true
			}
		}
		return 0, false
	}
	for i := ti + 1; i+1 < sb && i <= ti+bearerReach; i++ {
		if s.toks[i].Text != "من" {
			continue
		}
		end, ok := person(i + 1)
		if !ok {
			return false
		}
		for j := end; j < sb && j < end+3; j++ {
			if !slices.ContainsFunc(s.stemsOf(j, &buf), func(st tokenize.Stem) bool { return deliveredThings[st.Text] }) {
				continue
			}
			for k := j + 1; k+1 < sb && k <= j+3; k++ {
				if s.toks[k].Text == "من" {
					_, ok := person(k + 1)
					return ok
				}
			}
			return false
		}
		return false
	}
	return false
}

// bearerReach is how many words after a verb of receiving its من may
// stand (تسلم الرئيس الأميركي من).
const bearerReach = 6

// objectBlockers before a thing make it the object of something else.
var objectBlockers = lex.Set("objectBlockers")

// sender reports a من before person mention m after the trigger at ti,
// within three words (رسالة خطية من الملك محمد السادس): who sent what
// was handed over, not who received it.
func (s *docState) sender(m resolve.Mention, ti int) bool {
	for i := max(ti+1, m.First-3); i < m.First; i++ {
		if s.toks[i].Text == "من" {
			return true
		}
	}
	return false
}

// triggerAt finds the trigger of token i in its context: اعتماد is one
// only after أوراق (تسلم أوراق اعتماد السفير: letters of credence are
// handed over in person), since alone it is adopting or relying on
// something.
func (s *docState) triggerAt(i int, buf *tokenize.StemBuf) (trigger, int, bool) {
	t, prefix, ok := lookup(s.stemsOf(i, buf))
	if ok && t.credentials && !(i > 0 && s.toks[i-1].Sentence == s.toks[i].Sentence && s.hasStemIn(credenceWords, i-1)) {
		return trigger{}, 0, false
	}
	return t, prefix, ok
}

// lookup finds the trigger of a token, trying its clitic stems.
func lookup(stems []tokenize.Stem) (trigger, int, bool) {
	for _, st := range stems {
		if !lexiconSigs.MayHave(st.Text) {
			continue
		}
		if t, ok := lexicon[st.Text]; ok {
			return t, st.Prefix, true
		}
	}
	return trigger{}, 0, false
}

func (s *docState) has(cues map[string]bool, from, to int) bool {
	sent := s.toks[min(max(from, 0), len(s.toks)-1)].Sentence
	for i := max(from, 0); i < to && i < len(s.toks); i++ {
		if s.toks[i].Sentence != sent && i > from {
			continue
		}
		var buf tokenize.StemBuf
		for _, st := range s.stemsOf(i, &buf) {
			if cues[st.Text] {
				return true
			}
		}
	}
	return false
}

func (s *docState) sentenceTokens(ti int) (int, int) {
	return s.sentenceRange(s.toks[ti].Sentence)
}

// candidate reads the meeting a trigger token may report.
func (s *docState) candidate(ti int, t trigger, prefix int) *found {
	sa, sb := s.sentenceTokens(ti)
	ws, we := max(sa, ti-window), min(sb, ti+window+1)
	if (s.has(phoneCues, ws, we) || s.has(callWords, sa, sb)) && !s.videoLink(sa, sb) {
		return nil
	}
	if s.has(deniedCues, max(sa, ti-3-s.nounBefore(ti, sa)), ti) || s.deniedByName(ti, sa) || s.negatedNoun(ti, sa) || s.absentFrom(ti, sa) || s.refusedBefore(ti, sa) {
		return nil
	}
	// لكن اللقاء تم إلغاؤه، القمة ألغيت: called off after the noun.
	if t.nominal && s.has(cancelledAfter, ti+1, min(sb, ti+4)) {
		return nil
	}
	// تلقى X اتصالا هاتفيا من Y. وبحث الجانبان …: the talks are the call's.
	if t.family == Talks && !t.nominal && (s.afterCall(ti) || s.callAfter(ti)) {
		return nil
	}
	if s.bareLiqa(ti, prefix, sb) || s.interview(ti, t, sb) || s.question(ti) || s.counted(ti, sb) || s.interviewBefore(ti, t, prefix, sa) {
		return nil
	}
	// ويشهد اللقاء مواجهة قوية بين …: a match.
	if t.nominal && t.family == Meet && !t.suffixed && matchWords[string([]rune(s.toks[ti].Text)[prefix:])] && s.sport(ti) {
		return nil
	}
	// غرفة الاجتماعات، قاعة المؤتمرات: a room; علم الاجتماع: sociology.
	if t.nominal && ti > sa && s.hasStemIn(roomWords, ti-1) {
		return nil
	}
	// مؤتمر صحفي مع: a press conference held together; مؤتمر alone is a
	// conference, no meeting of two people.
	if t.press && !(ti+1 < sb && s.hasStemIn(pressWords, ti+1)) {
		return nil
	}

	// سلم المبعوث الرئيس رسالة، وقع الوزيران الاتفاقية: a handing over
	// or a signing only with the thing handed over or signed.
	if t.deliver && !s.thingAfter(deliveredThings, ti, sb) || t.signed && !s.thingAfter(agreementWords, ti, sb) || t.bearer && !s.bearerAfter(ti, sb) {
		return nil
	}
	// استقبال المهاجرين، استقبال السفينة: receiving people in numbers or
	// things is not a meeting.
	if t.family == Receive && ti+1 < sb && s.hasStemIn(receivedThings, ti+1) {
		return nil
	}
	// مراسم زفاف، مراسم إحياء الذكرى، مراسم في ياد فاشيم لتأبين: a rite
	// that people attend together is no meeting of theirs.
	// وتحيي بريطانيا الذكرى الأولى لضحايا اعتداء مانشستر، من خلال مراسم:
	// the rite before it too.
	if t.family == Sign && t.nominal && (s.has(riteWords, ti+1, min(sb, ti+5)) || s.has(riteWords, max(sa, ti-8), ti)) {
		return nil
	}
	f := &found{tok: ti, trig: t, prefix: prefix, status: doc.Occurred, sent: s.toks[ti].Sentence, named: -1}
	// ويشارك في المحادثات X وY: taking part in talks names their parties.
	f.weak = t.family == Visit || t.agreement || t.needsWith && !(ti+1 < sb && s.has(withWords, ti+1, min(sb, ti+12))) && !(t.nominal && s.has(partakeWords, max(sa, ti-2), ti)) && !(t.nominal && t.family == Meet && !t.press && s.holdVerbBefore(ti, sa))
	// التقى كيم لبحث قمة مع ترامب: talks of purpose after a meeting verb
	// are what it was for; their people are the topic's.
	if t.family == Talks && prefix > 0 && []rune(s.toks[ti].Text)[prefix-1] == 'ل' && s.meetingVerbBefore(ti, sa) {
		f.weak = true
	}
	f.definite = t.nominal && strings.HasPrefix(string([]rune(s.toks[ti].Text)[prefix:]), "ال")
	// هذا اللقاء، لهذا الاجتماع، نتائج الاجتماع: a meeting already told of; its sentence
	// is evidence, its clause's people are not participants.
	if f.definite && (ti > sa && s.hasStemIn(backRefWords, ti-1) || ti+1 < sb && demonstratives[s.toks[ti+1].Text]) {
		f.weak = true
	}
	f.summit = s.summitName(ti, t, sa, sb)
	f.margin = t.nominal && ti > sa && s.hasStemIn(marginWords, ti-1)
	f.attended = f.definite && s.has(partakeWords, max(sa, ti-2), ti)
	// عقد اجتماع مع بومبيو على هامش اجتماعات الجمعية العامة: the
	// occasion of the meeting before it adds evidence only.
	if f.margin && s.triggerWithin(sa, ti-1) {
		f.weak = true
	}
	f.apart = s.has(earlierWords, sa, min(sb, sa+2))
	f.relative = ti > sa && relativeWords[s.toks[ti-1].Text]
	// بعد لقاءات في صنعاء، التقى …: indefinite meetings before or after
	// the one reported are background, not a record of their own.
	if t.nominal && !f.definite && ti > sa && s.hasStemIn(sequenceWords, ti-1) {
		// Only a meeting after which something happened (بعد، عقب) is
		// past; one before which it did (قبيل قمة) may be yet to come —
		// unless it is the subject's own, named by a pronoun, before which
		// he said something (وقال ترامب … وقبيل اجتماعه مع نتنياهو): the
		// news told after both, dated by its day (see classify).
		// Only قبيل (eveWords), which classify then holds to a day up to
		// publication's: قبل لقائه with no day is often days ahead.
		f.background = !f.weak && (!s.hasStemIn(beforeWords, ti-1) || t.suffixed && s.hasStemIn(eveWords, ti-1) && s.saidPast(sa, ti-1))
		f.weak = true
	}
	// التقى وفدا الكوريتين قبل القمة بين ترامب وكيم: a meeting that
	// something else came before is the time of that, most often one to
	// come; it can only add evidence.
	if t.nominal && f.definite && ti > sa && s.hasStemIn(beforeWords, ti-1) {
		f.weak = true
	}
	// قبل أيام من قمة، قبل أقل من أسبوع من عقد ترامب أول قمة: the same,
	// with the time between.
	if t.nominal && s.beforeSpan(ti, sa) {
		f.weak = true
	}
	// تحدثنا بشأن الاجتماع مع كيم، كلمة أمام قمة ميونخ: the meeting is what
	// is spoken of or addressed; it can only add evidence.
	// أطلع بومبيو ترامب وبولتون على نتائج لقاءاته: the meeting briefed on
	// is a topic; who is briefed took no part.
	if t.nominal && s.has(briefWords, max(sa, ti-briefReach), ti) {
		f.weak = true
	}
	// تلمح فيها وكالة الأنباء الكورية الشمالية إلى قمة بين كيم وترامب: a
	// meeting hinted at is spoken of, not reported.
	if t.nominal && ti > sa && (s.toks[ti-1].Text == "الي" || s.toks[ti-1].Text == "الى" || s.toks[ti-1].Text == "إلى") && s.has(hintVerbs, max(sa, ti-10), ti-1) {
		f.weak = true
	}
	// يغادر الرئيس الأمريكي القمة مبكرا: a meeting left is where someone
	// was; whoever else the sentence names did not meet there.
	if f.definite && s.leftMeeting(ti, sa) {
		f.weak = true
	}
	// لمناقشة خطط القمة، حول نتائج القمة: a word between the lead and
	// the noun too.
	if t.nominal && ti > sa && (s.hasStemIn(topicLeads, ti-1) || ti-1 > sa && !s.named[ti-1] && s.hasStemIn(topicLeads, ti-2)) {
		f.weak = true
	}
	f.evSents = []int{f.sent}
	if pa, pb := s.clause(ti, ws, we); s.hasPlan(pa, pb) || s.planGoverns(ti, sa, t.nominal) || isFutureVerb(s.toks[ti].Text, prefix) || s.futureNear(ti, sa, sb) ||
		!t.nominal && s.firstPersonPresent(ti, prefix) || !t.nominal && s.yetToCome(ti, prefix, sa) || t.nominal && s.purposeAhead(ti, prefix, sa) ||
		!t.nominal && s.presentOpens(ti, prefix, sa) ||
		t.nominal && s.has(scheduledCues, ti+1, min(sb, ti+11)) || t.nominal && s.nounPlanned(ti, sa) || t.nominal && s.heldLater(ti, sb) ||
		!t.nominal && s.subjunctive(ti, prefix, sa) || !t.nominal && s.firstToCome(ti, prefix, sa) || !t.nominal && s.visitProgram(ti, prefix, sa) || !t.nominal && s.mayMeet(ti, prefix, sa) || t.nominal && s.mayFollow(ti, sa) || f.definite && s.futureDuring(ti, sa) || t.nominal && s.thenFuture(ti, sa, sb) || t.nominal && s.onAgenda(ti, sa) {
		f.status = doc.Planned
	}
	if !t.nominal && s.timeClause(ti, sa) && s.hasStemIn(beforeWords, ti-2) && s.mainPresent(sa, ti) {
		f.status = doc.Planned
	}
	// يهدف لتعزيز موقف كيم في اجتماعه مع ترامب: a meeting noun a present
	// verb of aiming governs is where the aim is to be met, yet to come.
	// (Only in/during it, في/خلال: يهدف إلى التقليل من تأثير القمة التي
	// جمعت ترمب وبوتين aims at a summit held.)
	if t.nominal && ti-1 > sa && (s.toks[ti-1].Text == "في" || s.toks[ti-1].Text == "خلال") && s.has(aimVerbs, max(sa, ti-6), ti) && !s.complementizerWithin(max(sa, ti-6), ti) {
		f.status = doc.Planned
	}
	// قد / لقد before a verb in the past (وكان بومبيو قد التقى … الأسبوع
	// الماضي) reports a meeting that took place, whatever plans the
	// sentence also mentions.
	if f.status == doc.Planned && !t.nominal && s.pastPerfect(ti, prefix, sa) {
		f.status = doc.Occurred
	}
	f.video = s.videoLink(sa, sb)
	s.participants(f, sa, sb)
	f.place = s.placeIn([]int{f.sent}, s.placeStart(f), f.to, nil, true)
	return f
}

// heldBy returns the token after a verb of holding in [from, tok) with
// no person between it and the meeting noun at tok (وكان نظم في تموز
// 2017 بفرنسا لقاء بين حفتر والسراج), else tok.
func (s *docState) heldBy(from, tok int) int {
	for i := tok - 1; i >= from && i >= tok-8; i-- {
		if s.named[i] && s.personAt(i) {
			return tok
		}
		if s.hasStemIn(holdVerbs, i) {
			return i + 1
		}
	}
	return tok
}

// nounPlanned reports a plan cue right before the meeting noun at ti, or
// before عقد/إجراء and the noun (ضرورة عقد قمة); or the verbal noun
// عقد/إجراء after a preposition (توافقتا على عقد قمة، تحدثت عن عقد قمة):
// holding a meeting that is agreed or spoken of is yet to come. Not
// لعقد/لإجراء: a purpose after a journey (وصل إلى الرياض لإجراء
// محادثات) is as often a meeting that took place.
func (s *docState) nounPlanned(ti, sa int) bool {
	i := ti - 1
	if i >= sa && s.hasStemIn(holdWords, i) {
		if i > sa && planPrepositions[s.toks[i-1].Text] {
			return true
		}
		// حددت فوكس نيوز مكان عقد القمة، استقرتا على مكان لعقد القمة: the
		// place where it is to be held (not مكان اللقاء, where one was).
		if i > sa && s.hasStemIn(venueWords, i-1) {
			return true
		}
		// يتوجه بومبيو إلى كوريا الشمالية لإجراء محادثات مع كيم، غادر
		// متوجها إلى سنغافورة لعقد قمته: setting out to hold them; they
		// are ahead.
		// تستعد الكويت لاستضافة ملتقى: preparing for it.
		if strings.HasPrefix(s.toks[i].Text, "ل") && (s.has(setOutVerbs, max(sa, i-setOutReach), i) || s.has(prepareVerbs, max(sa, i-setOutReach), i) || s.proposed(max(sa, i-setOutReach), i)) {
			return true
		}
		i--
		// اقتراح الزعيم الكوري الشمالي عقد قمة: the proposer between
		// the cue and عقد.
		if i > sa && s.named[i] {
			for i > sa && s.named[i] {
				i--
			}
			if s.hasStemIn(nounPlanCues, i) {
				return true
			}
		}
	}
	// اقترح فقط إجراء محادثات: an adverb between the cue and the noun.
	if i > sa && cueAdverbs[s.toks[i].Text] {
		i--
	}
	// وافق ترامب على لقاء كيم، بعدما وافق الرئيس على لقائه: agreed to.
	if i > sa && consentLinks[s.toks[i].Text] && s.has(consentWords, max(sa, i-consentReach), i) {
		return true
	}
	// اقترح أن تعقد القمة: a meeting that someone proposes or wants to be
	// held.
	if i == ti-1 && i > sa && s.hasStemIn(subjunctiveHold, i) && subjunctiveLinks[s.toks[i-1].Text] {
		return true
	}
	if i >= sa && s.hasStemIn(nounPlanCues, i) {
		return true
	}
	// موعد ومكان القمة: a plan cue before a noun joined to the meeting
	// noun by و governs both.
	if i == ti-1 && i > sa && strings.HasPrefix(s.toks[i].Text, "و") && !s.named[i] && s.hasStemIn(nounPlanCues, i-1) {
		return true
	}
	// الإعلان عن قمة بين ترامب وكيم، الإعلان في مارس الماضي عن قمة: a
	// meeting announced as a noun is one made known ahead.
	// Not one told held after it (الكشف عن محادثات جرت بين …).
	if i == ti-1 && i > sa && aboutWords[s.toks[i].Text] && !s.heldAfter(ti) {
		for j := i - 1; j >= sa && j >= i-announceReach; j-- {
			if s.named[j] || s.toks[j].Text == "من" {
				break
			}
			if s.hasStemIn(announceNouns, j) {
				return true
			}
		}
		// أعلن فيه ترامب عن لقاء ثان مع كيم: a verb of announcing, its
		// subject between, and another, new meeting.
		if ti+1 < len(s.toks) && s.toks[ti+1].Sentence == s.toks[ti].Sentence && anotherWords[s.toks[ti+1].Text] {
			for j := i - 1; j >= sa && j >= i-announceReach; j-- {
				if s.hasStemIn(announceVerbs, j) {
					return true
				}
			}
		}
	}
	return false
}

// venueWords before عقد/انعقاد and a meeting noun name where it is to
// be held (مكان عقد القمة).
var venueWords = lex.Set("venueWords")

// heldAfter reports a verb of holding in the past right after the meeting
// noun at ti, or after its relative pronoun (محادثات جرت، القمة التي
// عقدت).
func (s *docState) heldAfter(ti int) bool {
	for i := ti + 1; i < len(s.toks) && i <= ti+2 && s.toks[i].Sentence == s.toks[ti].Sentence; i++ {
		if s.hasStemIn(holdVerbs, i) {
			return true
		}
		if !relativeWords[s.toks[i].Text] {
			break
		}
	}
	return false
}

// announceNouns before عن and a meeting noun (الإعلان عن قمة) announce
// it; aboutWords are that عن; announceReach is how many words before عن
// they may stand (الإعلان في مارس الماضي عن قمة).
var (
	announceNouns = lex.Set("announceNouns")
	aboutWords    = lex.Set("aboutWords")
	// announceVerbs announce a meeting after عن only as another or a
	// new one (anotherWords: لقاء ثان، قمة جديدة).
	announceVerbs = lex.Set("announceVerbs")
	anotherWords  = lex.Set("anotherWords")
)

const announceReach = 6

// cueAdverbs may stand between a plan cue and the meeting noun.
var cueAdverbs = lex.Set("cueAdverbs")

// leftMeeting reports a verb of leaving before the meeting noun at ti,
// right before it or before its subject's name (غادر ترامب القمة).
func (s *docState) leftMeeting(ti, sa int) bool {
	i := ti - 1
	for i > sa && s.named[i] && i >= ti-leaveReach {
		i--
	}
	return i >= sa && !s.named[i] && s.hasStemIn(leaveVerbs, i)
}

// leaveVerbs before a meeting noun leave it (غادر القمة، انسحب من
// الاجتماع is not one: من stands between); leaveReach is how many words
// of a name may stand between.
var leaveVerbs = lex.Set("leaveVerbs")

const leaveReach = 5

// subjunctiveHold after one of subjunctiveLinks (أن تعقد) holds a
// meeting that is not held yet.
var (
	subjunctiveHold  = lex.Set("subjunctiveHold")
	subjunctiveLinks = lex.Set("subjunctiveLinks")
)

// consentWords before على and a meeting noun make it one agreed to;
// consentReach is how many words before على they may stand (وافق
// الرئيس الأميركي دونالد ترامب على).
var consentWords = lex.Set("consentWords")

// consentLinks link a consentWord to the meeting noun (على).
var consentLinks = lex.Set("consentLinks")

const consentReach = 6

// beforeSpan reports a meeting noun at ti that a span of time before it
// places after the event told (قبل أيام من قمة، قبل أقل من أسبوع من عقد
// ترامب أول قمة): a beforeWord, at most three words of time (not
// hourWords), من, then at most four words of holding, names or أول.
func (s *docState) beforeSpan(ti, sa int) bool {
	return s.timeSpanBefore(ti, sa, beforeWords, true)
}

// timeSpanBefore reports the words of beforeSpan with one of words (not
// only beforeWords: بعد يوم من لقائه) in place of the beforeWord; with
// distance, على بعد (على بعد أسابيع من قمة: weeks away from it) too.
func (s *docState) timeSpanBefore(ti, sa int, words map[string]bool, distance bool) bool {
	i := ti - 1
	for i >= sa && i >= ti-4 && s.toks[i].Text != "من" {
		if !s.named[i] && !s.hasStemIn(holdWords, i) && s.toks[i].Text != "اول" {
			return false
		}
		i--
	}
	if i < sa || s.toks[i].Text != "من" {
		return false
	}
	for j := i - 1; j >= sa && j >= i-4; j-- {
		// قبل ساعات من لقاء: hours before may be the day the news
		// is told on, when the meeting took place.
		if s.named[j] || s.hasStemIn(hourWords, j) {
			return false
		}
		if distance && j > sa && s.toks[j].Text == "بعد" && s.toks[j-1].Text == "علي" {
			return j < i-1
		}
		if s.hasStemIn(words, j) {
			return j < i-1
		}
	}
	return false
}

// hourWords are spans of time short enough that a meeting they come
// before may still be the one the day's news tells as held.
var hourWords = lex.Set("hourWords")

// spanTriggerAfter reports a trigger that a beforeSpan opened by the
// beforeWord at i places after the event (قبل أسبوع من عقد ترامب أول
// قمة).
func (s *docState) spanTriggerAfter(i, sb int) bool {
	if !s.hasStemIn(beforeWords, i) {
		return false
	}
	var buf tokenize.StemBuf
	for k := i + 2; k < sb && k <= i+9; k++ {
		if t, _, ok := s.triggerAt(k, &buf); ok && t.nominal && s.beforeSpan(k, i) {
			return true
		}
	}
	return false
}

// nounBefore is 1 when a meeting noun stands right before the trigger
// at ti (لقاء القمة): the two are one, and what is said of the first
// (لن تعرض استضافة لقاء القمة) is said of both.
func (s *docState) nounBefore(ti, sa int) int {
	if ti-1 < sa {
		return 0
	}
	var buf tokenize.StemBuf
	if t, _, ok := s.triggerAt(ti-1, &buf); ok && t.nominal {
		return 1
	}
	return 0
}

// deniedByName reports a denial or cancellation before the name that
// stands right before the trigger at ti (غداة إلغاء الرئيس دونالد ترامب
// قمة مع كيم): who cancelled, then what.
func (s *docState) deniedByName(ti, sa int) bool {
	j := ti - 1
	for j >= sa && s.named[j] {
		j--
	}
	return j < ti-1 && j >= sa && s.has(deniedCues, max(sa, j-1), j+1)
}

// negatedNoun reports عدم right before the trigger at ti, or before the
// noun of holding it (عدم انعقاد محادثات جنيف، عدم استقبال دوتيرتي،
// عدم عقد القمة): a meeting that did not or is not to take place. Not
// further (حثه على عدم الانسحاب عندما التقى به).
func (s *docState) negatedNoun(ti, sa int) bool {
	i := ti - 1
	if i > sa && (s.hasStemIn(holdWords, i) || s.hasStemIn(convenedWords, i)) {
		i--
	}
	return i >= sa && s.hasStemIn(negationNouns, i)
}

// refusedBefore reports a verb of refusing up to refuseReach words
// before the trigger at ti, its subject and what describes it between
// (الذي يرفض دي مايو السياسي الشاب البالغ 31 عاما مجرد لقائه): no
// complementizer, comma or word of sequence (رفض … بعد لقائه: the meeting
// came first) between.
func (s *docState) refusedBefore(ti, sa int) bool {
	// The cheap test first: a word of refusing in reach at all.
	if !s.wordWith(max(sa, ti-refuseReach), ti, "رفض", "متنع") {
		return false
	}
	for i := ti - 1; i >= sa && i >= ti-refuseReach; i-- {
		if s.complementizer(i) || s.commaAfter(i) || s.hasStemIn(sequenceWords, i) || s.hasStemIn(duringWords, i) {
			return false
		}
		if s.hasStemIn(refuseWords, i) {
			return true
		}
	}
	return false
}

// wordWith reports a token in [from, to) whose text holds one of parts:
// the cheap test a rule runs before it reads stems.
func (s *docState) wordWith(from, to int, parts ...string) bool {
	for i := from; i < to; i++ {
		for _, p := range parts {
			if strings.Contains(s.toks[i].Text, p) {
				return true
			}
		}
	}
	return false
}

// refuseWords are verbs of refusing a meeting; refuseReach is how many
// words before it they may stand.
var refuseWords = lex.Set("refuseWords")

const refuseReach = 10

// briefWords brief someone on a meeting (أطلع، أحاط); briefReach is how
// many words before the meeting noun they may stand.
var briefWords = lex.Set("briefWords")

const briefReach = 14

// absentFrom reports عن right before the meeting noun at ti and a word of
// absence up to absenceReach words before it (تغيب بعض كبار أعضاء الحزب
// عن الاجتماع): the people named are those who were not there.
func (s *docState) absentFrom(ti, sa int) bool {
	if ti <= sa || s.toks[ti-1].Text != "عن" {
		return false
	}
	return s.has(absentFromWords, max(sa, ti-1-absenceReach), ti-1)
}

// absentFromWords name an absence; absenceReach is how many words
// before عن they may stand.
var absentFromWords = lex.Set("absentFromWords")

const absenceReach = 14

// negationNouns negate the meeting noun after them; convenedWords are
// nouns of its being held (انعقاد).
var (
	negationNouns = lex.Set("negationNouns")
	convenedWords = lex.Set("convenedWords")
)

// proposed reports a proposal or invitation in tokens [from, to) (مبادرة
// الملك سلمان لعقد اجتماع، دعوته لإجراء محادثات) that is not a cause
// (بدعوة من، بناء على دعوة، تلبية لدعوة).
func (s *docState) proposed(from, to int) bool {
	var buf tokenize.StemBuf
	for i := from; i < to; i++ {
		for _, st := range s.stemsOf(i, &buf) {
			if !proposalNouns[st.Text] {
				continue
			}
			// بدعوة من، بمبادرة من: the cause; أشاد بمبادرة بوتين: what
			// is praised.
			cause := strings.HasSuffix(s.toks[i].Text[:st.Prefix*2], "ب") && i+1 < to+2 && i+1 < len(s.toks) && s.toks[i+1].Text == "من"
			if cause || i > 0 && s.hasStemIn(causeLeads, i-1) {
				break
			}
			return true
		}
	}
	return false
}

// proposalNouns before a meeting of purpose make it a proposal, yet to
// come.
var proposalNouns = lex.Set("proposalNouns")

// setOutVerbs before a meeting of purpose (لإجراء محادثات) make it one
// ahead; setOutReach is how many words before it they may stand.
var setOutVerbs = lex.Set("setOutVerbs")

// prepareVerbs prepare for a meeting held for them (تستعد الكويت
// لاستضافة ملتقى): it is ahead.
var prepareVerbs = lex.Set("prepareVerbs")

const setOutReach = 10

// holdWords stand between a plan cue and the meeting noun it plans.
var holdWords = lex.Set("holdWords")

// planPrepositions before عقد/إجراء and a meeting noun make it a plan.
var planPrepositions = lex.Set("planPrepositions")

// imperfect reports a present-tense trigger verb (يستقبل، يلتقي) that no
// كان or قد before it turns into the past.
func (s *docState) imperfect(f *found) bool {
	r := []rune(s.toks[f.tok].Text)[f.prefix:]
	if f.trig.nominal || len(r) < 4 || r[0] != 'ي' && r[0] != 'ت' || perfectT[string(r)] {
		return false
	}
	for i := max(0, f.tok-4); i < f.tok; i++ {
		if s.hasStemIn(pastMarkers, i) {
			return false
		}
	}
	return true
}

// heldPresent reports a verb of holding in the present right before f's
// meeting noun (يجري محادثات، تعقد اجتماعا).
func (s *docState) heldPresent(f *found) bool {
	if !f.trig.nominal {
		return false
	}
	for i := f.tok - 1; i >= 0 && i >= f.tok-2 && s.toks[i].Sentence == f.sent; i-- {
		if presentHold[strings.TrimPrefix(s.toks[i].Text, "و")] {
			return true
		}
	}
	return false
}

// presentHold are the verbs of holding a meeting in the present.
var presentHold = lex.Set("presentHold")

// pastMarkers before a trigger verb put it in the past.
var pastMarkers = lex.Set("pastMarkers")

// weekdayOnly reports a date expression that names a weekday and nothing
// more precise (no day number, no أمس).
func weekdayOnly(text string) bool {
	n := normalize.String(text)
	for _, r := range n {
		if r >= '0' && r <= '9' {
			return false
		}
	}
	for _, w := range strings.Fields(n) {
		for _, st := range tokenize.Stems(w) {
			if st.Text == "امس" || st.Text == "اليوم" || st.Text == "الماضي" || st.Text == "الفايت" {
				return false
			}
		}
	}
	return true
}

// videoLink reports a meeting held by video in tokens [a, b): a video
// word after عبر، بتقنية، بواسطة … (عبر الفيديو، بتقنية الاتصال المرئي) or
// a virtual one (قمة افتراضية). A video clip (مقطع فيديو) is not one.
func (s *docState) videoLink(a, b int) bool {
	for i := a; i < b && i < len(s.toks); i++ {
		if !s.hasStemIn(videoCues, i) {
			continue
		}
		if s.hasStemIn(virtualWords, i) {
			return true
		}
		for k := i - 1; k >= a && k >= i-2; k-- {
			if s.hasStemIn(viaWords, k) {
				return true
			}
		}
	}
	return false
}

// interview reports a meeting noun whose partner is a media outlet (في
// لقاء مع شبكة سي إن بي سي، في مقابلة مع صحيفة): an interview.
func (s *docState) interview(ti int, t trigger, sb int) bool {
	if !t.nominal || t.family != Meet {
		return false
	}
	// لقاء تلفزيوني، اللقاء التليفزيوني الطويل: an interview.
	if !t.press && ti+1 < sb && s.hasStemIn(broadcastWords, ti+1) {
		return true
	}
	for i := ti + 1; i < sb && i <= ti+2; i++ {
		if s.hasStemIn(withWords, i) {
			return i+1 < sb && (s.hasStemIn(mediaWords, i+1) || s.mediaAt(i+1) || s.shortQuoteAt(i+1, sb))
		}
	}
	// في لقاء ببرنامج أندرو مار شو، لقاء لصحيفة، لقاء على قناة: a
	// programme or an outlet right after the noun, behind a clitic or
	// في، على، عبر.
	if !t.press && ti+1 < sb && (s.hasStemIn(mediaWords, ti+1) && s.toks[ti+1].Text != "موقع" ||
		ti+2 < sb && mediumPrepositions[s.toks[ti+1].Text] && (s.hasStemIn(mediaWords, ti+2) || s.mediaAt(ti+2))) {
		return true
	}
	return false
}

// mediumPrepositions stand between a meeting noun and the programme or
// outlet that makes it an interview (لقاء على قناة، لقاء عبر شبكة).
var mediumPrepositions = lex.Set("mediumPrepositions")

// mediaAt reports a mention of a media outlet that starts at token i (في
// لقاء مع وكالة رويترز).
func (s *docState) mediaAt(i int) bool {
	for _, mi := range s.bySent[s.toks[i].Sentence] {
		if m := s.in.Resolved.Mentions[mi]; m.First == i {
			e := s.in.Resolved.Entities[m.Entity].Entry
			return e != nil && e.Kind == "media"
		}
	}
	return false
}

// shortQuoteAt reports a quotation of at most three words opening at
// token i (في لقاء مع "العربية"): the name of an outlet, which people's
// names are not written in.
func (s *docState) shortQuoteAt(i, sb int) bool {
	if !slices.ContainsFunc(s.in.Text.Runes[s.toks[i-1].End:s.toks[i].Start], isQuote) {
		return false
	}
	for j := i + 1; j < sb && j <= i+3; j++ {
		if slices.ContainsFunc(s.in.Text.Runes[s.toks[j-1].End:s.toks[j].Start], isQuote) {
			return true
		}
	}
	return i+1 < len(s.toks) && slices.ContainsFunc(s.in.Text.Runes[s.toks[i].End:min(len(s.in.Text.Runes), s.toks[i].End+2)], isQuote)
}

// interviewBefore reports a definite meeting noun at ti (وخلال اللقاء)
// whose nearest meeting noun before it, in its sentence or the one
// before, is an interview (وفي لقاء تليفزيوني على القناة المصرية): the
// same interview.
func (s *docState) interviewBefore(ti int, t trigger, prefix, sa int) bool {
	if !t.nominal || !strings.HasPrefix(string([]rune(s.toks[ti].Text)[prefix:]), "ال") {
		return false
	}
	lo := sa
	if k := s.toks[ti].Sentence - 1; k >= 1 {
		if a, _ := s.sentenceRange(k); a < sa {
			lo = a
		}
	}
	var buf tokenize.StemBuf
	for i := ti - 1; i >= lo; i-- {
		if u, _, ok := s.triggerAt(i, &buf); ok && u.nominal {
			_, b := s.sentenceTokens(i)
			return s.interview(i, u, b)
		}
	}
	return false
}

// broadcastWords after a meeting noun make it an interview.
var broadcastWords = lex.Set("broadcastWords")

// bareLiqa reports a bare لقاء (no article, clitic or suffix) that
// nothing marks as a meeting held: no heldWords right before it, no مع or
// بين and no person within five words after it. It then means "in
// exchange for" (مالا لقاء معلومات).
func (s *docState) bareLiqa(ti, prefix, sb int) bool {
	if prefix != 0 || s.toks[ti].Text != "لقاء" {
		return false
	}
	if ti > 0 && s.hasStemIn(heldWords, ti-1) || s.has(withWords, ti+1, min(sb, ti+3)) {
		return false
	}
	// لقاء وزير خارجيتها، الشيخ خالد: a person named within five words
	// (after a title) makes it a meeting.
	for _, m := range s.bySent[s.toks[ti].Sentence] {
		mm := s.in.Resolved.Mentions[m]
		if mm.First > ti && mm.First <= ti+5 && s.in.Resolved.Entities[mm.Entity].Out.Type == gazetteer.TypePerson {
			return false
		}
	}
	return true
}

// clause narrows [lo, hi) around token ti to its clause: not across a
// complementizer (خلال اجتماعه مع مون إنه سيغلق is a meeting that took
// place, with a plan reported from it).
func (s *docState) clause(ti, lo, hi int) (int, int) {
	for i := ti + 1; i < hi; i++ {
		if s.complementizer(i) {
			hi = i
			break
		}
		// وقالت ماي بعد اجتماع مع ميركل في برلين "أريد ضمان …": after a
		// meeting something came after (بعد، عقب), a quotation after the
		// object, to the sentence's end, is what is said then; its wishes
		// are no plan of the meeting. (Not any quotation: وصفت قمة كيم
		// وترامب بالـ"محتملة" quotes the plan itself.)
		if gap := s.in.Text.Runes[s.toks[i-1].End:s.toks[i].Start]; ti > lo && s.hasStemIn(sequenceWords, ti-1) && !s.hasStemIn(beforeWords, ti-1) &&
			slices.ContainsFunc(gap, isQuote) && s.personWithin(ti+1, i) && s.quoteEndsAt(s.toks[i].Start) {
			hi = i
			break
		}
	}
	for i := ti - 1; i >= lo; i-- {
		// من المقرر أن يلتقي: the plan governs the clause.
		if s.complementizer(i) && !(i > lo && s.hasStemIn(plannedCues, i-1)) {
			lo = i + 1
			break
		}
	}
	return lo, hi
}

// pastPerfect reports قد، لقد or وقد within the two tokens before the
// trigger verb at ti, the verb being in the past (قد يلتقي is "may meet").
func (s *docState) pastPerfect(ti, prefix, sa int) bool {
	if nonPast(string([]rune(s.toks[ti].Text)[prefix:])) {
		return false
	}
	for i := ti - 1; i >= sa && i >= ti-2; i-- {
		if t := s.toks[i].Text; t == "قد" || t == "لقد" || t == "وقد" {
			return true
		}
	}
	return false
}

// mayMeet reports قد before a trigger verb in the present (قد يلتقي:
// may meet): a possibility, not a report.
func (s *docState) mayMeet(ti, prefix, sa int) bool {
	if !nonPast(string([]rune(s.toks[ti].Text)[prefix:])) {
		return false
	}
	t := ""
	if ti > sa {
		t = s.toks[ti-1].Text
	}
	return t == "قد" || t == "وقد"
}

// futureDuring reports a definite meeting noun at ti after a word of
// during (خلال القمة) whose clause's verb is in the future, however far
// before it (أعلنت الحكومة الفنلندية أنها ستعيد العمل بالضوابط … لمدة
// أربعة أيام خلال القمة بين ترامب وبوتين): the meeting is to come. The
// clause starts after the last complementizer; no trigger verb between.
func (s *docState) futureDuring(ti, sa int) bool {
	if ti-1 < sa || !s.hasStemIn(duringWords, ti-1) {
		return false
	}
	var buf tokenize.StemBuf
	for i := ti - 2; i >= sa; i-- {
		if s.complementizer(i) {
			return false
		}
		if t, _, ok := s.triggerAt(i, &buf); ok && !t.nominal {
			return false
		}
		if s.futureAt(i) {
			return true
		}
	}
	return false
}

// thenFuture reports a meeting noun at ti in a clause that opens its
// sentence on a word of sequence (وعقب إنهاء المباحثات وعقد لقاء مع
// رئيسة الوزراء البريطانية، تيريزا ماي، سيقضي ترامب …) whose main clause,
// after the comma that ends it, opens on a verb in the future: what
// comes before a thing to come is to come too.
func (s *docState) thenFuture(ti, sa, sb int) bool {
	if ti-sa > 6 || !s.hasStemIn(sequenceWords, sa) {
		return false
	}
	for i := ti; i+1 < sb && i <= ti+15; i++ {
		if !s.commaAfter(i) {
			continue
		}
		if j := i + 1; !s.named[j] {
			return isFutureVerb(s.toks[j].Text, 0) || s.toks[j].Text == "سوف"
		}
	}
	return false
}

// futureAfter reports a verb in the future, or in the present after قد,
// within twelve words after token ti: the predicate of a meeting noun
// that is yet to come (إن لقاءه بنظيره قد ينجم عنه أعظم اتفاق).
func (s *docState) futureAfter(ti, sb int) bool {
	for i := ti + 1; i < sb && i <= ti+12; i++ {
		t := s.toks[i].Text
		// Not in what a complement or a quotation says (إن لقاءه مع
		// العبادي فيه رسالة بأن "الحكومة ستكون شاملة").
		if s.complementizer(i) || slices.ContainsFunc(s.in.Text.Runes[s.toks[i-1].End:s.toks[i].Start], isQuote) {
			return false
		}
		if t == "سوف" || isFutureVerb(t, 0) && !s.named[i] {
			return true
		}
		if (t == "قد" || t == "وقد") && i+1 < sb && nonPast(s.toks[i+1].Text) {
			return true
		}
	}
	return false
}

// mayFollow reports a meeting noun at ti whose verb is a present after
// قد (قد يعقبها اجتماع، قد تليها قمة): one that may come.
func (s *docState) mayFollow(ti, sa int) bool {
	if ti-2 < sa || s.named[ti-1] {
		return false
	}
	t := s.toks[ti-2].Text
	return (t == "قد" || t == "وقد") && nonPast(s.toks[ti-1].Text)
}

// nonPast reports a trigger verb w (clitics removed) in the present or
// the future: يلتقي، تستقبل، نجتمع، سيلتقي; not تباحث (perfectT).
func nonPast(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	second, _ := utf8.DecodeRuneInString(w[n:])
	// س only as the future's (سيلتقي), not a root letter (سلم); ن not
	// before ا (ناقش is past; we discuss is نناقش).
	return r == 'ي' || r == 'ن' && second != 'ا' || r == 'س' && isFutureVerb(w, 0) || r == 'ت' && !perfectT[w]
}

// subjunctive reports the trigger verb at ti in the present after أن
// (من المهم أن يلتقي به، يريد أن يجتمع): a meeting wished, needed or
// agreed, not one reported. After قبل أن or بعد أن the verb takes the
// tense of the main clause (استقبله الملك قبل أن يلتقي ولي العهد).
func (s *docState) subjunctive(ti, prefix, sa int) bool {
	if ti <= sa || !nonPast(string([]rune(s.toks[ti].Text)[prefix:])) || s.toks[ti-1].Text != "ان" && s.toks[ti-1].Text != "وان" {
		return false
	}
	return ti-2 < sa || !s.hasStemIn(timeConjunctions, ti-2)
}

// visitProgram reports a trigger verb in the present that tells what a
// visit holds (في زيارة يلتقي خلالها بأمير الكويت، جولة يجتمع فيها مع):
// the visit's programme, not a meeting reported.
func (s *docState) visitProgram(ti, prefix, sa int) bool {
	if ti <= sa || !nonPast(string([]rune(s.toks[ti].Text)[prefix:])) {
		return false
	}
	if s.hasStemIn(tripNouns, ti-1) {
		return true
	}
	for i := ti - 1; i >= sa && i >= ti-3; i-- {
		if programWords[s.toks[i].Text] {
			return i > sa && s.hasStemIn(tripNouns, i-1)
		}
	}
	// في زيارة رسمية للولايات المتحدة، يلتقي خلالها بترامب: the word that
	// refers back to the visit after the verb, the visit a few words before.
	if ti+1 < len(s.toks) && s.toks[ti+1].Sentence == s.toks[ti].Sentence && programWords[s.toks[ti+1].Text] {
		for i := ti - 1; i >= sa && i >= ti-programReach; i-- {
			if s.hasStemIn(tripNouns, i) {
				return true
			}
		}
	}
	return false
}

// onAgenda reports a meeting noun after an agenda (جدول أعمال) or a
// visit's programme (برنامج الزيارة) in its clause: ويشمل جدول أعمال
// الجولة لقاءات … فضلا عن محادثات مع نتانياهو tells what is to come.
func (s *docState) onAgenda(ti, sa int) bool {
	// The cheap test first: an agenda's word in reach at all.
	if !s.wordWith(max(sa, ti-agendaReach), ti, "جدول", "برنامج") {
		return false
	}
	lo, _ := s.clause(ti, max(sa, ti-agendaReach), ti+1)
	for i := lo; i+1 < ti; i++ {
		if s.hasStemIn(agendaWords, i) && (s.hasStemIn(agendaOf, i+1) || s.hasStemIn(tripNouns, i+1)) {
			return true
		}
	}
	return false
}

// agendaReach is how many words before a meeting noun its agenda may be.
const agendaReach = 20

// agendaWords and agendaOf name an agenda (جدول أعمال); agendaWords and
// a trip noun a visit's programme (برنامج الزيارة).
var (
	agendaWords = lex.Set("agendaWords")
	agendaOf    = lex.Set("agendaOf")
)

// programReach is how many words before a verb of a visit's programme
// the visit may be named (في زيارة رسمية للولايات المتحدة، يلتقي).
const programReach = 6

// tripNouns name a visit or a tour whose programme a verb may tell.
var tripNouns = lex.Set("tripNouns")

// programWords refer back to a visit between its noun and the verb.
var programWords = lex.Set("programWords")

// timeConjunctions with أن make a clause of time.
var timeConjunctions = lex.Set("timeConjunctions")

// timeClause reports a trigger verb at ti right after قبل أن or بعد أن:
// its tense and, when the clause names no subject, its subject are the
// main clause's.
func (s *docState) timeClause(ti, sa int) bool {
	return ti-2 >= sa && (s.toks[ti-1].Text == "ان" || s.toks[ti-1].Text == "وان") && s.hasStemIn(timeConjunctions, ti-2)
}

// mainPresent reports a sentence that opens on a trigger verb in the
// present (وتلتقي ميركل اليوم عون … قبل أن تجتمع بالحريري): what comes
// after قبل أن in it is yet to come as well.
func (s *docState) mainPresent(sa, ti int) bool {
	var buf tokenize.StemBuf
	t, prefix, ok := s.triggerAt(sa, &buf)
	return ok && sa < ti && !t.nominal && nonPast(string([]rune(s.toks[sa].Text)[prefix:]))
}

// mainSubject returns the subject of a clause of time at trigger f: the
// person named last before قبل أن when الأخير follows the verb (استقبل
// الملك سلمان بومبيو قبل أن يلتقي الأخير بولي العهد), else one named
// right after the sentence's opening verb (ويجري بومبيو محادثات … قبل
// أن يلتقي ولي العهد); -1 for none.
func (s *docState) mainSubject(f *found, sa int) int {
	ms := s.in.Resolved.Mentions
	conj := f.tok - 2
	latter := f.tok+1 < len(s.toks) && latterWords[s.toks[f.tok+1].Text]
	e := -1
	for _, mi := range s.bySent[f.sent] {
		m := ms[mi]
		if m.Last > conj || s.in.Resolved.Entities[m.Entity].Out.Type != gazetteer.TypePerson {
			continue
		}
		if latter {
			e = m.Entity
			continue
		}
		if m.First <= sa+2 && !s.principal(m, sa-1) {
			return m.Entity
		}
	}
	return e
}

// perfectT are the past-tense triggers that begin with ت.
var perfectT = lex.Set("perfectT")

// futureNear reports a future verb governing the trigger at ti: within
// four tokens before it or four after it in its sentence (ستختتم بقمة،
// سيشاركان في اجتماع، القمة التاريخية التي ستعقد).
func (s *docState) futureNear(ti, sa, sb int) bool {
	// A name counts as one word (اللقاء مع زعيم كوريا الشمالية سيكون).
	end := ti + 1
	for n := 0; end < sb && n < 4; end++ {
		if !s.named[end] || end+1 < sb && !s.named[end+1] {
			n++
		}
	}
	lo, hi := s.clause(ti, max(sa, ti-4), min(sb, end+1))
	var quotes [][2]int
	sn := s.in.Analysis.SentenceOf(s.toks[ti].Sentence)
	for i := lo; i < hi; i++ {
		if i == ti || !s.futureAt(i) {
			continue
		}
		// عند استقبالها لنظيرها المجري "سندافع عن حدودنا": a future in
		// what someone says is not the meeting's tense.
		if quotes == nil {
			quotes = quoteSpans(s.in.Text.Runes[sn.Start:sn.End])
		}
		if otherQuote(quotes, s.toks[i].Start-sn.Start, s.toks[ti].Start-sn.Start) {
			continue
		}
		return true
	}
	return false
}

// firstToCome reports a present trigger verb after a superlative that a
// future verb governs (سيصبح أول رئيس أميركي في الخدمة يجتمع مع زعيم
// كوريا الشمالية): the verb describes whom the superlative names, and
// the verb before the superlative gives its tense.
func (s *docState) firstToCome(ti, prefix, sa int) bool {
	if !nonPast(string([]rune(s.toks[ti].Text)[prefix:])) {
		return false
	}
	for i := ti - 1; i > sa && i >= ti-superlativeReach; i-- {
		if s.named[i] || !superlatives[s.toks[i].Text] {
			continue
		}
		for j := i - 1; j >= sa && j >= i-2; j-- {
			if s.futureAt(j) || purposeBecome[s.toks[j].Text] {
				return true
			}
		}
		return false
	}
	return false
}

// purposeBecome before a superlative (استعداد ترامب ليكون أول رئيس
// يجتمع مع …) make whom it names one yet to be.
var purposeBecome = lex.Set("purposeBecome")

// superlatives head a noun phrase that a present verb after it describes
// (أول رئيس يلتقي، أرفع مسؤول يزور); superlativeReach is how many words
// before the verb they may stand.
var superlatives = lex.Set("superlatives")

const superlativeReach = 6

// futureLookalikes begin, and futureLookalikeWords are, nouns that look
// like a future verb; futureLookalikes follows a user's additions.
var (
	futureLookalikes     []string
	futureLookalikeWords = lex.Set("futureLookalikeWords")
)

func init() {
	lex.OnExtend(func() { futureLookalikes = lex.Words("futureLookalikes") })
}

func futureLookalike(w string) bool {
	if futureLookalikeWords[w] {
		return true
	}
	for _, p := range futureLookalikes {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// isFutureVerb reports a future prefix س on an imperfect verb (سيلتقي).
func isFutureVerb(tok string, prefix int) bool {
	r := []rune(tok)[prefix:]
	return len(r) > 3 && r[0] == 'س' && (r[1] == 'ي' || r[1] == 'ت' || r[1] == 'ن')
}

// participants collects the people of the trigger's sentence that take
// part: the subject before the trigger (after the last complementizer)
// and the object phrase after it, up to the topic.
func (s *docState) participants(f *found, sa, sb int) {
	ms := s.in.Resolved.Mentions
	// Start of the clause: after the last complementizer before the trigger.
	from := sa
	for i := f.tok - 1; i >= sa; i-- {
		if s.complementizer(i) {
			from = i + 1
			break
		}
	}
	// جاءت جولة وزير الدفاع بعد قمة تاريخية في سنغافورة، التقى خلالها
	// ترامب وكيم: a verb after a comma with خلالها (not و: زار موسكو
	// والتقى خلالها بوتين) describes the noun before; its people follow
	// it.
	// (Only when its subject comes right after it and both sides are
	// named: وصل بومبيو إلى الرياض، يلتقي خلالها بالعاهل السعودي والجبير
	// is Pompeo's.) Its place and day may still be the noun's (في
	// سنغافورة).
	ownPair := false
	if !f.trig.nominal && f.tok > sa && f.tok+1 < sb && duringPronouns[s.toks[f.tok+1].Text] && !strings.HasPrefix(s.toks[f.tok].Text, "و") &&
		slices.ContainsFunc(s.in.Text.Runes[s.toks[f.tok-1].End:s.toks[f.tok].Start], isComma) && s.peopleWithin(f.tok+2, sb) >= 2 &&
		s.bareSubjectAt(f.tok+2, sb) {
		ownPair = true
	}
	// باقي الرؤساء ورؤساء الحكومات الذين وقعوا على الاتفاق: a verb that
	// opens a relative clause, with no object pronoun, has the noun before
	// it as subject; when no person is named there, the people before are
	// not its parties (not الذين التقاهم, whose subject is before).
	if f.relative && !f.trig.nominal && !f.trig.object && f.tok-2 >= sa && !s.named[f.tok-2] {
		from = f.tok
	}
	// ومن ثم لقاء نظيره X: a meeting noun after ثم names its own people
	// after it; those before it are the earlier meeting's.
	if f.trig.nominal && f.tok > sa && thenWords[s.toks[f.tok-1].Text] {
		from = f.tok
	}
	// وكان ظريف قد اجتمع بغوتيريش، الذي عقد مؤخرا اجتماعا مع محمد بن
	// سلمان: a meeting noun a relative clause holds is its antecedent's.
	if f.trig.nominal {
		if a := s.relativeHolder(f.tok, max(sa, from)); a >= 0 {
			from = a
		}
	}
	ownBetween := f.trig.nominal && s.betweenNoun(f.tok, sb)
	// End of the object phrase: the first topic word or new clause after
	// the trigger.
	to, objEnd, sayAt := sb, sb, -1
	relEnd := -1 // where a relative clause after a participant began
	topicEnd := false
	lastPerson := -1 // the token after the last person mention seen
	for i := f.tok + 1; i < sb; i++ {
		// بعد اجتماع مع رئيس الوزراء الأسترالي: "لا أعرف ما الذي سيقرره
		// الرئيس الأميركي": a colon opens what is said; its people are
		// not the meeting's. (Not any quotation: many quote a phrase of
		// the report itself, عقد "لقاء جيدا" مع كيم.)
		gap := s.in.Text.Runes[s.toks[i-1].End:s.toks[i].Start]
		if slices.Contains(gap, ':') {
			to = i
			break
		}
		// … مع رئيس الوزراء الأسترالي مالكولم ترنبول "لا أعرف …".: a
		// quotation right after a person of the object, to the end of
		// the sentence, is what is said.
		if i == lastPerson && slices.ContainsFunc(gap, isQuote) && s.quoteEndsAt(s.toks[i].Start) {
			to = i
			break
		}
		if s.named[i] {
			if lastPerson < i+1 && s.personAt(i) {
				lastPerson = i + 1
			}
			continue // التقى الأمين العام لمنظمة التعاون الإسلامي: not a topic
		}
		// أنه التقى مع كيم وتقدم أقوى إشارة … على استعداد ترامب: after a
		// person of the object, و and a verb in the present start another
		// clause.
		if lastPerson > f.tok && lastPerson <= i && wawPresent(s.toks[i].Text) {
			to = i
			break
		}
		// وقع الاتفاقية عن الجانب الكويتي X: what is signed or handed
		// over is no topic.
		if (f.trig.signed && s.hasStemIn(agreementWords, i)) || (f.trig.deliver && s.hasStemIn(deliveredThings, i)) {
			continue
		}
		if s.hasStemIn(topicWords, i) || s.hasStemIn(clauseWords, i) || s.hasStemIn(messageWords, i) || s.complementizer(i) {
			to = i
			topicEnd = s.hasStemIn(topicWords, i)
			break
		}
		// سبق استقبال الملكة لترامب لقاء بينه وبين ماي: a meeting noun
		// with بين in the object starts another meeting.
		if i > f.tok+1 && s.betweenNoun(i, sb) {
			to = i
			break
		}
		// قمة بين زعيمي الشمال والجنوب الجمعة، تليها قمة مرتقبة لترامب مع
		// كيم: after a meeting noun that lists its people with بين, another
		// meeting noun with مع tells of another meeting.
		if i > f.tok+2 && ownBetween && s.withNoun(i, sb) {
			to = i
			break
		}
		// عقب لقاء الأخير بالعاهل السعودي، غداة استقباله لـ …: another
		// meeting starts; its people are its own.
		// ومن ثم لقاء نظيره X: then another meeting, with its own people.
		// قبل أسبوع من عقد ترامب أول قمة له مع بوتين: a span of time
		// between.
		if (s.hasStemIn(sequenceWords, i) || thenWords[s.toks[i].Text]) && (s.triggerWithin(i+1, min(sb, i+5)) || s.spanTriggerAfter(i, sb)) {
			to = i
			break
		}
		// للقاء بوتن بعد ساعات من إعلان ترامب انسحابه: a span of time
		// after the object times the meeting by another event, whose
		// people are its own.
		if i+2 < sb && s.hasStemIn(sequenceWords, i) && s.hasStemIn(spanUnits, i+1) && s.toks[i+2].Text == "من" {
			to = i
			break
		}
		// قمة أبريل التي مهدت الطريق للقاء التاريخي بين كيم وترامب: a
		// relative clause on a meeting noun, before anyone is named, that
		// holds another meeting noun tells of that other meeting.
		// (Not one after the clause's people: اللقاء الذي جمع ترامب
		// بماكرون واللقاء الآخر.)
		if k := s.nounAt(i+1, min(sb, i+6)); f.trig.nominal && lastPerson < 0 && relativeWords[s.toks[i].Text] && k >= 0 && !s.personWithin(i+1, k) {
			to = i
			break
		}
		// عقد غول اجتماعا مع داود أوغلو، في وقت يتزايد الحديث عن خوض
		// غول الانتخابات منافسا لأردوغان: what goes on meanwhile.
		if i > f.tok+1 && s.whileClause(i, sb) {
			to = i - 1
			break
		}
		// X الذي يلقب بظل الرئيس Y، X وهو …: a relative or appositive
		// clause after a participant says who X is, not whom they met.
		// Its date and place may still be the meeting's (التقى أردوغان
		// بومبيو، الذي وصل إلى أنقرة الأربعاء).
		if objEnd == sb && i == lastPerson && relativeWords[s.toks[i].Text] {
			objEnd, relEnd = i, i
		}
		// والتقى بومبيو الذي وصل السبت إلى الرياض، العاهل السعودي الملك
		// سلمان: a relative clause that names no one, closed by a comma,
		// and the object after it.
		// (Not a verb after the comma: بومبيو، الذي قام بزيارة سرية،
		// أكدها الرئيس ترامب.)
		if relEnd >= 0 && objEnd == relEnd && i > relEnd+1 && slices.ContainsFunc(gap, isComma) && !s.personWithin(relEnd+1, i) &&
			(s.named[i] || strings.HasPrefix(s.toks[i].Text, "ال")) && s.personWithin(i, min(to, i+4)) {
			objEnd, relEnd = sb, -1
		}
		// …، قال لافروف: a verb of saying ends the object; its speaker is
		// no object (see below for a subject).
		if objEnd == sb && s.hasStemIn(sayWords, i) {
			objEnd, sayAt = i, i
		}
	}
	// لكن عندما التقى موفدو سيول هذا الأسبوع، تعهد كيم …: a clause that
	// times something else, opened by عندما or حينما right before the
	// trigger, ends at its first comma; the main clause's people are not
	// the meeting's.
	if f.tok-1 >= sa && whenWords[s.toks[f.tok-1].Text] || f.tok-2 >= sa && whenWords[s.toks[f.tok-2].Text] {
		if c := s.firstComma(f.tok, to); c >= 0 {
			to = c
		}
	}
	f.from, f.to = from, to
	f.lead = from
	objEnd = min(objEnd, to)
	seen := map[int]bool{}
	add := func(e int) {
		if !seen[e] {
			seen[e] = true
			f.people = append(f.people, e)
		}
	}
	// subject puts e first, as the one person before the trigger.
	subject := func(e int) {
		if !seen[e] {
			seen[e] = true
			f.people = append([]int{e}, f.people...)
			f.pre = 1
		}
	}
	// doer is e as the one who meets: the subject, or the object of a
	// verb with an object pronoun (استقبله).
	doer := func(e int) {
		if f.trig.object {
			add(e)
		} else {
			subject(e)
		}
	}
	for _, mi := range s.bySent[f.sent] {
		m := ms[mi]
		if s.in.Resolved.Entities[m.Entity].Out.Type != gazetteer.TypePerson {
			continue
		}
		// المستشار السابق للرئيس الأمريكي، مايكل فلين … اجتماع له: whom
		// an aide serves is not the aide, before the trigger as after it.
		// وقالت المتحدثة باسم البيت الأبيض سارة ساندرز "التقى بولتون
		// بسفير تركيا": who speaks for others, outside the quotation that
		// tells of the meeting, took no part.
		if !ownPair && m.First >= from && m.Last <= f.tok && !s.principal(m, from-1) && !s.sinceClause(m, f.tok) && !s.absent(m) && !s.aboutOrBefore(m, from, f.tok) && !s.bodyHead(m) &&
			!((s.spokesperson(m) || s.hasStemIn(spokesWords, m.First)) && s.quoteStart(f.tok) >= m.Last) {
			add(m.Entity)
		}
	}
	f.pre = len(f.people)
	anchor := f.tok
	// restart names the meeting's people anew from token at (بين, a
	// relative clause that names them): lead, if any, stands before them.
	restart := func(at, lead int) {
		f.people, f.pre, anchor = f.people[:0], 0, at
		f.from = f.tok
		f.lead = s.heldBy(from, f.tok)
		clear(seen)
		f.between = true
		if lead >= 0 {
			add(lead)
			f.pre = 1
		}
	}
	genitive := false // the noun names its own subject and partner
	// A nominal trigger with بين names its own participants (بعد القمة
	// التاريخية بين ترامب وكيم): the clause's subject is not one of them.
	if f.trig.nominal {
		for i := f.tok + 1; i < to && i <= f.tok+8; i++ {
			// القمة بين ترامب وكيم; القمة التي عقدت الأسبوع الماضي في
			// سنغافورة بين ترامب وكيم: further only after a relative.
			// القمة التاريخية التي جمعت كيم وترامب: the relative clause
			// names who was in it, as بين does.
			gathered := gatherWords[s.toks[i].Text] && relativeWords[s.toks[i-1].Text]
			// …التي جمعت الزعيمين: no one named after it; قمته التي عقدها
			// مع ترامب: the verb has no subject of its own. The clause's
			// people are the meeting's.
			if gathered && (!s.personWithin(i+1, min(to, i+1+maxGap)) || holdSuffixed[s.toks[i].Text] && !s.subjectAfter(i+1, to)) {
				break
			}
			// Not a بين of another meeting noun in the relative clause
			// (قمة أبريل التي مهدت الطريق للقاء التاريخي بين كيم وترامب).
			if (s.toks[i].Text == "بين" || gathered) && (i <= f.tok+3 || s.has(relativeWords, f.tok+1, i) && !s.personWithin(f.tok+1, i) && s.nounAt(f.tok+1, i) < 0) {
				// نجح المبعوث نزار العلولا في عقد لقاء مصالحة بين X وY: who
				// holds a meeting between others sits in it.
				restart(i, s.convener(f, from))
				break
			}
			// لقاء بينه وبين ماي: the pronoun is the person named last
			// before the noun.
			if i <= f.tok+2 && pronounBetween[s.toks[i].Text] {
				last := -1
				if len(f.people) > 0 {
					last = f.people[len(f.people)-1]
				}
				// Not a spokesperson before إن (قالت المتحدثة سارة ساندرز إنه
				// خلال اللقاء بينه وبين بوتن): the pronoun is whom she speaks
				// for. (قال ترامب إن القمة بينه وبين كيم: the speaker's own.)
				for _, mi := range s.bySent[f.sent] {
					if m := ms[mi]; m.Last <= f.tok && s.in.Resolved.Entities[m.Entity].Out.Type == gazetteer.TypePerson {
						if m.First < from && s.spokesperson(m) {
							last = -1
							continue
						}
						last = m.Entity
					}
				}
				restart(i, last)
				break
			}
		}
		// أشاد ترامب بلقاء بومبيو بكيم: a meeting noun whose own subject
		// and partner follow it; who speaks of it took no part.
		if !f.between && !f.trig.suffixed && s.genitivePair(f.tok, to) {
			f.people, f.pre = f.people[:0], 0
			f.from = f.tok
			clear(seen)
			genitive = true
		}
	}
	afterSubject := false // an object verb's subject is in
	served := map[int]bool{}
	for _, mi := range s.bySent[f.sent] {
		m := ms[mi]
		if s.in.Resolved.Entities[m.Entity].Out.Type != gazetteer.TypePerson {
			continue
		}
		// The object phrase: people in a chain, each close to the last;
		// not the principal of an aide or envoy (كبير مساعدي زعيم كوريا
		// الشمالية كيم جونغ أون: the aide met, not Kim).
		if m.First > f.tok && m.First < objEnd && m.First-anchor <= maxGap {
			// محامي الرئيس ترامب … مذكرة استدعاء لترامب: whom an aide
			// serves stays out when named again.
			if s.principal(m, f.tok) || s.absent(m) || f.trig.deliver && s.sender(m, f.tok) || served[m.Entity] {
				served[m.Entity] = true
				anchor = m.Last
				continue
			}
			// استقبله الرئيس الروسي بوتين، وبحسب … الرئيس الصيني: the
			// object is the pronoun; after the verb comes its subject, and
			// only who is joined to it by و (ونائبه) besides.
			if f.trig.object && afterSubject && !(m.First-anchor <= 2 && s.joinedByWaw(anchor, m.First)) {
				continue
			}
			add(m.Entity)
			anchor = m.Last
			afterSubject = f.trig.object
		}
	}
	// بحث المخاوف بشأن سوريا مع X: the partner after a topic, with مع.
	if topicEnd && f.trig.needsWith && len(f.people) < 2 {
		for i := to + 1; i < sb && i <= to+8; i++ {
			if !s.named[i] && (s.hasStemIn(clauseWords, i) || s.complementizer(i)) {
				break
			}
			if s.toks[i].Text != "مع" {
				continue
			}
			anchor := i
			for _, mi := range s.bySent[f.sent] {
				m := ms[mi]
				if s.in.Resolved.Entities[m.Entity].Out.Type == gazetteer.TypePerson && m.First > i && m.First-anchor <= 3 {
					add(m.Entity)
					anchor = m.Last
				}
			}
			// ناقش قضية كوريا الشمالية مع بوتين الاثنين خلال قمة هلسنكي:
			// the clause, and its time and place, go on after the partner.
			if anchor > i {
				end := anchor
				for end < sb && !(s.hasStemIn(clauseWords, end) || s.complementizer(end)) {
					end++
				}
				f.to = end
			}
			break
		}
	}
	// وفي مؤتمر صحفي مع نظيره الألماني قال وزير الخارجية التركي: a meeting
	// noun with no subject before it, then a verb of saying: its speaker
	// is the subject.
	if f.trig.nominal && f.pre == 0 && sayAt >= 0 && !f.between && !genitive {
		for _, mi := range s.bySent[f.sent] {
			m := ms[mi]
			if m.First > sayAt && m.First <= sayAt+5 && s.in.Resolved.Entities[m.Entity].Out.Type == gazetteer.TypePerson {
				subject(m.Entity)
				break
			}
		}
	}
	// قال الأسد إن … وذلك خلال اللقاء الذي جمعه برئيس …: the meeting a
	// statement was made at is its speaker's.
	if f.trig.nominal && f.pre == 0 && !f.between && !genitive && s.thatWas(f.tok, sa) {
		if sp := s.speaker(f.sent, sa, f.tok); sp >= 0 {
			subject(sp)
		}
	}
	// ألتقي أردوغان في موسكو، قال بوتين: a verb in the first person has
	// the speaker of its sentence as subject.
	if !f.trig.nominal && f.pre == 0 && s.firstPersonPresent(f.tok, f.prefix) {
		if sp := s.speaker(f.sent, sa, sb); sp >= 0 {
			subject(sp)
		}
	}
	// وقال الرئيس ترامب إن لقاءه مع بوتين "بداية طيبة": the pronoun of a
	// meeting noun right after إن is the speaker's.
	if !f.between && f.pre == 0 && f.trig.nominal && f.trig.suffixed && from > sa && f.tok == from && pronounComplementizers[s.toks[from-1].Text+"ه"] {
		if sp := s.speaker(f.sent, sa, from-1); sp >= 0 && !seen[sp] {
			subject(sp)
			// إن لقاءه بنظيره قد ينجم عنه، إن اجتماعه سيكون: what the
			// meeting may or will bring is of one to come.
			if s.futureAfter(f.tok, sb) {
				f.status = doc.Planned
			}
		}
	}
	spoken := false // the subject is a speaker no list knows
	// قال بوتين للصحفيين إنه التقى أردوغان: the pronoun of إنه is the
	// speaker's, the person named last before it (a word or three may
	// stand between).
	if !f.between && f.pre == 0 && !f.trig.nominal && from > sa && f.tok-from <= 1 && pronounComplementizers[s.toks[from-1].Text] {
		sp := -1
		for _, mi := range s.bySent[f.sent] {
			if m := ms[mi]; m.Last <= from-1 && m.Last >= from-4 && s.in.Resolved.Entities[m.Entity].Out.Type == gazetteer.TypePerson {
				sp = -1
				// The speaker of a verb of saying (قال، أكد); not whose claim
				// it was (ادعاءات ستيل بأنه التقى: someone else).
				for j := max(sa, m.First-sayReach); j < m.First; j++ {
					if s.hasStemIn(sayWords, j) || s.hasStemIn(pointWords, j) {
						sp = m.Entity
					}
				}
			}
		}
		if sp >= 0 && !seen[sp] {
			doer(sp)
		}
		// وأكد فيشر أنه التقى بتورشين: a speaker no list knows is still
		// the subject; no one from an earlier sentence is.
		if sp < 0 {
			spoken = s.saidBefore(max(sa, from-1-sayReach), from-1)
		}
		// وجعلت الزيارة بومبيو أكبر مسؤول أميركي يُعرف أنه التقى مع كيم:
		// with no verb of saying, the pronoun is the person named last
		// before it in the sentence.
		// Not بأنه, the content of a noun (ادعاءات بوتين بأنه التقى: whose
		// claim it is, not who met).
		if sp < 0 && !spoken && !s.saidBefore(sa, from-1) && !strings.HasPrefix(s.toks[from-1].Text, "ب") {
			last := -1
			for _, mi := range s.bySent[f.sent] {
				if m := ms[mi]; m.Last <= from-1 && m.Last >= from-1-pronounReach && s.in.Resolved.Entities[m.Entity].Out.Type == gazetteer.TypePerson {
					last = m.Entity
				}
			}
			if last >= 0 && !seen[last] {
				doer(last)
			}
		}
	}
	// قبل أن تجتمع بالحريري، قبل أن يلتقي الأخير بولي العهد: a clause of
	// time that names one person or الأخير has the main clause's subject.
	if !f.between && f.pre == 0 && !f.trig.nominal && from == f.tok && s.timeClause(f.tok, sa) &&
		(len(f.people) == 1 || len(f.people) >= 1 && f.tok+1 < sb && latterWords[s.toks[f.tok+1].Text]) {
		if e := s.mainSubject(f, sa); e >= 0 && !seen[e] {
			doer(e)
		}
	}
	// Pro-drop subject (عقد لقاء مع X، التقى X، أثناء لقائه X): the person
	// of the nearest earlier sentence that named one.
	// Only when the trigger opens its clause: a subject the gazetteers
	// do not know (وكان ريتشارد راتكليف قد التقى هانت) is still a subject.
	opens := f.tok-from <= 3
	// A signing or handing over names both its sides in its clause.
	// Not when the clause names the other side by a word no list
	// resolved (التقى الرئيس الكوري الجنوبي ونظيره الشمالي): the
	// partner is there, only unknown.
	if !f.between && opens && !spoken && !f.trig.signed && !f.trig.deliver && f.pre == 0 && len(f.people) == 1 && (!f.trig.nominal || f.trig.suffixed || s.has(withWords, f.tok-1, f.tok+2)) && !s.unnamedPartner(f.tok+1, min(f.to, f.tok+8)) {
		// كما التقى الخميس X: "also" goes on with the subject of the
		// sentence before, the first person it names (أعلن ماكرون أنه
		// بحث مع بوتين …), not the last.
		also := f.tok > sa && f.tok-1 == sa && alsoWords[s.toks[sa].Text]
		for k := f.sent - 1; k >= 1 && k >= f.sent-2; k-- {
			var last = -1
			ka, _ := s.sentenceRange(k)
			for _, mi := range s.bySent[k] {
				// وحطت طائرة الأمير وليام، نجل ولي العهد البريطاني الأمير
				// تشارلز. وكان في استقباله: not whose son or aide he is.
				if s.in.Resolved.Entities[ms[mi].Entity].Out.Type == gazetteer.TypePerson && !s.principal(ms[mi], ka-1) {
					last = ms[mi].Entity
					if also {
						break
					}
				}
			}
			if last >= 0 && !seen[last] {
				doer(last)
				break
			}
		}
	}
}

// holdVerbBefore reports a finite verb of holding (عقد، أجرى) before
// meeting noun ti in its clause, its subject between (وعقد وزراء الخارجية الروسي
// X والتركي Y والإيراني Z اجتماعات ثنائية): the noun is its object, and
// whoever held it its parties.
func (s *docState) holdVerbBefore(ti, sa int) bool {
	for i := ti - 1; i >= sa && i >= ti-heldSubjectReach; i-- {
		if s.hasStemIn(clauseWords, i) || s.complementizer(i) {
			return false
		}
		// The verb itself, not its verbal noun of purpose (لعقد).
		if w := s.toks[i].Text; holdVerbs[w] || (strings.HasPrefix(w, "و") || strings.HasPrefix(w, "ف")) && holdVerbs[w[len("و"):]] {
			return true
		}
	}
	return false
}

// heldSubjectReach is how many words a verb of holding may stand before
// its object, a list of titled names between.
const heldSubjectReach = 16

// aidePartner reports a meeting whose partner its clause names only by
// relation (مع مساعد بارز لكيم، مع موفد رفيع المستوى من بيونغ يانغ،
// ونظيره): within eight words after the trigger, a partner or aide word
// and no person after it.
func (s *docState) aidePartner(f *found) bool {
	end := min(len(s.toks), f.tok+9)
	if f.to > f.tok {
		end = min(end, f.to)
	}
	for i := f.tok + 1; i < end && s.toks[i].Sentence == f.sent; i++ {
		// (After an aide's word comes whom the aide serves: لكيم.)
		if !s.named[i] && (s.hasStemIn(partnerWords, i) && !s.personWithin(i+1, min(len(s.toks), i+4)) || s.hasStemIn(aideWords, i)) {
			return true
		}
	}
	return false
}

// unnamedPartner reports a partner word (نظيره، ضيفه) in tokens [a, b)
// that is no part of a resolved mention.
func (s *docState) unnamedPartner(a, b int) bool {
	for i := a; i < b && i < len(s.toks); i++ {
		// Not نظيره الأميركي جيم ماتيس: the title of the name after it.
		// التقى الرئيس الفرنسي بالمجموعات الكردية: a group met as one;
		// not one joined by و to a partner named (مباحثاته مع شي جينبينغ
		// ومسؤولين آخرين: Xi is the partner).
		if !s.named[i] && (s.hasStemIn(partnerWords, i) || s.hasStemIn(groupNouns, i) && !strings.HasPrefix(s.toks[i].Text, "و")) && !s.personWithin(i+1, min(len(s.toks), i+4)) {
			return true
		}
	}
	return false
}

// partnerWords name the other side of a meeting by its relation to the
// subject (نظيره، ضيفه); groupNouns name a group met as one (وفد،
// المجموعات الكردية).
var (
	partnerWords = lex.Set("partnerWords")
	groupNouns   = lex.Set("groupNouns")
)

// pointWords are verbs of pointing out or considering (أشار، اعتبر)
// that, like sayWords, have a speaker.
var pointWords = lex.Set("pointWords")

// saidBy reports a verb of saying or pointing out in sentence k with a
// mention of entity e at most sayReach words after it: what e said.
func (s *docState) saidBy(k, e int) bool {
	ms := s.in.Resolved.Mentions
	for _, mi := range s.bySent[k] {
		if m := ms[mi]; m.Entity == e {
			a, _ := s.sentenceRange(k)
			if s.saidBefore(max(a, m.First-sayReach), m.First) {
				return true
			}
		}
	}
	return false
}

// namesPerson reports a mention of a person in sentence k.
func (s *docState) namesPerson(k int) bool {
	for _, mi := range s.bySent[k] {
		if s.in.Resolved.Entities[s.in.Resolved.Mentions[mi].Entity].Out.Type == gazetteer.TypePerson {
			return true
		}
	}
	return false
}

// stanceVerbs take a stand (أدان، انتقد، دعا).
var stanceVerbs = lex.Set("stanceVerbs")

// stancedBy reports entity e named in sentence k right after a verb that
// takes a stand (أدان وزير الخارجية الأميركي، مايك بومبيو، إيران).
func (s *docState) stancedBy(k, e int) bool {
	ms := s.in.Resolved.Mentions
	for _, mi := range s.bySent[k] {
		if m := ms[mi]; m.Entity == e {
			a, _ := s.sentenceRange(k)
			for j := max(a, m.First-sayReach); j < m.First; j++ {
				if s.hasStemIn(stanceVerbs, j) {
					return true
				}
			}
		}
	}
	return false
}

// saidPast reports a verb of saying in the past in tokens [a, b) (قال،
// أكد، كرر; not يقول).
func (s *docState) saidPast(a, b int) bool {
	for i := a; i < b; i++ {
		if !s.named[i] && s.hasStemIn(sayWords, i) && !nonPast(strings.TrimPrefix(s.toks[i].Text, "و")) {
			return true
		}
	}
	return false
}

// saidBefore reports a verb of saying or pointing out in tokens [a, b)
// (وذكر ماكرون أن ترامب … في حين أنه ناقش: the pronoun may be the
// speaker's, however far).
func (s *docState) saidBefore(a, b int) bool {
	for j := a; j < b; j++ {
		if s.hasStemIn(sayWords, j) || s.hasStemIn(pointWords, j) {
			return true
		}
	}
	return false
}

// pronounReach is how many words before إنه/أنه the person its pronoun
// stands for may end.
const pronounReach = 10

// sayReach is how many words before its speaker a verb of saying may
// stand (قال مساعد وزير الخارجية الإيرانية للشؤون السياسية X).
const sayReach = 8

// joinedByWaw reports a word with و among tokens [from, to) (و نائبه،
// ونائبه): the next person joined to the one before.
func (s *docState) joinedByWaw(from, to int) bool {
	for i := from; i < to && i < len(s.toks); i++ {
		if s.toks[i].Text == "و" || strings.HasPrefix(s.toks[i].Text, "و") && i+1 == to {
			return true
		}
	}
	// The person's own first token may carry it (وولي العهد).
	return to < len(s.toks) && strings.HasPrefix(s.toks[to].Text, "و")
}

// spokesperson reports a spokesperson's title within the words before
// person mention m (المتحدثة باسم البيت الأبيض سارة ساندرز).
func (s *docState) spokesperson(m resolve.Mention) bool {
	for i := max(0, m.First-spokesReach); i < m.First; i++ {
		if s.hasStemIn(spokesWords, i) {
			return true
		}
	}
	return false
}

// spokesWords name a spokesperson; spokesReach is how many words before
// the name they may stand (المتحدثة باسم البيت الأبيض سارة ساندرز).
var spokesWords = lex.Set("spokesWords")

const spokesReach = 6

// thenWords before a meeting noun in a trigger's object start another
// meeting (ومن ثم لقاء).
var thenWords = lex.Set("thenWords")

// whileNouns after في open a clause of what goes on at the same time
// (في وقت يتزايد الحديث); whileNot after them make it the meeting's own
// time (في وقت سابق).
var (
	whileNouns = lex.Set("whileNouns")
	whileNot   = lex.Set("whileNot")
)

// whileClause reports في وقت or في الوقت at token i (the noun) opening a
// clause of its own, not a time of the meeting (في وقت سابق).
func (s *docState) whileClause(i, sb int) bool {
	if i < 1 || i+1 >= sb || !whileNouns[s.toks[i].Text] || s.toks[i-1].Text != "في" {
		return false
	}
	return !whileNot[s.toks[i+1].Text]
}

// pronounComplementizers are the complementizers with a pronoun (إنه،
// أنها): the subject of the verb after them.
var pronounComplementizers = lex.Set("pronounComplementizers")

// summitName returns the entity a summit noun at ti is named after: the
// place or organization right after it, or after one adjective (قمة
// مجموعة السبع، القمة الثلاثية في طهران is not; قمة هلسنكي). -1 when it
// has none, or when it only sets the scene of other meetings (على هامش
// قمة الناتو).
func (s *docState) summitName(ti int, t trigger, sa, sb int) int {
	if t.family != Summit || t.suffixed || ti > sa && s.hasStemIn(marginWords, ti-1) {
		return -1
	}
	for _, mi := range s.bySent[s.toks[ti].Sentence] {
		m := s.in.Resolved.Mentions[mi]
		if m.First != ti+1 && !(m.First == ti+2 && ti+2 < sb && !s.named[ti+1]) {
			continue
		}
		switch s.in.Resolved.Entities[m.Entity].Out.Type {
		case gazetteer.TypePlace, gazetteer.TypeOrganization:
			return m.Entity
		}
	}
	return -1
}

// cityNaming returns the place right after f's summit noun when it is a
// city or a town, not a country (القمة بين الولايات المتحدة وكوريا
// الشمالية names sides, not where), else -1.
func (s *docState) cityNaming(f *found) int {
	if f.summit < 0 {
		return -1
	}
	e := s.in.Resolved.Entities[f.summit]
	if e.Out.Type != gazetteer.TypePlace || countryLike(e.Entry) {
		return -1
	}
	for _, mi := range s.bySent[f.sent] {
		if m := s.in.Resolved.Mentions[mi]; m.Entity == f.summit && m.First == f.tok+1 {
			return f.summit
		}
	}
	return -1
}

// marginWords before a summit noun make it the scene of other meetings.
var marginWords = lex.Set("marginWords")

// gatherWords after a relative pronoun name a meeting's people.
var gatherWords = lex.Set("gatherWords")

// holdSuffixed are the gatherWords of holding: their subject comes after them.
var holdSuffixed = lex.Set("holdSuffixed")

// subjectAfter reports a person named from token i on (after time words
// and the article-less titles before a name), before مع or the end.
func (s *docState) subjectAfter(i, end int) bool {
	for ; i < end && i < len(s.toks); i++ {
		if s.named[i] {
			return s.personAt(i)
		}
		if withWords[s.toks[i].Text] {
			return false
		}
	}
	return false
}

// convener returns the person who holds or hosts the meeting noun of f
// (عقد، استضاف، ترأس up to holdReach words before it, after the clause's
// start from): the last person named before the noun when such a verb
// stands there; -1 when none. القمة التي عقدت بين X وY has none.
func (s *docState) convener(f *found, from int) int {
	held := false
	for i := max(from, f.tok-convenerReach); i < f.tok; i++ {
		if !s.hasStemIn(convenerVerbs, i) {
			continue
		}
		// عقد right before the noun is its verbal noun: احتمال عقد قمة،
		// قرار عقد القمة speak of holding it; نجح في عقد لقاء holds it.
		held = i+1 < f.tok || i > from && s.toks[i-1].Text == "في"
	}
	if !held {
		return -1
	}
	person := -1
	for _, mi := range s.bySent[f.sent] {
		m := s.in.Resolved.Mentions[mi]
		if m.First >= from && m.Last <= f.tok && s.in.Resolved.Entities[m.Entity].Out.Type == gazetteer.TypePerson {
			person = m.Entity
		}
	}
	return person
}

// convenerVerbs hold or host a meeting; convenerReach is how many words before
// the noun they may stand.
var convenerVerbs = lex.Set("convenerVerbs")

const convenerReach = 8

// thatWas reports وذلك (جاء ذلك) within the three words before the
// meeting noun at ti: وذلك خلال لقائه، جاء ذلك أثناء اللقاء.
func (s *docState) thatWas(ti, sa int) bool {
	for i := ti - 1; i >= sa && i >= ti-3; i-- {
		if t := s.toks[i].Text; t == "وذلك" || t == "ذلك" {
			return true
		}
	}
	return false
}

// cameDuring reports a sentence that opens on جاء and tells during what
// meeting the statement before it came (وجاءت تصريحات هادي، خلال اللقاء).
func (s *docState) cameDuring(ti, sa int) bool {
	return ti > sa && ti-sa <= 6 && cameWords[s.toks[sa].Text] && s.hasStemIn(duringWords, ti-1)
}

// cameWords open a sentence that tells what occasion a statement came on
// (وجاءت تصريحات هادي خلال اللقاء).
var cameWords = lex.Set("cameWords")

// speaker returns the person named within three words after a verb of
// saying in sentence k (tokens [sa, sb)), or -1.
func (s *docState) speaker(k, sa, sb int) int {
	for i := sa; i < sb; i++ {
		if s.named[i] || !s.hasStemIn(sayWords, i) {
			continue
		}
		for _, mi := range s.bySent[k] {
			m := s.in.Resolved.Mentions[mi]
			if m.First > i && m.First <= i+3 && s.in.Resolved.Entities[m.Entity].Out.Type == gazetteer.TypePerson {
				return m.Entity
			}
		}
	}
	return -1
}

// personAt reports whether token i is inside a person's mention.
// personCovers reports a person's mention over token i (ولي عهد
// السعودية: the country is in the description).
func (s *docState) personCovers(i int) bool {
	for _, mi := range s.bySent[s.toks[i].Sentence] {
		m := s.in.Resolved.Mentions[mi]
		if m.First <= i && i < m.Last && s.in.Resolved.Entities[m.Entity].Out.Type == gazetteer.TypePerson {
			return true
		}
	}
	return false
}

func (s *docState) personAt(i int) bool {
	for _, mi := range s.bySent[s.toks[i].Sentence] {
		m := s.in.Resolved.Mentions[mi]
		if m.First <= i && i < m.Last {
			return s.in.Resolved.Entities[m.Entity].Out.Type == gazetteer.TypePerson
		}
	}
	return false
}

// dualWords name two people by their office (الزعيمين، الرئيسان).
var dualWords = lex.Set("dualWords")

// dualSubject reports a trigger whose people are two named by a dual
// within three words before it (أن الزعيمين اجتمعا) or right after it
// (اجتمع الزعيمان).
func (s *docState) dualSubject(f *found) bool {
	sa, sb := s.sentenceTokens(f.tok)
	for i := max(sa, f.tok-3); i < min(sb, f.tok+3); i++ {
		if i != f.tok && s.hasStemIn(dualWords, i) {
			return true
		}
	}
	return false
}

// subset reports whether every entity of a is in b.
func subset(a, b []int) bool {
	for _, x := range a {
		if !slices.Contains(b, x) {
			return false
		}
	}
	return true
}

// personBehindClitic reports a person's mention that begins at token i
// after a clitic (بكيم), not a word inside a name (محمد بن سلمان) nor a
// name that begins with the letter (بولتون).
func (s *docState) personBehindClitic(i int) bool {
	for _, mi := range s.bySent[s.toks[i].Sentence] {
		if m := s.in.Resolved.Mentions[mi]; m.First == i {
			return m.Start > s.toks[i].Start && s.in.Resolved.Entities[m.Entity].Out.Type == gazetteer.TypePerson
		}
	}
	return false
}

// genitivePair reports a person right after the meeting noun at ti and,
// within two words after that name, ب or مع before another person
// (لقاء بومبيو بكيم، اجتماع بوتين مع أردوغان).
func (s *docState) genitivePair(ti, to int) bool {
	// The subject right after the noun, or after its title (لقاء زعيم
	// كوريا الشمالية كيم جونغ أون، لقاء الأمين العام لحزب الله حسن نصر
	// الله).
	end := -1
	for _, mi := range s.bySent[s.toks[ti].Sentence] {
		m := s.in.Resolved.Mentions[mi]
		if m.First > ti && m.First <= ti+subjectReach && s.in.Resolved.Entities[m.Entity].Out.Type == gazetteer.TypePerson {
			if !s.has(withWords, ti+1, m.First) {
				end = m.Last
			}
			break
		}
	}
	if end < 0 {
		return false
	}
	// The partner after مع may have a title first (مع الرئيس الكوري
	// الجنوبي مون); the subject may go on with its name after its title
	// (لقاء زعيم كوريا الشمالية، كيم جونغ أون، مع).
	for i := end; i < to && i <= end+8; i++ {
		if !s.named[i] {
			if s.toks[i].Text == "مع" {
				return s.personWithin(i+1, min(to, i+5))
			}
			// بالأمين العام للأمم المتحدة أنطونيو غويتريس: the partner's
			// title behind ب.
			if strings.HasPrefix(s.toks[i].Text, "بال") && s.personWithin(i+1, min(to, i+5)) {
				return true
			}
			// بعد استقبال حسن نصرالله، أمين عام حزب الله، لوفد من الحوثيين:
			// a group behind ل is the partner, unnamed (the subject's
			// title between).
			if t := s.toks[i].Text; strings.HasPrefix(t, "ل") && groupNouns[strings.TrimPrefix(t, "ل")] {
				return true
			}
			if i > end+2 {
				return false
			}
			continue
		}
		if strings.HasPrefix(s.toks[i].Text, "ب") && s.personBehindClitic(i) {
			return true
		}
	}
	return false
}

// subjectReach is how many words after a meeting noun its own subject's
// name may start: a title of up to five words comes first (الأمين العام
// لحزب الله).
const subjectReach = 6

// backRefWords before and demonstratives after a definite meeting noun refer
// back to one told of before.
var (
	backRefWords   = lex.Set("backRefWords")
	demonstratives = lex.Set("demonstratives")
)

// pronounBetween are بين with a pronoun.
var pronounBetween = lex.Set("pronounBetween")

// betweenNoun reports a meeting noun at i followed by بين or بينه …
// (لقاء بينه وبين ماي).
func (s *docState) betweenNoun(i, sb int) bool {
	if i+1 >= sb || !strings.HasPrefix(s.toks[i+1].Text, "بين") {
		return false
	}
	var buf tokenize.StemBuf
	t, _, ok := s.triggerAt(i, &buf)
	return ok && t.nominal
}

// withNoun reports a meeting noun at i with مع and a person within a few
// words after it (قمة مرتقبة للرئيس الأميركي، دونالد ترامب، مع).
func (s *docState) withNoun(i, sb int) bool {
	var buf tokenize.StemBuf
	if t, _, ok := s.triggerAt(i, &buf); !ok || !t.nominal {
		return false
	}
	for k := i + 1; k < sb && k <= i+8; k++ {
		if s.toks[k].Text == "مع" {
			return s.personWithin(k+1, min(sb, k+5))
		}
	}
	return false
}

// bareSubjectAt reports a person named from token i on, within four
// words and with no مع before, with no clitic in front (بوتين، الرئيس
// الأمريكي ترامب; not بالعاهل السعودي): a subject, not an object.
func (s *docState) bareSubjectAt(i, sb int) bool {
	for _, mi := range s.bySent[s.toks[min(i, len(s.toks)-1)].Sentence] {
		m := s.in.Resolved.Mentions[mi]
		if m.First < i || m.First >= min(sb, i+4) || s.in.Resolved.Entities[m.Entity].Out.Type != gazetteer.TypePerson {
			continue
		}
		if s.has(withWords, i, m.First+1) {
			return false
		}
		// A title first (بالرئيس حسن روحاني): its clitic counts.
		if t := s.toks[i].Text; m.First > i && (strings.HasPrefix(t, "بال") || strings.HasPrefix(t, "لل")) {
			return false
		}
		return m.First > i || m.Start == s.toks[m.First].Start
	}
	return false
}

// peopleWithin counts the distinct people whose mentions start in tokens
// [a, b).
func (s *docState) peopleWithin(a, b int) int {
	var seen []int
	for i := a; i < b && i < len(s.toks); i++ {
		if !s.named[i] {
			continue
		}
		for _, mi := range s.bySent[s.toks[i].Sentence] {
			m := s.in.Resolved.Mentions[mi]
			if m.First == i && s.in.Resolved.Entities[m.Entity].Out.Type == gazetteer.TypePerson && !slices.Contains(seen, m.Entity) {
				seen = append(seen, m.Entity)
			}
		}
	}
	return len(seen)
}

// personWithin reports a person's mention starting in tokens [a, b).
func (s *docState) personWithin(a, b int) bool {
	for i := a; i < b; i++ {
		if s.named[i] && s.personAt(i) {
			return true
		}
	}
	return false
}

// nounAt returns the first meeting noun in tokens [a, b), or -1.
func (s *docState) nounAt(a, b int) int {
	var buf tokenize.StemBuf
	for i := a; i < b; i++ {
		if t, _, ok := s.triggerAt(i, &buf); ok && t.nominal {
			return i
		}
	}
	return -1
}

// triggerWithin reports a trigger word in tokens [a, b).
func (s *docState) triggerWithin(a, b int) bool {
	var buf tokenize.StemBuf
	for i := a; i < b; i++ {
		if _, _, ok := s.triggerAt(i, &buf); ok {
			return true
		}
	}
	return false
}

// meetingVerbBefore reports a trigger verb of meeting (not a visit)
// before token ti in its sentence.
func (s *docState) meetingVerbBefore(ti, sa int) bool {
	var buf tokenize.StemBuf
	for i := sa; i < ti; i++ {
		if t, _, ok := s.triggerAt(i, &buf); ok && !t.nominal && t.family != Visit {
			return true
		}
	}
	return false
}

// beforeWords are the sequenceWords that place a meeting after the event.
var beforeWords = lex.Set("beforeWords")

// relativeWords open a relative or appositive clause.
var relativeWords = lex.Set("relativeWords")

// principal reports a person mention governed by a subordinate's title
// within the five tokens before it (and after the trigger at ti), whose
// own office the words between name: كبير مساعدي زعيم كوريا الشمالية كيم
// جونغ أون is Kim's aide, not Kim.
func (s *docState) principal(m resolve.Mention, ti int) bool {
	// The name after the office must be its holder: المبعوث الخاص للرئيس
	// الروسي ألكسندر لافرينتييف is the envoy himself.
	// صهر الرئيس الأميركي دونالد ترمب، زوجة الرئيس: kin of the person
	// named, whatever office the title gives.
	// A comma ends the phrase: in صهر الرئيس ترامب، جاريد كوشنر and
	// زوج ابنة الرئيس ترامب، وجيسون غرينبلات the name after it is no kin.
	// شقيق ولي العهد السعودي الأمير محمد بن سلمان: the words of his
	// description and title do not count in the reach.
	for i, reach := m.First-1, 4; i > ti && reach > 0 && !s.commaParts(i, m.Entity); i-- {
		if s.hasStemIn(kinWords, i) || parentWords[s.toks[i].Text] {
			return true
		}
		if !s.named[i] && !s.hasStemIn(honorifics, i) {
			reach--
		}
	}
	// مساعد بارز لكيم، المستشار السابق للرئيس الأمريكي: an aide's word,
	// then the name or title with ل.
	if off := m.Start - s.toks[m.First].Start; off > 0 && []rune(s.toks[m.First].Text)[off-1] == 'ل' {
		for i := m.First - 1; i > ti && i >= m.First-3; i-- {
			if s.hasStemIn(aideWords, i) || s.hasStemIn(aideTitles, i) {
				return true
			}
		}
	}
	// سفير خادم الحرمين الشريفين، مستشار بوتين: the person right after
	// an aide's word, its construct, is whom the aide serves.
	if m.First-1 > ti && s.hasStemIn(aideWords, m.First-1) && m.Start == s.toks[m.First].Start {
		return true
	}
	e := s.in.Resolved.Entities[m.Entity].Entry
	if m.Role == "" || e == nil || !slices.ContainsFunc(e.Roles, func(r gazetteer.Role) bool { return r.Role == m.Role }) {
		return false
	}
	// مبعوث الأمم المتحدة مارتن غريفيث: the aide's word is his own
	// office's when that office is itself an envoy's, an adviser's …
	if subordinateRole(m.Role) {
		return false
	}
	for i := m.First - 1; i > ti && i >= m.First-5 && !s.commaParts(i, m.Entity); i-- {
		if s.hasStemIn(aideWords, i) {
			return true
		}
	}
	return false
}

// sinceClause reports a mention in a phrase of time that منذ opens and a
// comma closes before the trigger at ti (وفي تحول كبير منذ تبادل كيم
// وترامب التهديدات، تعهد الزعيم الكوري الشمالي … خلال قمة عقدها مع
// مون): whom it names is the time's, not the meeting's.
func (s *docState) sinceClause(m resolve.Mention, ti int) bool {
	comma := false
	for i := m.Last - 1; i < ti; i++ {
		if s.commaAfter(i) {
			comma = true
			break
		}
	}
	if !comma {
		return false
	}
	for i := m.First - 1; i >= 0 && i >= m.First-8 && s.toks[i].Sentence == m.Sentence; i-- {
		if s.commaAfter(i) {
			return false
		}
		if s.hasStemIn(sinceOpeners, i) {
			return true
		}
	}
	return false
}

// sinceOpeners open a phrase of the time since something happened.
var sinceOpeners = lex.Set("sinceOpeners")

// commaAfter reports a comma between token i and the next.
func (s *docState) commaAfter(i int) bool {
	if i+1 >= len(s.toks) {
		return false
	}
	gap := s.in.Text.Runes[s.toks[i].End:s.toks[i+1].Start]
	return slices.Contains(gap, '،') || slices.Contains(gap, ',')
}

// commaParts reports a comma between token i and the next that parts
// another's name before it from entity e's mention after it (صهر الرئيس
// ترامب، جاريد كوشنر, شقيقة هذا الأخير، كيم يو جونغ); not a title before
// a name (زوجة الرئيس الأمريكي، دونالد ترامب).
func (s *docState) commaParts(i int, e int) bool {
	if !s.commaAfter(i) {
		return false
	}
	for _, mi := range s.bySent[s.toks[i].Sentence] {
		if m := s.in.Resolved.Mentions[mi]; m.First <= i && i < m.Last {
			return m.Entity != e
		}
	}
	// شقيقة هذا الأخير، كيم يو جونغ: the latter is the one named before;
	// the name after the comma is the kin herself.
	return s.hasStemIn(latterWords, i)
}

// latterWords refer to the person named last (هذا الأخير).
var latterWords = lex.Set("latterWords")

// aideTitles are aides' offices with the article, whose principal
// follows with ل.
var aideTitles = lex.Set("aideTitles")

// honorifics stand before a name as a title of courtesy (الأمير،
// الشيخ).
var honorifics = lex.Set("honorifics")

// alsoWords open a sentence that goes on with the subject of the one
// before (كما التقى).
var alsoWords = lex.Set("alsoWords")

// aboutOrBefore reports a person named before a trigger, in its clause
// from token from on, as a topic (بشأن مصير الصحفي جمال خاشقجي بوصول
// بومبيو … لعقد اجتماع) or as a time (وقبل ترامب، كان تميم في لقاء):
// no party.
// Only وقبل X، / وبعد X، (not قبل ترامب، عرضا: Trump accepted), and only
// a topic with someone else named after it before the trigger (not حول
// استعدادات الرئيس للقاء نظيره: the president's own meeting).
func (s *docState) aboutOrBefore(m resolve.Mention, from, ti int) bool {
	if p := m.First - 1; p >= from && (s.toks[p].Text == "وقبل" || s.toks[p].Text == "وبعد") && m.Start == s.toks[m.First].Start &&
		m.Last < len(s.toks) && slices.ContainsFunc(s.in.Text.Runes[s.toks[m.Last-1].End:s.toks[m.Last].Start], isComma) {
		return true
	}
	for i := m.First - 1; i >= from && i >= m.First-3; i-- {
		if s.named[i] {
			break
		}
		if s.hasStemIn(topicLeads, i) {
			return s.personWithin(m.Last, ti)
		}
	}
	return false
}

// spouseWords name the companion of the person before them (وزوجته).
var spouseWords = lex.Set("spouseWords")

// spousePair reports a meeting of two people only, the second named in
// its sentence as the first's spouse (استقبلهم ترامب وزوجته ميلانيا): one
// side, whoever they met unnamed.
func (s *docState) spousePair(f *found) bool {
	if len(f.people) != 2 {
		return false
	}
	for _, mi := range s.bySent[f.sent] {
		m := s.in.Resolved.Mentions[mi]
		// Not the next of a list (تشارلز وزوجته والأمير ويليام).
		if m.First > 0 && slices.Contains(f.people, m.Entity) && spouseWords[s.toks[m.First-1].Text] && !strings.HasPrefix(s.toks[m.First].Text, "و") {
			return true
		}
	}
	return false
}

// kinWords name a relative, or the lawyer, of the person after them.
var kinWords = lex.Set("kinWords")

// absent reports a person the text says was not there: في غياب X، دون X.
func (s *docState) absent(m resolve.Mention) bool {
	for i := m.First - 1; i >= 0 && i >= m.First-3 && s.toks[i].Sentence == m.Sentence; i-- {
		// ودون الفنان فهد البناي: the verb to write down, not without.
		if s.hasStemIn(absenceWords, i) && s.toks[i].Text != "ودون" {
			return true
		}
	}
	return false
}

// bodyHead reports a person named as who heads a body, in a relative
// clause after it (الحزب الذي يرأسه بوتفليقة): no party to the meeting.
func (s *docState) bodyHead(m resolve.Mention) bool {
	i := m.First
	return i >= 2 && s.toks[i-1].Sentence == m.Sentence && headingVerbs[s.toks[i-1].Text] && relativeWords[s.toks[i-2].Text]
}

// headingVerbs after الذي/التي name who heads a body.
var headingVerbs = lex.Set("headingVerbs")

// parentWords in construct name a parent of the person after them.
var parentWords = lex.Set("parentWords")

// absenceWords before a person say they were not there.
var absenceWords = lex.Set("absenceWords")

// subordinateRole reports a role that is itself an aide's, an envoy's or
// a representative's (un-envoy-yemen, national-security-adviser).
func subordinateRole(role string) bool {
	for _, w := range []string{"envoy", "adviser", "advisor", "ambassador", "representative", "assistant", "spokes", "secretary"} {
		if strings.Contains(role, w) && !strings.Contains(role, "secretary-general") {
			return true
		}
	}
	return false
}

// complementizer reports whether token i is إن، أن، بأن، وأن، أنه …;
// only و، ف and ب may precede it (كان is not ك + أن).
func (s *docState) complementizer(i int) bool {
	if s.quoteOpens(i) {
		return true
	}
	if s.named[i] {
		return false // a word of a name: مون جاي إن
	}
	t := s.toks[i].Text
	if complementizers[t] {
		return true
	}
	r := []rune(t)
	return len(r) > 2 && (r[0] == 'و' || r[0] == 'ف' || r[0] == 'ب') && complementizers[string(r[1:])]
}

// quoteOpens reports a quotation that opens right before token i after a
// verb of saying at most four words before (قال بيسكوف للصحفيين "اليوم
// أجرى بوتين محادثات"): like إن، it parts the speaker from what is said.
func (s *docState) quoteOpens(i int) bool {
	if i == 0 || s.toks[i].Sentence != s.toks[i-1].Sentence {
		return false
	}
	gap := s.in.Text.Runes[s.toks[i-1].End:s.toks[i].Start]
	if !slices.Contains(gap, '"') && !slices.Contains(gap, ':') {
		return false
	}
	// The verb, its speaker and whom it is said to come first; after إن
	// or أن the quotation marks only a phrase of what is reported (قال
	// ترامب إن بومبيو عقد "لقاء جيدا" مع كيم).
	for k := i - 1; k >= 0 && k >= i-4 && s.toks[k].Sentence == s.toks[i].Sentence; k-- {
		if complementizers[s.toks[k].Text] {
			return false
		}
		if s.hasStemIn(sayWords, k) {
			return true
		}
	}
	return false
}

// sayWords are verbs of saying, before a quotation.
var sayWords = lex.Set("sayWords")

// hasStemIn reports a clitic reading of token i in set.
func (s *docState) hasStemIn(set map[string]bool, i int) bool {
	return stemIn(set, s.toks[i].Text)
}

// stemIn reports a clitic reading of the token text tok in set.
func stemIn(set map[string]bool, tok string) bool {
	var buf tokenize.StemBuf
	for _, st := range buf.Stems(tok) {
		if set[st.Text] {
			return true
		}
	}
	return false
}

// merge adds f to an earlier event that reports the same meeting and
// reports whether it did. f joins the latest event that shares two
// participants with it; or, within two sentences, one participant; or,
// for a definite nominal trigger right after it (عقب اللقاء الذي جرى،
// وشارك فيه X), none. A weak trigger (a visit, talks without مع) adds
// only its sentence as evidence.
func (s *docState) merge(events []*found, f *found) bool {
	for k := len(events) - 1; k >= 0; k-- {
		e := events[k]
		// A meeting noun in the sentence of a planned trigger verb is the
		// plan's (ويلتقي ترمب وميركل على هامش قمة الناتو); a planned noun
		// beside a meeting held is another meeting (التقى كيم للتحضير للقمة).
		// على هامش اجتماعات الجمعية العامة after a meeting of the same
		// sentence is that meeting's occasion, whatever its status.
		if e.status != f.status && !(f.trig.nominal && f.sent == e.sent && (!e.trig.nominal && e.status == doc.Planned || f.margin)) {
			// اللقاء بين كيم وترامب after the document told that meeting
			// as planned (وافق ترامب على لقائه) is the plan; its sentence
			// tells of other things (مشاورات في ستوكهولم) that are not the
			// plan's place or day.
			// So is لقاء القمة بين ترامب وكيم: a noun that names the same
			// pair with بين, undated (not آخر لقاء بين ترامب وبوتين في
			// نوفمبر، لقاء بين حفتر والسراج في تموز 2017).
			if (f.definite || f.between && f.trig.nominal && s.undated(f)) && !f.trig.suffixed && e.status == doc.Planned && len(f.people) >= 2 && subset(f.people, e.people) {
				return true
			}
			continue
		}
		shared := 0
		for _, p := range f.people {
			for _, q := range e.people {
				if p == q {
					shared++
				}
			}
		}
		// قمة مجموعة السبع twice in a document, with Abe and then with
		// Trudeau: one summit, all its people.
		if f.summit >= 0 && f.summit == e.summit && !f.weak && !e.weak {
			for _, p := range f.people {
				if !slices.Contains(e.people, p) {
					e.people = append(e.people, p)
				}
			}
			e.addSent(f.sent)
			return true
		}
		// Distance to the nearest evidence sentence, either side (a
		// fragment may be merged after the events that follow it).
		dist := e.nearestSent(f.sent)
		near := dist <= 2
		need := 2
		switch {
		// ونقلت رويترز أن الزعيمين اجتمعا في قرية بانمونجوم: the two
		// whose meeting was just told, named by a dual, are this one's
		// (not for a plan: what the two will do is often its topic).
		case len(f.people) == 0 && dist <= 2 && len(e.people) == 2 && e.status == doc.Occurred && s.dualSubject(f):
			need = 0
		// كما حضر اللقاء الأمير خالد: those who attended the meeting just
		// told, a sentence or two on, are its people.
		case f.definite && (dist <= 1 || dist <= 2 && f.attended) && !(f.between && shared < len(f.people)):
			// القمة التي جمعت كيم وترامب after Pompeo met Kim names its
			// own people: not a mention of the meeting just told.
			need = 0
		case near:
			need = 1
		// وأعلن ترامب بعد اجتماع عقده، الجمعة، مع مساعد بارز لكيم … تسلم
		// من الجنرال كيم يونغ شول رسالة: a meeting of one person with a
		// partner the sentence does not name, a few sentences from a
		// meeting of theirs that names one, is that meeting.
		case dist <= 4 && len(f.people) == 1 && e.status == doc.Occurred && s.aidePartner(f):
			need = 1
		}
		if shared < need {
			continue
		}
		// وكان العلولا قد أكد للمسؤولين الذين التقاهم الاثنين: another
		// time, a meeting with those the relative clause names, no one
		// else named to tell it is this one.
		if f.apart && (shared < len(f.people) || len(f.people) < 2 && f.relative) {
			continue
		}
		// أجرى أردوغان محادثات في جوهانسبورغ مع بوتين … واستقبل نظيره
		// الروسي ونظيره الإيراني في أنقرة: other people, at a place in
		// another country, is another meeting.
		if shared < len(f.people) && f.place >= 0 && e.place >= 0 && s.apartCountries(f.place, e.place) {
			continue
		}
		// One shared person is not enough when f names another partner:
		// ولي العهد met May, then (حيث التقى) Sisi — two meetings.
		if need == 1 && shared == 1 && len(f.people) >= 2 && !f.weak {
			continue
		}
		if !f.weak {
			for _, p := range f.people {
				dup := false
				for _, q := range e.people {
					dup = dup || p == q
				}
				if !dup {
					e.people = append(e.people, p)
				}
			}
		}
		e.addSent(f.sent)
		e.triggers = append(e.triggers, f.tok)
		// قمة تاريخية جمعته مع مون … كيم أعلن خلال قمة بانمونغوم: the
		// place a fragment's summit is named after names this one.
		if e.named < 0 {
			e.named = s.cityNaming(f)
		}
		if !f.weak && !f.apart && len(f.people) >= 2 && f.from < f.to {
			e.clauses = append(e.clauses, [2]int{s.placeStart(f), f.to})
		}
		e.video = e.video || f.video
		return true
	}
	return false
}

// apartCountries reports two place entities known to lie in different
// countries.
func (s *docState) apartCountries(a, b int) bool {
	ea, eb := s.in.Resolved.Entities[a].Entry, s.in.Resolved.Entities[b].Entry
	return ea != nil && eb != nil && ea.Country != "" && eb.Country != "" && ea.Country != eb.Country
}

// sortedSents returns f.evSents in order, sorting them again only when
// they were set or changed other than by addSent.
func (f *found) sortedSents() []int {
	if len(f.sorted) != len(f.evSents) {
		f.sorted = slices.Sorted(slices.Values(f.evSents))
	}
	return f.sorted
}

// nearestSent returns the distance from sentence k to the nearest of
// f's evidence sentences (1<<30 when there is none), in log time.
func (f *found) nearestSent(k int) int {
	s := f.sortedSents()
	i, _ := slices.BinarySearch(s, k)
	dist := 1 << 30
	if i < len(s) {
		dist = s[i] - k
	}
	if i > 0 {
		dist = min(dist, k-s[i-1])
	}
	return dist
}

// addSent adds sentence k to f's evidence, unless it is there.
func (f *found) addSent(k int) {
	s := f.sortedSents()
	i, ok := slices.BinarySearch(s, k)
	if ok {
		return
	}
	f.evSents = append(f.evSents, k)
	f.sorted = slices.Insert(s, i, k)
}

// event writes the record of f.
func (s *docState) event(f *found, n int) doc.Event {
	span := func(a, b int) (int, int, string) {
		x, y := s.in.Text.Span(a, b)
		return x, y, s.in.Text.Original(x, y)
	}
	ev := doc.Event{
		ID:     fmt.Sprintf("%s/meeting-%d", s.in.DocID, n),
		Type:   "meeting",
		Status: f.status,
	}
	tk := s.toks[f.tok]
	a, b, txt := span(tk.Start+f.prefix, tk.End)
	ev.Trigger = doc.Span{Text: txt, Start: a, End: b, Sentence: f.sent}
	// Evidence in text order (a headline read last comes first).
	for _, k := range slices.Sorted(slices.Values(f.evSents)) {
		sn := s.in.Analysis.SentenceOf(k)
		a, b, txt := span(sn.Start, sn.End)
		ev.Evidence = append(ev.Evidence, doc.Span{Text: txt, Start: a, End: b, Sentence: k})
	}
	loc := -1
	if !f.video {
		loc = s.location(f)
	}
	if loc >= 0 {
		ev.Location = &doc.Location{Entity: s.in.Resolved.Entities[loc].Out.ID}
	}
	var future bool
	ev.Date, future = s.date(f)
	// ويجري محادثات مع نتانياهو الخميس (published that Thursday morning),
	// يلتقي ماكرون ظهر اليوم الملك: the day's programme, told in the
	// present and dated the day of publication, is yet to happen.
	if ev.Date != nil && !future && !s.in.Published.IsZero() && ev.Date.Value == s.in.Published.Format("2006-01-02") && (s.imperfect(f) || s.heldPresent(f)) {
		future = true
	}
	if ev.Date != nil && !future && ev.Date.Value != "" && (s.imperfect(f) || f.status == doc.Planned) {
		// يستقبل … الاثنين، ستختتم بقمة … الاثنين: a present-tense or
		// future verb with a weekday tells of the coming one, not the
		// last (for a plan, the same weekday as publication is that day).
		pub := s.in.Published
		if d, err := time.Parse("2006-01-02", ev.Date.Value); err == nil && !pub.IsZero() && (d.Before(pub) || !d.After(pub) && s.imperfect(f)) && pub.Sub(d) < 7*24*time.Hour && weekdayOnly(ev.Date.Text) {
			ev.Date.Value = d.AddDate(0, 0, 7).Format("2006-01-02")
			future = true
		}
	}
	// على مدار 5 أيام، التقى خلالها الرئيس الأميركي: a meeting during a
	// stay of days has no day of its own (the place of the stay stays).
	if sa, sb := s.sentenceTokens(f.tok); !future && f.status == doc.Occurred && duringSpan(s.toks, f.tok, sa, sb) {
		ev.Date = nil
	}
	if future {
		ev.Status = doc.Planned
	}
	members, sents := s.summitMembers(f, ev.Date)
	if len(members) > 0 {
		f.people = append(slices.Clip(f.people), members...)
		for _, k := range sents {
			if !slices.ContainsFunc(ev.Evidence, func(e doc.Span) bool { return e.Sentence == k }) {
				sn := s.in.Analysis.SentenceOf(k)
				a, b, txt := span(sn.Start, sn.End)
				ev.Evidence = append(ev.Evidence, doc.Span{Text: txt, Start: a, End: b, Sentence: k})
			}
		}
		slices.SortFunc(ev.Evidence, func(a, b doc.Span) int { return a.Start - b.Start })
	}
	ev.Participants = s.roles(f, loc)
	for i, p := range ev.Participants {
		if slices.ContainsFunc(members, func(e int) bool { return s.in.Resolved.Entities[e].Out.ID == p.Entity }) {
			ev.Participants[i].Via = doc.ViaMember
		}
	}
	return ev
}

// visitCues tell of a visit or an arrival.
var visitCues = lex.Set("visitCues")

// location finds where the meeting took place: a place after a locative
// cue in the trigger's clause, else in another evidence sentence (a city
// before a country), else where a visit or an arrival of a participant
// took them anywhere in the document, else none.
func (s *docState) location(f *found) int {
	// قمة هلسنكي، لقاء موسكو: the place that names the meeting.
	if f.trig.nominal {
		for _, mi := range s.bySent[f.sent] {
			m := s.in.Resolved.Mentions[mi]
			if m.First == f.tok+1 && m.Start == s.toks[m.First].Start && s.in.Resolved.Entities[m.Entity].Out.Type == gazetteer.TypePlace && !m.InTitle {
				return m.Entity
			}
		}
	}
	// In the trigger's clause, a place after the trigger first (وبعد
	// لقاءات في صنعاء، التقى غريفيث هادي في عدن), then one before it.
	host, home := s.hostCountry(f)
	for _, span := range [][2]int{{f.tok, f.to}, {f.lead, f.tok}} {
		p := s.placeIn([]int{f.sent}, span[0], span[1], nil, true)
		if p < 0 {
			continue
		}
		// استقبل بوتين … ولي عهد أبوظبي نائب القائد الأعلى للقوات المسلحة
		// في دولة الإمارات: the guest's country, named with the guest, is
		// not where a host who stays at home receives.
		if countryLike(s.in.Resolved.Entities[p].Entry) && home != "" && s.placeCountry(p) != home && !s.travels(host) && s.guestCountry(f, host, s.placeCountry(p)) {
			continue
		}
		// في مقر وزارة الخارجية الألمانية: the seat's city is more exact than a country.
		if c := s.seatIn(f); c >= 0 && countryLike(s.in.Resolved.Entities[p].Entry) {
			return c
		}
		return s.cityOf(p, f)
	}
	// The place a merged fragment's summit is named after (قمة بانمونغوم).
	if f.named >= 0 {
		return f.named
	}
	// في مقر البرلمان، بمقر وزارة الخارجية الألمانية: a government's seat
	// is in its capital, when the text names it.
	if p := s.seatIn(f); p >= 0 {
		return p
	}
	// استقبل الرئيس السوداني عمر البشير، الأحد، وزير الخارجية القطري: a
	// host receives at home. A place other sentences give must be in the
	// host's country; else its capital or the country, when the text
	// names them.
	if home != "" {
		p := s.fallbackPlace(f)
		// وصل ماكرون إلى الولايات المتحدة … واستقبل ماكرون السفير: a
		// host who travels receives where he is.
		if p >= 0 && (s.placeCountry(p) == home || s.travels(host)) {
			// The host's country itself: its capital when the text names it.
			if countryLike(s.in.Resolved.Entities[p].Entry) && s.placeCountry(p) == home {
				if c := s.placeOfKind("capital", home); c >= 0 {
					return c
				}
			}
			return p
		}
		// Its capital when the text names it (the seat of most
		// receptions), else the country.
		if c := s.placeOfKind("capital", home); c >= 0 {
			return c
		}
		if c := s.placeOfKind("country", home); c >= 0 {
			return s.cityOf(c, f)
		}
		return -1
	}
	return s.fallbackPlace(f)
}

// seatWords name the building of a body (مقر، مبنى): a meeting there is
// where the body sits.
var seatWords = lex.Set("seatWords")

// seatIn returns the capital of the country whose ministry or government
// body the trigger's clause names right after a seat word (اجتماع في
// مقر البرلمان بين …), when the document names that capital; else -1.
// An organization of no country (the United Nations) or of another kind
// (an embassy, a party) sits anywhere.
func (s *docState) seatIn(f *found) int {
	for _, mi := range s.bySent[f.sent] {
		m := s.in.Resolved.Mentions[mi]
		if m.First < f.from || m.First <= 0 || m.First >= f.to {
			continue
		}
		e := s.in.Resolved.Entities[m.Entity]
		if e.Out.Type != gazetteer.TypeOrganization || e.Entry == nil || e.Entry.Country == "" ||
			(e.Entry.Kind != "ministry" && e.Entry.Kind != "government-body") {
			continue
		}
		if m.Start != s.toks[m.First].Start || !s.hasStemIn(seatWords, m.First-1) {
			continue
		}
		if c := s.placeOfKind("capital", e.Entry.Country); c >= 0 {
			return c
		}
	}
	// في مقر البرلمان بين رئيس مجلس النواب … ورئيس الوزراء …: a body
	// named bare is the one of the country all its known participants
	// serve.
	for i := max(f.from, 0); i+1 < f.to; i++ {
		if s.named[i+1] || !s.hasStemIn(seatWords, i) || !seatBodies[s.toks[i+1].Text] {
			continue
		}
		if cc := s.peopleCountry(f); cc != "" {
			return s.placeOfKind("capital", cc)
		}
		break
	}
	return -1
}

// seatBodies are the bodies of a state that sit in its capital, named
// bare after a seat word (مقر البرلمان، مقر الحكومة، مبنى الوزارة).
var seatBodies = lex.Set("seatBodies")

// peopleCountry returns the country of every participant of f a list
// knows, when there are two such and they share it; else "".
func (s *docState) peopleCountry(f *found) string {
	cc, n := "", 0
	for _, p := range f.people {
		e := s.in.Resolved.Entities[p].Entry
		if e == nil || e.Country == "" {
			continue
		}
		if cc != "" && e.Country != cc {
			return ""
		}
		cc, n = e.Country, n+1
	}
	if n < 2 {
		return ""
	}
	return cc
}

// hostCountry returns the host of a meeting told with a verb of
// receiving whose subject is named in its clause (استقبل الأسد …) and
// the host's country; -1 and "" when there is none.
func (s *docState) hostCountry(f *found) (int, string) {
	if f.trig.family != Receive || f.trig.nominal || len(f.people) < 2 {
		return -1, ""
	}
	// The subject in the verb's own clause: the last person before it
	// (الأسد يستقبل), else the first within a few words after it
	// (استقبل الرئيس السوداني عمر البشير).
	host := -1
	for _, mi := range s.bySent[f.sent] {
		m := s.in.Resolved.Mentions[mi]
		if s.in.Resolved.Entities[m.Entity].Out.Type != gazetteer.TypePerson {
			continue
		}
		if m.First >= f.from && m.Last <= f.tok {
			host = m.Entity
		}
		// Not past a name that is no person's (واستقبل أعضاء الكونغرس
		// الرئيس الفرنسي: the Congress received him).
		if host < 0 && m.First > f.tok && m.First <= f.tok+hostReach {
			if !s.namedWithin(f.tok+1, m.First) {
				host = m.Entity
			}
			break
		}
	}
	if host < 0 || !slices.Contains(f.people, host) {
		return -1, ""
	}
	if e := s.in.Resolved.Entities[host].Entry; e != nil {
		return host, e.Country
	}
	return -1, ""
}

// guestCountry reports a participant of f other than the host whose
// country is cc.
func (s *docState) guestCountry(f *found, host int, cc string) bool {
	for _, p := range f.people {
		if e := s.in.Resolved.Entities[p].Entry; p != host && e != nil && e.Country == cc {
			return true
		}
	}
	return false
}

// namedWithin reports a token of a name in [a, b).
func (s *docState) namedWithin(a, b int) bool {
	for i := a; i < b; i++ {
		if s.named[i] {
			return true
		}
	}
	return false
}

// travels reports a sentence that tells of person e arriving or visiting.
func (s *docState) travels(e int) bool {
	if s.travelers == nil {
		// Once per document: who arrives or visits anywhere in it.
		s.travelers = map[int]bool{}
		for k := 1; k <= len(s.in.Analysis.Sentences); k++ {
			for _, mi := range s.bySent[k] {
				if m := s.in.Resolved.Mentions[mi]; !s.travelers[m.Entity] && s.visitNear(m, k) {
					s.travelers[m.Entity] = true
				}
			}
		}
	}
	return s.travelers[e]
}

// hostReach is how many words after a verb of receiving its subject may
// begin (a title before the name: استقبل الرئيس السوداني عمر البشير).
const hostReach = 5

// placeCountry returns the country code of place entity p ("" unknown).
func (s *docState) placeCountry(p int) string {
	if e := s.in.Resolved.Entities[p].Entry; e != nil {
		return e.Country
	}
	return ""
}

// placeOfKind returns the place entity of the document of that kind
// (country, capital) in the country with code cc, or -1.
func (s *docState) placeOfKind(kind, cc string) int {
	for i, e := range s.in.Resolved.Entities {
		if e.Out.Type == gazetteer.TypePlace && e.Entry != nil && e.Entry.Kind == kind && e.Entry.Country == cc {
			return i
		}
	}
	return -1
}

// relativeHolder returns the first token of the person named right
// before a relative pronoun that a verb of holding (and a word of time)
// separate from the meeting noun at ti (غوتيريش، الذي عقد مؤخرا اجتماعا),
// else -1.
func (s *docState) relativeHolder(ti, from int) int {
	i := ti - 1
	if i <= from || !s.hasStemIn(holdVerbs, i) && !s.hasStemIn(recentWords, i) {
		return -1
	}
	for i > from && (s.hasStemIn(holdVerbs, i) || s.hasStemIn(recentWords, i)) {
		i--
	}
	if !relativeWords[s.toks[i].Text] || i-1 < from {
		return -1
	}
	for _, mi := range s.bySent[s.toks[i].Sentence] {
		if m := s.in.Resolved.Mentions[mi]; m.Last == i && s.in.Resolved.Entities[m.Entity].Out.Type == gazetteer.TypePerson {
			return m.First
		}
	}
	return -1
}

// vagueRecentWords place a meeting lately or before, with no day.
var vagueRecentWords = lex.Set("vagueRecentWords")

// recentWords place a meeting lately (مؤخرا، حديثا).
var recentWords = lex.Set("recentWords")

// placeStart returns where the places of f's clause may begin: after
// وذلك, which ties the meeting to what the sentence told before it (قال
// أوغلو إن تركيا ستتحرك في منطقة منبج، وذلك عقب اجتماعه مع بومبيو في
// بروكسل: Manbij is what was said, Brussels where they met); else f.from.
func (s *docState) placeStart(f *found) int {
	for i := f.tok - 1; i > f.from; i-- {
		if s.hasStemIn(thatTies, i) {
			return i + 1
		}
	}
	return f.from
}

// tiedStart returns the token after وذلك when a meeting trigger follows
// it in sentence k (see placeStart), else 0: where an evidence
// sentence's places may begin.
func (s *docState) tiedStart(k int) int {
	a, b := s.sentenceRange(k)
	for i := a; i < b; i++ {
		// Not وذلك قبيل اجتماع: another meeting, to come.
		if s.hasStemIn(thatTies, i) && s.reportsMeeting(i+1, b) && !(i+1 < b && s.hasStemIn(beforeWords, i+1)) {
			return i + 1
		}
	}
	return 0
}

// thatTies (وذلك) ties what follows to what the sentence told before.
var thatTies = lex.Set("thatTies")

// fallbackPlace returns the place of f that sentences other than the
// trigger's clause give, or -1.
func (s *docState) fallbackPlace(f *found) int {
	own := append([]int{f.tok}, f.triggers...)
	// اجتمع برئيس البنك المركزي قبيل سفره إلى الخارج: before the trip,
	// at home; a place the trip or the visit names is not the meeting's.
	for i := max(f.from+1, f.tok+1); i < f.to; i++ {
		if s.hasStemIn(departureNouns, i) && s.hasStemIn(beforeWords, i-1) {
			return -1
		}
	}
	// ويسعى كيم … بعد قمته مع ترامب التي انعقدت في سنغافورة: the
	// clause of another report of the meeting before any place its
	// other sentences name (إلى سيول، of a visit cancelled).
	// A city only: a country there is as often what the talks were
	// about (اتفقوا بعد قمة … على وحدة سوريا).
	for _, c := range f.clauses {
		if p := s.placeIn([]int{s.toks[c[0]].Sentence}, c[0], c[1], nil, false, own...); p >= 0 && !countryLike(s.in.Resolved.Entities[p].Entry) {
			return p
		}
	}
	// إثر اختتامهم قمة في كندا … مؤتمر صحافي عقده إثر القمة: the summit
	// the article opens on, its place (see date).
	if f.status == doc.Occurred {
		if k := s.leadSame(f); k > 0 {
			if p := s.placeIn([]int{k}, s.tiedStart(k), len(s.toks), nil, false, own...); p >= 0 {
				return p
			}
		}
	}
	// لوح لافروف، في طوكيو، الأربعاء … وقال لافروف بعد لقائه مع نظيره
	// الياباني: the lead that dates the meeting (its scene) places it
	// too, by a city it names with a locative cue.
	// Only a place within a few words after a participant's name, where
	// the lead puts him (not a topic further on: عفرين).
	if lead := s.leadSentence(); f.status == doc.Occurred && lead > 0 && lead != f.sent && slices.Contains(s.scene(f), lead) {
		for _, mi := range s.bySent[lead] {
			m := s.in.Resolved.Mentions[mi]
			if !slices.Contains(f.people, m.Entity) {
				continue
			}
			if p := s.placeIn([]int{lead}, m.Last, m.Last+6, nil, false, own...); p >= 0 && !countryLike(s.in.Resolved.Entities[p].Entry) && s.inAt(lead, p, m.Last, m.Last+6) {
				return p
			}
			break
		}
	}
	p := -1
	for _, k := range f.evSents[1:] {
		if p = s.placeIn([]int{k}, s.tiedStart(k), len(s.toks), nil, false, own...); p >= 0 {
			break
		}
	}
	if p >= 0 && !countryLike(s.in.Resolved.Entities[p].Entry) {
		return p
	}
	// A country the evidence names (إعادة الأمن إلى سورية) gives way to
	// a city of it a participant's visit names (وصل باقري إلى دمشق).
	var visits []int
	for k := 1; k <= len(s.in.Analysis.Sentences); k++ {
		visits = append(visits, k)
	}
	if v := s.placeIn(visits, 0, len(s.toks), f.people, false); v >= 0 && (p < 0 || !countryLike(s.in.Resolved.Entities[v].Entry) && s.placeCountry(v) == s.placeCountry(p)) {
		return v
	}
	return p
}

// inAt reports a mention of place p in tokens [a, b) of sentence k right
// after في or behind the clitic ب (في طوكيو، بطوكيو): where someone is,
// not where a visit goes (لزيارة سيول).
func (s *docState) inAt(k, p, a, b int) bool {
	for _, mi := range s.bySent[k] {
		m := s.in.Resolved.Mentions[mi]
		if m.Entity != p || m.First < a || m.First >= b {
			continue
		}
		if m.First > 0 && s.toks[m.First-1].Text == "في" {
			return true
		}
		if off := m.Start - s.toks[m.First].Start; off > 0 && []rune(s.toks[m.First].Text)[off-1] == 'ب' {
			return true
		}
		// على هامش منتدى سان بطرسبورغ: the place a forum is named after.
		if m.First > 1 && summitNouns[s.toks[m.First-1].Text] && s.hasStemIn(marginWords, m.First-2) {
			return true
		}
	}
	return false
}

// departureNouns after قبل/قبيل place a meeting before its subject's
// trip (قبيل سفره، قبل مغادرته).
var departureNouns = lex.Set("departureNouns")

// ownInQuote reports whether one of the trigger tokens own stands in
// quotation q of the sentence that starts at rune sentStart: a place or
// day inside it is the meeting's own (قالت زاخاروفا إن "… للقمة بين
// الرئيسين التي عقدت، الاثنين، في هلسنكي").
func (s *docState) ownInQuote(own []int, quotes [][2]int, q, sentStart int) bool {
	for _, t := range own {
		if t < len(s.toks) && quoteOf(quotes, s.toks[t].Start-sentStart) == q {
			return true
		}
	}
	return false
}

// cityOf returns, for a country p, a city of that country named with a
// locative cue in another evidence sentence of f (التقى بوتين السيسي في
// روسيا … وعقدت القمة في سوتشي): the more precise place. Else p.
func (s *docState) cityOf(p int, f *found) int {
	e := s.in.Resolved.Entities[p].Entry
	if e == nil || e.Kind != "country" || e.Country == "" {
		return p
	}
	ms := s.in.Resolved.Mentions
	for _, k := range f.evSents[1:] {
		for _, mi := range s.bySent[k] {
			m := ms[mi]
			c := s.in.Resolved.Entities[m.Entity]
			if c.Out.Type == gazetteer.TypePlace && c.Entry != nil && c.Entry.Country == e.Country &&
				!countryLike(c.Entry) && s.locative(m) && !s.topical(m) {
				return m.Entity
			}
		}
	}
	return p
}

// placeIn returns the first city-like place with a locative cue in the
// sentences, within tokens [from, to), or the first country. With
// visitors, only sentences that tell of a visit or an arrival of one of
// them count; unless quoted, not a place inside quotation marks.
func (s *docState) placeIn(sents []int, from, to int, visitors []int, quoted bool, own ...int) int {
	ms := s.in.Resolved.Mentions
	country := -1
	for _, k := range sents {
		// What someone said (وتابع: "كانت فرصة لمناقشة الإعمار في دارفور")
		// places what it says, not the meeting of another sentence.
		var quotes [][2]int
		var sn tokenize.Sentence
		if !quoted {
			sn = s.in.Analysis.SentenceOf(k)
			quotes = quoteSpans(s.in.Text.Runes[sn.Start:sn.End])
		}
		lo := from
		if visitors != nil {
			a, b := s.sentenceRange(k)
			v := s.visitorAt(k, visitors)
			if a == b || v < 0 {
				continue
			}
			// أرسلت 100 مليون دولار إلى واشنطن … زيارة بومبيو إلى الرياض:
			// the visit's place follows its visitor.
			lo = max(lo, v)
		}
		// The sentence's mentions are in text order: start at from.
		in := s.bySent[k]
		start := sort.Search(len(in), func(i int) bool { return ms[in[i]].First >= lo })
		for _, mi := range in[start:] {
			m := ms[mi]
			if m.First >= to {
				break
			}
			e := s.in.Resolved.Entities[m.Entity]
			if len(quotes) > 0 {
				if q := quoteOf(quotes, m.Start-sn.Start); q >= 0 && !s.ownInQuote(own, quotes, q, sn.Start) {
					continue
				}
			}
			// قمتهما التاريخية التي تستضيفها سنغافورة: the place that hosts
			// is where, as a locative cue's is.
			if e.Out.Type != gazetteer.TypePlace || !s.locative(m) && !s.has(venueVerbs, max(0, m.First-2), m.First) || s.topical(m) || s.departure(m) && !s.journeyTo(m) {
				continue
			}
			if countryLike(e.Entry) {
				if country < 0 {
					country = m.Entity
				}
				continue
			}
			return m.Entity
		}
		if country >= 0 {
			return country
		}
	}
	return country
}

// departure reports a place someone leaves for (قبيل سفره إلى لندن، بعد
// عودته إلى أنقرة): the meeting was not there.
func (s *docState) departure(m resolve.Mention) bool {
	// من رحلته إلى السعودية وتركيا: a place joined by و to the one a
	// departure names is where it went too.
	if off := m.Start - s.toks[m.First].Start; off > 0 && []rune(s.toks[m.First].Text)[off-1] == 'و' && m.First > 0 {
		for _, mi := range s.bySent[m.Sentence] {
			if p := s.in.Resolved.Mentions[mi]; p.Last == m.First && p.First < m.First && s.in.Resolved.Entities[p.Entity].Out.Type == gazetteer.TypePlace {
				return s.departure(p)
			}
		}
	}
	i, ok := s.destinationOf(m)
	if !ok {
		return false
	}
	if i >= 0 && s.toks[i].Sentence == m.Sentence && s.hasStemIn(departureWords, i) {
		return true
	}
	// إرسال قوات إلى سوريا: what is sent, then where to.
	if i > 0 && s.toks[i-1].Sentence == m.Sentence && s.hasStemIn(sendWords, i-1) {
		return true
	}
	// تقديم مساعدات غذائية إلى بيونغ يانغ: a thing that goes there, an
	// adjective between.
	for j := i; j >= 0 && j >= i-1 && s.toks[j].Sentence == m.Sentence; j-- {
		if s.hasStemIn(sentThings, j) {
			return true
		}
	}
	return false
}

// sentThings are things that go to a place (مساعدات، شحنات، صادرات): the
// place after إلى is theirs, not a meeting's.
var sentThings = lex.Set("sentThings")

// destinationOf reports a place mention m told as where someone went:
// with ل on its first word, or after إلى or نحو (towardWords). i is the
// token before that: the word of going, when there is one (-1 at the
// document's start).
func (s *docState) destinationOf(m resolve.Mention) (i int, ok bool) {
	i = m.First - 1
	if off := m.Start - s.toks[m.First].Start; off > 0 && []rune(s.toks[m.First].Text)[off-1] == 'ل' {
		return i, true
	}
	if i < 0 || s.toks[i].Sentence != m.Sentence || !towardWords[s.toks[i].Text] {
		return i, false
	}
	return i - 1, true
}

// sendWords send something (troops, aid, a delegation) to a place: the
// place is where it goes, not where a meeting is.
var sendWords = lex.Set("sendWords")

// towardWords after departureWords say where someone went.
var (
	towardWords    = lex.Set("towardWords")
	departureWords = lex.Set("departureWords")
)

// countryLike reports a country or a region: a place less precise than
// a city.
func countryLike(e *gazetteer.Entry) bool {
	return e != nil && (e.Kind == "country" || e.Kind == "region")
}

// visits reports whether sentence k tells of a visit or an arrival of
// one of the entities: a visit word up to six tokens before its mention
// (room for a title: وصل وزير الخارجية الأردني أيمن الصفدي) or right
// after it (وصل بوتين، زيارة الأسد، الأسد يزور).
func (s *docState) visits(k int, ents []int) bool {
	return s.visitorAt(k, ents) >= 0
}

// visitorAt returns where the visit of one of ents that sentence k tells
// begins — its word of visiting before the visitor, or the visitor's
// first token — or -1.
func (s *docState) visitorAt(k int, ents []int) int {
	for _, mi := range s.bySent[k] {
		m := s.in.Resolved.Mentions[mi]
		if !slices.Contains(ents, m.Entity) || !s.visitNear(m, k) {
			continue
		}
		a, _ := s.sentenceRange(k)
		for i := max(a, m.First-6); i < m.First; i++ {
			if s.has(visitCues, i, i+1) {
				return i
			}
		}
		return m.First
	}
	return -1
}

// visitNear reports a visit cue right around mention m of sentence k:
// up to six words before it or two after (وصل الرئيس X، X الذي يزور).
func (s *docState) visitNear(m resolve.Mention, k int) bool {
	a, b := s.sentenceRange(k)
	return s.has(visitCues, max(a, m.First-6), m.First) || s.has(visitCues, m.Last, min(b, m.Last+2))
}

// sentenceRange returns the token range [a, b) of sentence k; a == b
// when it has no tokens.
func (s *docState) sentenceRange(k int) (int, int) {
	r := s.sentToks[k]
	return r[0], r[1]
}

// locative reports a cue before a place mention: a clitic ب or a
// preposition (في، إلى) or a word such as العاصمة right before it.
func (s *docState) locative(m resolve.Mention) bool {
	tok := []rune(s.toks[m.First].Text)
	if off := m.Start - s.toks[m.First].Start; off > 0 && tok[off-1] == 'ب' {
		return true
	}
	// زيارته لباريس: ل after a word of visit.
	if off := m.Start - s.toks[m.First].Start; off > 0 && tok[off-1] == 'ل' && m.First > 0 && s.toks[m.First-1].Sentence == m.Sentence && s.hasStemIn(visitVerbs, m.First-1) {
		return true
	}

	for i := m.First - 1; i >= 0 && i >= m.First-2; i-- {
		if s.toks[i].Sentence != m.Sentence {
			break
		}
		if s.hasStemIn(locativeCues, i) || s.hasStemIn(visitVerbs, i) {
			return true
		}
	}
	// توجه للبيت الأبيض لعقد اجتماع، وصل إلى الرياض للقاء: where a
	// journey went to meet is where the meeting is.
	if s.journeyTo(m) {
		return true
	}
	// على هامش قمة بروكسل: the place a summit is named after is where
	// the meetings on its margins are.
	if i := m.First - 1; i > 0 && s.toks[i-1].Sentence == m.Sentence && summitNouns[s.toks[i].Text] && s.hasStemIn(marginWords, i-1) {
		return true
	}
	// وزار الرئيس الإماراتي محمد بن زايد روسيا: the visit's subject
	// between the verb and the place.
	if i := m.First - 1; i > 0 && s.named[i] && s.personAt(i) && !s.personCovers(m.First) {
		for i > 0 && s.named[i] {
			i--
		}
		for k := i; k >= 0 && k >= i-visitSubjectReach && s.toks[k].Sentence == m.Sentence && !s.named[k]; k-- {
			if s.hasStemIn(visitVerbs, k) {
				return true
			}
		}
	}
	return false
}

// journeyTo reports a place a journey went or sets out to (إلى X, لX
// right after the verb) when a meeting of purpose follows the place
// within three words (لعقد اجتماع، للقاء، لإجراء محادثات). Not a return
// (عاد إلى أنقرة بعد لقائه): the verb of going is journeyPast's or
// setOutVerbs' other than a return's.
func (s *docState) journeyTo(m resolve.Mention) bool {
	i, ok := s.destinationOf(m)
	if !ok || i < 0 || s.toks[i].Sentence != m.Sentence || !(s.hasStemIn(journeyPast, i) || s.hasStemIn(setOutVerbs, i)) || s.hasStemIn(returnVerbs, i) {
		return false
	}
	var buf tokenize.StemBuf
	for k := m.Last; k < len(s.toks) && k < m.Last+3 && s.toks[k].Sentence == m.Sentence; k++ {
		if !strings.HasPrefix(s.toks[k].Text, "ل") {
			continue
		}
		if s.hasStemIn(holdWords, k) {
			return true
		}
		if t, _, ok := s.triggerAt(k, &buf); ok && t.family != Visit {
			return true
		}
	}
	return false
}

// returnVerbs are journeys home, which a meeting does not follow there.
var returnVerbs = lex.Set("returnVerbs")

// visitSubjectReach is how many words (a title) may stand between a
// verb of visit and its subject's name before the place visited.
const visitSubjectReach = 3

// summitNouns are the meeting nouns a summit's place may follow (قمة
// بروكسل، اجتماعات نيويورك).
var summitNouns = lex.Set("summitNouns")

// envoyWords name a post whose place is not where a meeting is.
var envoyWords = lex.Set("envoyWords")

// timeWords are times that may stand between a person and where they were.
var timeWords = lex.Set("timeWords")

// visitVerbs take the place visited as their object.
var visitVerbs = lex.Set("visitVerbs")

// topical reports a place that is what was discussed (التطورات في إدلب),
// not where: a topic word stands within three tokens before it. A place
// named inside a title (المبعوث الخاص للرئيس الروسي إلى سوريا) is not
// where either.
func (s *docState) topical(m resolve.Mention) bool {
	if m.InTitle || s.officePlace(m) {
		return true
	}
	for i := m.First - 1; i >= 0 && i >= m.First-4; i-- {
		if s.toks[i].Sentence != m.Sentence || timeWords[s.toks[i].Text] {
			// A time ends the description: المبعوث الأممي الخميس في
			// سلطنة عمان is where the envoy was, not the envoy's post
			// (السفير التركي في سلطنة عمان).
			break
		}
		// المهاجرين الذين يعتمدون ليبيا نقطة انطلاق نحو أوروبا، لقطع
		// الطريق أمام القاعدة للعودة إلى غرب العراق: where others go or
		// come back to is a topic, not where the meeting was.
		if i >= m.First-3 && (s.hasStemIn(topicWords, i) || s.hasStemIn(motionNouns, i)) || s.hasStemIn(envoyWords, i) {
			return true
		}
	}
	return false
}

// aimVerbs in the present before a meeting noun make it the setting of
// an aim, yet to come (يهدف لتعزيز موقف كيم في اجتماعه).
var aimVerbs = lex.Set("aimVerbs")

// complementizerWithin reports a complementizer in tokens [a, b).
func (s *docState) complementizerWithin(a, b int) bool {
	for i := a; i < b; i++ {
		if s.complementizer(i) {
			return true
		}
	}
	return false
}

// hintVerbs before إلى and a meeting noun make it hinted at (تلمح إلى قمة).
var hintVerbs = lex.Set("hintVerbs")

// motionNouns are verbal nouns of others' moving (انطلاق، العودة،
// الهجرة، التسلل): a place right after them is where they go.
var motionNouns = lex.Set("motionNouns")

// officePlace reports a place that ends an office title before a name:
// وزير الدولة للشؤون الخارجية في الإمارات أنور قرقاش is the minister's
// country, not where he met anyone.
func (s *docState) officePlace(m resolve.Mention) bool {
	if m.Last >= len(s.toks) || s.toks[m.Last].Sentence != m.Sentence || !s.named[m.Last] || !s.personAt(m.Last) {
		return false
	}
	for i := m.First - 1; i >= 0 && i >= m.First-5 && s.toks[i].Sentence == m.Sentence; i-- {
		if s.hasStemIn(officeWords, i) {
			return true
		}
	}
	return false
}

// officeWords head an office title.
var officeWords = lex.Set("officeWords")

// date takes the date expression of the trigger's clause (the best
// ranked, nearest the trigger), else the best of the other evidence
// sentences. future reports a date after publication
// or a future expression (الأسبوع المقبل).
func (s *docState) date(f *found) (*doc.Date, bool) {
	// القمة التي عقدها الأسبوع الماضي مع ترامب … وتواجد كيم في بكين
	// الأربعاء: what the trigger's own clause says of the time comes first,
	// vague as it may be; another sentence's day is often another event's.
	if d, future := s.dateIn(f, []int{f.sent}, 0); d != nil {
		// كتب في 13 يونيو بعد يوم واحد من اجتماعه، بيان وقع الاثنين
		// غداة لقاء: the day named before "a day after the meeting" is
		// the day after the meeting's.
		if n := s.daysAfter(f); n > 0 && !future && d.Value != "" && d.Start < s.in.Text.Origin(s.toks[f.tok].Start) {
			if t, err := time.Parse("2006-01-02", d.Value); err == nil {
				d.Value = t.AddDate(0, 0, -n).Format("2006-01-02")
			}
		}
		return d, future
	}
	// والتزمت وسائل الإعلام الصمت عن لقاء كيم في قمة مؤخرا مع مون:
	// lately, without a day; another sentence's day is another event's.
	if s.has(vagueRecentWords, f.from, f.to) {
		return nil, false
	}
	// وكان الاثنان قد حضرا الاجتماع في 2016: a year before the
	// publication's in the trigger's clause; no other sentence's day is
	// this meeting's.
	if s.earlierYear(f.tok, f.to) {
		return nil, false
	}
	if d, future := s.dateIn(f, f.evSents, 0); d != nil {
		return d, future
	}
	// وصل لافروف إلى طوكيو الأربعاء. وصرح عقب لقائه مع نظيره …: the scene
	// set just before, a day named with a participant.
	// Only for a meeting reported in the past, and never a day to come:
	// the scene dates a meeting, it does not make it a plan. Not when its
	// own sentence places it earlier (مؤخرا، الأسبوع الماضي، عام 2016).
	if f.status != doc.Occurred || s.imperfect(f) {
		return nil, false
	}
	// أكد بن دغر، الأربعاء، أن … وجاء ذلك أثناء لقائه السفير: the
	// statement the meeting was the occasion of has its day.
	// أوضح بن دغر، الأربعاء … وأضاف بن دغر: "…" جاء ذلك أثناء لقائه: up
	// to three sentences back, through what the same person went on
	// saying.
	if sa, _ := s.sentenceTokens(f.tok); f.sent > 1 && f.trig.nominal && s.thatWas(f.tok, sa) {
		for k := f.sent - 1; k >= 1 && k >= f.sent-3; k-- {
			if d, future := s.dateIn(f, []int{k}, 2); d != nil && !future {
				return d, false
			}
			// Go on through what one of its people said, or a sentence
			// that names no one (the rest of a quotation).
			if len(f.people) == 0 || !s.saidBy(k, f.people[0]) && !(len(f.people) > 1 && s.saidBy(k, f.people[1])) && s.namesPerson(k) {
				break
			}
		}
	}
	// أعلن الرئيس اليمني هادي، الثلاثاء، أن … وجاءت تصريحات هادي، خلال
	// اللقاء مع غريفيث: the statement just told, its day (the sentence
	// before only: further back is often another event's).
	if sa, _ := s.sentenceTokens(f.tok); f.sent > 1 && f.trig.nominal && s.cameDuring(f.tok, sa) {
		if d, future := s.dateIn(f, []int{f.sent - 1}, 2); d != nil && !future {
			return d, false
		}
	}
	// أعلن السفير ماثيو تولر، الاثنين، رفض بلاده … وأكد تولر خلال لقائه
	// رئيس الحكومة …: what the meeting's subject said in the sentence
	// before, on a day, was said at the meeting.
	// أدان بومبيو إيران، الأحد … وقال بومبيو، خلال مؤتمر صحفي مشترك مع
	// الجبير: a stand taken, then what was said during a meeting noun.
	// (وقال لافرينتيف، الثلاثاء … وذكر لافرينتيف، بعد محادثات في جنيف مع
	// دي ميستورا: what he said right after talks, the same day; وأضاف
	// ماكرون في مؤتمر صحفي مشترك مع بوتين: at the press conference.)
	// Up to three sentences back, all his (قال ماكرون اليوم الخميس …
	// وقال ماكرون … وأضاف ماكرون في مؤتمر صحفي مشترك مع بوتين).
	if sa, _ := s.sentenceTokens(f.tok); f.sent > 1 && f.trig.nominal && (f.trig.suffixed || f.tok > sa && (s.hasStemIn(duringWords, f.tok-1) || s.hasStemIn(afterWords, f.tok-1) && !s.hasStemIn(sinceWords, f.tok-1) || f.trig.press && s.toks[f.tok-1].Text == "في")) && f.pre > 0 &&
		s.saidBy(f.sent, f.people[0]) {
		for k := f.sent - 1; k >= 1 && k >= f.sent-3; k-- {
			if !s.saidBy(k, f.people[0]) && !s.stancedBy(k, f.people[0]) {
				break
			}
			if d, future := s.dateIn(f, []int{k}, 2); d != nil && !future {
				return d, false
			}
		}
	}
	// تلقت أنقرة الأربعاء جرعة دعم من قطر. فقد وعد أميرها خلال اجتماع
	// مع أردوغان: a sentence opening on فقد and a verb tells how the one
	// before came about, on its day.
	if sa, sb := s.sentenceTokens(f.tok); f.sent > 1 && sa+1 < sb && s.toks[sa].Text == "فقد" && !strings.HasPrefix(s.toks[sa+1].Text, "ال") {
		if d, future := s.dateIn(f, []int{f.sent - 1}, 2); d != nil && !future {
			return d, false
		}
	}
	// بعد يوم من لقائه مع زعيم كوريا الشمالية: the scene's day is a span
	// after the meeting's.
	if sa, _ := s.sentenceTokens(f.tok); s.has(earlierTimes, f.from, f.to) || f.trig.nominal && s.timeSpanBefore(f.tok, sa, sequenceWords, false) {
		return nil, false
	}
	if d, future := s.dateIn(f, s.scene(f), 2); d != nil && !future {
		return d, false
	}
	// احتضنت العاصمة الروسية موسكو اليوم السبت محادثات بين وزراء خارجية
	// روسيا وإيران وتركيا … وعقد الوزراء لافروف وتشاوش أوغلو وظريف
	// اجتماعات في موسكو: the lead tells of talks with their day and
	// place, and none but its people; a meeting the body tells at that
	// place is them.
	if k := s.leadSentence(); k < f.sent && f.place >= 0 && !f.apart && s.leadMeetingAt(k, f.place, f.people) {
		if d, future := s.dateIn(f, []int{k}, 2); d != nil && !future {
			return d, false
		}
	}
	// أصدر زعماء مجموعة السبع تعهدا مشتركا السبت إثر اختتامهم قمة في
	// كندا … مؤتمر صحافي عقده إثر القمة: the summit of the lead, its day.
	// The article may open on a summary: its first three sentences.
	if f.place < 0 {
		if k := s.leadSame(f); k > 0 {
			if d, future := s.dateIn(f, []int{k}, 2); d != nil && !future {
				return d, false
			}
		}
	}
	return nil, false
}

// yearLeads stand right before a year that times what precedes them
// (في 2016، عام 2015).
var yearLeads = lex.Set("yearLeads")

// earlierYear reports a year before the publication's written as digits
// in tokens [from, to) (الاجتماع في 2016، قمة عام 2015).
func (s *docState) earlierYear(from, to int) bool {
	if s.in.Published.IsZero() {
		return false
	}
	for i := from; i < to && i < len(s.toks); i++ {
		t := s.toks[i].Text
		if len(t) != 4 || strings.Trim(t, "0123456789") != "" {
			continue
		}
		// في 2016، عام 2015; not منذ وقف إطلاق النار سنة 1953, the
		// time of something else.
		if i == 0 || !yearLeads[s.toks[i-1].Text] || s.has(sinceOpeners, max(from, i-6), i) {
			continue
		}
		if y, err := strconv.Atoi(t); err == nil && y >= 1900 && y < s.in.Published.Year() {
			return true
		}
	}
	return false
}

// leadSame returns the first of the article's first three sentences,
// before f's, that tells of f's meeting by the same noun (see
// leadSameMeeting), for a definite meeting noun not told apart; else 0.
func (s *docState) leadSame(f *found) int {
	if !f.definite || f.apart {
		return 0
	}
	lead := s.leadSentence()
	for k := lead; k < f.sent && k < lead+3; k++ {
		if s.leadSameMeeting(k, f) {
			return k
		}
	}
	return 0
}

// leadSameMeeting reports whether sentence k tells of a meeting by the
// noun of f's trigger without its article (قمة … القمة), naming no
// person but f's.
func (s *docState) leadSameMeeting(k int, f *found) bool {
	a, b := s.sentenceRange(k)
	if a == b {
		return false
	}
	noun := strings.TrimPrefix(string([]rune(s.toks[f.tok].Text)[f.prefix:]), "ال")
	same := false
	var buf tokenize.StemBuf
	for i := a; i < b && !same; i++ {
		if t, prefix, ok := s.triggerAt(i, &buf); ok && t.nominal {
			same = string([]rune(s.toks[i].Text)[prefix:]) == noun
		}
	}
	return same && s.onlyPeopleOf(k, f.people)
}

// leadMeetingAt reports whether sentence k tells of a meeting (not a
// visit) at place, naming no person but of people.
func (s *docState) leadMeetingAt(k, place int, people []int) bool {
	a, b := s.sentenceRange(k)
	if a == b || !s.reportsMeeting(a, b) || !s.onlyPeopleOf(k, people) {
		return false
	}
	for _, mi := range s.bySent[k] {
		// Where it was (بروما، احتضنت العاصمة الروسية موسكو), not a place
		// spoken of (موقف موسكو).
		// في الكويت for a meeting in العاصمة الكويتية: the country of
		// the place is where too.
		if m := s.in.Resolved.Mentions[mi]; (m.Entity == place || s.countryHolds(m.Entity, place)) && (s.locative(m) || s.has(hostPlaceVerbs, max(a, m.First-3), m.First)) {
			return true
		}
	}
	return false
}

// countryHolds reports whether place entity c is a country and place p
// lies in it.
func (s *docState) countryHolds(c, p int) bool {
	e := s.in.Resolved.Entities[c].Entry
	return e != nil && e.Kind == "country" && e.Country != "" && s.placeCountry(p) == e.Country
}

// hostPlaceVerbs have the place that hosts a meeting as their subject
// (احتضنت موسكو محادثات، استضافت الرياض اجتماعا); venueVerbs are those
// of them that only a place or a host does (not شهد, also "witnessed").
var (
	hostPlaceVerbs = lex.Set("hostPlaceVerbs")
	venueVerbs     = lex.Set("venueVerbs")
)

// scene returns the one or two sentences before f's that name one of its
// participants, report no meeting and tell of an arrival or a visit (or
// open the article): where the text may have set the day of the meeting
// it then reports. (Its city proved wrong as often as right: a scene's
// place is often what the story is about, not where anyone met.)
func (s *docState) scene(f *found) []int {
	var out []int
	if f.apart {
		return nil // وقبل ذلك، التقى …: another time
	}
	lead := s.leadSentence()
	for k := f.sent - 1; k >= 1 && k >= f.sent-2; k-- {
		a, b := s.sentenceRange(k)
		// أعلن بوريطة الثلاثاء خلال اجتماع في قرب الرباط … مشيرا خلال
		// مؤتمر صحافي مع ماكغورك: a lead that tells a meeting of no one
		// but the meeting's people sets its day too.
		if a == b || s.reportsMeeting(a, b) && !(k == lead && s.onlyPeopleOf(k, f.people)) {
			continue
		}
		// The scene is an arrival or a visit, or the article's lead; not
		// one yet to come (وقال ترامب إنه سيكون متواجدا عندما يصل ضيوف
		// بومبيو … الخميس: that Thursday is ahead).
		if k != lead && (!s.has(visitCues, a, b) || s.futureWithin(a, b)) {
			continue
		}
		for _, mi := range s.bySent[k] {
			if slices.Contains(f.people, s.in.Resolved.Mentions[mi].Entity) {
				out = append(out, k)
				break
			}
		}
	}
	return out
}

// onlyPeopleOf reports whether every person sentence k names is one of
// people.
func (s *docState) onlyPeopleOf(k int, people []int) bool {
	for _, mi := range s.bySent[k] {
		m := s.in.Resolved.Mentions[mi]
		if s.in.Resolved.Entities[m.Entity].Out.Type == gazetteer.TypePerson && !slices.Contains(people, m.Entity) {
			return false
		}
	}
	return true
}

// leadSentence returns the first sentence of the body: after the
// headline the text may open with.
func (s *docState) leadSentence() int {
	if end := s.headlineEnd(); end > 0 && end < len(s.toks) {
		return s.toks[end].Sentence
	}
	return 1
}

// earlierTimes in a meeting's clause place it before the scene around it.
var earlierTimes = lex.Set("earlierTimes")

// reportsMeeting reports a trigger other than a visit in tokens [a, b).
func (s *docState) reportsMeeting(a, b int) bool {
	var buf tokenize.StemBuf
	for i := a; i < b; i++ {
		if t, _, ok := s.triggerAt(i, &buf); ok && t.family != Visit {
			return true
		}
	}
	return false
}

// daysAfter reports how many days after the meeting at f the clause
// before it stands: 1 for غداة or بعد يوم (واحد) من, 2 for بعد يومين من;
// else 0.
func (s *docState) daysAfter(f *found) int {
	i := f.tok - 1
	if i < 0 || s.toks[i].Sentence != f.sent {
		return 0
	}
	if s.hasStemIn(dayAfterWords, i) {
		return 1
	}
	if s.toks[i].Text != "من" {
		return 0
	}
	i--
	if i >= 0 && (s.toks[i].Text == "واحد" || s.toks[i].Text == "واحدا") {
		i--
	}
	if i < 1 || s.toks[i-1].Text != "بعد" {
		return 0
	}
	switch s.toks[i].Text {
	case "يوم", "يوما":
		return 1
	case "يومين":
		return 2
	}
	return 0
}

// dayAfterWords before a meeting noun put the clause a day after it (غداة).
var dayAfterWords = lex.Set("dayAfterWords")

// undated reports a meeting noun with no date expression in its sentence
// and not told as the last one (آخر لقاء).
func (s *docState) undated(f *found) bool {
	if f.tok > 0 && s.toks[f.tok-1].Sentence == f.sent && lastBefore[s.toks[f.tok-1].Text] {
		return false
	}
	sn := s.in.Analysis.SentenceOf(f.sent)
	return len(dates.Find(s.in.Text.Runes[sn.Start:sn.End], s.in.Published)) == 0
}

// lastBefore, before a meeting noun, tell of the last one held (آخر لقاء).
var lastBefore = lex.Set("lastBefore")

// dateIn takes the most precise date expression of the sentences (in the
// trigger's sentence, of its clause), of rank minRank at least.
func (s *docState) dateIn(f *found, sents []int, minRank int) (*doc.Date, bool) {
	var (
		best     dates.Expr
		bestSent = -1
		bestRank = minRank - 1
	)
	for _, k := range sents {
		sn := s.in.Analysis.SentenceOf(k)
		exprs := dates.Find(s.in.Text.Runes[sn.Start:sn.End], s.in.Published)
		lo, hi := 0, sn.End-sn.Start
		trig := -1
		if k == f.sent {
			// In the trigger's sentence, only its clause counts (not
			// أبرمت يوم أمس after the topic), nearest the trigger first.
			lo = s.toks[f.lead].Start - sn.Start
			if f.to < len(s.toks) && s.toks[f.to].Sentence == k {
				hi = s.toks[f.to].Start - sn.Start
			}
			trig = s.toks[f.tok].Start - sn.Start
		}
		quotes := quoteSpans(s.in.Text.Runes[sn.Start:sn.End])
		// In another sentence, a trigger of the meeting merged from it
		// makes its quotation the meeting's words too.
		qtrig := trig
		if k != f.sent {
			for _, t := range f.triggers {
				if s.toks[t].Sentence == k {
					qtrig = s.toks[t].Start - sn.Start
				}
			}
		}
		for _, x := range exprs {
			if x.Start < lo || x.Start >= hi {
				continue
			}
			// قال بوتين في ختام لقائه أردوغان: «قررنا … ابتداء من 15
			// أكتوبر»: a date in what is said is not the meeting's.
			if otherQuote(quotes, x.Start, qtrig) {
				continue
			}
			// لويجي دي مايو: a word of a name is no month.
			if s.inName(sn.Start + x.Start) {
				continue
			}
			// … بعدما فرضت واشنطن رسوما في يونيو: a later clause of the
			// trigger's sentence times what it tells.
			if k == f.sent && x.Start > trig && s.subordinateBetween(sn.Start+trig, sn.Start+x.Start) {
				continue
			}
			// قمة بين كيم وترامب الذي أعلن الاثنين أن …: a day right
			// after a verb of saying that follows the trigger is the
			// saying's.
			if k == f.sent && x.Start > trig && s.saidOn(sn.Start+x.Start) {
				continue
			}
			// ويمثل هذا الاجتماع تحولا … بين البلدين اللذين تبادلا حربا
			// كلامية خلال العام الماضي: in another sentence, a span
			// (خلال، طوال، منذ) times what else it tells, not the meeting.
			if k != f.sent && s.spanBefore(k, sn.Start+x.Start) {
				continue
			}
			// وهذا أول لقاء بين كير ومشار منذ المعارك التي دارت في جوبا
			// في تموز/يوليو 2016: a date inside what منذ starts is the
			// time since which, not the meeting's.
			if s.sinceAhead(k, sn.Start+x.Start) {
				continue
			}
			r := rank(s.in.Text.Runes[sn.Start+x.Start:sn.Start+x.End], x)
			// Of two dates of a sentence, one a complementizer parts from
			// the trigger (قال مستشار الثلاثاء إن … خلال قمة مقررة يوم 12
			// يونيو) is the saying's; else the one nearer the trigger. In
			// another sentence, nearer a trigger merged from it, and only
			// of two on the same side of the publication day (السبت ذكر
			// مسؤولون … القمة التي جرت في 12 يونيو).
			if r > bestRank || r == bestRank && bestSent == k && qtrig >= 0 && (k == f.sent || x.Future == best.Future) && s.nearerDate(sn.Start, qtrig, x.Start, best.Start) {
				best, bestSent, bestRank = x, k, r
			}
		}
	}
	if bestSent < 0 {
		return nil, false
	}
	sn := s.in.Analysis.SentenceOf(bestSent)
	a, b := s.in.Text.Span(sn.Start+best.Start, sn.Start+best.End)
	return &doc.Date{Text: s.in.Text.Original(a, b), Start: a, End: b, Value: best.Value}, best.Future
}

// quoteEndsAt reports a quotation of its sentence (quoteSpans) that
// opens right before analysis index pos and ends the sentence: not the
// closing mark of a name written in quotation marks (“بشار الأسد”), nor
// words quoted before the sentence goes on (عند استقباله لنظيره
// "سندافع عن حدودنا" في موسكو).
func (s *docState) quoteEndsAt(pos int) bool {
	k := tokenAt(s.toks, pos)
	if k == 0 || k == len(s.toks) {
		return false
	}
	sn := s.in.Analysis.SentenceOf(s.toks[k].Sentence)
	text := s.in.Text.Runes[sn.Start:sn.End]
	for _, q := range quoteSpans(text) {
		if at := sn.Start + q[0]; at < pos && at >= s.toks[k-1].End {
			return strings.TrimFunc(string(text[q[1]:]), func(r rune) bool { return unicode.IsSpace(r) || unicode.IsPunct(r) }) == ""
		}
	}
	return false
}

// wawPresent reports a word shaped like و and a verb in the present,
// of five letters or more (وتقدم، ويشير، وتواصل).
func wawPresent(t string) bool {
	r := []rune(t)
	return len(r) >= 5 && r[0] == 'و' && (r[1] == 'ت' || r[1] == 'ي') && r[2] != 'ا' && r[2] != 'و' && r[2] != 'ي'
}

// spanUnits are the units of a span of time between two events (بعد
// ساعات من، قبل أيام من).
var spanUnits = lex.Set("spanUnits")

// isComma reports an Arabic or a Latin comma.
func isComma(r rune) bool { return r == '،' || r == ',' }

// duringSpan reports a word of during with a pronoun (خلالها) right
// after or before the trigger at ti whose antecedent is a span of days
// or weeks a few words before (على مدار 5 أيام، التقى خلالها، زيارة
// استغرقت ثلاثة أيام التقى خلالها).
func duringSpan(toks []tokenize.Token, ti, sa, sb int) bool {
	at := -1
	switch {
	case ti+1 < sb && duringPronouns[toks[ti+1].Text]:
		at = ti
	case ti-1 > sa && duringPronouns[toks[ti-1].Text]:
		at = ti - 1
	default:
		return false
	}
	for i := at - 1; i >= sa && i >= at-duringReach; i-- {
		if stemIn(stayUnits, toks[i].Text) {
			return true
		}
	}
	return false
}

// duringPronouns are the words of during with a pronoun (خلالها);
// stayUnits the units of a stay (أيام، أسابيع); duringReach how many
// words before the trigger the unit may stand.
var (
	duringPronouns = lex.Set("duringPronouns")
	stayUnits      = lex.Set("stayUnits")
)

const duringReach = 4

// quoteStart returns the first token inside the quotation of its
// sentence that holds token ti, or -1.
func (s *docState) quoteStart(ti int) int {
	sn := s.in.Analysis.SentenceOf(s.toks[ti].Sentence)
	pos := s.toks[ti].Start - sn.Start
	for _, q := range quoteSpans(s.in.Text.Runes[sn.Start:sn.End]) {
		if q[0] < pos && pos < q[1] {
			return tokenAt(s.toks, sn.Start+q[0])
		}
	}
	return -1
}

// isQuote reports a quotation mark quoteSpans opens or closes on.
func isQuote(r rune) bool {
	return r == '«' || r == '»' || r == '“' || r == '”' || r == '"'
}

// quoteSpans returns the spans [a, b) of text between quotation marks
// (« », “ ”, or a pair of "), an open one running to the end.
func quoteSpans(text []rune) [][2]int {
	var out [][2]int
	open, closer := -1, rune(0)
	for i, r := range text {
		switch {
		case open < 0 && (r == '«' || r == '“' || r == '"'):
			open = i
			closer = map[rune]rune{'«': '»', '“': '”', '"': '"'}[r]
		case open >= 0 && r == closer:
			out = append(out, [2]int{open, i + 1})
			open = -1
		}
	}
	if open >= 0 {
		out = append(out, [2]int{open, len(text)})
	}
	return out
}

// otherQuote reports position pos inside one of quotes that does not
// also hold position own (own < 0: none does): what someone says, not
// the sentence that reports it.
func otherQuote(quotes [][2]int, pos, own int) bool {
	q := quoteOf(quotes, pos)
	return q >= 0 && quoteOf(quotes, own) != q
}

// quoteOf returns the index of the span of quotes that holds position
// pos, or -1.
func quoteOf(quotes [][2]int, pos int) int {
	for i, q := range quotes {
		if q[0] <= pos && pos < q[1] {
			return i
		}
	}
	return -1
}

// inName reports analysis index pos inside the mention of an entity.
func (s *docState) inName(pos int) bool {
	k := tokenAt(s.toks, pos)
	return k < len(s.toks) && s.toks[k].Start <= pos && s.named[k]
}

// tokenAt returns the index of the token that holds or follows analysis
// index pos (len(toks) when none does).
func tokenAt(toks []tokenize.Token, pos int) int {
	return sort.Search(len(toks), func(k int) bool { return toks[k].End > pos })
}

// subordinateBetween reports a subordinating word (بعدما، بعد أن، منذ،
// عندما) between analysis indexes a and b of one sentence.
func (s *docState) subordinateBetween(a, b int) bool {
	k := sort.Search(len(s.toks), func(k int) bool { return s.toks[k].Start > a })
	for ; k < len(s.toks) && s.toks[k].Start < b; k++ {
		w := s.toks[k].Text
		if subordinators[w] || w == "بعد" && k+1 < len(s.toks) && (s.toks[k+1].Text == "ان" || s.toks[k+1].Text == "أن") {
			return true
		}
	}
	return false
}

// saidOn reports a verb of saying or pointing out right before the
// token that holds analysis index pos (أعلن الاثنين، قال الثلاثاء).
func (s *docState) saidOn(pos int) bool {
	k := tokenAt(s.toks, pos)
	return k > 0 && k < len(s.toks) && s.toks[k-1].Sentence == s.toks[k].Sentence &&
		(s.hasStemIn(sayWords, k-1) || s.hasStemIn(pointWords, k-1))
}

// subordinators open a clause that times something else.
var subordinators = lex.Set("subordinators")

// whenWords open a clause of time before its main clause (عندما التقى
// X، قال Y).
var whenWords = lex.Set("whenWords")

// firstComma returns the first token after a comma in (a, b), or -1.
func (s *docState) firstComma(a, b int) int {
	for i := a + 1; i < b && i < len(s.toks); i++ {
		if slices.ContainsFunc(s.in.Text.Runes[s.toks[i-1].End:s.toks[i].Start], isComma) {
			return i
		}
	}
	return -1
}

// spanWords before a date make it a span of time.
var spanWords = lex.Set("spanWords")

// spanBefore reports a span word right before the token of sentence k
// that holds analysis index pos.
func (s *docState) spanBefore(k, pos int) bool {
	a, b := s.sentenceRange(k)
	i := a + sort.Search(b-a, func(i int) bool { return s.toks[a+i].End > pos })
	return i > a && s.hasStemIn(spanWords, i-1)
}

// sinceAhead reports منذ two to sinceReach words before position pos in
// sentence k, no comma, no word in و and no meeting word between: pos is inside the
// phrase منذ starts (منذ المعارك التي دارت في تموز 2016). Right before the
// date, منذ is spanBefore's (منذ يومين).
func (s *docState) sinceAhead(k, pos int) bool {
	a, b := s.sentenceRange(k)
	i := a + sort.Search(b-a, func(i int) bool { return s.toks[a+i].End > pos })
	// The cheap test first: منذ in reach at all.
	if !s.wordWith(max(a, i-sinceReach), i-1, "منذ") {
		return false
	}
	for j := i - 1; j >= a && j >= i-sinceReach; j-- {
		// منذ 2015 وفي الوقت نفسه من يتهمونها اليوم: a clause joined by و
		// ends the phrase.
		if s.commaAfter(j) || j < i-1 && strings.HasPrefix(s.toks[j+1].Text, "و") && !s.named[j+1] {
			return false
		}
		if j == i-1 {
			continue
		}
		if s.hasStemIn(sincePhrase, j) {
			// ومنذ لقائه مع كيم في الثاني عشر من يونيو: the meeting is
			// in the phrase, and the date its.
			return !s.triggerWithin(j+1, i)
		}
	}
	return false
}

// sinceReach is how many words before a date منذ may start its phrase.
const sinceReach = 12

// sincePhrase starts a phrase of the time since which (منذ).
var sincePhrase = lex.Set("sincePhrase")

// dayWords name a day, not a period.
var dayWords = lex.Set("dayWords")

// rank orders date expressions by how precisely they name a day: a
// resolved value, then a day number or a relative day, then the rest
// (شهر آذار الماضي).
// nearerDate reports whether a date at x is the trigger's at trig rather
// than one at y (offsets from the sentence's start at base): the one no
// complementizer parts from the trigger, else the nearer.
func (s *docState) nearerDate(base, trig, x, y int) bool {
	px, py := s.partedFrom(base+trig, base+x), s.partedFrom(base+trig, base+y)
	if px != py {
		return py
	}
	return abs(x-trig) < abs(y-trig)
}

// partedFrom reports a complementizer between the positions a and b.
func (s *docState) partedFrom(a, b int) bool {
	if a > b {
		a, b = b, a
	}
	for k := tokenAt(s.toks, a) + 1; k < len(s.toks) && s.toks[k].Start < b; k++ {
		if s.complementizer(k) {
			return true
		}
	}
	return false
}

func rank(text []rune, x dates.Expr) int {
	if x.Value != "" {
		return 2
	}
	for _, r := range text {
		if r >= '0' && r <= '9' {
			return 1
		}
	}
	for _, w := range strings.Fields(string(text)) {
		if stemIn(dayWords, w) {
			return 1
		}
	}
	return 0
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// roles assigns host and guest (Roles): the subject of استقبل hosts.
func (s *docState) roles(f *found, loc int) []doc.Participant {
	people := f.people
	// وصل السوداني إلى أنقرة، حيث كان في استقباله أردوغان: the person
	// after في استقباله receives the one its pronoun names.
	if f.trig.family == Receive && f.trig.suffixed && f.tok > 0 && s.toks[f.tok-1].Sentence == f.sent &&
		strings.HasSuffix(s.toks[f.tok-1].Text, "في") && f.pre > 0 && f.pre < len(people) {
		people = append([]int{people[f.pre]}, slices.Delete(slices.Clone(people), f.pre, f.pre+1)...)
	}
	return Roles(s.in.Resolved.Entities, people, f.trig.family == Receive, loc)
}
