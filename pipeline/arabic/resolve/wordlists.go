package resolve

import "github.com/extract-news/extract/pipeline/lexicon"

// WordLists returns the word-list families the stage defines and reads
// (ar/resolve.yaml, ar/common.yaml), for lexicon.Check and lexicon.Extend.
func WordLists() []*lexicon.Family { return []*lexicon.Family{lex, common} }
