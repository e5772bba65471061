package output

import (
	"bytes"
	"testing"

	"github.com/extract-news/extract/pipeline/doc"
	"github.com/extract-news/extract/pipeline/review"
	"go.yaml.in/yaml/v3"
)

// marks counts the review marks of r by status.
func marks(r *doc.Result) map[string]int {
	n := map[string]int{}
	for _, e := range r.Entities {
		if e.Review != nil {
			n[e.Review.Status]++
		}
	}
	for _, e := range r.Events {
		if e.Review != nil {
			n[e.Review.Status]++
		}
	}
	return n
}

// FuzzKeepReviews merges an old file (as a reviewer may have left it) with
// a new result. A merge either fails, or writes a file that parses, holds
// every mark of the old one, and merges with the same result into itself.
func FuzzKeepReviews(f *testing.F) {
	base, err := YAML(reviewResult("t", 10, 30))
	if err != nil {
		f.Fatal(err)
	}
	next := "document: {id: d1, title: t}\nentities:\n  - {id: a, type: person, mentions: [{text: x, start: 0, end: 1, sentence: 1}]}\n  - {id: b, type: person, mentions: [{text: y, start: 5, end: 6, sentence: 1}]}\nevents:\n  - {id: d1/meeting-1, type: meeting, participants: [{entity: a, role: host}, {entity: b, role: guest}], trigger: {text: t, start: 10, end: 15, sentence: 1}}\n"
	for _, mark := range []string{
		"{status: confirmed, note: seen on SANA, confirmed by AFP}",
		"{status: corrected, by: anna} # why",
		"\n      status: rejected\n      note: no",
		"{status: maybe}",
	} {
		f.Add(string(markEvent(mark)(string(base))), next)
	}
	f.Add("document: {id: d1, title: t}\nentities:\n  - {id: a, type: person, mentions: [{text: y, start: 5, end: 6, sentence: 1}], review: {status: corrected}}\nevents: []\n", next)
	f.Add(`{"document": {"id": "d1", "title": "t"}, "entities": [], "events": [{"id": "x", "review": {"status": "rejected"}, "trigger": {"start": 10, "end": 15}}]}`, next)
	f.Fuzz(func(t *testing.T, old, nextYAML string) {
		var r doc.Result
		if yaml.Unmarshal([]byte(nextYAML), &r) != nil {
			return
		}
		r.Document.ID, r.Document.Title = "d1", "t"
		for i := range r.Entities {
			r.Entities[i].Review = nil
		}
		for i := range r.Events {
			r.Events[i].Review = nil
		}
		out, err := mergeReviews("old.yaml", []byte(old), &r)
		if err != nil {
			return
		}
		prev, err := review.Parse("old.yaml", []byte(old))
		if err != nil {
			if review.MayHoldMarkKey([]byte(old)) {
				t.Fatalf("merged a file Parse refuses, which may hold a mark: %v", err)
			}
			return
		}
		got, err := review.Parse("out.yaml", out)
		if err != nil {
			t.Fatalf("the merged file does not parse: %v\n%s", err, out)
		}
		want := marks(&prev.Result)
		if review.Reviewed(&prev.Result) && prev.Result.Document.Title != "t" {
			t.Fatalf("merged marks of another document")
		}
		have := marks(&got.Result)
		for s, n := range want {
			if have[s] != n {
				t.Fatalf("marks %v, want %v:\n%s", have, want, out)
			}
		}
		again, err := mergeReviews("out.yaml", out, &r)
		if err != nil {
			t.Fatalf("merging the merged file again: %v\n%s", err, out)
		}
		if !bytes.Equal(again, out) && review.Reviewed(&prev.Result) {
			t.Fatalf("a second merge changes the file:\n%s\n----\n%s", out, again)
		}
	})
}
