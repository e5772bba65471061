package eval

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf8"

	"github.com/extract-news/extract/pipeline/doc"
)

// CoNLL span types.
const (
	PER  = "PER"
	LOC  = "LOC"
	ORG  = "ORG"
	MISC = "MISC"
)

// CoNLLTypes are the scored CoNLL types, in report order.
var CoNLLTypes = []string{PER, LOC, ORG}

// conllType maps system entity types to CoNLL types.
var conllType = map[string]string{doc.Person: PER, doc.Place: LOC, doc.Organization: ORG}

// Sentence is one sentence of a CoNLL corpus.
type Sentence struct {
	// Tokens and Tags are parallel; tags are as written (B-PERS, O, …).
	Tokens []string
	Tags   []string
	// Line is the line of the first token.
	Line int
}

// Text joins the tokens with single spaces.
func (s *Sentence) Text() string { return strings.Join(s.Tokens, " ") }

// offsets returns each token's code-point range in Text.
func (s *Sentence) offsets() [][2]int {
	out := make([][2]int, len(s.Tokens))
	pos := 0
	for i, t := range s.Tokens {
		n := utf8.RuneCountInString(t)
		out[i] = [2]int{pos, pos + n}
		pos += n + 1
	}
	return out
}

// Span is a typed range of tokens [Start, End).
type Span struct {
	Type       string
	Start, End int
}

// LoadCoNLL reads a CoNLL file.
func LoadCoNLL(path string) ([]Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ReadCoNLL(f, path)
}

// ReadCoNLL reads `token TAG` lines (white-space separated; the first
// field is the token and the last the tag), a blank line between
// sentences, -DOCSTART- lines ignored. name is used in error messages.
func ReadCoNLL(r io.Reader, name string) ([]Sentence, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 16*1024*1024)
	var out []Sentence
	var cur Sentence
	flush := func() {
		if len(cur.Tokens) > 0 {
			out = append(out, cur)
		}
		cur = Sentence{}
	}
	line := 0
	for sc.Scan() {
		line++
		text := sc.Text()
		if line == 1 {
			text = strings.TrimPrefix(text, "\uFEFF")
		}
		f := strings.Fields(text)
		if len(f) == 0 {
			flush()
			continue
		}
		if strings.HasPrefix(f[0], "-DOCSTART-") {
			flush()
			continue
		}
		if len(f) < 2 {
			return nil, fmt.Errorf("%s:%d: want `token TAG`, got %q", name, line, text)
		}
		tag := f[len(f)-1]
		if _, _, err := parseTag(tag); err != nil {
			return nil, fmt.Errorf("%s:%d: %v", name, line, err)
		}
		if len(cur.Tokens) == 0 {
			cur.Line = line
		}
		cur.Tokens = append(cur.Tokens, f[0])
		cur.Tags = append(cur.Tags, tag)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	flush()
	return out, nil
}

// parseTag splits an IOB tag into its prefix (B, I or O) and type
// (PERS → PER; MIS, MIS1, … → MISC).
func parseTag(tag string) (prefix byte, typ string, err error) {
	if tag == "O" {
		return 'O', "", nil
	}
	if len(tag) < 3 || (tag[0] != 'B' && tag[0] != 'I') || (tag[1] != '-' && tag[1] != '_') {
		return 0, "", fmt.Errorf("malformed tag %q (want O, B-TYPE or I-TYPE)", tag)
	}
	typ = strings.ToUpper(tag[2:])
	switch {
	case typ == "PERS" || typ == "PER":
		typ = PER
	case strings.HasPrefix(typ, "MIS"):
		typ = MISC
	}
	return tag[0], typ, nil
}

// GoldSpans returns the spans of IOB tags. An I- tag that does not
// continue a span of its type starts one.
func GoldSpans(tags []string) []Span {
	var out []Span
	open := -1
	for i, t := range tags {
		prefix, typ, err := parseTag(t)
		if err != nil || prefix == 'O' {
			open = -1
			continue
		}
		if prefix == 'I' && open >= 0 && out[open].Type == typ && out[open].End == i {
			out[open].End = i + 1
			continue
		}
		out = append(out, Span{Type: typ, Start: i, End: i + 1})
		open = len(out) - 1
	}
	return out
}

// SystemSpans maps the person, place and organization mentions of r to
// the token spans of s: a mention covers the tokens whose code-point
// ranges it overlaps. Duplicates are removed.
func SystemSpans(s *Sentence, r *doc.Result) []Span {
	if r == nil {
		return nil
	}
	offs := s.offsets()
	seen := map[Span]bool{}
	var out []Span
	for _, e := range r.Entities {
		typ, ok := conllType[e.Type]
		if !ok {
			continue
		}
		for _, m := range e.Mentions {
			sp := Span{Type: typ, Start: -1}
			for i, o := range offs {
				if o[0] < m.End && m.Start < o[1] {
					if sp.Start < 0 {
						sp.Start = i
					}
					sp.End = i + 1
				}
			}
			if sp.Start >= 0 && !seen[sp] {
				seen[sp] = true
				out = append(out, sp)
			}
		}
	}
	return out
}

// SentenceID is the document id given to sentence i (0-based).
func SentenceID(i int) string { return fmt.Sprintf("conll-%06d", i+1) }

// CoNLLDocuments turns each sentence into a document whose text is its
// tokens joined with spaces, with id SentenceID(i).
func CoNLLDocuments(sents []Sentence) []*doc.Document {
	out := make([]*doc.Document, len(sents))
	for i := range sents {
		out[i] = &doc.Document{ID: SentenceID(i), Text: sents[i].Text()}
	}
	return out
}

// CoNLLReport is the result of scoring tagging on a CoNLL corpus.
type CoNLLReport struct {
	// Corpus is the file scored.
	Corpus string `json:"corpus,omitempty"`
	// Sentences and Tokens count the corpus; Ignored counts the gold
	// spans not scored (MISC and unknown types); Missing the sentences
	// without a result.
	Sentences int `json:"sentences"`
	Tokens    int `json:"tokens"`
	Ignored   int `json:"ignored_spans"`
	Missing   int `json:"missing_results,omitempty"`
	// Scores holds PER, LOC and ORG; Micro their micro-average.
	Scores []Counts `json:"scores"`
	Micro  Counts   `json:"micro"`
	// Misses and FalseAlarms list the errors (Doc is the sentence id,
	// Line its first line, Text the tokens).
	Misses      []Item `json:"misses,omitempty"`
	FalseAlarms []Item `json:"false_alarms,omitempty"`
}

// Counts returns the scores of typ (PER, LOC, ORG or "micro").
func (r *CoNLLReport) Counts(typ string) Counts {
	if typ == r.Micro.Type {
		return r.Micro
	}
	for _, c := range r.Scores {
		if c.Type == typ {
			return c
		}
	}
	return Counts{Type: typ}
}

// ScoreCoNLL scores exact token spans of results (keyed by SentenceID)
// against the sentences' tags. Sentences without a result count as
// all missed.
func ScoreCoNLL(sents []Sentence, results map[string]*doc.Result) CoNLLReport {
	r := CoNLLReport{Sentences: len(sents)}
	counts := map[string]*Counts{}
	for _, t := range CoNLLTypes {
		counts[t] = &Counts{Type: t}
	}
	for i := range sents {
		s := &sents[i]
		id := SentenceID(i)
		r.Tokens += len(s.Tokens)
		res := results[id]
		if res == nil {
			r.Missing++
		}
		gold := map[Span]bool{}
		for _, sp := range GoldSpans(s.Tags) {
			if counts[sp.Type] == nil {
				r.Ignored++
				continue
			}
			gold[sp] = true
			counts[sp.Type].Gold++
		}
		sys := map[Span]bool{}
		for _, sp := range SystemSpans(s, res) {
			sys[sp] = true
			c := counts[sp.Type]
			c.System++
			if gold[sp] {
				c.TP++
				continue
			}
			r.FalseAlarms = append(r.FalseAlarms, s.item(id, sp))
		}
		for _, sp := range GoldSpans(s.Tags) {
			if gold[sp] && !sys[sp] {
				r.Misses = append(r.Misses, s.item(id, sp))
			}
		}
	}
	r.Micro = Counts{Type: "micro"}
	for _, t := range CoNLLTypes {
		c := counts[t]
		c.finish()
		r.Scores = append(r.Scores, *c)
		r.Micro.Gold += c.Gold
		r.Micro.System += c.System
		r.Micro.TP += c.TP
	}
	r.Micro.finish()
	return r
}

func (s *Sentence) item(id string, sp Span) Item {
	return Item{Doc: id, Type: sp.Type, Name: strings.Join(s.Tokens[sp.Start:sp.End], " "),
		Line: s.Line + sp.Start, Text: s.Text()}
}

// WriteText writes the report as an aligned table; verbose adds every
// miss and false alarm with its sentence.
func (r *CoNLLReport) WriteText(w io.Writer, verbose bool) error {
	var b strings.Builder
	b.WriteString(tableHeader)
	for _, c := range r.Scores {
		writeRow(&b, c)
	}
	writeRow(&b, r.Micro)
	fmt.Fprintf(&b, "sentences: %d, tokens: %d, gold spans ignored (MISC): %d", r.Sentences, r.Tokens, r.Ignored)
	if r.Missing > 0 {
		fmt.Fprintf(&b, ", sentences without result: %d", r.Missing)
	}
	b.WriteString("\n")
	if verbose {
		writeConllItems(&b, "misses", r.Misses)
		writeConllItems(&b, "false alarms", r.FalseAlarms)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func writeConllItems(b *strings.Builder, title string, items []Item) {
	fmt.Fprintf(b, "\n%s (%d):\n", title, len(items))
	for _, it := range items {
		fmt.Fprintf(b, "  line %d  %-3s «%s»  in: %s\n", it.Line, it.Type, it.Name, it.Text)
	}
}

// WriteJSON writes the report as indented JSON.
func (r *CoNLLReport) WriteJSON(w io.Writer) error { return writeJSON(w, r) }

// Brief drops the itemized errors (what -v adds), keeping the scores.
func (r *CoNLLReport) Brief() { r.Misses, r.FalseAlarms = nil, nil }
