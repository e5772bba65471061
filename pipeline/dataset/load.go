package dataset

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/extract-news/extract/pipeline/doc"
	"github.com/extract-news/extract/pipeline/eval"
)

// Load reads the results of a run: the YAML files of a directory (the
// -out directory of a run), or a JSON Lines file (a run with -format
// jsonl, gzipped or not). The results are sorted by document id. Errors
// name the file, and the line where there is one.
func Load(path string) ([]*doc.Result, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if fi.IsDir() {
		m, err := eval.LoadResults(path)
		if err != nil {
			return nil, err
		}
		out := make([]*doc.Result, 0, len(m))
		for _, r := range m {
			out = append(out, r)
		}
		slices.SortFunc(out, func(a, b *doc.Result) int { return strings.Compare(a.Document.ID, b.Document.ID) })
		return out, nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return readLines(path, f)
}

// readLines reads results as JSON Lines from r (gzip is recognised by its
// magic bytes).
func readLines(name string, r io.Reader) ([]*doc.Result, error) {
	br := bufio.NewReaderSize(r, 1<<16)
	if magic, _ := br.Peek(2); bytes.Equal(magic, []byte{0x1f, 0x8b}) {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		defer zr.Close()
		br = bufio.NewReaderSize(zr, 1<<16)
	}
	var out []*doc.Result
	seen := map[string]int{}
	for n := 1; ; n++ {
		line, err := br.ReadBytes('\n')
		if len(bytes.TrimSpace(line)) > 0 {
			var res doc.Result
			if jerr := json.Unmarshal(line, &res); jerr != nil {
				return nil, fmt.Errorf("%s:%d: %w", name, n, jerr)
			}
			if res.Document.ID == "" {
				return nil, fmt.Errorf("%s:%d: result without a document id", name, n)
			}
			if prev, dup := seen[res.Document.ID]; dup {
				return nil, fmt.Errorf("%s:%d: document id %q already on line %d", name, n, res.Document.ID, prev)
			}
			seen[res.Document.ID] = n
			out = append(out, &res)
		}
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %w", name, n, err)
		}
	}
	slices.SortFunc(out, func(a, b *doc.Result) int { return strings.Compare(a.Document.ID, b.Document.ID) })
	return out, nil
}
