package export

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/extract-news/extract/pipeline/dataset"
)

// DyadFormats lists the formats WriteDyads knows.
var DyadFormats = []string{"csv", "jsonl"}

// WriteDyads writes the directed dyads of ms (dataset.Dyads) to w in
// format (one of DyadFormats): one row per source–target pair, as ICEWS
// and Phoenix lay out their events.
func WriteDyads(w io.Writer, format string, ms []dataset.Meeting) error {
	switch format {
	case "csv":
		return DyadsCSV(w, ms)
	case "jsonl":
		return DyadsJSONL(w, ms)
	}
	return fmt.Errorf("unknown format %q for dyads (want %s)", format, strings.Join(DyadFormats, ", "))
}

// dyadColumns are the columns of a dyad row, in order.
var dyadColumns = []string{
	"event_id", "date", "date_basis", "status",
	"source_id", "source_name", "source_name_ar", "source_country", "source_role",
	"target_id", "target_name", "target_name_ar", "target_country", "target_role",
	"cameo", "cameo_name", "root_code", "quad_class", "goldstein",
	"place_id", "place_name", "place_country",
	"document_id", "url", "publisher", "evidence", "reports", "review", "extractor",
}

// dyadRow is one dyad as JSON: the columns of dyadColumns, numbers as
// numbers.
type dyadRow struct {
	EventID       string   `json:"event_id"`
	Date          string   `json:"date"`
	DateBasis     string   `json:"date_basis"`
	Status        string   `json:"status"`
	SourceID      string   `json:"source_id"`
	SourceName    string   `json:"source_name"`
	SourceNameAr  string   `json:"source_name_ar"`
	SourceCountry string   `json:"source_country"`
	SourceRole    string   `json:"source_role"`
	TargetID      string   `json:"target_id"`
	TargetName    string   `json:"target_name"`
	TargetNameAr  string   `json:"target_name_ar"`
	TargetCountry string   `json:"target_country"`
	TargetRole    string   `json:"target_role"`
	CAMEO         string   `json:"cameo"`
	CAMEOName     string   `json:"cameo_name"`
	RootCode      string   `json:"root_code"`
	QuadClass     int      `json:"quad_class"`
	Goldstein     *float64 `json:"goldstein"`
	PlaceID       string   `json:"place_id"`
	PlaceName     string   `json:"place_name"`
	PlaceCountry  string   `json:"place_country"`
	DocumentID    string   `json:"document_id"`
	URL           string   `json:"url"`
	Publisher     string   `json:"publisher"`
	Evidence      string   `json:"evidence"`
	Reports       int      `json:"reports"`
	Review        string   `json:"review"`
	Extractor     string   `json:"extractor"`
}

// row returns the dyad as a dyadRow.
func row(d dataset.Dyad) dyadRow {
	m := d.Meeting
	r := dyadRow{
		EventID: m.ID, Date: m.Date, DateBasis: m.DateBasis, Status: m.Status,
		SourceID: d.Source.ID, SourceName: d.Source.Name, SourceNameAr: d.Source.NameAr, SourceCountry: d.Source.Country, SourceRole: d.Source.Role,
		TargetID: d.Target.ID, TargetName: d.Target.Name, TargetNameAr: d.Target.NameAr, TargetCountry: d.Target.Country, TargetRole: d.Target.Role,
		CAMEO: m.CAMEO, CAMEOName: dataset.CodeName(m.CAMEO), RootCode: dataset.RootCode(m.CAMEO), QuadClass: dataset.QuadClass(m.CAMEO),
		Reports: len(m.Sources), Review: m.Review, Extractor: extractors(m),
	}
	if g, ok := dataset.Goldstein(m.CAMEO); ok {
		r.Goldstein = &g
	}
	if p := m.Place; p != nil {
		r.PlaceID, r.PlaceName, r.PlaceCountry = p.ID, p.Name, p.Country
	}
	r.DocumentID, r.URL, r.Publisher = sourceColumns(m)
	if len(m.Sources) > 0 {
		r.Evidence = m.Sources[0].Evidence.Text
	}
	return r
}

// DyadsCSV writes one row per directed dyad, with a header row; the
// columns are those of dyadColumns. goldstein is empty for a code
// without a Goldstein value.
func DyadsCSV(w io.Writer, ms []dataset.Meeting) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(dyadColumns); err != nil {
		return err
	}
	for _, d := range dataset.Dyads(ms) {
		r := row(d)
		g := ""
		if r.Goldstein != nil {
			g = strconv.FormatFloat(*r.Goldstein, 'f', 1, 64)
		}
		rec := []string{r.EventID, r.Date, r.DateBasis, r.Status,
			r.SourceID, r.SourceName, r.SourceNameAr, r.SourceCountry, r.SourceRole,
			r.TargetID, r.TargetName, r.TargetNameAr, r.TargetCountry, r.TargetRole,
			r.CAMEO, r.CAMEOName, r.RootCode, strconv.Itoa(r.QuadClass), g,
			r.PlaceID, r.PlaceName, r.PlaceCountry,
			r.DocumentID, r.URL, r.Publisher, r.Evidence, strconv.Itoa(r.Reports), r.Review, r.Extractor}
		if err := writeRow(cw, rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// DyadsJSONL writes one JSON object per directed dyad and line, with
// the keys of the CSV columns; quad_class, goldstein (null without a
// value) and reports are numbers.
func DyadsJSONL(w io.Writer, ms []dataset.Meeting) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, d := range dataset.Dyads(ms) {
		if err := enc.Encode(row(d)); err != nil {
			return fmt.Errorf("meeting %s: %w", d.Meeting.ID, err)
		}
	}
	return nil
}

// sourceColumns returns the document ids of the reports of m joined by
// sep, and their URLs and outlets (joinSome).
func sourceColumns(m *dataset.Meeting) (string, string, string) {
	var docs, urls, outlets []string
	for _, s := range m.Sources {
		docs = append(docs, s.Document)
		urls = append(urls, s.URL)
		outlets = append(outlets, s.Outlet)
	}
	return strings.Join(docs, sep), joinSome(urls), joinSome(outlets)
}

// extractors returns the builds that wrote the reports of m, each once,
// in report order, joined by sep.
func extractors(m *dataset.Meeting) string {
	return strings.Join(addExtractors(nil, m), sep)
}

// allExtractors returns the builds that wrote the reports of ms, each
// once, in order, joined by sep.
func allExtractors(ms []dataset.Meeting) string {
	var out []string
	for i := range ms {
		out = addExtractors(out, &ms[i])
	}
	return strings.Join(out, sep)
}

// addExtractors appends to out the builds that wrote the reports of m
// and that out lacks, in report order.
func addExtractors(out []string, m *dataset.Meeting) []string {
	for _, s := range m.Sources {
		if s.Extractor != "" && !slices.Contains(out, s.Extractor) {
			out = append(out, s.Extractor)
		}
	}
	return out
}
