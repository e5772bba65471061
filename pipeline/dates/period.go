package dates

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/extract-news/extract/pipeline/normalize"
)

// Period returns what a date expression without a resolved day says of
// its time, resolved against the publication date: "YYYY-MM" when it
// names a month (في يونيو الماضي، الشهر الماضي، مارس 2017، حزيران), "YYYY"
// when it names only a year (العام الماضي، عام 1945), "" otherwise. A
// month without a year is the last such month up to the publication
// month (the publication month itself included). Relative expressions
// need the publication date; without it only explicit years resolve.
func Period(text string, published time.Time) string {
	words := strings.FieldsFunc(normalize.String(text), func(r rune) bool { return !isWordRune(r) })
	year, month := 0, 0
	rel := 0 // الماضي / المقبل / الجاري after الشهر or العام
	period := ""
	for i, w := range words {
		if m, ok := months[w]; ok && month == 0 {
			month = m
			continue
		}
		if m2, ok := months2[w]; ok && i+1 < len(words) {
			if m, ok := m2[words[i+1]]; ok && month == 0 {
				month = m
				continue
			}
		}
		if y, err := strconv.Atoi(w); err == nil && len(w) == 4 && y >= 1900 && y <= 2100 {
			year = y
			continue
		}
		if periods[w] && period == "" {
			period = w
			continue
		}
		if d, ok := mods[w]; ok && rel == 0 {
			rel = d
		}
	}
	hasPub := !published.IsZero()
	switch {
	case month > 0 && year > 0:
		return fmt.Sprintf("%04d-%02d", year, month)
	case month > 0 && hasPub:
		y := published.Year()
		if month > int(published.Month()) || rel == -1 && month == int(published.Month()) {
			y--
		}
		return fmt.Sprintf("%04d-%02d", y, month)
	case year > 0:
		return fmt.Sprintf("%04d", year)
	case period == wAlShahr && hasPub && rel != 0:
		t := time.Date(published.Year(), published.Month(), 1, 0, 0, 0, 0, time.UTC)
		switch rel {
		case -1:
			t = t.AddDate(0, -1, 0)
		case 1:
			t = t.AddDate(0, 1, 0)
		}
		return t.Format("2006-01")
	case (period == wAlAam || period == wAlSana) && hasPub && rel != 0:
		y := published.Year()
		switch rel {
		case -1:
			y--
		case 1:
			y++
		}
		return strconv.Itoa(y)
	}
	return ""
}

// wAlSana is السنة, a period like العام.
var wAlSana = n("السنة")
