package report

import (
	"bytes"
	"log/slog"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/extract-news/extract/pipeline/dataset"
	"github.com/extract-news/extract/pipeline/doc"
)

func TestHighlight(t *testing.T) {
	m := func(start, end, level int, name string) mark {
		return mark{start: start, end: end, level: level, open: "<" + name + ">", close: "</" + name + ">", reopen: "<" + name + "+>"}
	}
	tests := []struct {
		name  string
		text  string
		base  int
		marks []mark
		want  string
	}{
		{"none", "a<b", 0, nil, "a&lt;b"},
		{"one", "abcdef", 0, []mark{m(1, 3, 0, "x")}, "a<x>bc</x>def"},
		{"nested by level", "abcdef", 0, []mark{m(1, 3, 2, "in"), m(1, 3, 0, "out")}, "a<out><in>bc</in></out>def"},
		{"nested by span", "abcdef", 0, []mark{m(2, 3, 2, "in"), m(0, 6, 0, "out")}, "<out>ab<in>c</in>def</out>"},
		{"adjacent", "abcd", 0, []mark{m(0, 2, 0, "x"), m(2, 4, 0, "y")}, "<x>ab</x><y>cd</y>"},
		{"crossing: reopened", "abcdef", 0, []mark{m(0, 3, 0, "ev"), m(2, 5, 2, "ent")}, "<ev>ab<ent>c</ent></ev><ent+>de</ent>f"},
		{"code points, not bytes", "بشار الأسد", 0, []mark{m(5, 10, 2, "p")}, "بشار <p>الأسد</p>"},
		{"excerpt with base, clipped", "cdef", 2, []mark{m(0, 3, 0, "x"), m(4, 9, 0, "y"), m(8, 9, 0, "z")}, "<x>c</x>d<y>ef</y>"},
		{"empty mark dropped", "ab", 0, []mark{m(1, 1, 0, "x")}, "ab"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := highlight([]rune(tt.text), tt.base, tt.marks); got != tt.want {
				t.Errorf("highlight = %s, want %s", got, tt.want)
			}
		})
	}
}

// sample is one small document with its text.
func sample() ([]*doc.Result, map[string]string) {
	text := "التقى بوتين الأسد في سوتشي.\nوقال <b>&"
	r := &doc.Result{
		Document: doc.Meta{ID: "d1", Title: "t"},
		Entities: []doc.Entity{
			{ID: "vladimir-putin", Type: doc.Person, Name: "Vladimir Putin", Country: "RU", Mentions: []doc.Mention{{Text: "بوتين", Start: 6, End: 11, Sentence: 1}}},
			{ID: "bashar-al-assad", Type: doc.Person, Name: "Bashar al-Assad", Country: "SY", Mentions: []doc.Mention{{Text: "الأسد", Start: 12, End: 17, Sentence: 1}},
				Review: &doc.Review{Status: doc.Confirmed}},
			{ID: "sochi", Type: doc.Place, Name: "Sochi", Country: "RU", Mentions: []doc.Mention{{Text: "سوتشي", Start: 21, End: 26, Sentence: 1}}},
		},
		Events: []doc.Event{{
			ID: "d1/meeting-1", Type: "meeting", Status: doc.Occurred,
			Participants: []doc.Participant{{Entity: "vladimir-putin", Role: "host"}, {Entity: "bashar-al-assad", Role: "guest"}},
			Location:     &doc.Location{Entity: "sochi"},
			Trigger:      doc.Span{Text: "التقى", Start: 0, End: 5, Sentence: 1},
			Evidence:     []doc.Span{{Text: "التقى بوتين الأسد في سوتشي.", Start: 0, End: 27, Sentence: 1}},
			Review:       &doc.Review{Status: doc.Corrected, Note: "place <checked>"},
		}},
	}
	return []*doc.Result{r}, map[string]string{"d1": text}
}

func write(t *testing.T, results []*doc.Result, opts Options) string {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, results, opts); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

func TestWrite(t *testing.T) {
	results, texts := sample()
	page := write(t, results, Options{Texts: texts})
	for _, want := range []string{
		`<div class="text" dir="rtl" lang="ar"><mark class="ev rv-corrected" id="ev-d1/meeting-1-1" data-event="d1/meeting-1"><span class="trig rv-corrected" id="tr-d1/meeting-1"`,
		`<span class="ent person" data-entity="vladimir-putin" data-start="6" data-end="11" title="Vladimir Putin · RU · person · vladimir-putin">بوتين</span>`,
		`<span class="ent person rv-confirmed" data-entity="bashar-al-assad"`,
		`<span class="ent place" data-entity="sochi" data-start="21" data-end="26"`,
		"</mark>\nوقال &lt;b&gt;&amp;</div>",
		`<tr id="m-d1/meeting-1" data-id="d1/meeting-1" data-date="" data-status="occurred" data-search="vladimir-putin|Vladimir Putin||bashar-al-assad|Bashar al-Assad|" data-countries="RU SY">`,
		`<a class="evlink" href="#ev-d1%2fmeeting-1-1">evidence</a>`, // browsers decode fragments
		`<q dir="auto">place &lt;checked&gt;</q>`,
		`<g class="node" data-person="vladimir-putin"`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("the page lacks %s", want)
		}
	}
	if again := write(t, results, Options{Texts: texts}); again != page {
		t.Error("two reports of the same results differ")
	}
}

// TestSelfContained checks that the page refers to nothing outside
// itself: no scripts, styles, images or frames from elsewhere.
func TestSelfContained(t *testing.T) {
	results, texts := sample()
	results[0].Document.URL = "https://example.org/news?id=1"
	page := write(t, results, Options{Texts: texts})
	for _, re := range []string{`(?i)<(link|img|iframe|object|embed|audio|video|source)\b`, `(?i)\ssrc=`, `(?i)href="(https?:)?//`, `(?i)url\(`, `(?i)@import`} {
		if loc := regexp.MustCompile(re).FindStringIndex(page); loc != nil {
			t.Errorf("the page refers outside itself (%s): %q", re, page[max(0, loc[0]-40):min(len(page), loc[1]+40)])
		}
	}
}

func TestWithoutText(t *testing.T) {
	results, texts := sample()
	var logs bytes.Buffer
	log := slog.New(slog.NewTextHandler(&logs, nil))
	for _, tt := range []struct {
		name  string
		texts map[string]string
		warn  string
	}{
		{"no text", nil, ""},
		{"another text", map[string]string{"d1": "x" + texts["d1"]}, `mention of vladimir-putin [6,11) is \" بوتي\" in the text`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			logs.Reset()
			page := write(t, results, Options{Texts: tt.texts, Log: log})
			for _, want := range []string{
				`<div class="text excerpts" dir="rtl"><p class="excerpt" data-offset="0"><mark class="ev rv-corrected" id="ev-d1/meeting-1-1"`,
				`data-start="21" data-end="26" title="Sochi · RU · place · sochi">سوتشي</span>.</mark></p></div>`,
			} {
				if !strings.Contains(page, want) {
					t.Errorf("the page lacks %s", want)
				}
			}
			if strings.Contains(page, "وقال") {
				t.Error("text outside the evidence shown")
			}
			if tt.warn != "" && !strings.Contains(logs.String(), tt.warn) {
				t.Errorf("log %q lacks %q", logs.String(), tt.warn)
			}
		})
	}
}

func TestLayout(t *testing.T) {
	g := dataset.Graph{}
	for _, id := range []string{"a", "b", "c", "d", "e", "f", "g"} {
		g.Nodes = append(g.Nodes, dataset.Node{ID: id, Meetings: 1})
	}
	for _, e := range [][2]string{{"a", "b"}, {"a", "c"}, {"b", "c"}, {"c", "d"}, {"e", "f"}} {
		g.Edges = append(g.Edges, dataset.Edge{From: e[0], To: e[1], Weight: 1})
	}
	pos, height := layout(g)
	again, _ := layout(g)
	if !slices.Equal(pos, again) {
		t.Error("two layouts of one graph differ")
	}
	seen := map[point]string{}
	for i, p := range pos {
		if p.x < netMargin || p.x > netWidth-netMargin || p.y < netMargin || p.y > height-netMargin {
			t.Errorf("%s at %v, outside the picture (%g×%g)", g.Nodes[i].ID, p, netWidth, height)
		}
		if other, dup := seen[p]; dup {
			t.Errorf("%s and %s at the same point %v", g.Nodes[i].ID, other, p)
		}
		seen[p] = g.Nodes[i].ID
	}
	// The largest group (a–d) comes first, left of the pair e–f.
	if max(pos[0].x, pos[1].x, pos[2].x, pos[3].x) >= min(pos[4].x, pos[5].x) {
		t.Errorf("groups not packed largest first: %v", pos)
	}
}

// TestAll checks that documents without events are left out unless
// Options.All is set, and that the page says so.
func TestAll(t *testing.T) {
	results, texts := sample()
	quiet := &doc.Result{Document: doc.Meta{ID: "d2-no-meeting", Title: "لا لقاء"}}
	results = append(results, quiet)
	tests := []struct {
		all       bool
		want      bool // the quiet document is on the page
		wantCount string
	}{
		{false, false, "1 documents without meetings are left out"},
		{true, true, "in 2 documents."},
	}
	for _, tt := range tests {
		page := write(t, results, Options{Texts: texts, All: tt.all})
		if got := strings.Contains(page, `id="doc-d2-no-meeting"`); got != tt.want {
			t.Errorf("All %v: the document without meetings shown: %v", tt.all, got)
		}
		if !strings.Contains(page, tt.wantCount) {
			t.Errorf("All %v: the summary lacks %q", tt.all, tt.wantCount)
		}
		if !strings.Contains(page, `id="doc-d1"`) {
			t.Errorf("All %v: the document with a meeting is missing", tt.all)
		}
	}
}
