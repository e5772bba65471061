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
