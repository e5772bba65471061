package gazetteer

import (
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/extract-news/extract/pipeline/normalize"
	"github.com/extract-news/extract/pipeline/tokenize"
)

// Kind says how a form names its entry.
type Kind uint8

// Form kinds, strongest first.
const (
	// KindName is name_ar or an Arabic alias.
	KindName Kind = iota
	// KindLatin is a Latin-script form.
	KindLatin
	// KindAmbiguous is a form that needs support in the document.
	KindAmbiguous
	// KindDerived is a person's surname derived from name_ar; it needs
	// support like an ambiguous form.
	KindDerived
	// KindDemonym is a nationality adjective (السوري); Entry is the country.
	KindDemonym
	// KindTitle is a title phrase (وزير الخارجية); Entry is the title.
	KindTitle
)

// NeedsSupport reports whether forms of kind k are tagged only with support.
func (k Kind) NeedsSupport() bool { return k == KindAmbiguous || k == KindDerived }

// Payload is what a matched form stands for.
type Payload struct {
	Entry int32
	Kind  Kind
}

// Compiled is a Set compiled for matching: a token trie over the
// normalized forms of every entry. It is read-only and safe for
// concurrent use.
type Compiled struct {
	Set      *Set
	vocab    map[string]int32
	edges    map[uint64]int32
	payloads [][]Payload
	holders  map[string][]int32
}

// Root is the trie's root node.
const Root int32 = 0

// Token returns the vocabulary id of a normalized token, if any form
// contains it.
func (c *Compiled) Token(text string) (int32, bool) {
	id, ok := c.vocab[text]
	return id, ok
}

// Step follows the edge labelled tok from node.
func (c *Compiled) Step(node, tok int32) (int32, bool) {
	n, ok := c.edges[uint64(node)<<32|uint64(uint32(tok))]
	return n, ok
}

// Payloads returns what the form ending at node stands for.
func (c *Compiled) Payloads(node int32) []Payload { return c.payloads[node] }

// Entry returns the entry with index i.
func (c *Compiled) Entry(i int32) *Entry { return c.Set.Entries[i] }

// Holders returns the indexes of the people who ever held role in
// country (country "" for international offices).
func (c *Compiled) Holders(role, country string) []int32 {
	return c.holders[role+"/"+country]
}

// Nodes returns the number of trie nodes.
func (c *Compiled) Nodes() int { return len(c.payloads) }

// FormTokens returns the normalized tokens of a form as the tagger sees them.
func FormTokens(form string) []string {
	a := tokenize.Analyze(normalize.Normalize(form).Runes)
	out := make([]string, len(a.Tokens))
	for i, t := range a.Tokens {
		out[i] = t.Text
	}
	return out
}

// derivedStop lists words that never serve as a person's short form.
var derivedStop = map[string]bool{}

// surnameJoiners precede a last word that is not a surname on its own
// (عبد الله، بن سلمان، أبو مازن).
var surnameJoiners = map[string]bool{}

func init() {
	// The last words of compounds and titles, and the commonest given
	// names: a surname that is one (آبي أحمد، مهاتير محمد، صدام حسين)
	// would take every other bearer of the name for that person.
	for _, w := range strings.Fields("الله الدين الرحمن الرحيم الكريم العزيز الامير الملك الثاني الاول الثالث الابن الاب الاكبر الاصغر الشيخ السيد" +
		" محمد أحمد حسين حسن علي محمود خالد عمر إبراهيم خليل يوسف جون") {
		derivedStop[normalize.String(w)] = true
	}
	for _, w := range strings.Fields("عبد بن ابن بنت أبو ابو أبي ام أم آل ال دي دو دا فان فون لا لو دل ولد بو") {
		surnameJoiners[normalize.String(w)] = true
	}
}

// Surname returns the short form derived from a person's Arabic name: its
// last word, unless that word is part of a compound (عبد الله، بن سلمان)
// or too short. ok is false when there is none.
func Surname(nameAr string) (string, bool) {
	toks := FormTokens(nameAr)
	if len(toks) < 2 {
		return "", false
	}
	last, prev := toks[len(toks)-1], toks[len(toks)-2]
	if len([]rune(last)) < 3 || derivedStop[last] || surnameJoiners[prev] {
		return "", false
	}
	return last, true
}

// demonymVariants returns the masculine, feminine and definite forms of
// a nationality adjective (سوري → سوري، السوري، سوريه، السوريه).
func demonymVariants(d string) []string {
	dn := normalize.String(d)
	return []string{dn, "ال" + dn, dn + "ه", "ال" + dn + "ه"}
}

type formUse struct {
	entry int32
	kind  Kind
}

// Compile validates s and builds the matching trie. Errors name the
// files and lines of the entries involved.
func Compile(s *Set) (*Compiled, error) {
	c := &Compiled{
		Set:      s,
		vocab:    map[string]int32{},
		edges:    map[uint64]int32{},
		payloads: [][]Payload{nil},
		holders:  map[string][]int32{},
	}
	uses := map[string][]formUse{}
	var order []string
	add := func(i int, form string, k Kind) {
		toks := FormTokens(form)
		if len(toks) == 0 {
			return
		}
		key := strings.Join(toks, " ")
		for _, u := range uses[key] {
			if u.entry == int32(i) && (u.kind <= KindLatin || u.kind == k) {
				return // the same form twice on one entry
			}
		}
		if _, seen := uses[key]; !seen {
			order = append(order, key)
		}
		uses[key] = append(uses[key], formUse{int32(i), k})
	}
	// A surname that is also a nationality adjective (السوداني) is not
	// derived: the adjective is far more common.
	demonymForms := map[string]bool{}
	for _, e := range s.Entries {
		for _, d := range e.Demonyms {
			for _, f := range demonymVariants(d) {
				demonymForms[f] = true
			}
		}
	}
	var errs []error
	for i, e := range s.Entries {
		if e.Type == TypeTitle {
			for _, f := range e.Aliases {
				add(i, f, KindTitle)
			}
			for _, f := range e.Latin {
				add(i, f, KindTitle)
			}
			continue
		}
		if e.NameAr != "" {
			add(i, e.NameAr, KindName)
		}
		for _, f := range e.Aliases {
			add(i, f, KindName)
		}
		for _, f := range e.Latin {
			add(i, f, KindLatin)
		}
		for _, f := range e.Ambiguous {
			add(i, f, KindAmbiguous)
		}
		if e.Type == TypePerson {
			if sn, ok := Surname(e.NameAr); ok && !demonymForms[sn] {
				add(i, sn, KindDerived)
			}
			for _, r := range e.Roles {
				key := r.Role + "/" + r.Country
				h := c.holders[key]
				if len(h) == 0 || h[len(h)-1] != int32(i) {
					c.holders[key] = append(h, int32(i))
				}
			}
		}
		for _, d := range e.Demonyms {
			for _, f := range demonymVariants(d) {
				add(i, f, KindDemonym)
			}
		}
		for _, id := range e.Context {
			if _, ok := s.Lookup(id); !ok {
				errs = append(errs, fmt.Errorf("%s:%d: context names unknown id %q", e.File, e.Line, id))
			}
		}
	}
	for _, key := range order {
		us := uses[key]
		errs = append(errs, collisions(s, key, us)...)
		node := Root
		for _, tok := range strings.Split(key, " ") {
			id, ok := c.vocab[tok]
			if !ok {
				id = int32(len(c.vocab))
				c.vocab[tok] = id
			}
			edge := uint64(node)<<32 | uint64(uint32(id))
			next, ok := c.edges[edge]
			if !ok {
				next = int32(len(c.payloads))
				c.payloads = append(c.payloads, nil)
				c.edges[edge] = next
			}
			node = next
		}
		for _, u := range us {
			c.payloads[node] = append(c.payloads[node], Payload{Entry: u.entry, Kind: u.kind})
		}
		sort.SliceStable(c.payloads[node], func(a, b int) bool { return c.payloads[node][a].Kind < c.payloads[node][b].Kind })
	}
	return c, errors.Join(errs...)
}

// collisions reports a form that two entries of the same type both claim
// without marking it ambiguous: there is no rule to decide between them.
func collisions(s *Set, key string, us []formUse) []error {
	var errs []error
	for a := 0; a < len(us); a++ {
		if us[a].kind > KindLatin {
			continue
		}
		ea := s.Entries[us[a].entry]
		for b := a + 1; b < len(us); b++ {
			if us[b].kind > KindLatin || us[b].entry == us[a].entry {
				continue
			}
			eb := s.Entries[us[b].entry]
			if ea.Type == eb.Type {
				errs = append(errs, fmt.Errorf("%s:%d: form %q of %q is also a form of %q (%s:%d); list it under ambiguous on both",
					eb.File, eb.Line, key, eb.ID, ea.ID, ea.File, ea.Line))
			}
		}
	}
	return errs
}
