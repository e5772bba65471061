package output

import (
	"bytes"
	"context"
	"math/rand/v2"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/extract-news/extract/gazetteers"
	"github.com/extract-news/extract/pipeline"
	"github.com/extract-news/extract/pipeline/doc"
	"github.com/extract-news/extract/pipeline/internal/benchdata"
)

// checkSame asserts that fastYAML writes what yamlNode writes, when it
// covers r, and that it does not cover results yamlNode fails on; it
// reports whether fastYAML covered r.
func checkSame(t *testing.T, r *doc.Result) bool {
	t.Helper()
	want, err := yamlNode(r)
	got, ok := fastYAML(r)
	if err != nil {
		if ok {
			t.Fatalf("fastYAML covers a result yamlNode fails on (%v): %q", err, got)
		}
		return false
	}
	if ok && !bytes.Equal(got, want) {
		t.Fatalf("fastYAML differs from yamlNode:\n got %q\nwant %q", got, want)
	}
	return ok
}

// tricky are strings that yaml.v3 writes plain, single- or double-quoted,
// or as literal blocks, depending on where they stand.
var tricky = []string{
	"", " ", "a", "بشار الأسد", "دمشق, سوريا", "key: value", "a:b", "a #b", "a#b", "#a", "- a", "-a", "-",
	"? a", "?a", ": a", ":a", "[a]", "{a}", "a,b", "a?b", "&a", "*a", "!a", "|a", ">a", "'a", "\"a", "%a", "@a", "`a",
	"it's", "say \"hi\"", "back\\slash", "tab\there", " lead", "trail ", "two  spaces", "---", "...", "--- a", "...a",
	"true", "True", "TRUE", "false", "null", "Null", "~", "yes", "No", "on", "OFF", "y", "n", "<<",
	"1", "-1", "+1", "0x1F", "0o17", "0b101", "-0b101", "1_000", "1.5", "-1.5e3", ".5", ".inf", "-.Inf", ".NaN", ".x",
	"1:20", "-1:20:30.5", "2018-02-18", "2018-2-8", "2018-02-18T21:35:43+04:00", "2018-02-18 21:35:43", "2018-02-18x",
	"001_fd9f9ff1609d1fae", "001_fd9f9ff1609d1fae/meeting-1", "20180218", "1e", "12abc",
	"line\nbreak", "cr\rhere", "nel\u0085", "ls\u2028", "\ufeffbom", "a\ufeff", "nul\x00", "bell\x07", "esc\x1b", "del\x7f",
	"\u00a0nbsp", "c1\u0080", "\ufffe", "\uffff", "emoji 😀", "\ue000", "\ud7ff", "invalid \xff",
}

// randomResult makes a result of tricky strings; with plain set, only
// rarely of those that fastYAML leaves to yamlNode.
func randomResult(rng *rand.Rand, plain bool) *doc.Result {
	s := func() string {
		var b strings.Builder
		for range 1 + rng.IntN(3) {
			t := tricky[rng.IntN(len(tricky))]
			for plain && rng.IntN(500) > 0 && strings.ContainsFunc(t, func(r rune) bool {
				return r < 0x20 || r == 0x7f || r >= 0x80 && r < 0xa0 || r == 0x2028 || r == 0x2029 || r == 0xfeff || r >= 0xfffe && r <= 0xffff || r >= 0x10000 || r == utf8.RuneError
			}) {
				t = tricky[rng.IntN(len(tricky))]
			}
			b.WriteString(t)
		}
		return b.String()
	}
	r := &doc.Result{
		Document: doc.Meta{ID: s(), Title: s(), Published: s(), Source: s(), URL: s()},
		Entities: []doc.Entity{{ID: s(), Type: s(), Name: s(), NameAr: s(), Gazetteer: rng.IntN(2) == 0, Country: s(),
			Mentions: []doc.Mention{{Text: s(), Start: rng.IntN(100), End: -rng.IntN(2), Sentence: rng.IntN(3), Via: s()}}}},
		Events: []doc.Event{{ID: s(), Type: s(), Status: s(),
			Participants: []doc.Participant{{Entity: s(), Role: s()}},
			Trigger:      doc.Span{Text: s(), Start: 1, End: 2, Sentence: rng.IntN(2)},
			Evidence:     []doc.Span{{Text: s(), Start: 3, End: 4, Sentence: 5}},
		}},
	}
	if rng.IntN(2) == 0 {
		r.Events[0].Location = &doc.Location{Entity: s()}
		r.Events[0].Date = &doc.Date{Text: s(), Start: 1, End: 2, Value: s()}
		r.Events[0].Topics = []string{s(), s()}
		r.Warnings = []string{s()}
	}
	if rng.IntN(4) == 0 {
		r.Entities, r.Events = nil, []doc.Event{}
	}
	return r
}

// TestFastYAMLSameBytes checks fastYAML against yamlNode on random
// results made of tricky strings.
func TestFastYAMLSameBytes(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	for _, plain := range []bool{false, true} {
		covered := 0
		for range 1000 {
			if checkSame(t, randomResult(rng, plain)) {
				covered++
			}
		}
		if plain && covered < 650 || covered < 30 {
			t.Errorf("fastYAML covered only %d of 1000 random results (plain %v)", covered, plain)
		}
	}
	for _, s := range tricky {
		r := &doc.Result{Document: doc.Meta{ID: s, Title: s}, Entities: []doc.Entity{{ID: s, Mentions: []doc.Mention{{Text: s}}}}}
		checkSame(t, r)
	}
}

// TestFastYAMLReal checks fastYAML on the results of the seeds and, when
// the corpus is there, of its first 500 documents: almost all must be
// covered.
func TestFastYAMLReal(t *testing.T) {
	g, err := pipeline.LoadGazetteers(gazetteers.FS)
	if err != nil {
		t.Fatal(err)
	}
	x := pipeline.New(g)
	docs := benchdata.Seeds(t)
	if !testing.Short() {
		if p, err := benchdata.CorpusPath(); err == nil && exists(p) {
			docs = append(docs, benchdata.Corpus(t)[:500]...)
		}
	}
	missed := 0
	for _, d := range docs {
		r, err := x.Process(context.Background(), d)
		if err != nil {
			t.Fatal(err)
		}
		if !checkSame(t, r) {
			missed++
		}
	}
	if missed*100 > len(docs) {
		t.Errorf("fastYAML fell back for %d of %d documents", missed, len(docs))
	}
}

func exists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}
