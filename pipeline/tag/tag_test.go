package tag_test

import (
	"testing"

	"github.com/extract-news/extract/pipeline/internal/fixture"
	"github.com/extract-news/extract/pipeline/normalize"
	"github.com/extract-news/extract/pipeline/tag"
	"github.com/extract-news/extract/pipeline/tokenize"
)

func TestTag(t *testing.T) {
	g := fixture.Gazetteer(t)
	tg := tag.New(g)
	for _, tc := range []struct {
		text string
		want []string // matched analysis-form spans, inner names in brackets
	}{
		{"وصل وبدمشق لافروف", []string{"دمشق", "لافروف"}},
		{"قال وزير الدفاع الروسي", []string{"وزير الدفاع", "الروسي"}},
		{"قال الأمين العام للأمم المتحدة", []string{"الامين العام للامم المتحده[لامم المتحده]"}},
		{"وصل المبعوث الأممي إلى سوريا", []string{"المبعوث الاممي الي سوريا[سوريا]"}},
		{"الضفة الغربية، دمشق", []string{"الضفه الغربيه", "دمشق"}},
		{"لا شيء هنا", nil},
	} {
		text := normalize.Normalize(tc.text)
		an := tokenize.Analyze(text.Runes)
		var got []string
		for _, m := range tg.Tag(an.Tokens) {
			s := string(text.Runes[m.Start:m.End])
			for _, in := range m.Inner {
				s += "[" + string(text.Runes[in.Start:in.End]) + "]"
			}
			got = append(got, s)
		}
		if len(got) != len(tc.want) {
			t.Errorf("%s: got %q, want %q", tc.text, got, tc.want)
			continue
		}
		for i := range got {
			if got[i] != tc.want[i] {
				t.Errorf("%s: got %q, want %q", tc.text, got, tc.want)
				break
			}
		}
	}
}
