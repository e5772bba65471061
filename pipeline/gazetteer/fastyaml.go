package gazetteer

import (
	"strings"

	"go.yaml.in/yaml/v3"
)

// fastDecode builds the yaml.Node tree of the document in data for the
// restricted layout the gazetteer files use, much faster than yaml.v3:
// a top-level block mapping of plain keys whose values are plain or quoted
// scalars on one line, flow collections on one line, or block sequences
// whose items are flow collections or block mappings of the same kind.
// Comments and blank lines may appear anywhere between lines.
//
// It gives up, returning ok false, on anything outside that layout, and
// on anything it is not sure yaml.v3 reads the same way without error;
// Parse then decodes with yaml.v3. When ok is true the tree has the
// kinds, values, null tags and lines that yaml.v3 would give.
func fastDecode(data []byte) (doc *yaml.Node, ok bool) {
	d := &fastDecoder{src: string(data)}
	return d.decode()
}

// decode is fastDecode of d.src.
func (d *fastDecoder) decode() (doc *yaml.Node, ok bool) {
	if !plainText(d.src) {
		return nil, false
	}
	d.next()
	if d.eof || d.indent != 0 {
		return nil, false
	}
	doc, ok = d.blockMapping(0)
	if !ok || !d.eof {
		return nil, false
	}
	return doc, true
}

// plainText reports whether data has none of the characters on which the
// fast decoder gives up: tabs, carriage returns and other control
// characters, characters yaml.v3 refuses as unprintable, the byte order
// mark, and the line breaks of YAML 1.1 beyond '\n' (U+0085, U+2028,
// U+2029). data is valid UTF-8.
func plainText(data string) bool {
	for i := 0; i < len(data); i++ {
		b := data[i]
		if !special[b] {
			continue
		}
		switch {
		case b == 0xc2: // U+0080 to U+00BF: C1 controls and NEL
			if i+1 < len(data) && data[i+1] < 0xa0 {
				return false
			}
		case b == 0xe2: // U+2028, U+2029
			if i+2 < len(data) && data[i+1] == 0x80 && (data[i+2] == 0xa8 || data[i+2] == 0xa9) {
				return false
			}
		case b == 0xef: // U+FEFF, U+FFFE, U+FFFF
			if i+2 < len(data) && (data[i+1] == 0xbb && data[i+2] == 0xbf || data[i+1] == 0xbf && data[i+2] >= 0xbe) {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// special marks the bytes plainText looks at: the control characters but
// '\n', and the first bytes of the sequences it refuses.
var special = func() (t [256]bool) {
	for b := range 0x20 {
		t[b] = b != '\n'
	}
	t[0x7f], t[0xc2], t[0xe2], t[0xef] = true, true, true, true
	return t
}()

// fastDecoder reads the source a content line at a time.
type fastDecoder struct {
	src string
	pos int // start of the line after the current one

	// The current content line: its number, indentation and text after
	// the indentation, without the line break.
	line   int
	indent int
	text   string
	eof    bool

	// entries, if not nil, is called with the top-level mapping read so
	// far when its key "entries" holds a block sequence. If it returns a
	// function, the items of the sequence are handed to that function as
	// they are read, and not kept: their nodes are reused.
	entries func(doc *yaml.Node) func(item *yaml.Node)

	// Nodes are allocated in chunks, chunk ci up to off in use.
	chunks  [][]yaml.Node
	ci, off int
}

// next moves to the next line that is neither blank nor a comment.
func (d *fastDecoder) next() {
	for d.pos < len(d.src) {
		end := strings.IndexByte(d.src[d.pos:], '\n')
		var l string
		if end < 0 {
			l, d.pos = d.src[d.pos:], len(d.src)
		} else {
			l, d.pos = d.src[d.pos:d.pos+end], d.pos+end+1
		}
		d.line++
		n := 0
		for n < len(l) && l[n] == ' ' {
			n++
		}
		if n == len(l) || l[n] == '#' {
			continue
		}
		d.indent, d.text = n, l[n:]
		return
	}
	d.eof, d.text, d.indent = true, "", -1
}

func (d *fastDecoder) node(kind yaml.Kind, line int) *yaml.Node {
	for d.ci == len(d.chunks) || d.off == len(d.chunks[d.ci]) {
		if d.ci < len(d.chunks) {
			d.ci, d.off = d.ci+1, 0
			continue
		}
		d.chunks = append(d.chunks, make([]yaml.Node, 512))
	}
	n := &d.chunks[d.ci][d.off]
	d.off++
	*n = yaml.Node{Kind: kind, Line: line}
	return n
}

func (d *fastDecoder) scalar(v string, null bool, line int) *yaml.Node {
	n := d.node(yaml.ScalarNode, line)
	n.Value = v
	if null {
		n.Tag = "!!null"
	} else {
		n.Tag = "!!str"
	}
	return n
}

// key splits "key: rest" or "key:" into the key and the rest; the key
// must be a short run of lower-case letters and underscores.
func key(s string) (k, rest string, ok bool) {
	i := 0
	for i < len(s) && i < 64 && (s[i] >= 'a' && s[i] <= 'z' || s[i] == '_') {
		i++
	}
	if i == 0 || i >= len(s) || s[i] != ':' {
		return "", "", false
	}
	if i+1 == len(s) {
		return s[:i], "", true
	}
	if s[i+1] != ' ' {
		return "", "", false
	}
	return s[:i], strings.TrimLeft(s[i+2:], " "), true
}

// blockMapping reads a block mapping whose keys are at column indent,
// starting with the current line.
func (d *fastDecoder) blockMapping(indent int) (*yaml.Node, bool) {
	m := d.node(yaml.MappingNode, d.line)
	m.Content = make([]*yaml.Node, 0, 16)
	for !d.eof && d.indent == indent {
		k, rest, ok := key(d.text)
		if !ok {
			return nil, false
		}
		for i := 0; i < len(m.Content); i += 2 {
			if m.Content[i].Value == k {
				return nil, false
			}
		}
		line := d.line
		kn := d.scalar(k, false, line)
		var v *yaml.Node
		if rest == "" || rest[0] == '#' {
			// The value is a block sequence on the lines below.
			d.next()
			if d.eof || d.indent <= indent || !isItem(d.text) {
				return nil, false
			}
			var each func(*yaml.Node)
			if indent == 0 && k == "entries" && d.entries != nil {
				each = d.entries(m)
			}
			if v, ok = d.blockSequence(d.indent, each); !ok {
				return nil, false
			}
		} else {
			if v, ok = d.lineValue(rest, line); !ok {
				return nil, false
			}
			d.next()
		}
		m.Content = append(m.Content, kn, v)
	}
	if d.indent > indent {
		return nil, false
	}
	return m, true
}

// isItem reports whether a line starts a block sequence item.
func isItem(text string) bool { return len(text) > 2 && text[0] == '-' && text[1] == ' ' }

// blockSequence reads a block sequence whose dashes are at column indent,
// starting with the current line. If each is not nil, it is handed the
// items instead of the sequence.
func (d *fastDecoder) blockSequence(indent int, each func(*yaml.Node)) (*yaml.Node, bool) {
	s := d.node(yaml.SequenceNode, d.line)
	for !d.eof && d.indent == indent {
		ci, off := d.ci, d.off
		if !isItem(d.text) {
			return nil, false
		}
		rest := d.text[2:]
		sp := 0
		for sp < len(rest) && rest[sp] == ' ' {
			sp++
		}
		rest = rest[sp:]
		if rest == "" || rest[0] == '#' {
			return nil, false
		}
		var item *yaml.Node
		var ok bool
		if rest[0] == '{' || rest[0] == '[' {
			if item, ok = d.lineValue(rest, d.line); !ok {
				return nil, false
			}
			d.next()
		} else {
			// A block mapping starting on the dash's line.
			d.indent, d.text = indent+2+sp, rest
			if item, ok = d.blockMapping(d.indent); !ok {
				return nil, false
			}
		}
		if each != nil {
			each(item)
			d.ci, d.off = ci, off
			continue
		}
		s.Content = append(s.Content, item)
	}
	if d.indent > indent {
		return nil, false
	}
	return s, true
}

// lineValue reads the value of a key or item that takes the rest of its
// line: a flow collection or a scalar, and an optional comment.
func (d *fastDecoder) lineValue(s string, line int) (*yaml.Node, bool) {
	var v *yaml.Node
	var i int
	var ok bool
	switch s[0] {
	case '[', '{', '"', '\'':
		if v, i, ok = d.flowNode(s, 0, line); !ok {
			return nil, false
		}
	default:
		// A plain scalar up to a comment.
		end := len(s)
		if c := strings.Index(s, " #"); c >= 0 {
			end = c
		}
		p := strings.TrimRight(s[:end], " ")
		if !plainBlock(p) {
			return nil, false
		}
		return d.scalar(p, isNull(p), line), true
	}
	return v, trailer(s[i:])
}

// trailer reports whether s is spaces and an optional comment.
func trailer(s string) bool {
	t := strings.TrimLeft(s, " ")
	return t == "" || t[0] == '#' && len(t) < len(s)
}

// plainBlock reports whether s is a plain scalar of the block context
// that yaml.v3 reads as itself: no indicator first, no ": " inside, no
// colon last.
func plainBlock(s string) bool {
	if s == "" || strings.IndexByte("-?:,[]{}#&*!|>'\"%@`", s[0]) >= 0 {
		return false
	}
	return !strings.Contains(s, ": ") && s[len(s)-1] != ':'
}

// isNull reports whether yaml.v3 resolves the plain scalar s to null.
func isNull(s string) bool {
	switch s {
	case "~", "null", "Null", "NULL":
		return true
	}
	return false
}

// flowNode reads a flow collection or a quoted scalar at s[i:], which
// must end on the line, and returns the index after it.
func (d *fastDecoder) flowNode(s string, i, line int) (*yaml.Node, int, bool) {
	switch s[i] {
	case '"':
		j := strings.IndexByte(s[i+1:], '"')
		if j < 0 {
			return nil, 0, false
		}
		v := s[i+1 : i+1+j]
		if strings.IndexByte(v, '\\') >= 0 || strings.Contains(v, "  ") {
			return nil, 0, false
		}
		return d.scalar(v, false, line), i + j + 2, true
	case '\'':
		var b strings.Builder
		j := i + 1
		for {
			k := strings.IndexByte(s[j:], '\'')
			if k < 0 {
				return nil, 0, false
			}
			b.WriteString(s[j : j+k])
			j += k + 1
			if j < len(s) && s[j] == '\'' {
				b.WriteByte('\'')
				j++
				continue
			}
			break
		}
		v := b.String()
		if strings.Contains(v, "  ") {
			return nil, 0, false
		}
		return d.scalar(v, false, line), j, true
	case '[':
		n := d.node(yaml.SequenceNode, line)
		i = skipSpaces(s, i+1)
		if i < len(s) && s[i] == ']' {
			return n, i + 1, true
		}
		for {
			v, j, ok := d.flowScalar(s, i, line)
			if !ok {
				return nil, 0, false
			}
			n.Content = append(n.Content, v)
			i = skipSpaces(s, j)
			if i >= len(s) {
				return nil, 0, false
			}
			if s[i] == ']' {
				return n, i + 1, true
			}
			if s[i] != ',' {
				return nil, 0, false
			}
			i = skipSpaces(s, i+1)
		}
	case '{':
		n := d.node(yaml.MappingNode, line)
		i = skipSpaces(s, i+1)
		if i < len(s) && s[i] == '}' {
			return n, i + 1, true
		}
		for {
			k, rest, ok := key(s[i:])
			if !ok || rest == "" {
				return nil, 0, false
			}
			for c := 0; c < len(n.Content); c += 2 {
				if n.Content[c].Value == k {
					return nil, 0, false
				}
			}
			j := len(s) - len(rest)
			var v *yaml.Node
			if s[j] == '[' {
				v, j, ok = d.flowNode(s, j, line)
			} else {
				v, j, ok = d.flowScalar(s, j, line)
			}
			if !ok {
				return nil, 0, false
			}
			n.Content = append(n.Content, d.scalar(k, false, line), v)
			i = skipSpaces(s, j)
			if i >= len(s) {
				return nil, 0, false
			}
			if s[i] == '}' {
				return n, i + 1, true
			}
			if s[i] != ',' {
				return nil, 0, false
			}
			i = skipSpaces(s, i+1)
		}
	}
	return nil, 0, false
}

// flowScalar reads a quoted or plain scalar inside a flow collection.
// Plain scalars must not hold a colon or '#', nor start with an
// indicator.
func (d *fastDecoder) flowScalar(s string, i, line int) (*yaml.Node, int, bool) {
	if i >= len(s) {
		return nil, 0, false
	}
	if s[i] == '"' || s[i] == '\'' {
		return d.flowNode(s, i, line)
	}
	j := i
	for j < len(s) && strings.IndexByte(",[]{}#:", s[j]) < 0 {
		j++
	}
	if j < len(s) && (s[j] == '#' || s[j] == ':' || s[j] == '[' || s[j] == '{') {
		return nil, 0, false
	}
	p := strings.TrimRight(s[i:j], " ")
	if p == "" || strings.IndexByte("-?:,[]{}#&*!|>'\"%@`", p[0]) >= 0 || isNull(p) {
		return nil, 0, false
	}
	return d.scalar(p, false, line), j, true
}

func skipSpaces(s string, i int) int {
	for i < len(s) && s[i] == ' ' {
		i++
	}
	return i
}
