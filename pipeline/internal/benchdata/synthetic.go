package benchdata

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing/fstest"
)

// givenNames start the synthetic people's names, so that, as with real
// lists, common words of the text enter the trie and matching has to
// step past them.
var givenNames = strings.Fields(`محمد أحمد علي حسن حسين محمود خالد إبراهيم يوسف سعيد فهد فيصل عبد ناصر جمال
	طارق وليد سامي هشام ياسر عمر عادل عماد مصطفى سليمان`)

// orgHeads start the synthetic organizations' names.
var orgHeads = strings.Fields(`حركة حزب جبهة مجلس هيئة شركة جمعية لواء`)

// letters make up the synthetic surnames and place names.
var letters = []rune("ابتثجحخدذرزسشصضطظعغفقكلمنهوي")

// Synthetic returns a file system of three gazetteer files (people,
// places, organizations) with n entries in all: 60% people (a common given name and a
// made-up surname), 25% places (a made-up name) and 15% organizations
// (a common head word and a made-up name). The names are unique and
// reproducible (seeded); 100,000 entries take about 10 MB of YAML.
func Synthetic(n int) fstest.MapFS {
	rng := rand.New(rand.NewPCG(2018, uint64(n)))
	seen := map[string]bool{}
	word := func() string {
		for {
			w := make([]rune, 6+rng.IntN(4))
			for i := range w {
				w[i] = letters[rng.IntN(len(letters))]
			}
			if s := string(w); !seen[s] {
				seen[s] = true
				return s
			}
		}
	}
	files := fstest.MapFS{}
	var people, places, orgs strings.Builder
	people.WriteString("type: person\nentries:\n")
	places.WriteString("type: place\nentries:\n")
	orgs.WriteString("type: organization\nentries:\n")
	for i := range n {
		switch {
		case i%20 < 12:
			fmt.Fprintf(&people, "  - id: synthetic-person-%d\n    name: Synthetic Person %d\n    name_ar: %s %s\n    country: SY\n",
				i, i, givenNames[rng.IntN(len(givenNames))], word())
		case i%20 < 17:
			fmt.Fprintf(&places, "  - id: synthetic-place-%d\n    name: Synthetic Place %d\n    name_ar: %s\n    kind: town\n    country: SY\n",
				i, i, word())
		default:
			fmt.Fprintf(&orgs, "  - id: synthetic-org-%d\n    name: Synthetic Organization %d\n    name_ar: %s %s\n    kind: armed-group\n",
				i, i, orgHeads[rng.IntN(len(orgHeads))], word())
		}
	}
	files["synthetic-people.yaml"] = &fstest.MapFile{Data: []byte(people.String())}
	files["synthetic-places.yaml"] = &fstest.MapFile{Data: []byte(places.String())}
	files["synthetic-organizations.yaml"] = &fstest.MapFile{Data: []byte(orgs.String())}
	return files
}
