package output

import (
	"errors"
	"fmt"
	"io/fs"
	"os"

	"github.com/extract-news/extract/pipeline/doc"
	"github.com/extract-news/extract/pipeline/review"
	"go.yaml.in/yaml/v3"
)

// KeepReviews returns r encoded as YAML, with the review marks of the
// YAML file at path, written by an earlier run and edited by a reviewer,
// carried over as package review describes. It also returns what it read
// of the file, so that the caller can check, before replacing it, that
// the file has not changed since (Snapshot.Unchanged).
//
// Reviewed records are written as the reviewer left them: their keys,
// styles and comments are kept (an event only takes the new run's id). A
// file that cannot be parsed, has a mark that cannot be understood or is
// about another document (a different title) is an error naming the file
// and line, so that the caller leaves it in place rather than overwriting
// a reviewer's work.
func KeepReviews(path string, r *doc.Result) ([]byte, Snapshot, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		out, err := YAML(r)
		return out, Snapshot{}, err
	}
	if err != nil {
		return nil, Snapshot{}, fmt.Errorf("keep reviews: %w", err)
	}
	snap := snapshotOf(data)
	out, err := mergeReviews(path, data, r)
	return out, snap, err
}

// mergeReviews is KeepReviews on data, the content of the file at path.
func mergeReviews(path string, data []byte, r *doc.Result) ([]byte, error) {
	if !review.MayHoldMarks(data) {
		return YAML(r)
	}
	f, err := review.Parse(path, data)
	if err != nil {
		if !review.MayHoldMarkKey(data) {
			return YAML(r) // debris (a file cut short by a crash), no mark in it
		}
		return nil, fmt.Errorf("keep reviews: %w (fix the file or move it away)", err)
	}
	if !review.Reviewed(&f.Result) {
		return YAML(r)
	}
	if f.Result.Document.Title != r.Document.Title {
		return nil, fmt.Errorf("keep reviews: %s holds review marks for another document (title %q, now %q); move it away",
			path, f.Result.Document.Title, r.Document.Title)
	}
	m := review.MergeFrom(&f.Result, r)
	out, err := encodeMerged(m, f)
	if err != nil {
		return nil, fmt.Errorf("keep reviews: %s: %w", path, err)
	}
	return out, nil
}

// encodeMerged encodes m as yamlNode would, but for the records that come
// from f, whose nodes are written as they were read.
func encodeMerged(m review.Merged, f *review.File) ([]byte, error) {
	var n yaml.Node
	if err := n.Encode(m.Result); err != nil {
		return nil, err
	}
	flow(&n)
	if ents := review.Value(&n, "entities"); ents != nil {
		for i, from := range m.EntityFrom {
			if from >= 0 && i < len(ents.Content) {
				ents.Content[i] = f.Entities[from]
			}
		}
	}
	if evs := review.Value(&n, "events"); evs != nil {
		for i, from := range m.EventFrom {
			if from >= 0 && i < len(evs.Content) {
				old := f.Events[from]
				setID(old, m.Result.Events[i].ID)
				evs.Content[i] = old
			}
		}
	}
	return encodeNode(&n)
}

// setID sets the id of mapping m to id, adding the key first if m has
// none.
func setID(m *yaml.Node, id string) {
	if v := review.Value(m, "id"); v != nil {
		if v.Value != id || v.Kind != yaml.ScalarNode {
			*v = yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: id, LineComment: v.LineComment}
		}
		return
	}
	k := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: "id"}
	v := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: id}
	m.Content = append([]*yaml.Node{k, v}, m.Content...)
}
