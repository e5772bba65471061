package english_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/extract-news/extract/gazetteers"
	"github.com/extract-news/extract/pipeline"
	"github.com/extract-news/extract/pipeline/doc"
	"github.com/extract-news/extract/pipeline/eval"
	"github.com/extract-news/extract/pipeline/input"
)

// TestEvalEnglish runs the whole pipeline, with the project's gazetteers,
// on three English articles written for the tests and scores it with
// eval.Score against their reference annotation, as `extract eval -gold
// pipeline/english/testdata/eval/gold.yaml
// pipeline/english/testdata/eval/articles.jsonl` does.
func TestEvalEnglish(t *testing.T) {
	g, err := pipeline.LoadGazetteers(gazetteers.FS)
	if err != nil {
		t.Fatal(err)
	}
	x := pipeline.New(g)
	results := map[string]*doc.Result{}
	for d, err := range input.Documents(context.Background(), []string{"testdata/eval/articles.jsonl"}, input.Options{}) {
		if err != nil {
			t.Fatal(err)
		}
		r, err := x.Process(context.Background(), d)
		if err != nil {
			t.Fatalf("%s: %v", d.ID, err)
		}
		if r.Document.Language != "en" {
			t.Errorf("%s: language %q, want en", d.ID, r.Document.Language)
		}
		results[d.ID] = r
	}
	gold, err := eval.LoadGold("testdata/eval/gold.yaml")
	if err != nil {
		t.Fatal(err)
	}
	r := eval.Score(gold, results)
	var b strings.Builder
	if err := r.WriteText(&b, true); err != nil {
		t.Fatal(err)
	}
	t.Logf("report:\n%s", b.String())
	if r.Scored != r.Documents || r.Documents != 3 {
		t.Errorf("scored %d of %d gold documents, want 3", r.Scored, r.Documents)
	}
	if c := r.Counts(eval.MeetingPairs); c.F1 < 1 {
		t.Errorf("meeting pairs F1 = %.3f (P %.3f, R %.3f), want 1", c.F1, c.Precision, c.Recall)
	}
	for _, typ := range eval.EntityTypes {
		if c := r.Counts(typ); c.F1 < 0.9 {
			t.Errorf("%s F1 = %.3f (P %.3f, R %.3f), want ≥ 0.9", typ, c.F1, c.Precision, c.Recall)
		}
	}
	for name, a := range map[string]eval.Accuracy{"location": r.Location, "date": r.Date} {
		if a.Total == 0 || a.Correct < a.Total {
			t.Errorf("%s accuracy %d/%d, want all", name, a.Correct, a.Total)
		}
	}
}

// TestLanguage checks that the pipeline sends each document down the
// path of its language and records it.
func TestLanguage(t *testing.T) {
	g, err := pipeline.LoadGazetteers(gazetteers.FS)
	if err != nil {
		t.Fatal(err)
	}
	x := pipeline.New(g)
	pub := time.Date(2020, 7, 9, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		text, lang, person string
	}{
		{"استقبل الرئيس السوري بشار الأسد وزير الدفاع الروسي سيرغي شويغو في دمشق.", "ar", "sergei-shoigu"},
		{"Syrian President Bashar al-Assad received Russian Defence Minister Sergei Shoigu in Damascus.", "en", "sergei-shoigu"},
	} {
		r, err := x.Process(context.Background(), &doc.Document{ID: "t", Text: tc.text, Published: pub})
		if err != nil {
			t.Fatal(err)
		}
		if r.Document.Language != tc.lang {
			t.Errorf("%q: language %q, want %q", tc.text, r.Document.Language, tc.lang)
		}
		if len(r.Events) != 1 || len(r.Events[0].Participants) != 2 || r.Events[0].Participants[1].Entity != tc.person {
			t.Errorf("%q: events %+v, want one meeting with %s", tc.text, r.Events, tc.person)
		}
	}
}
