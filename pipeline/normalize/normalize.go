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
//   - alef forms أ إ آ ٱ fold to ا, ى to ي, ة to ه, ؤ to و, ئ to ي, and
//     the letters some write for foreign sounds to the ones most write
//     (ڤ to ف, پ to ب, Persian ی and ک to ي and ك);
//   - Arabic-Indic and Persian digits fold to ASCII digits;
//   - Arabic and typographic punctuation folds to ASCII (، → , ؛ → ; ؟ → ?
//     “ ” « » → "), and every kind of white space to a space or a newline;
//   - the underscore that joins the words of a hashtag (#دونالد_ترمب،
//     #حلف_شمال_الأطلسي) folds to a space, so names inside match;
//   - Latin letters are lower-cased;
//   - a dot inside a word that was broken on purpose with tatweel
//     (اليائــ.سة، المسـ.ـلحة، عـ.مليات) is removed, so the word is whole.
//
// Every step maps one original code point to at most one analysis code
// point, so the analysis form is never longer than the original.
package normalize

import (
	"math/bits"
	"slices"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Text is the analysis form of a string and its offset map.
type Text struct {
	// Runes is the analysis form.
	Runes []rune

	// jumps is the offset map (see Origin), as the runes whose origin is
	// not one past the previous rune's, in order: most runes come from
	// the code point after the previous one's, so the map takes a few
	// bytes where a slice of origins would take four a rune.
	jumps []jump
	last  int32 // the origin of the last rune of Runes, -1 if none

	src   string  // the original
	marks []int32 // byte offset in src of every markEvery-th code point
}

// jump is a rune of the analysis form, by index, and its origin.
type jump struct{ at, orig int32 }

// Origin returns, for 0 <= i < len(t.Runes), the code-point offset in
// the original string of the code point rune i came from, and for
// i == len(t.Runes) the original length in code points.
func (t *Text) Origin(i int) int {
	// The last jump at or before i.
	lo, hi := 0, len(t.jumps)
	for lo < hi {
		h := int(uint(lo+hi) >> 1)
		if int(t.jumps[h].at) <= i {
			lo = h + 1
		} else {
			hi = h
		}
	}
	if lo == 0 {
		return i
	}
	j := t.jumps[lo-1]
	return int(j.orig) + i - int(j.at)
}

// Origins returns the origins of the runes of t and the original length
// (Origin of 0 to len(t.Runes)), as a slice.
func (t *Text) Origins() []int32 {
	out := make([]int32, len(t.Runes)+1)
	k := 0
	for i := range out {
		for k < len(t.jumps) && int(t.jumps[k].at) <= i {
			k++
		}
		if k == 0 {
			out[i] = int32(i)
		} else {
			out[i] = t.jumps[k-1].orig + int32(i) - t.jumps[k-1].at
		}
	}
	return out
}

// push appends the origin of a rune just appended to Runes.
func (t *Text) push(origin int32) {
	if origin != t.last+1 {
		t.jumps = append(t.jumps, jump{int32(len(t.Runes) - 1), origin})
	}
	t.last = origin
}

// truncate cuts Runes and the offset map to n runes.
func (t *Text) truncate(n int) {
	t.Runes = t.Runes[:n]
	for len(t.jumps) > 0 && int(t.jumps[len(t.jumps)-1].at) >= n {
		t.jumps = t.jumps[:len(t.jumps)-1]
	}
	t.last = int32(t.Origin(n - 1))
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
	return t.Origin(i), t.Origin(j)
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
		if r == '_' {
			return ' ' // #دونالد_ترمب
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
	case 'ڤ': // ve, written for v in foreign names (آڤي): most write ف
		return 'ف'
	case 'پ': // pe, for p: most write ب
		return 'ب'
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
//
// Text that is already in NFC, as almost all news text is, is folded
// code point by code point; only the segments around combining marks and
// composable pairs go through the NFC iterator. The result is the same
// as iterating the whole string.
func Normalize(s string) *Text { return Into(new(Text), s) }

// Into is Normalize writing into t, whose slices it reuses, and returns
// t: a caller that normalizes document after document (a worker) can
// keep one Text instead of allocating one each time.
func Into(t *Text, s string) *Text {
	n := runeEstimate(s)
	t.Runes = grow(t.Runes, n)
	t.jumps = t.jumps[:0]
	t.last = -1
	t.marks = grow(t.marks, n/markEvery+1)
	t.src = s
	f := folder{t: t, dot: -1}
	var pos int32 // code points of s consumed
	r, size := decode(s, 0)
	for b := 0; b < len(s); {
		if f.dot < 0 && !f.tatweel {
			if nb, np := f.run(s, b, pos); nb > b {
				b, pos = nb, np
				r, size = decode(s, b)
				continue
			}
		}
		next := b + size
		nr, nsize := decode(s, next)
		if plain(r, size) && (nsize == 0 || plain(nr, nsize)) {
			// A segment of its own, unchanged by NFC.
			t.mark(pos, b)
			f.add(r, pos)
			pos++
			b, r, size = next, nr, nsize
			continue
		}
		// From this boundary on, use the NFC iterator until the text is
		// plain again.
		b, pos = f.iterate(s, b, pos)
		r, size = decode(s, b)
	}
	t.mark(pos, len(s))
	// The original length, as the origin of a rune past the end.
	t.Runes = append(t.Runes, 0)
	t.push(pos)
	t.Runes = t.Runes[:len(t.Runes)-1]
	return t
}

// grow returns s emptied, with room for n elements.
func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, 0, n)
	}
	return s[:0]
}

// decode returns the code point at byte i of s and its size in bytes,
// (0, 0) at the end of s. It decodes one- and two-byte sequences (ASCII
// and Arabic) itself and the rest with utf8.DecodeRuneInString.
func decode(s string, i int) (rune, int) {
	if i >= len(s) {
		return 0, 0
	}
	if r, size := decodeShort(s, i); size > 0 {
		return r, size
	}
	return utf8.DecodeRuneInString(s[i:])
}

// decodeShort decodes the one- or two-byte code point at byte i < len(s)
// of s; size is 0 for anything else.
func decodeShort(s string, i int) (r rune, size int) {
	c := s[i]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	if c >= 0xC2 && c < 0xE0 && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
		return rune(c&0x1F)<<6 | rune(s[i+1]&0x3F), 2
	}
	return 0, 0
}

// runeEstimate returns the number of code points of s when s is valid
// UTF-8 (its bytes that are not continuation bytes), eight bytes at a
// time; it only sizes buffers.
func runeEstimate(s string) int {
	const hi = 0x8080808080808080
	cont := 0
	i := 0
	for ; i+8 <= len(s); i += 8 {
		w := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
			uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
		cont += bits.OnesCount64(w & hi &^ (w << 1))
	}
	for ; i < len(s); i++ {
		if s[i]&0xC0 == 0x80 {
			cont++
		}
	}
	return len(s) - cont
}

// markEvery is the spacing, in original code points, of the byte offsets
// Text keeps for Original.
const markEvery = 32

// mark records the byte offset b of original code point pos when pos is a
// multiple of markEvery.
func (t *Text) mark(pos int32, b int) {
	if pos%markEvery == 0 && int(pos/markEvery) == len(t.marks) {
		t.marks = append(t.marks, int32(b))
	}
}

// folder appends folded runes to a Text, rejoining words broken with
// tatweel and a dot.
type folder struct {
	t       *Text
	tatweel bool // a tatweel was removed since the last kept rune
	dot     int  // index in Runes of a '.' that may join a broken word
	dotTat  bool // a tatweel stood right before that dot
	it      *norm.Iter
	seg     segment
}

// segment maps the runes of the NFC form of one segment to the original
// code points they come from.
type segment struct {
	in      []rune  // the original code points
	claimed []bool  // in[i] was matched
	out     []rune  // the NFC form
	orig    []int32 // origin of each rune of out
	kept    []int   // indexes in out of the runes Fold keeps
}

// origins sets s.out to the runes of out, the NFC form of in, and s.orig
// to their origins, in counting from code point start. A rune's origin is
// the first unclaimed code point of in equal to it: NFC reorders marks,
// so position alone would pair a mark with another's offset. A rune not in
// in (a composition) has the first unclaimed code point, its base. The
// origins of the runes Fold keeps are then put in increasing order, so
// that the offset map stays monotonic.
func (s *segment) origins(in string, out []byte, start int32) {
	s.in = s.in[:0]
	for _, r := range in {
		s.in = append(s.in, r)
	}
	s.claimed = slices.Grow(s.claimed[:0], len(s.in))[:len(s.in)]
	clear(s.claimed)
	s.out, s.orig, s.kept = s.out[:0], s.orig[:0], s.kept[:0]
	for len(out) > 0 {
		r, size := utf8.DecodeRune(out)
		out = out[size:]
		j := -1
		for i, c := range s.in {
			if !s.claimed[i] && c == r {
				j = i
				break
			}
		}
		if j < 0 {
			for i, c := range s.claimed {
				if !c {
					j = i
					break
				}
			}
		}
		if j < 0 {
			j = len(s.in) - 1 // a decomposition: more runes than code points
		} else {
			s.claimed[j] = true
		}
		if Fold(r) >= 0 {
			s.kept = append(s.kept, len(s.out))
		}
		s.out = append(s.out, r)
		s.orig = append(s.orig, start+int32(j))
	}
	// Insertion sort of the kept runes' origins; segments are short.
	for a := 1; a < len(s.kept); a++ {
		for b := a; b > 0 && s.orig[s.kept[b]] < s.orig[s.kept[b-1]]; b-- {
			s.orig[s.kept[b]], s.orig[s.kept[b-1]] = s.orig[s.kept[b-1]], s.orig[s.kept[b]]
		}
	}
}

// add folds r, which came from original code point origin.
func (f *folder) add(r rune, origin int32) {
	var c rune
	if r < rune(len(foldTable)) {
		c = foldTable[r]
	} else {
		c = Fold(r)
	}
	if c < 0 {
		if r == 0x0640 {
			f.tatweel = true
		}
		return
	}
	t := f.t
	if f.dot >= 0 && f.dot == len(t.Runes)-1 && (f.dotTat || f.tatweel) && IsArabicLetter(c) {
		// اليائــ.سة: drop the dot that broke the word.
		t.truncate(f.dot)
	}
	f.dot = -1
	if c == '.' && len(t.Runes) > 0 && IsArabicLetter(t.Runes[len(t.Runes)-1]) {
		f.dot, f.dotTat = len(t.Runes), f.tatweel
	}
	f.tatweel = false
	t.Runes = append(t.Runes, c)
	t.push(origin)
}

// run is the common case of Into's loop, on its own: from byte b, code
// point pos, it folds the one- and two-byte code points that NFC leaves
// alone (plain, and followed by a plain one or the end) and that fold
// to a kept rune other than '.', and returns the byte and code-point
// positions of the first it does not take. With no dot or tatweel
// pending (the caller checks), add would do the same for each of them.
func (f *folder) run(s string, b int, pos int32) (int, int32) {
	t := f.t
	runes := t.Runes
	r, size := plainAt(s, b)
	if size > 0 && pos != t.last+1 {
		t.jumps = append(t.jumps, jump{int32(len(runes)), pos})
	}
	start := pos
	for size > 0 && r < rune(len(foldTable)) {
		c := foldTable[r]
		if c < 0 || c == '.' {
			break
		}
		nr, nsize := plainAt(s, b+size)
		if nsize == 0 && b+size < len(s) {
			break // the next code point may combine with this one
		}
		if pos%markEvery == 0 {
			t.mark(pos, b)
		}
		runes = append(runes, c)
		pos++
		b += size
		r, size = nr, nsize
	}
	t.Runes = runes
	if pos > start {
		t.last = pos - 1
	} else if size > 0 && len(t.jumps) > 0 && int(t.jumps[len(t.jumps)-1].at) == len(runes) {
		t.jumps = t.jumps[:len(t.jumps)-1] // no rune taken after all
	}
	return b, pos
}

// plainAt returns the code point at byte i of s and its size when it is
// a one- or two-byte code point for which plain holds, else size 0.
func plainAt(s string, i int) (rune, int) {
	if i >= len(s) {
		return 0, 0
	}
	r, size := decodeShort(s, i)
	if size == 2 && !plainTable[r] {
		return 0, 0
	}
	return r, size
}

// iterate normalizes s from byte b, a segment boundary that is code
// point pos, with the NFC iterator, segment by segment, until the next
// segment is a plain code point followed by another (or the end). It
// returns the byte and code-point positions reached.
func (f *folder) iterate(s string, b int, pos int32) (int, int32) {
	if f.it == nil {
		f.it = new(norm.Iter)
	}
	it := f.it
	it.InitString(norm.NFC, s[b:])
	base := b
	for !it.Done() {
		seg := it.Next()
		next := base + it.Pos()
		segStart := pos
		for k := b; k < next; {
			f.t.mark(pos, k)
			_, size := utf8.DecodeRuneInString(s[k:])
			k += size
			pos++
		}
		f.seg.origins(s[b:next], seg, segStart)
		for i, r := range f.seg.out {
			f.add(r, f.seg.orig[i])
		}
		b = next
		if b < len(s) {
			r, size := utf8.DecodeRuneInString(s[b:])
			if plain(r, size) {
				if b+size == len(s) {
					break
				}
				if nr, nsize := utf8.DecodeRuneInString(s[b+size:]); plain(nr, nsize) {
					break
				}
			}
		}
	}
	return b, pos
}

// Original returns the original text between the code-point offsets
// start and end (as returned by Span), as string([]rune(s)[start:end])
// would, without converting the whole text.
func (t *Text) Original(start, end int) string {
	a, b := t.byteOffset(start), t.byteOffset(end)
	sub := t.src[a:b]
	if !utf8.ValidString(sub) {
		return string([]rune(sub))
	}
	return sub
}

// byteOffset returns the byte offset in the original of code point i.
func (t *Text) byteOffset(i int) int {
	b := int(t.marks[i/markEvery])
	for k := i - i%markEvery; k < i; k++ {
		_, size := decode(t.src, b)
		b += size
	}
	return b
}

// plain reports whether r, encoded in size bytes, is its own NFC segment
// when the code point after it is plain as well: a starter that neither
// changes under NFC nor combines with what precedes it.
func plain(r rune, size int) bool {
	if r < utf8.RuneSelf {
		return true
	}
	return r < rune(len(plainTable)) && plainTable[r] && !(r == utf8.RuneError && size == 1)
}

// foldTable caches Fold for the Latin and Arabic blocks.
var foldTable = func() (t [0x0700]rune) {
	for r := range t {
		t[r] = Fold(rune(r))
	}
	return t
}()

// plainTable marks the code points below U+3000 that are starters, stay
// the same under NFC and never combine with a preceding code point.
var plainTable = func() (t [0x3000]bool) {
	var buf [utf8.UTFMax]byte
	for r := range t {
		if r >= 0xD800 && r <= 0xDFFF {
			continue
		}
		s := string(buf[:utf8.EncodeRune(buf[:], rune(r))])
		p := norm.NFC.PropertiesString(s)
		t[r] = p.CCC() == 0 && p.BoundaryBefore() && norm.NFC.IsNormalString(s)
	}
	return t
}()

// String returns the analysis form of s, for tables and tests.
func String(s string) string { return Normalize(s).String() }
