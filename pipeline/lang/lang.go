// Package lang tells the language of a news document from the share of
// its letters in each script: Arabic letters against Latin letters. That
// is all the pipeline needs to choose between its Arabic and its English
// path; Latin-script text is taken to be English.
package lang

import (
	"unicode"
	"unicode/utf8"
)

// Language codes (ISO 639-1), as written in document.language.
const (
	Arabic  = "ar"
	English = "en"
)

// sample is how many letters Detect looks at: the title and the first
// paragraph decide, and a long document costs no more than a short one.
const sample = 1024

// Counts holds the letters of a text by script.
type Counts struct {
	Arabic, Latin, Other int
}

// Count counts the letters of s by script, up to the first sample letters.
func Count(s string) Counts { return count(s, false) }

// count counts as Count does; with decide it stops as soon as the rest of
// the sample can no longer change which of Arabic and Latin has more.
func count(s string, decide bool) Counts {
	var c Counts
	for i := 0; i < len(s) && c.Arabic+c.Latin+c.Other < sample; {
		if decide {
			left := sample - (c.Arabic + c.Latin + c.Other)
			if c.Arabic >= c.Latin+left || c.Latin > c.Arabic+left {
				break
			}
		}
		b := s[i]
		if b < utf8.RuneSelf {
			i++
			if 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' {
				c.Latin++
			}
			continue
		}
		var r rune
		if b >= 0xC2 && b < 0xE0 && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			// Two bytes, as Arabic letters are: decoded here.
			r = rune(b&0x1F)<<6 | rune(s[i+1]&0x3F)
			i += 2
		} else {
			var size int
			r, size = utf8.DecodeRuneInString(s[i:])
			i += size
		}
		switch {
		case isArabicLetter(r):
			c.Arabic++
		case 0x00C0 <= r && r <= 0x024F && r != 0x00D7 && r != 0x00F7, 0x1E00 <= r && r <= 0x1EFF:
			c.Latin++
		case 0x0600 <= r && r <= 0x06FF:
			// Arabic marks, digits and punctuation: not letters.
		case unicode.IsLetter(r):
			c.Other++
		}
	}
	return c
}

// Detect returns the language of s: English when Latin letters outnumber
// Arabic ones, Arabic otherwise (also when s has no letters at all, the
// pipeline's historical default). Arabic news quoting English names and
// English wire copy quoting an Arabic word are both decided by the
// majority.
func Detect(s string) string {
	c := count(s, true)
	if c.Latin > c.Arabic {
		return English
	}
	return Arabic
}

// isArabicLetter reports a letter of the Arabic blocks: the base block,
// the supplement and the presentation forms.
func isArabicLetter(r rune) bool {
	return 0x0621 <= r && r <= 0x064A || 0x066E <= r && r <= 0x06D3 || r == 0x06D5 ||
		0x0750 <= r && r <= 0x077F || 0xFB50 <= r && r <= 0xFDFF || 0xFE70 <= r && r <= 0xFEFC
}
