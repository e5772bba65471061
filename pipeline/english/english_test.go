package english

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/extract-news/extract/pipeline/doc"
	"github.com/extract-news/extract/pipeline/gazetteer"
	"github.com/extract-news/extract/pipeline/input"
	"github.com/extract-news/extract/pipeline/output"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// published is the publication date of the test documents, a Thursday.
var published = time.Date(2020, 7, 9, 0, 0, 0, 0, time.UTC)

// The test gazetteer and one Extractor are shared by the tests of this
// package, so that prose's model loads once.
var (
	shared     sync.Once
	sharedX    *Extractor
	sharedErr  error
	sharedTook time.Duration
)

func extractor(tb testing.TB) *Extractor {
	tb.Helper()
	shared.Do(func() {
		var set *gazetteer.Set
		if set, sharedErr = gazetteer.LoadFS(os.DirFS("testdata/gazetteer")); sharedErr != nil {
			return
		}
		var g *gazetteer.Compiled
		if g, sharedErr = gazetteer.Compile(set); sharedErr != nil {
			return
		}
		sharedX = New(g)
		sharedTook = sharedX.ModelLoadTime()
	})
	if sharedErr != nil {
		tb.Fatal(sharedErr)
	}
	return sharedX
}

// documents reads the .txt files of dir as the command does: the first
// line is the title and part of the text.
func documents(tb testing.TB, dir string) []*doc.Document {
	tb.Helper()
	var out []*doc.Document
	for d, err := range input.Documents(context.Background(), []string{dir}, input.Options{Published: published}) {
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, d)
	}
	if len(out) == 0 {
		tb.Fatalf("no documents in %s", dir)
	}
	return out
}

func process(tb testing.TB, x *Extractor, d *doc.Document) *doc.Result {
	tb.Helper()
	r, err := x.Process(context.Background(), d)
	if err != nil {
		tb.Fatalf("%s: %v", d.ID, err)
	}
	return r
}

// TestGolden compares the output for each testdata/golden/NAME.txt with
// NAME.yaml; go test -update rewrites them.
func TestGolden(t *testing.T) {
	x := extractor(t)
	for _, d := range documents(t, "testdata/golden") {
		t.Run(d.ID, func(t *testing.T) {
			got, err := output.YAML(process(t, x, d))
			if err != nil {
				t.Fatal(err)
			}
			path := filepath.Join("testdata", "golden", d.ID+".yaml")
			if *update {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("output differs from %s (go test -update rewrites it):\n%s", path, got)
			}
		})
	}
}

// summary writes a meeting as one line: status, participants with roles,
// place and date value.
func summary(e doc.Event) string {
	var b strings.Builder
	b.WriteString(e.Status)
	for _, p := range e.Participants {
		fmt.Fprintf(&b, " %s:%s", p.Role, p.Entity)
	}
	if e.Location != nil {
		fmt.Fprintf(&b, " @%s", e.Location.Entity)
	} else {
		b.WriteString(" @-")
	}
	if e.Date != nil {
		fmt.Fprintf(&b, " %q=%s", e.Date.Text, e.Date.Value)
	}
	return b.String()
}

// TestMeetings checks the meetings of each golden input, independently
// of the golden files.
func TestMeetings(t *testing.T) {
	want := map[string][]string{
		"met":                 {`occurred host:vladimir-putin guest:recep-tayyip-erdogan @sochi "Wednesday"=2020-07-08`},
		"received-possessive": {`occurred host:bashar-al-assad guest:sergei-shoigu @damascus "yesterday"=2020-07-08`},
		"hosted":              {`occurred host:recep-tayyip-erdogan guest:hassan-rouhani @ankara "July 1"=2020-07-01`},
		"held-talks-counterpart": {
			`occurred guest:mohammad-javad-zarif host:walid-al-muallem @damascus "Monday"=2020-07-06`,
		},
		"meeting-between": {`occurred host:sergei-lavrov guest:mevlut-cavusoglu @moscow "last Thursday"=2020-07-02`},
		"summit-video": {
			`occurred participant:vladimir-putin participant:recep-tayyip-erdogan participant:hassan-rouhani @- "July 1"=2020-07-01`,
		},
		"phone-call": nil,
		"planned": {
			`planned guest:sergei-shoigu host:bashar-al-assad @damascus "next week"=`,
			`planned guest:sergei-lavrov host:mohammad-javad-zarif @tehran "Saturday"=2020-07-11`,
		},
		"not-meetings": nil,
		"descriptions": {`occurred host:bashar-al-assad guest:sergei-shoigu @damascus "Thursday, July 9"=2020-07-09`},
		"titled-unknown": {
			`occurred guest:x-faisal-mekdad host:sergei-lavrov @moscow "Monday"=2020-07-06`,
			`occurred participant:x-faisal-mekdad participant:geir-pedersen @- `,
		},
		"variants": {
			`occurred guest:sergei-shoigu host:bashar-al-assad @damascus`,
			`occurred participant:sergei-shoigu participant:walid-al-muallem @-`,
		},
		"relative-clause": {
			`occurred guest:vladimir-putin host:recep-tayyip-erdogan @istanbul "October 27"=2019-10-27`,
			`planned host:vladimir-putin guest:recep-tayyip-erdogan @sochi "next month"=`,
		},
		"pronoun-and-travel": {
			`occurred guest:mohammad-javad-zarif host:sergei-lavrov @moscow "Tuesday"=2020-07-07`,
			`planned participant:recep-tayyip-erdogan participant:vladimir-putin @-`,
		},
		"counterpart-dateline": {`occurred host:sergei-shoigu guest:hulusi-akar @moscow "Thursday"=2020-07-09`},
		"ner-candidates":       {`occurred participant:x-mukhtar-tileuberdi participant:sergei-lavrov @x-nur-sultan "Friday"=2020-07-03`},
	}
	x := extractor(t)
	seen := map[string]bool{}
	for _, d := range documents(t, "testdata/golden") {
		seen[d.ID] = true
		w, ok := want[d.ID]
		if !ok {
			t.Errorf("%s: no expected meetings in the table", d.ID)
			continue
		}
		var got []string
		for _, e := range process(t, x, d).Events {
			got = append(got, strings.TrimSpace(summary(e)))
		}
		for i := range w {
			w[i] = strings.TrimSpace(w[i])
		}
		if strings.Join(got, "\n") != strings.Join(w, "\n") {
			t.Errorf("%s:\n got: %q\nwant: %q", d.ID, got, w)
		}
	}
	for id := range want {
		if !seen[id] {
			t.Errorf("%s: in the table but not in testdata/golden", id)
		}
	}
}

// TestMentions checks how names are matched: variants, possessives,
// capitals, descriptions and entities the lists lack.
func TestMentions(t *testing.T) {
	for _, tc := range []struct {
		text   string
		entity string
		want   []string // mention texts, with via after a slash
	}{
		{"Sergey Shoygu met Bashar Assad. Later, SHOIGU and Shoigu's aide met al-Assad.", "sergei-shoigu",
			[]string{"Sergey Shoygu", "SHOIGU", "Shoigu"}},
		{"Sergei Shoygu arrived.", "sergei-shoigu", []string{"Sergei Shoygu"}},
		{"Assad's office and Bashar al-Assad's aides and Bashar Assad.", "bashar-al-assad",
			[]string{"Assad", "Bashar al-Assad", "Bashar Assad"}},
		{"Çavuşoğlu met Cavusoglu's deputy in Erdoğan's palace.", "mevlut-cavusoglu", []string{"Çavuşoğlu", "Cavusoglu"}},
		{"Cavusoglu met Erdoğan in Ankara.", "recep-tayyip-erdogan", []string{"Erdoğan"}},
		{"Russia's defence minister arrived in Damascus.", "sergei-shoigu", []string{"Russia's defence minister/description"}},
		{"The defence minister of Russia arrived.", "sergei-shoigu", []string{"defence minister of Russia/description"}},
		{"Iranian Foreign Minister Mohammad Javad Zarif arrived.", "mohammad-javad-zarif", []string{"Mohammad Javad Zarif"}},
		{"Putin arrived. The president said the talks went well.", "vladimir-putin", []string{"Putin", "president/description"}},
		{"Putin and Assad arrived. The president said the talks went well.", "vladimir-putin", []string{"Putin"}},
		{"A president said the talks went well, Putin added.", "vladimir-putin", []string{"Putin"}},
		{"Who said what? The WHO said it.", "world-health-organization", []string{"WHO"}},
		{"The un declared it. The UN declared it.", "united-nations", []string{"UN"}},
		{"US officials and the U.S. envoy.", "united-states", []string{"US", "U.S."}},
		{"Foreign Minister Faisal Mekdad met Lavrov. Mekdad said so.", "x-faisal-mekdad",
			[]string{"Faisal Mekdad/title", "Mekdad"}},
	} {
		r := process(t, extractor(t), &doc.Document{ID: "t", Text: tc.text, Published: published})
		var got []string
		for _, e := range r.Entities {
			if e.ID != tc.entity {
				continue
			}
			for _, m := range e.Mentions {
				s := m.Text
				if m.Via != "" {
					s += "/" + m.Via
				}
				got = append(got, s)
			}
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%q: mentions of %s = %q, want %q", tc.text, tc.entity, got, tc.want)
		}
	}
}

// TestDatedRoles resolves the same description on two publication dates
// to the two people who held the office.
func TestDatedRoles(t *testing.T) {
	for _, tc := range []struct {
		pub  time.Time
		want string
	}{
		{time.Date(2020, 7, 9, 0, 0, 0, 0, time.UTC), "sergei-shoigu"},
		{time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), "andrei-belousov"},
	} {
		r := process(t, extractor(t), &doc.Document{ID: "t", Text: "The Russian defence minister arrived in Damascus.", Published: tc.pub})
		if len(r.Entities) == 0 || r.Entities[0].ID != tc.want {
			t.Errorf("published %s: entities %+v, want %s first", tc.pub.Format(time.DateOnly), r.Entities, tc.want)
		}
	}
}

// TestSpans checks that every span slices the original text to its text.
func TestSpans(t *testing.T) {
	x := extractor(t)
	for _, d := range documents(t, "testdata/golden") {
		r := process(t, x, d)
		text := []rune(d.Text)
		check := func(what, s string, a, b int) {
			if a < 0 || b > len(text) || a > b || string(text[a:b]) != s {
				t.Errorf("%s: %s [%d,%d) = %q in the text", d.ID, what, a, b, s)
			}
		}
		for _, e := range r.Entities {
			for _, m := range e.Mentions {
				check("mention of "+e.ID, m.Text, m.Start, m.End)
			}
		}
		for _, e := range r.Events {
			check("trigger of "+e.ID, e.Trigger.Text, e.Trigger.Start, e.Trigger.End)
			for _, ev := range e.Evidence {
				check("evidence of "+e.ID, ev.Text, ev.Start, ev.End)
			}
			if e.Date != nil {
				check("date of "+e.ID, e.Date.Text, e.Date.Start, e.Date.End)
			}
		}
		if r.Document.Language != Language {
			t.Errorf("%s: language %q, want %q", d.ID, r.Document.Language, Language)
		}
	}
}

// TestConcurrent runs the documents from several goroutines on one
// Extractor (one shared prose model) and compares every output with a
// sequential run: the path is deterministic and safe for concurrent use
// (go test -race checks the latter).
func TestConcurrent(t *testing.T) {
	x := extractor(t)
	docs := documents(t, "testdata/golden")
	want := make([][]byte, len(docs))
	for i, d := range docs {
		want[i], _ = output.YAML(process(t, x, d))
	}
	const workers = 4
	got := make([][][]byte, workers)
	var wg sync.WaitGroup
	for w := range workers {
		got[w] = make([][]byte, len(docs))
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range docs {
				d := docs[(i+w)%len(docs)]
				r, err := x.Process(context.Background(), d)
				if err != nil {
					t.Error(err)
					return
				}
				got[w][(i+w)%len(docs)], _ = output.YAML(r)
			}
		}()
	}
	wg.Wait()
	for w := range workers {
		for i := range docs {
			if !bytes.Equal(got[w][i], want[i]) {
				t.Errorf("worker %d, %s: output differs from the sequential run", w, docs[i].ID)
			}
		}
	}
}

// TestCancelled checks that a cancelled context stops Process.
func TestCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := extractor(t).Process(ctx, &doc.Document{ID: "t", Text: "Putin met Assad."}); err == nil {
		t.Error("Process with a cancelled context succeeded")
	}
}

// TestModelLoad reports how long loading prose's model took (loaded once
// for the package's tests).
func TestModelLoad(t *testing.T) {
	extractor(t)
	if sharedTook <= 0 {
		t.Errorf("model load time %v, want > 0", sharedTook)
	}
	t.Logf("prose model loaded in %v", sharedTook)
}

// BenchmarkProcess measures the English path on the golden inputs,
// prose's model already loaded.
func BenchmarkProcess(b *testing.B) {
	x := extractor(b)
	docs := documents(b, "testdata/golden")
	n := 0
	for _, d := range docs {
		n += len(d.Text)
	}
	b.SetBytes(int64(n))
	cpu := cpuTime()
	for b.Loop() {
		for _, d := range docs {
			if _, err := x.Process(context.Background(), d); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.N*len(docs))/b.Elapsed().Seconds(), "docs/s")
	if used := cpuTime() - cpu; used > 0 {
		b.ReportMetric(float64(b.N*len(docs))/used.Seconds(), "docs/cpu-s")
	}
}

// BenchmarkModelLoad measures loading prose's model.
func BenchmarkModelLoad(b *testing.B) {
	for b.Loop() {
		var x Extractor
		if x.ModelLoadTime() <= 0 {
			b.Fatal("model not loaded")
		}
	}
}

// longText is about 640 KB of English without a sentence terminator,
// names and meeting triggers throughout: every stage must stay linear
// in it.
func longText() string {
	const unit = "President Bashar al-Assad met Russian Defence Minister Sergei Shoigu and held talks with Foreign Minister Faisal Mekdad in Damascus on Thursday while Putin received Erdogan in Sochi "
	return strings.Repeat(unit, 640*1024/len(unit)+1)
}

// BenchmarkLongUnpunctuated measures one 640 KB document without
// punctuation.
func BenchmarkLongUnpunctuated(b *testing.B) {
	x := extractor(b)
	d := &doc.Document{ID: "long", Text: longText(), Published: published}
	b.SetBytes(int64(len(d.Text)))
	cpu := cpuTime()
	for b.Loop() {
		if _, err := x.Process(context.Background(), d); err != nil {
			b.Fatal(err)
		}
	}
	if used := cpuTime() - cpu; used > 0 {
		b.ReportMetric(used.Seconds()/float64(b.N), "cpu-s/op")
	}
}
