package entity

import (
	"strings"

	"github.com/extract-news/extract/pipeline/lexicon"
	"github.com/extract-news/extract/pipeline/normalize"
)

// lex holds the stage's word lists: pipeline/lexicon/en/resolve.yaml says
// what each does.
var lex = lexicon.Define(lexicon.Spec{Language: "en", Name: "resolve", Form: normalize.String, Stored: true})

// demonyms maps English nationality adjectives (analysis form) to ISO
// 3166-1 codes. The gazetteers list demonyms in Arabic only; these are the
// English ones of the countries Middle East news names.
var demonyms = map[string]string{}

func init() {
	for _, line := range strings.Split(`SY syrian
RU russian
IR iranian persian
TR turkish turk
US american
GB british uk
FR french
DE german
IT italian
ES spanish
CN chinese
JP japanese
IN indian
PK pakistani
AF afghan
IQ iraqi
LB lebanese
JO jordanian
IL israeli
PS palestinian
EG egyptian
SA saudi
AE emirati
QA qatari
KW kuwaiti
BH bahraini
OM omani
YE yemeni yemenite
LY libyan
TN tunisian
DZ algerian
MA moroccan
SD sudanese
UA ukrainian
BY belarusian
KZ kazakh
AZ azerbaijani azeri
AM armenian
GE georgian
GR greek
CY cypriot
NL dutch
BE belgian
CH swiss
AT austrian
SE swedish
NO norwegian
DK danish
FI finnish
PL polish
HU hungarian
CZ czech
RS serbian
RO romanian
BG bulgarian
CA canadian
BR brazilian
VE venezuelan
KP north korean
KR south korean
ID indonesian
MY malaysian
ET ethiopian
SO somali
NG nigerian`, "\n") {
		f := strings.Fields(line)
		if len(f) == 3 && (f[1] == "north" || f[1] == "south") {
			demonyms[f[1]+" "+f[2]] = f[0]
			continue
		}
		for _, w := range f[1:] {
			demonyms[w] = f[0]
		}
	}
}

// Cue lists, in analysis form (see pipeline/lexicon/en/resolve.yaml).
var (
	stopWords        = lex.Set("stopWords")
	nameParticles    = lex.Set("nameParticles")
	counterpartWords = lex.Set("counterpartWords")
	placeCues        = lex.Set("placeCues")
	orgCues          = lex.Set("orgCues")
	determiners      = lex.Set("determiners")
	honorifics       = lex.Set("honorifics")
	personNouns      = lex.Set("personNouns")
	orgHeads         = lex.Set("orgHeads")
	placeHeads       = lex.Set("placeHeads")
)
