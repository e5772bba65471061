package dates

import (
	"strings"
	"time"
)

// English date expressions. FindEnglish recognises, in analysis-form
// (lower-cased) English text:
//
//   - relative words: today, tonight, yesterday, tomorrow, the day before
//     yesterday, the day after tomorrow, last night, this morning
//     (afternoon, evening), optionally followed by a time of day
//     (yesterday morning);
//   - weekdays, optionally after last, next, this or this coming and
//     followed by a time of day (Thursday evening); a bare weekday is the
//     most recent such day on or before publication, last strictly
//     before, next strictly after, this on or after;
//   - explicit dates: July 9, July 9th, July 9, 2020, Jul. 9, 9 July,
//     9th of July 2020 and ISO 2020-07-09, optionally after a weekday
//     (Thursday, July 9);
//   - a month alone after a preposition (in July, since March 2019) and
//     periods (last week, next month, this year, the coming days),
//     returned with an empty Value.
//
// "may" and "march" are months only with a day number or after a
// preposition.

var (
	enWeekdays = map[string]int{
		"sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
	}
	enMonths = map[string]int{
		"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
		"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
		"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
		"sept": 9, "oct": 10, "nov": 11, "dec": 12,
	}
	enAbbrevMonths = en.Set("enAbbrevMonths")
	enRelative     = map[string]int{"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}
	enTimes        = en.Set("enTimes")
	enMods         = map[string]int{"last": -1, "past": -1, "next": 1, "coming": 1, "this": 2}
	enPeriods      = en.Set("enPeriods")
	enMonthPreps   = en.Set("enMonthPreps")
	enOrdinals     = []string{"st", "nd", "rd", "th"}
)

// FindEnglish returns the English date expressions of text (analysis-form
// runes, see package normalize), left to right, resolved against
// published (the zero time.Time means unknown).
func FindEnglish(text []rune, published time.Time) []Expr {
	p := newParser(text, published)
	return p.scan(func(int) bool { return true }, p.englishAt)
}

// word returns token j's text, "" past the end.
func (p *parser) word(j int) string {
	if j < 0 || j >= len(p.toks) {
		return ""
	}
	return p.toks[j].w
}

// wordAt reports that token j follows token j-1 after spaces and is w.
func (p *parser) wordAt(j int, w string) bool { return p.spaced(j) && p.toks[j].w == w }

// dayNumber reads a day of the month: 9, 09 or 9th.
func dayNumber(w string) (int, bool) {
	for _, suf := range enOrdinals {
		if strings.HasSuffix(w, suf) && len(w) > len(suf) {
			w = strings.TrimSuffix(w, suf)
			break
		}
	}
	if len(w) > 2 {
		return 0, false
	}
	d, ok := digits(w)
	return d, ok && d >= 1 && d <= 31
}

// monthAt matches a month name at token j. Its callers take a month only
// with a day number or after a preposition, so that may and march stay
// words elsewhere.
func (p *parser) monthAt(j int) (int, bool) {
	m, ok := enMonths[p.word(j)]
	return m, ok
}

// afterMonth reports that token j follows a month name at j-1: after
// spaces, or after an abbreviation's dot (Jul. 9).
func (p *parser) afterMonth(j int) bool {
	if j <= 0 || j >= len(p.toks) {
		return false
	}
	if p.spaced(j) {
		return true
	}
	gap := p.gap(j)
	return enAbbrevMonths[p.toks[j-1].w] && len(gap) >= 1 && gap[0] == '.' && strings.Trim(string(gap[1:]), " ") == ""
}

// enYear reads a year after token j-1: after spaces or a comma.
func (p *parser) enYear(j int) (int, bool) {
	if j >= len(p.toks) {
		return 0, false
	}
	if sep, _ := p.punct(j); sep != "" && sep != "," {
		return 0, false
	}
	return yearOf(p.toks[j].w)
}

// enExplicit matches a day and month (July 9, 9 July, 9th of July), with
// an optional year, or an ISO date at token j.
func (p *parser) enExplicit(j int) (date, bool) {
	if j >= len(p.toks) {
		return date{}, false
	}
	if len(p.toks[j].w) == 4 {
		if d, ok := p.numeric(j); ok {
			return d, true
		}
	}
	var d date
	var k int
	if m, ok := p.monthAt(j); ok {
		day, ok := dayNumber(p.word(j + 1))
		if !ok || !p.afterMonth(j+1) {
			return date{}, false
		}
		d, k = date{m: m, d: day}, j+2
	} else if day, ok := dayNumber(p.word(j)); ok {
		k = j + 1
		if p.wordAt(k, "of") {
			k++
		}
		m, ok := p.monthAt(k)
		if !ok || !p.spaced(k) {
			return date{}, false
		}
		d, k = date{m: m, d: day}, k+1
	} else {
		return date{}, false
	}
	d.next, d.end = k, p.toks[k-1].e
	if y, ok := p.enYear(k); ok {
		d.y, d.next, d.end = y, k+1, p.toks[k].e
	}
	if d.y != 0 && !valid(d.y, d.m, d.d) || d.y == 0 && !valid(2000, d.m, d.d) {
		return date{}, false
	}
	return d, true
}

// enTime extends an expression over a following time of day (yesterday
// morning, Thursday evening).
func (p *parser) enTime(e *Expr, j int) int {
	if j < len(p.toks) && p.spaced(j) && enTimes[p.toks[j].w] {
		e.End = p.toks[j].e
		return j + 1
	}
	return j
}

// enAfterWeekday matches an explicit date after a weekday ending before
// token j: "Thursday, July 9", "Thursday July 9".
func (p *parser) enAfterWeekday(j int) (date, bool) {
	if j >= len(p.toks) {
		return date{}, false
	}
	if sep, _ := p.punct(j); sep != "" && sep != "," {
		return date{}, false
	}
	return p.enExplicit(j)
}

func (p *parser) englishAt(i int) (Expr, int, bool) {
	w := p.toks[i].w
	start := p.toks[i].s
	// the day before yesterday, the day after tomorrow
	if w == "the" && p.wordAt(i+1, "day") && i+3 < len(p.toks) {
		off := 0
		switch {
		case p.wordAt(i+2, "before") && p.wordAt(i+3, "yesterday"):
			off = -2
		case p.wordAt(i+2, "after") && p.wordAt(i+3, "tomorrow"):
			off = 2
		}
		if off != 0 {
			return p.enRelative(Expr{Start: start, End: p.toks[i+3].e, Relative: true, Future: off > 0}, off, i+4)
		}
	}
	// the coming days/weeks
	if w == "the" && p.wordAt(i+1, "coming") && i+2 < len(p.toks) && p.spaced(i+2) && enPeriods[p.toks[i+2].w] {
		return Expr{Start: start, End: p.toks[i+2].e, Relative: true, Future: true}, i + 3, true
	}
	if off, ok := enRelative[w]; ok {
		return p.enRelative(Expr{Start: start, End: p.toks[i].e, Relative: true, Future: off > 0}, off, i+1)
	}
	if mod, ok := enMods[w]; ok && i+1 < len(p.toks) && p.spaced(i+1) {
		next := p.toks[i+1].w
		j := i + 1
		if w == "this" && next == "coming" && p.spaced(i+2) {
			mod, j = 1, i+2
			next = p.word(j)
		}
		switch {
		case w == "last" && next == "night":
			return p.enRelative(Expr{Start: start, End: p.toks[j].e, Relative: true}, -1, j+1)
		case w == "this" && enTimes[next] && next != "night":
			return p.enRelative(Expr{Start: start, End: p.toks[j].e, Relative: true}, 0, j+1)
		case enPeriods[next]:
			return Expr{Start: start, End: p.toks[j].e, Relative: true, Future: mod == 1}, j + 1, true
		}
		if wd, ok := enWeekdays[next]; ok {
			e := Expr{Start: start, End: p.toks[j].e, Relative: true}
			if p.hasPub {
				t := p.enWeekdayDate(wd, mod)
				e.Value = t.Format(time.DateOnly)
				e.Future = t.After(p.pub)
			} else {
				e.Future = mod == 1
			}
			return e, p.enTime(&e, j+1), true
		}
	}
	if wd, ok := enWeekdays[w]; ok {
		e := Expr{Start: start, End: p.toks[i].e, Relative: true}
		if p.hasPub {
			e.Value = p.weekdayDate(wd, 0).Format(time.DateOnly)
		}
		j := p.enTime(&e, i+1)
		if d, ok := p.enAfterWeekday(j); ok {
			p.apply(&e, d)
			j = d.next
		}
		return e, j, true
	}
	if d, ok := p.enExplicit(i); ok {
		e := Expr{Start: start}
		p.apply(&e, d)
		return e, d.next, true
	}
	// A month alone after a preposition, optionally with a year.
	if _, ok := p.monthAt(i); ok && i > 0 && p.spaced(i) && enMonthPreps[p.toks[i-1].w] {
		e := Expr{Start: start, End: p.toks[i].e}
		next := i + 1
		if y, ok := p.enYear(next); ok && y > 0 {
			e.End, next = p.toks[next].e, next+1
		}
		return e, next, true
	}
	return Expr{}, 0, false
}

// enRelative resolves a relative expression off days from publication and
// takes in a following time of day or weekday (yesterday, Wednesday).
func (p *parser) enRelative(e Expr, off, j int) (Expr, int, bool) {
	if p.hasPub {
		e.Value = p.pub.AddDate(0, 0, off).Format(time.DateOnly)
	}
	j = p.enTime(&e, j)
	if j < len(p.toks) {
		if sep, _ := p.punct(j); sep == "" || sep == "," {
			if _, ok := enWeekdays[p.toks[j].w]; ok {
				e.End = p.toks[j].e
				j++
			}
		}
	}
	return e, j, true
}

// enWeekdayDate resolves a weekday after a modifier: -1 strictly before
// publication, 1 strictly after, 2 (this) on or after.
func (p *parser) enWeekdayDate(wd, mod int) time.Time {
	if mod == 2 {
		diff := (wd - int(p.pub.Weekday()) + 7) % 7
		return p.pub.AddDate(0, 0, diff)
	}
	return p.weekdayDate(wd, mod)
}
