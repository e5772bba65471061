package input

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestMaxDocument reads documents over and under Options.MaxDocument.
func TestMaxDocument(t *testing.T) {
	long := strings.Repeat("ب", 600) // 1,200 bytes
	tests := []struct {
		name  string
		file  string // name of the one input file
		data  string
		limit int64
		ids   []string // documents read
		errs  []string // errors, in order
	}{{
		name:  "txt over the limit",
		file:  "a.txt",
		data:  "title\n" + long,
		limit: 1000,
		errs:  []string{"a.txt: document of 1 KB is longer than the limit of 1000 bytes (raise it with -max-doc)"},
	}, {
		name:  "txt under the limit",
		file:  "a.txt",
		data:  "title\n" + long,
		limit: 2000,
		ids:   []string{"a"},
	}, {
		name:  "no limit",
		file:  "a.txt",
		data:  "title\n" + long,
		limit: -1,
		ids:   []string{"a"},
	}, {
		name:  "a long JSON line between good ones",
		file:  "c.jsonl",
		data:  `{"id":"x","text":"نص"}` + "\n" + `{"id":"y","text":"` + long + `"}` + "\n" + `{"id":"z","text":"نص"}` + "\n",
		limit: 1000,
		ids:   []string{"x", "z"},
		errs:  []string{"c.jsonl:2: line of 1 KB is longer than the limit of 1000 bytes"},
	}, {
		name:  "a long last line without a newline",
		file:  "c.jsonl",
		data:  `{"id":"x","text":"نص"}` + "\n" + `{"id":"y","text":"` + long + `"}`,
		limit: 1000,
		ids:   []string{"x"},
		errs:  []string{"c.jsonl:2: line of 1 KB"},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, tt.file)
			if err := os.WriteFile(path, []byte(tt.data), 0o644); err != nil {
				t.Fatal(err)
			}
			var ids, errs []string
			for d, err := range Documents(context.Background(), []string{path}, Options{MaxDocument: tt.limit}) {
				if err != nil {
					errs = append(errs, err.Error())
					continue
				}
				ids = append(ids, d.ID)
			}
			if strings.Join(ids, ",") != strings.Join(tt.ids, ",") {
				t.Errorf("ids %v, want %v", ids, tt.ids)
			}
			if len(errs) != len(tt.errs) {
				t.Fatalf("errors %q, want %q", errs, tt.errs)
			}
			for i, e := range tt.errs {
				if !strings.Contains(errs[i], e) {
					t.Errorf("error %q, want it to contain %q", errs[i], e)
				}
			}
		})
	}
}

// TestMaxDocumentStdin: plain text on standard input is held to the
// limit as a .txt file is.
func TestMaxDocumentStdin(t *testing.T) {
	long := "title\n" + strings.Repeat("ب", 600) // 1,206 bytes
	for _, tt := range []struct {
		limit int64
		id    string
		err   string
	}{
		{1000, "", "-: document is longer than the limit of 1000 bytes (raise it with -max-doc)"},
		{2000, "stdin", ""},
		{-1, "stdin", ""},
	} {
		var ids, errs []string
		for d, err := range Documents(context.Background(), []string{"-"}, Options{Stdin: strings.NewReader(long), MaxDocument: tt.limit}) {
			if err != nil {
				errs = append(errs, err.Error())
				continue
			}
			ids = append(ids, d.ID)
		}
		if strings.Join(ids, ",") != tt.id {
			t.Errorf("limit %d: ids %v, want %q", tt.limit, ids, tt.id)
		}
		if strings.Join(errs, "\n") != tt.err {
			t.Errorf("limit %d: errors %q, want %q", tt.limit, errs, tt.err)
		}
	}
}
