package eval

import (
	"bytes"
	"strings"
	"testing"

	"github.com/extract-news/extract/pipeline/doc"
)

const conllArticles = `-DOCSTART- -X- O O

Putin NNP I-NP I-PER
met VBD I-VP O
Assad NNP I-NP I-PER

In IN I-PP O
Sochi NNP I-NP I-LOC

-DOCSTART- -X- O O

Arsenal NNP I-NP I-ORG
2 CD I-NP O
Chelsea NNP I-NP I-ORG
1 CD I-NP O
`

func TestCoNLLArticles(t *testing.T) {
	sents, err := ReadCoNLL(strings.NewReader(conllArticles), "a.conll")
	if err != nil {
		t.Fatal(err)
	}
	if len(sents) != 3 || sents[0].Doc != 0 || sents[1].Doc != 0 || sents[2].Doc != 1 {
		t.Fatalf("sentences = %+v", sents)
	}
	docs := CoNLLArticles(sents)
	if len(docs) != 2 || docs[0].ID != DocumentID(0) || docs[0].Text != "Putin met Assad\nIn Sochi" || docs[1].Text != "Arsenal 2 Chelsea 1" {
		t.Fatalf("documents = %+v %+v", docs[0], docs[1])
	}
	if _, got := articles(sents); got[0] != 0 || got[1] != 16 || got[2] != 0 {
		t.Errorf("articles offsets = %v", got)
	}
	res := result(docs[0].ID, []doc.Entity{
		{ID: "putin", Type: doc.Person, Mentions: []doc.Mention{{Start: 0, End: 5}}},
		{ID: "assad", Type: doc.Person, Mentions: []doc.Mention{{Start: 10, End: 15}}},
		{ID: "sochi", Type: doc.Place, Mentions: []doc.Mention{{Start: 19, End: 24}}},
	})
	r := ScoreCoNLLArticles(sents, map[string]*doc.Result{docs[0].ID: res})
	if c := r.Counts(PER); c.TP != 2 || c.System != 2 {
		t.Errorf("PER = %+v", c)
	}
	if c := r.Counts(LOC); c.TP != 1 || c.System != 1 {
		t.Errorf("LOC = %+v", c)
	}
	if r.Missing != 1 || len(r.Groups) != 2 {
		t.Fatalf("report = %+v", r)
	}
	news, tables := r.Groups[0], r.Groups[1]
	if news.Name != GroupNews || news.Documents != 1 || news.Micro.TP != 3 || tables.Name != GroupTables || tables.Micro.Gold != 2 || tables.Micro.TP != 0 {
		t.Errorf("groups = %+v", r.Groups)
	}
	var buf bytes.Buffer
	if err := r.WriteText(&buf, false); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "tables: 1 documents, 1 sentences") {
		t.Errorf("text:\n%s", buf.String())
	}
}

func TestGroup(t *testing.T) {
	for _, tc := range []struct {
		tokens []string
		want   string
	}{
		{[]string{"Putin", "met", "Assad", "in", "Sochi", "on", "1996-08-30", "."}, GroupNews},
		{[]string{"Arsenal", "2", "Chelsea", "1"}, GroupTables},
		{[]string{"Ajax", "3", "1", "0", "2", "5", "6", "10", "Feyenoord", "PSV"}, GroupTables},
		{[]string{"a", "b", "c", "d", "e", "f", "g", "h", "i", "10"}, GroupNews},
		{nil, GroupNews},
	} {
		if got := Group([]Sentence{{Tokens: tc.tokens}}); got != tc.want {
			t.Errorf("Group(%v) = %s, want %s", tc.tokens, got, tc.want)
		}
	}
}
