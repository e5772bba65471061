package main

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/extract-news/extract/pipeline/doc"
	"github.com/extract-news/extract/pipeline/output"
	"github.com/extract-news/extract/pipeline/run"
)

// runOutput is where an extraction writes its results.
type runOutput struct {
	w run.Writer
	// skip is the -resume test (nil without -resume): whether a
	// document's result is already in the output.
	skip func(*doc.Document) bool
	// flush flushes w's output once the run ends.
	flush func() error
	// closers release the output (files, the directory's lock) in
	// reverse order.
	closers []func() error
}

// close releases the output.
func (o *runOutput) close() {
	for i := len(o.closers) - 1; i >= 0; i-- {
		o.closers[i]()
	}
}

// openOutput opens the output of an extraction: for -format yaml the
// directory outDir (locked, cleaned of stale temporary files), or a YAML
// stream on standard output or a special file; for -format jsonl the
// file outDir (when outSet) or standard output. resume asks for the
// -resume test. An error is a usage error; its message follows
// "extract: ".
func openOutput(format, outDir string, outSet, resume bool, stdout io.Writer) (*runOutput, error) {
	o := &runOutput{flush: func() error { return nil }}
	switch format {
	case "yaml":
		if outDir == "-" || special(outDir) {
			if resume {
				return nil, errors.New("-resume needs an output directory or file, not a stream")
			}
			dst, closeDst, err := streamTo(outDir, stdout)
			if err != nil {
				return nil, err
			}
			o.closers = append(o.closers, closeDst)
			o.w = output.Stream{W: dst}
			return o, nil
		}
		if err := os.MkdirAll(outDir, 0o755); err != nil {
			return nil, err
		}
		lock, err := prepareDir(outDir)
		if err != nil {
			return nil, err
		}
		o.closers = append(o.closers, lock.Close)
		if resume {
			if o.skip, err = yamlDone(outDir); err != nil {
				o.close()
				return nil, fmt.Errorf("-resume: %w", err)
			}
		}
		dir := &output.Dir{Path: outDir}
		o.w, o.flush = dir, dir.Close
		return o, nil
	case "jsonl":
		dst := stdout
		if outSet && outDir != "" && outDir != "-" {
			if fi, err := os.Stat(outDir); err == nil && fi.IsDir() {
				return nil, fmt.Errorf("-o %s is a directory; -format jsonl writes one file (name a file, or - for standard output)", outDir)
			}
			f, err := openLines(outDir, resume)
			if err != nil {
				return nil, err
			}
			o.closers = append(o.closers, f.Close)
			if resume {
				o.skip = f.skip
			}
			dst = f
			o.flush = syncRegular(f.File)
		} else if resume {
			return nil, errors.New("-resume with -format jsonl needs -out FILE")
		}
		o.w = output.Lines{W: dst}
		return o, nil
	}
	return nil, fmt.Errorf("unknown -format %q (want yaml or jsonl)", format)
}
