package dates

import (
	"strings"
	"testing"
	"time"

	"github.com/extract-news/extract/pipeline/normalize"
)

type want struct {
	expr     string // natural spelling; compared in analysis form
	value    string
	relative bool
	future   bool
}

// thu is a Thursday.
var thu = time.Date(2020, 7, 9, 15, 30, 0, 0, time.UTC)

var cases = []struct {
	name string
	pub  time.Time
	text string
	want []want
}{
	// relative words
	{"today", thu, "قال الوزير اليوم إن المحادثات ستستمر.", []want{{"اليوم", "2020-07-09", true, false}}},
	{"yesterday", thu, "التقى الرئيس أمس نظيره الفرنسي.", []want{{"أمس", "2020-07-08", true, false}}},
	{"yawm ams", thu, "وصل الوفد يوم أمس إلى العاصمة.", []want{{"يوم أمس", "2020-07-08", true, false}}},
	{"al-ams", thu, "اجتمع المجلس بالأمس.", []want{{"الأمس", "2020-07-08", true, false}}},
	{"awwal ams", thu, "عقد الاجتماع أول أمس في القصر.", []want{{"أول أمس", "2020-07-07", true, false}}},
	{"awwal min ams", thu, "عقد الاجتماع أول من أمس.", []want{{"أول من أمس", "2020-07-07", true, false}}},
	{"ams al-awwal", thu, "غادر الوفد أمس الأول.", []want{{"أمس الأول", "2020-07-07", true, false}}},
	{"tomorrow", thu, "يلتقي الطرفان غداً في جنيف.", []want{{"غداً", "2020-07-10", true, true}}},
	{"easter holiday", time.Date(2018, 4, 18, 10, 0, 0, 0, time.UTC), "قام بزيارة سرية خلال عطلة عيد القيامة والتقى زعيمها.", []want{{"عطلة عيد القيامة", "2018-04-01", false, false}}},
	{"easter ahead", time.Date(2019, 3, 30, 10, 0, 0, 0, time.UTC), "يزور البابا البلاد قبل عيد الفصح.", []want{{"عيد الفصح", "2019-04-21", false, true}}},
	{"day of this month", thu, "تعقد القمة في 12 من الشهر الجاري.", []want{{"12 من الشهر الجاري", "2020-07-12", false, true}}},
	{"day of last month", thu, "التقيا في 3 من الشهر الماضي.", []want{{"3 من الشهر الماضي", "2020-06-03", false, false}}},
	{"ordinal day", thu, "التقيا في العاشر من يونيو الماضي.", []want{{"العاشر من يونيو الماضي", "2020-06-10", false, false}}},
	{"day of the named month", thu, "التقيا في 11 من شهر إبريل الماضي.", []want{{"11 من شهر إبريل الماضي", "2020-04-11", false, false}}},
	{"compound ordinal of this month", thu, "تعقد القمة في الثاني عشر من الشهر الجاري.", []want{{"الثاني عشر من الشهر الجاري", "2020-07-12", false, true}}},
	{"ordinal twenties", thu, "وصل في الحادي والعشرين من حزيران.", []want{{"الحادي والعشرين من حزيران", "2020-06-21", false, false}}},
	{"an ordinal without a date", thu, "جاء في المركز الثاني من حيث العدد.", nil},
	{"day of next month", thu, "يلتقيان يوم 20 من الشهر المقبل.", []want{{"يوم 20 من الشهر المقبل", "2020-08-20", false, true}}},
	{"tomorrow bare", thu, "يلتقي الطرفان غدا.", []want{{"غدا", "2020-07-10", true, true}}},
	{"yawm ghad", thu, "تبدأ الجولة يوم غد.", []want{{"يوم غد", "2020-07-10", true, true}}},
	{"after tomorrow", thu, "تبدأ الجولة بعد غد.", []want{{"بعد غد", "2020-07-11", true, true}}},
	{"evening yesterday", thu, "استقبل الملك مساء أمس السفير.", []want{{"مساء أمس", "2020-07-08", true, false}}},
	{"morning today", thu, "وصل صباح اليوم وزير الخارجية.", []want{{"صباح اليوم", "2020-07-09", true, false}}},
	{"night", thu, "وقع الانفجار ليلة أمس.", []want{{"ليلة أمس", "2020-07-08", true, false}}},
	{"dawn", thu, "بدأ القصف فجر اليوم.", []want{{"فجر اليوم", "2020-07-09", true, false}}},
	{"noon", thu, "هبطت الطائرة ظهر أمس.", []want{{"ظهر أمس", "2020-07-08", true, false}}},
	{"sabah yawm", thu, "التقى الوزيران صباح يوم الثلاثاء.", []want{{"صباح يوم الثلاثاء", "2020-07-07", true, false}}},
	{"sabah yawm ams", thu, "التقى الوزيران صباح يوم أمس.", []want{{"صباح يوم أمس", "2020-07-08", true, false}}},

	// clitics: the span starts after the clitic
	{"wa-ams", thu, "زار المدينة وأمس التقى المحافظ.", []want{{"أمس", "2020-07-08", true, false}}},
	{"wa-weekday", thu, "التقى الوفد الأربعاء والخميس.", []want{{"الأربعاء", "2020-07-08", true, false}, {"الخميس", "2020-07-09", true, false}}},
	{"fa-today", thu, "فاليوم يعقد المؤتمر.", []want{{"اليوم", "2020-07-09", true, false}}},
	{"li-today", thu, "الموعد المحدد لليوم تأجل.", []want{{"ليوم", "2020-07-09", true, false}}},
	{"wa-masaa", thu, "ومساء أمس عاد الوفد.", []want{{"مساء أمس", "2020-07-08", true, false}}},
	{"wa-yawm", thu, "ويوم الأحد المقبل تبدأ القمة.", []want{{"يوم الأحد المقبل", "2020-07-12", true, true}}},

	// weekdays
	{"bare weekday", thu, "اجتمع المجلس الأربعاء.", []want{{"الأربعاء", "2020-07-08", true, false}}},
	{"bare weekday today", thu, "اجتمع المجلس الخميس.", []want{{"الخميس", "2020-07-09", true, false}}},
	{"yawm weekday", thu, "اجتمع المجلس يوم السبت.", []want{{"يوم السبت", "2020-07-04", true, false}}},
	{"hamza ithnayn", thu, "وصل يوم الإثنين.", []want{{"يوم الإثنين", "2020-07-06", true, false}}},
	{"past same day", thu, "اجتمع المجلس الخميس الماضي.", []want{{"الخميس الماضي", "2020-07-02", true, false}}},
	{"past feminine", thu, "اجتمع المجلس الجمعة الماضية.", []want{{"الجمعة الماضية", "2020-07-03", true, false}}},
	{"fa'it", thu, "اجتمع المجلس الثلاثاء الفائت.", []want{{"الثلاثاء الفائت", "2020-07-07", true, false}}},
	{"munsarim", thu, "اجتمع المجلس السبت المنصرم.", []want{{"السبت المنصرم", "2020-07-04", true, false}}},
	{"next", thu, "يجتمع المجلس الأحد المقبل.", []want{{"الأحد المقبل", "2020-07-12", true, true}}},
	{"next same day", thu, "يجتمع المجلس الخميس القادم.", []want{{"الخميس القادم", "2020-07-16", true, true}}},
	{"ams weekday", thu, "التقى الرئيس أمس الأربعاء رئيس الوزراء.", []want{{"أمس الأربعاء", "2020-07-08", true, false}}},
	{"ams weekday inconsistent", thu, "التقى الرئيس أمس الاثنين رئيس الوزراء.", []want{{"أمس الاثنين", "2020-07-08", true, false}}},
	{"awwal ams weekday", thu, "التقى الرئيس أول أمس الثلاثاء.", []want{{"أول أمس الثلاثاء", "2020-07-07", true, false}}},
	{"today weekday", thu, "يلتقي الرئيس اليوم الخميس وفدا.", []want{{"اليوم الخميس", "2020-07-09", true, false}}},
	{"yawm ams weekday", thu, "التقى الرئيس يوم أمس الأربعاء.", []want{{"يوم أمس الأربعاء", "2020-07-08", true, false}}},

	// explicit dates
	{"today weekday date", thu, "يلتقي الرئيس اليوم الخميس 9 تموز/ يوليو نظيره.", []want{{"اليوم الخميس 9 تموز/ يوليو", "2020-07-09", false, false}}},
	{"yawm date", thu, "بدأت المحادثات يوم 1 تموز/ يوليو.", []want{{"يوم 1 تموز/ يوليو", "2020-07-01", false, false}}},
	{"paired month without a mark", thu, "بعد اجتماع 12 يونيو حزيران في سنغافورة.", []want{{"12 يونيو حزيران", "2020-06-12", false, false}}},
	{"paren pair", thu, "بدأت المحادثات في 3 تموز (يوليو) الجاري.", []want{{"3 تموز (يوليو)", "2020-07-03", false, false}}},
	{"pair no space", thu, "انتهت في 2 حزيران/يونيو.", []want{{"2 حزيران/يونيو", "2020-06-02", false, false}}},
	{"with year", thu, "وقع الاتفاق في 15 آب/ أغسطس 2019 في الدوحة.", []want{{"15 آب/ أغسطس 2019", "2019-08-15", false, false}}},
	{"levantine two words", thu, "التقيا في 20 كانون الأول.", []want{{"20 كانون الأول", "2019-12-20", false, false}}},
	{"tishrin", thu, "التقيا في 3 تشرين الثاني/ نوفمبر 2018.", []want{{"3 تشرين الثاني/ نوفمبر 2018", "2018-11-03", false, false}}},
	{"near future", thu, "تعقد القمة في 5 أيلول.", []want{{"5 أيلول", "2020-09-05", false, true}}},
	{"too far ahead", thu, "عقدت القمة في 20 سبتمبر.", []want{{"20 سبتمبر", "2019-09-20", false, false}}},
	{"future this month", thu, "تعقد القمة في 20 تموز.", []want{{"20 تموز", "2020-07-20", false, true}}},
	{"min month", thu, "في 4 من أيار الماضي.", []want{{"4 من أيار الماضي", "2020-05-04", false, false}}},
	{"weekday date", thu, "وصل الخميس الموافق 9 تموز 2020.", []want{{"الخميس الموافق 9 تموز 2020", "2020-07-09", false, false}}},
	{"weekday comma date", thu, "وصل الثلاثاء، 7 يوليو.", []want{{"الثلاثاء، 7 يوليو", "2020-07-07", false, false}}},
	{"march after day", thu, "في 15 مارس وقع الاتفاق.", []want{{"15 مارس", "2020-03-15", false, false}}},
	{"ab after day", thu, "في 3 آب أعلن الجيش.", []want{{"3 آب", "2020-08-03", false, true}}},
	{"numeric dmy", thu, "صدر البيان بتاريخ 9/7/2020 في عمان.", []want{{"9/7/2020", "2020-07-09", false, false}}},
	{"numeric ymd", thu, "صدر البيان بتاريخ 2020-07-01.", []want{{"2020-07-01", "2020-07-01", false, false}}},
	{"numeric invalid", thu, "النسبة 31/2/2020 خطأ.", nil},
	{"arabic digits", thu, "في ٩ تموز ٢٠٢٠", []want{{"9 تموز 2020", "2020-07-09", false, false}}},

	// month alone and periods
	{"month pair alone", thu, "خلال تموز/يوليو تراجعت الأسعار.", []want{{"تموز/يوليو", "", false, false}}},
	{"month year", thu, "في أيار 2019 وقعت الأزمة.", []want{{"أيار 2019", "", false, false}}},
	{"month past", thu, "في حزيران الماضي.", []want{{"حزيران الماضي", "", true, false}}},
	{"month next", thu, "في أيلول المقبل.", []want{{"أيلول المقبل", "", true, true}}},
	{"shahr ab", thu, "في شهر آب تبدأ العطلة.", []want{{"شهر آب", "", false, false}}},
	{"ab year", thu, "في آب 2019 بدأت.", []want{{"آب 2019", "", false, false}}},
	{"fi mars", thu, "في مارس بدأت الأزمة.", []want{{"مارس", "", false, false}}},
	{"last month", thu, "زار الشهر الماضي القاهرة.", []want{{"الشهر الماضي", "", true, false}}},
	{"last week", thu, "زار الأسبوع الماضي القاهرة.", []want{{"الأسبوع الماضي", "", true, false}}},
	{"next week", thu, "يزور الأسبوع المقبل القاهرة.", []want{{"الأسبوع المقبل", "", true, true}}},
	{"next week qadim", thu, "ويزور خلال الأسبوع القادم القاهرة.", []want{{"الأسبوع القادم", "", true, true}}},
	{"last year", thu, "زار العام الماضي القاهرة.", []want{{"العام الماضي", "", true, false}}},
	{"wa-last year", thu, "والعام الماضي زار القاهرة.", []want{{"العام الماضي", "", true, false}}},

	// false positives
	{"yawmiyya", thu, "نشرت الصحف اليومية الخبر.", nil},
	{"umsiya", thu, "أقيمت أمسية شعرية.", nil},
	{"lamasa", thu, "لامس الطفل الجدار.", nil},
	{"ab father", thu, "زار أب وابنه المدرسة.", nil},
	{"bab door", thu, "أغلق باب المكتب.", nil},
	{"mars verb", thu, "مارس الضغط على الحكومة.", nil},
	{"next day", thu, "وفي اليوم التالي غادر.", nil},
	{"that day", thu, "منذ ذلك اليوم لم يعد.", nil},
	{"national day", thu, "احتفل باليوم الوطني.", nil},
	{"the two", thu, "جرى اللقاء بين الاثنين.", nil},
	{"time word alone", thu, "في صباح مشمس.", nil},
	{"yawm alone", thu, "في يوم مشمس.", nil},
	{"kanun alone", thu, "كانون رجل.", nil},
	{"number alone", thu, "قتل 9 أشخاص.", nil},

	// no publication date
	{"no pub relative", time.Time{}, "التقى الرئيس أمس نظيره.", []want{{"أمس", "", true, false}}},
	{"no pub weekday", time.Time{}, "يلتقي الأحد المقبل.", []want{{"الأحد المقبل", "", true, true}}},
	{"no pub with year", time.Time{}, "في 9 تموز 2020 وقع.", []want{{"9 تموز 2020", "2020-07-09", false, false}}},
	{"no pub no year", time.Time{}, "في 9 تموز وقع.", []want{{"9 تموز", "", false, false}}},
	{"no pub numeric", time.Time{}, "في 2020-07-09.", []want{{"2020-07-09", "2020-07-09", false, false}}},
	{"no pub today date", time.Time{}, "اليوم الخميس 9 تموز/ يوليو", []want{{"اليوم الخميس 9 تموز/ يوليو", "", false, false}}},

	// year boundaries
	{"december from january", time.Date(2021, 1, 5, 0, 0, 0, 0, time.UTC), "في 28 كانون الأول.", []want{{"28 كانون الأول", "2020-12-28", false, false}}},
	{"february from january", time.Date(2021, 1, 5, 0, 0, 0, 0, time.UTC), "في 20 شباط/ فبراير.", []want{{"20 شباط/ فبراير", "2021-02-20", false, true}}},
	{"leap day", time.Date(2021, 1, 5, 0, 0, 0, 0, time.UTC), "في 29 شباط.", []want{{"29 شباط", "2020-02-29", false, false}}},
	{"yesterday across year", time.Date(2021, 1, 1, 8, 0, 0, 0, time.UTC), "التقيا أمس.", []want{{"أمس", "2020-12-31", true, false}}},

	// several expressions
	{"several", thu, "التقى أمس وزير الخارجية، ويلتقي الأحد المقبل الرئيس، بعد اجتماع 2 تموز.", []want{
		{"أمس", "2020-07-08", true, false},
		{"الأحد المقبل", "2020-07-12", true, true},
		{"2 تموز", "2020-07-02", false, false},
	}},
}

func TestFind(t *testing.T) {
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			text := []rune(normalize.String(c.text))
			got := Find(text, c.pub)
			if len(got) != len(c.want) {
				t.Fatalf("Find(%q) = %d expressions %v, want %d", c.text, len(got), show(text, got), len(c.want))
			}
			for i, w := range c.want {
				g := got[i]
				span := string(text[g.Start:g.End])
				if span != normalize.String(w.expr) {
					t.Errorf("expr %d span = %q, want %q", i, span, normalize.String(w.expr))
				}
				if g.Value != w.value || g.Relative != w.relative || g.Future != w.future {
					t.Errorf("expr %d %q = {Value:%q Relative:%v Future:%v}, want {%q %v %v}",
						i, span, g.Value, g.Relative, g.Future, w.value, w.relative, w.future)
				}
			}
		})
	}
}

func show(text []rune, es []Expr) string {
	var b strings.Builder
	for _, e := range es {
		b.WriteString("[" + string(text[e.Start:e.End]) + " " + e.Value + "]")
	}
	return b.String()
}

func TestLeftToRightNonOverlapping(t *testing.T) {
	var all strings.Builder
	for _, c := range cases {
		all.WriteString(c.text + "\n")
	}
	text := []rune(normalize.String(all.String()))
	prev := 0
	for _, e := range Find(text, thu) {
		if e.Start < prev || e.End <= e.Start || e.End > len(text) {
			t.Fatalf("bad span %+v after %d", e, prev)
		}
		prev = e.End
	}
}

func BenchmarkFind(b *testing.B) {
	var all strings.Builder
	for _, c := range cases {
		all.WriteString(c.text + " ")
	}
	s := normalize.String(all.String())
	text := []rune(s)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		Find(text, thu)
	}
}

func TestInvalidRunes(t *testing.T) {
	text := append([]rune{0xD800, -1, ' '}, []rune(normalize.String("التقيا أمس"))...)
	got := Find(text, thu)
	if len(got) != 1 || string(text[got[0].Start:got[0].End]) != "امس" || got[0].Value != "2020-07-08" {
		t.Fatalf("got %v", show(text, got))
	}
}

func TestEaster(t *testing.T) {
	for y, want := range map[int]string{2018: "2018-04-01", 2019: "2019-04-21", 2020: "2020-04-12", 2024: "2024-03-31", 2038: "2038-04-25"} {
		if got := easter(y).Format(time.DateOnly); got != want {
			t.Errorf("easter(%d) = %s, want %s", y, got, want)
		}
	}
}
