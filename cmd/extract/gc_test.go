package main

import (
	"context"
	"runtime/debug"
	"slices"
	"strings"
	"testing"

	"github.com/extract-news/extract/pipeline/doc"
)

// percentSeen records the collector's target while it processes.
type percentSeen struct{ seen []int }

func (p *percentSeen) Process(_ context.Context, d *doc.Document) (*doc.Result, error) {
	v := debug.SetGCPercent(100)
	debug.SetGCPercent(v)
	p.seen = append(p.seen, v)
	return &doc.Result{}, nil
}

// TestGCGuard checks that the target is largeGCPercent while a large
// document is processed, and what it was before and after it and for
// small documents; and that GOGC turns the guard off.
func TestGCGuard(t *testing.T) {
	old := debug.SetGCPercent(gcPercent)
	defer debug.SetGCPercent(old)
	p := &percentSeen{}
	g := guardGC(p, "")
	large := &doc.Document{Text: strings.Repeat("ب\n", largeDocument/3+1)}
	for _, d := range []*doc.Document{{Text: "ب"}, large, {Text: "ب"}} {
		if _, err := g.Process(context.Background(), d); err != nil {
			t.Fatal(err)
		}
	}
	if want := []int{gcPercent, largeGCPercent, gcPercent}; !slices.Equal(p.seen, want) {
		t.Errorf("targets %v, want %v", p.seen, want)
	}
	if v := debug.SetGCPercent(gcPercent); v != gcPercent {
		t.Errorf("target %d after the run, want %d", v, gcPercent)
	}
	if guardGC(p, "200") != p {
		t.Error("GOGC set: the processor is guarded")
	}
}
