package resolve

import (
	"github.com/extract-news/extract/pipeline/internal/wordsig"
	"github.com/extract-news/extract/pipeline/lexicon"
	"github.com/extract-news/extract/pipeline/normalize"
)

// lex and common hold the stage's word lists: pipeline/lexicon/ar/resolve.yaml
// and ar/common.yaml say what each does. Arabic lists are written as
// spelled and normalized on load.
var (
	lex    = lexicon.Define(lexicon.Spec{Language: "ar", Name: "resolve", Form: normalize.String})
	common = lexicon.Define(lexicon.Spec{Language: "ar", Name: "common", Form: normalize.String})

	commonWords   = common.Set("commonWords")
	definiteNouns = common.Set("definiteNouns")
)

// The signatures derived from lists follow a user's additions (-lexicon).
func init() {
	lex.OnExtend(func() {
		*bodyHeadSigs = *wordsig.Of(bodyHeads)
		*foreignGivenSigs = *wordsig.Of(foreignGivenNames)
		*settlementSigs = *wordsig.Of(settlementNouns)
	})
}
