package meeting

import (
	"strings"

	"github.com/extract-news/extract/pipeline/event"
)

// Family is event's trigger family, so that a family means the same in
// every language.
type Family = event.Family

// Trigger families (the English lexicon has no signing ceremonies).
const (
	// Receive: received, hosted, welcomed — the subject hosts the object.
	Receive = event.Receive
	// Meet: met, meets, meeting.
	Meet = event.Meet
	// Talks: held talks with, discussed with, conferred with, a video
	// conference with.
	Talks = event.Talks
	// Summit: summit.
	Summit = event.Summit
	// Visit: visit, visited — a meeting only when another trigger names
	// the people; it adds evidence.
	Visit = event.Visit
)

// trigger is one lexicon form.
type trigger struct {
	family Family
	// nominal: a noun (meeting, talks, summit) that may refer back to a
	// meeting already reported (the meeting, their talks).
	nominal bool
	// needsWith: the form is a meeting only with with or between after
	// it, or, for talks, after held (discussed with, held talks).
	needsWith bool
}

// lexicon maps words (analysis form) to triggers.
var lexicon = map[string]trigger{}

func addForms(t trigger, forms string) {
	for _, f := range strings.Fields(forms) {
		lexicon[f] = t
	}
}

func init() {
	// The bare verbs (meet, receive) are headline present tense (Putin,
	// Erdogan meet in Sochi) or, after a modal or to, a plan.
	addForms(trigger{family: Receive}, `receive received receives receiving host hosted hosts hosting welcome welcomed welcomes welcoming`)
	addForms(trigger{family: Meet}, `meet met meets`)
	addForms(trigger{family: Meet, nominal: true}, `meeting meetings`)
	addForms(trigger{family: Talks, nominal: true, needsWith: true}, `talks negotiations consultations
		conference conferences videoconference`)
	addForms(trigger{family: Talks, needsWith: true}, `discussed discusses conferred confers`)
	addForms(trigger{family: Summit, nominal: true}, `summit summits`)
	addForms(trigger{family: Visit, nominal: true}, `visit visits`)
	addForms(trigger{family: Visit}, `visited visiting`)
}

// Cue lists, in analysis form.
var (
	// phone calls: not meetings.
	phoneCues = set(`phone telephone phoned telephoned call calls`)
	// letters, messages and statements end a trigger's object phrase: the
	// sender of a message did not meet its recipient.
	messageWords = set(`letter letters message messages cable statement invitation greetings tweet congratulations`)
	// video meetings are meetings without a place.
	videoCues = set(`video videoconference teleconference virtual virtually online`)
	// plans and intentions near a trigger: status planned (a modal right
	// before it counts too: will meet, is to meet, will hold a summit).
	plannedCues = set(`plans plan planned planning scheduled expected upcoming intends intend hopes hope
		tomorrow next invited invitation proposed prepare prepares preparing`)
	// denials and cancellations: dropped.
	deniedCues = set(`not never denied denies cancelled canceled cancels postponed postpones refused refuses declined no without`)
	// speech verbs and complementizers: people before them are speakers,
	// not participants.
	complementizers = set(`said says say told tells added stated stressed noted announced reported
		that according claimed confirmed quoted`)
	// words after which a trigger's object phrase turns into its topic,
	// or a new clause begins.
	topicWords = set(`about over regarding concerning discuss discussed discussing relations cooperation
		situation developments issues matters ways efforts after before while which who whom where when as
		amid following ahead said says told according stressed added noted during to for`)
	// place cues before a location.
	locativeCues = set(`in at capital`)
	// withWords link the other side of a meeting.
	withWords = set(`with between`)
	// heldWords make talks a meeting without with (X and Y held talks).
	heldWords = set(`held hold holds holding`)
	// teaserWords open lines that link to other articles.
	teaserWords = set(`read see watch related`)
	// visitCues tell of a visit or an arrival, which puts the visitor
	// where the visit went.
	visitCues = set(`visit visits visited visiting arrived arrives arrival trip travelled traveled flew landed`)
	// visitVerbs take the place visited as their object (visited Moscow).
	visitVerbs = set(`visit visits visited visiting`)
	// envoyWords name a post whose place (envoy to Syria) is not where a
	// meeting is.
	envoyWords = set(`envoy ambassador representative`)
	// placeTopics: a place after them is what was discussed (the
	// situation in Idlib), not where.
	placeTopics = set(`situation developments war crisis conflict fighting offensive battle attack attacks
		escalation ceasefire truce settlement operation operations affairs`)
	// pastMarkers make a bare verb after them a past meeting (did meet).
	pastMarkers = set(`did`)
	// articles before a received object.
	articles = set(`the a an his her their its`)
	// objectPronouns: a received object that is a person.
	objectPronouns = set(`him her them us me`)
	// clauseWords open a clause of their own before a trigger: people
	// before them are not its subject (he intended to talk with Trump
	// after his talks with Assad).
	clauseWords = set(`after before while since until once`)
	// timeWords after a place are when, not what the place qualifies.
	timeWords = set(`today tonight yesterday tomorrow morning afternoon evening night last next this earlier later`)
	// pronouns: a trigger's subject that refers back to a person.
	pronouns = set(`he she they his her their`)
	// articles and possessives before a nominal trigger that refer back
	// to a meeting already reported.
	definite = set(`the this that their his her its`)
)

func set(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}
