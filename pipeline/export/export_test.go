package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/extract-news/extract/pipeline/dataset"
	"github.com/extract-news/extract/pipeline/doc"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

var entities = []doc.Entity{
	{ID: "vladimir-putin", Type: doc.Person, Name: "Vladimir Putin", NameAr: "فلاديمير بوتين", Country: "RU"},
	{ID: "bashar-al-assad", Type: doc.Person, Name: "Bashar al-Assad", NameAr: "بشار الأسد", Country: "SY"},
	{ID: "hassan-rouhani", Type: doc.Person, Name: "Hassan Rouhani", NameAr: "حسن روحاني", Country: "IR"},
	{ID: "recep-tayyip-erdogan", Type: doc.Person, Name: "Recep Tayyip Erdoğan", NameAr: "رجب طيب أردوغان", Country: "TR"},
	{ID: "x-ahmad", Type: doc.Person, Name: `Ahmad "Abu Ali" & sons`, NameAr: "أحمد"},
	{ID: "sochi", Type: doc.Place, Name: "Sochi", NameAr: "سوتشي", Country: "RU"},
	{ID: "astana", Type: doc.Place, Name: "Astana", NameAr: "أستانا", Country: "KZ"},
}

func event(docID string, n int, status, trigger, date, place string, evidence string, people ...string) doc.Event {
	e := doc.Event{ID: docID + "/meeting-" + string(rune('0'+n)), Type: "meeting", Status: status,
		Trigger:  doc.Span{Text: trigger, Start: 3, End: 3 + len([]rune(trigger)), Sentence: 1},
		Evidence: []doc.Span{{Text: evidence, Start: 0, End: len([]rune(evidence)), Sentence: 1}}}
	for _, p := range people {
		e.Participants = append(e.Participants, doc.Participant{Entity: p, Role: "participant"})
	}
	if place != "" {
		e.Location = &doc.Location{Entity: place}
	}
	if date != "" {
		e.Date = &doc.Date{Text: "الخميس", Start: 1, End: 2, Value: date}
	}
	return e
}

// fixture is four documents: two outlets on one meeting in Sochi, a
// summit in Astana, a plan, a meeting a reviewer rejected and one with an
// unknown person whose name needs escaping.
func fixture() []*doc.Result {
	res := func(id, pub, source string, evs ...doc.Event) *doc.Result {
		// Document b was extracted by another build than the others.
		extractor := "extract v1.2.0 (0123456789ab)"
		if id == "b" {
			extractor = "extract devel"
		}
		return &doc.Result{FormatVersion: doc.FormatVersion,
			Document: doc.Meta{ID: id, Title: "title of " + id, Published: pub, Source: source, URL: "https://example.org/" + id + "?a=1&b=2", Extractor: extractor},
			Entities: entities, Events: evs}
	}
	rejected := event("c", 2, doc.Occurred, "التقى", "2018-05-20", "", "rejected", "vladimir-putin", "hassan-rouhani")
	rejected.Review = &doc.Review{Status: doc.Rejected, Note: "a phone call"}
	return []*doc.Result{
		res("a", "2018-05-17T20:59:52Z", "france24",
			event("a", 1, doc.Occurred, "لقائه", "2018-05-17", "sochi", `قال بوتين خلال لقائه الأسد في سوتشي، "اليوم".`, "vladimir-putin", "bashar-al-assad")),
		res("b", "2018-05-18T05:04:56Z", "skynews",
			event("b", 1, doc.Occurred, "محادثات", "", "sochi", "أجرى بوتن محادثات مع الأسد.", "bashar-al-assad", "vladimir-putin"),
			event("b", 2, doc.Planned, "سيلتقي", "2018-05-25", "", "سيلتقي بوتين أردوغان.", "vladimir-putin", "recep-tayyip-erdogan")),
		res("c", "2018-05-20T10:00:00Z", "",
			event("c", 1, doc.Occurred, "قمة", "2018-05-19", "astana", "قمة ثلاثية في أستانا.", "vladimir-putin", "hassan-rouhani", "recep-tayyip-erdogan"),
			rejected),
		res("d", "", "", event("d", 1, doc.Occurred, "التقى", "", "", "التقى أحمد الأسد.", "x-ahmad", "bashar-al-assad")),
	}
}

func TestGolden(t *testing.T) {
	ms := dataset.Build(fixture())
	for _, format := range Formats {
		t.Run(format, func(t *testing.T) {
			var buf bytes.Buffer
			if err := Write(&buf, format, ms); err != nil {
				t.Fatal(err)
			}
			checkGolden(t, filepath.Join("testdata", "meetings."+format), buf.Bytes())
		})
	}
}

// checkGolden compares got with the golden file (go test -update
// rewrites it first).
func checkGolden(t *testing.T, golden string, got []byte) {
	t.Helper()
	if *update {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to write it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the output:\n%s", golden, got)
	}
}

func TestCSV(t *testing.T) {
	ms := dataset.Build(fixture())
	var buf bytes.Buffer
	if err := CSV(&buf, ms); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != len(ms)+1 {
		t.Fatalf("%d rows, want a header and %d meetings", len(rows), len(ms))
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	if _, ok := col["actor3_role"]; !ok {
		t.Errorf("no actor3 columns for the summit of three: %v", rows[0])
	}
	found := false
	for _, r := range rows[1:] {
		if r[col["place_id"]] == "sochi" {
			found = true
			if r[col["document_id"]] != "a;b" || r[col["source"]] != "france24;skynews" || r[col["reports"]] != "2" {
				t.Errorf("Sochi meeting: documents %q, sources %q, reports %q; want both outlets",
					r[col["document_id"]], r[col["source"]], r[col["reports"]])
			}
			if r[col["cameo"]] != dataset.HostVisit || r[col["actor1_id"]] != "vladimir-putin" || r[col["actor1_role"]] != "host" {
				t.Errorf("Sochi meeting: %s with %s (%s) as source actor, want 043 with Putin hosting",
					r[col["cameo"]], r[col["actor1_id"]], r[col["actor1_role"]])
			}
		}
		if strings.Contains(r[col["evidence"]], "rejected") {
			t.Errorf("a rejected event was exported: %v", r)
		}
	}
	if !found {
		t.Error("no Sochi meeting")
	}
}

func TestJSONL(t *testing.T) {
	ms := dataset.Build(fixture())
	var buf bytes.Buffer
	if err := JSONL(&buf, ms); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
	if len(lines) != len(ms) {
		t.Fatalf("%d lines, want %d", len(lines), len(ms))
	}
	for i, l := range lines {
		var m struct {
			ID, CAMEO, CAMEOName string
			Sources              []json.RawMessage
		}
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Fatalf("line %d: %v", i+1, err)
		}
		if m.ID != ms[i].ID || len(m.Sources) != len(ms[i].Sources) {
			t.Errorf("line %d: %s with %d sources, want %s with %d", i+1, m.ID, len(m.Sources), ms[i].ID, len(ms[i].Sources))
		}
	}
}

func TestGraphML(t *testing.T) {
	g := dataset.Network(dataset.Build(fixture()))
	var buf bytes.Buffer
	if err := GraphML(&buf, g); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Keys []struct {
			ID   string `xml:"id,attr"`
			For  string `xml:"for,attr"`
			Name string `xml:"attr.name,attr"`
		} `xml:"key"`
		Graph struct {
			Nodes []struct {
				ID   string `xml:"id,attr"`
				Data []struct {
					Key   string `xml:"key,attr"`
					Value string `xml:",chardata"`
				} `xml:"data"`
			} `xml:"node"`
			Edges []struct {
				Source string `xml:"source,attr"`
				Target string `xml:"target,attr"`
				Data   []struct {
					Key   string `xml:"key,attr"`
					Value string `xml:",chardata"`
				} `xml:"data"`
			} `xml:"edge"`
		} `xml:"graph"`
	}
	if err := xml.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatalf("not XML: %v\n%s", err, buf.Bytes())
	}
	if len(doc.Graph.Nodes) != len(g.Nodes) || len(doc.Graph.Edges) != len(g.Edges) {
		t.Fatalf("%d nodes and %d edges, want %d and %d", len(doc.Graph.Nodes), len(doc.Graph.Edges), len(g.Nodes), len(g.Edges))
	}
	names := map[string]string{}
	for _, n := range doc.Graph.Nodes {
		for _, d := range n.Data {
			if d.Key == "name" {
				names[n.ID] = d.Value
			}
		}
	}
	if names["x-ahmad"] != `Ahmad "Abu Ali" & sons` {
		t.Errorf("escaped name read back as %q", names["x-ahmad"])
	}
	weights := map[string]string{}
	for _, e := range doc.Graph.Edges {
		for _, d := range e.Data {
			if d.Key == "weight" {
				weights[e.Source+"-"+e.Target] = d.Value
			}
		}
	}
	// Putin and Assad met once (two reports of one meeting); the plan
	// with Erdoğan is not an edge, the summit is.
	for pair, w := range map[string]string{"bashar-al-assad-vladimir-putin": "1", "recep-tayyip-erdogan-vladimir-putin": "1", "bashar-al-assad-x-ahmad": "1"} {
		if weights[pair] != w {
			t.Errorf("edge %s weight %q, want %s (edges %v)", pair, weights[pair], w, weights)
		}
	}
}

func TestWriteUnknownFormat(t *testing.T) {
	if err := Write(&bytes.Buffer{}, "xlsx", nil); err == nil || !strings.Contains(err.Error(), `"xlsx"`) {
		t.Errorf("Write xlsx: %v, want an error naming the format", err)
	}
}
