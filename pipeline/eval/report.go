package eval

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

const tableHeader = "type           gold   sys    tp  P      R      F1\n"

func writeRow(b *strings.Builder, c Counts) {
	fmt.Fprintf(b, "%-13s %5d %5d %5d  %.3f  %.3f  %.3f\n", c.Type, c.Gold, c.System, c.TP, c.Precision, c.Recall, c.F1)
}

func (a Accuracy) String() string {
	if a.Total == 0 {
		return "0/0 (n/a)"
	}
	return fmt.Sprintf("%d/%d (%.2f)", a.Correct, a.Total, a.Value)
}

// WriteText writes the report as an aligned table; verbose adds every
// miss, false alarm and wrong location or date.
func (r *Report) WriteText(w io.Writer, verbose bool) error {
	var b strings.Builder
	b.WriteString(tableHeader)
	for _, c := range r.Scores {
		writeRow(&b, c)
	}
	fmt.Fprintf(&b, "meeting location accuracy %s, date accuracy %s\n", r.Location, r.Date)
	if r.Primary.Total > 0 {
		fmt.Fprintf(&b, "primary meeting pairs found %s\n", r.Primary)
	}
	if r.NotMeetingPairs > 0 {
		fmt.Fprintf(&b, "not_meetings pairs reported as occurred: %d of %d\n", r.NotMeetings, r.NotMeetingPairs)
	}
	fmt.Fprintf(&b, "documents: %d in gold, %d with output", r.Documents, r.Scored)
	if n := len(r.MissingDocuments); n > 0 {
		fmt.Fprintf(&b, ", %d without output (all missed)", n)
	}
	if n := len(r.IgnoredDocuments); n > 0 {
		fmt.Fprintf(&b, ", %d output documents not in the gold (ignored)", n)
	}
	b.WriteString("\n")
	if verbose {
		if len(r.MissingDocuments) > 0 {
			fmt.Fprintf(&b, "\nno output for: %s\n", strings.Join(r.MissingDocuments, ", "))
		}
		if len(r.IgnoredDocuments) > 0 {
			fmt.Fprintf(&b, "\nnot in the gold, ignored: %s\n", strings.Join(r.IgnoredDocuments, ", "))
		}
		for _, c := range r.Scores {
			if c.Optional > 0 {
				fmt.Fprintf(&b, "optional %s matched (not counted): %d\n", c.Type, c.Optional)
			}
		}
		writeItems(&b, "misses", r.Misses)
		writeItems(&b, "false alarms", r.FalseAlarms)
		writeItems(&b, "wrong location or date on matched meetings", r.Wrong)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func writeItems(b *strings.Builder, title string, items []Item) {
	fmt.Fprintf(b, "\n%s (%d):\n", title, len(items))
	for _, it := range items {
		fmt.Fprintf(b, "  %s  %-12s %s", it.Doc, it.Type, it.Name)
		if it.Kind != "" {
			fmt.Fprintf(b, " (%s)", it.Kind)
		}
		if it.ID != "" && !strings.Contains(it.Name, "("+it.ID+")") {
			fmt.Fprintf(b, " [%s]", it.ID)
		}
		if it.Text != "" {
			fmt.Fprintf(b, "  %s", quoteText(it))
		}
		if it.Sentence > 0 {
			fmt.Fprintf(b, "  sentence %d", it.Sentence)
		}
		if it.Line > 0 {
			fmt.Fprintf(b, "  (line %d)", it.Line)
		}
		if it.Reason != "" {
			fmt.Fprintf(b, "  — %s", it.Reason)
		}
		b.WriteString("\n")
		if it.Evidence != "" {
			fmt.Fprintf(b, "      evidence: %s\n", oneLine(it.Evidence))
		}
	}
}

func quoteText(it Item) string {
	if it.Type == "location" || it.Type == "date" {
		return it.Text
	}
	return "«" + oneLine(it.Text) + "»"
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// WriteJSON writes the report as indented JSON.
func (r *Report) WriteJSON(w io.Writer) error { return writeJSON(w, r) }

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// Brief drops the itemized errors (what -v adds), keeping the scores.
func (r *Report) Brief() {
	r.Misses, r.FalseAlarms, r.Wrong = nil, nil, nil
}
