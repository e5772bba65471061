package resolve_test

import (
	"context"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/extract-news/extract/pipeline/doc"
)

// TestPlacesWithCues checks places found or refused by the words around
// them, with the real lists: palaces no list knows after قصر (not قصر as
// "shortness"), and a word with the pronoun ه that folding made look like
// a town in ة (حديثه, "his talk", is not Haditha).
func TestPlacesWithCues(t *testing.T) {
	x := realExtractor(t)
	pub := time.Date(2018, 6, 1, 0, 0, 0, 0, time.UTC)
	for _, tt := range []struct{ name, text, want string }{
		{"a palace no list knows", "استقبل الملك عبدالله الثاني في قصر الحسينية الوزير.", "قصر الحسينية"},
		{"a palace with a clitic", "وأقيم الحفل بقصر كنسينغتون في لندن.", "قصر كنسينغتون لندن"},
		{"shortness is no palace", "وعانى من قصر النظر ومن قصر المدة.", ""},
		{"a palace of an office is named by its city", "اجتمعا في قصر الرئاسة في دمشق.", "دمشق"},
		{"his talk is not Haditha", "وقال أردوغان في حديثه مع الصحفيين إن الاقتصاد قوي.", ""},
		{"Haditha written with ة after a cue", "وسيطرت القوات على مدينة حديثة.", "مدينة حديثة"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r, err := x.Process(context.Background(), &doc.Document{ID: "t", Text: tt.text, Published: pub})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, e := range r.Entities {
				if e.Type == "place" {
					for _, m := range e.Mentions {
						got = append(got, m.Text)
					}
				}
			}
			sort.Strings(got)
			if s := strings.Join(got, " "); s != tt.want {
				t.Errorf("%s\n got: %q\nwant: %q", tt.text, s, tt.want)
			}
		})
	}
}
