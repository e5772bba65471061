package event

import "github.com/extract-news/extract/pipeline/doc"

// Roles assigns host and guest to the participants of one meeting
// (indexes into ents, in order): when subjectHosts (استقبل، received, with
// its subject named first) the first hosts; otherwise, when the place
// (index into ents, or -1) has a country and exactly one participant
// belongs to it, that one hosts. The others are guests when there is a
// host, participants when there is none. Every language's meeting
// stage uses it.
func Roles(ents []Entity, people []int, subjectHosts bool, place int) []doc.Participant {
	out := make([]doc.Participant, len(people))
	for i, p := range people {
		out[i] = doc.Participant{Entity: ents[p].Out.ID, Role: "participant"}
	}
	host := -1
	switch {
	case subjectHosts:
		host = 0
	case place >= 0 && ents[place].Entry != nil && ents[place].Entry.Country != "":
		c := ents[place].Entry.Country
		for i, p := range people {
			if e := ents[p].Entry; e != nil && e.Country == c {
				if host >= 0 {
					host = -1
					break
				}
				host = i
			}
		}
	}
	if host >= 0 && len(out) > 1 {
		for i := range out {
			out[i].Role = "guest"
		}
		out[host].Role = "host"
	}
	return out
}
