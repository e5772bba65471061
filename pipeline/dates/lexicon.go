package dates

import (
	"github.com/extract-news/extract/pipeline/lexicon"
	"github.com/extract-news/extract/pipeline/normalize"
)

// ar and en hold the word sets of the date grammars:
// pipeline/lexicon/ar/dates.yaml and en/dates.yaml say what each does.
var (
	ar = lexicon.Define(lexicon.Spec{Language: "ar", Name: "dates", Form: normalize.String})
	en = lexicon.Define(lexicon.Spec{Language: "en", Name: "dates", Form: normalize.String, Stored: true})
)

func init() { ar.OnExtend(buildStarters) }
