package main

// This file holds what makes a run safe to stop and continue: the state
// of the output (is it writable, what does it already hold) and -resume.
//
// YAML output: every OUT/<id>.yaml is written to a temporary file in OUT,
// synced and renamed (output.WriteFile), so a file that exists was
// written whole. With -resume a document is skipped when its file exists,
// parses, names the document's id and has the events key, the last one
// every result has (results.CompleteYAML); any other file is written
// again. Temporary files that a killed run left behind (.<id>.yaml.tmp-*)
// are removed before a run.
//
// JSON Lines output: results are written in input order, and an
// interrupted run writes the results of a prefix of its input (see
// package run). With -resume the output file is kept: an incomplete last
// line (a run killed mid-write) is cut off, the ids of the results it
// holds (results.LineID) are skipped, and the new results are appended, so a resumed run
// ends with the same file an uninterrupted one writes. -resume needs an
// output file: it is a usage error with standard output.

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/extract-news/extract/pipeline/doc"
	"github.com/extract-news/extract/pipeline/output"
	"github.com/extract-news/extract/pipeline/results"
	"github.com/extract-news/extract/pipeline/run"
)

// exitInterrupted is the exit status of a run stopped by SIGINT or
// SIGTERM: 128 + SIGINT, as shells report a command killed by Ctrl-C.
const exitInterrupted = 130

// prepareDir checks that dir, the YAML output directory, can be written
// to, takes its lock (output.LockDir: a second run in the same directory
// is refused while the first runs) and removes the temporary files that
// runs which ended left in it (output.RemoveStaleTemps). The lock is held
// until it is closed or the process ends.
func prepareDir(dir string) (*output.Lock, error) {
	f, err := os.CreateTemp(dir, ".extract-probe-*")
	if err != nil {
		return nil, fmt.Errorf("output directory %s is not writable: %w", dir, err)
	}
	name := f.Name()
	f.Close()
	if err := os.Remove(name); err != nil {
		return nil, fmt.Errorf("output directory %s: %w", dir, err)
	}
	lock, err := output.LockDir(dir, 0)
	if err != nil {
		return nil, err
	}
	if _, err := output.RemoveStaleTemps(dir); err != nil {
		lock.Close()
		return nil, fmt.Errorf("output directory %s: %w", dir, err)
	}
	return lock, nil
}

// yamlDone returns the -resume test for YAML output in dir: whether
// dir/<id>.yaml is a complete result for the document, and, when dir
// holds a checkpoint (output.SyncedBefore), was on disk at the last one:
// a file written after it may have been cut short by a crash. It is safe
// for concurrent use.
func yamlDone(dir string) (func(d *doc.Document) bool, error) {
	synced, checkpointed, err := output.SyncedBefore(dir)
	if err != nil {
		return nil, err
	}
	return func(d *doc.Document) bool {
		path := output.Path(dir, d.ID)
		if checkpointed {
			st, err := os.Stat(path)
			if err != nil || !st.ModTime().Before(synced) {
				return false
			}
		}
		data, err := os.ReadFile(path)
		return err == nil && results.CompleteYAML(data, d.ID)
	}, nil
}

// linesFile is a JSON Lines output file.
type linesFile struct {
	*os.File
	// Done holds the ids of the results the file held when it was opened
	// for -resume; it is only read once opened.
	Done map[string]bool
	// Cut is the length of the incomplete last line removed, 0 if none.
	Cut int
}

// skip is the -resume test for the file: whether the document's result
// is already in it.
func (f *linesFile) skip(d *doc.Document) bool { return f.Done[d.ID] }

// openLines creates the JSON Lines output file path or, with resume,
// opens it to append to the results it holds.
func openLines(path string, resume bool) (*linesFile, error) {
	if !resume {
		f, err := os.Create(path)
		if err != nil {
			return nil, err
		}
		return &linesFile{File: f}, nil
	}
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, err
	}
	lf := &linesFile{File: f, Done: map[string]bool{}}
	if err := lf.scan(path); err != nil {
		f.Close()
		return nil, err
	}
	return lf, nil
}

// scan reads the results in the file, cuts off an incomplete last line
// and leaves the offset at the end.
func (f *linesFile) scan(path string) error {
	br := bufio.NewReaderSize(f.File, 64<<10)
	var off int64
	for line := 1; ; line++ {
		b, err := br.ReadBytes('\n')
		if err != nil && err != io.EOF {
			return fmt.Errorf("%s: %w", path, err)
		}
		if err == io.EOF {
			if len(b) > 0 {
				// Written by a run killed mid-line: remove it.
				if err := f.Truncate(off); err != nil {
					return fmt.Errorf("%s: %w", path, err)
				}
				f.Cut = len(b)
			}
			break
		}
		id, ok := results.LineID(b)
		if !ok {
			return fmt.Errorf("%s:%d: not an extract result, cannot resume (remove the file or drop -resume)", path, line)
		}
		f.Done[id] = true
		off += int64(len(b))
	}
	_, err := f.Seek(off, io.SeekStart)
	return err
}

// summaryNote is what the summary line adds for skipped documents and an
// interrupted run.
func summaryNote(sum *run.Summary, interrupted bool) string {
	var b strings.Builder
	if sum.Skipped > 0 {
		fmt.Fprintf(&b, ", %d skipped (already done)", sum.Skipped)
	}
	if interrupted {
		b.WriteString(", interrupted")
	}
	return b.String()
}
