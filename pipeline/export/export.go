// Package export writes the meeting dataset (package dataset) in the
// formats analysts load: CSV and JSON Lines with one record per meeting,
// in the shape of ICEWS and Phoenix event data, and GraphML for the
// who-met-whom network (Gephi, networkx, igraph).
package export

import (
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/extract-news/extract/pipeline/dataset"
)

// Formats lists the formats Write knows.
var Formats = []string{"csv", "jsonl", "graphml"}

// Write writes ms to w in format (one of Formats).
func Write(w io.Writer, format string, ms []dataset.Meeting) error {
	switch format {
	case "csv":
		return CSV(w, ms)
	case "jsonl":
		return JSONL(w, ms)
	case "graphml":
		return graphML(w, dataset.Network(ms), allExtractors(ms))
	}
	return fmt.Errorf("unknown format %q (want %s)", format, strings.Join(Formats, ", "))
}

// sep joins the values of a column that has one per source.
const sep = ";"

// CSV writes one row per meeting, with a header row. The columns are
//
//	event_id, date, date_basis, status,
//	actor1_name, actor1_id, actor1_country, actor1_role, actor2_… ,
//	cameo, cameo_name, place_name, place_id, place_country,
//	document_id, url, source, evidence, reports, review,
//	references, outlets, reference_only, extractor
//
// with as many actor groups as the meeting with the most participants
// needs (at least two); actor 1 is the CAMEO source actor, actor 2 the
// target. event_id is the meeting's stable id (the event id of its
// earliest report); date_basis says where its date comes from (see
// dataset.Meeting). document_id, url and source list every report and
// reference of the meeting, separated by semicolons; evidence is the
// sentence of the first report that holds the trigger; reports counts
// the reports and references, references those that are references,
// outlets the distinct sources; reference_only is "true" for a meeting
// known only from references; extractor names the builds that wrote
// their records, each once. Cells that a spreadsheet would take for a
// formula are neutralised (Neutralize).
func CSV(w io.Writer, ms []dataset.Meeting) error {
	n := 2
	for _, m := range ms {
		n = max(n, len(m.Actors))
	}
	cw := csv.NewWriter(w)
	head := []string{"event_id", "date", "date_basis", "status"}
	for i := 1; i <= n; i++ {
		p := "actor" + strconv.Itoa(i) + "_"
		head = append(head, p+"name", p+"id", p+"country", p+"role")
	}
	head = append(head, "cameo", "cameo_name", "place_name", "place_id", "place_country",
		"document_id", "url", "source", "evidence", "reports", "review",
		"references", "outlets", "reference_only", "extractor")
	if err := cw.Write(head); err != nil {
		return err
	}
	for _, m := range ms {
		row := []string{m.ID, m.Date, m.DateBasis, m.Status}
		for i := range n {
			if i < len(m.Actors) {
				a := m.Actors[i]
				row = append(row, a.Name, a.ID, a.Country, a.Role)
			} else {
				row = append(row, "", "", "", "")
			}
		}
		row = append(row, m.CAMEO, dataset.CodeName(m.CAMEO))
		if p := m.Place; p != nil {
			row = append(row, p.Name, p.ID, p.Country)
		} else {
			row = append(row, "", "", "")
		}
		docs, urls, outlets := sourceColumns(&m)
		row = append(row, docs, urls, outlets,
			m.Sources[0].Evidence.Text, strconv.Itoa(len(m.Sources)), m.Review,
			strconv.Itoa(m.References), strconv.Itoa(m.Outlets), strconv.FormatBool(m.ReferenceOnly), extractors(&m))
		if err := writeRow(cw, row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// writeRow writes a CSV record with every cell neutralised (Neutralize).
func writeRow(cw *csv.Writer, row []string) error {
	for i, c := range row {
		row[i] = Neutralize(c)
	}
	return cw.Write(row)
}

// Neutralize returns a CSV cell that a spreadsheet shows as text: a cell
// starting with =, +, -, @, a tab or a carriage return, which Excel,
// LibreOffice and Google Sheets read as a formula (a document id, source
// or evidence =HYPERLINK(…) would be live), gets a leading single quote,
// as OWASP recommends against CSV injection. The JSON Lines export keeps
// the raw values.
func Neutralize(cell string) string {
	if cell == "" {
		return cell
	}
	switch cell[0] {
	case '=', '+', '-', '@', '\t', '\r':
		return "'" + cell
	}
	return cell
}

// joinSome joins vs with sep, or returns "" when all are empty.
func joinSome(vs []string) string {
	for _, v := range vs {
		if v != "" {
			return strings.Join(vs, sep)
		}
	}
	return ""
}

// jsonMeeting is a meeting as one JSON Lines record.
type jsonMeeting struct {
	dataset.Meeting
	CAMEOName string `json:"cameo_name"`
	Extractor string `json:"extractor,omitempty"`
}

// JSONL writes one JSON object per meeting and line: the fields of
// dataset.Meeting, with cameo_name, every report under "sources" with its
// evidence sentence and trigger (offsets into its document), and
// extractor as in CSV.
func JSONL(w io.Writer, ms []dataset.Meeting) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, m := range ms {
		if err := enc.Encode(jsonMeeting{m, dataset.CodeName(m.CAMEO), extractors(&m)}); err != nil {
			return fmt.Errorf("meeting %s: %w", m.ID, err)
		}
	}
	return nil
}

// GraphML writes g as an undirected GraphML graph. Nodes are people (id:
// the entity id; label, name, name_ar, country, meetings); edges carry
// weight, the number of meetings, and meetings, their ids separated by
// spaces. Gephi takes label and weight as the node label and edge
// weight; networkx.read_graphml reads the attributes with their types.
// Write adds the graph attribute extractor (as in CSV).
func GraphML(w io.Writer, g dataset.Graph) error { return graphML(w, g, "") }

// graphML is GraphML with the graph attribute extractor, left out when
// empty.
func graphML(w io.Writer, g dataset.Graph, extractor string) error {
	var b strings.Builder
	b.WriteString(xml.Header)
	b.WriteString(`<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">` + "\n")
	for _, k := range [][3]string{
		{"extractor", "graph", "string"},
		{"label", "node", "string"}, {"name", "node", "string"}, {"name_ar", "node", "string"},
		{"country", "node", "string"}, {"meetings", "node", "int"},
		{"weight", "edge", "double"}, {"events", "edge", "string"},
	} {
		name := k[0]
		if k[0] == "events" {
			name = "meetings"
		}
		fmt.Fprintf(&b, "  <key id=%q for=%q attr.name=%q attr.type=%q/>\n", k[0], k[1], name, k[2])
	}
	b.WriteString(`  <graph id="meetings" edgedefault="undirected">`)
	data(&b, "extractor", extractor)
	b.WriteString("\n")
	for _, n := range g.Nodes {
		fmt.Fprintf(&b, "    <node id=\"%s\">", attr(n.ID))
		data(&b, "label", n.Name)
		data(&b, "name", n.Name)
		data(&b, "name_ar", n.NameAr)
		data(&b, "country", n.Country)
		data(&b, "meetings", strconv.Itoa(n.Meetings))
		b.WriteString("</node>\n")
	}
	for i, e := range g.Edges {
		fmt.Fprintf(&b, "    <edge id=\"e%d\" source=\"%s\" target=\"%s\">", i+1, attr(e.From), attr(e.To))
		data(&b, "weight", strconv.Itoa(e.Weight))
		data(&b, "events", strings.Join(e.Meetings, " "))
		b.WriteString("</edge>\n")
	}
	b.WriteString("  </graph>\n</graphml>\n")
	_, err := io.WriteString(w, b.String())
	return err
}

func data(b *strings.Builder, key, v string) {
	if v == "" {
		return
	}
	fmt.Fprintf(b, "<data key=%q>", key)
	xml.EscapeText(b, []byte(v))
	b.WriteString("</data>")
}

func attr(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(s))
	return b.String()
}
