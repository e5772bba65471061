package dates

import (
	"testing"
	"time"
)

func TestPeriod(t *testing.T) {
	pub := time.Date(2018, 8, 10, 9, 0, 0, 0, time.UTC)
	tests := []struct {
		text string
		pub  time.Time
		want string
	}{
		{"الشهر الماضي", pub, "2018-07"},
		{"الشهر الجاري", pub, "2018-08"},
		{"في يونيو الماضي", pub, "2018-06"},
		{"حزيران", pub, "2018-06"},
		{"في أغسطس الماضي", pub, "2017-08"},
		{"في أغسطس", pub, "2018-08"},
		{"في نوفمبر", pub, "2017-11"},
		{"تشرين الثاني", pub, "2017-11"},
		{"في مارس 2017", pub, "2017-03"},
		{"عام 1945", pub, "1945"},
		{"العام الماضي", pub, "2017"},
		{"السنة الماضية", pub, "2017"},
		{"العام الماضي", time.Time{}, ""},
		{"في يونيو", time.Time{}, ""},
		{"مارس 2017", time.Time{}, "2017-03"},
		{"أمس", pub, ""},
		{"الأسبوع الماضي", pub, ""},
	}
	for _, tt := range tests {
		if got := Period(tt.text, tt.pub); got != tt.want {
			t.Errorf("Period(%q, %v) = %q, want %q", tt.text, tt.pub.Format(time.DateOnly), got, tt.want)
		}
	}
}
