package eval

import (
	"testing"

	"github.com/extract-news/extract/pipeline/doc"
)

func TestSkeleton(t *testing.T) {
	for _, tc := range []struct{ a, b string }{
		{"Karnaz", "Krnaz"},
		{"Al-Jnainah", "Aljnynh"},
		{"Huwijat Saqr", "Hwyjh Skr"},
		{"Al-Hamamiyat", "Alhmamyat"},
		{"Al-Bu Omar", "Albwmr"},
	} {
		if Skeleton(tc.a) != Skeleton(tc.b) {
			t.Errorf("Skeleton(%q) = %q, Skeleton(%q) = %q; want equal", tc.a, Skeleton(tc.a), tc.b, Skeleton(tc.b))
		}
	}
	for _, tc := range []struct{ a, b string }{
		{"Karnaz", "Kafr Nabl"},
		{"Douma", "Deir ez-Zor"},
	} {
		if Skeleton(tc.a) == Skeleton(tc.b) {
			t.Errorf("Skeleton(%q) = Skeleton(%q) = %q; want different", tc.a, tc.b, Skeleton(tc.a))
		}
	}
}

func TestScoreNames(t *testing.T) {
	g, err := ParseGold([]byte(`documents:
  - id: d
    places:
      - Karnaz: [كفرناز]
    organizations:
      - Turkish Army: [الجيش التركي الحر]
`), "gold.yaml")
	if err != nil {
		t.Fatal(err)
	}
	ents := []doc.Entity{
		// Not from a gazetteer: matched by its transliteration's skeleton.
		{ID: "x-krnaz", Type: doc.Place, Name: "Krnaz", Mentions: []doc.Mention{{Text: "كرناز"}}},
		// From a gazetteer: matched by another of its English names.
		{ID: "turkish-armed-forces", Type: doc.Organization, Name: "Turkish Armed Forces", Gazetteer: true, Mentions: []doc.Mention{{Text: "الجيش التركي"}}},
	}
	names := func(id string) []string {
		if id == "turkish-armed-forces" {
			return []string{"Turkish army", "TSK"}
		}
		return nil
	}
	for _, tc := range []struct {
		name   string
		opts   Options
		wantTP int
	}{
		{"without names", Options{}, 1},
		{"with names", Options{Names: names}, 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := ScoreWith(g, map[string]*doc.Result{"d": result("d", ents)}, tc.opts)
			if tp := r.Counts(doc.Place).TP + r.Counts(doc.Organization).TP; tp != tc.wantTP {
				t.Errorf("true positives = %d, want %d (false alarms %v)", tp, tc.wantTP, r.FalseAlarms)
			}
		})
	}
}
