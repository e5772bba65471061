package input

import (
	"encoding/json"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

// checkRecord asserts that decodeRecord, when it decodes line, gives
// what json.Unmarshal gives, and that it declines lines json.Unmarshal
// rejects; it reports whether decodeRecord decoded the line.
func checkRecord(t *testing.T, line string) bool {
	t.Helper()
	var want, got record
	err := json.Unmarshal([]byte(line), &want)
	ok, _ := decodeRecord([]byte(line), &got)
	switch {
	case ok && err != nil:
		t.Fatalf("decodeRecord(%q) accepts what json.Unmarshal rejects: %v", line, err)
	case ok && !reflect.DeepEqual(got, want):
		t.Fatalf("decodeRecord(%q) = %s, want %s", line, show(got), show(want))
	}
	return ok
}

func show(r record) string {
	s := func(p *string) string {
		if p == nil {
			return "nil"
		}
		return strings.ReplaceAll(*p, "\n", `\n`)
	}
	return "{id " + string(r.ID) + " title " + s(r.Title) + " text " + s(r.Text) + " published " + string(r.Published) +
		" url " + s(r.URL) + " source " + s(r.Source) + "}"
}

func TestDecodeRecord(t *testing.T) {
	tests := []struct {
		line   string
		decode bool // whether the fast path takes it
	}{
		{`{"id": "AL-1", "source": "alarabia", "category": "culture", "url": "http://x/ب", "title": "t", "published": "2018-02-18T21:35:43+04:00", "text": "نص"}`, true},
		{`{"text":"a"}`, true},
		{` { "text" : "a" , "id" : 12 } `, true},
		{`{"text":"a","id":-1.5e+3,"published":null,"title":null}`, true},
		{`{"text":"a\"b\\c\/d\b\f\n\r\t\u00e9\u0628\ud83d\ude00"}`, true},
		{`{"text":"lone \ud800 x \udc00 y \ud800\u0041"}`, true},
		{`{"text":"a","text":"b"}`, true},
		{`{"text":"a","title":"x","title":null}`, true},
		{`{"t\u0065xt":"a"}`, true},
		{`{"text":"a","extra":[1,2]}`, false},
		{`{"text":"a","extra":{"b":1}}`, false},
		{`{"Text":"a"}`, false},
		{`{"TEXT":"a","text":"b"}`, false},
		{`{"text":5}`, false},
		{`{"text":"a",}`, false},
		{`{"text":"a"} x`, false},
		{`{"text":"a`, false},
		{`{"text":"a` + "\x01" + `"}`, false},
		{`{"text":"a","id":01}`, false},
		{`{"text":"a","id":1.}`, false},
		{`{"text":"a","id":-}`, false},
		{`{"text":"a","id":tru}`, false},
		{`{"text":"\u12"}`, false},
		{`{"text":"\x"}`, false},
		{`[1]`, false},
		{`null`, false},
		{`{}`, true},
	}
	for _, tt := range tests {
		if got := checkRecord(t, tt.line); got != tt.decode {
			t.Errorf("decodeRecord(%q) decoded: %v, want %v", tt.line, got, tt.decode)
		}
	}
}

// TestDecodeRecordEscapedControl checks that decodeRecord reports the
// control characters that only escapes show, which parseLine then looks
// for in the text.
func TestDecodeRecordEscapedControl(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{`{"text":"نص عادي"}`, false},
		{`{"text":"a\"b\\c\/d\n\r\t\f\u00e9\u0628\ud83d\ude00"}`, false},
		{`{"text":"a\bb"}`, true},
		{`{"text":"a\u0001b"}`, true},
		{`{"text":"a\u0085b"}`, true},
		{`{"text":"a\u007fb"}`, true},
		{`{"text":"a","title":"\u0002"}`, true},
	}
	for _, tt := range tests {
		var rec record
		ok, got := decodeRecord([]byte(tt.line), &rec)
		if !ok || got != tt.want {
			t.Errorf("decodeRecord(%q) = %v, %v; want true, %v", tt.line, ok, got, tt.want)
		}
	}
}

// TestDecodeRecordRandom checks decodeRecord against json.Unmarshal on
// random lines built from pieces of JSON.
func TestDecodeRecordRandom(t *testing.T) {
	keys := []string{`"id"`, `"text"`, `"title"`, `"published"`, `"url"`, `"source"`, `"other"`, `"Text"`, `"t\u0065xt"`, `"ID"`, `"ſource"`}
	values := []string{`"a"`, `"بشار"`, `""`, `null`, `true`, `false`, `0`, `-12.5e3`, `01`, `"\u00e9\ud83d\ude00"`, `"\ud800"`,
		`"\\\"\/\b\f\n\r\t"`, `[1]`, `{}`, `"x`, `"\u12G4"`, `1e`, "\"tab\there\"", `"` + "\x7f" + `"`}
	seps := []string{",", " , ", ",\n", ""}
	rng := rand.New(rand.NewPCG(9, 10))
	decoded := 0
	for range 30000 {
		var b strings.Builder
		b.WriteString("{")
		for i := range rng.IntN(5) {
			if i > 0 {
				b.WriteString(seps[rng.IntN(len(seps))])
			}
			b.WriteString(keys[rng.IntN(len(keys))])
			b.WriteString(": "[:1+rng.IntN(2)])
			b.WriteString(values[rng.IntN(len(values))])
		}
		b.WriteString("}")
		if checkRecord(t, b.String()) {
			decoded++
		}
	}
	if decoded < 3000 {
		t.Errorf("decodeRecord decoded only %d of 30000 random lines", decoded)
	}
}

func FuzzDecodeRecord(f *testing.F) {
	f.Add(`{"id":"a","text":"b\u00e9","published":"2018-01-01"}`)
	f.Add(`{"text":"\ud800\udc00","x":1}`)
	f.Fuzz(func(t *testing.T, line string) {
		if utf8.ValidString(line) { // parseLine replaces invalid UTF-8
			checkRecord(t, line)
		}
	})
}
