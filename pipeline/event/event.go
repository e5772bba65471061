// Package event holds what the meeting stages of every language share:
// the trigger families, the resolved entity they read, and the choice of
// host and guest. A language's packages import it; it imports no
// language's packages, so neither language imports the other.
package event

import (
	"github.com/extract-news/extract/pipeline/doc"
	"github.com/extract-news/extract/pipeline/gazetteer"
)

// Family groups trigger words by what they say about the encounter.
type Family uint8

// Trigger families.
const (
	// Receive: استقبل, received — the subject hosts the object.
	Receive Family = iota + 1
	// Meet: التقى، اجتمع، لقاء، اجتماع; met, meeting.
	Meet
	// Talks: بحث مع، محادثات، مباحثات، مشاورات; held talks with.
	Talks
	// Summit: قمة, summit.
	Summit
	// Visit: زيارة، زار, visit — a meeting only when a host is named.
	Visit
	// Sign: a signing ceremony between named people.
	Sign
)

// Entity is a resolved entity: its gazetteer entry (nil for people found
// only by their title, or entities the lists lack) and its output form.
// Every language's resolution stage produces it and its meeting stage
// reads it.
type Entity struct {
	Entry *gazetteer.Entry
	Out   doc.Entity
}
