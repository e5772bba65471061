package meeting

import "github.com/extract-news/extract/pipeline/doc"

// Roles assigns host and guest to the participants of one meeting, given
// in order with their entity ids and gazetteer countries ("" when
// unknown): when subjectHosts (استقبل، received, with its subject named
// first) the first hosts; otherwise, when the place's country is known
// and exactly one participant belongs to it, that one hosts. The others
// are guests when there is a host, participants when there is none. The
// Arabic and English paths share it.
func Roles(ids, countries []string, subjectHosts bool, placeCountry string) []doc.Participant {
	out := make([]doc.Participant, len(ids))
	for i, id := range ids {
		out[i] = doc.Participant{Entity: id, Role: "participant"}
	}
	host := -1
	switch {
	case subjectHosts:
		host = 0
	case placeCountry != "":
		for i, c := range countries {
			if c == placeCountry {
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
