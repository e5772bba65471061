package meeting

import (
	"testing"

	"github.com/extract-news/extract/pipeline/normalize"
)

// TestTriggerOf: a trigger list's name is its family and flags.
func TestTriggerOf(t *testing.T) {
	for _, tt := range []struct {
		name string
		want trigger
	}{
		{"receive", trigger{family: Receive}},
		{"receiveObject", trigger{family: Receive, object: true}},
		{"meetNominalSuffixed", trigger{family: Meet, nominal: true, suffixed: true}},
		{"meetNominalNeedsWithPress", trigger{family: Meet, nominal: true, needsWith: true, press: true}},
		{"talksNeedsWithAgreement", trigger{family: Talks, needsWith: true, agreement: true}},
		{"talksSuffixedNominal", trigger{family: Talks, nominal: true, suffixed: true}},
		{"signNominal", trigger{family: Sign, nominal: true}},
	} {
		got, err := triggerOf(tt.name)
		if err != nil || got != tt.want {
			t.Errorf("triggerOf(%q) = %+v, %v; want %+v", tt.name, got, err, tt.want)
		}
	}
	for _, name := range []string{"", "greet", "Meet", "meetnominal", "meetNominalNominal", "meetNominalX", "meetNeeds"} {
		if got, err := triggerOf(name); err == nil {
			t.Errorf("triggerOf(%q) = %+v, want an error", name, got)
		}
	}
}

// TestTriggerLists: every built-in trigger form stands in one list, and
// the lexicon holds them all with their list's flags.
func TestTriggerLists(t *testing.T) {
	n := 0
	in := map[string]string{}
	for _, l := range triggers.Lists() {
		for _, f := range triggers.Words(l.Name) {
			if first, ok := in[f]; ok {
				t.Errorf("%s:%d: %q is in %s and %s", l.File, l.Line, f, first, l.Name)
			}
			in[f] = l.Name
			n++
		}
	}
	if len(lexicon) != n {
		t.Errorf("lexicon has %d forms, the lists %d", len(lexicon), n)
	}
	for form, want := range map[string]trigger{
		"استقبله": {family: Receive, object: true},
		"لقائه":   {family: Meet, nominal: true, suffixed: true},
		"مؤتمر":   {family: Meet, nominal: true, needsWith: true, press: true},
		"اتفقا":   {family: Talks, needsWith: true, agreement: true},
		"قمة":     {family: Summit, nominal: true},
	} {
		n := normalize.String(form)
		if got, ok := lexicon[n]; !ok || got != want || !lexiconSigs.MayHave(n) {
			t.Errorf("lexicon[%q] = %+v, %v; want %+v", form, got, ok, want)
		}
	}
}
