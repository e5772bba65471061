package dates

import "github.com/extract-news/extract/pipeline/lexicon"

// WordLists returns the word-list families of the date grammars
// (ar/dates.yaml, en/dates.yaml), for lexicon.Check and lexicon.Extend.
func WordLists() []*lexicon.Family { return []*lexicon.Family{ar, en} }
