package resolve_test

import (
	"testing"

	"github.com/extract-news/extract/pipeline/arabic/resolve"
)

func TestBoundBody(t *testing.T) {
	tests := []struct {
		name, country string
		want          bool
	}{
		{"السفارة الأمريكية", "US", true},
		{"القنصلية التركية", "TR", true},
		{"وزارة الصحة", "", true},
		{"مجلس النواب", "", true},
		{"محكمة الاستئناف", "", true},
		{"وزارة الصحة العراقية", "IQ", false},
		{"مجلس النواب", "JO", false},
		{"حركة النهضة", "", false},
		{"جامعة هارفارد", "", false},
		{"لجنة الإنقاذ الدولية", "", false},
		{"", "", false},
	}
	for _, tt := range tests {
		if got := resolve.BoundBody(tt.name, tt.country); got != tt.want {
			t.Errorf("BoundBody(%q, %q) = %v, want %v", tt.name, tt.country, got, tt.want)
		}
	}
}
