package resolve_test

import (
	"testing"
	"time"

	"github.com/extract-news/extract/pipeline/doc"
)

// TestBodiesByAgreement checks, with the real lists, the words that make
// a ministry's short name an adjective or move its nationality to another
// noun, and a function word that folds like a surname. People and
// organizations are listed (id:mention|mention, sorted by id).
func TestBodiesByAgreement(t *testing.T) {
	x := realExtractor(t)
	pub := time.Date(2018, 6, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct{ name, text, want string }{
		{"a newspaper's foreign name ends at a verb in the past with a feminine subject",
			"وقالت صحيفة توتو سبورت كتبت أن اللاعب سينتقل قريبا.",
			"x-twtw-sbwrt:توتو سبورت"},
		{"a circle of conflict or light is no department",
			"ودخلت العلاقات دائرة النزاع الدموي، وبقي الملف في دائرة الضوء والتركيز.",
			""},
		{"foreign policy is no ministry",
			"وانتقد الكاتب السياسة الخارجية الأمريكية في مقاله.",
			""},
		{"foreign trade is no ministry",
			"وارتفعت التجارة الخارجية المصرية هذا العام.",
			""},
		{"internal affairs after a preposition are no ministry",
			"ورفض الوزير التدخل بالشؤون الداخلية السعودية.",
			""},
		{"the ministry after a verb",
			"وقالت الخارجية الأمريكية في بيان إن الحوار مستمر.",
			"us-ministry-of-foreign-affairs:الخارجية الأمريكية"},
		{"the ministry after a time word",
			"وأعلنت اليوم الخارجية الأمريكية فرض عقوبات جديدة.",
			"us-ministry-of-foreign-affairs:الخارجية الأمريكية"},
		{"a domestic intelligence agency is named whole",
			"وحذرت وكالة الاستخبارات الداخلية الألمانية من هجمات.",
			"x-wkalh-alastkhbarat-aldakhlyh-alalmanyh:وكالة الاستخبارات الداخلية الألمانية"},
		{"a masculine nationality after the ministry qualifies the spokesman",
			"وقال المتحدث باسم وزارة الخارجية الأردني إن المعبر مغلق.",
			"jordan-ministry-of-foreign-affairs:وزارة الخارجية"},
		{"a feminine nationality after the ministry is the ministry's",
			"وقال المتحدث باسم وزارة الخارجية الأردنية إن المعبر مغلق.",
			"jordan-ministry-of-foreign-affairs:وزارة الخارجية الأردنية"},
		{"a function word that folds like a surname is no one",
			"ولم يحضر الوزير إلا أنه أرسل مندوبا عنه.",
			""},
		{"a known surname after another given name is someone else's",
			"وأعلن القضاء توقيف مساعد محافظ البنك المركزي أحمد عراقجي مع أربعة من السماسرة.",
			"x-ahmd-raqjy:أحمد عراقجي"},
		{"a known short form after a preposition that folds like a given name",
			"وضغط الرئيس الفرنسي على بوتين.",
			"emmanuel-macron:الرئيس الفرنسي vladimir-putin:بوتين"},
		{"a known short form after a common word that is a given name too",
			"وقال بشار الأسد إن الحرب انتهت، وقال الكاتب إن مدة حكم الأسد طالت.",
			"bashar-al-assad:بشار الأسد|الأسد"},
		{"a father's name inside a longer name",
			"وقال أنور بن محمد قرقاش إن الأزمة طويلة.",
			"anwar-gargash:قرقاش"},
		{"a bare ministry is the one named before with its country",
			"وقالت وزارة العدل الأمريكية إنها فتحت تحقيقا. وأضافت وزارة العدل أن التحقيق مستمر.",
			"us-department-of-justice:وزارة العدل الأمريكية|وزارة العدل"},
		{"a bare ministry after two countries' ministries is neither",
			"ورحبت وزارة الخارجية الأمريكية بالاتفاق، وكذلك وزارة الخارجية الروسية. وقالت وزارة الخارجية إن الاتفاق هش.",
			"russia-ministry-of-foreign-affairs:وزارة الخارجية الروسية us-ministry-of-foreign-affairs:وزارة الخارجية الأمريكية x-wzarh-alkharjyh:وزارة الخارجية"},
		{"a bare ministry after another country's capital is that country's",
			"ورحبت وزارة الخارجية السعودية بالقرار. وفي الدوحة، رأت وزارة الخارجية أن القرار خاطئ.",
			"saudi-arabia-ministry-of-foreign-affairs:وزارة الخارجية السعودية x-wzarh-alkharjyh:وزارة الخارجية"},
		{"a ministry in a country is that country's",
			"وقالت وزارة الخارجية في لبنان إن الزيارة مهمة.",
			"lebanon-ministry-of-foreign-affairs:وزارة الخارجية"},
		{"foreign policy in a country is no ministry, nor an embassy there that country's",
			"وقال إن السياسة الخارجية في الصين تغيرت، وإن السفارة في لبنان مغلقة.",
			""},
		{"a bare ministry before the qualified one stays apart",
			"وقالت وزارة الدفاع إنها أنهت المناورات. وكانت وزارة الدفاع التركية أعلنت بدءها.",
			"turkey-ministry-of-defence:وزارة الدفاع التركية x-wzarh-aldfa:وزارة الدفاع"},
	}
	keep := func(e *doc.Entity) bool { return e.Type != "place" }
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := entities(t, x, tt.text, pub, keep); got != tt.want {
				t.Errorf("%s\n got: %s\nwant: %s", tt.text, got, tt.want)
			}
		})
	}
}
