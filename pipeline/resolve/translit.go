package resolve

import (
	"strings"
	"unicode"
)

var translit = map[rune]string{
	'ا': "a", 'أ': "a", 'إ': "i", 'آ': "a", 'ٱ': "a", 'ب': "b", 'ت': "t", 'ث': "th", 'ج': "j", 'ح': "h", 'خ': "kh",
	'د': "d", 'ذ': "dh", 'ر': "r", 'ز': "z", 'س': "s", 'ش': "sh", 'ص': "s", 'ض': "d", 'ط': "t", 'ظ': "z",
	'ع': "", 'غ': "gh", 'ف': "f", 'ق': "q", 'ك': "k", 'ل': "l", 'م': "m", 'ن': "n", 'ه': "h", 'ة': "a",
	'و': "w", 'ي': "y", 'ى': "a", 'ء': "", 'ؤ': "", 'ئ': "", 'پ': "p", 'چ': "ch", 'ژ': "zh", 'گ': "g", 'ڤ': "v",
}

// Transliterate writes an Arabic name in plain Latin letters, a readable
// stand-in for the canonical name of people no gazetteer knows.
func Transliterate(s string) string {
	var b strings.Builder
	upper := true
	for _, r := range s {
		switch {
		case r == ' ':
			b.WriteByte(' ')
			upper = true
		case translit[r] != "":
			t := translit[r]
			if upper {
				t = strings.ToUpper(t[:1]) + t[1:]
				upper = false
			}
			b.WriteString(t)
		case r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			b.WriteRune(r)
			upper = false
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// Slug makes an id from an Arabic or Latin name: lower-case ASCII words
// joined by hyphens.
func Slug(s string) string { return slugLatin(Transliterate(s)) }

// slugLatin makes an id from a transliterated name.
func slugLatin(name string) string {
	t := strings.ToLower(name)
	f := strings.FieldsFunc(t, func(r rune) bool { return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9') })
	if len(f) == 0 {
		return "unnamed"
	}
	return strings.Join(f, "-")
}
