package pipeline

import (
	"github.com/extract-news/extract/pipeline/dates"
	"github.com/extract-news/extract/pipeline/lexicon"
)

// WordLists returns the word-list families of every stage, ordered by
// path: the one place that names them, for lexicon.Check and
// lexicon.Extend (`extract lexicon check`, -lexicon DIR). Each language
// of the table names its stages' families; dates, which serves every
// language, is named here. A stage that defines a family exports it; a
// family left out is one that Check reports as a file no package reads.
func WordLists() []*lexicon.Family {
	out := dates.WordLists()
	for _, l := range languages {
		out = append(out, l.wordLists()...)
	}
	return lexicon.Sorted(out)
}
