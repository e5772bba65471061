package input_test

import (
	"context"
	"fmt"
	"strings"

	"github.com/extract-news/extract/pipeline/input"
)

func Example() {
	// "-" reads JSON Lines from Options.Stdin (os.Stdin when nil).
	stdin := strings.NewReader(`{"id":"a1","title":"قمة في سوتشي","text":"استقبل بوتين أردوغان.","published":"2018-02-18T21:35:43+04:00"}
{"text":"التقى الرئيسان في أنقرة.","published":"2018-02-19"}
{"id":"a1","text":"نص آخر"}
{"id":"x","text":5}
`)
	for d, err := range input.Documents(context.Background(), []string{"-"}, input.Options{Stdin: stdin}) {
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println(d.ID, d.Origin, d.Published.Format("2006-01-02 -07:00"), d.Title, d.Warnings)
	}
	// Output:
	// a1 -:1 2018-02-18 +04:00 قمة في سوتشي []
	// stdin-2 -:2 2018-02-19 +00:00  []
	// a1~2 -:3 0001-01-01 +00:00  [duplicate id a1 (first at -:1), renamed a1~2]
	// error: -:4: field "text": want string, got number
}
