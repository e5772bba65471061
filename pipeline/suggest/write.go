package suggest

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/extract-news/extract/pipeline/doc"
)

// Options select the candidates WriteYAML writes.
type Options struct {
	// Min is the number of documents a candidate must occur in; 0 or 1
	// keeps them all.
	Min int
	// Limit is the number of candidates per type; 0 writes all.
	Limit int
	// Types are the types to write (doc.Person, doc.Place,
	// doc.Organization); empty writes all three.
	Types []string
}

// WriteYAML writes the candidates as gazetteer files a curator can edit
// and paste: for each type, a YAML document "type: …, entries: […]" whose
// entries carry a suggested id, a transliterated name to correct, the
// Arabic name and, in comments, the counts, the titles or settlement
// nouns seen before the name (with the office they name, so that a role
// can be added with its dates) and a sample sentence with its document
// id. The documents are separated by "---"; each parses as a gazetteer
// file.
func (c *Collector) WriteYAML(w io.Writer, opts Options) error {
	bw := bufio.NewWriter(w)
	types := opts.Types
	if len(types) == 0 {
		types = []string{doc.Person, doc.Place, doc.Organization}
	}
	ids := map[string]bool{}
	cov := c.Coverage()
	for i, typ := range types {
		if typ != doc.Person && typ != doc.Place && typ != doc.Organization {
			return fmt.Errorf("suggest: unknown type %q (want person, place or organization)", typ)
		}
		cands := c.Candidates(typ, opts.Min)
		if opts.Limit > 0 && len(cands) > opts.Limit {
			cands = cands[:opts.Limit]
		}
		if i > 0 {
			bw.WriteString("---\n")
		}
		fmt.Fprintf(bw, "# extract gazetteer suggest: %s from %s, most frequent first.\n", plural(len(cands), typ+" candidate"), plural(cov.Documents, "document"))
		switch typ {
		case doc.Person:
			fmt.Fprintf(bw, "# People after an office title: %d mentions known, %d unknown (%.1f%% covered).\n", cov.Known, cov.Unknown, 100*cov.Share())
			bw.WriteString("# Correct each name, check the id, add the roles with their dates (a role\n" +
				"# needs a from date: leave it out when unsure), then paste the entries into\n" +
				"# gazetteers/people.yaml and run \"extract gazetteer check\".\n")
		case doc.Place:
			bw.WriteString("# Correct each name and kind, add the country, then paste the entries into\n" +
				"# gazetteers/places.yaml and run \"extract gazetteer check\".\n")
		case doc.Organization:
			bw.WriteString("# Correct each name, add the kind and the forms the texts use, then paste the\n" +
				"# entries into gazetteers/organizations.yaml and run \"extract gazetteer check\".\n")
		}
		fmt.Fprintf(bw, "type: %s\nentries:", typ)
		if len(cands) == 0 {
			bw.WriteString(" []\n")
			continue
		}
		bw.WriteString("\n")
		for _, k := range cands {
			writeCandidate(bw, k, c.uniqueID(k.ID(), ids))
		}
	}
	return bw.Flush()
}

// uniqueID returns id, or id with a number appended, so that it names
// neither a gazetteer entry nor an id already written.
func (c *Collector) uniqueID(id string, used map[string]bool) string {
	out := id
	for n := 2; ; n++ {
		_, known := c.g.Set.Lookup(out)
		if !known && !used[out] {
			used[out] = true
			return out
		}
		out = fmt.Sprintf("%s-%d", id, n)
	}
}

func writeCandidate(w *bufio.Writer, k *Candidate, id string) {
	fmt.Fprintf(w, "\n  # %s; %s\n", plural(k.Documents, "document"), plural(k.Mentions, "mention"))
	var how []string
	for _, v := range vias {
		if n := k.Via[v.via]; n > 0 {
			how = append(how, fmt.Sprintf("%s %d", v.label, n))
		}
	}
	if len(how) > 0 {
		fmt.Fprintf(w, "  # found: %s\n", strings.Join(how, ", "))
	}
	if len(k.Cues) > 0 {
		var cs []string
		for i, cu := range k.Cues {
			if i == 5 {
				cs = append(cs, "…")
				break
			}
			s := fmt.Sprintf("%s ×%d", cu.Text, cu.Count)
			if cu.Role != "" {
				s += " (" + strings.TrimSuffix(cu.Role+" "+cu.Country, " ") + ")"
			}
			cs = append(cs, s)
		}
		label := "titles"
		if k.Type == doc.Place {
			label = "after"
		}
		fmt.Fprintf(w, "  # %s: %s\n", label, strings.Join(cs, "; "))
	}
	if k.Sample.Sentence != "" {
		fmt.Fprintf(w, "  # sample (%s): %s\n", oneLine(k.Sample.Document), oneLine(k.Sample.Sentence))
	}
	fmt.Fprintf(w, "  - id: %s\n", id)
	if k.English != "" {
		fmt.Fprintf(w, "    name: %s  # check it\n", scalar(k.Name()))
	} else {
		fmt.Fprintf(w, "    name: %s  # transliterated: correct it\n", scalar(k.Name()))
	}
	fmt.Fprintf(w, "    name_ar: %s\n", scalar(k.NameAr))
	switch k.Type {
	case doc.Person:
		country, role := "", ""
		for _, cu := range k.Cues {
			if cu.Role != "" && role == "" {
				role, country = cu.Role, cu.Country
			}
		}
		if country != "" {
			fmt.Fprintf(w, "    country: %s\n", country)
		}
		if role != "" {
			w.WriteString("    # roles:\n")
			if country != "" {
				fmt.Fprintf(w, "    #   - {role: %s, country: %s, from: YYYY-MM-DD}\n", role, country)
			} else {
				fmt.Fprintf(w, "    #   - {role: %s, country: XX, from: YYYY-MM-DD}\n", role)
			}
		}
	case doc.Place:
		if len(k.Cues) > 0 && k.Cues[0].Kind != "" {
			fmt.Fprintf(w, "    kind: %s\n", k.Cues[0].Kind)
		}
	case doc.Organization:
		if k.Country != "" {
			fmt.Fprintf(w, "    country: %s\n", k.Country)
		}
		var forms []string
		for f := range k.forms {
			if f != k.NameAr {
				forms = append(forms, f)
			}
		}
		if len(forms) > 0 {
			sort.Strings(forms)
			fmt.Fprintf(w, "    aliases: [%s]\n", strings.Join(forms, ", "))
		}
	}
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// scalar writes s as a YAML scalar, quoted when YAML needs it.
func scalar(s string) string {
	b, err := yaml.Marshal(s)
	if err != nil {
		return fmt.Sprintf("%q", s)
	}
	return strings.TrimSuffix(string(b), "\n")
}
