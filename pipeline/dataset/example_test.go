package dataset_test

import (
	"fmt"

	"github.com/extract-news/extract/pipeline/dataset"
)

// Putin receiving Assad in Sochi: the extractor left both as
// "participant", the place's country makes Putin the host, and the
// subject of the trigger hosting makes it CAMEO 043.
func ExampleCAMEO() {
	actors := []dataset.Actor{
		{ID: "vladimir-putin", Country: "RU", Role: "participant"},
		{ID: "bashar-al-assad", Country: "SY", Role: "participant"},
	}
	sochi := &dataset.Place{ID: "sochi", Country: "RU"}
	code, ordered := dataset.CAMEO("occurred", "لقائه", actors, sochi)
	fmt.Println(code, dataset.CodeName(code))
	for _, a := range ordered {
		fmt.Println(a.ID, a.Role)
	}
	code, _ = dataset.CAMEO("occurred", "قمة", actors, &dataset.Place{ID: "astana", Country: "KZ"})
	fmt.Println(code, dataset.CodeName(code))
	// Output:
	// 043 Host a visit
	// vladimir-putin host
	// bashar-al-assad guest
	// 044 Meet at third location
}

// The directed dyads of two meetings: a visit, read from the host, and
// a summit, where every ordered pair is a dyad; each with its CAMEO
// root code and Goldstein value.
func ExampleDyads() {
	ms := []dataset.Meeting{
		{ID: "a/meeting-1", CAMEO: dataset.HostVisit, Actors: []dataset.Actor{
			{ID: "vladimir-putin", Role: dataset.Host}, {ID: "bashar-al-assad", Role: dataset.Guest}}},
		{ID: "c/meeting-1", CAMEO: dataset.ThirdPlace, Actors: []dataset.Actor{
			{ID: "vladimir-putin", Role: dataset.Participant}, {ID: "hassan-rouhani", Role: dataset.Participant}}},
	}
	for _, d := range dataset.Dyads(ms) {
		g, _ := dataset.Goldstein(d.Meeting.CAMEO)
		fmt.Printf("%s %s → %s %s root %s, Goldstein %.1f\n", d.Meeting.ID, d.Source.ID, d.Target.ID,
			d.Meeting.CAMEO, dataset.RootCode(d.Meeting.CAMEO), g)
	}
	// Output:
	// a/meeting-1 vladimir-putin → bashar-al-assad 043 root 04, Goldstein 2.8
	// c/meeting-1 vladimir-putin → hassan-rouhani 044 root 04, Goldstein 2.5
	// c/meeting-1 hassan-rouhani → vladimir-putin 044 root 04, Goldstein 2.5
}
