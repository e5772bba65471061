// Package doc holds the types that flow between the stages of the
// extraction pipeline: the input Document and the per-document Result
// that the output stage writes as YAML or JSON.
//
// The stages, in the order data flows, are the sibling packages
//
//	input      read .txt, JSON Lines (optionally gzipped), directories, stdin
//	lang       Arabic or English, by script share; English documents go to english
//	normalize  Arabic/Latin folding with a map back to original offsets
//	tokenize   sentences, tokens and clitic stems
//	gazetteer  load, validate and compile the name lists
//	tag        longest-match tagging over tokens
//	resolve    short forms, descriptions and title-introduced people
//	dates      Arabic and English date expressions resolved against publication dates
//	meeting    meeting events with participants, place, date and evidence
//	english    the English path (prose), the same gazetteers and the same Result
//	output     YAML / JSON Lines writers (atomic files)
//
// All offsets in a Result count Unicode code points in Document.Text.
package doc

import "time"

// Document is one news article as read by the input stage.
type Document struct {
	// ID identifies the document; output files are named after it.
	ID string
	// Title is the headline. For .txt files it is the first line, which
	// is also part of Text.
	Title string
	// Text is the full text all offsets refer to.
	Text string
	// Published is the publication date; the zero Time when unknown.
	Published time.Time
	// URL and Source describe where the article came from, when known.
	URL    string
	Source string
	// Origin names where the document was read from (file, and line for
	// JSON Lines), for error messages.
	Origin string
	// Size is the number of input bytes the document was read from (its
	// file, or its JSON line), for progress reports.
	Size int64
	// Warnings collects non-fatal problems found while reading, such as
	// invalid UTF-8 that was replaced.
	Warnings []string
}

// Entity types.
const (
	Person       = "person"
	Place        = "place"
	Organization = "organization"
)

// Mention is one occurrence of an entity in the text.
type Mention struct {
	Text     string `yaml:"text" json:"text"`
	Start    int    `yaml:"start" json:"start"`
	End      int    `yaml:"end" json:"end"`
	Sentence int    `yaml:"sentence" json:"sentence"`
	// Via says how a mention that is not a plain name was found:
	// "description" (نظيره الروسي), "title" (an unknown person after a
	// title), "cue" (an unknown place after بلدة، قرية), or "" for names
	// and aliases.
	Via string `yaml:"via,omitempty" json:"via,omitempty"`
}

// Entity is a person, place or organization found in a document.
type Entity struct {
	ID        string    `yaml:"id" json:"id"`
	Type      string    `yaml:"type" json:"type"`
	Name      string    `yaml:"name" json:"name"`
	NameAr    string    `yaml:"name_ar" json:"name_ar"`
	Gazetteer bool      `yaml:"gazetteer" json:"gazetteer"`
	Country   string    `yaml:"country,omitempty" json:"country,omitempty"`
	Mentions  []Mention `yaml:"mentions" json:"mentions"`
	// Review is a reviewer's mark; nil until someone reviews the entity.
	Review *Review `yaml:"review,omitempty" json:"review,omitempty"`
}

// Span is a piece of the original text.
type Span struct {
	Text     string `yaml:"text" json:"text"`
	Start    int    `yaml:"start" json:"start"`
	End      int    `yaml:"end" json:"end"`
	Sentence int    `yaml:"sentence,omitempty" json:"sentence,omitempty"`
}

// Participant is an entity taking part in an event.
type Participant struct {
	Entity string `yaml:"entity" json:"entity"`
	Role   string `yaml:"role" json:"role"` // host | guest | participant
	// Via is ViaMember for a participant the meeting's own words do not
	// name, empty otherwise.
	Via string `yaml:"via,omitempty" json:"via,omitempty"`
}

// ViaMember marks a participant of a summit of an organization of states
// (قمة مجموعة السبع) whom the document names elsewhere and who led one
// of its members on the summit's day: present by office, not by the
// summit's sentence. Cross-document identity leaves such participants
// out, so that a summit's record joins no bilateral meeting of theirs.
const ViaMember = "member"

// Location is where an event took place.
type Location struct {
	Entity string `yaml:"entity" json:"entity"`
}

// Date is the date expression of an event and its resolved value
// (YYYY-MM-DD), empty when it cannot be resolved.
type Date struct {
	Text  string `yaml:"text" json:"text"`
	Start int    `yaml:"start" json:"start"`
	End   int    `yaml:"end" json:"end"`
	Value string `yaml:"value" json:"value"`
}

// Event status values.
const (
	Occurred = "occurred"
	Planned  = "planned"
)

// Event kinds: how a document tells of a meeting.
const (
	// Report: the document tells of the meeting as news (it took place
	// now, or at a date the text states), or of a plan.
	Report = "report"
	// Reference: the document mentions an earlier meeting in passing
	// (قمة سنغافورة، لقاؤهما الأخير، التقاه الشهر الماضي، عام 1945).
	Reference = "reference"
)

// What a reference says of its date (Event.Dated).
const (
	DatedExact   = "exact"   // a day: Date.Value
	DatedMonth   = "month"   // a month: Period is YYYY-MM
	DatedYear    = "year"    // a year: Period is YYYY
	DatedEarlier = "earlier" // only that it came before the document
)

// Event is a meeting between people.
type Event struct {
	ID     string `yaml:"id" json:"id"`
	Type   string `yaml:"type" json:"type"`
	Status string `yaml:"status" json:"status"`
	// Kind is Report or Reference; empty when the document was not
	// classified (the English path), which readers take as Report. A
	// reference keeps the status occurred: the meeting did take place.
	Kind         string        `yaml:"kind,omitempty" json:"kind,omitempty"`
	Participants []Participant `yaml:"participants" json:"participants"`
	Location     *Location     `yaml:"location" json:"location"`
	Date         *Date         `yaml:"date" json:"date"`
	// Dated says, for a reference, what the text says of its date: one
	// of DatedExact, DatedMonth, DatedYear, DatedEarlier.
	Dated string `yaml:"dated,omitempty" json:"dated,omitempty"`
	// Period is the month (YYYY-MM) or the year (YYYY) of a reference
	// dated by month or year.
	Period   string   `yaml:"period,omitempty" json:"period,omitempty"`
	Trigger  Span     `yaml:"trigger" json:"trigger"`
	Evidence []Span   `yaml:"evidence" json:"evidence"`
	Topics   []string `yaml:"topics,omitempty" json:"topics,omitempty"`
	// Review is a reviewer's mark; nil until someone reviews the event.
	Review *Review `yaml:"review,omitempty" json:"review,omitempty"`
}

// Review statuses.
const (
	Confirmed = "confirmed"
	Rejected  = "rejected"
	Corrected = "corrected"
)

// Review is a reviewer's decision on an event or entity, written by hand
// into the YAML. A re-run keeps reviewed records (package review).
type Review struct {
	// Status is Confirmed, Rejected or Corrected (the record's fields
	// were edited by the reviewer).
	Status string `yaml:"status" json:"status"`
	// Note is free text.
	Note string `yaml:"note,omitempty" json:"note,omitempty"`
}

// Meta returns the header of d's Result when d is read as language:
// the publication date in RFC 3339, empty when unknown.
func (d *Document) Meta(language string) Meta {
	m := Meta{ID: d.ID, Title: d.Title, Source: d.Source, URL: d.URL, Language: language}
	if !d.Published.IsZero() {
		m.Published = d.Published.Format(time.RFC3339)
	}
	return m
}

// Meta is the document header of a Result.
type Meta struct {
	ID        string `yaml:"id" json:"id"`
	Title     string `yaml:"title" json:"title"`
	Published string `yaml:"published" json:"published"`
	Source    string `yaml:"source" json:"source"`
	URL       string `yaml:"url" json:"url"`
	// Language is the language the document was read as: "ar" or "en"
	// (see package lang).
	Language string `yaml:"language" json:"language"`
	// Extractor names the build that wrote the result: "extract VERSION
	// (REVISION)" (see internal/version); empty in results written before
	// it was recorded.
	Extractor string `yaml:"extractor,omitempty" json:"extractor,omitempty"`
}

// FormatVersion is the version of the record format (Result) written by
// this code: it grows when a field changes meaning or goes away, not when
// one is added. The JSON Schema of the record is schema/record.schema.json.
const FormatVersion = 1

// Result is everything extracted from one document.
type Result struct {
	// FormatVersion is the FormatVersion of the code that wrote the
	// record; 0 (and no key) in records written before it was recorded.
	FormatVersion int      `yaml:"format_version,omitempty" json:"format_version,omitempty"`
	Document      Meta     `yaml:"document" json:"document"`
	Entities      []Entity `yaml:"entities" json:"entities"`
	Events        []Event  `yaml:"events" json:"events"`
	Warnings      []string `yaml:"warnings,omitempty" json:"warnings,omitempty"`
}

// Coverage counts the mentions of people introduced by a title
// (الرئيس X، اللواء X، وزير خارجية البحرين X): Known of people the
// gazetteers have, Unknown of the others. It measures gazetteer coverage
// ("extract gazetteer coverage"); it is not part of a Result.
type Coverage struct {
	Known, Unknown int
}
