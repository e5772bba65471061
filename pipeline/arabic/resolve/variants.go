package resolve

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/extract-news/extract/pipeline/gazetteer"
)

// ViaSpelling marks a person found by a spelling of their surname the
// lists lack, its long vowels written otherwise (بولتن for بولتون).
const ViaSpelling = "spelling"

// minSkeleton is the fewest letters a surname's skeleton must keep to be
// matched by it: shorter ones (ترد for ترودو، بتن for بوتين) match common
// words and other names (تريد، بوتينا).
const minSkeleton = 4

// arabicNamed are the countries whose people's names are Arabic words
// (حمد، سعود، خليفة، إبراهيم): their surnames are matched as spelled only.
var arabicNamed = map[string]bool{
	"SA": true, "AE": true, "QA": true, "KW": true, "BH": true, "OM": true, "YE": true, "IQ": true,
	"SY": true, "LB": true, "JO": true, "PS": true, "EG": true, "SD": true, "LY": true, "TN": true,
	"DZ": true, "MA": true, "MR": true, "SO": true, "DJ": true, "KM": true, "IR": true, "AF": true,
	"PK": true, "MY": true, "ID": true, "BN": true,
}

// spellingVariants links a free word to a person the document names
// when it spells the last word of one of that person's forms with its
// long vowels (ا، و، ي) written otherwise: بولتن is جون بولتون, كوشنير is
// جاريد كوشنر; and a person no list knows whose name ends in such a word is
// that person. One person across spellings. Only foreign names (not the
// arabicNamed countries'), not a given name, and a skeleton two people
// of the document share links neither.
func (s *state) spellingVariants() {
	bySkeleton := map[string]int{}
	lastOf := map[string]rune{}   // skeleton → the surname's last letter
	firstOf := map[int][]string{} // entity → skeletons of its forms' first words
	for ei, e := range s.out.Entities {
		if e.Out.Type != gazetteer.TypePerson || e.Entry == nil || arabicNamed[e.Entry.Country] {
			continue
		}
		for _, f := range append([]string{e.Entry.NameAr}, e.Entry.Aliases...) {
			toks := gazetteer.FormTokens(f)
			if len(toks) < 2 {
				continue
			}
			last := []rune(toks[len(toks)-1])
			k := skeleton(string(last))
			if len([]rune(k)) < minSkeleton {
				continue
			}
			lastOf[k] = last[len(last)-1]
			firstOf[ei] = append(firstOf[ei], skeleton(toks[0]))
			if prev, ok := bySkeleton[k]; ok && prev != ei {
				bySkeleton[k] = -1 // two people: neither
				continue
			}
			bySkeleton[k] = ei
		}
	}
	if len(bySkeleton) == 0 {
		return
	}
	// A person no list knows whose name ends in such a spelling (وزيرة
	// الخارجية مارجوت وولستروم): the same person.
	for k := range s.out.Mentions {
		m := &s.out.Mentions[k]
		if e := s.out.Entities[m.Entity]; e.Entry != nil || e.Out.Type != gazetteer.TypePerson {
			continue
		}
		w := []rune(s.toks[m.Last-1].Text)
		sk := skeleton(string(w))
		// جون جونسون is not بوريس جونسون: a first name must be the
		// person's.
		if ei, ok := bySkeleton[sk]; ok && ei >= 0 && w[len(w)-1] == lastOf[sk] &&
			(m.Last-m.First < 2 || slices.Contains(firstOf[ei], skeleton(s.toks[m.First].Text))) {
			m.Entity = ei
		}
	}
	// The cheap test first: most words begin with no surname's letter.
	initials := map[rune]bool{}
	for k := range bySkeleton {
		r, _ := utf8.DecodeRuneInString(k)
		initials[r] = true
	}
	taken := s.tokensTaken(true, true)
	for i := range s.toks {
		if r, _ := utf8.DecodeRuneInString(s.toks[i].Text); taken[i] || !initials[r] {
			continue
		}
		// It ends as the surname does: أردنا (we wanted) is no أردان.
		w := []rune(s.toks[i].Text)
		k := skeleton(string(w))
		ei, ok := bySkeleton[k]
		if !ok || ei < 0 || w[len(w)-1] != lastOf[k] {
			continue
		}
		if !s.freeNameWord(i, true) || s.personShortForm(i) || s.givenName(i) {
			continue
		}
		// مارجوت وولستروم: a given name before it is the person's too;
		// another given name is another person (جون جونسون).
		first := i
		if p := i - 1; p >= 0 && s.toks[i].Joined && !taken[p] && s.toks[p].Sentence == s.toks[i].Sentence && s.freeNameWord(p, true) {
			if f, _ := s.foreignGiven(p); f || s.givenName(p) {
				if !slices.Contains(firstOf[ei], skeleton(s.toks[p].Text)) {
					continue
				}
				first = p
			}
		}
		s.addMention(ei, first, i+1, s.toks[first].Start, s.toks[i].End, ViaSpelling, "")
		markTokens(taken, first, i+1)
	}
}

// skeleton returns w without the long vowels after its first letter
// (بولتون → بلتن).
func skeleton(w string) string {
	var b strings.Builder
	for i, r := range []rune(w) {
		if i > 0 && (r == 'ا' || r == 'و' || r == 'ي' || r == 'ى') {
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}
