package english_test

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"strings"
	"testing"

	"github.com/extract-news/extract/gazetteers"
	"github.com/extract-news/extract/pipeline"
	"github.com/extract-news/extract/pipeline/doc"
	"github.com/extract-news/extract/pipeline/eval"
	"github.com/extract-news/extract/pipeline/input"
)

// testa is the CoNLL-2003 development set, outside the repository.
const testa = "../../../shared/eval/conll2003-eng-testa.txt"

// scoreMeetings runs the pipeline over docs, keeps the documents gold
// annotates, scores them and checks the meeting pairs.
func scoreMeetings(t *testing.T, goldPath string, docs func(yield func(*doc.Document) bool)) eval.Report {
	t.Helper()
	g, err := pipeline.LoadGazetteers(gazetteers.FS)
	if err != nil {
		t.Fatal(err)
	}
	gold, err := eval.LoadGold(goldPath)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{}
	for _, d := range gold.Documents {
		want[d.ID] = true
	}
	x := pipeline.New(g)
	results := map[string]*doc.Result{}
	for d := range docs {
		if !want[d.ID] {
			continue
		}
		r, err := x.Process(context.Background(), d)
		if err != nil {
			t.Fatalf("%s: %v", d.ID, err)
		}
		results[d.ID] = r
	}
	r := eval.Score(gold, results)
	var b strings.Builder
	if err := r.WriteText(&b, true); err != nil {
		t.Fatal(err)
	}
	t.Logf("report:\n%s", b.String())
	if r.Scored != r.Documents {
		t.Errorf("scored %d of %d gold documents", r.Scored, r.Documents)
	}
	if c := r.Counts(eval.MeetingPairs); c.F1 < 0.85 {
		t.Errorf("meeting pairs F1 = %.3f (P %.3f, R %.3f), want ≥ 0.85", c.F1, c.Precision, c.Recall)
	}
	return r
}

// TestMeetingReference scores the English meeting reference
// (testdata/meetings): a meeting on each of the errors the path made. No
// phone call, plan, letter or sum may be reported as a meeting held.
func TestMeetingReference(t *testing.T) {
	r := scoreMeetings(t, "testdata/meetings/gold.yaml", func(yield func(*doc.Document) bool) {
		for d, err := range input.Documents(context.Background(), []string{"testdata/meetings/articles.jsonl"}, input.Options{}) {
			if err != nil {
				t.Fatal(err)
			}
			if !yield(d) {
				return
			}
		}
	})
	if c := r.Counts(eval.MeetingPairs); c.System != c.TP {
		t.Errorf("%d meeting pairs reported as held that the reference does not hold", c.System-c.TP)
	}
}

// TestMeetingsTesta scores the meetings of the CoNLL-2003 development
// documents (testdata/meetings/testa-gold.yaml); it skips when the corpus
// is absent.
func TestMeetingsTesta(t *testing.T) {
	if _, err := os.Stat(testa); errors.Is(err, fs.ErrNotExist) {
		t.Skipf("%s not found", testa)
	}
	sents, err := eval.LoadCoNLL(testa)
	if err != nil {
		t.Fatal(err)
	}
	scoreMeetings(t, "testdata/meetings/testa-gold.yaml", func(yield func(*doc.Document) bool) {
		for _, d := range eval.CoNLLArticles(sents) {
			if !yield(d) {
				return
			}
		}
	})
}
