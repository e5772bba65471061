package english

import (
	"github.com/extract-news/extract/pipeline/english/entity"
	"github.com/extract-news/extract/pipeline/english/meeting"
	"github.com/extract-news/extract/pipeline/lexicon"
)

// WordLists returns the word-list families of the English stages (entity,
// meeting), for lexicon.Check and lexicon.Extend. The English date words
// are package dates', which serves both languages.
func WordLists() []*lexicon.Family {
	return append(entity.WordLists(), meeting.WordLists()...)
}
