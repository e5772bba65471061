package input

import (
	"encoding/json"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
	"unsafe"
)

// decodeRecord decodes a JSON line into rec as json.Unmarshal does, for
// the lines news corpora hold: one object whose keys are spelled as the
// record's (or are unknown) and whose values are strings, numbers, true,
// false or null. It reports false for anything else (nested values,
// keys in other cases, syntax errors, a value of the wrong type), and
// rec must then be decoded by json.Unmarshal, which also reports the
// errors. It is the fast path of parseLine: one pass over the line,
// where json.Unmarshal makes two and goes through reflection. b must be
// valid UTF-8, as parseLine makes it, and is not written afterwards: the
// strings decoded share its bytes. escapedControl reports that an escape
// decoded to a control character (\b, \u0001), which the line itself
// does not show.
func decodeRecord(b []byte, rec *record) (ok, escapedControl bool) {
	p := recordParser{b: b}
	ok = p.record(rec)
	return ok, p.escapedControl
}

// record decodes the object that makes up the line into rec.
func (p *recordParser) record(rec *record) bool {
	p.space()
	if !p.byte('{') {
		return false
	}
	p.space()
	if p.byte('}') {
		return p.end()
	}
	for {
		p.space()
		key, ok := p.strBytes()
		if !ok {
			return false
		}
		p.space()
		if !p.byte(':') {
			return false
		}
		p.space()
		switch string(key) {
		case "id":
			if rec.ID, ok = p.raw(); !ok {
				return false
			}
		case "published":
			if rec.Published, ok = p.raw(); !ok {
				return false
			}
		case "title":
			ok = p.strField(&rec.Title)
		case "text":
			ok = p.strField(&rec.Text)
		case "url":
			ok = p.strField(&rec.URL)
		case "source":
			ok = p.strField(&rec.Source)
		default:
			// json.Unmarshal matches keys without regard to case.
			for _, k := range [...]string{"id", "published", "title", "text", "url", "source"} {
				if strings.EqualFold(string(key), k) || !isASCII(key) {
					return false
				}
			}
			_, ok = p.raw()
		}
		if !ok {
			return false
		}
		p.space()
		if p.byte('}') {
			return p.end()
		}
		if !p.byte(',') {
			return false
		}
	}
}

func isASCII(s []byte) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// recordParser reads one JSON line.
type recordParser struct {
	b []byte
	i int
	// escapedControl is set once an escape has decoded to a control
	// character (see isControl): then a string may hold control
	// characters the line itself does not.
	escapedControl bool
}

func (p *recordParser) space() {
	for p.i < len(p.b) {
		switch p.b[p.i] {
		case ' ', '\t', '\n', '\r':
			p.i++
		default:
			return
		}
	}
}

// byte consumes c if it comes next.
func (p *recordParser) byte(c byte) bool {
	if p.i < len(p.b) && p.b[p.i] == c {
		p.i++
		return true
	}
	return false
}

// end reports whether only white space is left.
func (p *recordParser) end() bool {
	p.space()
	return p.i == len(p.b)
}

// strField decodes a string or null into a *string field.
func (p *recordParser) strField(f **string) bool {
	if p.literal("null") {
		*f = nil
		return true
	}
	s, ok := p.str()
	if !ok {
		return false
	}
	*f = &s
	return true
}

// literal consumes the word w if it comes next.
func (p *recordParser) literal(w string) bool {
	if len(p.b)-p.i < len(w) || string(p.b[p.i:p.i+len(w)]) != w {
		return false
	}
	p.i += len(w)
	return true
}

// raw returns a copy of the next value, which must be a string, a
// number, true, false or null, as json.RawMessage holds it.
func (p *recordParser) raw() (json.RawMessage, bool) {
	start := p.i
	switch {
	case p.i >= len(p.b):
		return nil, false
	case p.b[p.i] == '"':
		if _, ok := p.strBytes(); !ok {
			return nil, false
		}
	case p.literal("true"), p.literal("false"), p.literal("null"):
	default:
		if !p.number() {
			return nil, false
		}
	}
	return append(json.RawMessage(nil), p.b[start:p.i]...), true
}

// number consumes a JSON number.
func (p *recordParser) number() bool {
	p.byte('-')
	switch {
	case p.byte('0'):
	case p.digits() == 0:
		return false
	}
	if p.byte('.') && p.digits() == 0 {
		return false
	}
	if p.byte('e') || p.byte('E') {
		if !p.byte('+') {
			p.byte('-')
		}
		if p.digits() == 0 {
			return false
		}
	}
	return true
}

func (p *recordParser) digits() int {
	n := 0
	for p.i < len(p.b) && '0' <= p.b[p.i] && p.b[p.i] <= '9' {
		p.i++
		n++
	}
	return n
}

// str decodes a JSON string as json.Unmarshal does. The string shares
// its bytes with the line or with the buffer strBytes decoded it into:
// neither is written again (a batch's data is not reused), so it needs
// no copy.
func (p *recordParser) str() (string, bool) {
	b, ok := p.strBytes()
	if len(b) == 0 {
		return "", ok
	}
	return unsafe.String(&b[0], len(b)), ok
}

// strBytes decodes a JSON string as json.Unmarshal does, escapes
// resolved and lone surrogates replaced with U+FFFD. Without escapes,
// the result is part of the line.
func (p *recordParser) strBytes() (b []byte, ok bool) {
	if !p.byte('"') {
		return nil, false
	}
	start := p.i
	// The common case: no escapes.
	i, line := p.i, p.b
	for ; i < len(line); i++ {
		c := line[i]
		if c == '"' {
			p.i = i + 1
			return line[start:i], true
		}
		if c == '\\' {
			break
		}
		if c < 0x20 {
			return nil, false
		}
	}
	p.i = i
	// An escape is longer than what it decodes to, so the string's
	// length in the line bounds the decoded one: one buffer of that
	// size, not a buffer doubled and copied as it fills (a 50 MB text
	// with escapes went through buffers of 32 and 64 MB).
	end := i
	for end < len(line) && line[end] != '"' {
		if line[end] == '\\' {
			end++
		}
		end++
	}
	buf := append(make([]byte, 0, min(end, len(line))-start), line[start:i]...)
	for p.i < len(line) {
		// Copy the run of plain bytes up to the next quote or escape
		// at once.
		j := p.i
		for j < len(line) && line[j] != '"' && line[j] != '\\' && line[j] >= 0x20 {
			j++
		}
		buf = append(buf, line[p.i:j]...)
		p.i = j
		if j == len(line) {
			break
		}
		c := line[j]
		switch {
		case c == '"':
			p.i++
			return buf, true
		case c < 0x20:
			return nil, false
		}
		p.i++
		if p.i >= len(line) {
			return nil, false
		}
		e := line[p.i]
		p.i++
		switch e {
		case '"', '\\', '/':
			buf = append(buf, e)
		case 'b':
			buf = append(buf, '\b')
			p.escapedControl = true
		case 'f':
			buf = append(buf, '\f')
		case 'n':
			buf = append(buf, '\n')
		case 'r':
			buf = append(buf, '\r')
		case 't':
			buf = append(buf, '\t')
		case 'u':
			r, ok := p.hex4()
			if !ok {
				return nil, false
			}
			if utf16.IsSurrogate(r) {
				r2 := rune(-1)
				save := p.i
				if p.byte('\\') && p.byte('u') {
					if r2, ok = p.hex4(); !ok {
						return nil, false
					}
					if dec := utf16.DecodeRune(r, r2); dec != utf8.RuneError {
						buf = utf8.AppendRune(buf, dec)
						continue
					}
				}
				// Not a pair: what follows is read on its own, even a
				// backslash not followed by u (\ud800\").
				p.i = save
				r = utf8.RuneError
			}
			if isControl(r) {
				p.escapedControl = true
			}
			buf = utf8.AppendRune(buf, r)
		default:
			return nil, false
		}
	}
	return nil, false
}

func (p *recordParser) hex4() (rune, bool) {
	if p.i+4 > len(p.b) {
		return 0, false
	}
	var r rune
	for _, c := range p.b[p.i : p.i+4] {
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c -= 'a' - 10
		case 'A' <= c && c <= 'F':
			c -= 'A' - 10
		default:
			return 0, false
		}
		r = r<<4 | rune(c)
	}
	p.i += 4
	return r, true
}
