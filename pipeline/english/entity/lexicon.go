package entity

import "strings"

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

// stopWords are capitalized at the start of a sentence or in headlines
// but never begin or end a name.
var stopWords = set(`a an the this that these those his her its their our my your he she it they we i you
	and or but nor so yet if as at by for from in into of on onto to with without within via per than then
	after before during since until while when where who whom whose which what why how
	is are was were be been being has have had do does did will would shall should can could may might must
	not no yes also only just even still already
	said says say told tells added noted stressed announced reported according
	monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow tonight
	january february march april may june july august september october november december
	jan feb mar apr jun jul aug sep sept oct nov dec
	mr mrs ms dr sir
	earlier later meanwhile however moreover furthermore`)

// nameParticles may stand inside a name in lower case (Mohammed bin
// Salman, Staffan de Mistura).
var nameParticles = set(`al el bin ibn bint abu abd de da di del della van von der du la le ben`)

// counterpartWords refer back to the office of the person just named
// (his Russian counterpart).
var counterpartWords = set(`counterpart counterparts`)

// placeCues stand before a place (in Sochi, near Idlib).
var placeCues = set(`in at to from near outside inside into across toward towards`)

// orgCues stand before an organization (the agency SANA).
var orgCues = set(`agency newspaper channel group movement party ministry council`)

// determiners before a bare title make it a definite description (the
// president), not a title in general (a president).
var determiners = set(`the`)

func set(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// honorifics stand before a person's name (Mr. Smith, Dr. Haddad).
var honorifics = set(`mr mrs ms miss dr sir dame lady lord prof rev`)

// personNouns, in lower case right before a name, say it is a person's
// (footballer Alan Shearer, spokesman Dmitry Peskov).
var personNouns = set(`spokesman spokeswoman spokesperson coach manager striker midfielder defender goalkeeper
	captain player footballer finalist champion rider driver cyclist boxer leader chairman chairwoman
	president minister secretary premier ambassador envoy official analyst economist trader director
	founder author singer actor actress partner colleague wife husband son daughter brother sister
	father mother widow opponent rival candidate deputy aide adviser advisor negotiator lawyer judge
	general commander colonel activist dissident journalist correspondent veteran skipper teammate mate
	seed wildcard compatriot countryman`)

// orgHeads end an organization's name (General Motors Corp, Commerce
// Department, Labour Party).
var orgHeads = set(`corp corporation inc co ltd plc llc ag sa nv bv gmbh group holdings industries bank
	party ministry department agency council committee commission association federation union
	club university institute institution foundation fund exchange board bureau office service
	services airlines airways motors company organisation organization front movement army police
	court parliament assembly congress senate authority centre center desk newsdesk times post
	journal news television radio network press trust alliance league community`)

// placeHeads end a place's name (Wall Street, Red Sea, Golan Heights).
var placeHeads = set(`street square avenue road river sea ocean gulf island islands mountain mountains valley
	bay lake heights desert coast strait peninsula province county district region state city town
	village camp crossing canal`)
