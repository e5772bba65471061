package meeting

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/extract-news/extract/pipeline/event"
	"github.com/extract-news/extract/pipeline/internal/wordsig"
	wordlists "github.com/extract-news/extract/pipeline/lexicon"
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
	// credentials: اعتماد, a meeting only after أوراق (an ambassador's
	// letters of credence, handed over in person).
	credentials bool
	// bearer: تسلم، تلقى, a meeting only as تسلم من X رسالة من Y: X, who
	// handed over what Y sent, met the subject; Y took no part.
	bearer bool
	// deliver: سلم, a meeting only when a thing handed over follows
	// (سلم المبعوث الرئيس رسالة من الملك); the sender after من took no
	// part.
	deliver bool
	// signed: وقع, a meeting only when an agreement signed follows (وقع
	// الوزيران الاتفاقية), since alone it means to fall or happen.
	signed bool
}

// lex and triggers hold the stage's word lists:
// pipeline/lexicon/ar/meeting.yaml (cues) and ar/triggers.yaml (trigger
// forms) say what each does. Arabic lists are written as spelled and
// normalized on load.
var (
	lex      = wordlists.Define(wordlists.Spec{Language: "ar", Name: "meeting", Form: normalize.String})
	triggers = wordlists.Define(wordlists.Spec{Language: "ar", Name: "triggers", Form: normalize.String})
)

// lexicon maps normalized stems (clitic prefixes removed, pronoun
// suffixes kept as separate forms) to triggers; lexiconSigs holds the
// signatures of its keys.
var (
	lexicon     = map[string]trigger{}
	lexiconSigs wordsig.Set
)

// triggerFamilies and triggerFlags are the words of a trigger list's
// name: its family, then its flags (meetNominalSuffixed).
var (
	triggerFamilies = map[string]Family{
		"receive": Receive, "meet": Meet, "talks": Talks, "summit": Summit, "visit": Visit, "sign": Sign,
	}
	triggerFlags = []struct {
		name string
		set  func(*trigger)
	}{
		{"Nominal", func(t *trigger) { t.nominal = true }},
		{"NeedsWith", func(t *trigger) { t.needsWith = true }},
		{"Suffixed", func(t *trigger) { t.suffixed = true }},
		{"Object", func(t *trigger) { t.object = true }},
		{"Press", func(t *trigger) { t.press = true }},
		{"Agreement", func(t *trigger) { t.agreement = true }},
		{"Credentials", func(t *trigger) { t.credentials = true }},
		{"Deliver", func(t *trigger) { t.deliver = true }},
		{"Bearer", func(t *trigger) { t.bearer = true }},
		{"Signed", func(t *trigger) { t.signed = true }},
	}
)

// triggerOf reads what a trigger list's forms are from its name: a family
// in lower case, then flags, each once (talksNominalNeedsWith).
func triggerOf(name string) (trigger, error) {
	i := strings.IndexFunc(name, unicode.IsUpper)
	if i < 0 {
		i = len(name)
	}
	fam, ok := triggerFamilies[name[:i]]
	if !ok {
		return trigger{}, fmt.Errorf("trigger list %q: no family %q (want receive, meet, talks, summit, visit or sign, then flags)", name, name[:i])
	}
	t := trigger{family: fam}
	seen := map[string]bool{}
next:
	for rest := name[i:]; rest != ""; {
		for _, fl := range triggerFlags {
			if strings.HasPrefix(rest, fl.name) && !seen[fl.name] {
				seen[fl.name] = true
				fl.set(&t)
				rest = rest[len(fl.name):]
				continue next
			}
		}
		return trigger{}, fmt.Errorf("trigger list %q: unknown or repeated flag at %q (want Nominal, NeedsWith, Suffixed, Object, Press, Agreement, Credentials, Deliver, Bearer, Signed)", name, rest)
	}
	return t, nil
}

// The trigger lexicon is built from the trigger lists, in file order (a
// form in two lists takes the later one's meaning), and again after a
// user's additions (-lexicon).
func init() {
	triggers.OnExtend(func() {
		clear(lexicon)
		lexiconSigs = wordsig.Set{}
		for _, l := range triggers.Lists() {
			t, err := triggerOf(l.Name)
			if err != nil {
				panic(fmt.Errorf("lexicon: %s:%d: %w", l.File, l.Line, err))
			}
			for _, f := range triggers.Words(l.Name) {
				lexicon[f] = t
				lexiconSigs.Add(f)
			}
		}
	})
}

// Cue lists (pipeline/lexicon/ar/meeting.yaml), in analysis form.
var (
	// phoneCues are phone calls: not meetings.
	phoneCues = lex.Set("phoneCues")
	// callWords say phone call wherever they stand in the sentence.
	callWords = lex.Set("callWords")
	// roomWords before a meeting noun make it a room.
	roomWords = lex.Set("roomWords")
	// heldPresent after a relative and a meeting noun make it one to be held.
	heldPresent = lex.Set("heldPresent")
	// mediaWords after لقاء مع make it an interview.
	mediaWords = lex.Set("mediaWords")
	// pressWords after مؤتمر make it a press conference.
	pressWords = lex.Set("pressWords")
	// credenceWords before اعتماد make it letters of credence.
	credenceWords = lex.Set("credenceWords")
	// deliveredThings after سلم make it a handing over in person.
	deliveredThings = lex.Set("deliveredThings")
	// agreementWords after وقع make it a signing.
	agreementWords = lex.Set("agreementWords")
	// causeWords after causeLeads or ب are a cause, not a plan.
	causeWords = lex.Set("causeWords")
	causeLeads = lex.Set("causeLeads")
	// intentVerbs govern a meeting later in their clause: a plan.
	intentVerbs = lex.Set("intentVerbs")
	// messageWords end a trigger's object phrase.
	messageWords = lex.Set("messageWords")
	// videoCues make a meeting a video one, without a place.
	videoCues = lex.Set("videoCues")
	// virtualWords make a meeting virtual alone; the other videoCues need
	// viaWords before them.
	virtualWords = lex.Set("virtualWords")
	viaWords     = lex.Set("viaWords")
	// plannedCues make a meeting planned.
	plannedCues = lex.Set("plannedCues")
	// receivedThings after استقبال make it no meeting.
	receivedThings = lex.Set("receivedThings")
	// sportWords near اللقاء make it a match.
	sportWords = lex.Set("sportWords")
	// topicLeads before a meeting noun make it a topic, not a report.
	topicLeads = lex.Set("topicLeads")

	// nounPlanCues right before a meeting noun make it a plan.
	nounPlanCues = lex.Set("nounPlanCues")
	// scheduledCues after a meeting noun schedule it.
	scheduledCues = lex.Set("scheduledCues")
	// deniedCues (denials, cancellations) drop a meeting.
	deniedCues = lex.Set("deniedCues")
	// complementizers make the persons before them speakers.
	complementizers = lex.Set("complementizers")
	// topicWords turn a trigger's object phrase into its topic.
	topicWords = lex.Set("topicWords")
	// locativeCues stand before a location.
	locativeCues = lex.Set("locativeCues")
	// clauseWords open a new clause after a trigger's object.
	clauseWords = lex.Set("clauseWords")
	// earlierWords open a sentence about another meeting.
	earlierWords = lex.Set("earlierWords")
	// aideWords name a subordinate of the person after them.
	aideWords = lex.Set("aideWords")
	// sequenceWords before an indefinite meeting noun make it background;
	// withWords link the other side.
	sequenceWords = lex.Set("sequenceWords")
	withWords     = lex.Set("withWords")
	// partakeWords before a meeting noun name its parties after it.
	partakeWords = lex.Set("partakeWords")
	// heldWords before a bare لقاء make it a meeting.
	heldWords = lex.Set("heldWords")
)
