package pipeline

import (
	"github.com/extract-news/extract/pipeline/dates"
	"github.com/extract-news/extract/pipeline/english"
	"github.com/extract-news/extract/pipeline/lexicon"
	"github.com/extract-news/extract/pipeline/meeting"
	"github.com/extract-news/extract/pipeline/resolve"
)

// WordLists returns the word-list families of every stage, ordered by
// path: the one place that names them, for lexicon.Check and
// lexicon.Extend (`extract lexicon check`, -lexicon DIR). A stage that
// defines a family exports it; a family left out here is one that Check
// reports as a file no package reads.
func WordLists() []*lexicon.Family {
	var out []*lexicon.Family
	for _, stage := range [][]*lexicon.Family{
		resolve.WordLists(),
		meeting.WordLists(),
		english.WordLists(),
		dates.WordLists(),
	} {
		out = append(out, stage...)
	}
	return lexicon.Sorted(out)
}
