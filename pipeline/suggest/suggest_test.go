package suggest_test

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/extract-news/extract/gazetteers"
	"github.com/extract-news/extract/pipeline"
	"github.com/extract-news/extract/pipeline/doc"
	"github.com/extract-news/extract/pipeline/gazetteer"
	"github.com/extract-news/extract/pipeline/input"
	"github.com/extract-news/extract/pipeline/suggest"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// lists is a small gazetteer: two office titles, a rank, a title that
// governs the next word, two countries and two people (whose first
// words are the given names of meeting candidates).
var lists = fstest.MapFS{
	"titles.yaml": {Data: []byte(`type: title
entries:
  - {id: foreign-minister, ar: [وزير الخارجية, وزير خارجية], role: foreign-minister, single: true}
  - {id: prime-minister, ar: [رئيس الوزراء], role: prime-minister, single: true}
  - {id: spokesperson, ar: [المتحدث باسم], role: spokesperson}
  - {id: major-general, ar: [اللواء], role: ""}
`)},
	"places.yaml": {Data: []byte(`type: place
entries:
  - {id: bahrain, name: Bahrain, name_ar: البحرين, kind: country, country: BH, demonyms: [بحريني]}
  - {id: canada, name: Canada, name_ar: كندا, kind: country, country: CA, demonyms: [كندي]}
`)},
	"people.yaml": {Data: []byte(`type: person
entries:
  - {id: adel-al-jubeir, name: Adel al-Jubeir, name_ar: عادل الجبير, country: SA}
  - {id: mohamed-bin-zayed, name: Mohamed bin Zayed, name_ar: محمد بن زايد, country: AE}
`)},
}

// fake returns the results built by the test, as the pipeline would,
// with an analysis that holds only the title coverage of titled (by
// document id): the Collector analyses the text itself.
type fake struct {
	results map[string]*doc.Result
	titled  map[string]doc.Coverage
}

func (f fake) Analyze(_ context.Context, d *doc.Document) (*doc.Result, *pipeline.Analysis, error) {
	r, ok := f.results[d.ID]
	if !ok {
		return nil, nil, fmt.Errorf("%s: no result", d.ID)
	}
	return r, &pipeline.Analysis{Titled: f.titled[d.ID]}, nil
}

// at returns the code-point span of the n-th (from 0) occurrence of sub
// in text.
func at(t *testing.T, text, sub string, n int) (int, int) {
	t.Helper()
	off := 0
	for i := 0; ; i++ {
		k := strings.Index(text[off:], sub)
		if k < 0 {
			t.Fatalf("%q not found %d times in %q", sub, n+1, text)
		}
		if i == n {
			start := len([]rune(text[:off+k]))
			return start, start + len([]rune(sub))
		}
		off += k + len(sub)
	}
}

func mention(t *testing.T, text, sub string, n int, via string) doc.Mention {
	s, e := at(t, text, sub, n)
	return doc.Mention{Text: sub, Start: s, End: e, Via: via}
}

// corpus builds three documents and their results: an unknown minister
// introduced twice by a title, once with a nationality adjective and
// once with a country; a foreign prime minister whose first name no
// list knows; a place after بلدة; and a meeting whose evidence names
// someone no list has.
func corpus(t *testing.T) ([]*doc.Document, fake) {
	texts := []string{
		"قال وزير الخارجية البحريني خالد بن أحمد إن الاجتماع مهم.\nوالتقى عادل الجبير محمد العمادي في المنامة.",
		"أكد رئيس الوزراء الكندي جاستن ترودو أن بلاده تدعم الحل.\nوزار وفد بلدة الحماميات. وقال المتحدث باسم حركة فتح إن الوفد وصل.",
		"وصل وزير خارجية البحرين خالد بن أحمد إلى القاهرة. وأعلنت الحكومة اليمنية ووزارة التنمية الريفية الخطة، ورحبت بها السفارة الأمريكية ووزارة الصحة.",
	}
	docs := make([]*doc.Document, len(texts))
	for i, text := range texts {
		docs[i] = &doc.Document{ID: fmt.Sprintf("d%d", i+1), Text: text}
	}
	res := fake{results: map[string]*doc.Result{}, titled: map[string]doc.Coverage{}}
	t1 := texts[0]
	ev1, ev1e := at(t, t1, "والتقى عادل الجبير محمد العمادي في المنامة.", 0)
	res.titled["d1"] = doc.Coverage{Unknown: 1}
	res.results["d1"] = &doc.Result{
		Document: doc.Meta{ID: "d1"},
		Entities: []doc.Entity{
			{ID: "x-khald-bn-ahmd", Type: doc.Person, NameAr: "خالد بن أحمد", Mentions: []doc.Mention{mention(t, t1, "خالد بن أحمد", 0, suggest.ViaTitle)}},
			{ID: "adel-al-jubeir", Type: doc.Person, NameAr: "عادل الجبير", Gazetteer: true, Mentions: []doc.Mention{mention(t, t1, "عادل الجبير", 0, "")}},
		},
		Events: []doc.Event{{ID: "d1/meeting-1", Type: "meeting", Evidence: []doc.Span{{Text: t1[len("قال وزير الخارجية البحريني خالد بن أحمد إن الاجتماع مهم.\n"):], Start: ev1, End: ev1e}}}},
	}
	t2 := texts[1]
	res.titled["d2"] = doc.Coverage{Known: 2}
	res.results["d2"] = &doc.Result{
		Document: doc.Meta{ID: "d2"},
		Entities: []doc.Entity{
			{ID: "canada", Type: doc.Place, NameAr: "كندا", Gazetteer: true, Mentions: []doc.Mention{mention(t, t2, "الكندي", 0, "")}},
			{ID: "x-alhmamyat", Type: doc.Place, NameAr: "الحماميات", Mentions: []doc.Mention{mention(t, t2, "الحماميات", 0, suggest.ViaCue)}},
		},
	}
	t3 := texts[2]
	res.titled["d3"] = doc.Coverage{Unknown: 1}
	res.results["d3"] = &doc.Result{
		Document: doc.Meta{ID: "d3"},
		Entities: []doc.Entity{
			{ID: "x-khald-bn-ahmd", Type: doc.Person, NameAr: "خالد بن أحمد", Mentions: []doc.Mention{mention(t, t3, "خالد بن أحمد", 0, suggest.ViaTitle)}},
			{ID: "x-government-ye", Type: doc.Organization, Name: "Government of Yemen", NameAr: "الحكومة اليمنية", Country: "YE",
				Mentions: []doc.Mention{mention(t, t3, "الحكومة اليمنية", 0, suggest.ViaBody)}},
			{ID: "x-wzarh-altnmyh-alryfyh", Type: doc.Organization, NameAr: "وزارة التنمية الريفية",
				Mentions: []doc.Mention{mention(t, t3, "وزارة التنمية الريفية", 0, suggest.ViaBody)}},
			// A mission by its sending state and a body every state has,
			// with no country: descriptions, not proposed.
			{ID: "x-embassy-us", Type: doc.Organization, Name: "Embassy of United States", NameAr: "السفارة الأمريكية", Country: "US",
				Mentions: []doc.Mention{mention(t, t3, "السفارة الأمريكية", 0, suggest.ViaBody)}},
			{ID: "x-wzarh-alshh", Type: doc.Organization, NameAr: "وزارة الصحة",
				Mentions: []doc.Mention{mention(t, t3, "وزارة الصحة", 0, suggest.ViaBody)}},
		},
	}
	return docs, res
}

func compile(t *testing.T) *gazetteer.Compiled {
	t.Helper()
	set, err := gazetteer.LoadFS(lists)
	if err != nil {
		t.Fatal(err)
	}
	g, err := gazetteer.Compile(set)
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// collect runs the collector over docs, processing them in the given
// order (as concurrent workers may) and writing in input order.
func collect(t *testing.T, g *gazetteer.Compiled, docs []*doc.Document, res fake, order []int) *suggest.Collector {
	t.Helper()
	c := suggest.NewCollector(res, g)
	results := make([]*doc.Result, len(docs))
	for _, i := range order {
		r, err := c.Process(context.Background(), docs[i])
		if err != nil {
			t.Fatal(err)
		}
		results[i] = r
	}
	for _, r := range results {
		if err := c.Write(r); err != nil {
			t.Fatal(err)
		}
	}
	return c
}

func TestCandidates(t *testing.T) {
	g := compile(t)
	docs, res := corpus(t)
	c := collect(t, g, docs, res, []int{0, 1, 2})

	type want struct {
		name      string
		docs, men int
		via       string
		cue       string // first cue: "text role country kind"
	}
	tests := []struct {
		typ  string
		want []want
	}{
		{doc.Person, []want{
			{"خالد بن أحمد", 2, 2, suggest.ViaTitle, "وزير الخارجية البحريني foreign-minister BH "},
			{"جاستن ترودو", 1, 1, suggest.ViaAfterTitle, "رئيس الوزراء الكندي prime-minister CA "},
			{"محمد العمادي", 1, 1, suggest.ViaMeeting, ""},
		}},
		{doc.Place, []want{
			{"الحماميات", 1, 1, suggest.ViaCue, "بلدة   town"},
		}},
		{doc.Organization, []want{
			{"الحكومة اليمنية", 1, 1, suggest.ViaBody, ""},
			{"وزارة التنمية الريفية", 1, 1, suggest.ViaBody, ""},
		}},
	}
	for _, tt := range tests {
		got := c.Candidates(tt.typ, 1)
		if len(got) != len(tt.want) {
			var names []string
			for _, k := range got {
				names = append(names, k.NameAr)
			}
			t.Fatalf("%s candidates %q, want %d", tt.typ, names, len(tt.want))
		}
		for i, w := range tt.want {
			k := got[i]
			if k.NameAr != w.name || k.Documents != w.docs || k.Mentions != w.men || k.Via[w.via] == 0 {
				t.Errorf("%s #%d = %s (%d docs, %d mentions, via %v), want %s (%d, %d, %s)",
					tt.typ, i, k.NameAr, k.Documents, k.Mentions, k.Via, w.name, w.docs, w.men, w.via)
			}
			cue := ""
			if len(k.Cues) > 0 {
				cu := k.Cues[0]
				cue = cu.Text + " " + cu.Role + " " + cu.Country + " " + cu.Kind
			}
			if cue != w.cue {
				t.Errorf("%s: first cue %q, want %q", w.name, cue, w.cue)
			}
		}
	}
	// The second cue of the minister names the country, not the adjective.
	if k := c.Candidates(doc.Person, 1)[0]; len(k.Cues) != 2 || k.Cues[1].Text != "وزير خارجية البحرين" || k.Cues[1].Country != "BH" {
		t.Errorf("cues of %s = %+v", k.NameAr, k.Cues)
	}
	// Two documents: the minister alone.
	if got := c.Candidates(doc.Person, 2); len(got) != 1 {
		t.Errorf("min 2: %d candidates, want 1", len(got))
	}
	cov := c.Coverage()
	if cov.Documents != 3 || cov.Known != 2 || cov.Unknown != 2 || cov.Share() != 0.5 {
		t.Errorf("coverage %+v (share %v), want 3 documents, 2 known, 2 unknown", cov, cov.Share())
	}
}

func TestWriteYAML(t *testing.T) {
	g := compile(t)
	docs, res := corpus(t)
	var outs []string
	// Workers finish in any order; the output does not depend on it.
	for _, order := range [][]int{{0, 1, 2}, {2, 1, 0}} {
		c := collect(t, g, docs, res, order)
		var buf bytes.Buffer
		if err := c.WriteYAML(&buf, suggest.Options{}); err != nil {
			t.Fatal(err)
		}
		outs = append(outs, buf.String())
	}
	if outs[0] != outs[1] {
		t.Errorf("output depends on processing order:\n%s\n---- versus ----\n%s", outs[0], outs[1])
	}
	golden := filepath.Join("testdata", "suggest.golden.yaml")
	if *update {
		if err := os.WriteFile(golden, []byte(outs[0]), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if outs[0] != string(want) {
		t.Errorf("output differs from %s (go test -update rewrites it):\n%s", golden, outs[0])
	}
	// Each YAML document is a gazetteer file a curator can paste.
	parts := strings.Split(outs[0], "\n---\n")
	if len(parts) != 3 {
		t.Fatalf("%d YAML documents, want 3 (people, places, organizations)", len(parts))
	}
	for i, want := range []int{3, 1, 2} {
		entries, err := gazetteer.Parse(fmt.Sprintf("part%d.yaml", i+1), []byte(parts[i]))
		if err != nil {
			t.Errorf("part %d does not parse: %v", i+1, err)
		}
		if len(entries) != want {
			t.Errorf("part %d: %d entries, want %d", i+1, len(entries), want)
		}
	}
}

func TestWriteOptions(t *testing.T) {
	g := compile(t)
	docs, res := corpus(t)
	c := collect(t, g, docs, res, []int{0, 1, 2})
	tests := []struct {
		opts    suggest.Options
		entries int
		err     string
	}{
		{suggest.Options{Types: []string{doc.Person}}, 3, ""},
		{suggest.Options{Types: []string{doc.Person}, Limit: 2}, 2, ""},
		{suggest.Options{Types: []string{doc.Person}, Min: 2}, 1, ""},
		{suggest.Options{Types: []string{doc.Place}, Min: 2}, 0, ""},
		{suggest.Options{Types: []string{"animal"}}, 0, `unknown type "animal"`},
	}
	for _, tt := range tests {
		var buf bytes.Buffer
		err := c.WriteYAML(&buf, tt.opts)
		if tt.err != "" {
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("%+v: error %v, want %q", tt.opts, err, tt.err)
			}
			continue
		}
		if err != nil {
			t.Fatalf("%+v: %v", tt.opts, err)
		}
		entries, err := gazetteer.Parse("out.yaml", buf.Bytes())
		if err != nil {
			t.Errorf("%+v: output does not parse: %v\n%s", tt.opts, err, buf.String())
		}
		if len(entries) != tt.entries {
			t.Errorf("%+v: %d entries, want %d", tt.opts, len(entries), tt.entries)
		}
	}
}

// TestSuggestedIDs checks that suggested ids are unique and name no
// gazetteer entry.
func TestSuggestedIDs(t *testing.T) {
	fs := fstest.MapFS{"more.yaml": {Data: []byte("type: person\nentries:\n  - {id: adl-salm, name: Adel Salem, name_ar: عادل سليم}\n")}}
	for name, f := range lists {
		fs[name] = f
	}
	set, err := gazetteer.LoadFS(fs)
	if err != nil {
		t.Fatal(err)
	}
	g, err := gazetteer.Compile(set)
	if err != nil {
		t.Fatal(err)
	}
	// Two unknown people whose names transliterate alike (ع is not
	// written), to the id of a known person.
	text := "قال اللواء عادل سالم إن الوضع هادئ. وقال اللواء ادل سالم كلاما آخر."
	res := fake{results: map[string]*doc.Result{"d": {Document: doc.Meta{ID: "d"}, Entities: []doc.Entity{
		{ID: "x-1", Type: doc.Person, NameAr: "عادل سالم", Mentions: []doc.Mention{mention(t, text, "عادل سالم", 0, suggest.ViaTitle)}},
		{ID: "x-2", Type: doc.Person, NameAr: "ادل سالم", Mentions: []doc.Mention{mention(t, text, "ادل سالم", 0, suggest.ViaTitle)}},
	}}}}
	c := collect(t, g, []*doc.Document{{ID: "d", Text: text}}, res, []int{0})
	var buf bytes.Buffer
	if err := c.WriteYAML(&buf, suggest.Options{Types: []string{doc.Person}}); err != nil {
		t.Fatal(err)
	}
	entries, err := gazetteer.Parse("out.yaml", buf.Bytes())
	if err != nil {
		t.Fatalf("%v\n%s", err, buf.String())
	}
	var ids []string
	seen := map[string]bool{}
	for _, e := range entries {
		if _, known := g.Set.Lookup(e.ID); known || seen[e.ID] {
			t.Errorf("suggested id %q is not new", e.ID)
		}
		seen[e.ID] = true
		ids = append(ids, e.ID)
	}
	if want := "adl-salm-2 adl-salm-3"; strings.Join(ids, " ") != want {
		t.Errorf("ids %q, want %q:\n%s", ids, want, buf.String())
	}
}

func TestWriteUnprocessed(t *testing.T) {
	c := suggest.NewCollector(fake{}, compile(t))
	if err := c.Write(&doc.Result{Document: doc.Meta{ID: "stray"}}); err == nil || !strings.Contains(err.Error(), `"stray"`) {
		t.Errorf("Write of an unprocessed result: %v", err)
	}
}

func TestShare(t *testing.T) {
	tests := []struct {
		known, unknown int
		want           float64
	}{
		{0, 0, 0},
		{9, 1, 0.9},
		{3, 0, 1},
	}
	for _, tt := range tests {
		c := suggest.Coverage{Coverage: doc.Coverage{Known: tt.known, Unknown: tt.unknown}}
		if got := c.Share(); got != tt.want {
			t.Errorf("Share(%d, %d) = %v, want %v", tt.known, tt.unknown, got, tt.want)
		}
	}
}

// textless is the extractor with its analysis cut down to the title
// coverage, so that the Collector analyses each text itself.
type textless struct{ x *pipeline.Extractor }

func (t textless) Analyze(ctx context.Context, d *doc.Document) (*doc.Result, *pipeline.Analysis, error) {
	r, a, err := t.x.Analyze(ctx, d)
	if a != nil {
		a = &pipeline.Analysis{Titled: a.Titled}
	}
	return r, a, err
}

// TestPipelineAnalysis checks that the suggestions and the coverage made
// from the pipeline's analysis are those the Collector makes from its
// own analysis of the texts, over seeds/ and English articles.
func TestPipelineAnalysis(t *testing.T) {
	g, err := pipeline.LoadGazetteers(gazetteers.FS)
	if err != nil {
		t.Fatal(err)
	}
	var docs []*doc.Document
	for d, err := range input.Documents(context.Background(), []string{"../../seeds", "../english/testdata/eval/articles.jsonl"}, input.Options{}) {
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	order := make([]int, len(docs))
	for i := range order {
		order[i] = i
	}
	var outs [2]string
	var covs [2]suggest.Coverage
	for i, p := range []suggest.Analyzer{pipeline.New(g), textless{pipeline.New(g)}} {
		c := suggest.NewCollector(p, g)
		results := make([]*doc.Result, len(docs))
		for j, d := range docs {
			r, err := c.Process(context.Background(), d)
			if err != nil {
				t.Fatal(err)
			}
			results[j] = r
		}
		for _, r := range results {
			if err := c.Write(r); err != nil {
				t.Fatal(err)
			}
		}
		var buf bytes.Buffer
		if err := c.WriteYAML(&buf, suggest.Options{Min: 1}); err != nil {
			t.Fatal(err)
		}
		outs[i], covs[i] = buf.String(), c.Coverage()
	}
	if outs[0] != outs[1] {
		t.Errorf("suggestions from the pipeline's analysis:\n%s\nfrom the Collector's:\n%s", outs[0], outs[1])
	}
	if covs[0] != covs[1] || covs[0].Known+covs[0].Unknown == 0 {
		t.Errorf("coverage %+v from the pipeline's analysis, %+v from the Collector's", covs[0], covs[1])
	}
	if !strings.Contains(outs[0], "id: government-of-syria") {
		t.Errorf("no suggestion of the Syrian government over seeds/:\n%s", outs[0])
	}
}
