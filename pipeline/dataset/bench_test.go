package dataset

import (
	"fmt"
	"testing"
	"time"

	"github.com/extract-news/extract/pipeline/doc"
)

// benchResults makes n documents, each with one meeting of two of 40
// people on one of 240 days, a third of them references.
func benchResults(n int) []*doc.Result {
	var people []doc.Entity
	for i := range 40 {
		people = append(people, doc.Entity{ID: fmt.Sprintf("p%02d", i), Type: doc.Person, Name: fmt.Sprintf("P%d", i), Country: fmt.Sprintf("C%d", i%7)})
	}
	start := time.Date(2018, 2, 1, 0, 0, 0, 0, time.UTC)
	out := make([]*doc.Result, n)
	for i := range n {
		day := start.AddDate(0, 0, (i*7)%240)
		a, b := i%40, (i*13+1)%40
		if a == b {
			b = (b + 1) % 40
		}
		e := doc.Event{ID: fmt.Sprintf("d%06d/meeting-1", i), Type: "meeting", Status: doc.Occurred, Kind: doc.Report,
			Participants: []doc.Participant{{Entity: people[a].ID, Role: "participant"}, {Entity: people[b].ID, Role: "participant"}},
			Date:         &doc.Date{Value: day.Format(time.DateOnly)}}
		if i%3 == 0 {
			e.Kind, e.Dated, e.Date = doc.Reference, doc.DatedEarlier, nil
		}
		out[i] = &doc.Result{Document: doc.Meta{ID: fmt.Sprintf("d%06d", i), Published: day.AddDate(0, 0, 1).Format(time.RFC3339)},
			Entities: people, Events: []doc.Event{e}}
	}
	return out
}

// BenchmarkBuild shows the work growing with the reports, not with their
// square: compare ns/op of 2000 and 20000.
func BenchmarkBuild(b *testing.B) {
	for _, n := range []int{2000, 20000} {
		rs := benchResults(n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for b.Loop() {
				Build(rs)
			}
		})
	}
}
