package dataset

import (
	"slices"
	"strings"

	"github.com/extract-news/extract/pipeline/normalize"
)

// CAMEO event codes given to meetings.
const (
	IntentToMeet = "036" // Express intent to meet or negotiate
	Consult      = "040" // Consult, not specified below
	MakeVisit    = "042" // Make a visit
	HostVisit    = "043" // Host a visit
	ThirdPlace   = "044" // Meet at "third" location
	Negotiate    = "046" // Engage in negotiation
)

var codeNames = map[string]string{
	IntentToMeet: "Express intent to meet or negotiate",
	Consult:      "Consult",
	MakeVisit:    "Make a visit",
	HostVisit:    "Host a visit",
	ThirdPlace:   "Meet at third location",
	Negotiate:    "Engage in negotiation",
}

// CodeName returns the CAMEO name of a code given by CAMEO, or "".
func CodeName(code string) string { return codeNames[code] }

// Roles.
const (
	Host        = "host"
	Guest       = "guest"
	Participant = "participant"
)

// CAMEO chooses the CAMEO code of a meeting from its status, trigger
// word, participants and place, and returns it with the participants in
// the order the code reads them (the source actor first). The rules, in
// order:
//
//  1. A planned meeting is 036 (express intent to meet): CAMEO codes
//     intentions apart from the events themselves.
//  2. When no participant is host or guest but the place has a country
//     that some participants have and others, of a known country, do
//     not, those of the place's country are hosts and the others guests. (The extractor
//     names a host from the place only when exactly one participant is
//     of its country.)
//  3. A negotiation trigger (مفاوضات، تفاوض) is 046.
//  4. With a host and a guest: a visit trigger (زيارة، زار) is 042 with
//     a guest as source, a receive trigger (استقبل) 043 with a host as
//     source; any other trigger is read from its subject, the first
//     participant: 043 when it hosts, 042 when it is the guest.
//  5. A place whose country none of the participants has, when every
//     participant's country is known, is 044 (a third location).
//  6. Anything else is 040 (consult).
//
// actors is not modified.
func CAMEO(status, trigger string, actors []Actor, place *Place) (string, []Actor) {
	actors = slices.Clone(actors)
	deriveRoles(actors, place)
	if status == "planned" {
		return IntentToMeet, actors
	}
	t := normalize.String(trigger)
	if strings.Contains(t, "فاوض") {
		return Negotiate, actors
	}
	if hasRole(actors, Host) && hasRole(actors, Guest) {
		code := HostVisit
		switch {
		case strings.Contains(t, "زيار") || strings.HasPrefix(t, "زار"):
			code = MakeVisit
		case strings.Contains(t, "استقبل"):
		case actors[0].Role == Guest:
			code = MakeVisit
		case actors[0].Role != Host:
			// The subject is neither: read the first one with a role.
			for _, a := range actors {
				if a.Role == Guest {
					code = MakeVisit
					break
				}
				if a.Role == Host {
					break
				}
			}
		}
		first := Host
		if code == MakeVisit {
			first = Guest
		}
		slices.SortStableFunc(actors, func(a, b Actor) int {
			switch {
			case a.Role == first && b.Role != first:
				return -1
			case b.Role == first && a.Role != first:
				return 1
			}
			return 0
		})
		return code, actors
	}
	if place != nil && place.Country != "" {
		third := true
		for _, a := range actors {
			if a.Country == "" || a.Country == place.Country {
				third = false
				break
			}
		}
		if third {
			return ThirdPlace, actors
		}
	}
	return Consult, actors
}

func hasRole(as []Actor, role string) bool {
	return slices.ContainsFunc(as, func(a Actor) bool { return a.Role == role })
}

// deriveRoles applies rule 2 of CAMEO to as in place.
func deriveRoles(as []Actor, place *Place) {
	if place == nil || place.Country == "" || hasRole(as, Host) || hasRole(as, Guest) {
		return
	}
	home, away := 0, 0
	for _, a := range as {
		switch {
		case a.Country == place.Country:
			home++
		case a.Country != "":
			away++
		}
	}
	if home == 0 || away == 0 {
		return
	}
	for i := range as {
		if as[i].Country == place.Country {
			as[i].Role = Host
		} else {
			as[i].Role = Guest
		}
	}
}
