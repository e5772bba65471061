package english

import (
	"sort"
	"strings"
	"testing"

	"github.com/extract-news/extract/pipeline/doc"
)

// TestNameRules checks each rule for names: every case lists the
// mentions it must yield (type:text) and those it must not.
func TestNameRules(t *testing.T) {
	for _, tc := range []struct {
		rule      string
		text      string
		want, not []string
	}{
		{"a name is whole where prose changes label", "David Campese scored twice on Saturday.",
			[]string{"person:David Campese"}, nil},
		{"prose's ORGANIZATION label", "Officials of General Motors Corp said so on Friday.",
			[]string{"organization:General Motors Corp"}, nil},
		{"title and surname", "President Mitterrand arrived in Damascus.",
			[]string{"person:Mitterrand"}, nil},
		{"middle initial", "George W. Bush arrived in Moscow.",
			[]string{"person:George W. Bush"}, []string{"person:George"}},
		{"initial and surname in a table", "Somerset 83 and 174 ( P. Simmons 4-38 ) , Leicestershire 296 .",
			[]string{"person:P. Simmons", "organization:Somerset"}, nil},
		{"particle ending", "Mr. Khalid Al Saud arrived in Damascus.",
			[]string{"person:Khalid Al Saud"}, []string{"person:Khalid"}},
		{"another given name before a listed surname", "Colin Shoigu said the talks went well.",
			nil, []string{"person:Shoigu"}},
		{"a listed surname takes in the person's other names", "Sergei Shoigu arrived. Later Sergei Shoigu left.",
			[]string{"person:Sergei Shoigu"}, []string{"person:Shoigu"}},
		{"capital headlines make no people", "GET LUCKY WIN AT YORK\nThe race was run on Friday.",
			nil, []string{"person:GET LUCKY WIN", "person:LUCKY WIN", "organization:GET LUCKY WIN"}},
		{"dateline place", "TAVILDARA 1996-08-30\nTroops took the town on Friday.",
			[]string{"place:TAVILDARA"}, nil},
		{"a club by its score", "Glamorgan 259 and 207 , Durham 114 and 81-3 .",
			[]string{"organization:Glamorgan", "organization:Durham"}, nil},
		{"a competitor before a bracketed country", "Goran Ivanisevic ( Russia ) beat Scott Draper ( Syria ) 6-3 6-4 6-4",
			[]string{"person:Goran Ivanisevic", "person:Scott Draper"}, nil},
		{"a place inside an organization's name", "Students of Damascus University marched on Friday.",
			[]string{"organization:Damascus University"}, []string{"place:Damascus"}},
		{"a place inside another name", "He won the U.S. Open on Sunday.",
			nil, []string{"place:U.S."}},
		{"a place as an adjective", "A Damascus-based group said so.",
			nil, []string{"place:Damascus"}},
		{"honorific", "Mr. Haddad said the talks went well.",
			[]string{"person:Haddad"}, nil},
		{"a noun for a person", "The world's costliest footballer Alan Shearer was named captain.",
			[]string{"person:Alan Shearer"}, nil},
		{"organization tail", "Members of the National League for Democracy were arrested.",
			[]string{"organization:National League for Democracy"}, nil},
		{"a lone name of a person found in full", "Adam Hollioake took four wickets. Hollioake 4-38 , Smith 2-20 , Jones 1-10 .",
			[]string{"person:Hollioake"}, []string{"organization:Hollioake"}},
		{"one type per name", "Surrey closed on 429. Warwickshire 195 , Surrey 429-7 .",
			[]string{"organization:Surrey"}, []string{"place:Surrey"}},
	} {
		r := process(t, extractor(t), &doc.Document{ID: "t", Text: tc.text, Published: published})
		got := map[string]bool{}
		for _, e := range r.Entities {
			for _, m := range e.Mentions {
				got[e.Type+":"+m.Text] = true
			}
		}
		var list []string
		for k := range got {
			list = append(list, k)
		}
		sort.Strings(list)
		for _, w := range tc.want {
			if !got[w] {
				t.Errorf("%s: %q: no %s (got %s)", tc.rule, tc.text, w, strings.Join(list, ", "))
			}
		}
		for _, n := range tc.not {
			if got[n] {
				t.Errorf("%s: %q: unwanted %s (got %s)", tc.rule, tc.text, n, strings.Join(list, ", "))
			}
		}
	}
}
