package report

import (
	"context"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/extract-news/extract/gazetteers"
	"github.com/extract-news/extract/pipeline"
	"github.com/extract-news/extract/pipeline/dataset"
	"github.com/extract-news/extract/pipeline/doc"
	"github.com/extract-news/extract/pipeline/input"
	"github.com/extract-news/extract/pipeline/internal/cdp"
)

// seedRun extracts the project's seeds, published on 2020-07-09 so that
// their meetings have dates, and returns the results and texts.
func seedRun(t *testing.T) ([]*doc.Result, map[string]string) {
	t.Helper()
	g, err := pipeline.LoadGazetteers(gazetteers.FS)
	if err != nil {
		t.Fatal(err)
	}
	x := pipeline.New(g)
	opts := input.Options{Published: time.Date(2020, 7, 9, 0, 0, 0, 0, time.UTC)}
	var results []*doc.Result
	texts := map[string]string{}
	ctx := context.Background()
	for d, err := range input.Documents(ctx, []string{"../../seeds"}, opts) {
		if err != nil {
			t.Fatal(err)
		}
		r, err := x.Process(ctx, d)
		if err != nil {
			t.Fatal(err)
		}
		results = append(results, r)
		texts[d.ID] = d.Text
	}
	return results, texts
}

// TestBrowser opens the report of the seeds in headless Chromium and
// checks what a reviewer sees: that every highlight covers the words its
// offsets name, that the filters and the network select the right
// meetings, that a link opens the document at its evidence, and that the
// page fetches nothing. It keeps a screenshot in testdata/out/.
func TestBrowser(t *testing.T) {
	bin := cdp.Chromium(t)
	results, texts := seedRun(t)
	page := filepath.Join(t.TempDir(), "report.html")
	f, err := os.Create(page)
	if err != nil {
		t.Fatal(err)
	}
	if err := Write(f, results, Options{Texts: texts, OpenLimit: 1}); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	ms := dataset.Build(results)

	// A bound on the whole session, so that a hung browser cannot hang
	// the tests; nothing is measured.
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	b := cdp.Open(ctx, t, bin, 1280)
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	pageURL := (&url.URL{Scheme: "file", Path: page}).String()
	var log cdp.PageLog
	must(b.Load(ctx, "Page.navigate", map[string]any{"url": pageURL}, log.Seen))
	must(b.Eval(ctx, "1", nil)) // let the events of the load arrive
	cdp.Drain(b, log.Seen)
	for _, u := range log.Requests {
		if u != pageURL && !strings.HasPrefix(u, "data:") {
			t.Errorf("the page fetched %s", u)
		}
	}

	t.Run("highlights", func(t *testing.T) {
		var spans []struct {
			Doc, Class, Text, Entity string
			Start, End               int
		}
		must(b.Eval(ctx, `Array.from(document.querySelectorAll(".doc .text [data-start]")).map(el => ({
			Doc: el.closest("details.doc").id.slice(4), Class: el.className, Text: el.textContent,
			Entity: el.dataset.entity || "", Start: +el.dataset.start, End: +el.dataset.end}))`, &spans))
		want := 0
		for _, r := range results {
			for _, e := range r.Entities {
				want += len(e.Mentions)
			}
			want += len(r.Events) // triggers
			for _, e := range r.Events {
				if e.Date != nil && e.Date.End > e.Date.Start {
					want++
				}
			}
		}
		if len(spans) != want || want == 0 {
			t.Errorf("%d marked spans on the page, want %d", len(spans), want)
		}
		types := map[string]string{}
		for _, r := range results {
			for _, e := range r.Entities {
				types[r.Document.ID+"/"+e.ID] = e.Type
			}
		}
		for _, s := range spans {
			runes := []rune(texts[s.Doc])
			if s.Start < 0 || s.End > len(runes) || s.Start >= s.End {
				t.Errorf("%s: span [%d,%d) outside the text", s.Doc, s.Start, s.End)
				continue
			}
			if w := string(runes[s.Start:s.End]); s.Text != w {
				t.Errorf("%s [%d,%d) %q: the page shows %q, the text has %q", s.Doc, s.Start, s.End, s.Class, s.Text, w)
			}
			if s.Entity != "" && !strings.Contains(" "+s.Class+" ", " "+types[s.Doc+"/"+s.Entity]+" ") {
				t.Errorf("%s: mention of %s has class %q, want its type %q", s.Doc, s.Entity, s.Class, types[s.Doc+"/"+s.Entity])
			}
		}
		var colours []string
		must(b.Eval(ctx, `["person", "place", "organization"].map(c => getComputedStyle(document.querySelector(".doc .ent."+c)).backgroundColor)`, &colours))
		if len(colours) != 3 || len(slices.Compact(slices.Sorted(slices.Values(colours)))) != 3 {
			t.Errorf("people, places and organizations share colours: %v", colours)
		}
	})

	visible := func(t *testing.T) []string {
		t.Helper()
		var ids []string
		must(b.Eval(ctx, `Array.from(document.querySelectorAll("#meetings-table tbody tr")).filter(r => !r.hidden && r.offsetParent !== null).map(r => r.dataset.id)`, &ids))
		slices.Sort(ids)
		return ids
	}
	expect := func(keep func(m dataset.Meeting) bool) []string {
		ids := []string{}
		for _, m := range ms {
			if keep(m) {
				ids = append(ids, m.ID)
			}
		}
		slices.Sort(ids)
		return ids
	}
	clear := func() { must(b.Eval(ctx, `document.getElementById("f-clear").click()`, nil)) }
	hasPerson := func(name string) func(m dataset.Meeting) bool {
		return func(m dataset.Meeting) bool {
			return slices.ContainsFunc(m.Actors, func(a dataset.Actor) bool { return strings.Contains(strings.ToLower(a.Name), strings.ToLower(name)) })
		}
	}
	tests := []struct {
		name   string
		action string // JavaScript, or "type:TEXT" to type into the person filter
		keep   func(m dataset.Meeting) bool
	}{
		{"person typed", "type:lavrov", hasPerson("lavrov")},
		{"person in Arabic", "type:شويغو", hasPerson("shoigu")},
		{"country", `const s = document.getElementById("f-country"); s.value = "IR"; s.dispatchEvent(new Event("change"))`,
			func(m dataset.Meeting) bool {
				return (m.Place != nil && m.Place.Country == "IR") ||
					slices.ContainsFunc(m.Actors, func(a dataset.Actor) bool { return a.Country == "IR" })
			}},
		{"dates", `for (const [id, v] of [["f-from", "2020-07-08"], ["f-to", "2020-07-09"]]) { const e = document.getElementById(id); e.value = v; e.dispatchEvent(new Event("input")) }`,
			func(m dataset.Meeting) bool { return m.Date >= "2020-07-08" && m.Date <= "2020-07-09" }},
		{"network node", `document.querySelector('#network-svg .node[data-person="mohammad-bagheri"] circle').dispatchEvent(new MouseEvent("click", {bubbles: true}))`,
			hasPerson("Mohammad Bagheri")},
	}
	for _, tt := range tests {
		t.Run("filter "+tt.name, func(t *testing.T) {
			clear()
			if all := visible(t); len(all) != len(ms) {
				t.Fatalf("%d meetings shown before filtering, want %d", len(all), len(ms))
			}
			if text, ok := strings.CutPrefix(tt.action, "type:"); ok {
				must(b.Eval(ctx, `document.getElementById("f-person").focus()`, nil))
				must(b.Call(ctx, "Input.insertText", map[string]any{"text": text}, nil))
			} else {
				must(b.Eval(ctx, tt.action, nil))
			}
			got, want := visible(t), expect(tt.keep)
			if len(want) == 0 || len(want) == len(ms) {
				t.Fatalf("the case selects %d of %d meetings: it cannot tell a filter from none", len(want), len(ms))
			}
			if !slices.Equal(got, want) {
				t.Errorf("shown %v, want %v", got, want)
			}
			var count string
			must(b.Eval(ctx, `document.getElementById("f-count").textContent`, &count))
			if w := fmt.Sprintf("%d of %d meetings", len(want), len(ms)); count != w {
				t.Errorf("count says %q, want %q", count, w)
			}
		})
	}
	clear()

	t.Run("sort", func(t *testing.T) {
		var dates []string
		must(b.Eval(ctx, `document.querySelector('#meetings-table th[data-key="date"] button').click();
			Array.from(document.querySelectorAll("#meetings-table tbody tr")).map(r => r.dataset.date)`, &dates))
		if len(dates) < 2 || !slices.IsSortedFunc(dates, func(a, b string) int { return strings.Compare(b, a) }) || dates[0] == dates[len(dates)-1] {
			t.Errorf("dates after a click on Date: %v, want newest first", dates)
		}
	})

	t.Run("evidence link", func(t *testing.T) {
		m := ms[len(ms)-1]
		src := m.Sources[0]
		var got struct {
			Open       bool
			Text, Href string
		}
		must(b.Eval(ctx, fmt.Sprintf(`(async () => {
			const a = document.querySelector('#meetings-table tr[data-id=%q] a.evlink');
			const wasOpen = document.getElementById(decodeURIComponent(a.hash.slice(1))).closest("details.doc").open;
			a.click();
			await new Promise(r => requestAnimationFrame(() => setTimeout(r, 0)));
			const el = document.getElementById(decodeURIComponent(location.hash.slice(1)));
			return {Open: !wasOpen && el.closest("details.doc").open, Text: el.textContent, Href: a.hash};
		})()`, m.ID), &got))
		if !got.Open {
			t.Errorf("following the evidence link of %s did not open its closed document", m.ID)
		}
		if got.Text != src.Evidence.Text {
			t.Errorf("evidence link %s leads to %q, want %q", got.Href, got.Text, src.Evidence.Text)
		}
	})

	cdp.Drain(b, log.Seen)
	if len(log.Exceptions) > 0 {
		t.Errorf("script errors: %v", log.Exceptions)
	}
	must(b.Eval(ctx, `window.scrollTo(0, 0)`, nil))
	png, err := b.Screenshot(ctx, true)
	must(err)
	if len(png) < 1000 || string(png[1:4]) != "PNG" {
		t.Fatalf("screenshot is not a PNG (%d bytes)", len(png))
	}
	shot, err := cdp.Keep("report.png", png)
	must(err)
	t.Logf("screenshot: %s", shot)

	// A malformed #hash (decodeURIComponent throws on it) must not stop
	// the script: the filters still run on load.
	for i, hash := range []string{"#%E0%A4%A", "#%", "#ev-%zz"} {
		t.Run("hash "+hash, func(t *testing.T) {
			log.Exceptions = nil
			must(b.Load(ctx, "Page.navigate", map[string]any{"url": pageURL + "?load=" + fmt.Sprint(i) + hash}, log.Seen))
			var count string
			must(b.Eval(ctx, `document.getElementById("f-count").value`, &count))
			cdp.Drain(b, log.Seen)
			if !strings.HasSuffix(count, " meetings") || len(log.Exceptions) > 0 {
				t.Errorf("with %s: count %q, script errors %v", hash, count, log.Exceptions)
			}
		})
	}
}
