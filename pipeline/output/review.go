package output

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"regexp"

	"github.com/extract-news/extract/pipeline/doc"
	"github.com/extract-news/extract/pipeline/review"
	"go.yaml.in/yaml/v3"
)

// reviewKey finds a "review:" mapping key at the start of a line, the
// quick test that spares parsing files nobody reviewed.
var reviewKey = regexp.MustCompile(`(?m)^[ \t]*(?:- )?review:`)

// KeepReviews returns r with the review marks of the YAML file at path,
// written by an earlier run and edited by a reviewer, carried over as
// package review describes. It returns r itself when there is no file or
// the file has no review mark. A file that cannot be parsed, has a
// malformed mark or is about another document (a different title) is an
// error naming the file, so that the caller leaves it in place rather
// than overwriting a reviewer's work.
func KeepReviews(path string, r *doc.Result) (*doc.Result, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return r, nil
	}
	if err != nil {
		return nil, fmt.Errorf("keep reviews: %w", err)
	}
	if !bytes.Contains(data, []byte("review:")) || !reviewKey.Match(data) {
		return r, nil
	}
	var prev doc.Result
	if err := yaml.Unmarshal(data, &prev); err != nil {
		return nil, fmt.Errorf("keep reviews: %s: %w (fix the file or move it away)", path, err)
	}
	if err := review.Check(&prev); err != nil {
		return nil, fmt.Errorf("keep reviews: %s: %w", path, err)
	}
	if !review.Reviewed(&prev) {
		return r, nil
	}
	if prev.Document.Title != r.Document.Title {
		return nil, fmt.Errorf("keep reviews: %s holds review marks for another document (title %q, now %q); move it away",
			path, prev.Document.Title, r.Document.Title)
	}
	return review.Merge(&prev, r), nil
}
