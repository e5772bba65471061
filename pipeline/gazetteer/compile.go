package gazetteer

import (
	"errors"
	"fmt"
	"hash/maphash"
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
	Set *Set
	// vocab numbers the tokens while Compile builds the trie; index
	// then moves it into the table below and drops it.
	vocab map[string]int32
	edges map[uint64]int32
	// The payloads of node n are payloads[payloadAt[n]:payloadAt[n+1]]:
	// one array for all nodes, most of which have none.
	payloads  []Payload
	payloadAt []int32
	holders   map[string][]int32
	leaders   map[string]string // country → Entry.Leader
	// nodes counts the trie's nodes while Compile builds it.
	nodes int32

	// roots[id] is the child of Root by token id, Root if none; edges
	// holds the other edges.
	roots []int32
	// filter is a Bloom filter over the vocabulary, two bits of one
	// word a token, that spares most words of a text the table lookup.
	filter []uint64
	seed   maphash.Seed
	// hashes, keys and ids are the vocabulary again, as an
	// open-addressing table probed linearly from the hash the filter
	// computed: a token of the vocabulary costs one hash, not a second
	// one in the map, and the probes read only hashes (8 bytes a slot).
	// An empty slot's hash is 0; stored hashes have their low bit set.
	hashes []uint64
	keys   []string
	ids    []int32
}

// Root is the trie's root node.
const Root int32 = 0

// Token returns the vocabulary id of a normalized token, if any form
// contains it.
func (c *Compiled) Token(text string) (int32, bool) {
	h := maphash.String(c.seed, text)
	if w, bits := filterBits(h, len(c.filter)); c.filter[w]&bits != bits {
		return 0, false
	}
	mask := uint64(len(c.hashes) - 1)
	for i, hv := h&mask, h|1; ; i = (i + 1) & mask {
		switch c.hashes[i] {
		case 0:
			return 0, false
		case hv:
			if c.keys[i] == text {
				return c.ids[i], true
			}
		}
	}
}

// Step follows the edge labelled tok from node.
func (c *Compiled) Step(node, tok int32) (int32, bool) {
	if node == Root {
		if uint(tok) >= uint(len(c.roots)) {
			return 0, false
		}
		n := c.roots[tok]
		return n, n != Root
	}
	n, ok := c.edges[uint64(node)<<32|uint64(uint32(tok))]
	return n, ok
}

// index builds the vocabulary filter and table.
func (c *Compiled) index() {
	words := 1 << 10 // 65,536 bits at least
	for words*64 < 8*len(c.vocab) {
		words *= 2
	}
	size := 16 // at most half full
	for size < 2*len(c.vocab) {
		size *= 2
	}
	c.filter = make([]uint64, words)
	c.hashes = make([]uint64, size)
	c.keys = make([]string, size)
	c.ids = make([]int32, size)
	c.seed = maphash.MakeSeed()
	mask := uint64(size - 1)
	for tok, id := range c.vocab {
		h := maphash.String(c.seed, tok)
		w, bits := filterBits(h, words)
		c.filter[w] |= bits
		i := h & mask
		for c.hashes[i] != 0 {
			i = (i + 1) & mask
		}
		c.hashes[i], c.keys[i], c.ids[i] = h|1, tok, id
	}
	c.vocab = nil // the table holds it
}

// filterBits returns the word of a filter of size words that holds the
// bits of a token with hash h, and the bits. Both bits are in one word:
// one memory access a lookup. They come from the hash's high bits, the
// slot in the table from its low ones.
func filterBits(h uint64, size int) (int, uint64) {
	return int(h>>32) & (size - 1), 1<<((h>>20)%64) | 1<<((h>>26)%64)
}

// Payloads returns what the form ending at node stands for.
func (c *Compiled) Payloads(node int32) []Payload {
	return c.payloads[c.payloadAt[node]:c.payloadAt[node+1]]
}

// Entry returns the entry with index i.
func (c *Compiled) Entry(i int32) *Entry { return c.Set.Entries[i] }

// Holders returns the indexes of the people who ever held role in
// country (country "" for international offices).
func (c *Compiled) Holders(role, country string) []int32 {
	return c.holders[role+"/"+country]
}

// LeaderOffice returns the office whose holder a country's news calls
// its leader when that is not the head of state (Entry.Leader), or "".
func (c *Compiled) LeaderOffice(country string) string {
	return c.leaders[country]
}

// Nodes returns the number of trie nodes.
func (c *Compiled) Nodes() int { return len(c.payloadAt) - 1 }

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
		" محمد أحمد حسين حسن علي محمود خالد عمر إبراهيم خليل يوسف جون" +
		// The last syllable of a Korean given name (كيم جونغ إيل), which a
		// clitic's remainder also spells (وكايل: و، ك and ايل).
		" إيل") {
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
	return surname(FormTokens(nameAr))
}

// surname is Surname on the tokens of the name.
func surname(toks []string) (string, bool) {
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
//
// Every word of a demonym of several words agrees: كوري شمالي gives
// الكوري الشمالي and الكورية الشمالية.
func demonymVariants(d string) []string {
	ws := strings.Fields(normalize.String(d))
	var out []string
	for _, v := range [][2]string{{"", ""}, {"ال", ""}, {"", "ه"}, {"ال", "ه"}} {
		parts := make([]string, len(ws))
		for i, w := range ws {
			parts[i] = v[0] + w + v[1]
		}
		out = append(out, strings.Join(parts, " "))
	}
	return out
}

type formUse struct {
	entry int32
	kind  Kind
}

// insert adds the path of toks to the trie and returns its last node.
func (c *Compiled) insert(toks []string) int32 {
	node := Root
	for _, tok := range toks {
		id, ok := c.vocab[tok]
		if !ok {
			id = int32(len(c.vocab))
			c.vocab[tok] = id
			c.roots = append(c.roots, Root)
		}
		if node == Root {
			next := c.roots[id]
			if next == Root {
				next = c.newNode()
				c.roots[id] = next
			}
			node = next
			continue
		}
		edge := uint64(node)<<32 | uint64(uint32(id))
		next, ok := c.edges[edge]
		if !ok {
			next = c.newNode()
			c.edges[edge] = next
		}
		node = next
	}
	return node
}

// newNode adds a node (its payloads come at the end of Compile) and
// returns it.
func (c *Compiled) newNode() int32 {
	c.nodes++
	return c.nodes - 1
}

// formSpec is a form of an entry, tokenized, and its kind.
type formSpec struct {
	toks []string
	kind Kind
}

// formsOf appends the forms of e to dst in the order Compile adds them.
func formsOf(dst []formSpec, e *Entry, demonymForms map[string]bool) []formSpec {
	add := func(form string, k Kind) {
		dst = append(dst, formSpec{FormTokens(form), k})
	}
	if e.Type == TypeTitle {
		for _, f := range e.Aliases {
			add(f, KindTitle)
		}
		for _, f := range e.Latin {
			add(f, KindTitle)
		}
		return dst
	}
	var nameToks []string
	if e.NameAr != "" {
		nameToks = FormTokens(e.NameAr)
		dst = append(dst, formSpec{nameToks, KindName})
	}
	for _, f := range e.Aliases {
		add(f, KindName)
	}
	for _, f := range e.Latin {
		add(f, KindLatin)
	}
	for _, f := range e.Ambiguous {
		add(f, KindAmbiguous)
	}
	if e.Type == TypePerson {
		// Tokenized again, as Surname's result always was.
		if sn, ok := surname(nameToks); ok && !demonymForms[sn] {
			add(sn, KindDerived)
		}
	}
	for _, d := range e.Demonyms {
		for _, f := range demonymVariants(d) {
			add(f, KindDemonym)
		}
	}
	return dst
}

// Compile validates s and builds the matching trie. Errors name the
// files and lines of the entries involved.
func Compile(s *Set) (*Compiled, error) {
	// Most entries have two forms or fewer, of one or two tokens: a
	// large list has about as many distinct tokens as entries, fewer
	// edges below the root, and some 1.6 nodes and forms an entry.
	n := len(s.Entries)
	c := &Compiled{
		Set:     s,
		vocab:   make(map[string]int32, n),
		edges:   make(map[uint64]int32, n),
		roots:   make([]int32, 0, n),
		holders: map[string][]int32{},
		leaders: map[string]string{},
		nodes:   1, // Root
	}
	// The trie is built as the forms come; a form is its node.
	uses := make([][]formUse, 1, 2*n) // by node
	order := make([]int32, 0, 2*n)    // the forms' nodes in order of appearance
	shared := map[int32]string{}      // the text of the forms of two uses or more
	addTokens := func(i int, toks []string, k Kind) {
		if len(toks) == 0 {
			return
		}
		node := c.insert(toks)
		for len(uses) < int(c.nodes) {
			uses = append(uses, nil)
		}
		us := uses[node]
		if len(us) == 0 {
			order = append(order, node)
		}
		for _, u := range us {
			if u.entry == int32(i) && (u.kind <= KindLatin || u.kind == k) {
				return // the same form twice on one entry
			}
		}
		if len(us) == 1 {
			shared[node] = strings.Join(toks, " ")
		}
		uses[node] = append(us, formUse{int32(i), k})
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
	var specs []formSpec // the forms of one entry, tokenized
	for i, e := range s.Entries {
		specs = formsOf(specs[:0], e, demonymForms)
		for _, f := range specs {
			addTokens(i, f.toks, f.kind)
		}
		if e.Type == TypeTitle {
			continue
		}
		if e.Leader != "" && e.Country != "" {
			c.leaders[e.Country] = e.Leader
		}
		if e.Type == TypePerson {
			for _, r := range e.Roles {
				key := r.Role + "/" + r.Country
				h := c.holders[key]
				if len(h) == 0 || h[len(h)-1] != int32(i) {
					c.holders[key] = append(h, int32(i))
				}
			}
		}
		for _, id := range e.Context {
			if _, ok := s.Lookup(id); !ok {
				errs = append(errs, fmt.Errorf("%s:%d: context names unknown id %q", e.File, e.Line, id))
			}
		}
	}
	total := 0
	for _, node := range order {
		us := uses[node]
		if len(us) > 1 {
			errs = append(errs, collisions(s, shared[node], us)...)
		}
		total += len(us)
	}
	order, shared = nil, nil
	c.payloads = make([]Payload, 0, total)
	c.payloadAt = make([]int32, c.nodes+1)
	for node := range c.nodes {
		c.payloadAt[node] = int32(len(c.payloads))
		for _, u := range uses[node] {
			c.payloads = append(c.payloads, Payload{Entry: u.entry, Kind: u.kind})
		}
		if ps := c.payloads[c.payloadAt[node]:]; len(ps) > 1 {
			sort.SliceStable(ps, func(a, b int) bool { return ps[a].Kind < ps[b].Kind })
		}
	}
	c.payloadAt[c.nodes] = int32(len(c.payloads))
	uses = nil
	c.index()
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
