package meeting

import (
	"github.com/extract-news/extract/pipeline/arabic/resolve"
	"github.com/extract-news/extract/pipeline/doc"
	"github.com/extract-news/extract/pipeline/event"
)

// Roles is event.Roles, the host and guest choice every language shares.
func Roles(ents []resolve.Entity, people []int, subjectHosts bool, place int) []doc.Participant {
	return event.Roles(ents, people, subjectHosts, place)
}
