package eval

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/extract-news/extract/gazetteers"
	"github.com/extract-news/extract/pipeline"
	"github.com/extract-news/extract/pipeline/doc"
)

const goldYAML = `
documents:
  - id: d1
    people:
      - Bashar al-Assad: [بشار الأسد, الأسد]
      - Sergei Lavrov: [سيرغي لافروف, لافروف]
      - Vladimir Putin: [فلاديمير بوتين]
      - Mohammad Bagheri: [محمد باقري]
    places:
      - Damascus: [دمشق]
      - Moscow: [موسكو]
    organizations:
      - United Nations: [الأمم المتحدة]
    optional: [Astana, {Iran: [إيران]}]
    meetings:
      - participants: [Bashar al-Assad, Sergei Lavrov, Vladimir Putin]
        location: [Damascus, null]
        date: يوم أمس
        evidence: التقى الأسد لافروف وبوتين
      - participants: [Sergei Lavrov, Mohammad Bagheri]
        location: Moscow
        date: null
        evidence: اجتمع لافروف مع باقري
    optional_meetings:
      - participants: [Bashar al-Assad, Mohammad Bagheri]
  - id: d2
    people:
      - Donald Trump: [دونالد ترامب]
    places: []
    organizations: []
`

func mustGold(t *testing.T, src string) *Gold {
	t.Helper()
	g, err := ParseGold([]byte(src), "gold.yaml")
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func ent(id, typ, name, nameAr string, mentions ...string) doc.Entity {
	e := doc.Entity{ID: id, Type: typ, Name: name, NameAr: nameAr, Gazetteer: true}
	for i, m := range mentions {
		e.Mentions = append(e.Mentions, doc.Mention{Text: m, Sentence: i + 1})
	}
	return e
}

func meet(id, loc, date string, participants ...string) doc.Event {
	ev := doc.Event{ID: id, Type: "meeting", Status: doc.Occurred,
		Evidence: []doc.Span{{Text: "evidence of " + id, Sentence: 1}}}
	for _, p := range participants {
		ev.Participants = append(ev.Participants, doc.Participant{Entity: p, Role: "participant"})
	}
	if loc != "" {
		ev.Location = &doc.Location{Entity: loc}
	}
	if date != "" {
		ev.Date = &doc.Date{Text: date}
	}
	return ev
}

func result(id string, ents []doc.Entity, evs ...doc.Event) *doc.Result {
	return &doc.Result{Document: doc.Meta{ID: id}, Entities: ents, Events: evs}
}

func TestParseGold(t *testing.T) {
	g := mustGold(t, goldYAML)
	if len(g.Documents) != 2 {
		t.Fatalf("got %d documents, want 2", len(g.Documents))
	}
	d := g.Documents[0]
	if d.ID != "d1" || len(d.Entities) != 7 || len(d.Optional) != 2 || len(d.Meetings) != 2 || len(d.OptionalMeetings) != 1 {
		t.Fatalf("document d1 = %+v", d)
	}
	if e := d.Entities[0]; e.Type != doc.Person || e.Name != "Bashar al-Assad" || len(e.Forms) != 2 || e.Line != 5 {
		t.Errorf("first entity = %+v", e)
	}
	if o := d.Optional[1]; o.Name != "Iran" || len(o.Forms) != 1 {
		t.Errorf("optional with forms = %+v", o)
	}
	m := d.Meetings[0]
	if len(m.Participants) != 3 || len(m.Locations) != 1 || !m.NullLocation || len(m.Dates) != 1 || m.NullDate {
		t.Errorf("meeting 1 = %+v", m)
	}
	m = d.Meetings[1]
	if len(m.Locations) != 1 || m.NullLocation || len(m.Dates) != 0 || !m.NullDate {
		t.Errorf("meeting 2 = %+v", m)
	}
}

func TestParseGoldErrors(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{"documents:\n  - id: a\n    peeple: []\n", `gold.yaml:3: unknown key "peeple"`},
		{"documents:\n  - id: a\n    people:\n      - A: [أ]\n    meetings:\n      - participants: [A, B]\n", `gold.yaml:6: participant "B"`},
		{"documents:\n  - id: a\n  - id: a\n", `gold.yaml:3: duplicate document id`},
		{"documents:\n  - id: a\n    people:\n      - A\n", `gold.yaml:4: people: A has no Arabic forms`},
		{"documents:\n  - id: a\n    people: [x\n", `gold.yaml: yaml: line`},
		{"docs: []\n", `no documents key`},
	} {
		_, err := ParseGold([]byte(tc.src), "gold.yaml")
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("ParseGold(%q) error = %v, want %q", tc.src, err, tc.want)
		}
	}
}

func TestKeys(t *testing.T) {
	for _, tc := range []struct{ a, b string }{
		{"Bashar al-Assad", "Bashar Assad"},
		{"Bashar al-Assad", "bashar-al-assad"},
		{"Recep Tayyip Erdoğan", "Recep Tayyip Erdogan"},
		{"Al-Lataminah", "Lataminah"},
		{"Deir ez-Zor", "Deir Ezzor"},
		{"Al-Watan (Syria)", "Al Watan"},
		{"The Hague", "Hague"},
	} {
		if NameKey(tc.a) != NameKey(tc.b) {
			t.Errorf("NameKey(%q) = %q != NameKey(%q) = %q", tc.a, NameKey(tc.a), tc.b, NameKey(tc.b))
		}
	}
	if NameKey("Vladimir Putin") == NameKey("Vladimir Putina") {
		t.Error("NameKey conflates different names")
	}
	if FormKey("“إدْلِب”،") != FormKey("ادلب") {
		t.Errorf("FormKey: %q != %q", FormKey("“إدْلِب”،"), FormKey("ادلب"))
	}
	if DateKey("9 تموز/ يوليو") != DateKey("9 تموز /يوليو") {
		t.Error("DateKey depends on spacing around punctuation")
	}
}

func TestScoreEntities(t *testing.T) {
	type want struct{ gold, sys, tp, opt int }
	for _, tc := range []struct {
		name   string
		ents   []doc.Entity
		person want
		place  want
		org    want
		fa     []string // false alarm ids
		miss   []string // missed gold names
	}{
		{
			name: "all found by different rules",
			ents: []doc.Entity{
				ent("bashar-al-assad", doc.Person, "Bashar al-Assad", "بشار الأسد", "الأسد"),
				ent("lavrov", doc.Person, "S. Lavrov", "", "لافروف"),               // by mention
				ent("person-1", doc.Person, "", "فلاديمير بوتين", "بوتين"),         // by name_ar
				ent("bagheri", doc.Person, "Mohammad Bagheri", "", "اللواء باقري"), // by English name
				ent("damascus", doc.Place, "Damascus", "دمشق", "بدمشق"),
				ent("moscow", doc.Place, "Moskva", "", "لموسكو"), // by clitic-less mention
				ent("un", doc.Organization, "UN", "", "الأمم المتحدة"),
			},
			person: want{4, 4, 4, 0}, place: want{2, 2, 2, 0}, org: want{1, 1, 1, 0},
		},
		{
			name: "optional, false alarms, misses and duplicates",
			ents: []doc.Entity{
				ent("bashar-al-assad", doc.Person, "Bashar al-Assad", "بشار الأسد", "بشار الأسد"),
				ent("maher-al-assad", doc.Person, "Maher al-Assad", "ماهر الأسد", "الأسد"), // matches Bashar's form: duplicate
				ent("iran", doc.Place, "Islamic Republic", "", "إيران"),                    // optional by form
				ent("astana", doc.Place, "Astana", "أستانا", "أستانا"),                     // optional by name
				ent("cairo", doc.Place, "Cairo", "القاهرة", "القاهرة"),                     // false alarm
				ent("moscow-org", doc.Organization, "Moscow", "موسكو", "موسكو"),            // wrong type
			},
			person: want{4, 2, 1, 0}, place: want{2, 1, 0, 2}, org: want{1, 1, 0, 0},
			fa:   []string{"maher-al-assad", "cairo", "moscow-org"},
			miss: []string{"Sergei Lavrov", "Vladimir Putin", "Mohammad Bagheri", "Damascus", "Moscow", "United Nations"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			g := mustGold(t, goldYAML)
			g.Documents = g.Documents[:1]
			r := Score(g, map[string]*doc.Result{"d1": result("d1", tc.ents)})
			for typ, w := range map[string]want{doc.Person: tc.person, doc.Place: tc.place, doc.Organization: tc.org} {
				c := r.Counts(typ)
				if got := (want{c.Gold, c.System, c.TP, c.Optional}); got != w {
					t.Errorf("%s: gold/sys/tp/opt = %v, want %v", typ, got, w)
				}
			}
			var fa, miss []string
			for _, it := range r.FalseAlarms {
				if it.Type != "meeting" {
					fa = append(fa, it.ID)
				}
			}
			for _, it := range r.Misses {
				if it.Type != "meeting" {
					miss = append(miss, it.Name)
				}
			}
			if strings.Join(fa, ",") != strings.Join(tc.fa, ",") {
				t.Errorf("false alarms = %v, want %v", fa, tc.fa)
			}
			if strings.Join(miss, ",") != strings.Join(tc.miss, ",") {
				t.Errorf("misses = %v, want %v", miss, tc.miss)
			}
			for _, it := range r.FalseAlarms {
				switch it.ID {
				case "maher-al-assad":
					if !strings.Contains(it.Reason, "duplicate of gold Bashar al-Assad") {
						t.Errorf("duplicate reason = %q", it.Reason)
					}
				case "moscow-org":
					if !strings.Contains(it.Reason, "gold has Moscow as place") {
						t.Errorf("wrong-type reason = %q", it.Reason)
					}
				}
			}
		})
	}
}

// meetingEntities are the system entities of d1 used by the meeting tests.
func meetingEntities() []doc.Entity {
	return []doc.Entity{
		ent("assad", doc.Person, "Bashar al-Assad", "بشار الأسد", "الأسد"),
		ent("lavrov", doc.Person, "Sergei Lavrov", "سيرغي لافروف", "لافروف"),
		ent("putin", doc.Person, "Vladimir Putin", "فلاديمير بوتين", "بوتين"),
		ent("bagheri", doc.Person, "Mohammad Bagheri", "محمد باقري", "باقري"),
		ent("x", doc.Person, "Unknown Person", "فلان الفلاني", "فلان الفلاني"),
		ent("damascus", doc.Place, "Damascus", "دمشق", "دمشق"),
		ent("moscow", doc.Place, "Moscow", "موسكو", "موسكو"),
		ent("cairo", doc.Place, "Cairo", "القاهرة", "القاهرة"),
	}
}

func TestScoreMeetings(t *testing.T) {
	type acc struct{ locOK, locN, dateOK, dateN int }
	for _, tc := range []struct {
		name           string
		events         []doc.Event
		gold, sys, tp  int
		opt            int
		acc            acc
		falseAlarms    int
		missedPairs    []string
		wrongAttribute []string
	}{
		{
			name: "pair expansion, all right",
			events: []doc.Event{
				meet("e1", "damascus", "يوم أمس الأربعاء", "assad", "lavrov", "putin"),
				meet("e2", "moscow", "", "lavrov", "bagheri"),
			},
			gold: 4, sys: 4, tp: 4, acc: acc{2, 2, 2, 2},
		},
		{
			name: "null location acceptable, date text missing",
			events: []doc.Event{
				meet("e1", "", "أمس", "putin", "assad"),
				meet("e2", "", "اليوم", "bagheri", "lavrov"),
			},
			gold: 4, sys: 2, tp: 2, acc: acc{1, 2, 0, 2},
			missedPairs:    []string{"Sergei Lavrov – Bashar al-Assad", "Vladimir Putin – Sergei Lavrov"},
			wrongAttribute: []string{"date", "location", "date"},
		},
		{
			name: "wrong location, optional pair, unmatched participant, duplicate pair",
			events: []doc.Event{
				meet("e1", "cairo", "يوم أمس", "assad", "lavrov"),
				meet("e2", "", "", "assad", "lavrov"),
				meet("e3", "", "", "assad", "bagheri"),
				meet("e4", "", "", "assad", "x"),
			},
			gold: 4, sys: 2, tp: 1, opt: 1, acc: acc{0, 1, 1, 1}, falseAlarms: 1,
			missedPairs: []string{"Vladimir Putin – Bashar al-Assad", "Vladimir Putin – Sergei Lavrov",
				"Sergei Lavrov – Mohammad Bagheri"},
			wrongAttribute: []string{"location"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			g := mustGold(t, goldYAML)
			g.Documents = g.Documents[:1]
			r := Score(g, map[string]*doc.Result{"d1": result("d1", meetingEntities(), tc.events...)})
			c := r.Counts(MeetingPairs)
			if c.Gold != tc.gold || c.System != tc.sys || c.TP != tc.tp || c.Optional != tc.opt {
				t.Errorf("gold/sys/tp/opt = %d/%d/%d/%d, want %d/%d/%d/%d", c.Gold, c.System, c.TP, c.Optional, tc.gold, tc.sys, tc.tp, tc.opt)
			}
			if got := (acc{r.Location.Correct, r.Location.Total, r.Date.Correct, r.Date.Total}); got != tc.acc {
				t.Errorf("location/date accuracy = %v, want %v", got, tc.acc)
			}
			var fa int
			for _, it := range r.FalseAlarms {
				if it.Type == "meeting" {
					fa++
					if it.Evidence == "" || !strings.Contains(it.Reason, "Unknown Person (x) matches no gold person") {
						t.Errorf("false alarm without evidence or reason: %+v", it)
					}
				}
			}
			if fa != tc.falseAlarms {
				t.Errorf("meeting false alarms = %d, want %d", fa, tc.falseAlarms)
			}
			var miss []string
			for _, it := range r.Misses {
				if it.Type == "meeting" {
					miss = append(miss, it.Name)
				}
			}
			// Pairs are named in sorted order.
			want := make([]string, len(tc.missedPairs))
			for i, p := range tc.missedPairs {
				a, b, _ := strings.Cut(p, " – ")
				want[i] = mkpair(a, b).String()
			}
			if strings.Join(miss, "|") != strings.Join(want, "|") {
				t.Errorf("missed pairs = %q, want %q", miss, want)
			}
			var wrong []string
			for _, it := range r.Wrong {
				wrong = append(wrong, it.Type)
			}
			if strings.Join(wrong, ",") != strings.Join(tc.wrongAttribute, ",") {
				t.Errorf("wrong attributes = %v, want %v", wrong, tc.wrongAttribute)
			}
		})
	}
}

func TestScoreLocationList(t *testing.T) {
	src := `
documents:
  - id: d
    people:
      - A: [أ ب]
      - B: [ج د]
    places:
      - Syria: [سورية]
    meetings:
      - participants: [A, B]
        location: [Damascus, Syria]
        date: أمس
`
	ents := []doc.Entity{
		ent("a", doc.Person, "A", "أ ب", "أ ب"),
		ent("b", doc.Person, "B", "ج د", "ج د"),
		ent("syria", doc.Place, "Syrian Arab Republic", "سوريا", "سورية"),
		ent("damascus", doc.Place, "Damascus", "دمشق", "دمشق"),
	}
	for _, tc := range []struct {
		loc, date string
		locOK     bool
		dateOK    bool
	}{
		{"syria", "أمس", true, true},        // mapped through the gold place Syria
		{"damascus", "بالأمس", true, false}, // by English name; date word differs
		{"", "يوم أمس الخميس", false, true}, // null not acceptable here
	} {
		g := mustGold(t, src)
		r := Score(g, map[string]*doc.Result{"d": result("d", ents, meet("e", tc.loc, tc.date, "a", "b"))})
		if got := r.Location.Correct == 1; got != tc.locOK || r.Location.Total != 1 {
			t.Errorf("location %q: correct = %v (%+v), want %v", tc.loc, got, r.Location, tc.locOK)
		}
		if got := r.Date.Correct == 1; got != tc.dateOK {
			t.Errorf("date %q: correct = %v, want %v", tc.date, got, tc.dateOK)
		}
	}
}

func TestScoreDocuments(t *testing.T) {
	g := mustGold(t, goldYAML)
	r := Score(g, map[string]*doc.Result{
		"d1":    result("d1", meetingEntities()),
		"extra": result("extra", []doc.Entity{ent("q", doc.Person, "Q", "ق", "ق")}),
	})
	if r.Documents != 2 || r.Scored != 1 || strings.Join(r.MissingDocuments, ",") != "d2" || strings.Join(r.IgnoredDocuments, ",") != "extra" {
		t.Errorf("documents %d, scored %d, missing %v, ignored %v", r.Documents, r.Scored, r.MissingDocuments, r.IgnoredDocuments)
	}
	c := r.Counts(doc.Person)
	if c.Gold != 5 || c.TP != 4 || c.System != 5 {
		t.Errorf("person counts = %+v, want gold 5 (d2's Trump missed), tp 4, sys 5 (x)", c)
	}
	var found bool
	for _, it := range r.Misses {
		if it.Doc == "d2" && it.Name == "Donald Trump" && it.Reason == "no output" {
			found = true
		}
	}
	if !found {
		t.Errorf("d2 miss not reported: %+v", r.Misses)
	}
	var buf bytes.Buffer
	if err := r.WriteText(&buf, true); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"type           gold   sys    tp  P      R      F1\n", "person            5     5     4  0.800  0.800  0.800\n",
		"meeting location accuracy 0/0 (n/a)", "no output for: d2", "not in the gold, ignored: extra", "misses (", "false alarms ("} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("text report lacks %q:\n%s", want, buf.String())
		}
	}
}

func TestCountsEmpty(t *testing.T) {
	for _, tc := range []struct {
		c       Counts
		p, r, f float64
	}{
		{Counts{}, 1, 1, 1},
		{Counts{Gold: 2}, 0, 0, 0},
		{Counts{System: 2}, 0, 0, 0},
		{Counts{Gold: 4, System: 2, TP: 2}, 1, 0.5, 0.6667},
	} {
		tc.c.finish()
		if tc.c.Precision != tc.p || tc.c.Recall != tc.r || tc.c.F1 != tc.f {
			t.Errorf("%+v: want P %v R %v F1 %v", tc.c, tc.p, tc.r, tc.f)
		}
	}
}

func TestReportJSON(t *testing.T) {
	g := mustGold(t, goldYAML)
	r := Score(g, map[string]*doc.Result{"d1": result("d1", meetingEntities(), meet("e1", "damascus", "يوم أمس", "assad", "lavrov"))})
	var buf bytes.Buffer
	if err := r.WriteJSON(&buf); err != nil {
		t.Fatal(err)
	}
	var raw map[string]any
	if err := json.Unmarshal(buf.Bytes(), &raw); err != nil {
		t.Fatalf("invalid JSON: %v\n%s", err, buf.String())
	}
	for _, k := range []string{"documents", "scored", "scores", "location_accuracy", "date_accuracy", "misses", "false_alarms", "missing_documents"} {
		if _, ok := raw[k]; !ok {
			t.Errorf("JSON lacks %q:\n%s", k, buf.String())
		}
	}
	var back Report
	if err := json.Unmarshal(buf.Bytes(), &back); err != nil {
		t.Fatal(err)
	}
	if c := back.Counts(MeetingPairs); c.TP != 1 || c.Gold != 4 || c.Recall != 0.25 {
		t.Errorf("meeting pairs from JSON = %+v", c)
	}
	if back.Location != (Accuracy{1, 1, 1}) || back.Date != (Accuracy{1, 1, 1}) {
		t.Errorf("accuracies from JSON = %+v %+v", back.Location, back.Date)
	}
	if !strings.Contains(buf.String(), `"name": "Bashar al-Assad – Vladimir Putin"`) || !strings.Contains(buf.String(), "التقى الأسد") {
		t.Errorf("JSON misses lack names or unescaped evidence:\n%s", buf.String())
	}
	back.Brief()
	buf.Reset()
	if err := back.WriteJSON(&buf); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(buf.String(), "misses") || strings.Contains(buf.String(), "false_alarms") {
		t.Errorf("brief JSON still lists errors:\n%s", buf.String())
	}
}

const conllSample = `-DOCSTART- O

التقى O
بشار B-PERS
الأسد I-PERS
بدمشق B-LOC
وفد O
الأمم B-ORG
المتحدة I-ORG
في O
عيد B-MISC
الفطر I-MISC

قال O
لافروف B-PER
I-LOC I-LOC
`

func TestReadCoNLL(t *testing.T) {
	sents, err := ReadCoNLL(strings.NewReader(conllSample), "x.conll")
	if err != nil {
		t.Fatal(err)
	}
	if len(sents) != 2 || len(sents[0].Tokens) != 10 || sents[0].Line != 3 || sents[1].Line != 14 {
		t.Fatalf("sentences = %+v", sents)
	}
	if got := sents[0].Text(); got != "التقى بشار الأسد بدمشق وفد الأمم المتحدة في عيد الفطر" {
		t.Errorf("Text = %q", got)
	}
	want := []Span{{PER, 1, 3}, {LOC, 3, 4}, {ORG, 5, 7}, {MISC, 8, 10}}
	if got := GoldSpans(sents[0].Tags); !equalSpans(got, want) {
		t.Errorf("GoldSpans = %v, want %v", got, want)
	}
	// A stray I- of another type starts a new span.
	if got := GoldSpans(sents[1].Tags); !equalSpans(got, []Span{{PER, 1, 2}, {LOC, 2, 3}}) {
		t.Errorf("GoldSpans (IOB1) = %v", got)
	}
	if _, err := ReadCoNLL(strings.NewReader("a O\nb X-LOC\n"), "y.conll"); err == nil || !strings.Contains(err.Error(), "y.conll:2:") {
		t.Errorf("bad tag error = %v", err)
	}
	if _, err := ReadCoNLL(strings.NewReader("a O\nlonely\n"), "y.conll"); err == nil || !strings.Contains(err.Error(), "y.conll:2:") {
		t.Errorf("missing tag error = %v", err)
	}
}

func equalSpans(a, b []Span) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// conllSampleDocs is conllSample with each sentence a document of its
// own, so that one has a result and the other none.
var conllSampleDocs = strings.Replace(conllSample, "\n\nقال O", "\n\n-DOCSTART- O\n\nقال O", 1)

func TestScoreCoNLLArticles(t *testing.T) {
	sents, err := ReadCoNLL(strings.NewReader(conllSampleDocs), "x.conll")
	if err != nil {
		t.Fatal(err)
	}
	if len(sents) != 2 || sents[0].Doc != 0 || sents[1].Doc != 1 {
		t.Fatalf("sentences = %+v", sents)
	}
	docs := CoNLLArticles(sents)
	if docs[0].ID != DocumentID(0) || docs[0].Text != sents[0].Text() {
		t.Fatalf("document = %+v", docs[0])
	}
	// Code-point offsets in "التقى بشار الأسد بدمشق وفد الأمم المتحدة في عيد الفطر":
	// بشار 6-10, الأسد 11-16, بدمشق 17-22 (دمشق 18-22), الأمم 27-32, المتحدة 33-40.
	res := result(docs[0].ID, []doc.Entity{
		{ID: "assad", Type: doc.Person, Mentions: []doc.Mention{{Text: "بشار الأسد", Start: 6, End: 16}}},
		{ID: "damascus", Type: doc.Place, Mentions: []doc.Mention{{Text: "دمشق", Start: 18, End: 22}}},
		{ID: "un", Type: doc.Organization, Mentions: []doc.Mention{{Text: "المتحدة", Start: 33, End: 40}}}, // partial: wrong span
	})
	r := ScoreCoNLLArticles(sents, map[string]*doc.Result{docs[0].ID: res})
	for typ, w := range map[string][3]int{PER: {2, 1, 1}, LOC: {2, 1, 1}, ORG: {1, 1, 0}, "micro": {5, 3, 2}} {
		c := r.Counts(typ)
		if got := [3]int{c.Gold, c.System, c.TP}; got != w {
			t.Errorf("%s gold/sys/tp = %v, want %v", typ, got, w)
		}
	}
	if r.Ignored != 1 || r.Missing != 1 || r.Sentences != 2 || r.Tokens != 13 {
		t.Errorf("report = %+v", r)
	}
	if len(r.Misses) != 3 || len(r.FalseAlarms) != 1 || r.FalseAlarms[0].Name != "المتحدة" || r.Misses[0].Name != "الأمم المتحدة" {
		t.Errorf("misses %+v, false alarms %+v", r.Misses, r.FalseAlarms)
	}
	var buf bytes.Buffer
	if err := r.WriteText(&buf, true); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "micro             5     3     2  0.667  0.400  0.500") {
		t.Errorf("text:\n%s", buf.String())
	}
	buf.Reset()
	if err := r.WriteJSON(&buf); err != nil {
		t.Fatal(err)
	}
	var back CoNLLReport
	if err := json.Unmarshal(buf.Bytes(), &back); err != nil || back.Micro.TP != 2 {
		t.Errorf("JSON round trip: %v %+v", err, back.Micro)
	}
}

// TestCoNLLSample runs the pipeline on the sample corpus of testdata.
func TestCoNLLSample(t *testing.T) {
	sents, err := LoadCoNLL("testdata/sample.conll")
	if err != nil {
		t.Fatal(err)
	}
	if len(sents) != 30 {
		t.Fatalf("read %d sentences, want 30", len(sents))
	}
	g, err := pipeline.LoadGazetteers(gazetteers.FS)
	if err != nil {
		t.Fatal(err)
	}
	x := pipeline.New(g)
	results := map[string]*doc.Result{}
	for _, d := range CoNLLArticles(sents) {
		res, err := x.Process(context.Background(), d)
		if err != nil {
			t.Fatal(err)
		}
		results[d.ID] = res
	}
	r := ScoreCoNLLArticles(sents, results)
	var buf bytes.Buffer
	r.WriteText(&buf, true)
	t.Logf("sample.conll:\n%s", buf.String())
	if c := r.Counts(PER); c.Gold != 27 {
		t.Errorf("PER gold spans = %d, want 27", c.Gold)
	}
	if r.Ignored != 1 {
		t.Errorf("ignored spans = %d, want 1 (MISC)", r.Ignored)
	}
	if r.Micro.F1 < 0.5 {
		t.Errorf("micro F1 = %.3f on names that are all in the gazetteers", r.Micro.F1)
	}
}

const devGoldYAML = `
documents:
  - id: d1
    published: '2018-05-17'
    people:
      - Vladimir Putin: [بوتين]
      - Bashar al-Assad: [الأسد]
      - Dmitry Peskov: [بيسكوف]
      - Donald Trump: [ترامب]
    places:
      - Sochi: [سوتشي]
    organizations: []
    meetings:
      - participants: [Vladimir Putin, Bashar al-Assad]
        location: Sochi
        date_value: '2018-05-17'
        kind: primary
        evidence: استقبل بوتين الأسد في سوتشي
      - participants: [Vladimir Putin, Dmitry Peskov]
        location: null
        kind: secondary
    not_meetings:
      - participants: [Vladimir Putin, Donald Trump]
        why: phone call
      - participants: [Donald Trump, Sochi]
        why: planned
`

func TestParseDevGold(t *testing.T) {
	d := mustGold(t, devGoldYAML).Documents[0]
	if d.Published != "2018-05-17" || len(d.Meetings) != 2 || len(d.NotMeetings) != 2 {
		t.Fatalf("document = %+v", d)
	}
	if m := d.Meetings[0]; m.Kind != Primary || m.DateValue != "2018-05-17" || m.DateGiven {
		t.Errorf("meeting 1 = %+v", m)
	}
	if m := d.NotMeetings[1]; m.Why != "planned" || m.Participants[1] != "Sochi" {
		t.Errorf("not meeting 2 = %+v", m)
	}
	for _, tc := range []struct{ src, want string }{
		{"documents:\n  - id: a\n    published: May\n", `gold.yaml:3: published: want a date`},
		{"documents:\n  - id: a\n    people:\n      - A: [أ]\n      - B: [ب]\n    meetings:\n      - participants: [A, B]\n        kind: main\n", `gold.yaml:8: kind: want primary or secondary`},
		{"documents:\n  - id: a\n    people:\n      - A: [أ]\n    not_meetings:\n      - participants: [A, C]\n", `gold.yaml:6: participant "C" is not among the document's entities`},
		{"documents:\n  - id: a\n    people:\n      - A: [أ]\n      - B: [ب]\n    not_meetings:\n      - participants: [A, B]\n        location: x\n", `gold.yaml:8: unknown key "location" in not_meetings`},
	} {
		if _, err := ParseGold([]byte(tc.src), "gold.yaml"); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("ParseGold(%q) error = %v, want %q", tc.src, err, tc.want)
		}
	}
}

func TestScoreDevFields(t *testing.T) {
	ents := []doc.Entity{
		ent("putin", doc.Person, "Vladimir Putin", "فلاديمير بوتين", "بوتين"),
		ent("assad", doc.Person, "Bashar al-Assad", "بشار الأسد", "الأسد"),
		ent("peskov", doc.Person, "Dmitry Peskov", "دميتري بيسكوف", "بيسكوف"),
		ent("trump", doc.Person, "Donald Trump", "دونالد ترامب", "ترامب"),
		ent("sochi", doc.Place, "Sochi", "سوتشي", "سوتشي"),
	}
	withValue := func(ev doc.Event, v string) doc.Event { ev.Date.Value = v; return ev }
	for _, tc := range []struct {
		name              string
		events            []doc.Event
		primary           Accuracy
		date              Accuracy
		notMeetings, fa   int
		wantWrongDateText string
	}{
		{
			name:    "right value, the phone call reported",
			events:  []doc.Event{withValue(meet("e1", "sochi", "أمس", "putin", "assad"), "2018-05-17"), meet("e2", "", "", "putin", "trump")},
			primary: Accuracy{1, 1, 1}, date: Accuracy{1, 1, 1}, notMeetings: 1, fa: 1,
		},
		{
			name:    "wrong value; the secondary pair alone, not scored for its date",
			events:  []doc.Event{withValue(meet("e1", "sochi", "اليوم", "putin", "assad"), "2018-05-18"), meet("e2", "", "", "putin", "peskov")},
			primary: Accuracy{1, 1, 1}, date: Accuracy{0, 1, 0}, wantWrongDateText: "got value 2018-05-18, want 2018-05-17",
		},
		{
			name:    "primary missed; a planned phone pair is not counted",
			events:  []doc.Event{func() doc.Event { e := meet("e1", "", "", "putin", "trump"); e.Status = doc.Planned; return e }()},
			primary: Accuracy{0, 1, 0},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := Score(mustGold(t, devGoldYAML), map[string]*doc.Result{"d1": result("d1", ents, tc.events...)})
			if r.Primary != tc.primary || r.Date != tc.date {
				t.Errorf("primary %v date %v, want %v %v", r.Primary, r.Date, tc.primary, tc.date)
			}
			if r.NotMeetings != tc.notMeetings || r.NotMeetingPairs != 2 || len(r.FalseAlarms) != tc.fa {
				t.Errorf("not meetings %d of %d, false alarms %d; want %d of 2, %d", r.NotMeetings, r.NotMeetingPairs, len(r.FalseAlarms), tc.notMeetings, tc.fa)
			}
			if tc.wantWrongDateText != "" && (len(r.Wrong) == 0 || r.Wrong[len(r.Wrong)-1].Text != tc.wantWrongDateText) {
				t.Errorf("wrong = %+v, want date %q", r.Wrong, tc.wantWrongDateText)
			}
			var b strings.Builder
			if err := r.WriteText(&b, true); err != nil || !strings.Contains(b.String(), "not_meetings pairs reported as occurred: ") {
				t.Errorf("report text lacks the not_meetings line: %v\n%s", err, b.String())
			}
		})
	}
}
