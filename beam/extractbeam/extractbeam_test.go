package extractbeam

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/runners/prism"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
	"github.com/extract-news/extract/gazetteers"
	"github.com/extract-news/extract/pipeline"
	"github.com/extract-news/extract/pipeline/dataset"
	"github.com/extract-news/extract/pipeline/doc"
	"github.com/extract-news/extract/pipeline/export"
	"github.com/extract-news/extract/pipeline/input"
	"github.com/extract-news/extract/pipeline/output"
	"github.com/extract-news/extract/pipeline/results"
	"github.com/extract-news/extract/pipeline/run"
)

func TestMain(m *testing.M) { ptest.Main(m) }

// corpus is the shared corpus, beside the repository; the test takes a
// sample of it when it is there.
const corpus = "../../../shared/corpus/ant-news-2018.jsonl.gz"

// corpusEvery takes every corpusEvery-th article of the corpus (314 of
// its 31,424).
const corpusEvery = 100

// extraGazetteer adds a person that no built-in list has, to check that
// Config.Gazetteers reaches the workers.
const extraGazetteer = `type: person
entries:
  - id: test-ziad-farra
    name: Ziad al-Farra
    name_ar: زياد الفرا
    country: JO
`

var (
	people = []string{
		"بشار الأسد", "فلاديمير بوتين", "رجب طيب أردوغان", "حسن روحاني", "سيرغي لافروف",
		"محمد جواد ظريف", "وليد المعلم", "ستافان دي ميستورا", "أنطونيو غوتيريش",
		"الملك عبد الله الثاني", "أيمن الصفدي", "مولود جاويش أوغلو", "عبد الفتاح السيسي",
		"ميشال عون", "زياد الفرا",
	}
	places = []string{"دمشق", "موسكو", "أنقرة", "طهران", "سوتشي", "جنيف", "عمان", "بيروت", "القاهرة", "أستانا"}
	when   = []string{"أمس", "اليوم", "يوم الخميس الماضي", "في 12 أيار/مايو", "أول أمس الأربعاء", ""}
	topics = []string{
		"وبحث الجانبان تطورات الأوضاع في المنطقة وسبل تعزيز التعاون الثنائي.",
		"وأكد الجانبان أهمية مواصلة التنسيق بشأن الحل السياسي.",
		"وتشهد المنطقة توترا متصاعدا منذ أشهر.",
		"وقالت وكالة الأنباء الرسمية إن المحادثات كانت بناءة.",
	}
)

// synthetic returns an Arabic article made from a few patterns:
// received, met, talks, a plan, a phone call, or no meeting at all.
func synthetic(rng *rand.Rand) (title, text string) {
	pick := func(xs []string) string { return xs[rng.Intn(len(xs))] }
	a, b := pick(people), pick(people)
	for b == a {
		b = pick(people)
	}
	place, day := pick(places), pick(when)
	var lead string
	switch rng.Intn(6) {
	case 0:
		lead = fmt.Sprintf("استقبل %s في %s %s %s.", a, place, day, b)
		title = a + " يستقبل " + b
	case 1:
		lead = fmt.Sprintf("التقى %s مع %s في %s %s.", a, b, place, day)
		title = "لقاء في " + place
	case 2:
		lead = fmt.Sprintf("أجرى %s محادثات مع %s في %s %s.", a, b, place, day)
		title = "محادثات في " + place
	case 3:
		lead = fmt.Sprintf("من المقرر أن يلتقي %s %s في %s الأسبوع المقبل.", a, b, place)
		title = "لقاء مرتقب"
	case 4:
		lead = fmt.Sprintf("أجرى %s اتصالا هاتفيا مع %s.", a, b)
		title = "اتصال هاتفي"
	default:
		lead = fmt.Sprintf("قال %s في %s إن بلاده تدعم الحل السياسي.", a, place)
		title = "تصريح"
	}
	var sb strings.Builder
	sb.WriteString(place + " - ")
	sb.WriteString(lead)
	for range 1 + rng.Intn(4) {
		sb.WriteString(" " + pick(topics))
	}
	return title, sb.String()
}

// line encodes one JSON Lines input object.
func line(t *testing.T, fields map[string]any) string {
	t.Helper()
	b, err := json.Marshal(fields)
	if err != nil {
		t.Fatal(err)
	}
	return string(b) + "\n"
}

// writeInput writes content to path, gzipped when path ends in .gz.
func writeInput(t *testing.T, path, content string) {
	t.Helper()
	data := []byte(content)
	if strings.HasSuffix(path, ".gz") {
		var b bytes.Buffer
		zw := gzip.NewWriter(&b)
		zw.Write(data)
		zw.Close()
		data = b.Bytes()
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// sample writes the test's inputs into dir: synthetic articles in two
// files (one gzipped) with duplicate and missing ids, a malformed line,
// an empty text and English articles; the repository's seeds as JSON
// Lines; and, when the corpus is there, a sample of it. It returns the
// origin (FILE:LINE) of the malformed line.
func sample(t *testing.T, dir string) (malformed string) {
	t.Helper()
	rng := rand.New(rand.NewSource(2018))
	start := time.Date(2018, 1, 1, 8, 0, 0, 0, time.FixedZone("", 3*3600))
	var files [2]strings.Builder
	for i := range 300 {
		title, text := synthetic(rng)
		obj := map[string]any{"id": fmt.Sprintf("syn-%03d", i%290), "title": title, "text": text,
			"source": "synthetic", "url": fmt.Sprintf("https://example.org/%d", i)}
		switch i % 7 {
		case 0: // no publication date: Config.Published applies
		case 1:
			obj["published"] = start.AddDate(0, 0, i).Format(time.DateOnly)
		default:
			obj["published"] = start.Add(time.Duration(i) * 29 * time.Hour).Format(time.RFC3339)
		}
		if i%50 == 7 {
			delete(obj, "id")
		}
		files[i%2].WriteString(line(t, obj))
	}
	files[0].WriteString(line(t, map[string]any{"id": "english-1", "published": "2018-05-18",
		"text": "Russian President Vladimir Putin received Syrian President Bashar al-Assad in Sochi on Thursday, the Kremlin said. The two leaders discussed the political settlement."}))
	files[1].WriteString(line(t, map[string]any{"id": "english-2", "published": "2018-09-17",
		"text": "Turkish President Tayyip Erdogan met Russian President Vladimir Putin in Sochi on Monday to discuss Idlib."}))
	files[0].WriteString(`{"id":"broken","text":"استقبل بوتين` + "\n")
	malformed = filepath.Join(dir, "synthetic-1.jsonl") + ":" + fmt.Sprint(strings.Count(files[0].String(), "\n"))
	files[0].WriteString(line(t, map[string]any{"id": "empty", "text": "   "}))
	files[1].WriteString(line(t, map[string]any{"id": "syn-001", "text": "وصل زياد الفرا إلى عمان أمس."}))
	writeInput(t, filepath.Join(dir, "synthetic-1.jsonl"), files[0].String())
	writeInput(t, filepath.Join(dir, "synthetic-2.jsonl.gz"), files[1].String())

	seeds, err := filepath.Glob("../../seeds/*.txt")
	if err != nil || len(seeds) == 0 {
		t.Fatalf("no seeds: %v", err)
	}
	var sb strings.Builder
	for _, p := range seeds {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		text := string(data)
		title, _, _ := strings.Cut(text, "\n")
		sb.WriteString(line(t, map[string]any{"id": strings.TrimSuffix(filepath.Base(p), ".txt"), "title": title, "text": text}))
	}
	writeInput(t, filepath.Join(dir, "synthetic-3-seeds.jsonl"), sb.String())

	if _, err := os.Stat(corpus); err == nil {
		writeInput(t, filepath.Join(dir, "synthetic-4-corpus.jsonl.gz"), corpusSample(t))
	} else {
		t.Logf("no corpus at %s: synthetic articles and seeds only", corpus)
	}
	return malformed
}

// corpusSample returns every corpusEvery-th line of the corpus.
func corpusSample(t *testing.T) string {
	t.Helper()
	f, err := os.Open(corpus)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	br := bufio.NewReaderSize(zr, 1<<20)
	var sb strings.Builder
	for n := 0; ; n++ {
		b, err := br.ReadBytes('\n')
		if n%corpusEvery == 0 && len(b) > 0 {
			sb.Write(b)
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	return sb.String()
}

// single runs the extraction on one machine as extract -format jsonl
// -errors does, and returns its output and its -errors file.
func single(t *testing.T, paths []string, published time.Time, gazDir string) (records, failures []byte) {
	t.Helper()
	ctx := context.Background()
	g, err := pipeline.LoadGazetteers(gazetteers.FS, os.DirFS(gazDir))
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	// Empty documents are warnings, not failures, as in extract.
	docs := func(yield func(*doc.Document, error) bool) {
		for d, err := range input.Documents(ctx, paths, input.Options{Published: published}) {
			if err != nil && errors.Is(err, input.ErrEmpty) {
				continue
			}
			if !yield(d, err) {
				return
			}
		}
	}
	sum, err := run.Run(ctx, docs, pipeline.New(g), output.Lines{W: &out}, run.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var errs bytes.Buffer
	for _, f := range sum.Failures {
		b, err := json.Marshal(f)
		if err != nil {
			t.Fatal(err)
		}
		errs.Write(append(b, '\n'))
	}
	return out.Bytes(), errs.Bytes()
}

func lines(b []byte) []string {
	return strings.SplitAfter(string(b), "\n")[:strings.Count(string(b), "\n")]
}

// TestPrism runs the pipeline on Prism and compares every output with
// the single-machine extraction of the same files.
func TestPrism(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	malformed := sample(t, dir)
	gazDir := filepath.Join(dir, "gazetteers")
	if err := os.Mkdir(gazDir, 0o755); err != nil {
		t.Fatal(err)
	}
	writeInput(t, filepath.Join(gazDir, "test.yaml"), extraGazetteer)
	published := time.Date(2018, 7, 9, 0, 0, 0, 0, time.UTC)
	missing := filepath.Join(dir, "missing-*.jsonl")
	cfg := Config{
		Inputs:     []string{filepath.Join(dir, "synthetic-*.jsonl*"), missing},
		Output:     filepath.Join(dir, "out", "run"),
		Shards:     3,
		Export:     export.Formats,
		Published:  published,
		Gazetteers: map[string]string{"test.yaml": extraGazetteer},
	}
	p, s := beam.NewPipelineWithRoot()
	if err := Build(ctx, s, cfg); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	if _, err := prism.Execute(ctx, p); err != nil {
		t.Fatalf("prism: %v", err)
	}
	t.Logf("Prism run: %.1fs", time.Since(start).Seconds())

	paths, err := filepath.Glob(cfg.Inputs[0])
	if err != nil || len(paths) < 3 {
		t.Fatalf("inputs %v: %v", paths, err)
	}
	start = time.Now()
	wantRecords, wantFailures := single(t, paths, published, gazDir)
	t.Logf("single machine: %.1fs", time.Since(start).Seconds())

	// Records: the shards, concatenated and sorted, are extract's lines
	// sorted; each shard holds its ids and is in input order.
	want := lines(wantRecords)
	order := map[string]int{}
	for i, l := range want {
		order[l] = i
	}
	var got []string
	for i := range cfg.Shards {
		data, err := os.ReadFile(ShardName(cfg.Output, i, cfg.Shards))
		if err != nil {
			t.Fatal(err)
		}
		shardLines := lines(data)
		for j, l := range shardLines {
			var r doc.Result
			if err := json.Unmarshal([]byte(l), &r); err != nil {
				t.Fatalf("shard %d line %d: %v", i, j+1, err)
			}
			if k := shard(r.Document.ID, cfg.Shards); k != i {
				t.Errorf("shard %d holds %s, which hashes to shard %d", i, r.Document.ID, k)
			}
			if j > 0 && order[shardLines[j-1]] > order[l] {
				t.Errorf("shard %d: %s before %s, not in input order", i, shardLines[j-1][:40], l[:40])
			}
		}
		got = append(got, shardLines...)
	}
	if len(want) < 300 {
		t.Fatalf("extract wrote %d records, want at least 300", len(want))
	}
	slices.Sort(got)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		for i := range min(len(got), len(want)) {
			if got[i] != want[i] {
				t.Fatalf("records differ (%d on Beam, %d single-machine); first difference:\nbeam:    %.300s\nextract: %.300s", len(got), len(want), got[i], want[i])
			}
		}
		t.Fatalf("%d records on Beam, %d single-machine", len(got), len(want))
	}
	t.Logf("%d records identical", len(got))
	for _, needle := range []string{`"id":"test-ziad-farra"`, `"id":"syn-001~2"`, `"id":"synthetic-2-`, `"language":"en"`, `"type":"meeting"`} {
		if !strings.Contains(string(wantRecords), needle) {
			t.Errorf("no record has %s: the sample does not test what it should", needle)
		}
	}

	// Dead letters: extract's -errors file, then the pattern that matched
	// nothing (extract takes paths, not patterns).
	gotFailures, err := os.ReadFile(ErrorsName(cfg.Output))
	if err != nil {
		t.Fatal(err)
	}
	last := failureLine(run.Failure{Origin: missing, Reason: missing + ": no file matches"})
	if wantAll := string(wantFailures) + last; string(gotFailures) != wantAll {
		t.Errorf("dead letters:\n%s\nwant:\n%s", gotFailures, wantAll)
	}
	var found bool
	for _, l := range lines(gotFailures) {
		var f run.Failure
		if err := json.Unmarshal([]byte(l), &f); err != nil {
			t.Fatal(err)
		}
		if f.Origin == malformed && f.Reason == malformed+": invalid JSON: unexpected end of input" {
			found = true
		}
	}
	if !found {
		t.Errorf("the malformed line %s is not a dead letter with its reason:\n%s", malformed, gotFailures)
	}

	// The meeting export, as extract export writes it from the
	// single-machine output.
	recordsFile := filepath.Join(dir, "single.jsonl")
	writeInput(t, recordsFile, string(wantRecords))
	rs, err := results.Load(context.Background(), recordsFile)
	if err != nil {
		t.Fatal(err)
	}
	ms := dataset.Build(rs)
	if len(ms) < 20 {
		t.Errorf("%d meetings in the sample, want at least 20", len(ms))
	}
	t.Logf("%d meetings, %d dead letters", len(ms), len(lines(gotFailures)))
	for _, format := range cfg.Export {
		var wantExport bytes.Buffer
		if err := export.Write(&wantExport, format, ms); err != nil {
			t.Fatal(err)
		}
		gotExport, err := os.ReadFile(MeetingsName(cfg.Output, format))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(gotExport, wantExport.Bytes()) {
			t.Errorf("meeting export %s differs from extract export's (%d bytes, want %d)", format, len(gotExport), wantExport.Len())
		}
	}
}

func TestConfigCheck(t *testing.T) {
	ctx := context.Background()
	ok := Config{Inputs: []string{"in.jsonl"}, Output: "out/run", Shards: 1, Export: []string{"csv"}}
	if err := ok.check(ctx); err != nil {
		t.Fatalf("check(%+v) = %v", ok, err)
	}
	for _, tc := range []struct {
		change func(*Config)
		want   string
	}{
		{func(c *Config) { c.Inputs = nil }, "no inputs"},
		{func(c *Config) { c.Output = "" }, "no output"},
		{func(c *Config) { c.Shards = 0 }, "shards"},
		{func(c *Config) { c.Inputs = []string{"hdfs://x/in.jsonl"} }, `scheme "hdfs" not registered`},
		{func(c *Config) { c.Export = []string{"xlsx"} }, `unknown format "xlsx"`},
		{func(c *Config) { c.Gazetteers = map[string]string{"bad.yaml": "type: person\nentries:\n  - id: [\n"} }, "bad.yaml:"},
	} {
		c := ok
		tc.change(&c)
		err := c.check(ctx)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("check: got %v, want an error with %q", err, tc.want)
		}
	}
}

// panicky is a processor that panics.
type panicky struct{}

func (panicky) Process(context.Context, *doc.Document) (*doc.Result, error) { panic("boom") }

func TestProcessPanic(t *testing.T) {
	res, err := process(context.Background(), panicky{}, &doc.Document{ID: "a", Origin: "in.jsonl:1", Text: "نص"})
	if res != nil || err == nil || err.Error() != "internal error: boom" {
		t.Errorf("process of a panicking processor = %v, %v; want the error internal error: boom", res, err)
	}
}
