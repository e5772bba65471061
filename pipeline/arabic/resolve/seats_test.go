package resolve_test

import (
	"strings"
	"testing"
	"time"

	"github.com/extract-news/extract/pipeline/doc"
)

// TestSeats checks that a seat of government is the body that sits there
// unless the text puts something in it.
func TestSeats(t *testing.T) {
	x := realExtractor(t)
	pub := time.Date(2018, 6, 1, 0, 0, 0, 0, time.UTC)
	seat := func(e *doc.Entity) bool {
		return strings.HasPrefix(e.ID, "white-house") || strings.HasPrefix(e.ID, "kremlin")
	}
	tests := []struct{ name, text, want string }{
		{"a seat that speaks is the body", "وقال البيت الأبيض في بيان إن القمة ستعقد.", "white-house-body:البيت الأبيض"},
		{"a spokesman of a seat", "وأعلن المتحدث باسم الكرملين أن اللقاء انتهى.", "kremlin-body:الكرملين"},
		{"in the seat is the place", "واستقبل ترامب الأمير في البيت الأبيض.", "white-house:البيت الأبيض"},
		{"a ب clitic is the place", "والتقى ترامب الأمير بالبيت الأبيض أمس.", "white-house:البيت الأبيض"},
		{"a visit is to the place", "وعاد الوفد بعد زيارة البيت الأبيض أمس.", "white-house:البيت الأبيض"},
		{"both readings in one text", "وقال البيت الأبيض إن الرئيس استقبل الوفد في البيت الأبيض.", "white-house-body:البيت الأبيض white-house:البيت الأبيض"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := entities(t, x, tc.text, pub, seat); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
