package gazetteer

import (
	"cmp"
	"fmt"
	"slices"
	"time"
	"unicode"

	"github.com/extract-news/extract/pipeline/normalize"
	"github.com/extract-news/extract/pipeline/tokenize"
)

// Check reports what a curator must fix although the lists load and
// compile, each problem naming the files and lines involved:
//
//   - a form claimed, not as ambiguous, by entries of different types
//     (a place and an organization both named الجزيرة): the tagger then
//     decides by the cue before it, which a curator should decide instead,
//     by listing the form under ambiguous on both;
//   - a person's role that no title names, or a role in a country that
//     no country entry has: descriptions (الرئيس السوري) can never
//     resolve to it; the same for an organization's Members and Heads,
//     which would never bring anyone to its summits;
//   - two people, or one person twice, holding an office marked single
//     (see Entry.Single) in the same country on overlapping dates. A role
//     may end on the day the next holder's begins;
//   - a title whose kind is not one of TitleKinds, or an office with a
//     role whose kind is not office;
//   - an Arabic form with punctuation between its words (كيم جونغ-أون):
//     the tagger does not match a name across punctuation, so the form
//     only ever matches where the text has spaces instead.
//
// Problems are in file and line order.
func (c *Compiled) Check() []error {
	var probs []problem
	probs = append(probs, c.crossType()...)
	probs = append(probs, c.roleNames()...)
	probs = append(probs, c.overlaps()...)
	probs = append(probs, c.brokenForms()...)
	probs = append(probs, c.titleKinds()...)
	slices.SortStableFunc(probs, func(a, b problem) int {
		return cmp.Or(cmp.Compare(a.file, b.file), cmp.Compare(a.line, b.line), cmp.Compare(a.msg, b.msg))
	})
	out := make([]error, 0, len(probs))
	for i, p := range probs {
		if i > 0 && p == probs[i-1] {
			continue
		}
		out = append(out, fmt.Errorf("%s:%d: %s", p.file, p.line, p.msg))
	}
	return out
}

type problem struct {
	file string
	line int
	msg  string
}

// crossType lists forms claimed without ambiguity by entries of
// different types.
func (c *Compiled) crossType() []problem {
	var out []problem
	for node := range int32(c.Nodes()) {
		ps := c.Payloads(node)
		var strong []*Entry
		for _, p := range ps {
			if p.Kind <= KindLatin {
				if e := c.Entry(p.Entry); !slices.Contains(strong, e) {
					strong = append(strong, e)
				}
			}
		}
		for a := 0; a < len(strong); a++ {
			for b := a + 1; b < len(strong); b++ {
				ea, eb := strong[a], strong[b]
				if ea.Type == eb.Type {
					continue // Compile reports these
				}
				if eb.File < ea.File || eb.File == ea.File && eb.Line < ea.Line {
					ea, eb = eb, ea
				}
				out = append(out, problem{eb.File, eb.Line, fmt.Sprintf("%s %q shares a form with %s %q (%s:%d); list it under ambiguous on both",
					eb.Type, eb.ID, ea.Type, ea.ID, ea.File, ea.Line)})
			}
		}
	}
	return out
}

// roleNames checks that every role is an office some title names and
// that its country is a country of the lists.
func (c *Compiled) roleNames() []problem {
	offices := map[string]bool{}
	countries := map[string]bool{}
	var out []problem
	for _, e := range c.Set.Entries {
		switch {
		case e.Type == TypeTitle && e.Role != "":
			offices[e.Role] = true
		case e.Type == TypeTitle && e.Single:
			out = append(out, problem{e.File, e.Line, fmt.Sprintf("title %q is single but names no role", e.ID)})
		case e.Type == TypePlace && e.Kind == "country" && e.Country != "":
			countries[e.Country] = true
		}
	}
	for _, e := range c.Set.Entries {
		for _, m := range e.Members {
			if cc, _, ok := Member(m); ok && !countries[cc] {
				out = append(out, problem{e.File, e.Line, fmt.Sprintf("member %q of %q is no country entry's code", cc, e.ID)})
			}
		}
		for _, h := range e.Heads {
			if !offices[h] {
				out = append(out, problem{e.File, e.Line, fmt.Sprintf("head %q of %q is an office named by no title", h, e.ID)})
			}
		}
		for _, r := range e.Roles {
			if !offices[r.Role] {
				out = append(out, problem{e.File, r.Line, fmt.Sprintf("role %q of %q is named by no title", r.Role, e.ID)})
			}
			if r.Country != "" && !countries[r.Country] {
				out = append(out, problem{e.File, r.Line, fmt.Sprintf("role %q of %q is in country %q, which no country entry has", r.Role, e.ID, r.Country)})
			}
		}
	}
	return out
}

// tenure is one person's term in an office.
type tenure struct {
	e *Entry
	r Role
}

// end returns the last day of the term, far in the future while it runs.
func (t tenure) end() time.Time {
	if t.r.To.IsZero() {
		return time.Date(9999, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	return t.r.To
}

// overlaps reports single offices held by two terms at once.
func (c *Compiled) overlaps() []problem {
	single := map[string]bool{}
	for _, e := range c.Set.Entries {
		if e.Type == TypeTitle && e.Single && e.Role != "" {
			single[e.Role] = true
		}
	}
	terms := map[string][]tenure{}
	var keys []string
	for _, e := range c.Set.Entries {
		for _, r := range e.Roles {
			if !single[r.Role] {
				continue
			}
			k := r.Role + "/" + r.Country
			if _, ok := terms[k]; !ok {
				keys = append(keys, k)
			}
			terms[k] = append(terms[k], tenure{e, r})
		}
	}
	var out []problem
	for _, k := range keys {
		ts := terms[k]
		slices.SortStableFunc(ts, func(a, b tenure) int { return a.r.From.Compare(b.r.From) })
		for i, a := range ts {
			for _, b := range ts[i+1:] {
				// Sorted by start: b starts no earlier than a. They overlap
				// when b starts before a ends (a handover day is allowed).
				if !b.r.From.Before(a.end()) {
					continue
				}
				where := "in " + a.r.Country
				if a.r.Country == "" {
					where = "(international)"
				}
				out = append(out, problem{b.e.File, b.r.Line, fmt.Sprintf("%s %s: %q from %s overlaps %q %s (%s:%d)",
					a.r.Role, where, b.e.ID, day(b.r.From), a.e.ID, term(a.r), a.e.File, a.r.Line)})
			}
		}
	}
	return out
}

func day(t time.Time) string { return t.Format("2006-01-02") }

func term(r Role) string {
	if r.To.IsZero() {
		return "from " + day(r.From)
	}
	return day(r.From) + " to " + day(r.To)
}

// brokenForms reports Arabic forms with punctuation between their words.
// Latin forms are left alone: the English path segments words itself.
func (c *Compiled) brokenForms() []problem {
	var out []problem
	for _, e := range c.Set.Entries {
		forms := append(append([]string{e.NameAr}, e.Aliases...), e.Ambiguous...)
		for _, f := range forms {
			if r, ok := innerPunct(f); ok {
				out = append(out, problem{e.File, e.Line, fmt.Sprintf("form %q of %q has %q between words, and the tagger does not run a name across punctuation: write the words with a space (and list the words before it as a form of their own if texts write it so)", f, e.ID, r)})
			}
		}
	}
	return out
}

// innerPunct returns the first rune of an Arabic form, between its first
// and last word, that is neither part of a word nor a space.
func innerPunct(form string) (rune, bool) {
	rs := normalize.Normalize(form).Runes
	if !slices.ContainsFunc(rs, normalize.IsArabicLetter) {
		return 0, false
	}
	first := slices.IndexFunc(rs, tokenize.IsWordRune)
	if first < 0 {
		return 0, false
	}
	last := len(rs) - 1
	for !tokenize.IsWordRune(rs[last]) {
		last--
	}
	for _, r := range rs[first:last] {
		if !tokenize.IsWordRune(r) && !unicode.IsSpace(r) {
			return r, true
		}
	}
	return 0, false
}

// TitleKinds are the kinds a title may have: an office (وزير، سفير،
// الأمين العام), a military rank (اللواء), an honorific (الشيخ، السيد), a
// cleric (البابا، المرجع) or an occupation (الفنان، المدرب). The empty
// kind is an office when the title names a role, else an honorific.
// After an office and a nationality or a country, resolve takes a name
// that no list knows as a given name (وزير الخارجية التركي ياووز سليم
// كيران); after the others a name must start with a known given name, and
// an occupation supports no ambiguous short form.
var TitleKinds = map[string]bool{"office": true, "rank": true, "honorific": true, "cleric": true, "occupation": true, "official": true}

// titleKinds checks the kind of every title.
func (c *Compiled) titleKinds() []problem {
	var out []problem
	for _, e := range c.Set.Entries {
		if e.Type != TypeTitle || e.Kind == "" {
			continue
		}
		switch {
		case !TitleKinds[e.Kind]:
			out = append(out, problem{e.File, e.Line, fmt.Sprintf("title %q has kind %q, not one of office, rank, honorific, cleric, occupation", e.ID, e.Kind)})
		case e.Role != "" && e.Kind != "office":
			out = append(out, problem{e.File, e.Line, fmt.Sprintf("title %q names role %q but its kind is %q, not office", e.ID, e.Role, e.Kind)})
		}
	}
	return out
}
