package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"

	"github.com/extract-news/extract/pipeline/dataset"
)

func TestNeutralize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"plain", "plain"},
		{"=HYPERLINK(\"http://x\",\"y\")", "'=HYPERLINK(\"http://x\",\"y\")"},
		{"+1+2", "'+1+2"},
		{"-2+3", "'-2+3"},
		{"@SUM(A1)", "'@SUM(A1)"},
		{"\t=1", "'\t=1"},
		{"\r=1", "'\r=1"},
		{"a=b", "a=b"},
		{"بشار", "بشار"},
		{"2018-05-17", "2018-05-17"},
	}
	for _, tt := range tests {
		if got := Neutralize(tt.in); got != tt.want {
			t.Errorf("Neutralize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestCSVInjection writes meetings whose document id, source, url and
// evidence are formulas: the CSV cells are neutralised, the JSON Lines
// export keeps the raw values.
func TestCSVInjection(t *testing.T) {
	ms := dataset.Build(fixture())
	evil := map[string]string{
		"document_id": `=HYPERLINK("http://evil","x")`,
		"source":      "+cmd|' /C calc'!A0",
		"url":         "@SUM(1+1)",
		"evidence":    "-1+1",
	}
	s := &ms[0].Sources[0]
	s.Document, s.Outlet, s.URL, s.Evidence.Text = evil["document_id"], evil["source"], evil["url"], evil["evidence"]
	ms = ms[:1]
	ms[0].Sources = ms[0].Sources[:1]
	var buf bytes.Buffer
	if err := CSV(&buf, ms); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	for name, raw := range evil {
		if got := rows[1][col[name]]; got != "'"+raw {
			t.Errorf("CSV %s = %q, want %q", name, got, "'"+raw)
		}
	}
	buf.Reset()
	if err := JSONL(&buf, ms); err != nil {
		t.Fatal(err)
	}
	for name, raw := range evil {
		want := raw
		if j, err := jsonString(raw); err == nil {
			want = j
		}
		if !strings.Contains(buf.String(), want) {
			t.Errorf("JSON Lines lacks the raw %s %s:\n%s", name, want, buf.String())
		}
	}
}

// jsonString is s as encoding/json writes it without HTML escapes, less
// the quotes.
func jsonString(s string) (string, error) {
	var b bytes.Buffer
	enc := jsonEncoder(&b)
	if err := enc.Encode(s); err != nil {
		return "", err
	}
	out := strings.TrimSpace(b.String())
	return out[1 : len(out)-1], nil
}

func jsonEncoder(b *bytes.Buffer) *json.Encoder {
	enc := json.NewEncoder(b)
	enc.SetEscapeHTML(false)
	return enc
}

// TestDyadsCSVInjection: the dyad CSV neutralises its cells as CSV does.
func TestDyadsCSVInjection(t *testing.T) {
	ms := dataset.Build(fixture())
	s := &ms[0].Sources[0]
	s.Document, s.URL, s.Evidence.Text = `=HYPERLINK("http://evil","x")`, "@SUM(1+1)", "-1+1"
	ms = ms[:1]
	ms[0].Sources = ms[0].Sources[:1]
	var buf bytes.Buffer
	if err := DyadsCSV(&buf, ms); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) < 2 {
		t.Fatalf("no dyad rows:\n%s", buf.String())
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	for name, want := range map[string]string{
		"document_id": `'=HYPERLINK("http://evil","x")`,
		"url":         "'@SUM(1+1)",
		"evidence":    "'-1+1",
	} {
		if got := rows[1][col[name]]; got != want {
			t.Errorf("dyads %s = %q, want %q", name, got, want)
		}
	}
}
