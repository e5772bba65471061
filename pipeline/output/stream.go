package output

import (
	"io"

	"github.com/extract-news/extract/pipeline/doc"
)

// Stream writes results as one YAML stream: each result is a YAML
// document that starts with "---", so that a reader of the stream
// (yaml.Decoder, yq, PyYAML's safe_load_all) takes one result per
// document. It is what extract -o - writes in YAML.
type Stream struct{ W io.Writer }

// Write writes r as the next document of the stream.
func (s Stream) Write(r *doc.Result) error {
	data, err := s.Encode(r)
	if err != nil {
		return err
	}
	return s.WriteEncoded(r, data)
}

// Encode returns r as one document of the stream (run.Encoder).
func (s Stream) Encode(r *doc.Result) ([]byte, error) {
	data, err := YAML(r)
	if err != nil {
		return nil, err
	}
	return append([]byte("---\n"), data...), nil
}

// WriteEncoded writes data, the document of r.
func (s Stream) WriteEncoded(_ *doc.Result, data []byte) error {
	_, err := s.W.Write(data)
	return err
}
