// Package dates finds date expressions in analysis-form Arabic news text
// (see package normalize) and resolves them against the publication date.
//
// Recognised forms:
//
//   - relative words: اليوم، أمس، يوم أمس، الأمس، أول أمس، أول من أمس،
//     أمس الأول، غداً، الغد، يوم غد، بعد غد, optionally preceded by a time of
//     day (صباح، مساء، ظهر، ليلة، ليل، فجر، عصر، ظهيرة, and "صباح يوم");
//   - weekdays, with or without يوم, optionally followed by الماضي/الفائت/
//     المنصرم/الماضية (strictly before publication) or المقبل/القادم
//     (strictly after); a bare weekday is the most recent such day on or
//     before publication; combined forms such as "أمس الأربعاء" resolve by
//     the relative word;
//   - explicit dates: a day number and a month name (Gregorian or Levantine,
//     alone or paired as "9 تموز/ يوليو" or "9 تموز (يوليو)"), optional year,
//     or a day number of the publication's month or the one before or after
//     it ("12 من الشهر الجاري"، "3 من الشهر الماضي"); the day may be an
//     ordinal followed by من (العاشر من يونيو، الثاني عشر من الشهر الجاري),
//     and شهر may stand between من and the month (11 من شهر إبريل),
//     optionally preceded by a weekday, "يوم" or a relative word; numeric
//     dates D/M/YYYY and YYYY-MM-DD;
//   - a month alone and periods (الشهر/الأسبوع/العام/السنة الماضي/المقبل…),
//     returned with an empty Value;
//   - Easter (عيد الفصح، عيد القيامة, optionally after عطلة), resolved to
//     the Easter Sunday nearest the publication date.
//
// Clitics و ف ب ل may be attached to the first word of an expression; the
// span then starts after the clitic (for "لليوم" it starts at the second ل).
package dates

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/extract-news/extract/pipeline/normalize"
)

// Expr is a date expression found in analysis-form text.
type Expr struct {
	// Start and End are rune indices into the text passed to Find,
	// [Start, End).
	Start, End int
	// Value is the resolved date as YYYY-MM-DD, "" when it cannot be
	// resolved.
	Value string
	// Relative reports that the expression is counted from the publication
	// date (أمس، الأربعاء الماضي، الأسبوع المقبل): it has no explicit day
	// and month.
	Relative bool
	// Future reports that the expression points after the publication
	// date (غدا، الأسبوع المقبل، الأحد المقبل, or an explicit date that
	// resolves after it).
	Future bool
}

// maxAhead is how far after the publication date a date without a year
// may fall.
const maxAhead = 62 * 24 * time.Hour

type tok struct {
	s, e int
	w    string
}

var (
	timeWords = ar.Set("timeWords")
	weekdays  = table(map[string]int{
		"الأحد": 0, "الاثنين": 1, "الإثنين": 1, "الثلاثاء": 2, "الأربعاء": 3,
		"الخميس": 4, "الجمعة": 5, "السبت": 6,
	})
	mods = table(map[string]int{
		"الماضي": -1, "الماضية": -1, "الفائت": -1, "الفائتة": -1,
		"المنصرم": -1, "المنصرمة": -1, "السابق": -1,
		"المقبل": 1, "المقبلة": 1, "القادم": 1, "القادمة": 1,
		"الجاري": 2, "الحالي": 2, "الحالية": 2,
	})
	periods = ar.Set("periods")
	months  = table(map[string]int{
		"يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "إبريل": 4, "ابريل": 4,
		"مايو": 5, "يونيو": 6, "يونيه": 6, "يوليو": 7, "يوليه": 7,
		"أغسطس": 8, "اغسطس": 8, "سبتمبر": 9, "أكتوبر": 10, "نوفمبر": 11,
		"ديسمبر": 12,
		"شباط":   2, "آذار": 3, "نيسان": 4, "أيار": 5, "حزيران": 6,
		"تموز": 7, "آب": 8, "أيلول": 9,
	})
	// two-word Levantine months: first word → second word → month.
	months2 = map[string]map[string]int{
		n("كانون"): table(map[string]int{"الثاني": 1, "الأول": 12}),
		n("تشرين"): table(map[string]int{"الأول": 10, "الثاني": 11}),
	}
	ambiguousMonths = ar.Set("ambiguousMonths")
	monthPreps      = ar.Set("monthPreps")
	notToday        = ar.Set("notToday")
	noL             = ar.Set("noL")

	wYawm    = n("يوم")
	wToday   = n("اليوم")
	wAms     = n("أمس")
	wAlAms   = n("الأمس")
	wAwwal   = n("أول")
	wAlAwwal = n("الأول")
	wMin     = n("من")
	wAlShahr = n("الشهر")
	wGhadan  = n("غداً")
	wGhad    = n("غد")
	wAlGhad  = n("الغد")
	wBaad    = n("بعد")
	wMuwafiq = n("الموافق")
	wShahr   = n("شهر")
	wAam     = n("عام")
	wAlAam   = n("العام")
	wThat    = set("ذلك", "تلك")
	wMonday  = n("الاثنين")
	wBayn    = n("بين")
	wMaan    = n("معاً")
	wEid     = n("عيد")

	holidayLeads = ar.Set("holidayLeads")
	easterWords  = ar.Set("easterWords")

	clitics = []string{"وب", "ول", "فب", "فل", "و", "ف", "ب", "ل"}

	// starters holds every word that can begin an expression other than a
	// number; Find skips other tokens quickly. It is built from the lists
	// (buildStarters), again when a user extends them.
	starters = map[string]bool{}
)

func buildStarters() {
	m := starters
	clear(m)
	for _, w := range []string{wYawm, wToday, wAms, wAlAms, wAwwal, wGhadan, wAlGhad, wBaad, wShahr, wEid} {
		m[w] = true
	}
	for _, t := range []map[string]bool{timeWords, periods, holidayLeads} {
		for k := range t {
			m[k] = true
		}
	}
	for _, t := range []map[string]int{weekdays, months} {
		for k := range t {
			m[k] = true
		}
	}
	for k := range months2 {
		m[k] = true
	}
	for k := range ordinalUnits {
		m[k] = true
	}
	m[wIshrin], m[wThalathin] = true, true
}

func n(s string) string { return normalize.String(s) }

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[n(w)] = true
	}
	return m
}

func table(src map[string]int) map[string]int {
	m := make(map[string]int, len(src))
	for k, v := range src {
		m[n(k)] = v
	}
	return m
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// runeLen is the length of r in string([]rune{...}), where invalid runes
// become U+FFFD.
func runeLen(r rune) int {
	if n := utf8.RuneLen(r); n > 0 {
		return n
	}
	return utf8.RuneLen(utf8.RuneError)
}

func tokenize(text []rune) []tok {
	s := string(text) // one allocation; token words are slices of it
	toks := make([]tok, 0, len(text)/5+1)
	b := 0 // byte offset of text[i] in s
	for i := 0; i < len(text); {
		if !isWordRune(text[i]) {
			b += runeLen(text[i])
			i++
			continue
		}
		j, bj := i, b
		for j < len(text) && isWordRune(text[j]) {
			bj += runeLen(text[j])
			j++
		}
		toks = append(toks, tok{i, j, s[b:bj]})
		i, b = j, bj
	}
	return toks
}

type parser struct {
	text   []rune
	toks   []tok
	pub    time.Time
	hasPub bool
}

// Find returns the date expressions of text (analysis-form runes), left to
// right, resolved against published (the zero time.Time means unknown).
func Find(text []rune, published time.Time) []Expr {
	p := newParser(text, published)
	return p.scan(p.starts, p.parseAt)
}

// newParser tokenizes text for a parser resolving against published (the
// zero time.Time means unknown).
func newParser(text []rune, published time.Time) *parser {
	p := &parser{text: text, toks: tokenize(text)}
	if !published.IsZero() {
		p.hasPub = true
		p.pub = time.Date(published.Year(), published.Month(), published.Day(), 0, 0, 0, 0, time.UTC)
	}
	return p
}

// scan returns, left to right, the expressions at reads at the tokens
// where starts allows one, going on after each expression found.
func (p *parser) scan(starts func(int) bool, at func(int) (Expr, int, bool)) []Expr {
	var out []Expr
	for i := 0; i < len(p.toks); {
		if !starts(i) {
			i++
			continue
		}
		if e, next, ok := at(i); ok {
			out = append(out, e)
			i = next
			continue
		}
		i++
	}
	return out
}

// starts reports whether token i may begin an expression.
func (p *parser) starts(i int) bool {
	w := p.toks[i].w
	if w[0] >= '0' && w[0] <= '9' {
		return true
	}
	return p.forms(i, true, func(c string, _ int) bool { return starters[c] })
}

// gap returns the runes between token i-1 and token i.
func (p *parser) gap(i int) []rune {
	return p.text[p.toks[i-1].e:p.toks[i].s]
}

// spaced reports that token i exists and is separated from token i-1 by
// spaces only.
func (p *parser) spaced(i int) bool {
	if i <= 0 || i >= len(p.toks) {
		return false
	}
	for _, r := range p.gap(i) {
		if r != ' ' && r != '\t' {
			return false
		}
	}
	return true
}

// punct returns the gap before token i with spaces removed, and whether
// token i exists.
func (p *parser) punct(i int) (string, bool) {
	if i <= 0 || i >= len(p.toks) {
		return "", false
	}
	var b strings.Builder
	for _, r := range p.gap(i) {
		if r == '\n' {
			return "\n", true
		}
		if r != ' ' && r != '\t' {
			b.WriteRune(r)
		}
	}
	return b.String(), true
}

// forms calls f with the words token i may stand for: itself, and when clitics
// are allowed (first), the word without a leading clitic with the clitic
// length in runes; it stops at the first call that returns true.
func (p *parser) forms(i int, first bool, f func(core string, pre int) bool) bool {
	w := p.toks[i].w
	if f(w, 0) {
		return true
	}
	if !first {
		return false
	}
	for _, c := range clitics {
		if !strings.HasPrefix(w, c) || len(w) == len(c) {
			continue
		}
		rest := w[len(c):]
		pre := len([]rune(c))
		hasL := strings.HasSuffix(c, "ل")
		if hasL && strings.HasPrefix(rest, "ل") && f("ا"+rest, pre) {
			return true
		}
		if hasL && noL[rest] {
			continue
		}
		if ambiguousMonths[rest] {
			continue
		}
		if f(rest, pre) {
			return true
		}
	}
	return false
}

// at reports whether token j (separated by spaces from the previous one
// unless it starts the expression) is the word w.
func (p *parser) at(j int, first bool, w string) (pre int, ok bool) {
	if j >= len(p.toks) || (!first && !p.spaced(j)) {
		return 0, false
	}
	ok = p.forms(j, first, func(c string, k int) bool {
		if c == w {
			pre = k
			return true
		}
		return false
	})
	return pre, ok
}

func (p *parser) inTable(j int, first bool, m map[string]int) (v, pre int, ok bool) {
	if j >= len(p.toks) || (!first && !p.spaced(j)) {
		return 0, 0, false
	}
	ok = p.forms(j, first, func(c string, k int) bool {
		if x, found := m[c]; found {
			v, pre = x, k
			return true
		}
		return false
	})
	return v, pre, ok
}

func (p *parser) inSet(j int, first bool, m map[string]bool) (pre int, ok bool) {
	if j >= len(p.toks) || (!first && !p.spaced(j)) {
		return 0, false
	}
	ok = p.forms(j, first, func(c string, k int) bool {
		if m[c] {
			pre = k
			return true
		}
		return false
	})
	return pre, ok
}

// relative matches a relative day word at j and returns its day offset and
// the index of the token after it.
func (p *parser) relative(j int, first bool) (off, next, pre int, ok bool) {
	if k, ok := p.at(j, first, wYawm); ok {
		switch {
		case p.isAt(j+1, wAms) || p.isAt(j+1, wAlAms):
			return -1, j + 2, k, true
		case p.isAt(j+1, wGhad) || p.isAt(j+1, wAlGhad) || p.isAt(j+1, wGhadan):
			return 1, j + 2, k, true
		}
		return 0, 0, 0, false
	}
	if k, ok := p.at(j, first, wAwwal); ok {
		if p.isAt(j+1, wAms) {
			return -2, j + 2, k, true
		}
		if p.isAt(j+1, wMin) && p.isAt(j+2, wAms) {
			return -2, j + 3, k, true
		}
		return 0, 0, 0, false
	}
	if k, ok := p.at(j, first, wBaad); ok {
		if p.isAt(j+1, wGhad) || p.isAt(j+1, wAlGhad) || p.isAt(j+1, wGhadan) {
			return 2, j + 2, k, true
		}
		return 0, 0, 0, false
	}
	k, ok1 := p.at(j, first, wAms)
	if !ok1 {
		k, ok1 = p.at(j, first, wAlAms)
	}
	if ok1 {
		if p.isAt(j+1, wAlAwwal) {
			return -2, j + 2, k, true
		}
		return -1, j + 1, k, true
	}
	if k, ok := p.at(j, first, wToday); ok {
		if j > 0 && p.spaced(j) && k == 0 && wThat[p.toks[j-1].w] {
			return 0, 0, 0, false
		}
		if j+1 < len(p.toks) && p.spaced(j+1) && notToday[p.toks[j+1].w] {
			return 0, 0, 0, false
		}
		return 0, j + 1, k, true
	}
	if k, ok := p.at(j, first, wGhadan); ok {
		return 1, j + 1, k, true
	}
	if k, ok := p.at(j, first, wAlGhad); ok {
		return 1, j + 1, k, true
	}
	return 0, 0, 0, false
}

// isAt reports whether token j exists, follows the previous token after
// spaces only and is exactly w.
func (p *parser) isAt(j int, w string) bool {
	return j < len(p.toks) && p.spaced(j) && p.toks[j].w == w
}

// weekday matches a weekday at j, rejecting الاثنين meaning "the two".
func (p *parser) weekday(j int, first bool) (wd, pre int, ok bool) {
	wd, pre, ok = p.inTable(j, first, weekdays)
	if !ok {
		return
	}
	if wd == 1 && p.toks[j].w[len(p.toks[j].w)-len(wMonday):] == wMonday {
		if (j > 0 && p.toks[j-1].w == wBayn) || p.isAt(j+1, wMaan) {
			return 0, 0, false
		}
	}
	return
}

type date struct {
	next, end int // token after the date, rune end of the span
	y, m, d   int // y == 0 when the year is not given
	mod       int
	dayless   bool // month (and year) only
}

func digits(s string) (int, bool) {
	if s == "" || len(s) > 4 {
		return 0, false
	}
	v := 0
	for _, r := range s {
		if r < '0' || r > '9' {
			return 0, false
		}
		v = v*10 + int(r-'0')
	}
	return v, true
}

func yearOf(s string) (int, bool) {
	s = strings.TrimSuffix(s, "م")
	if len(s) != 4 {
		return 0, false
	}
	y, ok := digits(s)
	return y, ok && y >= 1900 && y <= 2100
}

// numeric matches D/M/YYYY (also with - or .) and YYYY-MM-DD (also with /).
func (p *parser) numeric(j int) (date, bool) {
	if j+2 >= len(p.toks) {
		return date{}, false
	}
	s1, ok1 := p.punct(j + 1)
	s2, ok2 := p.punct(j + 2)
	if !ok1 || !ok2 || s1 != s2 || (s1 != "/" && s1 != "-" && s1 != ".") ||
		len(p.gap(j+1)) != 1 || len(p.gap(j+2)) != 1 {
		return date{}, false
	}
	a, b, c := p.toks[j].w, p.toks[j+1].w, p.toks[j+2].w
	x, okA := digits(a)
	y, okB := digits(b)
	z, okC := digits(c)
	if !okA || !okB || !okC || len(b) > 2 {
		return date{}, false
	}
	var d date
	switch {
	case len(a) <= 2 && len(c) == 4:
		d = date{y: z, m: y, d: x}
	case len(a) == 4 && len(c) <= 2:
		d = date{y: x, m: y, d: z}
	default:
		return date{}, false
	}
	if d.y < 1900 || d.y > 2100 || !valid(d.y, d.m, d.d) {
		return date{}, false
	}
	d.next, d.end = j+3, p.toks[j+2].e
	return d, true
}

func valid(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	return t.Day() == d
}

// month matches a month name (one or two words) at j.
func (p *parser) month(j int, first bool) (m, next, pre int, ambiguous, ok bool) {
	if j >= len(p.toks) || (!first && !p.spaced(j)) {
		return 0, 0, 0, false, false
	}
	if second, found := months2[p.toks[j].w]; found {
		if j+1 < len(p.toks) && p.spaced(j+1) {
			if v, ok := second[p.toks[j+1].w]; ok {
				return v, j + 2, 0, false, true
			}
		}
		return 0, 0, 0, false, false
	}
	v, k, ok := p.inTable(j, first, months)
	if !ok {
		return 0, 0, 0, false, false
	}
	// clitics are never stripped from ambiguous months, so k == 0 for them.
	return v, j + 1, k, ambiguousMonths[p.toks[j].w], true
}

// monthGroup matches a month, optionally paired with its other name
// ("تموز/ يوليو", "تموز (يوليو)", "يونيو حزيران"), and returns the month, the next token
// and the rune end.
func (p *parser) monthGroup(j int, first bool) (m, next, end, pre int, ambiguous, ok bool) {
	m, next, pre, ambiguous, ok = p.month(j, first)
	if !ok {
		return
	}
	end = p.toks[next-1].e
	if next < len(p.toks) {
		sep, _ := p.punct(next)
		// "يونيو حزيران" as Reuters writes it: the same month twice with a space.
		if sep == "/" || sep == "(" || sep == "-" || sep == "\\" || sep == "" {
			if m2, next2, _, _, ok2 := p.month(next, true); ok2 && m2 == m {
				ambiguous = false
				next = next2
				end = p.toks[next-1].e
				if sep == "(" {
					k := end
					for k < len(p.text) && p.text[k] == ' ' {
						k++
					}
					if k < len(p.text) && p.text[k] == ')' {
						end = k + 1
					}
				}
			}
		}
	}
	return
}

// tail matches an optional year and, without a year, an optional modifier
// after a month group ending before token j at rune end.
func (p *parser) tail(d *date, j, end int) {
	d.next, d.end = j, end
	k := j
	if p.isAt(k, wMin) && (p.isAt(k+1, wAam) || p.isAt(k+1, wAlAam)) {
		k += 2
	} else if p.isAt(k, wAam) || p.isAt(k, wAlAam) {
		k++
	}
	if k < len(p.toks) {
		sep, _ := p.punct(k)
		if sep == "" || (sep == "," && k == j) {
			if y, ok := yearOf(p.toks[k].w); ok {
				d.y, d.next, d.end = y, k+1, p.toks[k].e
				return
			}
		}
	}
	if v, _, ok := p.inTable(j, false, mods); ok {
		d.mod, d.next, d.end = v, j+1, p.toks[j].e
	}
}

// explicit matches a numeric date or a day and month at j.
func (p *parser) explicit(j int) (date, bool) {
	if j >= len(p.toks) {
		return date{}, false
	}
	if d, ok := p.numeric(j); ok {
		return d, true
	}
	day, ok := digits(p.toks[j].w)
	k := j + 1
	if !ok || len(p.toks[j].w) > 2 {
		// العاشر من يونيو، الثاني عشر من الشهر الجاري: an ordinal day,
		// which must be followed by من.
		if day, k, ok = p.ordinal(j); !ok || !p.isAt(k, wMin) {
			return date{}, false
		}
	}
	if day < 1 || day > 31 {
		return date{}, false
	}
	if p.isAt(k, wMin) {
		k++
		// 11 من شهر إبريل: the word month before its name.
		if p.isAt(k, wShahr) && p.spaced(k) && k+1 < len(p.toks) {
			k++
		}
	}
	if !p.spaced(k) {
		return date{}, false
	}
	// 12 من الشهر الجاري / الماضي / المقبل: the month is publication's.
	if p.isAt(k, wAlShahr) && p.hasPub {
		if v, _, ok := p.inTable(k+1, false, mods); ok {
			delta := v
			if v == 2 {
				delta = 0
			}
			t := time.Date(p.pub.Year(), p.pub.Month()+time.Month(delta), 1, 0, 0, 0, 0, time.UTC)
			if !valid(t.Year(), int(t.Month()), day) {
				return date{}, false
			}
			return date{next: k + 2, end: p.toks[k+1].e, y: t.Year(), m: int(t.Month()), d: day}, true
		}
	}
	m, next, end, _, _, ok := p.monthGroup(k, false)
	if !ok {
		return date{}, false
	}
	d := date{m: m, d: day}
	p.tail(&d, next, end)
	if d.y != 0 && !valid(d.y, d.m, d.d) {
		return date{}, false
	}
	if d.y == 0 && !valid(2000, d.m, d.d) {
		return date{}, false
	}
	return d, true
}

// ordinalUnits are the ordinal day words 1–10 (الحادي is 1 in compounds).
var ordinalUnits = table(map[string]int{
	"الأول": 1, "الحادي": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الخامس": 5,
	"السادس": 6, "السابع": 7, "الثامن": 8, "التاسع": 9, "العاشر": 10,
})

var (
	wAshar      = n("عشر")
	wIshrin     = n("العشرين")
	wThalathin  = n("الثلاثين")
	wWaIshrin   = n("والعشرين")
	wWaThalathn = n("والثلاثين")
)

// ordinal reads an ordinal day at j (العاشر، الثاني عشر، العشرين، الحادي
// والعشرين، الحادي والثلاثين) and returns it with the token after it.
func (p *parser) ordinal(j int) (day, next int, ok bool) {
	switch {
	case p.isAt(j, wIshrin):
		return 20, j + 1, true
	case p.isAt(j, wThalathin):
		return 30, j + 1, true
	}
	u, ok := ordinalUnits[p.toks[j].w]
	if !ok {
		return 0, 0, false
	}
	switch {
	case u < 10 && p.isAt(j+1, wAshar) && p.spaced(j+1):
		return 10 + u, j + 2, true
	case u < 10 && p.isAt(j+1, wWaIshrin) && p.spaced(j+1):
		return 20 + u, j + 2, true
	case u == 1 && p.isAt(j+1, wWaThalathn) && p.spaced(j+1):
		return 31, j + 2, true
	case p.toks[j].w == n("الحادي"):
		return 0, 0, false
	}
	return u, j + 1, true
}

// afterDay matches an explicit date following a weekday or relative word
// ending at token j-1: "الخميس 9 تموز"، "الخميس، 9 تموز"، "الخميس الموافق 9 تموز".
func (p *parser) afterDay(j int) (date, bool) {
	if j >= len(p.toks) {
		return date{}, false
	}
	if sep, _ := p.punct(j); sep == "" || sep == "," {
		if p.toks[j].w == wMuwafiq {
			if !p.spaced(j + 1) {
				return date{}, false
			}
			j++
		}
		return p.explicit(j)
	}
	return date{}, false
}

func (p *parser) parseAt(i int) (Expr, int, bool) {
	j, first := i, true
	start := -1
	setStart := func(pre int) {
		if start < 0 {
			start = p.toks[j].s + pre
		}
	}
	timed := false
	if k, ok := p.inSet(j, true, timeWords); ok {
		setStart(k)
		j, first, timed = j+1, false, true
	}
	// عطلة عيد الفصح: Easter Sunday nearest the publication date.
	if !timed {
		if end, next, k, ok := p.holiday(j, first); ok {
			setStart(k)
			e := Expr{Start: start, End: end}
			if p.hasPub {
				t := easterNear(p.pub)
				e.Value = t.Format(time.DateOnly)
				e.Future = t.After(p.pub)
			}
			return e, next, true
		}
	}
	// relative word, optional weekday, optional explicit date.
	if off, next, k, ok := p.relative(j, first); ok {
		setStart(k)
		e := Expr{Start: start, End: p.toks[next-1].e, Relative: true, Future: off > 0}
		if p.hasPub {
			e.Value = p.pub.AddDate(0, 0, off).Format(time.DateOnly)
		}
		j = next
		if _, _, ok := p.weekday(j, false); ok {
			e.End = p.toks[j].e
			j++
		}
		if d, ok := p.afterDay(j); ok {
			p.apply(&e, d)
			j = d.next
		}
		return e, j, true
	}
	// optional يوم, then weekday or explicit date.
	yawm := false
	if k, ok := p.at(j, first, wYawm); ok {
		setStart(k)
		j, first, yawm = j+1, false, true
	}
	if wd, k, ok := p.weekday(j, first); ok {
		setStart(k)
		e := Expr{Start: start, End: p.toks[j].e, Relative: true}
		j++
		mod := 0
		if v, _, ok := p.inTable(j, false, mods); ok && v != 2 {
			mod = v
			e.End = p.toks[j].e
			j++
		}
		e.Future = mod > 0
		if p.hasPub {
			e.Value = p.weekdayDate(wd, mod).Format(time.DateOnly)
		}
		if d, ok := p.afterDay(j); ok {
			p.apply(&e, d)
			j = d.next
		}
		return e, j, true
	}
	if first || yawm || timed {
		if first || p.spaced(j) {
			if d, ok := p.explicit(j); ok {
				setStart(0)
				e := Expr{Start: start}
				p.apply(&e, d)
				return e, d.next, true
			}
		}
	}
	if !first {
		return Expr{}, 0, false
	}
	// period: الشهر/الأسبوع/العام/السنة + modifier.
	if k, ok := p.inSet(j, true, periods); ok {
		if v, _, ok := p.inTable(j+1, false, mods); ok {
			setStart(k)
			return Expr{Start: start, End: p.toks[j+1].e, Relative: true, Future: v == 1}, j + 2, true
		}
	}
	// month alone, optionally after شهر.
	shahr := false
	if k, ok := p.at(j, true, wShahr); ok && p.spaced(j+1) {
		setStart(k)
		j, first, shahr = j+1, false, true
	}
	_, next, end, k, ambiguous, ok := p.monthGroup(j, first)
	if !ok {
		return Expr{}, 0, false
	}
	setStart(k)
	d := date{dayless: true}
	p.tail(&d, next, end)
	if ambiguous && !shahr && d.y == 0 {
		if p.toks[j].w != n("مارس") || j == 0 || !p.spaced(j) || !monthPreps[p.toks[j-1].w] {
			return Expr{}, 0, false
		}
	}
	e := Expr{Start: start, End: d.end, Relative: d.mod != 0 && d.y == 0, Future: d.mod == 1}
	return e, d.next, true
}

// apply sets the value of e from an explicit date d.
func (p *parser) apply(e *Expr, d date) {
	e.End = d.end
	e.Relative = false
	e.Future = false
	e.Value = ""
	var t time.Time
	switch {
	case d.y != 0:
		t = time.Date(d.y, time.Month(d.m), d.d, 0, 0, 0, 0, time.UTC)
	case p.hasPub:
		var ok bool
		if t, ok = p.guessYear(d.m, d.d, d.mod); !ok {
			e.Future = d.mod == 1
			return
		}
	default:
		e.Future = d.mod == 1
		return
	}
	e.Value = t.Format(time.DateOnly)
	e.Future = p.hasPub && t.After(p.pub)
}

// guessYear picks the year that puts month m, day d closest to the
// publication date, at most maxAhead after it; mod -1 requires a date
// strictly before publication and mod 1 strictly after.
func (p *parser) guessYear(m, d, mod int) (time.Time, bool) {
	var best time.Time
	var bestDist time.Duration
	found := false
	for y := p.pub.Year() - 1; y <= p.pub.Year()+1; y++ {
		if !valid(y, m, d) {
			continue
		}
		t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
		diff := t.Sub(p.pub)
		switch mod {
		case -1:
			if diff >= 0 {
				continue
			}
		case 1:
			if diff <= 0 {
				continue
			}
		default:
			if diff > maxAhead {
				continue
			}
		}
		if diff < 0 {
			diff = -diff
		}
		if !found || diff < bestDist {
			best, bestDist, found = t, diff, true
		}
	}
	return best, found
}

// weekdayDate resolves weekday wd: mod 0 is on or before publication, -1
// strictly before, 1 strictly after.
func (p *parser) weekdayDate(wd, mod int) time.Time {
	pw := int(p.pub.Weekday())
	if mod == 1 {
		diff := (wd - pw + 7) % 7
		if diff == 0 {
			diff = 7
		}
		return p.pub.AddDate(0, 0, diff)
	}
	diff := (pw - wd + 7) % 7
	if diff == 0 && mod == -1 {
		diff = 7
	}
	return p.pub.AddDate(0, 0, -diff)
}
