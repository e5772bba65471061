package dataset

import "slices"

// goldstein holds the Goldstein (1992) conflict–cooperation weights of
// the CAMEO codes given to meetings, as the CAMEO codebook's Goldstein
// scale publishes them (and ICEWS, GDELT and Phoenix use them).
var goldstein = map[string]float64{
	IntentToMeet: 4.0,
	Consult:      1.0,
	MakeVisit:    1.9,
	HostVisit:    2.8,
	ThirdPlace:   2.5,
	Negotiate:    7.0,
}

// Goldstein returns the Goldstein scale value of a code CAMEO gives;
// ok is false for other codes.
func Goldstein(code string) (value float64, ok bool) {
	value, ok = goldstein[code]
	return value, ok
}

// RootCode returns the CAMEO root code of code, its first two digits
// (03 "express intent to cooperate" for 036, 04 "consult" for 04x).
func RootCode(code string) string {
	if len(code) < 2 {
		return code
	}
	return code[:2]
}

// QuadClass returns the quad class of a CAMEO code, as Phoenix numbers
// them: 1 verbal cooperation (roots 01–05), 2 material cooperation
// (06–09), 3 verbal conflict (10–14), 4 material conflict (15–20); 0 for
// a code that is not CAMEO.
func QuadClass(code string) int {
	root := RootCode(code)
	switch {
	case len(root) != 2 || root[0] < '0' || root[0] > '2' || root[1] < '0' || root[1] > '9':
		return 0
	case root >= "01" && root <= "05":
		return 1
	case root >= "06" && root <= "09":
		return 2
	case root >= "10" && root <= "14":
		return 3
	case root >= "15" && root <= "20":
		return 4
	}
	return 0
}

// Dyad is one directed pair of actors of a meeting: the source actor
// acts on the target, in the shape of ICEWS and Phoenix event records.
type Dyad struct {
	// Meeting is the meeting the pair comes from.
	Meeting *Meeting
	// Source acts on Target.
	Source, Target Actor
}

// Dyads returns the directed dyads of ms, meeting by meeting. In a visit
// (042, the guest visits; 043, the host receives) every actor in the
// code's source role (guests for 042, hosts for 043) is the source of one
// dyad to each other actor. In the other codes (036, 040, 044, 046) no
// actor acts on another, and every ordered pair is a dyad: A→B and B→A,
// in the meeting's actor order.
func Dyads(ms []Meeting) []Dyad {
	var out []Dyad
	for i := range ms {
		m := &ms[i]
		srcRole := ""
		switch m.CAMEO {
		case MakeVisit:
			srcRole = Guest
		case HostVisit:
			srcRole = Host
		}
		directed := srcRole != "" && slices.ContainsFunc(m.Actors, func(a Actor) bool { return a.Role == srcRole })
		for si, s := range m.Actors {
			if directed && s.Role != srcRole {
				continue
			}
			for ti, t := range m.Actors {
				if ti == si || directed && t.Role == srcRole {
					continue
				}
				out = append(out, Dyad{Meeting: m, Source: s, Target: t})
			}
		}
	}
	return out
}
