package meeting

import (
	"github.com/extract-news/extract/pipeline/event"
	wordlists "github.com/extract-news/extract/pipeline/lexicon"
	"github.com/extract-news/extract/pipeline/normalize"
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

// lex holds the stage's word lists: pipeline/lexicon/en/meeting.yaml says
// what each does.
var lex = wordlists.Define(wordlists.Spec{Language: "en", Name: "meeting", Form: normalize.String, Stored: true})

// lexicon maps words (analysis form) to triggers.
var lexicon = map[string]trigger{}

// triggerLists are the trigger lists in the order they are read (a word
// in two takes the later one's meaning) and what each form is. The bare
// verbs (meet, receive) are headline present tense (Putin, Erdogan meet in
// Sochi) or, after a modal or to, a plan.
var triggerLists = []struct {
	name string
	t    trigger
}{
	{"receive", trigger{family: Receive}},
	{"meet", trigger{family: Meet}},
	{"meetNominal", trigger{family: Meet, nominal: true}},
	{"talksNominal", trigger{family: Talks, nominal: true, needsWith: true}},
	{"talks", trigger{family: Talks, needsWith: true}},
	{"summitNominal", trigger{family: Summit, nominal: true}},
	{"visitNominal", trigger{family: Visit, nominal: true}},
	{"visit", trigger{family: Visit}},
}

func init() {
	lex.OnExtend(func() {
		clear(lexicon)
		for _, l := range triggerLists {
			for _, f := range lex.Words(l.name) {
				lexicon[f] = l.t
			}
		}
	})
}

// Cue lists, in analysis form (see pipeline/lexicon/en/meeting.yaml).
var (
	phoneCues       = lex.Set("phoneCues")
	messageWords    = lex.Set("messageWords")
	videoCues       = lex.Set("videoCues")
	plannedCues     = lex.Set("plannedCues")
	deniedCues      = lex.Set("deniedCues")
	complementizers = lex.Set("complementizers")
	topicWords      = lex.Set("topicWords")
	locativeCues    = lex.Set("locativeCues")
	withWords       = lex.Set("withWords")
	heldWords       = lex.Set("heldWords")
	teaserWords     = lex.Set("teaserWords")
	visitCues       = lex.Set("visitCues")
	visitVerbs      = lex.Set("visitVerbs")
	envoyWords      = lex.Set("envoyWords")
	placeTopics     = lex.Set("placeTopics")
	pastMarkers     = lex.Set("pastMarkers")
	articles        = lex.Set("articles")
	objectPronouns  = lex.Set("objectPronouns")
	clauseWords     = lex.Set("clauseWords")
	timeWords       = lex.Set("timeWords")
	pronouns        = lex.Set("pronouns")
	definite        = lex.Set("definite")
)
