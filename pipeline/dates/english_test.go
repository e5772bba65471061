package dates

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/extract-news/extract/pipeline/normalize"
)

var englishCases = []struct {
	name string
	pub  time.Time
	text string
	want []want
}{
	// relative words
	{"today", thu, "The talks continue today in Geneva.", []want{{"today", "2020-07-09", true, false}}},
	{"yesterday", thu, "Assad met Shoigu yesterday.", []want{{"yesterday", "2020-07-08", true, false}}},
	{"tomorrow", thu, "They will meet tomorrow.", []want{{"tomorrow", "2020-07-10", true, true}}},
	{"tonight", thu, "The summit ends tonight.", []want{{"tonight", "2020-07-09", true, false}}},
	{"yesterday morning", thu, "The delegation arrived yesterday morning.", []want{{"yesterday morning", "2020-07-08", true, false}}},
	{"day before yesterday", thu, "They met the day before yesterday in Moscow.", []want{{"the day before yesterday", "2020-07-07", true, false}}},
	{"day after tomorrow", thu, "They meet the day after tomorrow.", []want{{"the day after tomorrow", "2020-07-11", true, true}}},
	{"last night", thu, "The two leaders dined last night.", []want{{"last night", "2020-07-08", true, false}}},
	{"this morning", thu, "He landed this morning.", []want{{"this morning", "2020-07-09", true, false}}},
	{"yesterday weekday", thu, "They met yesterday, Wednesday, in Ankara.", []want{{"yesterday, Wednesday", "2020-07-08", true, false}}},

	// weekdays
	{"on weekday", thu, "Assad received Shoigu on Tuesday.", []want{{"Tuesday", "2020-07-07", true, false}}},
	{"weekday is today", thu, "Assad received Shoigu on Thursday.", []want{{"Thursday", "2020-07-09", true, false}}},
	{"weekday evening", thu, "They met on Monday evening.", []want{{"Monday evening", "2020-07-06", true, false}}},
	{"last weekday", thu, "They met last Thursday.", []want{{"last Thursday", "2020-07-02", true, false}}},
	{"next weekday", thu, "They meet next Thursday.", []want{{"next Thursday", "2020-07-16", true, true}}},
	{"this weekday", thu, "They meet this Saturday.", []want{{"this Saturday", "2020-07-11", true, true}}},
	{"this coming weekday", thu, "They meet this coming Monday.", []want{{"this coming Monday", "2020-07-13", true, true}}},
	{"weekday with date", thu, "They met on Thursday, July 9, in Damascus.", []want{{"Thursday, July 9", "2020-07-09", false, false}}},

	// explicit dates
	{"month day", thu, "They met on July 1 in Sochi.", []want{{"July 1", "2020-07-01", false, false}}},
	{"month day ordinal", thu, "They met on July 1st.", []want{{"July 1st", "2020-07-01", false, false}}},
	{"month day year", thu, "The deal was signed on August 15, 2019, in Doha.", []want{{"August 15, 2019", "2019-08-15", false, false}}},
	{"day month", thu, "They met on 3 July.", []want{{"3 July", "2020-07-03", false, false}}},
	{"day month year", thu, "They met on 3 November 2018.", []want{{"3 November 2018", "2018-11-03", false, false}}},
	{"day of month", thu, "They met on the 3rd of July.", []want{{"3rd of July", "2020-07-03", false, false}}},
	{"abbreviation", thu, "They met on Jul. 2 in Tehran.", []want{{"Jul. 2", "2020-07-02", false, false}}},
	{"abbreviation no dot", thu, "They met on Sept 30.", []want{{"Sept 30", "2019-09-30", false, false}}},
	{"near future", thu, "The summit opens on September 5.", []want{{"September 5", "2020-09-05", false, true}}},
	{"iso", thu, "Published 2020-07-08 by the agency.", []want{{"2020-07-08", "2020-07-08", false, false}}},
	{"may with day", thu, "They met on May 5.", []want{{"May 5", "2020-05-05", false, false}}},
	{"day may", thu, "They met on 5 May.", []want{{"5 May", "2020-05-05", false, false}}},

	// months and periods without a day
	{"in month", thu, "The offensive began in March.", []want{{"March", "", false, false}}},
	{"month year", thu, "Talks stalled in December 2019.", []want{{"December 2019", "", false, false}}},
	{"last week", thu, "They met last week.", []want{{"last week", "", true, false}}},
	{"next month", thu, "They meet next month.", []want{{"next month", "", true, true}}},
	{"coming days", thu, "They will meet in the coming days.", []want{{"the coming days", "", true, true}}},

	// not dates
	{"may verb", thu, "The ministers may meet again.", nil},
	{"march verb", thu, "Protesters march to the square.", nil},
	{"number", thu, "Some 12 people were killed.", nil},
	{"may number", thu, "It may 2 be so.", []want{{"may 2", "2020-05-02", false, false}}},

	// unknown publication date
	{"no pub relative", time.Time{}, "They met yesterday.", []want{{"yesterday", "", true, false}}},
	{"no pub weekday", time.Time{}, "They met on Tuesday.", []want{{"Tuesday", "", true, false}}},
	{"no pub explicit", time.Time{}, "They met on July 9, 2020.", []want{{"July 9, 2020", "2020-07-09", false, false}}},
	{"no pub explicit no year", time.Time{}, "They met on July 9.", []want{{"July 9", "", false, false}}},

	// several
	{"two", thu, "They met on Monday and will meet again next Tuesday.", []want{{"Monday", "2020-07-06", true, false}, {"next Tuesday", "2020-07-14", true, true}}},
}

func TestFindEnglish(t *testing.T) {
	for _, tc := range englishCases {
		t.Run(tc.name, func(t *testing.T) {
			text := []rune(normalize.String(tc.text))
			got := FindEnglish(text, tc.pub)
			var gs, ws []string
			for _, e := range got {
				gs = append(gs, fmt.Sprintf("%s|%s|%v|%v", string(text[e.Start:e.End]), e.Value, e.Relative, e.Future))
			}
			for _, w := range tc.want {
				ws = append(ws, fmt.Sprintf("%s|%s|%v|%v", normalize.String(w.expr), w.value, w.relative, w.future))
			}
			if strings.Join(gs, "\n") != strings.Join(ws, "\n") {
				t.Errorf("FindEnglish(%q)\n got: %q\nwant: %q", tc.text, gs, ws)
			}
		})
	}
}

func BenchmarkFindEnglish(b *testing.B) {
	text := []rune(normalize.String(strings.Repeat("Syrian President Bashar al-Assad met Russian Defence Minister Sergei Shoigu in Damascus on Thursday, July 9, the presidency said. ", 50)))
	b.SetBytes(int64(len(string(text))))
	for b.Loop() {
		FindEnglish(text, thu)
	}
}
