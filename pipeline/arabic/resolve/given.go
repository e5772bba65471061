package resolve

import (
	"strings"

	"github.com/extract-news/extract/pipeline/gazetteer"
	"github.com/extract-news/extract/pipeline/internal/wordsig"
)

//go:generate go run gen_common.go

// ViaGiven marks the people found by a foreign given name alone.
const ViaGiven = "given"

var foreignGivenNames = lex.Set("foreignGivenNames")

// foreignNamed reports the people named with a foreign given name and at
// least one more word that no gazetteer or other rule took: ديفيد ديفيس،
// وفيكتوريا سكريبال. The name takes the next word that may be part of a
// name (not a function word, not definite), or a particle and the word
// after it (كيفن دي بروين).
func (s *state) foreignNamed(taken []bool) {
	for i := 0; i+1 < len(s.toks); i++ {
		// The cheap tests first: most tokens are taken or not followed
		// by a free word.
		if taken[i] || taken[i+1] || !s.toks[i+1].Joined {
			continue
		}
		found, waw := s.foreignGiven(i)
		if !found {
			continue
		}
		// One surname, or a particle and a surname (كيفن دي بروين).
		end := i + 1
		for end < len(s.toks) && !taken[end] && s.toks[end].Joined && s.surnameLike(end) {
			if next, _ := s.foreignGiven(end); next {
				break // the next name: سيرغي سكريبال وفيكتوريا سكريبال
			}
			end++
			if end-i == 3 || !nameJoiners[s.toks[end-1].Text] {
				break
			}
		}
		if nameJoiners[s.toks[end-1].Text] {
			continue
		}
		if end-i < 2 {
			continue
		}
		s.addUnknown(gazetteer.TypePerson, i, end, waw, ViaGiven, "")
		markTokens(taken, i, end)
		i = end - 1
	}
}

// foreignGiven reports whether token i is a foreign given name, alone or
// after the conjunction و (waw).
func (s *state) foreignGiven(i int) (found, waw bool) {
	t := s.toks[i].Text
	if foreignGivenSigs.MayHave(t) && foreignGivenNames[t] {
		return true, false
	}
	if rest, ok := strings.CutPrefix(t, "و"); ok && foreignGivenSigs.MayHave(rest) && foreignGivenNames[rest] {
		return true, true
	}
	return false, false
}

// foreignGivenSigs spares most tokens the lookup in foreignGivenNames.
var foreignGivenSigs = wordsig.Of(foreignGivenNames)

// surnameLike reports whether token i may continue a foreign name: a
// word that may be part of a name, neither definite (الوزير) nor led by
// a preposition (بالقرب) nor one of the most common words of news
// (عام، عقب، مدرب: commonWords).
func (s *state) surnameLike(i int) bool {
	t := s.toks[i].Text
	return s.nameLike(i) && !prepositional(t) && !(len(t) > 4 && t[:4] == "ال") && !commonWords[t]
}
