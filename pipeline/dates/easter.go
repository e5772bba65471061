package dates

import "time"

// easter returns Easter Sunday of the Western churches in year y (the
// Gregorian computus of the anonymous algorithm, as in Meeus).
func easter(y int) time.Time {
	a := y % 19
	b, c := y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return time.Date(y, time.Month(month), day, 0, 0, 0, 0, time.UTC)
}

// easterNear returns the Easter Sunday nearest the publication date pub
// that falls at most maxAhead after it (عطلة عيد الفصح in an April
// article is that spring's; in a January one, the last).
func easterNear(pub time.Time) time.Time {
	best := time.Time{}
	for y := pub.Year() - 1; y <= pub.Year()+1; y++ {
		t := easter(y)
		if t.Sub(pub) > maxAhead {
			continue
		}
		if best.IsZero() || absDur(t.Sub(pub)) < absDur(best.Sub(pub)) {
			best = t
		}
	}
	return best
}

func absDur(d time.Duration) time.Duration {
	if d < 0 {
		return -d
	}
	return d
}

// holiday reads عيد الفصح or عيد القيامة (Easter), optionally after عطلة
// (the Easter holiday), at token j: the end and next token of the
// expression and the clitic length of its first word.
func (p *parser) holiday(j int, first bool) (end, next, pre int, ok bool) {
	k := j
	lead := -1
	if pr, ok := p.inSet(k, first, holidayLeads); ok {
		lead, k, first = pr, k+1, false
	}
	pr, ok := p.at(k, first, wEid)
	if !ok || k+1 >= len(p.toks) || !p.spaced(k+1) || !easterWords[p.toks[k+1].w] {
		return 0, 0, 0, false
	}
	if lead >= 0 {
		pr = lead
	}
	return p.toks[k+1].e, k + 2, pr, true
}
