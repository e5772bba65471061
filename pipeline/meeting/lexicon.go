package meeting

import (
	"strings"

	"github.com/extract-news/extract/pipeline/event"
	"github.com/extract-news/extract/pipeline/internal/wordsig"
	"github.com/extract-news/extract/pipeline/normalize"
)

// Family groups trigger words by what they say about the encounter; the
// families are event's, shared with the English path.
type Family = event.Family

// Trigger families.
const (
	// Receive: استقبل — the subject hosts the object.
	Receive = event.Receive
	// Meet: التقى، اجتمع، لقاء، اجتماع.
	Meet = event.Meet
	// Talks: بحث مع، محادثات، مباحثات، مشاورات.
	Talks = event.Talks
	// Summit: قمة.
	Summit = event.Summit
	// Visit: زيارة، زار — a meeting only when a host is named.
	Visit = event.Visit
	// Sign: a signing ceremony between named people.
	Sign = event.Sign
)

// trigger is one lexicon form. Nominal triggers (لقاء، اللقاء) may refer
// back to a meeting already reported.
type trigger struct {
	family  Family
	nominal bool
	// needsWith: the form is a meeting only with مع or بين after it
	// (بحث مع، اتفق مع), since alone it means something else.
	needsWith bool
	// object: a verb with an object pronoun (استقبله، التقاه); a person
	// carried over from an earlier sentence is its object, not its subject.
	object bool
	// press: مؤتمر, a meeting only as a press conference (مؤتمر صحفي
	// مشترك مع).
	press bool
	// agreement: اتفق مع, a meeting only as more evidence of one other
	// words report.
	agreement bool
	// suffixed: a meeting noun with a pronoun suffix (لقائه، اجتماعها):
	// its subject may be the person of the sentence before.
	suffixed bool
}

// lexicon maps normalized stems (clitic prefixes removed, pronoun
// suffixes kept as separate forms) to triggers; lexiconSigs holds the
// signatures of its keys.
var (
	lexicon     = map[string]trigger{}
	lexiconSigs wordsig.Set
)

func addForms(t trigger, forms string) {
	for _, f := range strings.Fields(forms) {
		n := normalize.String(f)
		lexicon[n] = t
		lexiconSigs.Add(n)
	}
}

func init() {
	addForms(trigger{family: Receive}, `استقبل استقبلت استقبلا يستقبل تستقبل يستقبلان`)
	addForms(trigger{family: Receive, nominal: true}, `استقبال الاستقبال لاستقبال باستقبال`)
	addForms(trigger{family: Receive, nominal: true, suffixed: true}, `استقباله استقبالها استقبالهما`)
	addForms(trigger{family: Receive, object: true}, `استقبله استقبلها استقبلهم استقبلته يستقبله تستقبله`)
	addForms(trigger{family: Meet}, `التقى التقت التقيا التقوا يلتقي تلتقي يلتقيان يلتقون اجتمع اجتمعت اجتمعا اجتمعوا يجتمع تجتمع يجتمعان
		تلتقيان تجتمعان التقائه التقائها`)
	addForms(trigger{family: Meet, object: true}, `التقاه التقاها التقاهم التقته يلتقيه`)
	addForms(trigger{family: Meet, nominal: true}, `لقاء لقاءا لقاءات اللقاء اللقاءات اجتماع اجتماعا الاجتماع اجتماعات
		الاجتماعات ملتقى`)
	addForms(trigger{family: Meet, nominal: true, suffixed: true}, `لقائه لقائها لقائهما لقاءه لقاءها اجتماعه اجتماعها اجتماعهما`)
	addForms(trigger{family: Meet, nominal: true, needsWith: true, press: true}, `مؤتمر مؤتمرا المؤتمر`)
	addForms(trigger{family: Talks}, `تباحث تباحثا يتباحث يتباحثان`)
	addForms(trigger{family: Talks, needsWith: true}, `بحث بحثت بحثا يبحث تبحث يبحثان تبحثان ناقش ناقشت ناقشا يناقش يناقشان تناقش
		تناول تناولا`)
	// اتفق مع: an agreement, made as often by telephone or in a statement
	// as in a meeting; it adds to a meeting other words report.
	addForms(trigger{family: Talks, needsWith: true, agreement: true}, `اتفق اتفقا اتفقت`)
	addForms(trigger{family: Talks, nominal: true, needsWith: true}, `محادثات المحادثات مباحثات المباحثات مشاورات المشاورات مفاوضات المفاوضات`)
	addForms(trigger{family: Talks, nominal: true, needsWith: true, suffixed: true}, `محادثاته محادثاتهما مباحثاته مباحثاتهما`)
	addForms(trigger{family: Summit, nominal: true}, `قمة القمة قمتهما قمته`)
	addForms(trigger{family: Visit, nominal: true}, `زيارة زيارته زيارتها الزيارة زيارتهما`)
	addForms(trigger{family: Sign, nominal: true}, `مراسم`)
}

// Cue lists, in analysis form, looked up with clitics removed.
var (
	// phone calls: not meetings.
	phoneCues = set(`هاتفي هاتفيا هاتفية الهاتف هاتف اتصالا اتصال الاتصال مكالمة المكالمة اتصل اتصلت يتصل تتصل`)
	// callWords say "phone call" wherever they stand in the sentence.
	callWords = set(`مكالمة المكالمة مكالمات هاتفية هاتفيا هاتفي الهاتفي الهاتفية اتصل اتصلت`)
	// roomWords before a meeting noun name a room (غرفة الاجتماعات).
	roomWords = set(`غرفة قاعة صالة غرف قاعات علم عالم علماء`)
	// heldPresent after الذي/التي and a meeting noun say it is to be held
	// (القمة التي تعقد الجمعة).
	heldPresent = set(`تعقد يعقد تنعقد ينعقد تجري يجري تقام يقام`)
	// mediaWords after لقاء مع make it an interview (في لقاء مع شبكة سي
	// إن بي سي), not a meeting.
	mediaWords = set(`شبكة قناة صحيفة وكالة تلفزيون التلفزيون إذاعة الإذاعة مجلة موقع برنامج محطة
		الشبكة القناة الصحيفة الوكالة المجلة الموقع البرنامج المحطة`)
	// pressWords after مؤتمر make it a press conference.
	pressWords = set(`صحفي صحفيا صحافي صحافيا الصحفي الصحافي`)
	// causeWords among the plan cues give a cause after causeLeads or a
	// clitic ب (بناء على دعوة، تلبية لدعوة، بدعوة من).
	causeWords = set(`دعوة طلب`)
	causeLeads = set(`على تلبية`)
	// intentVerbs govern a meeting later in their clause (يستعد الرئيس
	// لعقد قمة، ينوي لقاء، لا تستبعد عقد اجتماع، يتوقع أن يحضر قمة).
	intentVerbs = set(`توقع توقعت يستعد تستعد يعتزم تعتزم ينوي تنوي يتوقع تتوقع يستبعد تستبعد يخطط تخطط يسعى تسعى المقرر المزمع`)
	// letters, messages and statements end a trigger's object phrase: the
	// sender of a message did not meet its recipient.
	messageWords = set(`رسالة برقية الرسالة رسالته خطاب تغريدة بيان`)
	// video meetings are meetings without a place.
	videoCues = set(`الفيديو فيديو المرئي افتراضية الافتراضية افتراضي`)
	// virtualWords make a meeting virtual by themselves; the other video
	// words need viaWords before them (عبر الفيديو، بتقنية الاتصال المرئي).
	virtualWords = set(`افتراضية الافتراضية افتراضي`)
	viaWords     = set(`عبر بتقنية تقنية بواسطة خلال الاتصال اتصال الدائرة دائرة كونفرانس`)
	// plans and intentions: status planned.
	plannedCues = set(`جهود الجهود مساعي المساعي مهتم مهتمة اهتمامه اهتمامها رغبة رغبته رغبتها يفترض ويفترض ينوي تنوي يتوقع تتوقع يستبعد تستبعد يعتزم تعتزم المقرر المتوقع المرتقب المرتقبة مرتقب مرتقبة يرتقب المزمع سوف ينتظر يأمل المقبل المقبلة القادم القادمة غدا يستعد تستعد ستعقد سيعقد سيلتقي ستلتقي سيجتمع ستجتمع سيستقبل ستستقبل سيبحث ستبحث سيزور ستزور سيجري يرغب دعا دعوة طلب يطلب طالب يطالب
		ترتيب لترتيب تحضيرا للتحضير التحضير الإعداد للإعداد إعداد استعداد استعداده استعدادها مستعد مستعدة محتمل محتملة المحتمل المحتملة الاستعدادات استعدادات التحضيرات تحضيرات
		أستطيع يستطيع تستطيع نستطيع يمكن يمكنني يمكنه بإمكاني بإمكانه أريد يريد تريد نريد أود يود تود`)
	// receivedThings after the noun استقبال are received in numbers or
	// are things: the reception is not a meeting.
	receivedThings = set(`المهاجرين مهاجرين اللاجئين لاجئين النازحين نازحين الحجاج حجاج الجرحى المصابين السفينة سفينة سفن السفن
		طلبات الطلبات المساعدات مساعدات الشحنات شحنات الطائرات طائرات الغاز المزيد مزيد هؤلاء مئات آلاف الاف عشرات أعداد اعداد النزلاء الزوار السياح
		المشجعين الجماهير الجمهور المواطنين الطلاب الطلبة الأطفال الاطفال العائدين المرضى البضائع
		الرفات رفات الجثث جثث الجثامين جثامين`)
	// sportWords in a sentence or the one before make اللقاء a match, not
	// a meeting (words that mean nothing else: not مواجهة, الفريق, هدف).
	sportWords = set(`مباراة المباراة مباريات المباريات المنتخب منتخب الدوري دوري الملعب ملعب المدرب مدرب اللاعب لاعب اللاعبين لاعبي الشوط كأس`)
	// topicLeads before a meeting noun make it what is spoken of or
	// addressed (تحدثنا بشأن الاجتماع، كلمة أمام قمة ميونخ), not a report.
	topicLeads = set(`بشأن حول بخصوص أمام امام`)

	// nounPlanCues right before a meeting noun make it a plan: ضرورة عقد
	// قمة، إمكانية اللقاء، لتنظيم لقاء (تنظيم before a meeting noun is
	// never the "organization" of تنظيم الدولة).
	nounPlanCues = set(`ضرورة إمكانية امكانية احتمال لتنظيم تنظيم أي قرار فكرة اقتراح مقترح خطة`)
	// scheduledCues after a meeting noun schedule it (اجتماع بين أردوغان
	// وبوتين وروحاني من المقرر أن ينعقد): looked for further after it.
	scheduledCues = set(`المقرر المزمع المزمعة مزمع مزمعة المرتقب المرتقبة المقررة مقرر مقررة`)
	// denials and cancellations: dropped.
	deniedCues = set(`نفى نفت ينفي ألغى ألغت إلغاء الغاء أرجأ تأجيل إرجاء رفض رفضت يرفض لم لن ولم ولن`)
	// complementizers: persons before them are speakers, not participants.
	complementizers = set(`إن أن بأن وأن انه إنه أنه انها أنها إنها أنهم إنهم انهم أنهما إنهما انهما`)
	// words after which the object phrase of a trigger turns into its
	// topic (بحثا العلاقات، ناقشا التطورات).
	topicWords = set(`لبحث لمناقشة لمتابعة للتباحث أجل للرد قرارات قرار تصريحات العلاقات العلاقة التعاون الأوضاع الوضع التطورات آخر مستجدات المستجدات سبل قضايا القضايا ملف ملفات الملف الأزمة موضوع حول بشأن بخصوص تطورات
		أوضاع عدة عدد جملة مسار المسار الجهود التنسيق الاتفاقية اتفاقية خطوات عملية العملية مواصلة تعزيز التسوية الحل الحرب الموقف موقف قوله قوله كلمة`)
	// place cues before a location.
	locativeCues = set(`في إلى الى نحو بمدينة مدينة العاصمة عاصمة مقر قصر`)
	// words that open a new clause after a trigger's object.
	clauseWords = set(`كما فيما بينما حين حيث وقال وأكد وأضاف وبحث وبحثا وناقش وناقشا وتناول وتناولا وتباحث وتباحثا`)
	// earlierWords open a sentence about another, earlier or later,
	// meeting (وقبل ذلك، التقى الوفد …): it joins a record only when it
	// names the same people.
	earlierWords = set(`وقبل قبل وبعد سابق سابقا لاحق لاحقا وكان وكانت`)
	// aideWords name a subordinate of the person after them.
	aideWords = set(`مساعد مساعدي مساعدة مستشار مستشاري مستشارة مبعوث مبعوثي مبعوثة باسم ممثل ممثلي مندوب سفير سكرتير`)
	// sequenceWords before an indefinite meeting noun make it background.
	sequenceWords = set(`بعد قبل عقب إثر اثر قبيل غداة عشية`)
	withWords     = set(`مع بين وبين برفقة بحضور بمشاركة`)
	// partakeWords before a meeting noun name its parties after it
	// (يشارك في المحادثات X وY، حضر الاجتماع X).
	partakeWords = set(`شارك شاركت يشارك تشارك يشاركان يشاركون مشاركة مشاركته مشاركتها حضر حضرت يحضر تحضر`)
	// heldWords before a bare لقاء make it a meeting (عقد لقاء، خلال
	// لقاء); without them it may mean "in exchange for" (مالا لقاء
	// معلومات).
	heldWords = set(`عقد عقدا عقدت يعقد تعقد أجرى أجريا أجرت يجري تجري جرى خلال في بعد قبل عقب إثر اثر لدى أثناء اثناء حضر حضور`)
)

func set(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[normalize.String(w)] = true
	}
	return m
}
