package meeting

import wordlists "github.com/extract-news/extract/pipeline/lexicon"

// WordLists returns the word-list families the stage defines and reads
// (ar/meeting.yaml, ar/triggers.yaml), for lexicon.Check and
// lexicon.Extend.
func WordLists() []*wordlists.Family { return []*wordlists.Family{lex, triggers} }
