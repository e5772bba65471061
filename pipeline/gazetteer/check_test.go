package gazetteer_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/extract-news/extract/pipeline/gazetteer"
)

// checkFiles loads and compiles files and returns what Check reports.
func checkFiles(t *testing.T, files map[string]string) []string {
	t.Helper()
	fs := fstest.MapFS{}
	for name, body := range files {
		fs[name] = &fstest.MapFile{Data: []byte(body)}
	}
	set, err := gazetteer.LoadFS(fs)
	if err != nil {
		t.Fatal(err)
	}
	g, err := gazetteer.Compile(set)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range g.Check() {
		out = append(out, e.Error())
	}
	return out
}

const checkTitles = `type: title
entries:
  - {id: president, ar: [الرئيس], role: president, single: true}
  - {id: commander, ar: [قائد], role: commander}
  - {id: colonel, ar: [العقيد], role: ""}
`

const checkPlaces = `type: place
entries:
  - {id: syria, name: Syria, name_ar: سوريا, kind: country, country: SY}
  - {id: iran, name: Iran, name_ar: إيران, kind: country, country: IR}
`

func TestCheck(t *testing.T) {
	tests := []struct {
		name   string
		people string
		extra  string   // another file, orgs.yaml
		want   []string // each problem starts with its want
	}{
		{"successive terms", `type: person
entries:
  - id: a
    name: A
    name_ar: ا ب
    roles:
      - {role: president, country: SY, from: 2000-07-17, to: 2024-12-08}
  - id: b
    name: B
    name_ar: ت ث
    roles:
      - {role: president, country: SY, from: 2024-12-08}
      - {role: president, country: IR, from: 2001-01-01, to: 2002-01-01}
`, "", nil},
		{"overlapping single office", `type: person
entries:
  - id: a
    name: A
    name_ar: ا ب
    roles:
      - {role: president, country: SY, from: 2000-07-17}
  - id: b
    name: B
    name_ar: ت ث
    roles:
      - {role: president, country: SY, from: 2012-01-01, to: 2013-01-01}
`, "", []string{`people.yaml:12: president in SY: "b" from 2012-01-01 overlaps "a" from 2000-07-17 (people.yaml:7)`}},
		{"one person listed twice", `type: person
entries:
  - id: a
    name: A
    name_ar: ا ب
    roles:
      - {role: president, country: SY, from: 2000-01-01, to: 2010-01-01}
      - {role: president, country: SY, from: 2009-01-01}
`, "", []string{`people.yaml:8: president in SY: "a" from 2009-01-01 overlaps "a" 2000-01-01 to 2010-01-01 (people.yaml:7)`}},
		{"many commanders at once", `type: person
entries:
  - id: a
    name: A
    name_ar: ا ب
    roles: [{role: commander, country: SY, from: 2000-01-01}]
  - id: b
    name: B
    name_ar: ت ث
    roles: [{role: commander, country: SY, from: 2001-01-01}]
`, "", nil},
		{"role no title names", `type: person
entries:
  - id: a
    name: A
    name_ar: ا ب
    roles: [{role: presidnet, country: SY, from: 2000-01-01}, {role: colonel, country: SY, from: 2000-01-01}]
`, "", []string{
			`people.yaml:6: role "colonel" of "a" is named by no title`,
			`people.yaml:6: role "presidnet" of "a" is named by no title`}},
		{"unknown country", `type: person
entries:
  - id: a
    name: A
    name_ar: ا ب
    roles: [{role: president, country: XX, from: 2000-01-01}]
`, "", []string{`people.yaml:6: role "president" of "a" is in country "XX", which no country entry has`}},
		{"summit members and heads", `type: person
entries:
  - id: a
    name: A
    name_ar: ا ب
    roles: [{role: president, country: SY, from: 2000-01-01}]
`, `type: organization
entries:
  - {id: g, name: G, name_ar: ج ح, members: [SY, XX], heads: [president, chair]}
`, []string{
			`orgs.yaml:3: head "chair" of "g" is an office named by no title`,
			`orgs.yaml:3: member "XX" of "g" is no country entry's code`}},
		{"form shared across types", `type: person
entries:
  - {id: a, name: A, name_ar: الجزيرة}
`, `type: organization
entries:
  - {id: al-jazeera, name: Al Jazeera, name_ar: قناة الجزيرة, aliases: [الجزيرة]}
`, []string{`people.yaml:3: person "a" shares a form with organization "al-jazeera" (orgs.yaml:3); list it under ambiguous on both`}},
		{"punctuation inside a form", `type: person
entries:
  - {id: a, name: A, name_ar: كيم جونغ-أون, aliases: [كيم جونغ أون], latin: [Kim Jong-un]}
`, "", []string{`people.yaml:3: form "كيم جونغ-أون" of "a" has '-' between words, and the tagger does not run a name across punctuation`}},
		{"title kinds", `type: person
entries:
  - {id: a, name: A, name_ar: ا ب}
`, `type: title
entries:
  - {id: singer, ar: [المغني], kind: singer}
  - {id: fm, ar: [وزير الخارجية], role: foreign-minister, kind: rank}
  - {id: coach, ar: [المدرب], kind: occupation}
`, []string{
			`orgs.yaml:3: title "singer" has kind "singer", not one of office, rank, honorific, cleric, occupation`,
			`orgs.yaml:4: title "fm" names role "foreign-minister" but its kind is "rank", not office`}},
		{"form shared across types, ambiguous", `type: person
entries:
  - {id: a, name: A, name_ar: ا ب, ambiguous: [الجزيرة]}
`, `type: organization
entries:
  - {id: al-jazeera, name: Al Jazeera, name_ar: قناة الجزيرة, ambiguous: [الجزيرة]}
`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			files := map[string]string{"titles.yaml": checkTitles, "places.yaml": checkPlaces, "people.yaml": tt.people}
			if tt.extra != "" {
				files["orgs.yaml"] = tt.extra
			}
			got := checkFiles(t, files)
			match := len(got) == len(tt.want)
			for i := 0; match && i < len(got); i++ {
				match = strings.HasPrefix(got[i], tt.want[i])
			}
			if !match {
				t.Errorf("Check:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

func TestSingleKey(t *testing.T) {
	tests := []struct {
		name, body, want string
	}{
		{"not a boolean", "type: title\nentries:\n  - {id: p, ar: [الرئيس], role: president, single: yes please}\n", `expected true or false, not "yes please"`},
		{"not a title", "type: person\nentries:\n  - {id: p, name: P, name_ar: ا ب, single: true}\n", "single is a key of titles only"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := load(map[string]string{"x.yaml": tt.body})
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %v, want %q", err, tt.want)
			}
		})
	}
	// A single title without a role is reported by Check.
	got := checkFiles(t, map[string]string{"titles.yaml": "type: title\nentries:\n  - {id: sheikh, ar: [الشيخ], single: true}\n"})
	if len(got) != 1 || !strings.Contains(got[0], `title "sheikh" is single but names no role`) {
		t.Errorf("Check = %q", got)
	}
}

// TestCheckEmbedded keeps the committed lists clean: "extract gazetteer
// check" must pass on them.
func TestCheckEmbedded(t *testing.T) {
	g := loadReal(t, nil)
	for _, err := range g.Check() {
		t.Error(err)
	}
}
