package resolve

import (
	"sort"
	"strings"

	"github.com/extract-news/extract/pipeline/gazetteer"
)

// ViaApposition marks a person no list knows, named before a comma and a
// title or a وهو/وهي clause that describes them: جميل جعفر، وهو محام;
// نبيل صالح، عضو مجلس الشعب.
const ViaApposition = "apposition"

// appositiveNames reports the people no list knows named right before a
// comma and a description of them: a title (نبيل صالح، عضو مجلس الشعب;
// أحمد القطان، سفير المملكة) or وهو/وهي (جميل جعفر، وهو محام). The name
// starts with a known given name and takes 2–4 words that may be a
// name; the word before it is not one (a verb, a preposition, a
// punctuation mark).
func (s *state) appositiveNames(matchAt map[int]int) {
	// The descriptions: office titles (from the matches) and وهو/وهي.
	var descs []int
	for j, m := range s.in.Matches {
		// An occupation or a cleric's title describes the one named
		// before it too (عماد أبو حسين، المستشار القانوني في السفارة).
		if s.officeTitle(j) || s.kinds[j].title >= 0 && describes[s.r.g.Entry(s.kinds[j].title).Kind] {
			descs = append(descs, m.First)
		}
	}
	for k := range s.toks {
		if t := s.toks[k].Text; t == "وهو" || t == "وهي" {
			descs = append(descs, k)
		}
	}
	if len(descs) == 0 {
		return
	}
	sort.Ints(descs)
	// Taken: mentions and matches that resolved (a short form no context
	// resolved, صالح, may be a word of the name).
	taken := s.tokensTaken(false, true)
	for i := range taken {
		taken[i] = taken[i] || s.resolvedTok(i)
	}
	for _, k := range descs {
		if k < 2 || s.toks[k].Sentence != s.toks[k-1].Sentence {
			continue
		}
		// A comma stands before the description; وهو/وهي is a clause of
		// its own without one (أحال وائل سعد وهو راهب).
		if t := s.toks[k].Text; s.toks[k].Joined && t != "وهو" && t != "وهي" ||
			!s.toks[k].Joined && !onlyComma(s.text[s.toks[k-1].End:s.toks[k].Start]) {
			continue
		}
		// The name: the longest run of 2–4 free words ending at k-1 that
		// starts with a known given name.
		national := s.nationalOffice(k, matchAt)
		best := -1
		for p := k - 4; p <= k-2; p++ {
			if p < 0 || p > 0 && s.toks[p].Sentence != s.toks[k-1].Sentence {
				continue
			}
			if !s.givenName(p) || sonOf[s.toks[p].Text] {
				// سوه هون، مدير المخابرات الوطنية الكورية الجنوبية: after
				// a verb, two free words before an office of a country.
				// Not a verb behind و (وأقر فلين، وعاد نوير).
				free := national && p == k-2 && s.freeNameWord(p, true) && s.freeNameWord(p+1, true) && !strings.HasPrefix(s.toks[p].Text, "و")
				if f, _ := s.foreignGiven(p); !free && (!f || strings.HasPrefix(s.toks[p].Text, "و")) {
					continue
				}
			}
			if s.appositiveRun(p, k, taken) {
				best = p
				break
			}
		}
		if best < 0 {
			continue
		}
		// The word before is no part of a name: else the name is longer
		// than four words or starts elsewhere.
		if best > 0 && s.toks[best].Joined && s.toks[best-1].Sentence == s.toks[best].Sentence && !taken[best-1] {
			if t := s.toks[best-1].Text; s.givenName(best-1) || s.nameLike(best-1) && !commonWords[t] &&
				!strings.HasPrefix(t, "و") && !strings.HasPrefix(t, "ال") && !prepositional(t) && len([]rune(t)) >= 3 {
				continue // ابتسام عبد الرحمن، سيد عبد الحفيظ
			}
		}
		s.addUnknown(gazetteer.TypePerson, best, k, false, ViaApposition, "")
		markTokens(taken, best, k)
	}
}

// surnameHonorifics are honorifics that are common surnames too (السيد،
// الشيخ).
var surnameHonorifics = lex.Set("surnameHonorifics")

// describes holds the kinds of titles other than offices that describe
// a person named before them and a comma.
var describes = map[string]bool{"occupation": true, "cleric": true}

// appositiveRun reports whether tokens [p, k) may all be words of one
// name: joined, free, name-like, not common words (unless given names),
// not ending on a joiner.
func (s *state) appositiveRun(p, k int, taken []bool) bool {
	for i := p; i < k; i++ {
		t := s.toks[i].Text
		// علاء السيد، وهو محام: an honorific that ends the name before
		// the comma is a surname; it introduces no one after it.
		if i == k-1 && i > p && s.toks[i].Joined && surnameHonorifics[t] {
			continue
		}
		if taken[i] || !s.nameLike(i) || i > p && !s.toks[i].Joined || prepositional(t) || nameEnders[t] {
			return false
		}
		if i > p && commonWords[t] && !s.givenName(i) && !nameJoiners[t] {
			return false
		}
	}
	return !nameJoiners[s.toks[k-1].Text]
}

// onlyComma reports whether gap is one comma with spaces around it.
func onlyComma(gap []rune) bool {
	n := 0
	for _, r := range gap {
		switch r {
		case ' ':
		case ',':
			n++
		default:
			return false
		}
	}
	return n == 1
}

// nationalOffice reports whether token k starts an office title followed,
// within six words, by a definite nationality (مدير المخابرات الوطنية
// الكورية الجنوبية).
func (s *state) nationalOffice(k int, matchAt map[int]int) bool {
	j, ok := matchAt[k]
	if !ok || !s.officeTitle(j) {
		return false
	}
	for i := s.in.Matches[j].Last; i < len(s.toks) && i < s.in.Matches[j].Last+6 && s.toks[i].Joined; i++ {
		if d, ok := matchAt[i]; ok && s.kinds[d].demonym >= 0 && strings.HasPrefix(s.toks[i].Text, "ال") {
			return true
		}
	}
	return false
}
