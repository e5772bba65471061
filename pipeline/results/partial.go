package results

import (
	"bytes"
	"encoding/json"

	"go.yaml.in/yaml/v3"
)

// This file holds the cheap reads that -resume makes of an output an
// interrupted run left: they decode the document id (and, for YAML, the
// events key), not the whole result.

// CompleteYAML reports whether data, the YAML file of the document id,
// holds its complete result: it parses, names the document id and has
// the events key, the last key every result has, as a list. A file cut
// short by a crash fails the test.
func CompleteYAML(data []byte, id string) bool {
	var r struct {
		Document struct {
			ID string `yaml:"id"`
		} `yaml:"document"`
		Events yaml.Node `yaml:"events"`
	}
	return yaml.Unmarshal(data, &r) == nil && r.Document.ID == id && r.Events.Kind == yaml.SequenceNode
}

// LineID returns the document id of line, one line of a JSON Lines run,
// and false when the line is not a result: it does not parse or has no
// document id key (an empty id is an id).
func LineID(line []byte) (string, bool) {
	var r struct {
		Document struct {
			ID *string `json:"id"`
		} `json:"document"`
	}
	if json.Unmarshal(bytes.TrimSpace(line), &r) != nil || r.Document.ID == nil {
		return "", false
	}
	return *r.Document.ID, true
}
