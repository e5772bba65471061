package english

import (
	"strconv"
	"strings"
	"testing"

	"github.com/extract-news/extract/pipeline/doc"
)

// brief writes a meeting as summary does, without the roles.
func brief(e doc.Event) string {
	var b strings.Builder
	b.WriteString(e.Status)
	for _, p := range e.Participants {
		b.WriteString(" " + p.Entity)
	}
	if e.Location != nil {
		b.WriteString(" @" + e.Location.Entity)
	} else {
		b.WriteString(" @-")
	}
	if e.Date != nil {
		b.WriteString(" " + strconv.Quote(e.Date.Text) + "=" + e.Date.Value)
	}
	return b.String()
}

// TestMeetingRules checks each meeting rule on one or two sentences; the
// publication date is Thursday 9 July 2020. want lists the meetings as
// brief writes them.
func TestMeetingRules(t *testing.T) {
	for _, tc := range []struct {
		rule string
		text string
		want []string
	}{
		{"received a letter from a person: no meeting", "Assad received a letter from Putin on Tuesday.", nil},
		{"received a sum: no meeting", "Assad received $1 billion from Putin, his office said.", nil},
		{"welcomed a decision: no meeting", "Assad welcomed the decision of Erdogan to reopen the border.", nil},
		{"a letter's sender before a later trigger is no participant", "Assad receives letter from Putin, meets Zarif in Damascus on Tuesday.",
			[]string{`occurred bashar-al-assad mohammad-javad-zarif @damascus "Tuesday"=2020-07-07`}},
		{"received a person", "Assad received Zarif in Damascus on Tuesday.",
			[]string{`occurred bashar-al-assad mohammad-javad-zarif @damascus "Tuesday"=2020-07-07`}},
		{"welcoming", "Putin, welcoming Erdogan to Moscow on Wednesday, said relations were improving.",
			[]string{`occurred vladimir-putin recep-tayyip-erdogan @moscow "Wednesday"=2020-07-08`}},
		{"discussed with", "Lavrov discussed with Zarif the situation in Syria in Moscow on Monday.",
			[]string{`occurred sergei-lavrov mohammad-javad-zarif @moscow "Monday"=2020-07-06`}},
		{"was holding talks", "Erdogan was holding talks with Putin in Sochi on Wednesday.",
			[]string{`occurred recep-tayyip-erdogan vladimir-putin @sochi "Wednesday"=2020-07-08`}},
		{"had held talks", "Cavusoglu had held talks with Lavrov in Moscow.",
			[]string{`occurred mevlut-cavusoglu sergei-lavrov @moscow`}},
		{"have held talks", "Lavrov and Zarif have held talks in Tehran.",
			[]string{`occurred sergei-lavrov mohammad-javad-zarif @tehran`}},
		{"are holding talks", "Lavrov and Zarif are holding talks in Tehran.",
			[]string{`occurred sergei-lavrov mohammad-javad-zarif @tehran`}},
		{"opened talks: held", "Pedersen opened talks with Muallem in Damascus on Sunday.",
			[]string{`occurred geir-pedersen walid-al-muallem @damascus "Sunday"=2020-07-05`}},
		{"the dateline's date is not the meeting's", "MOSCOW, March 6 (Reuters) - Lavrov met Muallem on Tuesday, the ministry said.",
			[]string{`occurred sergei-lavrov walid-al-muallem @- "Tuesday"=2020-07-07`}},
		{"flew in from: not the venue", "Zarif, who flew in from Ankara on Sunday, met Assad on Monday.",
			[]string{`occurred mohammad-javad-zarif bashar-al-assad @- "Monday"=2020-07-06`}},
		{"U.S. before a noun: not the venue", "Lavrov met Cavusoglu on Thursday for talks on a rise in U.S. goods tariffs.",
			[]string{`occurred sergei-lavrov mevlut-cavusoglu @- "Thursday"=2020-07-09`}},
		{"a speaker's intention", "Putin said on Tuesday he intended to talk with Erdogan after his talks with Assad in Sochi.",
			[]string{`occurred vladimir-putin bashar-al-assad @sochi "Tuesday"=2020-07-07`}},
		{"a phone call", "Putin and Erdogan discussed Idlib in a phone call on Tuesday.", nil},
		{"a plan", "Putin will meet Erdogan in Moscow next week.",
			[]string{`planned vladimir-putin recep-tayyip-erdogan @moscow "next week"=`}},
		{"a modal further back", "Lavrov would visit Damascus for talks with his Syrian counterpart Muallem.",
			[]string{`planned sergei-lavrov walid-al-muallem @damascus`}},
		{"an athletics meeting", "Putin beat Erdogan at the Berlin grand prix meeting on Friday.", nil},
		{"hosts as a noun", "Zarif scored as World Cup hosts Russia beat Turkey.", nil},
		{"a pronoun: the subject of the sentence before", "Putin, whom Erdogan praised, arrived. He later discussed with Zarif the war.",
			[]string{`occurred vladimir-putin mohammad-javad-zarif @-`}},
		{"a speaker before a nominal trigger", "Lavrov said on Thursday after a meeting with Zarif that the talks went well.",
			[]string{`occurred sergei-lavrov mohammad-javad-zarif @- "Thursday"=2020-07-09`}},
	} {
		r := process(t, extractor(t), &doc.Document{ID: "t", Text: tc.text, Published: published})
		var got []string
		for _, e := range r.Events {
			got = append(got, brief(e))
		}
		if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
			t.Errorf("%s: %q:\n got %q\nwant %q", tc.rule, tc.text, got, tc.want)
		}
	}
}
