package entity

import "github.com/extract-news/extract/pipeline/lexicon"

// WordLists returns the word-list families the stage defines and reads
// (en/resolve.yaml), for lexicon.Check and lexicon.Extend.
func WordLists() []*lexicon.Family { return []*lexicon.Family{lex} }
