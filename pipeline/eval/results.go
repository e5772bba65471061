package eval

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/extract-news/extract/pipeline/doc"
	"go.yaml.in/yaml/v3"
)

// LoadResults reads the per-document YAML files (*.yaml, *.yml) of dir,
// keyed by document id (the file name without extension when the file
// has none). Hidden files are skipped. Errors name the file and, for YAML
// errors, the line.
func LoadResults(dir string) (map[string]*doc.Result, error) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	out := map[string]*doc.Result{}
	from := map[string]string{}
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
	for _, n := range names {
		path := filepath.Join(dir, n)
		data, err := os.ReadFile(path)
		if err != nil {
			return nil, err
		}
		var r doc.Result
		if err := yaml.Unmarshal(data, &r); err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		if r.Document.ID == "" {
			r.Document.ID = strings.TrimSuffix(n, filepath.Ext(n))
		}
		if prev, dup := from[r.Document.ID]; dup {
			return nil, fmt.Errorf("%s: document id %q already read from %s", path, r.Document.ID, prev)
		}
		from[r.Document.ID] = path
		out[r.Document.ID] = &r
	}
	return out, nil
}
