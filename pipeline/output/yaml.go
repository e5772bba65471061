package output

import (
	"encoding"

	"go.yaml.in/yaml/v3"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"
)

// This file writes the YAML of a result directly, without building and
// re-parsing a yaml.Node tree, which is two orders of magnitude faster
// than the yaml.v3 encoder. It produces the same bytes as yamlNode (the
// yaml.v3 encoding with the flow styles of flowKeys): it follows the
// struct's yaml tags, and it chooses each string's style (plain, single-
// or double-quoted) and escapes it with the rules of the yaml.v3
// emitter, ported below. What it does not cover (strings with line
// breaks, which yaml.v3 writes as literal blocks, or with control
// characters; invalid UTF-8; types other than structs, pointers, slices,
// strings, integers and booleans) makes it give up, and YAML falls back
// to yamlNode for that result, so errors stay the same too.

// fastYAML encodes v, a pointer to a struct, as yamlNode would; ok is
// false when it meets something it does not cover.
func fastYAML(v any) (out []byte, ok bool) {
	w := yamlWriter{buf: make([]byte, 0, 4096)}
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() || rv.Elem().Kind() != reflect.Struct {
		return nil, false
	}
	if !w.blockMapping(rv.Elem(), 0, false) {
		return nil, false
	}
	return w.buf, true
}

type yamlWriter struct {
	buf []byte
}

// field is one key of a mapping as yaml.v3 sees a struct field.
type field struct {
	key       string
	index     int
	omitEmpty bool
}

var (
	textMarshaler = reflect.TypeFor[encoding.TextMarshaler]()
	timeType      = reflect.TypeFor[time.Time]()
)

// fieldCache holds the fields of the struct types met so far, as
// encoding/json caches its type encoders.
var fieldCache sync.Map // reflect.Type → []field (nil: not covered)

// fields returns the mapping keys of struct type t in order; ok is false
// for tags this writer does not cover (inline, flow) or keys that are not
// plain words.
func fields(t reflect.Type) ([]field, bool) {
	if fs, ok := fieldCache.Load(t); ok {
		return fs.([]field), fs.([]field) != nil
	}
	fs, ok := typeFields(t)
	if !ok {
		fs = nil
	}
	fieldCache.Store(t, fs)
	return fs, ok
}

func typeFields(t reflect.Type) (fs []field, ok bool) {
	for i := range t.NumField() {
		f := t.Field(i)
		if f.PkgPath != "" {
			continue
		}
		tag := f.Tag.Get("yaml")
		if tag == "-" {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		omit := false
		for _, o := range strings.Split(opts, ",") {
			switch o {
			case "":
			case "omitempty":
				omit = true
			default:
				return nil, false
			}
		}
		if name == "" {
			name = strings.ToLower(f.Name)
		}
		if !plainKey(name) {
			return nil, false
		}
		fs = append(fs, field{key: name, index: i, omitEmpty: omit})
	}
	return fs, true
}

// plainKey reports a key that yaml.v3 writes as it is.
func plainKey(k string) bool {
	if k == "" || !canUsePlain(k) {
		return false
	}
	for i := 0; i < len(k); i++ {
		c := k[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_' || c == '-' && i > 0) {
			return false
		}
	}
	return true
}

// covered reports whether values of type t are written by this writer
// (not by a marshaler method of their own).
func covered(t reflect.Type) bool {
	return t != timeType && !t.Implements(textMarshaler) && !reflect.PointerTo(t).Implements(textMarshaler)
}

func (w *yamlWriter) indent(n int) {
	for range n {
		w.buf = append(w.buf, ' ')
	}
}

// blockMapping writes the fields of struct v as a block mapping whose
// keys stand at column col; inItem means the first key follows a "- "
// already written.
func (w *yamlWriter) blockMapping(v reflect.Value, col int, inItem bool) bool {
	fs, ok := fields(v.Type())
	if !ok || !covered(v.Type()) {
		return false
	}
	first := true
	for _, f := range fs {
		fv := v.Field(f.index)
		if f.omitEmpty && isZero(fv) {
			continue
		}
		if !(first && inItem) {
			w.indent(col)
		}
		first = false
		w.buf = append(w.buf, f.key...)
		w.buf = append(w.buf, ':')
		if !w.blockValue(fv, col, flowKeys[f.key]) {
			return false
		}
	}
	if first {
		return false // an empty mapping: yaml.v3 writes {}
	}
	return true
}

// blockValue writes the value of a block mapping key at column col,
// starting right after the colon.
func (w *yamlWriter) blockValue(v reflect.Value, col int, flow bool) bool {
	if !covered(v.Type()) {
		return false
	}
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			w.buf = append(w.buf, " null\n"...)
			return true
		}
		return w.blockValue(v.Elem(), col, flow)
	case reflect.Struct:
		if flow {
			w.buf = append(w.buf, ' ')
			if !w.flowMapping(v) {
				return false
			}
			w.buf = append(w.buf, '\n')
			return true
		}
		w.buf = append(w.buf, '\n')
		return w.blockMapping(v, col+2, false)
	case reflect.Slice:
		if v.Len() == 0 {
			w.buf = append(w.buf, " []\n"...)
			return true
		}
		w.buf = append(w.buf, '\n')
		for i := range v.Len() {
			item := v.Index(i)
			for item.Kind() == reflect.Pointer && !item.IsNil() {
				item = item.Elem()
			}
			w.indent(col + 2)
			w.buf = append(w.buf, "- "...)
			switch {
			case !covered(item.Type()):
				return false
			case item.Kind() == reflect.Struct && flow:
				if !w.flowMapping(item) {
					return false
				}
				w.buf = append(w.buf, '\n')
			case item.Kind() == reflect.Struct:
				if !w.blockMapping(item, col+4, true) {
					return false
				}
			case flow:
				return false // flow() restyles scalar items
			default:
				if !w.scalar(item, false) {
					return false
				}
				w.buf = append(w.buf, '\n')
			}
		}
		return true
	}
	w.buf = append(w.buf, ' ')
	if !w.scalar(v, false) {
		return false
	}
	w.buf = append(w.buf, '\n')
	return true
}

// flowMapping writes struct v as {key: value, ...}; its values must be
// scalars.
func (w *yamlWriter) flowMapping(v reflect.Value) bool {
	fs, ok := fields(v.Type())
	if !ok || !covered(v.Type()) {
		return false
	}
	w.buf = append(w.buf, '{')
	n := 0
	for _, f := range fs {
		fv := v.Field(f.index)
		if f.omitEmpty && isZero(fv) {
			continue
		}
		if n > 0 {
			w.buf = append(w.buf, ", "...)
		}
		n++
		w.buf = append(w.buf, f.key...)
		w.buf = append(w.buf, ": "...)
		if !w.scalar(fv, true) {
			return false
		}
	}
	if n == 0 {
		return false
	}
	w.buf = append(w.buf, '}')
	return true
}

// scalar writes a string, integer or boolean; in flow context when flow.
func (w *yamlWriter) scalar(v reflect.Value, flow bool) bool {
	if !covered(v.Type()) {
		return false
	}
	switch v.Kind() {
	case reflect.String:
		return w.str(v.String(), flow)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		w.buf = strconv.AppendInt(w.buf, v.Int(), 10)
		return true
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		w.buf = strconv.AppendUint(w.buf, v.Uint(), 10)
		return true
	case reflect.Bool:
		w.buf = strconv.AppendBool(w.buf, v.Bool())
		return true
	case reflect.Pointer:
		if v.IsNil() {
			w.buf = append(w.buf, "null"...)
			return true
		}
	}
	return false
}

// isZero is yaml.v3's omitempty test for the kinds this writer covers.
func isZero(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.String:
		return v.Len() == 0
	case reflect.Pointer, reflect.Interface:
		return v.IsNil()
	case reflect.Slice, reflect.Map:
		return v.Len() == 0
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return v.Int() == 0
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return v.Uint() == 0
	case reflect.Bool:
		return !v.Bool()
	case reflect.Struct:
		for i := v.NumField() - 1; i >= 0; i-- {
			if v.Type().Field(i).PkgPath == "" && !isZero(v.Field(i)) {
				return false
			}
		}
		return true
	}
	return false
}

// Scalar styles.
const (
	stylePlain = iota
	styleSingle
	styleDouble
)

// str writes s in the style yaml.v3 gives it: yamlNode encodes the
// result once in block context (the requested style is double-quoted
// when s would read as something else than a string, plain otherwise;
// the emitter quotes what cannot be plain), parses it back keeping the
// styles, and encodes it again with some mappings in flow style, where
// the emitter single-quotes plain strings with flow indicators.
func (w *yamlWriter) str(s string, flow bool) bool {
	if !utf8.ValidString(s) {
		return false // yaml.v3 writes it as !!binary
	}
	a, ok := analyze(s)
	if !ok || a.special {
		// Line breaks make a literal block; yaml.v3 cannot always read
		// back what it writes for control characters, and then fails.
		return false
	}
	style := styleDouble
	if canUsePlain(s) && pyString(s) {
		style = stylePlain
		if !a.blockPlain {
			style = styleSingle
		}
	}
	if style == stylePlain && flow && !a.flowPlain {
		style = styleSingle
	}
	if style == styleSingle && !a.singleQuoted {
		style = styleDouble
	}
	switch style {
	case stylePlain:
		w.buf = append(w.buf, s...)
	case styleSingle:
		w.buf = append(w.buf, '\'')
		for i := 0; i < len(s); i++ {
			if s[i] == '\'' {
				w.buf = append(w.buf, '\'')
			}
			w.buf = append(w.buf, s[i])
		}
		w.buf = append(w.buf, '\'')
	default:
		w.doubleQuoted(s)
	}
	return true
}

// analysis is what yaml_emitter_analyze_scalar finds about a string
// without line breaks.
type analysis struct {
	flowPlain, blockPlain, singleQuoted bool
	// special: a character other than a tab that is not printable.
	special bool
}

// analyze ports yaml_emitter_analyze_scalar for strings without line
// breaks (ok is false for those).
func analyze(s string) (a analysis, ok bool) {
	if len(s) == 0 {
		return analysis{flowPlain: false, blockPlain: true, singleQuoted: true}, true
	}
	var (
		blockIndicators, flowIndicators bool
		special, tabs                   bool
		leadingSpace, trailingSpace     bool
	)
	if len(s) >= 3 && (s[:3] == "---" || s[:3] == "...") {
		blockIndicators, flowIndicators = true, true
	}
	precededByWhitespace := true
	for i, w := 0, 0; i < len(s); i += w {
		w = width(s[i])
		if w == 0 || i+w > len(s) {
			return a, false
		}
		if isBreak(s, i) {
			return a, false
		}
		followedByWhitespace := i+w >= len(s) || s[i+w] == ' ' || s[i+w] == '\t'
		c := s[i]
		if i == 0 {
			switch c {
			case '#', ',', '[', ']', '{', '}', '&', '*', '!', '|', '>', '\'', '"', '%', '@', '`':
				flowIndicators, blockIndicators = true, true
			case '?', ':':
				flowIndicators = true
				if followedByWhitespace {
					blockIndicators = true
				}
			case '-':
				if followedByWhitespace {
					flowIndicators, blockIndicators = true, true
				}
			}
		} else {
			switch c {
			case ',', '?', '[', ']', '{', '}':
				flowIndicators = true
			case ':':
				flowIndicators = true
				if followedByWhitespace {
					blockIndicators = true
				}
			case '#':
				if precededByWhitespace {
					flowIndicators, blockIndicators = true, true
				}
			}
		}
		if c == '\t' {
			tabs = true
		} else if !isPrintable(s, i) {
			special = true
		}
		if c == ' ' {
			if i == 0 {
				leadingSpace = true
			}
			if i+w == len(s) {
				trailingSpace = true
			}
		}
		precededByWhitespace = c == ' ' || c == '\t' || c == 0
	}
	a = analysis{flowPlain: true, blockPlain: true, singleQuoted: true, special: special}
	if leadingSpace || trailingSpace {
		a.flowPlain, a.blockPlain = false, false
	}
	if tabs || special {
		a.flowPlain, a.blockPlain, a.singleQuoted = false, false, false
	}
	if flowIndicators {
		a.flowPlain = false
	}
	if blockIndicators {
		a.blockPlain = false
	}
	return a, true
}

// width is the length of the UTF-8 sequence that starts with byte b, 0
// for a continuation byte.
func width(b byte) int {
	switch {
	case b&0x80 == 0x00:
		return 1
	case b&0xE0 == 0xC0:
		return 2
	case b&0xF0 == 0xE0:
		return 3
	case b&0xF8 == 0xF0:
		return 4
	}
	return 0
}

// at returns s[i], or 0 past its end (yaml.v3 reads a NUL there).
func at(s string, i int) byte {
	if i < len(s) {
		return s[i]
	}
	return 0
}

func isBreak(s string, i int) bool {
	c := s[i]
	return c == '\r' || c == '\n' ||
		c == 0xC2 && at(s, i+1) == 0x85 ||
		c == 0xE2 && at(s, i+1) == 0x80 && (at(s, i+2) == 0xA8 || at(s, i+2) == 0xA9)
}

// isPrintable is yaml.v3's is_printable.
func isPrintable(s string, i int) bool {
	c, c1, c2 := s[i], at(s, i+1), at(s, i+2)
	return c == 0x0A ||
		c >= 0x20 && c <= 0x7E ||
		c == 0xC2 && c1 >= 0xA0 ||
		c > 0xC2 && c < 0xED ||
		c == 0xED && c1 < 0xA0 ||
		c == 0xEE ||
		c == 0xEF && !(c1 == 0xBB && c2 == 0xBF) && !(c1 == 0xBF && (c2 == 0xBE || c2 == 0xBF))
}

// doubleQuoted ports yaml_emitter_write_double_quoted_scalar for
// strings without line breaks and an unlimited line width.
func (w *yamlWriter) doubleQuoted(s string) {
	w.buf = append(w.buf, '"')
	bom := len(s) >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF
	for i := 0; i < len(s); {
		c := s[i]
		if isPrintable(s, i) && !bom && c != '"' && c != '\\' {
			n := width(c)
			w.buf = append(w.buf, s[i:i+n]...)
			i += n
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		w.buf = append(w.buf, '\\')
		switch r {
		case 0x00:
			w.buf = append(w.buf, '0')
		case 0x07:
			w.buf = append(w.buf, 'a')
		case 0x08:
			w.buf = append(w.buf, 'b')
		case 0x09:
			w.buf = append(w.buf, 't')
		case 0x0A:
			w.buf = append(w.buf, 'n')
		case 0x0B:
			w.buf = append(w.buf, 'v')
		case 0x0C:
			w.buf = append(w.buf, 'f')
		case 0x0D:
			w.buf = append(w.buf, 'r')
		case 0x1B:
			w.buf = append(w.buf, 'e')
		case 0x22:
			w.buf = append(w.buf, '"')
		case 0x5C:
			w.buf = append(w.buf, '\\')
		case 0x85:
			w.buf = append(w.buf, 'N')
		case 0xA0:
			w.buf = append(w.buf, '_')
		case 0x2028:
			w.buf = append(w.buf, 'L')
		case 0x2029:
			w.buf = append(w.buf, 'P')
		default:
			digits := 8
			switch {
			case r <= 0xFF:
				w.buf, digits = append(w.buf, 'x'), 2
			case r <= 0xFFFF:
				w.buf, digits = append(w.buf, 'u'), 4
			default:
				w.buf = append(w.buf, 'U')
			}
			for k := (digits - 1) * 4; k >= 0; k -= 4 {
				w.buf = append(w.buf, "0123456789ABCDEF"[(r>>uint(k))&0x0F])
			}
		}
	}
	w.buf = append(w.buf, '"')
}

// pyImplicit matches the plain scalars that PyYAML (YAML 1.1, the
// resolvers of its yaml.SafeLoader) reads as something else than a
// string: booleans (yes, on …), integers (0777, 1_000, 1:20), floats,
// null, the merge key, timestamps with a space or a zone (2018-05-17
// 10:00:00) and the value key "=", which it refuses to load.
var pyImplicit = regexp.MustCompile(`^(?:` +
	`yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF` +
	`|[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)` +
	`|[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+` +
	`|<<|~|null|Null|NULL|` +
	`|[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?(?:[Tt]|[ \t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?` +
	`|=)$`)

// pyString reports whether PyYAML reads s, written plain, as the string
// s: analysts load the files from Python, so a string it would read as
// another type is quoted.
func pyString(s string) bool {
	if s == "" {
		return false
	}
	switch c := s[0]; {
	case c >= '0' && c <= '9', c == '-', c == '+', c == '.', c == '<', c == '~', c == '=',
		c == 'y', c == 'Y', c == 'n', c == 'N', c == 't', c == 'T', c == 'f', c == 'F', c == 'o', c == 'O':
		return !pyImplicit.MatchString(s)
	}
	return true
}

// pyQuote double-quotes the plain string scalars of n that PyYAML would
// read as something else (pyString), as fastYAML does.
func pyQuote(n *yaml.Node) {
	if n.Kind == yaml.ScalarNode && n.Style == 0 && n.Tag == "!!str" && !pyString(n.Value) && canUsePlain(n.Value) {
		n.Style = yaml.DoubleQuotedStyle
	}
	for _, c := range n.Content {
		pyQuote(c)
	}
}

// canUsePlain is yaml.v3's test (encoder.stringv) for a string that may
// be written plain: it reads back as a string.
func canUsePlain(s string) bool {
	return resolvesToString(s) && !isBase60Float(s) && !isOldBool(s)
}

// resolvesToString ports yaml.v3's resolve for an untagged plain scalar:
// false when s would read as null, a boolean, a number, a timestamp or a
// merge key.
func resolvesToString(s string) bool {
	if s == "" {
		return false // null
	}
	switch s {
	case "true", "True", "TRUE", "false", "False", "FALSE", "~", "null", "Null", "NULL",
		".nan", ".NaN", ".NAN", ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF", "<<":
		return false
	}
	switch c := s[0]; {
	case c == '.':
		_, err := strconv.ParseFloat(s, 64)
		return err != nil
	case c == '+' || c == '-' || '0' <= c && c <= '9':
		if isTimestamp(s) {
			return false
		}
		plain := strings.ReplaceAll(s, "_", "")
		if _, err := strconv.ParseInt(plain, 0, 64); err == nil {
			return false
		}
		if _, err := strconv.ParseUint(plain, 0, 64); err == nil {
			return false
		}
		if yamlStyleFloat.MatchString(plain) {
			if _, err := strconv.ParseFloat(plain, 64); err == nil {
				return false
			}
		}
		if rest, ok := strings.CutPrefix(plain, "0b"); ok {
			if _, err := strconv.ParseInt(rest, 2, 64); err == nil {
				return false
			}
			if _, err := strconv.ParseUint(rest, 2, 64); err == nil {
				return false
			}
		} else if rest, ok := strings.CutPrefix(plain, "-0b"); ok {
			if _, err := strconv.ParseInt("-"+rest, 2, 64); err == nil {
				return false
			}
		}
		if rest, ok := strings.CutPrefix(plain, "0o"); ok {
			if _, err := strconv.ParseInt(rest, 8, 64); err == nil {
				return false
			}
			if _, err := strconv.ParseUint(rest, 8, 64); err == nil {
				return false
			}
		} else if rest, ok := strings.CutPrefix(plain, "-0o"); ok {
			if _, err := strconv.ParseInt("-"+rest, 8, 64); err == nil {
				return false
			}
		}
	}
	return true
}

var (
	yamlStyleFloat = regexp.MustCompile(`^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$`)
	base60Float    = regexp.MustCompile(`^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$`)
)

// timestampFormats are the layouts yaml.v3 reads as timestamps.
var timestampFormats = []string{
	"2006-1-2T15:4:5.999999999Z07:00",
	"2006-1-2t15:4:5.999999999Z07:00",
	"2006-1-2 15:4:5.999999999",
	"2006-1-2",
}

// isTimestamp ports yaml.v3's parseTimestamp test.
func isTimestamp(s string) bool {
	i := 0
	for ; i < len(s); i++ {
		if c := s[i]; c < '0' || c > '9' {
			break
		}
	}
	if i != 4 || i == len(s) || s[i] != '-' {
		return false
	}
	for _, f := range timestampFormats {
		if _, err := time.Parse(f, s); err == nil {
			return true
		}
	}
	return false
}

func isBase60Float(s string) bool {
	if s == "" {
		return false
	}
	c := s[0]
	if !(c == '+' || c == '-' || c >= '0' && c <= '9') || strings.IndexByte(s, ':') < 0 {
		return false
	}
	return base60Float.MatchString(s)
}

func isOldBool(s string) bool {
	switch s {
	case "y", "Y", "yes", "Yes", "YES", "on", "On", "ON",
		"n", "N", "no", "No", "NO", "off", "Off", "OFF":
		return true
	}
	return false
}
