// Package tag finds gazetteer forms in a token stream: the longest match
// at each position, over multi-word names, with Arabic clitic prefixes
// stripped from the first word (وبدمشق → دمشق). It runs in time linear in
// the number of tokens and independent of the gazetteer's size.
package tag

import (
	"github.com/extract-news/extract/pipeline/gazetteer"
	"github.com/extract-news/extract/pipeline/tokenize"
)

// Match is one matched form.
type Match struct {
	// First and Last delimit the tokens matched, [First, Last).
	First, Last int
	// Start and End are the analysis-form rune span of the form, after
	// any clitic prefix.
	Start, End int
	// Prefix is the number of clitic runes skipped on the first token.
	Prefix int
	// Payloads are what the form stands for, strongest kind first.
	Payloads []gazetteer.Payload
	// Inner are the names matched inside a title form after its first
	// word, such as the UN in الأمين العام للأمم المتحدة; a title is
	// matched whole so that it can introduce a person, and the
	// organizations and places it names are still found.
	Inner []Match
}

// Tagger matches the forms of one compiled gazetteer.
type Tagger struct {
	g *gazetteer.Compiled
}

// New returns a Tagger for g.
func New(g *gazetteer.Compiled) *Tagger { return &Tagger{g: g} }

// Tag returns the matches in toks, left to right, never overlapping. A
// form does not run across punctuation or a sentence boundary.
func (t *Tagger) Tag(toks []tokenize.Token) []Match {
	return t.tag(toks, 0, len(toks), true)
}

// tag matches toks[from:to]; with inner set, title matches get their
// Inner names.
func (t *Tagger) tag(toks []tokenize.Token, from, to int, inner bool) []Match {
	var out []Match
	var stems []tokenize.Stem
	for i := from; i < to; {
		best := Match{Last: -1}
		stems = append(stems[:0], tokenize.Stem{Text: toks[i].Text})
		stems = tokenize.AppendStems(stems, toks[i].Text)
		for _, st := range stems {
			id, ok := t.g.Token(st.Text)
			if !ok {
				continue
			}
			node, ok := t.g.Step(gazetteer.Root, id)
			if !ok {
				continue
			}
			lastEnd, lastNode := -1, int32(-1)
			if len(t.g.Payloads(node)) > 0 {
				lastEnd, lastNode = i+1, node
			}
			for j := i + 1; j < to && toks[j].Joined; j++ {
				id, ok := t.g.Token(toks[j].Text)
				if !ok {
					break
				}
				if node, ok = t.g.Step(node, id); !ok {
					break
				}
				if len(t.g.Payloads(node)) > 0 {
					lastEnd, lastNode = j+1, node
				}
			}
			if lastEnd > best.Last {
				best = Match{
					First: i, Last: lastEnd,
					Start: toks[i].Start + st.Prefix, End: toks[lastEnd-1].End,
					Prefix:   st.Prefix,
					Payloads: t.g.Payloads(lastNode),
				}
			}
		}
		if best.Last < 0 {
			i++
			continue
		}
		if inner && best.Last-best.First > 1 && isTitle(best.Payloads) {
			for _, m := range t.tag(toks, best.First+1, best.Last, false) {
				if !isTitle(m.Payloads) {
					best.Inner = append(best.Inner, m)
				}
			}
		}
		out = append(out, best)
		i = best.Last
	}
	return out
}

// isTitle reports whether every payload is a title.
func isTitle(ps []gazetteer.Payload) bool {
	for _, p := range ps {
		if p.Kind != gazetteer.KindTitle {
			return false
		}
	}
	return len(ps) > 0
}
