package dates_test

import (
	"fmt"
	"time"

	"github.com/extract-news/extract/pipeline/dates"
	"github.com/extract-news/extract/pipeline/normalize"
)

func ExampleFind() {
	text := []rune(normalize.String("التقى الرئيس مساء أمس الأربعاء نظيره، على أن يلتقيا مجدداً الأحد المقبل وفي 20 تموز/ يوليو."))
	published := time.Date(2020, 7, 9, 0, 0, 0, 0, time.UTC)
	for _, e := range dates.Find(text, published) {
		fmt.Printf("%s → %q relative=%v future=%v\n", string(text[e.Start:e.End]), e.Value, e.Relative, e.Future)
	}
	// Output:
	// مساء امس الاربعاء → "2020-07-08" relative=true future=false
	// الاحد المقبل → "2020-07-12" relative=true future=true
	// 20 تموز/ يوليو → "2020-07-20" relative=false future=true
}
