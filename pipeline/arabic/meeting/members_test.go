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

// realExtractor returns the pipeline with the project's own lists.
func realExtractor(t *testing.T) *pipeline.Extractor {
	t.Helper()
	return pipeline.New(fixture.Real(t))
}

// expectEvents processes text published at pub and checks its events'
// summaries against want, in order; it returns the result.
func expectEvents(t *testing.T, x *pipeline.Extractor, text string, pub time.Time, want []string) *doc.Result {
	t.Helper()
	r, err := x.Process(context.Background(), &doc.Document{ID: "t", Text: text, Published: pub})
	if err != nil {
		t.Fatal(err)
	}
	if got := summary(r); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	return r
}

// TestSummitMembers checks the leaders of an organization's members who
// sat at its summit, with the project's lists (organizations.yaml gives
// the members; people.yaml the offices and their dates).
func TestSummitMembers(t *testing.T) {
	x := realExtractor(t)
	pub := time.Date(2018, 6, 16, 10, 0, 0, 0, time.UTC)
	tests := []struct {
		name, text string
		want       []string
		members    string // the participants by office
	}{
		{"a leader only spoken to at the summit, and the EU's president",
			"هدد الرئيس الأميركي دونالد ترامب خلال قمة مجموعة السبع في كندا رئيس الوزراء الياباني شينزو آبي. وقال ترامب للرئيس الفرنسي إيمانويل ماكرون إن الإرهابيين في باريس. كما واجه رئيس المفوضية الأوروبية جان كلود يونكر انتقادات ترامب.",
			[]string{"occurred: donald-trump/participant shinzo-abe/participant emmanuel-macron/participant jean-claude-juncker/participant @canada -"},
			"emmanuel-macron jean-claude-juncker"},
		{"a leader of no member, and a minister, stay out",
			"هدد الرئيس الأميركي دونالد ترامب خلال قمة مجموعة السبع في كندا رئيس الوزراء الياباني شينزو آبي. وقال الرئيس الروسي فلاديمير بوتين إن روسيا لا تريد العودة. وقال وزير الخارجية الفرنسي جان إيف لودريان إن القمة صعبة.",
			[]string{"occurred: donald-trump/participant shinzo-abe/participant @canada -"}, ""},
		{"a summit to come brings no one",
			"سيلتقي الرئيس الأميركي دونالد ترامب رئيس الوزراء الياباني شينزو آبي خلال قمة مجموعة السبع في كندا الأسبوع المقبل. وقالت المستشارة الألمانية أنغيلا ميركل إن التجارة على جدول الأعمال.",
			[]string{"planned: donald-trump/participant shinzo-abe/participant @canada ?"}, ""},
		{"a former leader stays out",
			"هدد الرئيس الأميركي دونالد ترامب خلال قمة مجموعة السبع في كندا رئيس الوزراء الياباني شينزو آبي. وكان الرئيس السابق باراك أوباما قد حضر قمم المجموعة.",
			[]string{"occurred: donald-trump/participant shinzo-abe/participant @canada -"}, ""},
		{"NATO's secretary general sits at its summit",
			"انتقد الرئيس الأميركي دونالد ترامب خلال قمة حلف شمال الأطلسي في بروكسل المستشارة الألمانية أنغيلا ميركل. وقال ينس ستولتنبرغ إن الحلف موحد.",
			[]string{"occurred: donald-trump/participant angela-merkel/participant jens-stoltenberg/participant @brussels -"},
			"jens-stoltenberg"},
		{"a summit told as over, one leader in its clause",
			"قال الرئيس الأميركي دونالد ترامب في ختام قمة مجموعة السبع إن المحادثات كانت جيدة. وانتقد رئيس الوزراء الكندي جاستن ترودو الرسوم الجمركية.",
			[]string{"occurred: donald-trump/participant justin-trudeau/participant @- -"}, "justin-trudeau"},
		{"a summit ahead is no such report",
			"قال الرئيس الأميركي دونالد ترامب قبل قمة مجموعة السبع إن المحادثات ستكون صعبة. وانتقد رئيس الوزراء الكندي جاستن ترودو الرسوم الجمركية.",
			nil, ""},
		{"a summit that only adds evidence to another meeting brings no one",
			"قال الرئيس الأميركي دونالد ترامب إن لقاءه مع الرئيس الروسي فلاديمير بوتين كان أفضل من لقاءاته خلال قمة حلف شمال الأطلسي. وقالت المستشارة الألمانية أنغيلا ميركل إن الحلف موحد.",
			[]string{"occurred: donald-trump/participant vladimir-putin/participant @- -"}, ""},
		{"the summit is only the occasion of a meeting of two",
			"التقى الرئيس الأميركي دونالد ترامب رئيس الوزراء الياباني شينزو آبي على هامش قمة مجموعة السبع في كندا. وقال الرئيس الفرنسي إيمانويل ماكرون إن القمة صعبة.",
			[]string{"occurred: donald-trump/participant shinzo-abe/participant @canada -"}, ""},
		{"a state that had not joined yet stays out",
			"انتقد الرئيس الأميركي دونالد ترامب خلال قمة حلف شمال الأطلسي في بروكسل المستشارة الألمانية أنغيلا ميركل. وقال الرئيس الفنلندي ساولي نينيستو إن بلاده شريك.",
			[]string{"occurred: donald-trump/participant angela-merkel/participant @brussels -"}, ""},
		{"a summit named after a city has no members",
			"التقى الرئيس الأميركي دونالد ترامب الرئيس الروسي فلاديمير بوتين خلال قمة هلسنكي. وقال الرئيس الفرنسي إيمانويل ماكرون إن القمة مهمة.",
			[]string{"occurred: donald-trump/participant vladimir-putin/participant @helsinki -"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := expectEvents(t, x, tt.text, pub, tt.want)
			// Only those the summit's clause does not name are members.
			for _, e := range r.Events {
				for _, p := range e.Participants {
					if byOffice := p.Via == doc.ViaMember; byOffice != strings.Contains(tt.members, p.Entity) {
						t.Errorf("%s: via %q", p.Entity, p.Via)
					}
				}
			}
		})
	}
}

// TestLeadCountry checks that a lead telling of talks in a country, with
// their day, dates the meeting the body places in its capital, with the
// project's lists (العاصمة الكويتية is Kuwait City).
func TestLeadCountry(t *testing.T) {
	x := realExtractor(t)
	text := "وقعت السعودية والكويت، الأربعاء، على محضر إنشاء مجلس تنسيقي خلال جلسة مباحثات رسمية عقدت في الكويت. ووقع الاتفاقية عن الجانب الكويتي وزير الخارجية صباح خالد الصباح، ونظيره السعودي عادل الجبير في العاصمة الكويتية."
	expectEvents(t, x, text, time.Date(2018, 7, 18, 14, 0, 0, 0, time.UTC), []string{"occurred: sabah-al-khalid/host adel-al-jubeir/guest @kuwait-city 2018-07-18"})
}

// TestSummitMembersJoined checks a member that joined the organization
// later: at its summits only from the day it joined (North Macedonia,
// NATO's since 27 March 2020).
func TestSummitMembersJoined(t *testing.T) {
	x := realExtractor(t)
	text := "انتقد الرئيس الأميركي %s خلال قمة حلف شمال الأطلسي في بروكسل المستشارة الألمانية أنغيلا ميركل. وقال رئيس الوزراء المقدوني زوران زائيف إن بلاده حليف."
	tests := []struct {
		name, president string
		pub             time.Time
		want            string
	}{
		{"before it joined", "دونالد ترامب", time.Date(2018, 7, 12, 0, 0, 0, 0, time.UTC),
			"occurred: donald-trump/participant angela-merkel/participant @brussels -"},
		{"after", "جو بايدن", time.Date(2021, 6, 15, 0, 0, 0, 0, time.UTC),
			"occurred: joe-biden/participant angela-merkel/participant zoran-zaev/participant @brussels -"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			expectEvents(t, x, fmt.Sprintf(text, tt.president), tt.pub, []string{tt.want})
		})
	}
}

// TestSaidAfterTalks checks, with the project's lists, that what someone
// said right after talks takes the day he spoke on in the sentence
// before.
func TestSaidAfterTalks(t *testing.T) {
	x := realExtractor(t)
	text := "وقال المبعوث الروسي الخاص إلى سوريا ألكسندر لافرينتيف، الثلاثاء، إن موسكو تأمل بالتوصل لحل سلمي. وذكر لافرينتيف للصحفيين، بعد محادثات في جنيف مع مبعوث الأمم المتحدة ستافان دي ميستورا \"نقول إن من الأفضل تسوية الوضع بطريقة سلمية\"."
	expectEvents(t, x, text, time.Date(2018, 9, 11, 19, 0, 0, 0, time.UTC), []string{"occurred: alexander-lavrentiev/participant staffan-de-mistura/participant @geneva 2018-09-11"})
}

// TestSaidAtPressConference checks, with the project's lists, that what
// someone said at a joint press conference takes the day he spoke on a
// few sentences before, all of them his.
func TestSaidAtPressConference(t *testing.T) {
	x := realExtractor(t)
	text := "قال الرئيس الفرنسي إيمانويل ماكرون اليوم الخميس إن بلاده وروسيا عازمتان على إنشاء آلية تنسيق. وقال ماكرون إن فكرة الآلية تقوم على تنسيق الجهود. وأضاف ماكرون في مؤتمر صحفي مشترك مع نظيره الروسي فلاديمير بوتين في مدينة سان بطرسبورغ الروسية \"نحن بحاجة لأن نتحدث عن الوضع بعد الحرب\"."
	expectEvents(t, x, text, time.Date(2018, 5, 24, 21, 0, 0, 0, time.UTC), []string{"occurred: emmanuel-macron/guest vladimir-putin/host @saint-petersburg 2018-05-24"})
}

// TestMeetingReadings checks, with the project's lists, readings of
// meetings drawn from random corpus records: who is a party, whether the
// meeting is held or to come, and its day and place. Each case fails on
// the code before the rule it names.
func TestMeetingReadings(t *testing.T) {
	x := realExtractor(t)
	tests := []struct {
		name, text string
		pub        time.Time
		want       []string
	}{
		{"who heads a body, named in a relative clause after it, is no party",
			"وجاءت الدعوة على لسان الأمين العام للحزب الذي يرأسه بوتفليقة، خلال لقاء حضره نواب ووزراء، يتقدمهم وزير الخارجية عبد القادر مساهل.",
			time.Date(2018, 4, 8, 10, 0, 0, 0, time.UTC),
			nil},
		{"a relative clause in the present after the people بين names holds the summit later; a later بين noun of the pair is that plan",
			"ذكرت وكالة يونهاب الكورية الجنوبية، الاثنين، أن القمة التاريخية بين الزعيم الكوري الشمالي، كيم جونغ أون، والرئيس الأميركي، دونالد ترامب، التي تعقد الثلاثاء في فندق كابيلا بجزيرة سينتوسا في سنغافورة، تركز على الاتفاق. ولهذا السبب تركز الاهتمام على لقاء القمة بين ترامب وكيم.",
			time.Date(2018, 6, 11, 4, 57, 0, 0, time.UTC),
			[]string{"planned: kim-jong-un/participant donald-trump/participant @singapore 2018-06-12"}},
		{"talks that will not be easy are to come",
			"قال المتحدث باسم الكرملين، ديمتري بيسكوف، الاثنين، إن المحادثات بين الرئيس الأميركي دونالد ترامب ونظيره الروسي فلاديمير بوتن بشأن سوريا لن تكون سهلة.",
			time.Date(2018, 7, 16, 8, 0, 0, 0, time.UTC),
			[]string{"planned: donald-trump/participant vladimir-putin/participant @- -"}},
		{"لن in another clause after the noun does not make it to come",
			"وقال الرئيس ترامب في المؤتمر الصحفي المشترك الذي عقده مع رئيس الوزراء الياباني شينزو آبي إنه إذا اعتقد أن الاجتماع لن يكون ناجحا فسيغادر.",
			time.Date(2018, 7, 16, 8, 0, 0, 0, time.UTC),
			[]string{"occurred: donald-trump/participant shinzo-abe/participant @- -"}},
		{"a meeting with an aide a few sentences before the one that names him lends it its day and place",
			"وأعلن ترامب بعد اجتماع عقده، الجمعة، مع مساعد بارز لكيم أن القمة سوف تعود إلى مسارها. وبعد الاجتماع الذي عقده في المكتب البيضاوي، قال ترامب إنه يتطلع إلى إلغاء العقوبات. وأكد ترامب أن الحوار سينجح. وقال إن الأمور تسير جيدا. ووعد الرئيس الأميركي، الذي تسلم من الجنرال كيم يونغ شول رسالة من كيم جونغ أون، بألا تفرض الولايات المتحدة عقوبات جديدة.",
			time.Date(2018, 6, 2, 5, 0, 0, 0, time.UTC),
			[]string{"occurred: donald-trump/host kim-yong-chol/guest @oval-office 2018-06-01"}},
		{"who refrained from joining a meeting is not its party",
			"تلقت طهران، متمثلة بقائد فيلق القدس، قاسم سليماني، ضربة جديدة حين غاب رئيس الوزراء العراقي، حيدر العبادي، عن اجتماع خصص لاحتواء تداعيات الانتخابات. وحسب ما قالت مصادر عراقية، فإن العبادي امتنع عن الالتحاق بالاجتماع الذي عقد قبل يومين داخل المنطقة الخضراء في بغداد، برئاسة سليماني.",
			time.Date(2018, 5, 16, 8, 0, 0, 0, time.UTC),
			nil},
		{"a sentence opening on فقد takes the day of the one it explains",
			"وسط هذه الأزمة، تلقت أنقرة الأربعاء جرعة دعم من قطر. فقد وعد أميرها الشيخ تميم بن حمد آل ثاني خلال اجتماع مع أردوغان في أنقرة باستثمارات مباشرة.",
			time.Date(2018, 8, 16, 20, 0, 0, 0, time.UTC),
			[]string{"occurred: tamim-bin-hamad/guest recep-tayyip-erdogan/host @ankara 2018-08-15"}},
		{"the place of a visit follows the visitor",
			"كشف مصدر مطلع تفاصيل اللقاء، الذي دار بين وزير الخارجية الأمريكي، مايك بومبيو، وولي العهد السعودي، الأمير محمد بن سلمان، الثلاثاء. واستعرض الرئيس المصري نتائج العملية الشاملة في سيناء. وتحدثت التقارير عن اختفاء الصحفي. وكشف مسؤول أن الحكومة السعودية أرسلت 100 مليون دولار إلى واشنطن، الثلاثاء، وهو نفس اليوم الذي شهد زيارة وزير الخارجية مايك بومبيو إلى الرياض.",
			time.Date(2018, 10, 17, 23, 0, 0, 0, time.UTC),
			[]string{"occurred: mike-pompeo/guest mohammed-bin-salman/host @riyadh 2018-10-16"}},
		{"a day after the meeting dates it a day earlier",
			"وكان ترامب قد كتب على تويتر في 13 يونيو/حزيران بعد يوم واحد من اجتماعه مع زعيم كوريا الشمالية، كيم جونغ-أون، في سنغافورة.",
			time.Date(2018, 6, 23, 7, 0, 0, 0, time.UTC),
			[]string{"occurred: donald-trump/participant kim-jong-un/participant @singapore 2018-06-12"}},
		{"a day after a summit, with the day before the visitor",
			"ونقل تصريحات كيم للصحفيين، الأحد، الرئيس الكوري الجنوبي مون جيه إن، بعد يوم من قمة مفاجئة جمعت الزعيم الكوري الشمالي كيم جونغ أون ومون.",
			time.Date(2018, 5, 27, 5, 0, 0, 0, time.UTC),
			[]string{"occurred: kim-jong-un/participant moon-jae-in/participant @- 2018-05-26"}},
		{"a sentence opening on جاء tells the meeting its statement, told the sentence before, came during",
			"أعلن الرئيس اليمني، عبد ربه منصور هادي، الثلاثاء، أن الحوثيين لا يرغبون بالسلام. وجاءت تصريحات هادي، خلال اللقاء مع مبعوث الأمم المتحدة إلى اليمن، مارتن غريفيث، في العاصمة المؤقتة عدن.",
			time.Date(2018, 7, 10, 13, 0, 0, 0, time.UTC),
			[]string{"occurred: abdrabbuh-mansur-hadi/host martin-griffiths/guest @aden 2018-07-10"}},
		{"the lead places the meeting by the forum on whose margins its subject spoke",
			"قال الرئيس الفرنسي، إيمانويل ماكرون، الجمعة، على هامش منتدى سان بطرسبورغ الاقتصادي إن العقوبات لن ترفع. وأضاف ماكرون في مؤتمر صحفي، بعد لقائه نظيره الروسي فلاديمير بوتين \"الكرة في ملعب روسيا\".",
			time.Date(2018, 5, 25, 19, 0, 0, 0, time.UTC),
			[]string{"occurred: emmanuel-macron/guest vladimir-putin/host @saint-petersburg 2018-05-25"}},
		{"the person a parent word in construct names is not the parent",
			"كان كيم جونغ إيل والد كيم جونغ أون قد التقى في عام 2000 مع الرئيس الصيني في ذلك الحين جيانغ تسه مين في الصين قبل قمة بين الكوريتين.",
			time.Date(2018, 3, 28, 10, 0, 0, 0, time.UTC),
			[]string{"occurred: kim-jong-il/participant x-jyangh-tsh-myn/participant @china -"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			expectEvents(t, x, tt.text, tt.pub, tt.want)
		})
	}
}
