// Package results reads the results of a run back: the YAML files of an
// output directory (one per document, as extract writes them without
// -format) or a JSON Lines file (-format jsonl), gzipped or not. It is
// the one reader of results for eval, export, report, review and resume.
// (Rewriting a reviewed YAML file, package output reads its YAML nodes,
// not its result, to keep the reviewer's marks, keys and comments: see
// output.KeepReviews and package review.)
//
// Each streams the results in the order of their source; Load holds them
// all, sorted by document id. A document id met twice is an error, and so
// is a result that does not parse; errors name the file, and the line of
// a JSON Lines file.
package results

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/extract-news/extract/internal/gzsniff"
	"github.com/extract-news/extract/pipeline/doc"
	"go.yaml.in/yaml/v3"
)

// bufSize is the read buffer of a JSON Lines file.
const bufSize = 64 << 10

// Load reads the results at path (see Each) and returns them sorted by
// document id.
func Load(ctx context.Context, path string) ([]*doc.Result, error) {
	var out []*doc.Result
	if err := Each(ctx, path, func(r *doc.Result) error {
		out = append(out, r)
		return nil
	}); err != nil {
		return nil, err
	}
	slices.SortFunc(out, func(a, b *doc.Result) int { return strings.Compare(a.Document.ID, b.Document.ID) })
	return out, nil
}

// Each calls fn with each result at path: the YAML files of a directory
// (EachYAML), or else a JSON Lines file (EachLine). It stops at the first
// error, of reading or of fn, and returns it.
func Each(ctx context.Context, path string, fn func(*doc.Result) error) error {
	fi, err := os.Stat(path)
	if err != nil {
		return err
	}
	if fi.IsDir() {
		return EachYAML(ctx, path, fn)
	}
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	return EachLine(ctx, path, f, fn)
}

// EachYAML calls fn with the result of each YAML file (*.yaml, *.yml) of
// dir, in the order of the file names; hidden files and directories are
// skipped. A result without a document id takes the file's name (see
// DecodeYAML). Errors name the file and, for YAML errors, the line.
func EachYAML(ctx context.Context, dir string, fn func(*doc.Result) error) error {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	names := make([]string, 0, len(ents))
	for _, e := range ents {
		n := e.Name()
		if e.IsDir() || strings.HasPrefix(n, ".") {
			continue
		}
		if ext := filepath.Ext(n); ext == ".yaml" || ext == ".yml" {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	from := make(map[string]string, len(names))
	for _, n := range names {
		path := filepath.Join(dir, n)
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		r, err := DecodeYAML(path, data)
		if err != nil {
			return err
		}
		if prev, dup := from[r.Document.ID]; dup {
			return fmt.Errorf("%s: document id %q already read from %s", path, r.Document.ID, prev)
		}
		from[r.Document.ID] = path
		if err := fn(r); err != nil {
			return err
		}
	}
	return nil
}

// DecodeYAML decodes data, the YAML file at path, as one document's
// result. A result without a document id is named after the file, as the
// extraction names the file after the document. Errors name the file
// and, for YAML errors, the line.
func DecodeYAML(path string, data []byte) (*doc.Result, error) {
	var r doc.Result
	if err := yaml.Unmarshal(data, &r); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if r.Document.ID == "" {
		r.Document.ID = strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
	}
	return &r, nil
}

// EachLine calls fn with each result of in, JSON Lines, one result a
// line, gunzipped first when it starts with the gzip magic bytes. Blank
// lines are skipped; a line that does not parse, a result without a
// document id and an id met on an earlier line are errors. name, the
// file's name, is used in errors, with the line: name:line: ....
func EachLine(ctx context.Context, name string, in io.Reader, fn func(*doc.Result) error) error {
	br := bufio.NewReaderSize(in, bufSize)
	if magic, _ := br.Peek(len(gzsniff.Magic)); gzsniff.Is(magic) {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		defer zr.Close()
		br = bufio.NewReaderSize(zr, bufSize)
	}
	seen := map[string]int{}
	for n := 1; ; n++ {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("%s:%d: %w", name, n, err)
		}
		line, err := br.ReadBytes('\n')
		if len(bytes.TrimSpace(line)) > 0 {
			r, jerr := DecodeLine(line)
			if jerr != nil {
				return fmt.Errorf("%s:%d: %w", name, n, jerr)
			}
			if prev, dup := seen[r.Document.ID]; dup {
				return fmt.Errorf("%s:%d: document id %q already on line %d", name, n, r.Document.ID, prev)
			}
			seen[r.Document.ID] = n
			if ferr := fn(r); ferr != nil {
				return ferr
			}
		}
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("%s:%d: %w", name, n, err)
		}
	}
}

// ErrNoID is the error of a result without a document id.
var ErrNoID = errors.New("result without a document id")

// DecodeLine decodes one line of a JSON Lines run as one document's
// result; a result without a document id is ErrNoID.
func DecodeLine(line []byte) (*doc.Result, error) {
	var r doc.Result
	if err := json.Unmarshal(line, &r); err != nil {
		return nil, err
	}
	if r.Document.ID == "" {
		return nil, ErrNoID
	}
	return &r, nil
}
