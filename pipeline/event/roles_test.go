package event

import (
	"reflect"
	"testing"

	"github.com/extract-news/extract/pipeline/doc"
	"github.com/extract-news/extract/pipeline/gazetteer"
)

func TestRoles(t *testing.T) {
	ent := func(id, country string) Entity {
		e := Entity{Out: doc.Entity{ID: id}}
		if country != "" {
			e.Entry = &gazetteer.Entry{Country: country}
		}
		return e
	}
	ents := []Entity{ent("assad", "SY"), ent("bagheri", "IR"), ent("damascus", "SY"), ent("x-minister", ""), ent("rouhani", "IR")}
	for _, tt := range []struct {
		name         string
		people       []int
		subjectHosts bool
		place        int
		want         []string
	}{
		{"subject hosts", []int{1, 0}, true, -1, []string{"host", "guest"}},
		{"place's country hosts", []int{1, 0}, false, 2, []string{"guest", "host"}},
		{"no place", []int{0, 1}, false, -1, []string{"participant", "participant"}},
		{"none of the place's country", []int{1, 4}, false, 2, []string{"participant", "participant"}},
		{"one of the place's country among three", []int{0, 1, 4}, false, 2, []string{"host", "guest", "guest"}},
		{"unknown to the lists", []int{3, 1}, false, 2, []string{"participant", "participant"}},
		{"alone", []int{0}, true, -1, []string{"participant"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, p := range Roles(ents, tt.people, tt.subjectHosts, tt.place) {
				got = append(got, p.Role)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Roles = %v, want %v", got, tt.want)
			}
		})
	}
}
