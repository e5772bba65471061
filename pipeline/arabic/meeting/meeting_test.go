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

// summary renders events as "status: a/role b/role @place date" lines.
func summary(r *doc.Result) []string {
	var out []string
	for _, e := range r.Events {
		var ps []string
		for _, p := range e.Participants {
			ps = append(ps, p.Entity+"/"+p.Role)
		}
		loc, date := "-", "-"
		if e.Location != nil {
			loc = e.Location.Entity
		}
		if e.Date != nil {
			date = e.Date.Value
			if date == "" {
				date = "?"
			}
		}
		out = append(out, fmt.Sprintf("%s: %s @%s %s", e.Status, strings.Join(ps, " "), loc, date))
	}
	return out
}

func TestMeetings(t *testing.T) {
	x := pipeline.New(fixture.Gazetteer(t))
	pub := time.Date(2018, 5, 17, 10, 0, 0, 0, time.UTC) // a Thursday
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"receive, host first", "استقبل الرئيس السوري بشار الأسد في دمشق أمس وزير الخارجية الإيراني محمد جواد ظريف.",
			[]string{"occurred: bashar-al-assad/host mohammad-javad-zarif/guest @damascus 2018-05-16"}},
		{"receive, verb after subject", "الرئيس بشار الأسد يستقبل وزير الخارجية الروسي سيرغي لافروف.",
			[]string{"occurred: bashar-al-assad/host sergei-lavrov/guest @- -"}},
		{"meet with, host by place", "التقى وزير الخارجية الروسي سيرغي لافروف في موسكو اليوم نظيره السوري وليد المعلم.",
			[]string{"occurred: sergei-lavrov/host walid-muallem/guest @moscow 2018-05-17"}},
		{"meet, guest first", "اجتمع وليد المعلم مع سيرغي لافروف في موسكو يوم الثلاثاء الماضي.",
			[]string{"occurred: walid-muallem/guest sergei-lavrov/host @moscow 2018-05-15"}},
		{"talks family with clitic", "وبحث الرئيس رجب طيب أردوغان مع حسن روحاني العلاقات الثنائية في إدلب.",
			[]string{"occurred: recep-tayyip-erdogan/participant hassan-rouhani/participant @- -"}},
		{"nominal trigger", "أكدت الوكالة أن لقاء بوتين وروحاني جرى في سوتشي.",
			[]string{"occurred: vladimir-putin/host hassan-rouhani/guest @sochi -"}},
		{"summit of three", "عقدت قمة ثلاثية جمعت فلاديمير بوتين مع رجب طيب أردوغان وحسن روحاني عبر الفيديو أول أمس.",
			[]string{"occurred: vladimir-putin/participant recep-tayyip-erdogan/participant hassan-rouhani/participant @- 2018-05-15"}},
		{"phone call", "أجرى بوتين اتصالا هاتفيا مع أردوغان بحثا خلاله الوضع في سوريا.", nil},
		{"phone call adverb", "بحث لافروف هاتفيا مع ظريف الملف النووي.", nil},
		{"planned", "من المقرر أن يلتقي بوتين وأردوغان في سوتشي الأسبوع المقبل.",
			[]string{"planned: vladimir-putin/host recep-tayyip-erdogan/guest @sochi ?"}},
		{"future verb", "سيلتقي لافروف نظيره التركي غدا.", nil},
		{"message carried by envoy", "تلقى الأسد رسالة من بوتين نقلها لافروف.", nil},
		{"meeting and statement", "قال لافروف إن بوتين التقى أردوغان في موسكو.",
			[]string{"occurred: vladimir-putin/host recep-tayyip-erdogan/guest @moscow -"}},
		{"denied", "نفى الكرملين أن بوتين لم يلتق أردوغان.", nil},
		{"statement only", "قال بوتين إن أردوغان شريك مهم.", nil},
		{"location and day in the neighbouring sentence", "وصل وزير الخارجية الأردني أيمن الصفدي إلى دمشق يوم الأحد. واستقبله الرئيس بشار الأسد وبحثا العلاقات.",
			[]string{"occurred: bashar-al-assad/host ayman-safadi/guest @damascus 2018-05-13"}},
		{"same meeting twice", "التقى بوتين أردوغان في سوتشي أمس. وقال بوتين خلال لقائه مع أردوغان إن العلاقات جيدة.",
			[]string{"occurred: vladimir-putin/host recep-tayyip-erdogan/guest @sochi 2018-05-16"}},
		{"a span in another sentence does not date the meeting", "التقى بوتين أردوغان في سوتشي. ويمثل هذا الاجتماع تحولا بين البلدين اللذين تبادلا الاتهامات خلال العام الماضي.",
			[]string{"occurred: vladimir-putin/host recep-tayyip-erdogan/guest @sochi -"}},
		{"description as participant", "التقى بوتين أمس الأربعاء وزير الدفاع الروسي في الكرملين.",
			[]string{"occurred: vladimir-putin/participant sergei-shoigu/participant @- 2018-05-16"}},
		{"one person only", "زار بوتين دمشق أمس.", nil},
		{"a ministry's seat is in its capital", "التقى وزير الخارجية الإيراني محمد جواد ظريف نظيره الروسي سيرغي لافروف أمس في مقر وزارة الخارجية الروسية. وغادر ظريف موسكو مساء.",
			[]string{"occurred: mohammad-javad-zarif/guest sergei-lavrov/host @moscow 2018-05-16"}},
		{"a bare body's seat is in the capital of the participants' country", "وعقد أمس اجتماع في مقر البرلمان بين بشار الأسد ووليد المعلم. وتظاهر المئات في دمشق.",
			[]string{"occurred: bashar-al-assad/participant walid-muallem/participant @damascus 2018-05-16"}},
		{"the guest's country named with the guest is not where the host receives", "استقبل الرئيس السوري بشار الأسد أمس أيمن الصفدي وزير الخارجية في الأردن.",
			[]string{"occurred: bashar-al-assad/host ayman-safadi/guest @- 2018-05-16"}},
		{"a verb of holding gives the meeting noun its place and day", "وعقد في سوتشي أمس لقاء بين بوتين وأردوغان.",
			[]string{"occurred: vladimir-putin/host recep-tayyip-erdogan/guest @sochi 2018-05-16"}},
		{"a meeting referred back to with a clitic demonstrative takes no one new", "التقى بوتين أردوغان في سوتشي أمس. وعبر لافروف عن سعادته بعقد بوتين لهذا الاجتماع.",
			[]string{"occurred: vladimir-putin/host recep-tayyip-erdogan/guest @sochi 2018-05-16"}},
		{"who comments on a meeting of two others with titles took no part", "وجاءت تغريدة بوتين تعليقا على لقاء الرئيس السوري بشار الأسد مع وزير الخارجية الإيراني محمد جواد ظريف.",
			[]string{"occurred: bashar-al-assad/participant mohammad-javad-zarif/participant @- -"}},
		{"a name that begins with ب is no clitic of a partner", "وحول استعدادات أردوغان للقاء نظيره الروسي الشهر المقبل، قال بشار الأسد إن اللقاء مهم.",
			[]string{"planned: recep-tayyip-erdogan/participant vladimir-putin/participant @- ?"}},
		{"agreeing to meet is a plan", "وافق الرئيس السوري بشار الأسد على لقاء الرئيس الروسي فلاديمير بوتين.",
			[]string{"planned: bashar-al-assad/participant vladimir-putin/participant @- -"}},
		{"the meeting a document told as planned, named again, is the plan", "وافق الرئيس السوري بشار الأسد على لقاء الرئيس الروسي فلاديمير بوتين. واختتمت أمس في دمشق مشاورات من دون تقدم على صعيد اللقاء بين الأسد وبوتين.",
			[]string{"planned: bashar-al-assad/participant vladimir-putin/participant @- -"}},
		{"a meeting a relative clause says was held is no purpose", "ونشرت الرئاسة الصور الأولى للقاء الذي جمع الرئيس السوري بشار الأسد والرئيس الروسي فلاديمير بوتين.",
			[]string{"occurred: bashar-al-assad/participant vladimir-putin/participant @- -"}},
		{"a future in a quotation is not the meeting's tense", "وصرح الرئيس السوري بشار الأسد أمام صحافيين عند استقباله لنظيره الروسي \"سندافع عن حدودنا\" في سوريا.",
			[]string{"occurred: bashar-al-assad/host vladimir-putin/guest @syria -"}},
		{"after a meeting noun with بين, another with مع is another meeting", "مع انعقاد قمة بين زعيمي الشمال والجنوب الجمعة، تليها قمة مرتقبة للرئيس الروسي فلاديمير بوتين مع الرئيس التركي رجب طيب أردوغان.",
			[]string{"planned: vladimir-putin/participant recep-tayyip-erdogan/participant @- 2018-05-18"}},
		{"two named by a dual are the two of the meeting just told", "التقى الرئيس السوري بشار الأسد الرئيس الروسي فلاديمير بوتين أمس. وأضافت الوكالة أن الزعيمين اجتمعا في سوتشي.",
			[]string{"occurred: bashar-al-assad/guest vladimir-putin/host @sochi 2018-05-16"}},
		{"information about a person is a topic", "واجتمع وزير الخارجية السوري وليد المعلم مع نظيره الروسي سيرغي لافروف في موسكو أمس لتبادل معلومات عن الرئيس التركي رجب طيب أردوغان.",
			[]string{"occurred: walid-muallem/guest sergei-lavrov/host @moscow 2018-05-16"}},
		{"who an indirect question asks about is its topic", "واجتمع وزير الخارجية السوري وليد المعلم مع نظيره الروسي سيرغي لافروف في موسكو أمس وسئل عما إذا كان الرئيس التركي رجب طيب أردوغان يتحمل المسؤولية.",
			[]string{"occurred: walid-muallem/guest sergei-lavrov/host @moscow 2018-05-16"}},
		{"a meeting expected to be (أن تكون) is a plan", "ورجح الكرملين أن تكون مباحثات بوتين مع أردوغان هي الأسهل.",
			[]string{"planned: vladimir-putin/participant recep-tayyip-erdogan/participant @- -"}},
		{"a span of days before a summit places it after the news", "وتأتي الاتهامات قبل ثلاثة أيام من قمة بين بوتين وأردوغان في سوتشي.", nil},
		{"a span of time between before and the summit after a meeting noun", "وتأتي قمة بروكسل قبل أسبوع من عقد بوتين أول قمة له مع أردوغان في سوتشي.", nil},
		{"hours before a meeting may be its day", "انتقد بوتين في مقابلة، وقبل ساعات من لقاء مع الرئيس التركي رجب طيب أردوغان في سوتشي، سياسة الغرب.",
			[]string{"occurred: vladimir-putin/host recep-tayyip-erdogan/guest @sochi -"}},
		{"a summit spoken of (فيما يتعلق ب) is a topic", "وفيما يتعلق بالقمة بين بوتين وأردوغان، قال الوزير إنها مفيدة.", nil},
		{"a summit soon (قريبا) is a plan", "بوتين وأردوغان في أول قمة لهما قريبا.",
			[]string{"planned: vladimir-putin/participant recep-tayyip-erdogan/participant @- -"}},
		{"a summit cancelled by a named person", "دعت الصين إلى الصبر غداة إلغاء الرئيس فلاديمير بوتين قمة مع الرئيس التركي رجب طيب أردوغان.", nil},
		{"whom an aide or kin before the trigger serves took no part", "وعقد صهر الرئيس بوتين اجتماعا مع أردوغان في أنقرة.", nil},
		{"a comma after another's name ends the kin's phrase", "والتقى الرئيس بشار الأسد في دمشق صهر الرئيس بوتين، سيرغي لافروف.", []string{"occurred: bashar-al-assad/host sergei-lavrov/guest @damascus -"}},
		{"the name after the latter's kin is the kin", "والتقى الرئيس بشار الأسد في دمشق بوتين ومستشار هذا الأخير، سيرغي لافروف.", []string{"occurred: bashar-al-assad/host vladimir-putin/guest sergei-lavrov/guest @damascus -"}},
		{"an adviser before the trigger, named after his office", "وثبتت اتهامات على المستشار السابق للرئيس الروسي للأمن القومي، سيرغي لافروف، بالإدلاء بتصريحات كاذبة عن اجتماع له مع السفير الروسي لدى واشنطن في 2016.", nil},
		{"where a journey went to meet is the meeting's place", "ولافروف الذي توجه إلى سوتشي لعقد اجتماع مع أردوغان، شدد على أن الوضع صعب.", []string{"occurred: sergei-lavrov/host recep-tayyip-erdogan/guest @sochi -"}},
		{"the lead's talks with their day at the meeting's place", "احتضنت العاصمة الروسية موسكو الأربعاء محادثات بين وزراء خارجية روسيا وإيران وتركيا.\nوأكد الوزراء التوافق.\nووصل الوزراء.\nوعقد الوزير سيرغي لافروف ونظيره الإيراني محمد جواد ظريف اجتماعات ثنائية في موسكو.",
			[]string{"occurred: sergei-lavrov/host mohammad-javad-zarif/guest @moscow 2018-05-16"}},
		{"not a place the lead only speaks of", "قال مسؤول روسي الأربعاء إن بلاده لا تجري محادثات بشأن موقف موسكو.\nوأكد الوزراء التوافق.\nووصل الوزراء.\nوعقد الوزير سيرغي لافروف ونظيره الإيراني محمد جواد ظريف اجتماعات ثنائية في موسكو.",
			[]string{"occurred: sergei-lavrov/host mohammad-javad-zarif/guest @moscow -"}},
		{"who a phrase of time since names is not the meeting's", "وفي تحول كبير منذ تبادل بوتين والأسد التهديدات، تعهد أردوغان العمل على السلام خلال قمة عقدها مع لافروف الشهر الماضي.",
			[]string{"occurred: recep-tayyip-erdogan/participant sergei-lavrov/participant @- ?"}},
		{"a denial before a compound meeting noun (لقاء القمة)", "قال لافروف إن بلاده لن تعرض استضافة لقاء القمة بين بوتين وأردوغان.", nil},
		{"offering to host a summit is a plan", "قال لافروف إن بلاده تعرض استضافة القمة بين بوتين وأردوغان.",
			[]string{"planned: vladimir-putin/participant recep-tayyip-erdogan/participant @- -"}},
		{"a meeting that may follow (قد يعقبها اجتماع) is a plan", "والقمة المقررة بين الكوريتين قد يعقبها اجتماع بين بوتين وأردوغان.",
			[]string{"planned: vladimir-putin/participant recep-tayyip-erdogan/participant @- -"}},
		{"an expected meeting in the accusative (اجتماعا مزمعا)", "تزايد التفاؤل بأن اجتماعا مزمعا بين بوتين وأردوغان قد يخفف التوتر.",
			[]string{"planned: vladimir-putin/participant recep-tayyip-erdogan/participant @- -"}},
		{"an offer (عرضا) of talks is a plan", "قبل بوتين، عرضا بإجراء محادثات مع أردوغان.",
			[]string{"planned: vladimir-putin/participant recep-tayyip-erdogan/participant @- -"}},
		{"progress on the meeting's front (على صعيد اللقاء) is a topic", "واختتمت مشاورات دون تقدم على صعيد اللقاء بين بوتين وأردوغان.", nil},
		{"no scene day for a meeting a span before the statement", "قال مسؤولون الخميس إن أردوغان حدد إطارا زمنيا.\nوأوضح بوتين للصحفيين بعد يوم من لقائه مع أردوغان إن العلاقات جيدة.",
			[]string{"occurred: vladimir-putin/participant recep-tayyip-erdogan/participant @- -"}},
		{"a future verb after the summit's people", "أفادت تقارير أن القمة التاريخية بين الرئيس الروسي فلاديمير بوتين والرئيس التركي رجب طيب أردوغان ستعقد على الأرجح في سوتشي.",
			[]string{"planned: vladimir-putin/host recep-tayyip-erdogan/guest @sochi -"}},
		{"not a future quoted after the meeting", "وصرح بوتين عند استقباله لنظيره التركي \"سندافع عن حدودنا\" في موسكو.",
			[]string{"occurred: vladimir-putin/host recep-tayyip-erdogan/guest @moscow -"}},
		{"who is named after a colon is what is said", "وقال بوتين للصحافيين في سوتشي بعد اجتماع مع لافروف: \"لا أعرف ما الذي سيقرره الرئيس رجب طيب أردوغان\".",
			[]string{"occurred: vladimir-putin/participant sergei-lavrov/participant @sochi -"}},
		{"agreed to visit to attend a summit (لحضور قمة) is a plan", "وكشفت الوكالة أن أردوغان وافق على زيارة موسكو لحضور قمة مع بوتين هذا العام.",
			[]string{"planned: recep-tayyip-erdogan/guest vladimir-putin/host @moscow -"}},
		{"weeks away from a summit (على بعد أسابيع من قمة)", "وقال بوتين، على بعد أسابيع من قمة بوتين وأردوغان، إن العلاقات جيدة.", nil},
		{"a meeting that was scheduled (كان مقررا)", "أكدت الرئاسة أن اللقاء بين بوتين وأردوغان الذي كان مقررا الجمعة سيجري في موعده.",
			[]string{"planned: vladimir-putin/participant recep-tayyip-erdogan/participant @- 2018-05-18"}},
		{"preparing to host (تستعد لاستضافة) is a plan", "تستعد موسكو لاستضافة قمة بين بوتين وأردوغان.",
			[]string{"planned: vladimir-putin/participant recep-tayyip-erdogan/participant @- -"}},
		{"a place of what was said before وذلك is not the meeting's", "قال لافروف الجمعة إن روسيا ستتحرك في إدلب، وذلك عقب اجتماعه مع أردوغان في سوتشي.",
			[]string{"occurred: sergei-lavrov/host recep-tayyip-erdogan/guest @sochi -"}},
		{"a place given as an example (مثل) is a topic", "التقى بوتين أردوغان وبحثا التدخل في دول مثل سوريا.",
			[]string{"occurred: vladimir-putin/participant recep-tayyip-erdogan/participant @- -"}},
		{"where they leave for after a reception", "استقبل بوتين أردوغان قبل مغادرتهم إلى سوريا.",
			[]string{"occurred: vladimir-putin/host recep-tayyip-erdogan/guest @- -"}},
		{"a meeting a relative clause holds is its antecedent's", "وكان لافروف قد اجتمع بالرئيس بشار الأسد الذي أجرى مؤخرا اجتماعا مع الرئيس التركي رجب طيب أردوغان.",
			[]string{"occurred: sergei-lavrov/participant bashar-al-assad/participant @- -", "occurred: bashar-al-assad/participant recep-tayyip-erdogan/participant @- -"}},
		{"the summit the article opens on gives a later mention its day and place", "تعهد الزعماء بمحاربة الحمائية.\nأصدر الزعماء بيانا الأربعاء إثر اختتامهم قمة في سوتشي.\nوحضر القمة بوتين وأردوغان.",
			[]string{"occurred: vladimir-putin/host recep-tayyip-erdogan/guest @sochi 2018-05-16"}},
		{"the meeting told after an interview is the interview", "وفي لقاء تليفزيوني على القناة الأولى، تحدث بوتين.\nوخلال اللقاء، كشف بوتين تفاصيل القبض على أردوغان.", nil},
		{"an interview with an outlet in quotation marks", "واتهم بوتين في لقاء مع \"العربية\" الرئيس التركي رجب طيب أردوغان بدعم الإرهاب.", nil},
		{"a plan to start talks (خطة لبدء محادثات)", "وكان بوتين كشف خطة لبدء محادثات مع أردوغان.",
			[]string{"planned: vladimir-putin/participant recep-tayyip-erdogan/participant @- -"}},
		{"kin before a description and an honorific of the principal", "وكان في استقبال أردوغان في المطار شقيق وزير الخارجية الروسي السيد سيرغي لافروف.", nil},
		{"someone absent before the meeting noun took no part", "ولفتت المجموعة إلى التوتر بغياب الوزير سيرغي لافروف في اجتماع بوتين مع أردوغان.",
			[]string{"occurred: vladimir-putin/participant recep-tayyip-erdogan/participant @- -"}},
		{"a verb with و opens another clause after the meeting's object", "والتقى بوتين بالناجين من الهجوم، وألقى باللوم على أردوغان.", nil},
		{"a place joined to where a trip went", "والتقى بوتين أردوغان لدى عودته من رحلته إلى إيران وسوريا.",
			[]string{"occurred: vladimir-putin/participant recep-tayyip-erdogan/participant @- -"}},
		{"a lead telling a meeting of the meeting's people sets its day", "قال بوتين، الاثنين، إنه اتفق مع نظيره التركي رجب طيب أردوغان على التعاون.\nونقلت الوكالة عن بوتين قوله بعد محادثات مع أردوغان في سوتشي إن العلاقات جيدة.",
			[]string{"occurred: vladimir-putin/host recep-tayyip-erdogan/guest @sochi 2018-05-14"}},
		{"between names the participants", "وصل لافروف إلى دمشق بعد القمة التاريخية بين بوتين وأردوغان أمس.",
			[]string{"occurred: vladimir-putin/participant recep-tayyip-erdogan/participant @- 2018-05-16"}},
		{"future verb before a summit", "وتعد الزيارة جزءا من جولة أوروبية ستختتم بقمة بين بوتين وأردوغان الاثنين في سوتشي.",
			[]string{"planned: vladimir-putin/host recep-tayyip-erdogan/guest @sochi 2018-05-21"}},
		{"future verb after a meeting noun", "قال الكرملين إن اجتماعا بين بوتين وأردوغان سيعقد في موسكو.",
			[]string{"planned: vladimir-putin/host recep-tayyip-erdogan/guest @moscow -"}},
		{"a future verb holds the noun, its subject between", "وسيعقد الرئيس الروسي فلاديمير بوتين والرئيس التركي رجب طيب أردوغان قمة في سوتشي يوم الاثنين.",
			[]string{"planned: vladimir-putin/host recep-tayyip-erdogan/guest @sochi 2018-05-21"}},
		{"a future in the noun's relative clause", "يترقب العالم بلقاء القمة التاريخي، الذي سيجمع بوتين مع أردوغان في سوتشي يوم الاثنين.",
			[]string{"planned: vladimir-putin/host recep-tayyip-erdogan/guest @sochi 2018-05-21"}},
		{"where a summit brings him together", "وصل أردوغان إلى سوتشي حيث تجمعه الاثنين قمة ببوتين.",
			[]string{"planned: recep-tayyip-erdogan/guest vladimir-putin/host @sochi 2018-05-21"}},
		{"a summit that may be held", "قال بيسكوف إن قمة قد تعقد بين بوتين وأردوغان.",
			[]string{"planned: vladimir-putin/participant recep-tayyip-erdogan/participant @- -"}},
		{"who a summit brings together is not when", "عرض أردوغان هدنة خلال القمة الثلاثية التي تجمع إلى جانبه كلا من بوتين وروحاني في طهران.",
			[]string{"occurred: recep-tayyip-erdogan/guest vladimir-putin/guest hassan-rouhani/host @tehran -"}},
		{"a future before a relative clause with the summit", "قال لافروف إن أردوغان سيلتزم بتعهده الذي قطعه خلال قمة مع بوتين في سوتشي الشهر الماضي.",
			[]string{"occurred: recep-tayyip-erdogan/guest vladimir-putin/host @sochi ?"}},
		{"a future of the subject's relative clause", "أردوغان الذي ستكون حكومته أكبر داعم للاتفاق، التقى ببوتين في سوتشي أمس.",
			[]string{"occurred: recep-tayyip-erdogan/guest vladimir-putin/host @sochi 2018-05-16"}},
		{"who holds a meeting between others sits in it", "نجح وزير الخارجية الروسي سيرغي لافروف في عقد لقاء مصالحة بين بشار الأسد ورجب طيب أردوغان.",
			[]string{"occurred: sergei-lavrov/participant bashar-al-assad/participant recep-tayyip-erdogan/participant @- -"}},
		{"a host verb, its subject between", "استضاف الرئيس الروسي فلاديمير بوتين لقاء بين بشار الأسد ورجب طيب أردوغان في سوتشي.",
			[]string{"occurred: vladimir-putin/host bashar-al-assad/guest recep-tayyip-erdogan/guest @sochi -"}},
		{"holding spoken of is no convener, and a decision to hold is a plan", "كشف لافروف عن قرار عقد قمة بين بوتين وأردوغان في سوتشي.",
			[]string{"planned: vladimir-putin/host recep-tayyip-erdogan/guest @sochi -"}},
		{"a pluperfect meeting with those a relative clause names is another", "نجح لافروف في عقد لقاء مصالحة بين بشار الأسد ورجب طيب أردوغان. وكان لافروف قد أكد للمسؤولين الذين التقاهم الاثنين الماضي في دمشق دعم بلاده.",
			[]string{"occurred: sergei-lavrov/participant bashar-al-assad/participant recep-tayyip-erdogan/participant @- -"}},
		{"one named summit told twice, with different people", "وهدد بوتين خلال قمة منظمة التعاون الإسلامي في موسكو أردوغان بالرد. وشهدت قمة منظمة التعاون الإسلامي خلافا بين بوتين وروحاني.",
			[]string{"occurred: vladimir-putin/participant recep-tayyip-erdogan/participant hassan-rouhani/participant @- -"}},
		{"meetings on the sidelines of one summit stay apart", "التقى بوتين أردوغان على هامش قمة منظمة التعاون الإسلامي. والتقى روحاني بشار الأسد على هامش قمة منظمة التعاون الإسلامي.",
			[]string{"occurred: vladimir-putin/participant recep-tayyip-erdogan/participant @- -", "occurred: hassan-rouhani/participant bashar-al-assad/participant @- -"}},
		{"talks of purpose after a meeting verb are its topic", "التقى لافروف مع بشار الأسد لبحث قمة مزمعة مع أردوغان.",
			// The summit to discuss is a topic, not a plan of the three.
			[]string{"occurred: sergei-lavrov/participant bashar-al-assad/participant @- -"}},
		{"a summit that gathered others after a meeting is another", "التقى لافروف بشار الأسد أمس. ووصل لافروف إلى دمشق بعد القمة التاريخية التي جمعت بوتين وأردوغان في سوتشي.",
			[]string{"occurred: sergei-lavrov/guest bashar-al-assad/host @damascus 2018-05-16", "occurred: vladimir-putin/host recep-tayyip-erdogan/guest @sochi -"}},
		{"a summit that gathered them, no names after it", "وقع بوتين وأردوغان وثيقة مشتركة، في أعقاب القمة التاريخية التي جمعت الزعيمين في سوتشي.",
			[]string{"occurred: vladimir-putin/host recep-tayyip-erdogan/guest @sochi -"}},
		{"efforts to hold a summit are a plan", "تتواصل الجهود من عدة أطراف لعقد القمة بين بوتين وأردوغان.",
			[]string{"planned: vladimir-putin/participant recep-tayyip-erdogan/participant @- -"}},
		{"an agreement alone is no meeting", "وقال لافروف إنه اتفق مع نظيره التركي رجب طيب أردوغان على أهمية التهدئة.", nil},
		{"an agreement the next sentence calls a meeting", "اتفق بشار الأسد مع سيرغي لافروف على مواصلة العمل. وذكرت الرئاسة في بيان عقب اللقاء الذي جرى أمس أن الطرفين توصلا إلى اتفاق.",
			[]string{"occurred: bashar-al-assad/participant sergei-lavrov/participant @- 2018-05-16"}},
		{"an interest in meeting is a plan", "قالت الوكالة إن بشار الأسد مهتم بزيارة روسيا ولقاء فلاديمير بوتين.",
			[]string{"planned: bashar-al-assad/guest vladimir-putin/host @russia -"}},
		{"a meeting called off after its noun", "وكان من المقرر أن يلتقي بوتين مع أردوغان، لكن اللقاء تم إلغاؤه من جانب أنقرة.",
			[]string{"planned: vladimir-putin/participant recep-tayyip-erdogan/participant @- -"}},
		{"the trigger's clause dates the meeting before another sentence's day", "وأشاد لافروف بالقمة التي عقدها بوتين مع أردوغان الأسبوع الماضي. ووصل لافروف إلى دمشق الأربعاء.",
			[]string{"occurred: vladimir-putin/participant recep-tayyip-erdogan/participant @- ?"}},
		{"a later clause of the sentence times something else", "وجاء اللقاء بين بوتين وأردوغان في سوتشي بعدما فرضت واشنطن عقوبات في مارس.",
			[]string{"occurred: vladimir-putin/host recep-tayyip-erdogan/guest @sochi -"}},
		{"a meeting held by a named subject names its own people", "وأشار لافروف إلى المحادثات التي أجراها بوتين في سوتشي مع أردوغان.",
			[]string{"occurred: vladimir-putin/host recep-tayyip-erdogan/guest @sochi -"}},
		{"a summit he held, its subject the clause's", "وحل بوتين المشكلة بعد القمة التي عقدها مع أردوغان في سوتشي.",
			[]string{"occurred: vladimir-putin/host recep-tayyip-erdogan/guest @sochi -"}},
		{"where someone leaves for is not where they met", "واجتمع أردوغان مع بوتين قبيل سفره إلى موسكو.",
			[]string{"occurred: recep-tayyip-erdogan/participant vladimir-putin/participant @- -"}},
		{"a host receives at home", "استقبل الرئيس السوري بشار الأسد وزير الخارجية الإيراني محمد جواد ظريف. وبحث الجانبان الوضع في سوريا وتركيا.",
			[]string{"occurred: bashar-al-assad/host mohammad-javad-zarif/guest @syria -"}},
		{"a host receives in the capital the text names", "استقبل الرئيس السوري بشار الأسد وزير الخارجية الإيراني محمد جواد ظريف. وبحث الجانبان الوضع في سوريا. ويزور ظريف دمشق للمرة الثانية.",
			[]string{"occurred: bashar-al-assad/host mohammad-javad-zarif/guest @damascus -"}},
		{"a host who travels receives where he is", "وصل الرئيس السوري بشار الأسد إلى موسكو. واستقبل الأسد وزير الخارجية الإيراني محمد جواد ظريف.",
			[]string{"occurred: bashar-al-assad/host mohammad-javad-zarif/guest @moscow -"}},
		{"a date in what is said is not the meeting's", "وقال بوتين في ختام لقائه أردوغان في سوتشي: «قررنا إقامة منطقة منزوعة السلاح ابتداء من 15 أكتوبر».",
			[]string{"occurred: vladimir-putin/host recep-tayyip-erdogan/guest @sochi -"}},
		{"other people at a place in another country are another meeting", "والتقى بوتين أردوغان في سوتشي الخميس. واستقبل بوتين أردوغان وروحاني في طهران في أبريل.",
			[]string{"occurred: vladimir-putin/host recep-tayyip-erdogan/guest @sochi 2018-05-17", "occurred: vladimir-putin/host recep-tayyip-erdogan/guest hassan-rouhani/guest @tehran ?"}},
		{"a present verb with later today is a plan", "والرئيس التركي يجتمع بنظيره الروسي فلاديمير بوتين في فترة بعد الظهر في سوتشي.",
			[]string{"planned: recep-tayyip-erdogan/guest vladimir-putin/host @sochi -"}},
		{"working for a meeting to be held is a plan", "وقال مسؤول إن عمل السفير كان من أجل عقد اجتماع رسمي بين بوتين وأردوغان.",
			[]string{"planned: vladimir-putin/participant recep-tayyip-erdogan/participant @- -"}},
		{"a meeting with someone's lawyer is not with them", "وأثار لافروف في اجتماع مع محامي الرئيس الروسي فلاديمير بوتين مسألة العقوبات.", nil},
		{"setting out to hold talks: they are ahead", "ويتوجه لافروف إلى دمشق لإجراء محادثات مع بشار الأسد.",
			[]string{"planned: sergei-lavrov/guest bashar-al-assad/host @damascus -"}},
		{"an arrival to hold talks: they took place", "ووصل لافروف إلى دمشق لإجراء محادثات مع بشار الأسد.",
			[]string{"occurred: sergei-lavrov/guest bashar-al-assad/host @damascus -"}},
		{"where troops would be sent is not where they met", "جدد وزير الخارجية الروسي سيرغي لافروف في مؤتمر صحفي مشترك مع الرئيس السوري بشار الأسد الثلاثاء استعداد روسيا لإرسال قوات إلى سوريا.",
			[]string{"occurred: sergei-lavrov/participant bashar-al-assad/participant @- 2018-05-15"}},
		{"a plan reported from a meeting", "نقل الكرملين عن بوتين قوله خلال اجتماعه مع أردوغان إنه سيزور أنقرة.",
			[]string{"occurred: vladimir-putin/participant recep-tayyip-erdogan/participant @- -"}},
		{"scheduled", "من المقرر أن يلتقي بوتين وأردوغان في سوتشي.",
			[]string{"planned: vladimir-putin/host recep-tayyip-erdogan/guest @sochi -"}},
		{"a bare لقاء with a titled person", "وصفت الحكومة لقاء وزير الخارجية الروسي، سيرغي لافروف، بنظيره السوري أمس بالمثمر.",
			[]string{"occurred: sergei-lavrov/participant walid-muallem/participant @- 2018-05-16"}},
		{"the place after the trigger first", "وبعد لقاءات في موسكو، التقى بوتين أردوغان في سوتشي.",
			[]string{"occurred: vladimir-putin/host recep-tayyip-erdogan/guest @sochi -"}},
		{"an earlier meeting is another record", "التقى بوتين أردوغان في سوتشي أمس. وقبل ذلك، التقى بوتين روحاني في موسكو.",
			[]string{"occurred: vladimir-putin/host recep-tayyip-erdogan/guest @sochi 2018-05-16", "occurred: vladimir-putin/host hassan-rouhani/guest @moscow -"}},
		{"a hypothetical meeting", "قال الكرملين إن بوتين يستطيع لقاء أردوغان في أي وقت.",
			[]string{"planned: vladimir-putin/participant recep-tayyip-erdogan/participant @- -"}},
		{"an aide, not his principal", "التقى بوتين في موسكو كبير مساعدي الرئيس رجب طيب أردوغان.", nil},
		{"an aide of a country's leader, named by the leader's title", "التقى بوتين في موسكو كبير مساعدي زعيم إسرائيل بنيامين نتنياهو.", nil},
		{"a past meeting with plans around it", "وقد التقى بوتين أردوغان في سوتشي ضمن التحضيرات.",
			[]string{"occurred: vladimir-putin/host recep-tayyip-erdogan/guest @sochi -"}},
		{"may meet", "قال الكرملين إن بوتين قد يلتقي أردوغان ضمن التحضيرات.",
			[]string{"planned: vladimir-putin/participant recep-tayyip-erdogan/participant @- -"}},
		{"an interview", "قال بوتين في لقاء مع شبكة سي إن بي سي إن أردوغان شريك.", nil},
		{"a phone call (masculine adjective)", "بحث بوتين مع أردوغان في اتصال هاتفي مطول الوضع في سوريا والعلاقات الثنائية بين البلدين.", nil},
		{"a noun that looks like a future verb", "التقى بوتين أردوغان لبحث سيطرة الجيش على المنطقة.",
			[]string{"occurred: vladimir-putin/participant recep-tayyip-erdogan/participant @- -"}},
		{"in exchange for", "عرض عليه مالا لقاء معلومات تضر بأردوغان.", nil},
		{"an unknown subject is still a subject", "تحدث بوتين عن ذلك. وكان سالم راتكليف قد التقى أردوغان الخميس.", nil},
		{"a subject found by a foreign given name", "تحدث بوتين عن ذلك. وكان ريتشارد راتكليف قد التقى أردوغان الخميس.",
			[]string{"occurred: x-rytshard-ratklyf/participant recep-tayyip-erdogan/participant @- 2018-05-17"}},
		{"in a place is where, not an envoy's post", "التقى لافروف السفير التركي الخميس في سلطنة عمان ثم أردوغان.",
			[]string{"occurred: sergei-lavrov/participant recep-tayyip-erdogan/participant @oman 2018-05-17"}},
		{"an envoy's post is not where", "التقى لافروف السفير التركي في سلطنة عمان ثم أردوغان.",
			[]string{"occurred: sergei-lavrov/participant recep-tayyip-erdogan/participant @- -"}},
		{"receiving migrants is not a meeting", "اختلف بوتين وأردوغان بخصوص استقبال المهاجرين العالقين.", nil},
		{"the need for a summit is a plan", "رأى بوتين ضرورة عقد قمة مع أردوغان.",
			[]string{"planned: vladimir-putin/participant recep-tayyip-erdogan/participant @- -"}},
		{"a meeting offered is a plan", "وكان الرئيس السوري بشار الأسد قد عرض لقاء الرئيس الروسي فلاديمير بوتين.",
			[]string{"planned: bashar-al-assad/participant vladimir-putin/participant @- -"}},
		{"a meeting committed to is a plan", "أكد الرئيس الروسي فلاديمير بوتين مجددا التزامه بلقاء أردوغان.",
			[]string{"planned: vladimir-putin/participant recep-tayyip-erdogan/participant @- -"}},
		{"a summit proposed to be held is a plan", "وكان بوتين اقترح الاثنين أن تعقد القمة بينه وبين أردوغان في سوتشي.",
			[]string{"planned: vladimir-putin/host recep-tayyip-erdogan/guest @sochi -"}},
		{"a future after the partner's name is the meeting's", "وقال الكرملين إن لقاء بوتين مع رجب طيب أردوغان سيكون قريبا جدا.",
			[]string{"planned: vladimir-putin/participant recep-tayyip-erdogan/participant @- -"}},
		{"an agreement to meet again is confirmed by no meeting", "قال بوتين إنه اتفق مع أردوغان على عقد لقاءات. وقالت الوكالة إن الزعيمين اتفقا على الاجتماع بشكل متكرر.", nil},
		{"the first to meet, in the future, is a plan", "ويبدو أن بوتين الذي سيصبح أول رئيس روسي في الخدمة يجتمع مع أردوغان في سوتشي قد خفف من حماسه.",
			[]string{"planned: vladimir-putin/host recep-tayyip-erdogan/guest @sochi -"}},
		{"the first to meet, now, met", "وبوتين هو أرفع مسؤول روسي يلتقي أردوغان.",
			[]string{"occurred: vladimir-putin/participant recep-tayyip-erdogan/participant @- -"}},
		{"to be the first to meet is a plan", "وقال إن بوتين يطمح ليكون أول رئيس روسي يجتمع مع أردوغان في سوتشي.",
			[]string{"planned: vladimir-putin/host recep-tayyip-erdogan/guest @sochi -"}},
		{"a summit announced is a plan", "وكان الإعلان في آذار/مارس الماضي عن قمة بين بوتين وأردوغان أثار مفاجأة كبرى.",
			[]string{"planned: vladimir-putin/participant recep-tayyip-erdogan/participant @- -"}},
		{"talks disclosed as held took place", "ويأتي الإعلان بعد يوم من الكشف عن محادثات جرت بين بوتين وأردوغان في سوتشي.",
			[]string{"occurred: vladimir-putin/host recep-tayyip-erdogan/guest @sochi -"}},
		{"the date and place of a summit are a plan's", "قال بوتين إن موعد ومكان القمة بينه وبين أردوغان لم يحددا.",
			[]string{"planned: vladimir-putin/participant recep-tayyip-erdogan/participant @- -"}},
		{"an adverb between the proposal and the talks", "وقالت إن بوتين اقترح فقط إجراء محادثات مباشرة مع أردوغان.",
			[]string{"planned: vladimir-putin/participant recep-tayyip-erdogan/participant @- -"}},
		{"a proposal of someone's to hold a summit", "ووافق بشار الأسد على اقتراح الرئيس الروسي عقد قمة.",
			[]string{"planned: bashar-al-assad/participant vladimir-putin/participant @- -"}},
		{"a meeting on the margins of a summit named after its place", "والتقى بوتين أردوغان على هامش قمة سوتشي يوم الأربعاء.",
			[]string{"occurred: vladimir-putin/host recep-tayyip-erdogan/guest @sochi 2018-05-16"}},
		{"the place a visitor named before it visited", "وسبق وزار الرئيس التركي رجب طيب أردوغان روسيا، حيث تركزت مباحثاته مع بوتين على سوريا.",
			[]string{"occurred: recep-tayyip-erdogan/guest vladimir-putin/host @russia -"}},
		{"of two dates of another sentence, the one of the meeting", "التقى بوتين أردوغان في سوتشي. وذكر مسؤولون الأحد أن القمة التي جرت في 3 مايو كانت ناجحة.",
			[]string{"occurred: vladimir-putin/host recep-tayyip-erdogan/guest @sochi 2018-05-03"}},
		{"a meeting left names none of the sentence's people", "يغادر الرئيس الروسي القمة مبكرا متجها إلى سوتشي لعقد قمته مع أردوغان.",
			[]string{"planned: vladimir-putin/host recep-tayyip-erdogan/guest @sochi -"}},
		{"the leader of a country by description", "التقى الزعيم التركي وزير الخارجية الروسي سيرغي لافروف في سوتشي أمس.",
			[]string{"occurred: recep-tayyip-erdogan/guest sergei-lavrov/host @sochi 2018-05-16"}},
		{"agreed to hold a summit", "توافق بوتين وأردوغان على عقد قمة.",
			[]string{"planned: vladimir-putin/participant recep-tayyip-erdogan/participant @- -"}},
		{"the speaker before a quotation is not a participant", "قال لافروف للصحفيين \"اليوم أجرى بوتين محادثات مع أردوغان\".",
			[]string{"occurred: vladimir-putin/participant recep-tayyip-erdogan/participant @- -"}},
		{"a quoted phrase after إن leaves the subject", "قال لافروف إن بوتين عقد \"لقاء جيدا\" مع أردوغان.",
			[]string{"occurred: vladimir-putin/participant recep-tayyip-erdogan/participant @- -"}},
		{"a meeting needed is a plan", "قال وزير الخارجية سيرغي لافروف إنه من المهم أن يلتقي بوتين أردوغان.",
			[]string{"planned: vladimir-putin/participant recep-tayyip-erdogan/participant @- -"}},
		{"before he met, in a past narrative", "استقبل الأسد وزير الخارجية الروسي سيرغي لافروف أمس قبل أن يلتقي لافروف أردوغان.",
			[]string{"occurred: sergei-lavrov/participant recep-tayyip-erdogan/participant @- -"}},
		{"a name's words are not cues (إن in مون جاي إن)", "استقبل الرئيس مون جاي إن وزير الخارجية سيرغي لافروف.",
			[]string{"occurred: moon-jae-in/host sergei-lavrov/guest @- -"}},
		{"a name's words are not cues, before the trigger", "وكان الرئيس مون جاي إن قد التقى وزير الخارجية سيرغي لافروف.",
			[]string{"occurred: moon-jae-in/participant sergei-lavrov/participant @- -"}},
		{"a topic word inside a name", "التقى بوتين في مقر منظمة التعاون الإسلامي أردوغان.",
			[]string{"occurred: vladimir-putin/participant recep-tayyip-erdogan/participant @- -"}},
		{"agreed to arrange a summit", "اتفق بوتين مع أردوغان على ترتيب قمة في أقرب وقت.",
			[]string{"planned: vladimir-putin/participant recep-tayyip-erdogan/participant @- -"}},
		{"phone call far from the trigger", "واتفق بوتين مع أردوغان على ضرورة التنسيق بين البلدين في الملفات كافة خلال مكالمة هاتفية.", nil},
		{"a past verb that begins with ت is no present tense", "تباحث بوتين مع أردوغان الاثنين في موسكو.",
			[]string{"occurred: vladimir-putin/host recep-tayyip-erdogan/guest @moscow 2018-05-14"}},
		{"a question is not a report", "هل التقى بوتين أردوغان في سوتشي؟", nil},
		{"a question quoted after the report is what was said", "وذكر الكرملين في ختام لقاء بين بوتين وأردوغان في سوتشي أن \"المسألة هي: إلى أي مدى نقبل بالتعديلات؟\"",
			[]string{"occurred: vladimir-putin/host recep-tayyip-erdogan/guest @sochi -"}},
		{"a quoted question is still one", "وقال الصحفي: \"هل التقى بوتين أردوغان في سوتشي؟\"", nil},
		{"a meeting after بعد is the time of an intent, not its object", "ويسعى بوتين إلى تقليل التوتر بعد قمته مع أردوغان في سوتشي.",
			[]string{"occurred: vladimir-putin/host recep-tayyip-erdogan/guest @sochi -"}},
		{"another report of the meeting places it by its own clause", "التقى بوتين أردوغان أمس. وفي دمشق، قال الأسد إن بوتين وصف قمته مع أردوغان في سوتشي بالناجحة.",
			[]string{"occurred: vladimir-putin/host recep-tayyip-erdogan/guest @sochi 2018-05-16"}},
		{"speakers before أنهما are not a summit's participants", "أعلن بوتين وأردوغان بأنهما لن يسمحا لروحاني بترهيبهما في قمة طهران المقبلة.", nil},
		{"what a visit holds is planned", "وبعد أن أنهى زيارته، غادر بوتين متجها إلى تركيا لإجراء زيارة يلتقي خلالها أردوغان.",
			[]string{"planned: vladimir-putin/guest recep-tayyip-erdogan/host @turkey -"}},
		{"an expectation with its subject before أن", "وتوقع لافروف أن تمثل القمة بين بوتين وأردوغان دفعة قوية للعلاقات.",
			[]string{"planned: vladimir-putin/participant recep-tayyip-erdogan/participant @- -"}},
		{"a verb of preparation governs its clause", "في الوقت الذي يستعد فيه بوتين لعقد قمة مع أردوغان، قال لافروف إن العلاقات جيدة.",
			[]string{"planned: vladimir-putin/participant recep-tayyip-erdogan/participant @- -"}},
		{"at the invitation of is a cause, not a plan", "التقى بوتين أردوغان في موسكو بناء على دعوة رسمية.",
			[]string{"occurred: vladimir-putin/host recep-tayyip-erdogan/guest @moscow -"}},
		{"the first person present is what a speaker will do", "ألتقي الرئيس أردوغان في موسكو، قال بوتين للصحفيين.",
			[]string{"planned: vladimir-putin/host recep-tayyip-erdogan/guest @moscow -"}},
		{"a second meeting after عقب has its own people", "التقى بوتين لافروف عقب لقاء الأخير بأردوغان في أنقرة.",
			[]string{"occurred: vladimir-putin/participant sergei-lavrov/participant @- -"}},
		{"a relative clause after a participant", "استقبل بشار الأسد محمد جواد ظريف الذي يوصف بأنه ظل الرئيس روحاني.",
			[]string{"occurred: bashar-al-assad/host mohammad-javad-zarif/guest @- -"}},
		{"a meeting told only as background is still reported", "قال لافروف بعد اجتماع مع أردوغان إن العلاقات جيدة.",
			[]string{"occurred: sergei-lavrov/participant recep-tayyip-erdogan/participant @- -"}},
		{"the partner after a topic, with مع", "بحث بوتين الأوضاع في سوريا مع أردوغان.",
			[]string{"occurred: vladimir-putin/participant recep-tayyip-erdogan/participant @- -"}},
		{"a meeting noun with a pronoun takes the subject before", "وصل لافروف إلى دمشق. وجاء ذلك أثناء لقائه الرئيس بشار الأسد.",
			[]string{"occurred: sergei-lavrov/guest bashar-al-assad/host @damascus -"}},
		{"a joint press conference", "وقال بوتين في مؤتمر صحفي مشترك مع أردوغان إن العلاقات جيدة.",
			[]string{"occurred: vladimir-putin/participant recep-tayyip-erdogan/participant @- -"}},
		{"a conference is no press conference", "وقال بوتين في مؤتمر الأمن مع أردوغان إن العلاقات جيدة.", nil},
		{"letters of credence received", "تسلم بشار الأسد أوراق اعتماد سفير تركيا رجب طيب أردوغان.",
			[]string{"occurred: bashar-al-assad/host recep-tayyip-erdogan/guest @- -"}},
		{"letters of credence presented", "وقدم سيرغي لافروف أوراق اعتماده إلى الرئيس بشار الأسد.",
			[]string{"occurred: sergei-lavrov/participant bashar-al-assad/participant @- -"}},
		{"adopting is no meeting", "وأكد بشار الأسد اعتماد الخطة التي وضعها مع لافروف.", nil},
		{"the speaker is the subject after إنه", "وقال الرئيس الروسي فلاديمير بوتين للصحفيين إنه التقى أردوغان في سوتشي.",
			[]string{"occurred: vladimir-putin/host recep-tayyip-erdogan/guest @sochi -"}},
		{"a speaker no list knows is the subject, not a person before", "وصل لافروف إلى أنقرة. وأكد فيشر في رسالة أنه التقى أردوغان في سوتشي.", nil},
		{"a television interview is no meeting", "وقال بوتين في لقاء تلفزيوني إن أردوغان صديق.", nil},
		{"whose claim it is is not the subject after بأنه", "ونفى لافروف ادعاءات بوتين بأنه التقى أردوغان في سوتشي.", nil},
		{"may meet is a possibility", "وقال لافروف إنه قد يلتقي أردوغان في سوتشي.",
			[]string{"planned: sergei-lavrov/host recep-tayyip-erdogan/guest @sochi -"}},
		{"a request to meet", "وبعث لافروف مذكرة إلى أردوغان لطلب لقائه.",
			[]string{"planned: sergei-lavrov/participant recep-tayyip-erdogan/participant @- -"}},
		{"a letter handed over; its sender took no part", "وسلم سيرغي لافروف الرئيس بشار الأسد رسالة من الرئيس فلاديمير بوتين.",
			[]string{"occurred: sergei-lavrov/participant bashar-al-assad/participant @- -"}},
		{"handing over nothing is no meeting", "وسلم لافروف بشار الأسد إلى المحكمة.", nil},
		{"an agreement signed together", "ووقع الاتفاقية عن الجانب الروسي فلاديمير بوتين، والرئيس التركي رجب طيب أردوغان في سوتشي.",
			[]string{"occurred: vladimir-putin/host recep-tayyip-erdogan/guest @sochi -"}},
		{"one signer alone is no meeting", "التقى لافروف أردوغان. ووقع بوتين الجمعة مذكرة بشأن العقوبات.",
			[]string{"occurred: sergei-lavrov/participant recep-tayyip-erdogan/participant @- -"}},
		{"a fall is no signing", "ووقع الهجوم بعد يوم من إعلان أردوغان أن بوتين صديق.", nil},
		{"a summit the world awaits is ahead", "يترقب العالم القمة التاريخية بين بوتين وأردوغان.",
			[]string{"planned: vladimir-putin/participant recep-tayyip-erdogan/participant @- -"}},
		{"a meeting that would have been held", "وتمنى بوتين لو عقدت القمة مع أردوغان.", nil},
		{"the date of a meeting is of one to come", "ولم يعلن الكرملين أي موعد لعقد اجتماع بين بوتين وأردوغان.",
			[]string{"planned: vladimir-putin/participant recep-tayyip-erdogan/participant @- -"}},
		{"a meeting agreed to is ahead", "ووافق بوتين على لقاء أردوغان.",
			[]string{"planned: vladimir-putin/participant recep-tayyip-erdogan/participant @- -"}},
		{"the summit something came before is not reported", "التقى لافروف أردوغان قبل القمة بين بوتين وترامب.",
			[]string{"occurred: sergei-lavrov/participant recep-tayyip-erdogan/participant @- -"}},
		{"then another meeting with its own people", "التقى بوتين أردوغان في سوتشي، عقب لقاء الأخير بالرئيس حسن روحاني، ومن ثم لقاء نظيره لافروف.",
			[]string{"occurred: vladimir-putin/host recep-tayyip-erdogan/guest @sochi -"}},
		{"the programme of a visit told after the verb", "وغادر أردوغان في زيارة رسمية لروسيا، يلتقي خلالها ببوتين.",
			[]string{"planned: recep-tayyip-erdogan/guest vladimir-putin/host @russia -"}},
		{"a visit that ended, told in the past", "وكان أردوغان قد اختتم زيارة رسمية لروسيا ناقش فيها مع بوتين الوضع في سوريا.",
			[]string{"occurred: recep-tayyip-erdogan/guest vladimir-putin/host @russia -"}},
		{"a summit whose plans are a meeting's topic", "ويعتزم لافروف عقد اجتماع مع أردوغان في سوتشي يوم الثلاثاء لمناقشة خطط القمة.",
			[]string{"planned: sergei-lavrov/host recep-tayyip-erdogan/guest @sochi 2018-05-22"}},
		{"a background meeting of two next to a meeting of one of them", "استقبل بشار الأسد مساء السبت سيرغي لافروف. ووصف وزير الدفاع أردوغان العلاقة بالمهمة بعد اجتماعه مع لافروف.",
			[]string{"occurred: bashar-al-assad/host sergei-lavrov/guest @- 2018-05-12", "occurred: recep-tayyip-erdogan/participant sergei-lavrov/participant @- -"}},
		{"the statement a meeting was the occasion of gives its day", "أكد لافروف، الأربعاء، أن الحل سياسي. وجاء ذلك أثناء لقائه أردوغان.",
			[]string{"occurred: sergei-lavrov/participant recep-tayyip-erdogan/participant @- 2018-05-16"}},
		{"a meeting before a trip is not at the trip's place", "وكان أردوغان قد ألمح أثناء زيارته إلى موسكو إلى ذلك. وذكر أردوغان أنه اجتمع ببوتين قبيل سفره إلى الخارج.",
			[]string{"occurred: recep-tayyip-erdogan/participant vladimir-putin/participant @- -"}},
		{"a place in what someone said of another sentence's meeting", "التقى بشار الأسد سيرغي لافروف الأحد. وقال الأسد إن اللقاء مع لافروف \"كان فرصة لإكمال ملف المصالحة وخاصة المشاريع في سوتشي\".",
			[]string{"occurred: bashar-al-assad/participant sergei-lavrov/participant @- 2018-05-13"}},
		{"the person after في استقباله receives the one who arrived", "وصل رجب طيب أردوغان إلى موسكو، حيث كان في استقباله سيرغي لافروف.",
			[]string{"occurred: sergei-lavrov/host recep-tayyip-erdogan/guest @moscow -"}},
		{"an object verb's subject, not a person of a later clause", "وصل لافروف إلى موسكو. واستقبله الرئيس فلاديمير بوتين، وبحسب مصادر فهو يحضر لزيارة ينقصها تأكيد رجب طيب أردوغان.",
			[]string{"occurred: vladimir-putin/host sergei-lavrov/guest @moscow -"}},
		{"a summit whose failure is blamed on someone", "حملت الولايات المتحدة، على لسان سيرغي لافروف، الرئيس رجب طيب أردوغان مسؤولية فشل قمة سوتشي.", nil},
		{"a spokesperson's pronoun is whom she speaks for", "وقالت المتحدثة باسم الكرملين ماريا زاخاروفا إنه خلال اللقاء بينه وبين أردوغان في سوتشي اتفق الجانبان.", nil},
		{"a speaker's own pronoun is the speaker", "وقال بوتين إن اللقاء بينه وبين أردوغان في سوتشي كان مثمرا.",
			[]string{"occurred: vladimir-putin/host recep-tayyip-erdogan/guest @sochi -"}},
		{"who is absent from a meeting took no part", "وقال المحرر إن الأفكار مهمة، حتى مع تغيب بعض كبار أعضاء الحزب من المؤيدين للخروج من الاتحاد عن الاجتماع، مثل سيرغي لافروف ورجب طيب أردوغان.", nil},
		{"who is briefed on a meeting took no part", "وأطلع لافروف الرئيس فلاديمير بوتين ورجب طيب أردوغان على فحوى اجتماعه.", nil},
		{"briefing told as a noun with its pronoun", "وصل الرئيس الروسي فلاديمير بوتين إلى أنقرة لإطلاعه على محادثاته مع الرئيس بشار الأسد.", nil},
		{"a journey told with a title, a name, a place and a day before its purpose", "وصل وزير الخارجية الروسي، سيرغي لافروف، إلى سوتشي، الثلاثاء، للقاء الرئيس فلاديمير بوتين.",
			[]string{"occurred: sergei-lavrov/participant vladimir-putin/participant @sochi 2018-05-15"}},
		{"who attended the meeting just told joins it", "التقى بوتين أردوغان في سوتشي الأحد. وبحثا العلاقات. كما حضر اللقاء سيرغي لافروف.",
			[]string{"occurred: vladimir-putin/participant recep-tayyip-erdogan/participant sergei-lavrov/participant @sochi 2018-05-13"}},
		{"whom an aide serves took no part", "والتقى أردوغان مستشار بوتين في أنقرة.", nil},
		{"a place in a quotation that tells the same meeting", "التقى بوتين أردوغان الأحد. وقال لافروف إن \"اللقاء الذي عقد في سوتشي كان مثمرا\".",
			[]string{"occurred: vladimir-putin/host recep-tayyip-erdogan/guest @sochi 2018-05-13"}},
		{"talks that were not held", "وأعرب أردوغان عن أسفه لعدم انعقاد محادثات جنيف بين بوتين ولافروف.", nil},
		{"a negation of something else before a meeting", "وحث أردوغان بوتين على عدم الانسحاب عندما التقى به في سوتشي.",
			[]string{"occurred: recep-tayyip-erdogan/guest vladimir-putin/host @sochi -"}},
		{"an initiative to hold a meeting", "وأعلن الكرملين مبادرة بوتين لعقد اجتماع مع أردوغان في سوتشي.",
			[]string{"planned: vladimir-putin/host recep-tayyip-erdogan/guest @sochi -"}},
		{"people appointed at a meeting are not its participants", "واعتمد بوتين خلال اجتماع طارئ تعيين سيرغي لافروف وزيرا للخارجية.", nil},
		{"the occasion of a denied meeting adds no meeting", "ونفى ظريف وجود خطط لعقد اجتماع مع بومبيو على هامش اجتماعات الجمعية العامة.", nil},
		{"an invitation as the cause of talks held", "ووصل أردوغان إلى سوتشي بدعوة من بوتين لإجراء محادثات مع بوتين.",
			[]string{"occurred: recep-tayyip-erdogan/guest vladimir-putin/host @sochi -"}},
		{"a city in another sentence over the country", "التقى بوتين أردوغان في روسيا أمس. وجرى اللقاء بين بوتين وأردوغان في سوتشي.",
			[]string{"occurred: vladimir-putin/host recep-tayyip-erdogan/guest @sochi 2018-05-16"}},
		{"taking part in talks names their parties", "ويشارك في المحادثات بوتين والرئيس رجب طيب أردوغان.",
			[]string{"occurred: vladimir-putin/participant recep-tayyip-erdogan/participant @- -"}},
		{"between after a relative clause", "وصل لافروف إلى دمشق بعد القمة التي عقدت الخميس في سوتشي بين بوتين وأردوغان.",
			[]string{"occurred: vladimir-putin/host recep-tayyip-erdogan/guest @sochi 2018-05-17"}},
		{"a verb of purpose is a meeting to come", "غادر بوتين موسكو متوجها إلى أنقرة ليلتقي أردوغان.",
			[]string{"planned: vladimir-putin/participant recep-tayyip-erdogan/participant @- -"}},
		{"when they meet", "قال لافروف إن هناك فرصة للاتفاق عندما يلتقي بوتين أردوغان.",
			[]string{"planned: vladimir-putin/participant recep-tayyip-erdogan/participant @- -"}},
		{"a match is no meeting", "وأعلن المدرب جاهزية اللاعبين. ويشهد اللقاء مواجهة قوية بين بوتين وأردوغان.", nil},
		{"a call by verb", "اتصل بوتين بأردوغان وبحثا نتائج اللقاء.", nil},
		{"a meeting spoken of", "وقال بوتين إنه تحدث مع لافروف بشأن الاجتماع مع أردوغان.", nil},
		{"on the eve of a summit", "وجه بوتين انتقادات إلى أردوغان عشية قمة في موسكو.", nil},
		{"a summit to be held", "تحدثت وسائل إعلام عن المصافحة بين بوتين وأردوغان خلال القمة التي تعقد الجمعة.",
			[]string{"planned: vladimir-putin/participant recep-tayyip-erdogan/participant @- 2018-05-18"}},
		{"a call anywhere in the sentence", "اتصل بوتين بأردوغان وأطلعه على نتائج هذا اللقاء الثلاثي.", nil},
		{"the country of an office is not where", "التقى وزير الخارجية في روسيا سيرغي لافروف أمس أردوغان.",
			[]string{"occurred: sergei-lavrov/participant recep-tayyip-erdogan/participant @- 2018-05-16"}},
		{"a tally of meetings", "التقى بوتين وأردوغان 9 مرات خلال 5 سنوات.", nil},
		{"praising a meeting of others", "وأشاد بوتين بلقاء لافروف بأردوغان.",
			[]string{"occurred: sergei-lavrov/participant recep-tayyip-erdogan/participant @- -"}},
		{"a meeting noun with بين in another's object", "وسبق استقبال بوتين لأردوغان لقاء بينه وبين لافروف.",
			[]string{"occurred: vladimir-putin/host recep-tayyip-erdogan/guest @- -", "occurred: recep-tayyip-erdogan/participant sergei-lavrov/participant @- -"}},
		{"a place that names the summit", "وقال لافروف إن قمة سوتشي بين بوتين وأردوغان كانت مثمرة.",
			[]string{"occurred: vladimir-putin/host recep-tayyip-erdogan/guest @sochi -"}},
		{"a journey to meet", "وصل لافروف إلى دمشق للقاء الرئيس بشار الأسد.",
			[]string{"occurred: sergei-lavrov/guest bashar-al-assad/host @damascus -"}},
		{"an invitation to meet", "وجه الأسد دعوة إلى بوتين للقاء أردوغان.",
			[]string{"planned: vladimir-putin/participant recep-tayyip-erdogan/participant @- -"}},
		{"the scene set just before", "ووصل لافروف إلى موسكو الأربعاء. وصرح لافروف عقب لقائه مع أردوغان بأن العلاقات جيدة.",
			[]string{"occurred: sergei-lavrov/host recep-tayyip-erdogan/guest @moscow 2018-05-16"}},
		{"a back-reference brings no participants", "التقى بوتين أردوغان في سوتشي أمس. وعرض لافروف على روحاني نتائج اللقاء.",
			[]string{"occurred: vladimir-putin/host recep-tayyip-erdogan/guest @sochi 2018-05-16"}},
		{"agreeing to meet", "وافق بوتين على لقاء أردوغان.",
			[]string{"planned: vladimir-putin/participant recep-tayyip-erdogan/participant @- -"}},
		{"a present verb opening the clause", "وصل لافروف إلى دمشق. ويلتقي بوتين أردوغان في سوتشي.",
			[]string{"planned: vladimir-putin/host recep-tayyip-erdogan/guest @sochi -"}},
		{"an aide of a named principal", "وأعلن بوتين بعد اجتماع عقده الجمعة مع مساعد بارز لأردوغان أن القمة ستعقد.", nil},
		{"kin of a president is not the president", "بحث جاريد كوشنر، صهر الرئيس فلاديمير بوتين، مع أردوغان العلاقات.",
			[]string{"occurred: x-jaryd-kwshnr/participant recep-tayyip-erdogan/participant @- -"}},
		{"a meeting that may be", "ووصل بوتين إلى موسكو. وقال إن لقاءه مع أردوغان في سوتشي قد يكون صعبا.",
			[]string{"planned: vladimir-putin/host recep-tayyip-erdogan/guest @sochi -"}},
		{"sociology is no meeting", "ومن بين المدعين بوتين، وهو أستاذ في علم الاجتماع، وأردوغان.", nil},
		{"the meeting a statement was made at", "قال بوتين إن العلاقات جيدة، وذلك خلال اللقاء الذي جمعه الإثنين بأردوغان.",
			[]string{"occurred: vladimir-putin/participant recep-tayyip-erdogan/participant @- 2018-05-14"}},
		{"talks told after a call are the call's", "تلقى بوتين اتصالا هاتفيا من أردوغان. وبحث الرئيسان مع لافروف الوضع في سوريا.", nil},
		{"a summit held the next day", "وتحدث لافروف عن قمة تعقد الجمعة بين بوتين وأردوغان.",
			[]string{"planned: vladimir-putin/participant recep-tayyip-erdogan/participant @- 2018-05-18"}},
		{"a visit to meet", "بدأ بوتين زيارة إلى سوتشي للاجتماع مع أردوغان.",
			[]string{"planned: vladimir-putin/host recep-tayyip-erdogan/guest @sochi -"}},
		{"someone absent is no participant", "التقى بوتين في موسكو أردوغان في غياب لافروف.",
			[]string{"occurred: vladimir-putin/host recep-tayyip-erdogan/guest @moscow -"}},
		{"an interview with the channel", "قال بوتين في لقاء مع القناة الأولى إن أردوغان شريك.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := x.Process(context.Background(), &doc.Document{ID: "t", Text: tt.text, Published: pub})
			if err != nil {
				t.Fatal(err)
			}
			got := summary(r)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("%s\n got: %q\nwant: %q", tt.text, got, tt.want)
			}
			for _, e := range r.Events {
				checkSpan(t, tt.text, e.Trigger)
				for _, ev := range e.Evidence {
					checkSpan(t, tt.text, ev)
				}
			}
		})
	}
}

func checkSpan(t *testing.T, text string, s doc.Span) {
	t.Helper()
	r := []rune(text)
	if s.Start < 0 || s.End > len(r) || string(r[s.Start:s.End]) != s.Text {
		t.Errorf("span %+v does not match the text", s)
	}
}

// TestHeadline checks that a meeting reported in the headline and the
// body keeps the body's report as its trigger, with the headline as
// evidence, and that a present-tense headline does not make it a plan.
func TestHeadline(t *testing.T) {
	x := pipeline.New(fixture.Gazetteer(t))
	title := "بوتين يلتقي أردوغان في سوتشي"
	text := title + "\nالتقى فلاديمير بوتين أمس رجب طيب أردوغان في سوتشي وبحثا الوضع."
	r, err := x.Process(context.Background(), &doc.Document{ID: "t", Title: title, Text: text, Published: time.Date(2018, 5, 17, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := summary(r), []string{"occurred: vladimir-putin/host recep-tayyip-erdogan/guest @sochi 2018-05-16"}; strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("got %q, want %q", got, want)
	}
	e := r.Events[0]
	if e.Trigger.Sentence != 2 || e.Trigger.Text != "التقى" {
		t.Errorf("trigger = %+v, want التقى in sentence 2", e.Trigger)
	}
	if len(e.Evidence) != 2 || e.Evidence[0].Sentence != 1 || e.Evidence[1].Sentence != 2 {
		t.Errorf("evidence = %+v, want sentences 1 and 2 in order", e.Evidence)
	}
}

func TestVideo(t *testing.T) {
	x := pipeline.New(fixture.Gazetteer(t))
	pub := time.Date(2018, 5, 17, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		text, want string
	}{
		{"التقى بوتين أردوغان في سوتشي أمس. وانتشر مقطع فيديو للقاء.", "occurred: vladimir-putin/host recep-tayyip-erdogan/guest @sochi 2018-05-16"},
		{"التقى بوتين أردوغان عبر الفيديو أمس.", "occurred: vladimir-putin/participant recep-tayyip-erdogan/participant @- 2018-05-16"},
	} {
		r, err := x.Process(context.Background(), &doc.Document{ID: "t", Text: tc.text, Published: pub})
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Join(summary(r), "\n"); got != tc.want {
			t.Errorf("%s\n got: %s\nwant: %s", tc.text, got, tc.want)
		}
	}
}
