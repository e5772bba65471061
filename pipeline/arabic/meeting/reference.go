package meeting

import (
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/extract-news/extract/pipeline/dates"
	"github.com/extract-news/extract/pipeline/doc"
	"github.com/extract-news/extract/pipeline/gazetteer"
	"github.com/extract-news/extract/pipeline/normalize"
	"github.com/extract-news/extract/pipeline/tokenize"
)

// Classify tells, for each finished event of one document, the report of
// a meeting (the news: it took place now, or at a date the text states)
// from a reference to an earlier one, and sets Kind, and Dated and Period
// for a reference. in is the document the events were extracted from.
//
// An occurred event is a reference when
//   - its date lies more than refGap days before publication, or in
//     another year (في 12 يونيو in an article of August; 1967);
//   - its date names only a month or a year (الشهر الماضي، في يونيو
//     الماضي، عام 1945), or a year other than publication's stands in its
//     clause;
//   - the text marks it as past: the meeting noun is named after a place
//     (قمة سنغافورة، قمة هلسنكي) or qualified as the last or the previous
//     one (لقاؤهما الأخير، القمة السابقة), منذ or سبق أن stands before
//     it, or it is told in the pluperfect (وكان … قد التقى) with no
//     recent date.
//
// A date inside a phrase that names something else (حدود 4 يونيو 1967،
// حرب 1973) is not the meeting's: it is removed from the event. Planned
// events are reports (of a plan). Classify changes only the events.
func Classify(in Input, events []doc.Event) {
	c := classifier{in: in, toks: in.Analysis.Tokens}
	for i := range events {
		c.classify(&events[i])
	}
}

// refGap is how many days before publication a stated date may lie and
// still be the news of the day (a weekly round-up, a late report).
const refGap = 7

type classifier struct {
	in   Input
	toks []tokenize.Token
}

// norm maps an original code-point offset to the analysis-form index of
// the first rune that comes from it or after it.
func (c *classifier) norm(orig int) int {
	t := c.in.Text
	return sort.Search(len(t.Runes)+1, func(i int) bool { return t.Origin(i) >= orig })
}

// tokenAt returns the token that holds or follows analysis index i, or
// -1.
func (c *classifier) tokenAt(i int) int {
	k := tokenAt(c.toks, i)
	if k == len(c.toks) {
		return -1
	}
	return k
}

func (c *classifier) classify(ev *doc.Event) {
	ev.Kind, ev.Dated, ev.Period = doc.Report, "", ""
	ti := c.tokenAt(c.norm(ev.Trigger.Start))
	if ti < 0 {
		return
	}
	sent := c.toks[ti].Sentence
	sa, sb := ti, ti
	for sa > 0 && c.toks[sa-1].Sentence == sent {
		sa--
	}
	for sb < len(c.toks) && c.toks[sb].Sentence == sent {
		sb++
	}
	pub := c.in.Published
	if ev.Date != nil && c.phraseDate(ev.Date, sa) {
		ev.Date = nil
	}
	if ev.Status != doc.Occurred {
		return
	}
	// وجرى آخر لقاء بينهما في نوفمبر (in an article of June): a month
	// after publication's is last year's when the meeting was held.
	coming := ev.Date != nil && c.comingMonth(ev.Date) && !c.heldBefore(ti, sa, true) && !c.pastCue(ti, sa, sb)
	if (c.plannedNoun(ti, sa, sb) || c.plannedVerb(ti, sa, ev.Date) || coming) &&
		(ev.Date == nil || ev.Date.Value == "" || ev.Date.Value > pub.Format(time.DateOnly)) {
		// A day stated up to publication day is the news (وقبيل اجتماعه
		// مع نتنياهو … الأربعاء: hours later, by the time it is read).
		ev.Status = doc.Planned
		return
	}
	reference := func(dated, period string) {
		ev.Kind, ev.Dated, ev.Period = doc.Reference, dated, period
	}
	// قمة عقدت ترامب وكيم في يونيو (in an article of August): the month
	// right after the meeting noun is the meeting's, whatever day the
	// sentence names for something else.
	if p := c.monthAfter(ti, sb); p != "" {
		if ev.Date != nil && ev.Date.Value != "" {
			ev.Date = nil // a day of something else
		}
		reference(doc.DatedMonth, p)
		return
	}
	recent := false
	if ev.Date != nil {
		if v, err := time.Parse(time.DateOnly, ev.Date.Value); err == nil {
			if !pub.IsZero() && (v.Year() != pub.Year() || pub.Sub(v) > refGap*24*time.Hour) && v.Before(pub) {
				reference(doc.DatedExact, "")
				return
			}
			recent = true
		} else if p := dates.Period(ev.Date.Text, pub); p != "" && (pub.IsZero() || p <= pub.Format("2006-01")) {
			if len(p) == 4 {
				reference(doc.DatedYear, p)
			} else {
				reference(doc.DatedMonth, p)
			}
			return
		} else if c.dayish(ev.Date) {
			// A weekday, أمس, اليوم: told as news.
			recent = true
		} else if c.lastPeriod(ev.Date) {
			// الأسبوع الماضي: earlier than the news of the day.
			reference(doc.DatedEarlier, "")
			return
		}
	}
	// والتقى بوتن وترامب قبل أيام في هلسنكي … في الانتخابات التي حملته
	// إلى البيت الأبيض عام 2016: days ago, not the year of something else.
	if y := c.yearNear(ti, sa, sb); y != "" && !recent && !c.daysAgo(ti, sa, sb) {
		reference(doc.DatedYear, y)
		return
	}
	// على مدار 5 أيام، التقى خلالها: during a stay told as over.
	if ev.Status == doc.Occurred && ev.Date == nil && duringSpan(c.toks, ti, sa, sb) {
		reference(doc.DatedEarlier, "")
		return
	}
	if !recent && (c.pastCue(ti, sa, sb) || ev.Date == nil && c.bareNoun(ti, sa)) {
		reference(doc.DatedEarlier, "")
	}
}

// monthAfter returns the month (YYYY-MM) named within eight tokens after
// the trigger at ti, before the publication's month; "" when none.
func (c *classifier) monthAfter(ti, sb int) string {
	pub := c.in.Published
	if pub.IsZero() {
		return ""
	}
	end := min(sb, ti+9)
	if end <= ti+1 {
		return ""
	}
	// The expression may run past the eighth token (في فبراير شباط 2017):
	// read to the sentence's end, keep what starts within reach.
	runes := c.in.Text.Runes[c.toks[ti].End:c.toks[sb-1].End]
	reach := c.toks[end-1].End - c.toks[ti].End
	for _, x := range dates.Find(runes, pub) {
		if x.Value != "" || x.Start >= reach {
			continue
		}
		if p := dates.Period(string(runes[x.Start:x.End]), pub); len(p) == 7 && p < pub.Format("2006-01") {
			return p
		}
	}
	return ""
}

// lastPeriod reports a date expression that names a past period without
// a day (الأسبوع الماضي، الأسابيع الماضية).
func (c *classifier) lastPeriod(d *doc.Date) bool {
	for _, w := range words(d.Text) {
		if lastWords[w] {
			return true
		}
	}
	return false
}

// holdVerbs before a meeting noun tell that it was held; holdReach is how
// many words before the noun they may stand (the subject between).
var holdVerbs = lex.Set("holdVerbs")

const holdReach = 8

// duringWords before a suffixed meeting noun tell of the meeting as it
// happened.
var duringWords = lex.Set("duringWords")

// bareNoun reports a meeting named by a noun only (القمة بين ترامب
// وكيم، قبل لقاء مرتقب، نتائج قمة): no verb holds it and the text gives
// no date, so it is not told as news. A noun with a pronoun after خلال
// (خلال لقائه مع) or a verb of holding before it (عقد قمة) is.
func (c *classifier) bareNoun(ti, sa int) bool {
	var buf tokenize.StemBuf
	t, prefix, ok := lookup(buf.Stems(c.toks[ti].Text))
	// أوراق اعتماد is a noun only in grammar: the handing over is told.
	if !ok || !t.nominal || t.credentials {
		return false
	}
	if c.heldBefore(ti, sa, false) {
		return false
	}
	for k := ti + 1; k < len(c.toks) && k <= ti+2 && c.toks[k].Sentence == c.toks[ti].Sentence; k++ {
		if c.stemIn(holdVerbs, k) {
			return false // القمة التي عقدت، اللقاء الذي جرى
		}
	}
	// قبل ساعات من لقاء رئيس الحكومة الإسرائيلية بالرئيس الأمريكي: hours
	// from the news told, the meeting of the day.
	if ti-3 >= sa && c.toks[ti-1].Text == "من" && c.stemIn(hourWords, ti-2) && c.stemIn(sequenceWords, ti-3) {
		return false
	}
	// خلال لقائه، في لقاء مع: during the meeting, as it happened.
	suffixed := !strings.HasPrefix(string([]rune(c.toks[ti].Text)[prefix:]), "ال") && suffixedNoun(c.toks[ti].Text, prefix)
	if ti > sa && c.stemIn(duringWords, ti-1) && (suffixed || c.withAfter(ti)) {
		return false
	}
	return true
}

// heldBefore reports a word of holding before the meeting noun at ti
// (عقد قمة، جرى آخر لقاء، لعقد اجتماع; only a verb with verbOnly), the
// subject possibly between (عقد الرئيس الروسي فلاديمير بوتين اجتماعا
// مع), up to a complementizer.
func (c *classifier) heldBefore(ti, sa int, verbOnly bool) bool {
	for k := ti - 1; k >= sa && k >= ti-holdReach; k-- {
		// verbOnly: the verb, with و or ف at most (لعقد قمة is a purpose).
		w := c.toks[k].Text
		if verbOnly && (holdVerbs[w] || (strings.HasPrefix(w, "و") || strings.HasPrefix(w, "ف")) && holdVerbs[string([]rune(w)[1:])]) ||
			!verbOnly && c.stemIn(holdVerbs, k) {
			return true
		}
		if thatWords[c.toks[k].Text] {
			break
		}
	}
	return false
}

// withAfter reports مع (or بحضور) within three words after the meeting
// noun at ti: في مؤتمر صحافي مشترك مع، خلال مراسم بحضور.
func (c *classifier) withAfter(ti int) bool {
	for k := ti + 1; k < len(c.toks) && k <= ti+3 && c.toks[k].Sentence == c.toks[ti].Sentence; k++ {
		if c.stemIn(refWithWords, k) {
			return true
		}
	}
	return false
}

// suffixedNoun reports a meeting noun with a pronoun suffix (لقائه،
// اجتماعهما، قمتهما).
func suffixedNoun(tok string, prefix int) bool {
	r := []rune(tok)[prefix:]
	if len(r) < 3 {
		return false
	}
	last := r[len(r)-1]
	return last == 'ه' || last == 'ا' && r[len(r)-2] == 'م' || last == 'م' && r[len(r)-2] == 'ه'
}

// refDayWords name a day, not a period.
var refDayWords = lex.Set("refDayWords")

// kanaWords with قد after them make the pluperfect.
var kanaWords = lex.Set("kanaWords")

// dayish reports a date expression that names a day (a weekday, أمس،
// اليوم) without resolving to one: the news of the day.
func (c *classifier) dayish(d *doc.Date) bool {
	for _, w := range words(d.Text) {
		if stemIn(refDayWords, w) {
			return true
		}
	}
	return false
}

// words returns the analysis-form words of s.
func words(s string) []string {
	var out []string
	for _, t := range tokenize.Analyze([]rune(normalize.String(s))).Tokens {
		out = append(out, t.Text)
	}
	return out
}

// phraseNouns govern a date that names them, not a meeting.
var phraseNouns = lex.Set("phraseNouns")

// phraseDate reports a date whose expression follows a phrase noun (at
// most one word between: حدود الرابع من يونيو).
func (c *classifier) phraseDate(d *doc.Date, sa int) bool {
	di := c.tokenAt(c.norm(d.Start))
	if di < 0 {
		return false
	}
	for k := di - 1; k >= sa && k >= di-2; k-- {
		if c.stemIn(phraseNouns, k) {
			return true
		}
	}
	return false
}

// yearWords introduce a year.
var yearWords = lex.Set("yearWords")

// yearNear returns a year before the publication year that the trigger's
// sentence states after it, or within eight tokens before it (لقاء
// الملك عبد العزيز بالرئيس روزفلت على متن البارجة كوينسي عام 1945),
// introduced as a year (عام، سنة، في، a month) and not inside a phrase
// (حدود 4 يونيو 1967); "" when none.
func (c *classifier) yearNear(ti, sa, sb int) string {
	pub := c.in.Published
	if pub.IsZero() {
		return ""
	}
	for k := max(sa, ti-8); k < sb; k++ {
		w := c.toks[k].Text
		// العام الماضي، السنة الماضية: the year before publication.
		if k+1 < sb && lastYearNouns[w] && c.stemIn(lastWords, k+1) {
			return strconv.Itoa(pub.Year() - 1)
		}
		y, err := strconv.Atoi(w)
		if err != nil || len(w) != 4 || y < 1900 || y >= pub.Year() || !allDigits(w) {
			continue
		}
		intro := k > sa && (c.stemIn(yearWords, k-1) || c.stemIn(monthWords, k-1) || c.stemIn(inWords, k-1))
		if !intro {
			continue
		}
		phrase := false
		for j := k - 1; j >= sa && j >= k-4; j-- {
			phrase = phrase || c.stemIn(phraseNouns, j)
		}
		if phrase {
			continue // حدود 4 يونيو 1967
		}
		return w
	}
	return ""
}

func allDigits(w string) bool {
	for _, r := range w {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// lastYearNouns with الماضي after them name the year before publication.
var lastYearNouns = lex.Set("lastYearNouns")

// monthWords and inWords, like yearWords, introduce a year.
var (
	monthWords = lex.Set("monthWords")
	inWords    = lex.Set("inWords")
)

// lastWords qualify a meeting noun as a past one.
var lastWords = lex.Set("lastWords")

// sinceWords before a meeting noun or verb put it in the past.
var sinceWords = lex.Set("sinceWords")

// pastCue reports the marks of a past meeting around the trigger at ti
// in sentence tokens [sa, sb) (see Classify).
func (c *classifier) pastCue(ti, sa, sb int) bool {
	var buf tokenize.StemBuf
	t, _, ok := lookup(buf.Stems(c.toks[ti].Text))
	if ok && t.nominal && ti+1 < sb {
		// قمة سنغافورة، قمة هلسنكي: a summit named after its place.
		if c.placeAt(ti + 1) {
			return true
		}
		// آخر لقاء بينهما: the last one.
		if ti > sa && (c.toks[ti-1].Text == "آخر" || c.toks[ti-1].Text == "اخر") {
			return true
		}
		// لقاؤهما الأخير، القمة السابقة (an adjective of a name in
		// between: القمة الأمريكية الكورية الأخيرة).
		for k := ti + 1; k < sb && k <= ti+3; k++ {
			if c.stemIn(lastWords, k) {
				return true
			}
		}
	}
	for k := ti - 1; k >= sa && k >= ti-3; k-- {
		if c.stemIn(sinceWords, k) {
			return true
		}
	}
	// وكان بومبيو قد التقى، وكان ترامب قد قال خلال اجتماعه: the
	// pluperfect of the background; a sentence that opens on وكان.
	if openers[c.toks[sa].Text] && sa < ti {
		return true
	}
	if ok {
		hasQad := false
		for k := ti - 1; k >= sa && k >= ti-6; k-- {
			w := c.toks[k].Text
			if w == "قد" || w == "وقد" {
				hasQad = true
			}
			if hasQad && kanaWords[w] {
				return true
			}
		}
	}
	// قبل أيام، قبل أسبوعين، بعد أسبوع من القمة: a time ago.
	for k := max(sa, ti-8); k+1 < min(sb, ti+9); k++ {
		if !c.stemIn(agoWords, k) {
			continue
		}
		// قبل أيام، قبل 73 عاما.
		if c.stemIn(durationWords, k+1) || k+2 < sb && allDigits(c.toks[k+1].Text) && c.stemIn(durationWords, k+2) {
			return true
		}
	}
	return false
}

// daysAgo reports a time ago in days or weeks right around the trigger
// (قبل أيام، منذ أسبوعين): the meeting is of this year, whatever year the
// sentence names further on.
func (c *classifier) daysAgo(ti, sa, sb int) bool {
	for k := max(sa, ti-4); k+1 < min(sb, ti+6); k++ {
		if c.stemIn(agoWords, k) && c.stemIn(recentDurations, k+1) {
			return true
		}
	}
	return false
}

// recentDurations are spans of days and weeks.
var recentDurations = lex.Set("recentDurations")

// openers begin a sentence of background.
var openers = lex.Set("openers")

// agoWords and durationWords make a time ago.
var (
	agoWords      = lex.Set("agoWords")
	durationWords = lex.Set("durationWords")
)

// expectWords after a meeting noun make it one to come.
var expectWords = lex.Set("expectWords")

// eveWords right before a meeting noun put it after the news.
var eveWords = lex.Set("eveWords")

// comingMonth reports a month expression without a year or a past
// modifier that names a month after publication's (قمة مزمعة في مايو in
// March): a plan, not a reference to last year.
func (c *classifier) comingMonth(d *doc.Date) bool {
	pub := c.in.Published
	if pub.IsZero() || d.Value != "" {
		return false
	}
	p := dates.Period(d.Text, pub)
	if len(p) != 7 {
		return false
	}
	for _, w := range words(d.Text) {
		if lastWords[w] || len(w) == 4 && allDigits(w) {
			return false
		}
	}
	m, _ := strconv.Atoi(p[5:])
	return m > int(pub.Month())
}

// plannedVerb reports a trigger verb in the present, with no day, after
// عندما، أين، هل … or before قريبا (عندما يلتقي الرئيسان، ويلتقي ترمب
// قريبا): a meeting to come or asked of, not one reported. A present verb
// alone (الأسد يستقبل لافروف) is the news style of headlines.
func (c *classifier) plannedVerb(ti, sa int, d *doc.Date) bool {
	var buf tokenize.StemBuf
	t, prefix, ok := lookup(buf.Stems(c.toks[ti].Text))
	if !ok || t.nominal {
		return false
	}
	r := []rune(c.toks[ti].Text)[prefix:]
	if len(r) < 4 || r[0] != 'ي' && r[0] != 'ت' && r[0] != 'ن' || perfectT[string(r)] {
		return false
	}
	if d != nil && (d.Value != "" || c.dayish(d)) {
		return false
	}
	// عندما يلتقي، أين يلتقي، هل يلتقي: a time to come or a question.
	for k := ti - 1; k >= sa && k >= ti-2; k-- {
		if c.stemIn(askWhenWords, k) {
			return true
		}
	}
	// ويلتقي ترمب قريبا كيم، يجتمع بنظيره الفرنسي في فترة بعد الظهر.
	for k := ti + 1; k < len(c.toks) && k <= ti+soonReach && c.toks[k].Sentence == c.toks[ti].Sentence; k++ {
		if c.stemIn(soonWords, k) {
			return true
		}
	}
	return false
}

// named reports token k inside a mention of an entity (ستولتنبرغ is a
// name, not a verb in the future).
func (c *classifier) named(k int) bool {
	// Mentions are in text order: the last one starting at or before k.
	ms := c.in.Resolved.Mentions
	i := sort.Search(len(ms), func(i int) bool { return ms[i].First > k }) - 1
	for ; i >= 0; i-- {
		if k < ms[i].Last {
			return true
		}
		if k-ms[i].First > maxMentionTokens {
			break
		}
	}
	return false
}

// maxMentionTokens bounds how far back a mention covering a token may
// start (a long name, a title and its name).
const maxMentionTokens = 16

// askWhenWords before a present verb, soonWords after it: a meeting to come or
// asked of.
var (
	askWhenWords = lex.Set("askWhenWords")
	soonWords    = lex.Set("soonWords")
)

// soonReach is how many words after a present verb soonWords are looked
// for.
const soonReach = 8

// ontoWords stand between an agreement and its meeting noun.
var ontoWords = lex.Set("ontoWords")

// thatWords open a clause of what is said.
var thatWords = lex.Set("thatWords")

// agreeWords before على/إلى and a meeting noun make it agreed or sought, not
// held.
var agreeWords = lex.Set("agreeWords")

// attendNouns stand between an agreement and the meeting noun it agrees
// to attend (وافق على حضور قمة).
var attendNouns = lex.Set("attendNouns")

// plannedNoun reports a meeting noun at ti that the text tells as one to
// come: an adjective of expectation within three words after it, or a
// word of its eve right before it (see expectWords, eveWords).
func (c *classifier) plannedNoun(ti, sa, sb int) bool {
	var buf tokenize.StemBuf
	t, _, ok := lookup(buf.Stems(c.toks[ti].Text))
	if !ok || !t.nominal {
		return false
	}
	for k := ti + 1; k < sb && k <= ti+3; k++ {
		if c.stemIn(expectWords, k) {
			return true
		}
	}
	for k := ti - 1; k >= sa && k >= ti-2; k-- {
		if c.stemIn(eveWords, k) {
			return true
		}
	}
	// وافق على لقائه، دعا إلى عقد قمة، وافق على حضور قمة.
	k := ti - 1
	if k > sa && (c.stemIn(holdWords, k) || c.stemIn(attendNouns, k)) {
		k--
	}
	if k > sa && ontoWords[c.toks[k].Text] {
		// The subject may stand between: ووافق بوتين على لقاء.
		for j := k - 1; j >= sa && j >= k-4; j-- {
			if c.stemIn(agreeWords, j) {
				return true
			}
		}
	}
	// القمة التي ستعقد، لقاء سيجمع: a future verb right after.
	for k := ti + 1; k < sb && k <= ti+4; k++ {
		if thatWords[c.toks[k].Text] {
			break // خلال اجتماعه مع أردوغان إنه سيزور: what was said
		}
		w := []rune(c.toks[k].Text)
		if len(w) > 3 && w[0] == 'س' && (w[1] == 'ي' || w[1] == 'ت') && !futureLookalike(c.toks[k].Text) && !c.named(k) {
			return true
		}
	}
	return false
}

// placeAt reports a place mention that starts at token k.
func (c *classifier) placeAt(k int) bool {
	r := c.in.Resolved
	if r == nil {
		return false
	}
	for _, m := range r.Mentions {
		if m.First == k && r.Entities[m.Entity].Out.Type == gazetteer.TypePlace {
			return true
		}
	}
	return false
}

// stemIn reports a clitic reading of token k in ws.
func (c *classifier) stemIn(ws map[string]bool, k int) bool {
	return stemIn(ws, c.toks[k].Text)
}

// refWithWords after a meeting noun name its partner.
var refWithWords = lex.Set("refWithWords")
