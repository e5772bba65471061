package resolve

import (
	"reflect"
	"testing"
)

// insertionSort is the sort sortMentions replaced: stable on (start, end).
func insertionSort(ms []Mention) {
	for i := 1; i < len(ms); i++ {
		for j := i; j > 0 && (ms[j].Start < ms[j-1].Start || ms[j].Start == ms[j-1].Start && ms[j].End < ms[j-1].End); j-- {
			ms[j], ms[j-1] = ms[j-1], ms[j]
		}
	}
}

// TestSortMentions checks that sortMentions orders as insertion sort did,
// ties (same start and end) kept in the order they came.
func TestSortMentions(t *testing.T) {
	m := func(start, end, entity int) Mention { return Mention{Start: start, End: end, Entity: entity} }
	appended := []Mention{}
	for i := range 200 {
		appended = append(appended, m(1000+i*10, 1000+i*10+5, i))
	}
	for i := range 200 { // a later pass adds early mentions
		appended = append(appended, m(i*3, i*3+2, 1000+i), m(i*3, i*3+2, 2000+i))
	}
	tests := []struct {
		name string
		ms   []Mention
	}{
		{"empty", nil},
		{"sorted", []Mention{m(0, 3, 0), m(4, 6, 1)}},
		{"same start, shorter first", []Mention{m(0, 5, 0), m(0, 3, 1)}},
		{"ties keep their order", []Mention{m(5, 6, 0), m(1, 2, 1), m(5, 6, 2), m(1, 2, 3)}},
		{"early mentions appended by a later pass", appended},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := append([]Mention(nil), tt.ms...)
			insertionSort(want)
			got := append([]Mention(nil), tt.ms...)
			sortMentions(got)
			if !reflect.DeepEqual(got, want) {
				t.Errorf("sortMentions differs from insertion sort:\n got %v\nwant %v", got, want)
			}
		})
	}
}
