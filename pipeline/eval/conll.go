package eval

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode"
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
	// Doc counts the corpus's documents (-DOCSTART- lines) from 0: the
	// document the sentence belongs to.
	Doc int
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
	line, docs := 0, 0
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
			if len(out) > 0 {
				docs = out[len(out)-1].Doc + 1
			}
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
			cur.Line, cur.Doc = line, docs
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

// systemSpans maps the person, place and organization mentions of r to
// the token spans of s, a sentence that starts at code point base of the
// result's text: a mention covers the tokens whose code-point ranges it
// overlaps. Duplicates are removed.
func systemSpans(s *Sentence, r *doc.Result, base int) []Span {
	if r == nil {
		return nil
	}
	offs := s.offsets()
	for i := range offs {
		offs[i][0] += base
		offs[i][1] += base
	}
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
	// Groups scores the documents of each Group (ScoreCoNLLArticles).
	Groups []CoNLLGroup `json:"groups,omitempty"`
	// Misses and FalseAlarms list the errors (Doc is the document id,
	// Line the span's first line, Text the sentence's tokens).
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

// ScoreCoNLLArticles scores exact token spans of results keyed by
// DocumentID, each the result of one document of CoNLLArticles, against
// the sentences' tags, overall and per Group. Documents without a result
// count as all missed.
func ScoreCoNLLArticles(sents []Sentence, results map[string]*doc.Result) CoNLLReport {
	_, base := articles(sents)
	r := scoreCoNLL(sents, func(i int) (*doc.Result, int, string) {
		id := DocumentID(sents[i].Doc)
		return results[id], base[i], id
	})
	r.Groups = scoreGroups(sents, func(i int) (*doc.Result, int) { return results[DocumentID(sents[i].Doc)], base[i] })
	return r
}

// scoreCoNLL scores the sentences; result gives sentence i's result, the
// code point where the sentence starts in the result's text, and the id
// errors are listed under.
func scoreCoNLL(sents []Sentence, result func(i int) (*doc.Result, int, string)) CoNLLReport {
	r := CoNLLReport{Sentences: len(sents)}
	counts := map[string]*Counts{}
	for _, t := range CoNLLTypes {
		counts[t] = &Counts{Type: t}
	}
	for i := range sents {
		s := &sents[i]
		res, base, id := result(i)
		r.Tokens += len(s.Tokens)
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
		for _, sp := range systemSpans(s, res, base) {
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
	for _, g := range r.Groups {
		fmt.Fprintf(&b, "\n%s: %d documents, %d sentences\n", g.Name, g.Documents, g.Sentences)
		b.WriteString(tableHeader)
		for _, c := range g.Scores {
			writeRow(&b, c)
		}
		writeRow(&b, g.Micro)
	}
	if len(r.Groups) > 0 {
		b.WriteString("\n")
	}
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

// DocumentID is the document id given to the corpus's document k
// (0-based, Sentence.Doc).
func DocumentID(k int) string { return fmt.Sprintf("conll-doc-%04d", k+1) }

// CoNLLArticles turns each document of the corpus into one document
// whose text is its sentences (Sentence.Text) joined by line breaks, with id DocumentID(k): the pipeline sees a whole article, as
// it would in use, and a name can refer back to an earlier mention.
func CoNLLArticles(sents []Sentence) []*doc.Document {
	docs, _ := articles(sents)
	return docs
}

// articles lays out the documents of CoNLLArticles and returns them with
// the code point where each sentence starts in its document's text.
func articles(sents []Sentence) ([]*doc.Document, []int) {
	var out []*doc.Document
	offsets := make([]int, len(sents))
	var b strings.Builder
	pos := 0
	flush := func(k int) {
		if b.Len() > 0 {
			out = append(out, &doc.Document{ID: DocumentID(k), Text: b.String()})
			b.Reset()
		}
		pos = 0
	}
	for i := range sents {
		if i > 0 && sents[i].Doc != sents[i-1].Doc {
			flush(sents[i-1].Doc)
		}
		if b.Len() > 0 {
			b.WriteByte('\n')
			pos++
		}
		offsets[i] = pos
		text := sents[i].Text()
		b.WriteString(text)
		pos += utf8.RuneCountInString(text)
	}
	if len(sents) > 0 {
		flush(sents[len(sents)-1].Doc)
	}
	return out, offsets
}

// Document groups of a CoNLL corpus.
const (
	// GroupNews holds running text.
	GroupNews = "news"
	// GroupTables holds results tables, standings and market figures:
	// documents where at least TableDigitShare of the word tokens hold
	// a digit (SOCCER - ENGLISH LEAGUE RESULTS; Arsenal 2 Chelsea 1).
	GroupTables = "tables"
)

// TableDigitShare is the share of word tokens holding a digit from which
// a document is a table. On the CoNLL-2003 development set, 44 of 216
// documents reach it; the documents below a tenth are prose.
const TableDigitShare = 0.2

// Group returns the group of the document made of sents: GroupTables or
// GroupNews.
func Group(sents []Sentence) string {
	words, digits := 0, 0
	for i := range sents {
		for _, t := range sents[i].Tokens {
			word, digit := false, false
			for _, r := range t {
				switch {
				case r >= '0' && r <= '9':
					word, digit = true, true
				case unicode.IsLetter(r):
					word = true
				}
			}
			if word {
				words++
			}
			if digit {
				digits++
			}
		}
	}
	if words > 0 && float64(digits) >= TableDigitShare*float64(words) {
		return GroupTables
	}
	return GroupNews
}

// CoNLLGroup holds the scores of one group of documents.
type CoNLLGroup struct {
	// Name is GroupNews or GroupTables.
	Name string `json:"name"`
	// Documents and Sentences count the group.
	Documents int `json:"documents"`
	Sentences int `json:"sentences"`
	// Scores holds PER, LOC and ORG; Micro their micro-average.
	Scores []Counts `json:"scores"`
	Micro  Counts   `json:"micro"`
}

// scoreGroups scores the documents of each group apart.
func scoreGroups(sents []Sentence, result func(i int) (*doc.Result, int)) []CoNLLGroup {
	groupOf := map[int]string{}
	for a := 0; a < len(sents); {
		b := a
		for b < len(sents) && sents[b].Doc == sents[a].Doc {
			b++
		}
		groupOf[sents[a].Doc] = Group(sents[a:b])
		a = b
	}
	var out []CoNLLGroup
	for _, name := range []string{GroupNews, GroupTables} {
		var idx []int
		docs := map[int]bool{}
		for i := range sents {
			if groupOf[sents[i].Doc] == name {
				idx = append(idx, i)
				docs[sents[i].Doc] = true
			}
		}
		if len(idx) == 0 {
			continue
		}
		sub := make([]Sentence, len(idx))
		for k, i := range idx {
			sub[k] = sents[i]
		}
		r := scoreCoNLL(sub, func(k int) (*doc.Result, int, string) {
			res, base := result(idx[k])
			return res, base, ""
		})
		out = append(out, CoNLLGroup{Name: name, Documents: len(docs), Sentences: len(idx), Scores: r.Scores, Micro: r.Micro})
	}
	return out
}
