package wordsig

import (
	"fmt"
	"strings"
	"testing"
)

func TestSet(t *testing.T) {
	words := map[string]bool{"التقى": true, "استقبل": true, "قمة": true, "a": true, "": true}
	s := Of(words)
	for w := range words {
		if !s.MayHave(w) {
			t.Errorf("MayHave(%q) = false for a word added", w)
		}
	}
	// Few other words pass: the filter is worth its test.
	passed := 0
	for i := range 1000 {
		if s.MayHave(fmt.Sprintf("كلمة%d", i)) {
			passed++
		}
	}
	if passed > 50 {
		t.Errorf("%d of 1000 other words passed the filter of %d words", passed, len(words))
	}
}

func ExampleSet() {
	s := Of(map[string]bool{"قمة": true})
	fmt.Println(s.MayHave("قمة"), s.MayHave(strings.Repeat("ب", 7)))
	// Output: true false
}
