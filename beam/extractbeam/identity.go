package extractbeam

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/extract-news/extract/pipeline/dataset"
	"github.com/extract-news/extract/pipeline/doc"
)

// The identity step of the meeting export runs as a keyed group: each
// document with meetings goes to the pair groups of its events
// (dataset.PairKeys), each group is clustered on one worker
// (dataset.Group), and the export assembles the clusters of all groups
// (dataset.Assemble): the meetings dataset.Build finds on one machine.

// pairKeys emits a document's meeting result under each of its pair
// groups.
func pairKeys(p placed, emit func(string, placed)) error {
	var r doc.Result
	if err := json.Unmarshal([]byte(p.Line), &r); err != nil {
		return fmt.Errorf("meeting identity: result of input %d:%d: %w", p.File, p.Seq, err)
	}
	for _, k := range dataset.PairKeys(&r) {
		emit(k, p)
	}
	return nil
}

// groupPair clusters the reports of one pair group and emits each
// cluster as the JSON list of its report ids.
func groupPair(ctx context.Context, key string, docs func(*placed) bool, emit func(string)) error {
	results, err := decodeResults("meeting identity", collect(docs))
	if err != nil {
		return err
	}
	for _, c := range dataset.Group(key, results) {
		data, err := json.Marshal(c)
		if err != nil {
			return err
		}
		emit(string(data))
	}
	return ctx.Err()
}

// decodeResults decodes the results of docs, in order; step names the
// step in an error.
func decodeResults(step string, docs []placed) ([]*doc.Result, error) {
	var results []*doc.Result
	for _, p := range docs {
		var r doc.Result
		if err := json.Unmarshal([]byte(p.Line), &r); err != nil {
			return nil, fmt.Errorf("%s: result of input %d:%d: %w", step, p.File, p.Seq, err)
		}
		results = append(results, &r)
	}
	return results, nil
}
