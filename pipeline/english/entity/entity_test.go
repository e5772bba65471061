package entity

import "testing"

func TestFold(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"erdogan", "erdogan"},
		{"erdoğan", "erdogan"},
		{"çavuşoğlu", "cavusoglu"},
		{"médecins", "medecins"},
		{"łódź", "lodz"},
		{"ıstanbul", "istanbul"},
		{"straße", "strasse"},
	} {
		if got := fold(tc.in); got != tc.want {
			t.Errorf("fold(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestSlug(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Mukhtar Tileuberdi", "mukhtar-tileuberdi"},
		{"Nur-Sultan", "nur-sultan"},
		{"Mevlüt Çavuşoğlu", "mevlut-cavusoglu"},
		{"O'Brien", "o-brien"},
		{"---", "unnamed"},
	} {
		if got := slug(tc.in); got != tc.want {
			t.Errorf("slug(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestIsCaps(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"WHO", true}, {"U.N.", true}, {"SANA", true}, {"Who", false}, {"A", false}, {"un", false},
	} {
		if got := isCaps(tc.in); got != tc.want {
			t.Errorf("isCaps(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

func TestDemonyms(t *testing.T) {
	for _, tc := range []struct{ word, code string }{
		{"syrian", "SY"}, {"russian", "RU"}, {"turkish", "TR"}, {"emirati", "AE"}, {"north korean", "KP"}, {"azeri", "AZ"},
	} {
		if got := demonyms[tc.word]; got != tc.code {
			t.Errorf("demonyms[%q] = %q, want %q", tc.word, got, tc.code)
		}
	}
	for w, c := range demonyms {
		if len(c) != 2 || c[0] < 'A' || c[0] > 'Z' || c[1] < 'A' || c[1] > 'Z' {
			t.Errorf("demonym %q: code %q is not ISO 3166-1 alpha-2", w, c)
		}
		if stopWords[w] {
			t.Errorf("demonym %q is also a stop word", w)
		}
	}
}
