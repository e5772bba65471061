// Package cdp drives headless Chromium through the DevTools protocol for
// the Browser tests of the review pages. Tests skip when Chromium is not
// installed.
package cdp

import (
	"bufio"
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"
	"time"
)

// Browser is headless Chromium driven through the DevTools protocol over
// a pipe (--remote-debugging-pipe: commands on fd 3, replies and events on
// fd 4, each a JSON message ended by a NUL byte), which needs neither a
// port nor a WebSocket library.
type Browser struct {
	cmd     *exec.Cmd
	w       *os.File
	mu      sync.Mutex
	nextID  int
	pending map[int]chan reply
	events  chan Event
	done    chan struct{}
	session string
}

type reply struct {
	Result json.RawMessage `json:"result"`
	Error  *struct {
		Message string `json:"message"`
	} `json:"error"`
}

// Event is a DevTools event.
type Event struct {
	Method string          `json:"method"`
	Params json.RawMessage `json:"params"`
}

// Chromium returns the Chromium binary, or skips the test.
func Chromium(t testing.TB) string {
	t.Helper()
	if p := os.Getenv("EXTRACT_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Skip("no chromium on PATH (install Debian's chromium package, or set EXTRACT_CHROMIUM)")
	return ""
}

// Start starts headless Chromium; it is killed when ctx ends or
// the test finishes.
func Start(ctx context.Context, t testing.TB, bin string) *Browser {
	t.Helper()
	toChrome, chromeIn, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	chromeOut, fromChrome, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	// Not t.TempDir: Chromium's helper processes outlive the Browser
	// process for a moment and keep writing to the profile, which would
	// fail t.TempDir's removal; the cleanup below waits for them.
	profile, err := os.MkdirTemp("", "extract-chromium-")
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.CommandContext(ctx, bin,
		"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--disable-dev-shm-usage", "--hide-scrollbars", "--remote-debugging-pipe",
		"--user-data-dir="+profile, "about:blank")
	cmd.ExtraFiles = []*os.File{toChrome, fromChrome} // fd 3, fd 4
	if testing.Verbose() {
		cmd.Stderr = os.Stderr
	}
	if err := cmd.Start(); err != nil {
		t.Fatalf("start %s: %v", bin, err)
	}
	toChrome.Close()
	fromChrome.Close()
	b := &Browser{cmd: cmd, w: chromeIn, pending: map[int]chan reply{}, events: make(chan Event, 1024), done: make(chan struct{})}
	go b.read(chromeOut)
	t.Cleanup(func() {
		b.w.Close()
		cmd.Process.Kill()
		cmd.Wait()
		chromeOut.Close()
		// The helpers exit once the Browser is gone; retry until they
		// have, for at most ten seconds.
		for range 100 {
			if err = os.RemoveAll(profile); err == nil {
				return
			}
			time.Sleep(100 * time.Millisecond)
		}
		t.Logf("profile %s not removed: %v", profile, err)
	})
	return b
}

// read dispatches Chromium's messages until the pipe closes.
func (b *Browser) read(f *os.File) {
	defer close(b.done)
	r := bufio.NewReaderSize(f, 1<<20)
	for {
		msg, err := r.ReadBytes(0)
		if err != nil {
			return
		}
		var m struct {
			ID int `json:"id"`
			reply
			Event
		}
		if json.Unmarshal(msg[:len(msg)-1], &m) != nil {
			continue
		}
		if m.ID != 0 {
			b.mu.Lock()
			ch := b.pending[m.ID]
			delete(b.pending, m.ID)
			b.mu.Unlock()
			if ch != nil {
				ch <- m.reply
			}
			continue
		}
		select {
		case b.events <- m.Event:
		default: // nobody listens to this many events
		}
	}
}

// Call sends a command (to the attached page unless method starts with
// "Target.") and decodes its result into out, if not nil.
func (b *Browser) Call(ctx context.Context, method string, params any, out any) error {
	b.mu.Lock()
	b.nextID++
	id := b.nextID
	ch := make(chan reply, 1)
	b.pending[id] = ch
	b.mu.Unlock()
	msg := map[string]any{"id": id, "method": method}
	if params != nil {
		msg["params"] = params
	}
	if b.session != "" && len(method) > 7 && method[:7] != "Target." {
		msg["sessionId"] = b.session
	}
	data, err := json.Marshal(msg)
	if err != nil {
		return err
	}
	if _, err := b.w.Write(append(data, 0)); err != nil {
		return fmt.Errorf("%s: %w", method, err)
	}
	select {
	case r := <-ch:
		if r.Error != nil {
			return fmt.Errorf("%s: %s", method, r.Error.Message)
		}
		if out != nil {
			return json.Unmarshal(r.Result, out)
		}
		return nil
	case <-b.done:
		return fmt.Errorf("%s: chromium exited", method)
	case <-ctx.Done():
		return fmt.Errorf("%s: %w", method, ctx.Err())
	}
}

// WaitEvent waits for the event method and returns its parameters; other
// events are passed to seen, if not nil.
func (b *Browser) WaitEvent(ctx context.Context, method string, seen func(Event)) (json.RawMessage, error) {
	for {
		select {
		case e := <-b.events:
			if e.Method == method {
				return e.Params, nil
			}
			if seen != nil {
				seen(e)
			}
		case <-b.done:
			return nil, fmt.Errorf("waiting for %s: chromium exited", method)
		case <-ctx.Done():
			return nil, fmt.Errorf("waiting for %s: %w", method, ctx.Err())
		}
	}
}

// Attach opens a new page and attaches to it.
func (b *Browser) Attach(ctx context.Context) error {
	var target struct {
		TargetID string `json:"targetId"`
	}
	if err := b.Call(ctx, "Target.createTarget", map[string]any{"url": "about:blank"}, &target); err != nil {
		return err
	}
	var att struct {
		SessionID string `json:"sessionId"`
	}
	if err := b.Call(ctx, "Target.attachToTarget", map[string]any{"targetId": target.TargetID, "flatten": true}, &att); err != nil {
		return err
	}
	b.session = att.SessionID
	return nil
}

// Eval evaluates a JavaScript expression in the page and decodes its
// value (which must be JSON-serializable) into out, if not nil.
func (b *Browser) Eval(ctx context.Context, expr string, out any) error {
	var res struct {
		Result struct {
			Value json.RawMessage `json:"value"`
		} `json:"result"`
		ExceptionDetails *struct {
			Text      string `json:"text"`
			Exception struct {
				Description string `json:"description"`
			} `json:"exception"`
		} `json:"exceptionDetails"`
	}
	err := b.Call(ctx, "Runtime.evaluate", map[string]any{"expression": expr, "returnByValue": true, "awaitPromise": true}, &res)
	if err != nil {
		return err
	}
	if e := res.ExceptionDetails; e != nil {
		return errors.New("javascript: " + e.Text + " " + e.Exception.Description)
	}
	if out != nil {
		return json.Unmarshal(res.Result.Value, out)
	}
	return nil
}

// Drain passes the events received so far to seen.
func Drain(b *Browser, seen func(Event)) {
	for {
		select {
		case e := <-b.events:
			seen(e)
		default:
			return
		}
	}
}

// Open starts headless Chromium (bin, from Chromium) and attaches a page
// width pixels wide and 900 high, with the Page, Runtime and Network
// domains enabled. It skips the test when Chromium does not start.
func Open(ctx context.Context, t testing.TB, bin string, width int) *Browser {
	t.Helper()
	b := Start(ctx, t, bin)
	if err := b.Attach(ctx); err != nil {
		t.Skipf("%s does not start: %v", bin, err)
	}
	for _, m := range []string{"Page.enable", "Runtime.enable", "Network.enable"} {
		if err := b.Call(ctx, m, nil, nil); err != nil {
			t.Fatal(err)
		}
	}
	if err := b.Call(ctx, "Emulation.setDeviceMetricsOverride", map[string]any{"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": false}, nil); err != nil {
		t.Fatal(err)
	}
	return b
}

// PageLog collects what a page did, from the events passed to Seen.
type PageLog struct {
	Requests   []string // the URL of every request the page sent
	Exceptions []string // the parameters of every uncaught exception
}

// Seen records e if it is a request or an uncaught exception.
func (l *PageLog) Seen(e Event) {
	switch e.Method {
	case "Network.requestWillBeSent":
		var p struct {
			Request struct {
				URL string `json:"url"`
			} `json:"request"`
		}
		json.Unmarshal(e.Params, &p)
		l.Requests = append(l.Requests, p.Request.URL)
	case "Runtime.exceptionThrown":
		l.Exceptions = append(l.Exceptions, string(e.Params))
	}
}

// Load sends a command that loads a page (Page.navigate, Page.reload) and
// waits for the page's load event; the events before it are passed to
// seen, if not nil.
func (b *Browser) Load(ctx context.Context, method string, params any, seen func(Event)) error {
	if err := b.Call(ctx, method, params, nil); err != nil {
		return err
	}
	_, err := b.WaitEvent(ctx, "Page.loadEventFired", seen)
	return err
}

// Screenshot captures the page as a PNG: the whole page if full, else
// the viewport.
func (b *Browser) Screenshot(ctx context.Context, full bool) ([]byte, error) {
	params := map[string]any{"format": "png"}
	if full {
		params["captureBeyondViewport"] = true
	}
	var shot struct {
		Data string `json:"data"`
	}
	if err := b.Call(ctx, "Page.captureScreenshot", params, &shot); err != nil {
		return nil, err
	}
	return base64.StdEncoding.DecodeString(shot.Data)
}

// Keep writes a screenshot to testdata/out/name, under the directory of
// the test's package, and returns its path.
func Keep(name string, png []byte) (string, error) {
	out := filepath.Join("testdata", "out")
	if err := os.MkdirAll(out, 0o755); err != nil {
		return "", err
	}
	path := filepath.Join(out, name)
	return path, os.WriteFile(path, png, 0o644)
}
