// Package normalize produces the analysis form of Arabic and Latin news
// text together with a map back to the original, so that every span found
// in the analysis form can be reported in original code-point offsets.
//
// The analysis form is built in one pass:
//
//   - Unicode NFC, segment by segment;
//   - Arabic diacritics (harakat, tanwin, shadda, sukun, superscript alef,
//     Quranic marks), tatweel, zero-width and bidi control characters and
//     the soft hyphen are removed;
//   - alef forms أ إ آ ٱ fold to ا, ى to ي, ة to ه, ؤ to و, ئ to ي;
//   - Arabic-Indic and Persian digits fold to ASCII digits;
//   - Arabic and typographic punctuation folds to ASCII (، → , ؛ → ; ؟ → ?
//     “ ” « » → "), and every kind of white space to a space or a newline;
//   - Latin letters are lower-cased;
//   - a dot inside a word that was broken on purpose with tatweel
//     (اليائــ.سة، المسـ.ـلحة، عـ.مليات) is removed, so the word is whole.
//
// Every step maps one original code point to at most one analysis code
// point, so the analysis form is never longer than the original.
package normalize

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Text is the analysis form of a string and its offset map.
type Text struct {
	// Runes is the analysis form.
	Runes []rune
	// Orig holds, for each rune of Runes, the code-point offset in the
	// original string of the code point it came from; it has one more
	// element than Runes, the original length in code points.
	Orig []int32
}

// String returns the analysis form as a string.
func (t *Text) String() string { return string(t.Runes) }

// Span maps the analysis-form span [i, j) to the original code-point span
// [start, end). The end extends over removed characters (diacritics,
// tatweel, invisible controls) that follow the last analysis rune, so that
// a word keeps its own marks.
func (t *Text) Span(i, j int) (start, end int) {
	if j < i {
		j = i
	}
	return int(t.Orig[i]), int(t.Orig[j])
}

// Fold maps a single code point of NFC text to its analysis form. It
// returns -1 for code points that are removed.
func Fold(r rune) rune {
	switch {
	case r < 0x80:
		if 'A' <= r && r <= 'Z' {
			return r + 'a' - 'A'
		}
		if r == '\t' || r == '\v' || r == '\f' {
			return ' '
		}
		if r == '\r' {
			return '\n'
		}
		return r
	case r >= 0x0600 && r <= 0x06FF:
		return foldArabic(r)
	}
	switch r {
	case 0x00A0, 0x1680, 0x202F, 0x205F, 0x3000:
		return ' '
	case 0x0085, 0x2028, 0x2029:
		return '\n'
	case 0x00AD, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2060, 0xFEFF,
		0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x061C:
		return -1
	case 0x201C, 0x201D, 0x201E, 0x201F, 0x00AB, 0x00BB, 0x2033, 0x2036, 0x275D, 0x275E:
		return '"'
	case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x2035, 0x2039, 0x203A:
		return '\''
	case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212:
		return '-'
	case 0x2026:
		return '.'
	}
	if r >= 0x2000 && r <= 0x200A {
		return ' '
	}
	return unicode.ToLower(r)
}

func foldArabic(r rune) rune {
	switch {
	case r >= 0x064B && r <= 0x065F, r == 0x0670, r >= 0x0610 && r <= 0x061A,
		r >= 0x06D6 && r <= 0x06DC, r >= 0x06DF && r <= 0x06E8, r >= 0x06EA && r <= 0x06ED,
		r == 0x0640:
		return -1
	case r >= 0x0660 && r <= 0x0669:
		return r - 0x0660 + '0'
	case r >= 0x06F0 && r <= 0x06F9:
		return r - 0x06F0 + '0'
	}
	switch r {
	case 'أ', 'إ', 'آ', 'ٱ', 0x0672, 0x0673:
		return 'ا'
	case 'ى':
		return 'ي'
	case 'ة':
		return 'ه'
	case 'ؤ':
		return 'و'
	case 'ئ':
		return 'ي'
	case 'ی', 'ې': // Persian yeh
		return 'ي'
	case 'ک': // Persian kaf
		return 'ك'
	case '،':
		return ','
	case '؛':
		return ';'
	case '؟':
		return '?'
	case '٪':
		return '%'
	case '٫':
		return '.'
	case '٬':
		return ','
	case '۔':
		return '.'
	}
	return r
}

// IsArabicLetter reports whether r is a letter of the Arabic block.
func IsArabicLetter(r rune) bool {
	return r >= 0x0621 && r <= 0x064A || r >= 0x0671 && r <= 0x06D3 || r == 0x06D5
}

// Normalize returns the analysis form of s with its offset map. s should
// be valid UTF-8 (the input stage replaces invalid bytes); an invalid byte
// counts as one code point, as utf8.RuneCountInString counts it.
func Normalize(s string) *Text {
	t := &Text{
		Runes: make([]rune, 0, len(s)/2+1),
		Orig:  make([]int32, 0, len(s)/2+2),
	}
	var (
		it      norm.Iter
		pos     int32 // code points of s consumed
		bytePos int
		tatweel bool // a tatweel was removed since the last kept rune
		dot     = -1 // index in Runes of a '.' that may join a broken word
		dotTat  bool // a tatweel stood right before that dot
	)
	it.InitString(norm.NFC, s)
	for !it.Done() {
		seg := it.Next()
		next := it.Pos()
		n := int32(utf8.RuneCountInString(s[bytePos:next]))
		bytePos = next
		segStart := pos
		pos += n
		k := int32(0)
		for len(seg) > 0 {
			r, size := utf8.DecodeRune(seg)
			seg = seg[size:]
			origin := segStart + min(k, n-1)
			k++
			f := Fold(r)
			if f < 0 {
				if r == 0x0640 {
					tatweel = true
				}
				continue
			}
			if dot >= 0 && dot == len(t.Runes)-1 && (dotTat || tatweel) && IsArabicLetter(f) {
				// اليائــ.سة: drop the dot that broke the word.
				t.Runes = t.Runes[:dot]
				t.Orig = t.Orig[:dot]
			}
			dot = -1
			if f == '.' && len(t.Runes) > 0 && IsArabicLetter(t.Runes[len(t.Runes)-1]) {
				dot, dotTat = len(t.Runes), tatweel
			}
			tatweel = false
			t.Runes = append(t.Runes, f)
			t.Orig = append(t.Orig, origin)
		}
	}
	t.Orig = append(t.Orig, pos)
	return t
}

// String returns the analysis form of s, for tables and tests.
func String(s string) string { return Normalize(s).String() }
