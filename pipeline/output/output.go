// Package output writes per-document results: YAML files written
// atomically (temporary file, fsync, rename) and JSON Lines records.
package output

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/extract-news/extract/pipeline/doc"
	"go.yaml.in/yaml/v3"
)

// flowKeys are the mapping keys whose values (or list items) are written
// in flow style, one line each, to keep the files short to review.
var flowKeys = map[string]bool{"mentions": true, "participants": true, "trigger": true, "location": true, "date": true}

// YAML encodes r as the YAML output contract.
func YAML(r *doc.Result) ([]byte, error) {
	if data, ok := fastYAML(r); ok {
		return data, nil
	}
	return yamlNode(r)
}

// yamlNode encodes r with yaml.v3 through a yaml.Node tree, whose styles
// flow sets; fastYAML writes the same bytes directly.
func yamlNode(r *doc.Result) ([]byte, error) {
	var n yaml.Node
	if err := n.Encode(r); err != nil {
		return nil, fmt.Errorf("encode %s: %w", r.Document.ID, err)
	}
	flow(&n)
	data, err := encodeNode(&n)
	if err != nil {
		return nil, fmt.Errorf("encode %s: %w", r.Document.ID, err)
	}
	return data, nil
}

// encodeNode writes n as the output's YAML: its strings quoted where
// PyYAML would read them as another type (pyQuote), indented by two.
func encodeNode(n *yaml.Node) ([]byte, error) {
	pyQuote(n)
	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(n); err != nil {
		return nil, err
	}
	if err := enc.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func flow(n *yaml.Node) {
	if n.Kind == yaml.MappingNode {
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			if flowKeys[k.Value] {
				switch v.Kind {
				case yaml.MappingNode:
					v.Style = yaml.FlowStyle
				case yaml.SequenceNode:
					for _, item := range v.Content {
						item.Style = yaml.FlowStyle
					}
				}
				continue
			}
			flow(v)
		}
		return
	}
	for _, c := range n.Content {
		flow(c)
	}
}

// JSON encodes r as one line of JSON, without a trailing newline.
func JSON(r *doc.Result) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(r); err != nil {
		return nil, fmt.Errorf("encode %s: %w", r.Document.ID, err)
	}
	return bytes.TrimRight(buf.Bytes(), "\n"), nil
}

// Path returns the YAML file of document id in dir.
func Path(dir, id string) string { return filepath.Join(dir, id+".yaml") }

// WriteFile writes data to path atomically: a temporary file in the same
// directory is written, synced and renamed over path, so a reader never
// sees a half-written file and a failure leaves the old file in place.
func WriteFile(path string, data []byte) error {
	return writeFile(path, data, writeOpts{sync: true})
}

// WriteFileIf is WriteFile for a file that others edit too: the new file
// has the permission bits perm; check is called right before the rename,
// and an error from it is returned as it is and leaves path as it was;
// after the rename the directory is synced as well, so that the rename
// too is on disk (an error there is ignored: the file is complete either
// way). Its temporary file is named as WriteFile's, which
// RemoveStaleTemps removes once its process has ended.
func WriteFileIf(path string, data []byte, perm os.FileMode, check func() error) error {
	return writeFile(path, data, writeOpts{sync: true, perm: perm, check: check, syncDir: true})
}

// writeOpts are how writeFile writes a file.
type writeOpts struct {
	sync    bool         // sync the file before the rename
	perm    os.FileMode  // its permission bits; 0 means 0644
	check   func() error // if set, called right before the rename; an error from it leaves path as it is
	syncDir bool         // sync the directory after the rename
}

// writeFile is WriteFile, as o says.
func writeFile(path string, data []byte, o writeOpts) (err error) {
	dir := filepath.Dir(path)
	f, err := os.CreateTemp(dir, tempPattern(path))
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	tmp := f.Name()
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(tmp)
		}
	}()
	if _, err = f.Write(data); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if o.sync {
		if err = f.Sync(); err != nil {
			return fmt.Errorf("write %s: %w", path, err)
		}
	}
	if err = f.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	perm := o.perm
	if perm == 0 {
		perm = 0o644
	}
	if err = os.Chmod(tmp, perm); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if o.check != nil {
		if err = o.check(); err != nil {
			return err
		}
	}
	if err = os.Rename(tmp, path); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if o.syncDir {
		if d, err := os.Open(dir); err == nil {
			d.Sync()
			d.Close()
		}
	}
	return nil
}

// Writer writes results one after another.
type Writer interface {
	Write(r *doc.Result) error
}

// Lines writes one JSON object per line.
type Lines struct{ W io.Writer }

// Write writes r as one JSON line.
func (l Lines) Write(r *doc.Result) error {
	data, err := l.Encode(r)
	if err != nil {
		return err
	}
	return l.WriteEncoded(r, data)
}

// Encode returns r as one JSON line (run.Encoder).
func (l Lines) Encode(r *doc.Result) ([]byte, error) {
	data, err := JSON(r)
	if err != nil {
		return nil, err
	}
	return append(data, '\n'), nil
}

// WriteEncoded writes data, the JSON line of r.
func (l Lines) WriteEncoded(_ *doc.Result, data []byte) error {
	_, err := l.W.Write(data)
	return err
}
