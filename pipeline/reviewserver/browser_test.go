package reviewserver

import (
	"context"
	"fmt"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/extract-news/extract/pipeline/internal/cdp"
	"github.com/extract-news/extract/pipeline/output"
)

// TestBrowser reviews the seeds' run in headless Chromium as a reviewer
// would: opens the index, filters it, sorts it, opens a document (and
// checks that its highlights cover the words their offsets name),
// confirms a meeting and an entity, reloads the page and sees the marks,
// re-runs the extraction over the directory and sees them kept, and uses
// the network view. The page fetches nothing but its own server. A
// screenshot is kept in testdata/out/.
func TestBrowser(t *testing.T) {
	bin := cdp.Chromium(t)
	dir := t.TempDir()
	texts := extractSeeds(t, dir)
	store, err := Open(dir, quiet)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(New(store, texts, quiet))
	defer srv.Close()

	// A bound on the whole session, so that a hung browser cannot hang
	// the tests; nothing is measured.
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	b := cdp.Open(ctx, t, bin, 1400)
	must := func(t *testing.T, err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	var log cdp.PageLog
	load := func(t *testing.T, method string, params any) {
		t.Helper()
		must(t, b.Load(ctx, method, params, log.Seen))
	}
	// waitFor polls a JavaScript expression until it is truthy and
	// decodes its value into out.
	waitFor := func(t *testing.T, expr string, out any) {
		t.Helper()
		js := fmt.Sprintf(`new Promise((resolve, reject) => {
			const t0 = Date.now();
			(function poll() {
				let v;
				try { v = (%s); } catch (e) {}
				if (v) return resolve(v);
				if (Date.now() - t0 > 10000) return reject(new Error("timed out waiting for: " + %q));
				setTimeout(poll, 20);
			})();
		})`, expr, expr)
		must(t, b.Eval(ctx, js, out))
	}
	rows := func(t *testing.T) []string {
		var ids []string
		must(t, b.Eval(ctx, `Array.from(document.querySelectorAll("#meetings-table tbody tr")).map(r => r.dataset.id)`, &ids))
		return ids
	}
	click := func(t *testing.T, selector string) {
		t.Helper()
		waitFor(t, fmt.Sprintf(`document.querySelector(%q)`, selector), nil)
		must(t, b.Eval(ctx, fmt.Sprintf(`document.querySelector(%q).dispatchEvent(new MouseEvent("click", {bubbles: true, cancelable: true}))`, selector), nil))
	}

	screenshot := func(t *testing.T, name string) {
		t.Helper()
		png, err := b.Screenshot(ctx, false)
		must(t, err)
		_, err = cdp.Keep(name, png)
		must(t, err)
	}

	load(t, "Page.navigate", map[string]any{"url": srv.URL + "/"})
	waitFor(t, `document.querySelectorAll("#meetings-table tbody tr").length === 9`, nil)
	var count string
	must(t, b.Eval(ctx, `document.getElementById("f-count").value`, &count))
	if count != "9 of 9 meetings" {
		t.Errorf("count %q", count)
	}

	t.Run("filter", func(t *testing.T) {
		must(t, b.Eval(ctx, `document.getElementById("f-person").focus()`, nil))
		must(t, b.Call(ctx, "Input.insertText", map[string]any{"text": "assad"}, nil))
		waitFor(t, `document.querySelectorAll("#meetings-table tbody tr").length === 4`, nil)
		must(t, b.Eval(ctx, `document.getElementById("f-country").value = "IR"; document.getElementById("f-country").dispatchEvent(new Event("change"))`, nil))
		waitFor(t, `document.querySelectorAll("#meetings-table tbody tr").length === 2`, nil)
		if !strings.Contains(mustHash(t, b, ctx), "country=IR") {
			t.Error("the filter is not in the address")
		}
		click(t, "#f-clear")
		waitFor(t, `document.querySelectorAll("#meetings-table tbody tr").length === 9`, nil)
	})

	t.Run("sort", func(t *testing.T) {
		click(t, `#meetings-table th[data-key="date"] button`) // date is the default: now descending
		waitFor(t, `document.querySelector('#meetings-table th[data-key="date"]').getAttribute("aria-sort") === "descending"`, nil)
		waitFor(t, `document.querySelector("#meetings-table tbody tr td").textContent.startsWith("2020-07-09")`, nil)
		click(t, `#meetings-table th[data-key="people"] button`)
		var first string
		waitFor(t, `document.querySelector('#meetings-table th[data-key="people"]').getAttribute("aria-sort") === "ascending" &&
			document.querySelector("#meetings-table tbody tr a.person").textContent === "António Guterres" &&
			document.querySelector("#meetings-table tbody tr a.person").textContent`, &first)
		click(t, `#meetings-table th[data-key="date"] button`)
		waitFor(t, `document.querySelector('#meetings-table th[data-key="date"]').getAttribute("aria-sort") === "ascending"`, nil)
	})

	const docID, event = "002_d3f3a8693f0ab807", "002_d3f3a8693f0ab807/meeting-1"
	t.Run("open a document", func(t *testing.T) {
		click(t, fmt.Sprintf(`a.docid[data-doc=%q]`, docID))
		waitFor(t, `!document.getElementById("doc").hidden && document.querySelector("#doc .text .trig")`, nil)
		var spans []struct {
			Text       string
			Start, End int
		}
		must(t, b.Eval(ctx, `Array.from(document.querySelectorAll("#doc .text [data-start]")).map(el => ({Text: el.textContent, Start: +el.dataset.start, End: +el.dataset.end}))`, &spans))
		runes := []rune(texts[docID])
		if len(spans) == 0 {
			t.Fatal("no highlight")
		}
		for _, s := range spans {
			if got := string(runes[s.Start:s.End]); got != s.Text {
				t.Errorf("highlight [%d,%d) shows %q, the text has %q", s.Start, s.End, s.Text, got)
			}
		}
		var dir string
		must(t, b.Eval(ctx, `document.querySelector("#doc .text").dir`, &dir))
		if dir != "rtl" {
			t.Errorf("text direction %q", dir)
		}
		var stray bool
		must(t, b.Eval(ctx, `document.getElementById("doc-body").textContent.includes("null")`, &stray))
		if stray {
			t.Error(`the document panel shows "null"`)
		}
		screenshot(t, "document.png")
	})

	t.Run("confirm", func(t *testing.T) {
		// The meeting, from the index; an entity, from the document.
		click(t, fmt.Sprintf(`#meetings-table tr[data-id=%q] button.confirm`, event))
		waitFor(t, fmt.Sprintf(`document.querySelector('#meetings-table tr[data-id=%q]').classList.contains("rv-confirmed")`, event), nil)
		waitFor(t, fmt.Sprintf(`document.querySelector('#doc li[id="event-%s"] .rv-confirmed')`, event), nil)
		click(t, `#doc tr[data-entity="sergei-shoigu"] button.confirm`)
		waitFor(t, `document.querySelector('#doc tr[data-entity="sergei-shoigu"]').classList.contains("rv-confirmed")`, nil)
		data, err := os.ReadFile(output.Path(dir, docID))
		must(t, err)
		if n := strings.Count(string(data), "review: {status: confirmed}"); n != 2 {
			t.Errorf("%d marks in the file, want 2:\n%s", n, data)
		}
	})

	t.Run("correct", func(t *testing.T) {
		click(t, `#doc tr[data-entity="isis"] button.correct`)
		waitFor(t, `document.querySelector('#doc tr[data-entity="isis"] form.fix')`, nil)
		must(t, b.Eval(ctx, `(() => {
			const row = document.querySelector('#doc tr[data-entity="isis"]');
			row.querySelector("input.note").value = "the name it uses";
			const f = row.querySelector("form.fix");
			f.querySelectorAll("input")[0].value = "Islamic State";
			f.requestSubmit();
		})()`, nil))
		waitFor(t, `document.querySelector('#doc tr[data-entity="isis"]').classList.contains("rv-corrected")`, nil)
		data, err := os.ReadFile(output.Path(dir, docID))
		must(t, err)
		if !strings.Contains(string(data), "    name: Islamic State\n") || !strings.Contains(string(data), "review: {status: corrected, note: the name it uses}") {
			t.Errorf("the correction is not in the file:\n%s", data)
		}
	})

	seesMarks := func(t *testing.T) {
		t.Helper()
		waitFor(t, fmt.Sprintf(`document.querySelector('#meetings-table tr[data-id=%q]') &&
			document.querySelector('#meetings-table tr[data-id=%q] .rv-confirmed')`, event, event), nil)
		waitFor(t, `!document.getElementById("doc").hidden && document.querySelector('#doc tr[data-entity="sergei-shoigu"].rv-confirmed') &&
			document.querySelector('#doc tr[data-entity="isis"].rv-corrected')`, nil)
	}
	t.Run("reload", func(t *testing.T) {
		load(t, "Page.reload", nil)
		seesMarks(t) // the document stays open: it is in the address
	})

	t.Run("re-run", func(t *testing.T) {
		extractSeeds(t, dir)
		data, err := os.ReadFile(output.Path(dir, docID))
		must(t, err)
		if n := strings.Count(string(data), "status: confirmed"); n != 2 {
			t.Errorf("after the re-run, %d marks in the file, want 2", n)
		}
		load(t, "Page.reload", nil)
		seesMarks(t)
		click(t, "#doc-close")
	})

	t.Run("network", func(t *testing.T) {
		click(t, `#tabs button[data-view="network"]`)
		var n int
		waitFor(t, `document.querySelectorAll("#net-svg .node").length`, &n)
		var legend []string
		must(t, b.Eval(ctx, `Array.from(document.querySelectorAll("#net-legend li")).map(l => l.textContent)`, &legend))
		if len(legend) == 0 || !strings.Contains(strings.Join(legend, "|"), "Syria (SY)") {
			t.Errorf("legend %v", legend)
		}
		var before, after string
		must(t, b.Eval(ctx, `document.getElementById("net-svg").getAttribute("viewBox")`, &before))
		click(t, "#n-in")
		must(t, b.Eval(ctx, `document.getElementById("net-svg").getAttribute("viewBox")`, &after))
		if before == after {
			t.Errorf("zoom: viewBox stays %s", before)
		}
		must(t, b.Eval(ctx, `document.getElementById("n-search").focus()`, nil))
		must(t, b.Call(ctx, "Input.insertText", map[string]any{"text": "shoigu"}, nil))
		waitFor(t, `document.querySelectorAll("#net-svg .node.match").length === 1 && document.querySelectorAll("#net-svg .node").length < `+fmt.Sprint(n), nil)
		click(t, "#n-reset")
		screenshot(t, "network.png")
		// A click on a person lists their meetings.
		click(t, `#net-svg .node.match`)
		waitFor(t, `!document.getElementById("meetings").hidden && document.querySelectorAll("#meetings-table tbody tr").length === 2`, nil)
		screenshot(t, "review.png")
	})

	must(t, b.Eval(ctx, "1", nil))
	cdp.Drain(b, log.Seen)
	for _, u := range log.Requests {
		if !strings.HasPrefix(u, srv.URL+"/") && !strings.HasPrefix(u, "data:") {
			t.Errorf("the page fetched %s", u)
		}
	}
	for _, e := range log.Exceptions {
		t.Errorf("javascript exception: %s", e)
	}
	t.Logf("%d rows shown at the end; screenshots in testdata/out", len(rows(t)))
}

func mustHash(t *testing.T, b *cdp.Browser, ctx context.Context) string {
	t.Helper()
	var h string
	if err := b.Eval(ctx, "location.hash", &h); err != nil {
		t.Fatal(err)
	}
	return h
}
