package reviewserver

import (
	"bytes"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/extract-news/extract/pipeline/doc"
	"github.com/extract-news/extract/pipeline/output"
)

var quiet = slog.New(slog.DiscardHandler)

// seedServer serves the review of the seeds' run in a temporary
// directory.
func seedServer(t *testing.T) (*httptest.Server, string) {
	t.Helper()
	dir := t.TempDir()
	texts := extractSeeds(t, dir)
	store, err := Open(dir, quiet)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(New(store, texts, quiet))
	t.Cleanup(srv.Close)
	return srv, dir
}

func getJSON(t *testing.T, url string, out any) int {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if out != nil && resp.StatusCode == http.StatusOK {
		if err := json.NewDecoder(resp.Body).Decode(out); err != nil {
			t.Fatal(err)
		}
	}
	return resp.StatusCode
}

func postMark(t *testing.T, url string, body any, header map[string]string) (int, string) {
	t.Helper()
	data, err := json.Marshal(body)
	if err != nil {
		t.Fatal(err)
	}
	req, err := http.NewRequest(http.MethodPost, url+"/api/review", bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	for k, v := range header {
		req.Header.Set(k, v)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

func rowIDs(p Page) []string {
	var ids []string
	for _, r := range p.Rows {
		ids = append(ids, r.ID)
	}
	return ids
}

func TestMeetings(t *testing.T) {
	srv, _ := seedServer(t)
	var all Page
	if code := getJSON(t, srv.URL+"/api/meetings", &all); code != http.StatusOK {
		t.Fatalf("status %d", code)
	}
	if all.Total != 9 || all.Meetings != 9 || len(all.Rows) != 9 {
		t.Fatalf("seeds: %d of %d meetings, %d rows; want 9", all.Total, all.Meetings, len(all.Rows))
	}
	tests := []struct {
		query string
		check func(p Page) bool
		want  string
	}{
		{"q=assad", func(p Page) bool { return p.Total == 4 }, "Assad's 4 meetings"},
		{"q=" + "بشار", func(p Page) bool { return p.Total == 4 }, "Assad's 4 meetings, by his Arabic name"},
		{"q=ASSAD&country=IR", func(p Page) bool { return p.Total == 2 }, "2 with Iranians"},
		{"country=TR", func(p Page) bool { return p.Total == 1 && p.Rows[0].ID == "001_fd9f9ff1609d1fae/meeting-2" }, "the Sochi meeting"},
		{"from=2020-07-08&to=2020-07-08", func(p Page) bool { return p.Total == 1 }, "one on 2020-07-08"},
		{"status=planned", func(p Page) bool { return p.Total == 1 && p.Rows[0].ID == "004_fafdeb8cef18d3e0/meeting-4" }, "Guterres's planned meeting"},
		{"status=occurred", func(p Page) bool { return p.Total == 8 }, "8 that occurred"},
		{"review=confirmed", func(p Page) bool { return p.Total == 0 }, "nothing confirmed"},
		{"review=unreviewed", func(p Page) bool { return p.Total == 9 }, "all unreviewed"},
		{"limit=4&offset=4", func(p Page) bool {
			return p.Total == 9 && strings.Join(rowIDs(p), " ") == strings.Join(rowIDs(all)[4:8], " ")
		}, "the second page of four"},
		{"offset=100", func(p Page) bool { return p.Total == 9 && len(p.Rows) == 0 }, "no row past the end"},
		{"sort=date&desc=1", func(p Page) bool { return p.Rows[0].Date == "2020-07-09" && p.Rows[8].Date == "2020-07-01" }, "latest first"},
		{"sort=people", func(p Page) bool { return p.Rows[0].Actors[0].Name == "António Guterres" }, "Guterres first by name"},
		{"sort=sources&desc=1", func(p Page) bool { return len(p.Rows[0].Sources) == 2 }, "the meeting with two reports first"},
		{"sort=place", func(p Page) bool { return p.Rows[0].Place == nil && p.Rows[8].Place.Name == "Syria" }, "no place, then by name"},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			var p Page
			if code := getJSON(t, srv.URL+"/api/meetings?"+tt.query, &p); code != http.StatusOK {
				t.Fatalf("status %d", code)
			}
			if !tt.check(p) {
				t.Errorf("want %s; got %d rows: %v", tt.want, p.Total, rowIDs(p))
			}
		})
	}
	for _, bad := range []string{"sort=colour", "from=July", "offset=-1", "limit=x"} {
		if code := getJSON(t, srv.URL+"/api/meetings?"+bad, nil); code != http.StatusBadRequest {
			t.Errorf("%s: status %d, want 400", bad, code)
		}
	}
}

func TestHost(t *testing.T) {
	srv, _ := seedServer(t)
	tests := []struct {
		host string
		code int
	}{
		{"127.0.0.1:8080", http.StatusOK},
		{"localhost:8080", http.StatusOK},
		{"[::1]:8080", http.StatusOK},
		{"192.168.1.20", http.StatusOK},
		{"evil.example.com:8080", http.StatusForbidden},
	}
	for _, tt := range tests {
		req, err := http.NewRequest(http.MethodGet, srv.URL+"/api/meetings", nil)
		if err != nil {
			t.Fatal(err)
		}
		req.Host = tt.host
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != tt.code {
			t.Errorf("Host %s: status %d, want %d", tt.host, resp.StatusCode, tt.code)
		}
	}
}

func TestPageAndAssets(t *testing.T) {
	srv, _ := seedServer(t)
	for _, tt := range []struct{ path, want string }{
		{"/", `<script src="app.js">`},
		{"/app.js", "api/meetings"},
		{"/app.css", "#net-svg"},
		{"/report.css", ".ent.person"},
	} {
		resp, err := http.Get(srv.URL + tt.path)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK || !strings.Contains(string(b), tt.want) {
			t.Errorf("%s: status %d, has %q: %v", tt.path, resp.StatusCode, tt.want, strings.Contains(string(b), tt.want))
		}
	}
}

func TestDocumentAndMarks(t *testing.T) {
	srv, dir := seedServer(t)
	const id = "002_d3f3a8693f0ab807"
	var d DocView
	if code := getJSON(t, srv.URL+"/api/doc?id="+id, &d); code != http.StatusOK {
		t.Fatalf("status %d", code)
	}
	if !d.HasText || d.Dir != "rtl" || !d.Writable || !strings.Contains(string(d.Body), `class="trig"`) || len(d.Events) == 0 {
		t.Fatalf("document view: text %v, dir %s, writable %v, %d events", d.HasText, d.Dir, d.Writable, len(d.Events))
	}
	if code := getJSON(t, srv.URL+"/api/doc?id=nope", nil); code != http.StatusNotFound {
		t.Errorf("unknown document: status %d, want 404", code)
	}
	ev := d.Events[0].ID
	path := output.Path(dir, id)
	before, _ := os.ReadFile(path)

	confirm := map[string]any{"document": id, "version": d.Version, "kind": "event", "id": ev, "status": "confirmed", "note": "seen"}
	tests := []struct {
		name   string
		body   any
		header map[string]string
		code   int
		want   string // in the answer
	}{
		{"from another site", confirm, map[string]string{"Origin": "http://example.com"}, http.StatusForbidden, "review page only"},
		{"as a form", confirm, map[string]string{"Content-Type": "application/x-www-form-urlencoded"}, http.StatusUnsupportedMediaType, "application/json"},
		{"unknown field", map[string]any{"document": id, "colour": "red"}, nil, http.StatusBadRequest, "colour"},
		{"unknown document", map[string]any{"document": "nope", "version": d.Version, "kind": "event", "id": ev, "status": "confirmed"}, nil, http.StatusNotFound, "no such document"},
		{"bad status", map[string]any{"document": id, "version": d.Version, "kind": "event", "id": ev, "status": "fine"}, nil, http.StatusBadRequest, `review status \"fine\"`},
		{"stale version", map[string]any{"document": id, "version": "0123", "kind": "event", "id": ev, "status": "confirmed"}, nil, http.StatusConflict, "changed on disk"},
		{"confirm", confirm, nil, http.StatusOK, `"status":"confirmed"`},
		{"confirm again from the old version", confirm, nil, http.StatusConflict, "reload the document"},
	}
	for _, tt := range tests {
		code, body := postMark(t, srv.URL, tt.body, tt.header)
		if code != tt.code || !strings.Contains(body, tt.want) {
			t.Errorf("%s: %d %s; want %d with %q", tt.name, code, body, tt.code, tt.want)
		}
	}
	after, _ := os.ReadFile(path)
	if want := "    review: {status: confirmed, note: seen}\n"; !strings.Contains(string(after), want) {
		t.Errorf("file has no %q:\n%s", want, after)
	}
	if len(after) != len(before)+len("    review: {status: confirmed, note: seen}\n") {
		t.Errorf("file grew by %d bytes, want the mark's line only", len(after)-len(before))
	}
	var p Page
	getJSON(t, srv.URL+"/api/meetings?review=confirmed", &p)
	if p.Total != 1 || p.Rows[0].Sources[0].Event != ev || p.Rows[0].Sources[0].Version != Version(after) {
		t.Errorf("index after the mark: %+v", p)
	}

	// Rejected, the meeting leaves the index and is listed apart.
	var d2 DocView
	getJSON(t, srv.URL+"/api/doc?id="+id, &d2)
	reject := map[string]any{"document": id, "version": d2.Version, "kind": "event", "id": ev, "status": "rejected"}
	if code, body := postMark(t, srv.URL, reject, nil); code != http.StatusOK {
		t.Fatalf("reject: %d %s", code, body)
	}
	getJSON(t, srv.URL+"/api/meetings", &p)
	if p.Total != 8 || p.Rejected != 1 {
		t.Errorf("after a rejection: %d meetings, %d rejected; want 8 and 1", p.Total, p.Rejected)
	}
	getJSON(t, srv.URL+"/api/meetings?review=rejected", &p)
	if p.Total != 1 || p.Rows[0].Review != doc.Rejected || p.Rows[0].Sources[0].Event != ev {
		t.Errorf("rejected rows: %+v", p)
	}

	// A file changed behind the server's back is read again.
	data, _ := os.ReadFile(path)
	edited := strings.Replace(string(data), "status: rejected", "status: confirmed", 1)
	if err := os.WriteFile(filepath.Join(dir, ".tmp"), []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(filepath.Join(dir, ".tmp"), path); err != nil {
		t.Fatal(err)
	}
	getJSON(t, srv.URL+"/api/meetings?review=confirmed", &p)
	if p.Total != 1 {
		t.Errorf("after an edit on disk: %d confirmed, want 1", p.Total)
	}
	if code, _ := postMark(t, srv.URL, reject, nil); code != http.StatusConflict {
		t.Errorf("a mark from before the edit: status %d, want 409", code)
	}
}

func TestReadOnlyLines(t *testing.T) {
	dir := t.TempDir()
	texts := extractSeeds(t, dir)
	results, err := Open(dir, quiet)
	if err != nil {
		t.Fatal(err)
	}
	var lines bytes.Buffer
	for _, id := range results.IDs() {
		e, _, _ := results.document(id)
		if err := (output.Lines{W: &lines}).Write(e.result); err != nil {
			t.Fatal(err)
		}
	}
	file := filepath.Join(t.TempDir(), "run.jsonl")
	if err := os.WriteFile(file, lines.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	store, err := Open(file, quiet)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(New(store, texts, quiet))
	defer srv.Close()
	var p Page
	getJSON(t, srv.URL+"/api/meetings", &p)
	if p.Total != 9 {
		t.Errorf("JSON Lines run: %d meetings, want 9", p.Total)
	}
	var d DocView
	getJSON(t, srv.URL+"/api/doc?id=002_d3f3a8693f0ab807", &d)
	if d.Writable {
		t.Error("JSON Lines run: writable")
	}
	code, body := postMark(t, srv.URL, map[string]any{"document": d.ID, "version": d.Version, "kind": "event", "id": d.Events[0].ID, "status": "confirmed"}, nil)
	if code != http.StatusForbidden || !strings.Contains(body, "read only") {
		t.Errorf("mark on a JSON Lines run: %d %s", code, body)
	}
}

// TestConcurrentMarks sends marks from the same version of a file at
// once: exactly one is written, the others are refused.
func TestConcurrentMarks(t *testing.T) {
	srv, dir := seedServer(t)
	const id = "002_d3f3a8693f0ab807"
	var d DocView
	getJSON(t, srv.URL+"/api/doc?id="+id, &d)
	const n = 8
	codes := make(chan int, n)
	for i := range n {
		go func() {
			status := []string{"confirmed", "rejected"}[i%2]
			code, _ := postMark(t, srv.URL, map[string]any{"document": id, "version": d.Version, "kind": "entity", "id": d.Entities[0].ID, "status": status}, nil)
			codes <- code
		}()
	}
	count := map[int]int{}
	for range n {
		count[<-codes]++
	}
	if count[http.StatusOK] != 1 || count[http.StatusConflict] != n-1 {
		t.Errorf("statuses %v, want one 200 and %d 409", count, n-1)
	}
	data, _ := os.ReadFile(output.Path(dir, id))
	if got := strings.Count(string(data), "review: {status: "); got != 1 {
		t.Errorf("%d marks in the file, want 1", got)
	}
}
