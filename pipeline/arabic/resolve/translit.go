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

// consonantal writes an Arabic name letter by letter in plain Latin
// letters (و → w, ي → y): the stable stem of ids.
func consonantal(s string) string {
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

// Transliterate writes an Arabic name in Latin letters a reader
// recognises, the canonical name of entities no gazetteer knows: long
// vowels read as vowels (و → o, ي → i between consonants; y and w at the
// start of a word or next to alif), the article as al- (سيرغي سكريبال →
// Sirghi Skribal, عواد بن صالح العواد → Awad Bn Salh al-Awad). Latin
// letters and digits are kept.
func Transliterate(s string) string {
	words := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '-' || r == '_' || r == '\u00a0' })
	out := make([]string, 0, len(words))
	for _, w := range words {
		if t := readableWord(w); t != "" {
			out = append(out, t)
		}
	}
	return strings.Join(out, " ")
}

// readableWord transliterates one word (see Transliterate).
func readableWord(w string) string {
	rs := []rune(w)
	article := ""
	if len(rs) > 3 && rs[0] == 'ا' && rs[1] == 'ل' {
		article, rs = "al-", rs[2:]
	}
	var b strings.Builder
	// أوزيل → Ozil, إيفانز → Ifanz: a hamza's vowel and the long vowel
	// after it are one.
	if len(rs) > 2 && !strings.ContainsRune("اوي", rs[2]) {
		switch {
		case rs[0] == 'أ' && rs[1] == 'و':
			b.WriteString("o")
			rs = rs[2:]
		case rs[0] == 'إ' && rs[1] == 'ي':
			b.WriteString("i")
			rs = rs[2:]
		}
	}
	for k, r := range rs {
		var t string
		prev, next := rune(0), rune(0)
		if k > 0 {
			prev = rs[k-1]
		}
		if k+1 < len(rs) {
			next = rs[k+1]
		}
		switch r {
		case 'و':
			t = "o"
			if k == 0 || prev == 'ا' || next == 'ا' || next == 'ي' || next == 'و' && prev != 'و' {
				t = "w"
			}
		case 'ي', 'ى':
			t = "i"
			if k == 0 || prev == 'ا' || next == 'ا' || next == 'و' || prev == 'ي' || prev == 'و' {
				t = "y"
			}
			if r == 'ى' {
				t = "a"
			}
		case 'ع':
			// عبد → Abd, عواد → Awad: a vowel the script does not write.
			if k == 0 && next != 'ا' {
				t = "a"
			}
		default:
			if s, ok := translit[r]; ok {
				t = s
			} else if r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
				t = string(r)
			}
		}
		b.WriteString(t)
	}
	body := b.String()
	if body == "" {
		return ""
	}
	body = strings.ToUpper(body[:1]) + body[1:]
	if article != "" {
		return article + body
	}
	return body
}

// Slug makes an id from an Arabic or Latin name: lower-case ASCII words
// joined by hyphens, letter by letter (ids stay what they were when
// names became readable).
func Slug(s string) string { return slugLatin(consonantal(s)) }

// slugLatin makes an id from a name in Latin letters.
func slugLatin(name string) string {
	t := strings.ToLower(name)
	f := strings.FieldsFunc(t, func(r rune) bool { return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9') })
	if len(f) == 0 {
		return "unnamed"
	}
	return strings.Join(f, "-")
}
