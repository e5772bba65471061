package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/extract-news/extract/gazetteers"
	"github.com/extract-news/extract/pipeline/gazetteer"
)

func TestModes(t *testing.T) {
	tests := []struct {
		args []string
		want []string // key=value fields of the result line
	}{
		{[]string{"-mode", "extract", "-j", "2", "../seeds"}, []string{"mode=extract", "workers=2", "documents=5", "failures=0", "text_bytes=43662"}},
		{[]string{"-mode", "ahocorasick", "../seeds"}, []string{"mode=ahocorasick", "documents=5", "text_bytes=43662"}},
	}
	for _, tt := range tests {
		var out bytes.Buffer
		if err := Main(tt.args, &out); err != nil {
			t.Fatalf("%v: %v", tt.args, err)
		}
		fields := strings.Fields(out.String())
		for _, w := range tt.want {
			if !contains(fields, w) {
				t.Errorf("%v: %q lacks %s", tt.args, out.String(), w)
			}
		}
	}
	for _, args := range [][]string{{"-mode", "nope", "../seeds"}, {"-mode", "extract"}} {
		if err := Main(args, &bytes.Buffer{}); err == nil {
			t.Errorf("%v: no error", args)
		}
	}
}

func contains(fields []string, w string) bool {
	for _, f := range fields {
		if f == w {
			return true
		}
	}
	return false
}

func TestForms(t *testing.T) {
	set, err := gazetteer.LoadFS(gazetteers.FS)
	if err != nil {
		t.Fatal(err)
	}
	forms := Forms(set)
	have := map[string]bool{}
	for _, f := range forms {
		have[f] = true
	}
	// Normalized names, derived surnames, demonym variants and Latin forms.
	for _, f := range []string{"بشار الاسد", "الاسد", "السوري", "السوريه", "assad"} {
		if !have[f] {
			t.Errorf("forms lack %q", f)
		}
	}
	for i := 1; i < len(forms); i++ {
		if forms[i-1] >= forms[i] {
			t.Fatalf("forms not sorted and distinct at %q, %q", forms[i-1], forms[i])
		}
	}
}
