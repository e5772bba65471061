package export

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/extract-news/extract/pipeline/dataset"
)

// TestDyadsGolden compares the dyads of the fixture with
// testdata/dyads.FORMAT (go test -update rewrites them).
func TestDyadsGolden(t *testing.T) {
	ms := dataset.Build(fixture())
	for _, format := range DyadFormats {
		t.Run(format, func(t *testing.T) {
			var buf bytes.Buffer
			if err := WriteDyads(&buf, format, ms); err != nil {
				t.Fatal(err)
			}
			checkGolden(t, filepath.Join("testdata", "dyads."+format), buf.Bytes())
		})
	}
	if err := WriteDyads(&bytes.Buffer{}, "graphml", ms); err == nil {
		t.Error("dyads as graphml: no error")
	}
}

// TestDyads checks the pairs of each meeting of the fixture: a visit
// goes from its source role to the others, other meetings both ways.
func TestDyads(t *testing.T) {
	ms := dataset.Build(fixture())
	var buf bytes.Buffer
	if err := DyadsCSV(&buf, ms); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(rows[0], dyadColumns) {
		t.Fatalf("header %v, want %v", rows[0], dyadColumns)
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	got := map[string][]string{} // event id → "source>target cameo root goldstein"
	for _, r := range rows[1:] {
		got[r[col["event_id"]]] = append(got[r[col["event_id"]]], strings.Join([]string{
			r[col["source_id"]] + ">" + r[col["target_id"]], r[col["cameo"]], r[col["root_code"]], r[col["quad_class"]], r[col["goldstein"]]}, " "))
	}
	tests := []struct {
		event string
		want  []string
	}{
		// Putin hosts Assad in Sochi: 043, the host acts.
		{"a/meeting-1", []string{"vladimir-putin>bashar-al-assad 043 04 1 2.8"}},
		// A planned meeting: 036, both ways.
		{"b/meeting-2", []string{"vladimir-putin>recep-tayyip-erdogan 036 03 1 4.0", "recep-tayyip-erdogan>vladimir-putin 036 03 1 4.0"}},
		// A summit of three in Astana: 044, every ordered pair.
		{"c/meeting-1", []string{
			"vladimir-putin>hassan-rouhani 044 04 1 2.5", "vladimir-putin>recep-tayyip-erdogan 044 04 1 2.5",
			"hassan-rouhani>vladimir-putin 044 04 1 2.5", "hassan-rouhani>recep-tayyip-erdogan 044 04 1 2.5",
			"recep-tayyip-erdogan>vladimir-putin 044 04 1 2.5", "recep-tayyip-erdogan>hassan-rouhani 044 04 1 2.5"}},
		// A meeting without place or roles: 040, both ways.
		{"d/meeting-1", []string{"x-ahmad>bashar-al-assad 040 04 1 1.0", "bashar-al-assad>x-ahmad 040 04 1 1.0"}},
		// Rejected by a reviewer: no dyads.
		{"c/meeting-2", nil},
	}
	for _, tt := range tests {
		if !slices.Equal(got[tt.event], tt.want) {
			t.Errorf("%s: dyads %q, want %q", tt.event, got[tt.event], tt.want)
		}
	}
	for _, r := range rows[1:] {
		if r[col["event_id"]] == "a/meeting-1" {
			if r[col["publisher"]] != "france24;skynews" || r[col["extractor"]] != "extract v1.2.0 (0123456789ab);extract devel" {
				t.Errorf("Sochi dyad: publisher %q, extractor %q", r[col["publisher"]], r[col["extractor"]])
			}
		}
	}
}

// TestDirected covers the visits: guests act in 042, hosts in 043, and
// a visit without anyone in the source role falls back to both ways.
func TestDirected(t *testing.T) {
	a := func(id, role string) dataset.Actor { return dataset.Actor{ID: id, Name: id, Role: role} }
	tests := []struct {
		name string
		m    dataset.Meeting
		want []string
	}{
		{"042: the guests visit the host", dataset.Meeting{CAMEO: dataset.MakeVisit, Actors: []dataset.Actor{a("g1", "guest"), a("g2", "guest"), a("h", "host")}},
			[]string{"g1>h", "g2>h"}},
		{"043: the hosts receive everyone else", dataset.Meeting{CAMEO: dataset.HostVisit, Actors: []dataset.Actor{a("h", "host"), a("g", "guest"), a("p", "participant")}},
			[]string{"h>g", "h>p"}},
		{"043 without a host", dataset.Meeting{CAMEO: dataset.HostVisit, Actors: []dataset.Actor{a("x", "participant"), a("y", "participant")}},
			[]string{"x>y", "y>x"}},
		{"046 both ways", dataset.Meeting{CAMEO: dataset.Negotiate, Actors: []dataset.Actor{a("h", "host"), a("g", "guest")}},
			[]string{"h>g", "g>h"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, d := range dataset.Dyads([]dataset.Meeting{tt.m}) {
				got = append(got, d.Source.ID+">"+d.Target.ID)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("dyads %q, want %q", got, tt.want)
			}
		})
	}
}

// TestUTF8 checks that the JSON Lines exports write Arabic as UTF-8,
// not as \u escapes, and read back to the same text.
func TestUTF8(t *testing.T) {
	ms := dataset.Build(fixture())
	writers := map[string]func(*bytes.Buffer) error{
		"meetings": func(b *bytes.Buffer) error { return JSONL(b, ms) },
		"dyads":    func(b *bytes.Buffer) error { return DyadsJSONL(b, ms) },
	}
	for name, write := range writers {
		var buf bytes.Buffer
		if err := write(&buf); err != nil {
			t.Fatal(err)
		}
		if bytes.Contains(buf.Bytes(), []byte(`\u`)) || !bytes.Contains(buf.Bytes(), []byte("بشار الأسد")) {
			t.Errorf("%s: Arabic escaped or missing:\n%s", name, buf.Bytes())
		}
		sc := bufio.NewScanner(&buf)
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			var v map[string]any
			if err := json.Unmarshal(sc.Bytes(), &v); err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			if _, ok := v["cameo"].(string); !ok {
				t.Errorf("%s: cameo %v is not a string", name, v["cameo"])
			}
		}
	}
}

func TestGoldstein(t *testing.T) {
	tests := []struct {
		code string
		want float64
		ok   bool
		root string
		quad int
	}{
		{"036", 4.0, true, "03", 1},
		{"040", 1.0, true, "04", 1},
		{"042", 1.9, true, "04", 1},
		{"043", 2.8, true, "04", 1},
		{"044", 2.5, true, "04", 1},
		{"046", 7.0, true, "04", 1},
		{"190", 0, false, "19", 4},
		{"", 0, false, "", 0},
	}
	for _, tt := range tests {
		g, ok := dataset.Goldstein(tt.code)
		if g != tt.want || ok != tt.ok || dataset.RootCode(tt.code) != tt.root || dataset.QuadClass(tt.code) != tt.quad {
			t.Errorf("%q: Goldstein %v %v, root %q, quad %d; want %v %v, %q, %d", tt.code, g, ok,
				dataset.RootCode(tt.code), dataset.QuadClass(tt.code), tt.want, tt.ok, tt.root, tt.quad)
		}
	}
}
