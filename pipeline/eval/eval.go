// Package eval scores extraction results against a reference annotation
// (a gold file in the format of testdata/seeds-gold.yaml) and scores
// token-level name tagging on CoNLL-style corpora (ANERcorp, AQMAR).
//
// # Gold file
//
// A gold file lists, per document, the people, places and organizations
// it names (an English name with the Arabic forms that occur in the text),
// the entities that are `optional` (neither required nor false alarms),
// the `meetings` it reports and the `optional_meetings`:
//
//	documents:
//	  - id: 001
//	    people:
//	      - Bashar al-Assad: [بشار الأسد, الأسد]
//	    places:
//	      - Damascus: [دمشق]
//	    organizations: []
//	    optional: [Astana, {Iran: [إيران]}]
//	    meetings:
//	      - participants: [Bashar al-Assad, Mohammad Bagheri]
//	        location: [Damascus, null]   # a name, null, or a list (null = "null is acceptable")
//	        date: يوم أمس                # the Arabic date text, or null
//	        evidence: اجتمع الأسد مع ...
//
// # Entity matching
//
// Within one document and one type, a system entity matches a gold entity
// when
//
//   - any of its mention texts, or its name_ar, equals one of the gold
//     Arabic forms after normalize.String (surrounding punctuation is
//     trimmed, and a single leading clitic و ف ب ل ك of a mention text may
//     be dropped), or
//   - its canonical English name, or its id, equals the gold English name
//     after folding (NameKey): case, Latin diacritics (ğ → g, é → e),
//     hyphens, apostrophes, spaces and a trailing parenthesized qualifier
//     are ignored, and so are the words "al", "el" and "the"
//     ("Bashar al-Assad" = "Bashar Assad", "Al-Lataminah" = "Lataminah",
//     "Recep Tayyip Erdoğan" = "Recep Tayyip Erdogan", "Al-Watan (Syria)"
//     = "Al-Watan", id "russian-air-force" = "Russian Air Force"), or
//   - with Options.Names (extract eval passes the gazetteers' Latin
//     forms), another English name of the entity equals it ("Turkish
//     Army" for turkish-armed-forces), or
//   - for an entity no gazetteer knows (gazetteer: false, whose name is a
//     machine transliteration), the consonant Skeleton of its name equals
//     the gold name's ("Krnaz" = "Karnaz", "Aljnynh" = "Al-Jnainah").
//
// Each gold entity matches at most one system entity and vice versa: the
// assignment is a maximum bipartite matching that first pairs entities
// that agree on the English name, then on name_ar, then on any mention.
// A system entity left over that matches an `optional` name (by English
// name, or by an Arabic form when the optional entry gives forms; optional
// entries have no type) is neither a true nor a false positive. Every
// other system entity is a false positive; every gold entity left over is
// a miss. People found by a title only (gazetteer: false) count like the
// others.
//
// # Meetings
//
// Meetings are scored as unordered participant pairs per document: a
// meeting of A, B and C contributes A–B, A–C and B–C, and each distinct
// pair counts once per document. System participants (entity ids) are
// mapped to gold people through the entity matching above (or to an
// optional name). A system pair whose two participants map to a gold pair
// is a true positive; one that maps to a pair of an optional meeting is
// ignored; any other system pair, including every pair that touches an
// unmatched entity, is a false alarm. Gold pairs not found are misses.
//
// Location and date accuracy are measured on the gold meetings matched by
// at least one pair, against the system event that produced the most of
// that meeting's pairs. The location is correct when the system location
// entity maps to one of the acceptable gold names (through the entity
// matching, or by its English name) or when both are null. The date is
// correct when the system's date text contains the gold date text (whole
// words, after normalize.String, punctuation ignored) or both are null.
//
// Documents of the gold without output count as all missed; output
// documents not in the gold are ignored and listed in the report.
//
// # Development reference fields
//
// A document may give `published` (its publication date) and
// `not_meetings`: pairs (of any of its entities) that must not be
// reported as a meeting that occurred, each with `why` (phone call,
// planned, statement …). Such a pair reported as occurred is a false
// alarm like any other and is also counted on its own line. A meeting
// may give `kind` (primary: the news of the article; secondary: an
// earlier meeting mentioned in passing), whose pairs' recall is reported
// apart, and `date_value`, the ISO date it took place: where given, the
// date is right when the event's resolved date.value equals it; where
// neither `date` nor `date_value` is given, the date is not scored.
//
// # CoNLL
//
// ReadCoNLL reads `token TAG` lines (IOB tags, types PERS/PER, LOC, ORG,
// MISC; a blank line between sentences; -DOCSTART- lines ignored).
// ScoreCoNLLArticles maps the person, place and organization mentions of
// the results (of CoNLLArticles' documents) to the tokens whose
// code-point ranges they overlap and reports exact-span precision,
// recall and F1 per type and their micro-average; MISC gold spans are
// ignored.
package eval

import (
	"context"
	"math"

	"github.com/extract-news/extract/pipeline/doc"
)

// Processor extracts a Result from a Document (pipeline.Extractor).
type Processor interface {
	Process(ctx context.Context, d *doc.Document) (*doc.Result, error)
}

// Counts are the scores of one type.
type Counts struct {
	// Type is person, place, organization or meeting-pairs (gold files),
	// or PER, LOC, ORG or micro (CoNLL).
	Type string `json:"type"`
	// Gold is the number of gold items, System the number of system items
	// counted (true and false positives), TP the true positives.
	Gold   int `json:"gold"`
	System int `json:"system"`
	TP     int `json:"tp"`
	// Optional counts the system items that matched optional gold items
	// and were not counted.
	Optional  int     `json:"optional,omitempty"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

// finish computes precision, recall and F1. Empty against empty scores 1.
func (c *Counts) finish() {
	c.Precision = ratio(c.TP, c.System, c.Gold == 0)
	c.Recall = ratio(c.TP, c.Gold, c.System == 0)
	if c.Precision+c.Recall > 0 {
		c.F1 = round(2 * c.Precision * c.Recall / (c.Precision + c.Recall))
	} else {
		c.F1 = 0
	}
}

func ratio(n, d int, emptyOK bool) float64 {
	if d == 0 {
		if emptyOK {
			return 1
		}
		return 0
	}
	return round(float64(n) / float64(d))
}

func round(x float64) float64 { return math.Round(x*1e4) / 1e4 }

// Accuracy is a number of correct answers out of a total.
type Accuracy struct {
	Correct int     `json:"correct"`
	Total   int     `json:"total"`
	Value   float64 `json:"value"`
}

func (a *Accuracy) add(ok bool) {
	a.Total++
	if ok {
		a.Correct++
	}
	a.Value = round(float64(a.Correct) / float64(a.Total))
}

// Item is one miss, false alarm or wrong attribute, for -v.
type Item struct {
	// Doc is the document (or CoNLL sentence) id.
	Doc string `json:"doc"`
	// Type is person, place, organization, meeting, location or date (or
	// PER, LOC, ORG for CoNLL).
	Type string `json:"type"`
	// Name is the gold or system name; for meetings "A – B".
	Name string `json:"name"`
	// ID is the system entity or event id, when there is one.
	ID string `json:"id,omitempty"`
	// Text is the mention text (system entities), the gold Arabic forms
	// (gold entities) or the token text (CoNLL).
	Text string `json:"text,omitempty"`
	// Sentence is the sentence number of the mention or evidence.
	Sentence int `json:"sentence,omitempty"`
	// Line is the line of the gold file or CoNLL corpus.
	Line int `json:"line,omitempty"`
	// Evidence is the evidence sentence of a meeting.
	Evidence string `json:"evidence,omitempty"`
	// Reason says why, when it is not plain.
	Reason string `json:"reason,omitempty"`
	// Kind is the gold meeting's kind (primary or secondary) of a missed
	// meeting pair.
	Kind string `json:"kind,omitempty"`
}
