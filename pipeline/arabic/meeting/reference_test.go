package meeting_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/extract-news/extract/pipeline"
	"github.com/extract-news/extract/pipeline/doc"
	"github.com/extract-news/extract/pipeline/internal/fixture"
)

// kinds renders events as "status kind dated period date" lines.
func kinds(r *doc.Result) []string {
	var out []string
	for _, e := range r.Events {
		date := "-"
		if e.Date != nil {
			date = e.Date.Value
			if date == "" {
				date = "?"
			}
		}
		line := fmt.Sprintf("%s %s %s", e.Status, e.Kind, date)
		if e.Dated != "" {
			line += " " + e.Dated
		}
		if e.Period != "" {
			line += " " + e.Period
		}
		out = append(out, line)
	}
	return out
}

func TestClassify(t *testing.T) {
	x := pipeline.New(fixture.Gazetteer(t))
	pub := time.Date(2018, 8, 16, 10, 0, 0, 0, time.UTC) // a Thursday
	tests := []struct {
		name, text string
		want       []string
	}{
		{"the news of the day", "التقى بوتين أردوغان الخميس في موسكو.",
			[]string{"occurred report 2018-08-16"}},
		{"no date: the news", "التقى بوتين أردوغان في موسكو.",
			[]string{"occurred report -"}},
		{"a headline in the present", "الرئيس بشار الأسد يستقبل وزير الخارجية الروسي سيرغي لافروف.",
			[]string{"occurred report -"}},
		{"a date long before publication", "التقى بوتين أردوغان في 12 يونيو في موسكو.",
			[]string{"occurred reference 2018-06-12 exact"}},
		{"a date a few days before", "التقى بوتين أردوغان في 12 أغسطس في موسكو.",
			[]string{"occurred report 2018-08-12"}},
		{"last month", "التقى بوتين أردوغان الشهر الماضي في موسكو.",
			[]string{"occurred reference ? month 2018-07"}},
		{"a month named", "التقى بوتين أردوغان في يونيو الماضي في موسكو.",
			[]string{"occurred reference ? month 2018-06"}},
		{"a month and its year past the eighth word", "وأثار ذلك بوتين في أول اجتماع له في الكرملين مع أردوغان في فبراير شباط 2017 كما قال.",
			[]string{"occurred reference ? month 2017-02"}},
		{"hours from the news, the meeting of the day", "وجاءت هذه التطورات قبل ساعات من لقاء بوتين بأردوغان في موسكو.",
			[]string{"occurred report -"}},
		{"a meeting during a stay of days has no day", "وقال لافروف الخميس إن بوتين زار موسكو على مدار 5 أيام، التقى خلالها أردوغان.",
			[]string{"occurred reference - earlier"}},
		{"a coming month is a plan", "ويتوقع أن تعقد قمة بين بوتين وأردوغان مطلع أكتوبر.",
			[]string{"planned report ?"}},
		{"the last meeting, in a month after publication's", "وجرى آخر لقاء بين بوتين وأردوغان على هامش قمة في فيتنام في نوفمبر.",
			[]string{"occurred reference ? month 2017-11"}},
		{"held before its subject", "عقد الرئيس الروسي فلاديمير بوتين اجتماعا مع الرئيس التركي رجب طيب أردوغان.",
			[]string{"occurred report -"}},
		{"last year", "وعقد بوتين العام الماضي محادثات مع أردوغان في موسكو.",
			[]string{"occurred reference ? year 2017"}},
		{"days ago, a year of something else further on", "والتقى بوتين وأردوغان قبل أيام في موسكو، مما أثار انتقادات بشأن الانتخابات التي أجريت عام 2016.",
			[]string{"occurred reference - earlier"}},
		{"history, with its year", "التقى الرئيس بوتين الرئيس أردوغان عام 1945 على متن طراد.",
			[]string{"occurred reference - year 1945"}},
		{"history, its year at the end of the sentence", "والتقى بوتين أردوغان على متن البارجة الأمريكية كوينسي في البحر الاحمر عام 1945.",
			[]string{"occurred reference - year 1945"}},
		{"years ago", "وذكر بلقاء حدث قبل 73 عاما بين بوتين وأردوغان في مصر.",
			[]string{"occurred reference - earlier"}},
		{"a date inside a phrase is not the meeting's", "التقى بوتين أردوغان وبحثا حدود 4 يونيو 1967.",
			[]string{"occurred report -"}},
		{"a summit named after its place", "وخلال قمة موسكو بين بوتين وأردوغان اتفق الطرفان على التهدئة.",
			[]string{"occurred reference - earlier"}},
		{"their last meeting", "وأشاد بوتين باللقاء الأخير مع أردوغان.",
			[]string{"occurred reference - earlier"}},
		{"since the summit", "لم يتحدث بوتين منذ قمة مع أردوغان.",
			[]string{"occurred reference - earlier"}},
		{"the pluperfect of the background", "وكان بوتين قد التقى أردوغان في موسكو.",
			[]string{"occurred reference - earlier"}},
		{"the pluperfect with a recent day is news", "وكان بوتين قد التقى أردوغان أمس في موسكو.",
			[]string{"occurred report 2018-08-15"}},
		{"days ago", "والتقى بوتين وأردوغان قبل أيام في موسكو.",
			[]string{"occurred reference - earlier"}},
		{"a meeting noun alone, without date or verb", "وتحدث الخبراء عن القمة بين بوتين وأردوغان.",
			[]string{"occurred reference - earlier"}},
		{"a meeting noun held", "وعقد بوتين قمة مع أردوغان في موسكو.",
			[]string{"occurred report -"}},
		{"a press conference together, told as news", "وقال بوتين في مؤتمر صحفي مشترك مع أردوغان إن العلاقات جيدة.",
			[]string{"occurred report -"}},
		{"after talks with, told as news", "وقال بوتين إثر محادثات مع أردوغان إن العلاقات جيدة.",
			[]string{"occurred report -"}},
		{"at the start of their summit", "صافح بوتين أردوغان في مستهل قمتهما في موسكو.",
			[]string{"occurred report -"}},
		{"during his meeting", "وقال بوتين خلال لقائه أردوغان في موسكو إن الوضع صعب.",
			[]string{"occurred report -"}},
		{"an expected summit is a plan", "وتحدث الخبراء عن القمة المرتقبة بين بوتين وأردوغان.",
			[]string{"planned report -"}},
		{"agreed to meet is a plan", "ووافق بوتين على لقاء أردوغان.",
			[]string{"planned report -"}},
		{"when they meet is a plan", "وقال لافروف إن الاتفاق ممكن عندما يلتقي بوتين أردوغان.",
			[]string{"planned report -"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := x.Process(context.Background(), &doc.Document{ID: "t", Text: tt.text, Published: pub})
			if err != nil {
				t.Fatal(err)
			}
			if got := kinds(r); strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("%s\n got: %q\nwant: %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestClassifyNoPublication checks that without a publication date no
// stated date makes a reference by its distance, and a year still does
// not resolve.
func TestClassifyNoPublication(t *testing.T) {
	x := pipeline.New(fixture.Gazetteer(t))
	r, err := x.Process(context.Background(), &doc.Document{ID: "t", Text: "التقى بوتين أردوغان في 12 يونيو 2017 في موسكو."})
	if err != nil {
		t.Fatal(err)
	}
	if got := kinds(r); len(got) != 1 || got[0] != "occurred report 2017-06-12" {
		t.Errorf("got %q, want one report dated 2017-06-12", got)
	}
}
