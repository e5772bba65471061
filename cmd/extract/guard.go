package main

// This file holds the checks made before a run opens anything for
// writing: an output that is one of the inputs is refused, and the
// outputs written only at the end (-errors, -html) are checked for
// writing first, so that a long run is not wasted on a path that cannot
// be written.

import (
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
)

// outputPath is an output named on the command line.
type outputPath struct {
	flag string // the flag that names it, -out, -errors, -html …
	path string
}

// inputKind reports whether a file named name in a directory given as
// input would be read as an input (.txt, .jsonl, .jsonl.gz, not hidden).
func inputKind(name string) bool {
	l := strings.ToLower(name)
	return !strings.HasPrefix(name, ".") &&
		(strings.HasSuffix(l, ".txt") || strings.HasSuffix(l, ".jsonl") || strings.HasSuffix(l, ".jsonl.gz"))
}

// refuseSameFiles returns an error when an output is one of the inputs,
// or a file an input directory would read, or another output: by path
// (absolute, cleaned) and, for files that exist, by os.SameFile, so that
// links and other spellings are caught too. "" and "-" (standard output
// or input) are not files.
func refuseSameFiles(inputs []string, outputs []outputPath) error {
	return refuseInputs(inputs, outputs, inputKind)
}

// resultKind reports whether a file named name in a directory of results
// would be read as one (export, report): .yaml and .yml, not hidden.
func resultKind(name string) bool {
	l := strings.ToLower(name)
	return !strings.HasPrefix(name, ".") && (strings.HasSuffix(l, ".yaml") || strings.HasSuffix(l, ".yml"))
}

// refuseInputs is refuseSameFiles for inputs whose directories read the
// files readable accepts.
func refuseInputs(inputs []string, outputs []outputPath, readable func(string) bool) error {
	type file struct {
		abs  string
		info fs.FileInfo
	}
	stat := func(p string) file {
		abs, err := filepath.Abs(p)
		if err != nil {
			abs = filepath.Clean(p)
		}
		info, _ := os.Stat(p)
		return file{abs, info}
	}
	same := func(a, b file) bool {
		return a.abs == b.abs || a.info != nil && b.info != nil && os.SameFile(a.info, b.info)
	}
	var outs []file
	for i, o := range outputs {
		if o.path == "" || o.path == "-" {
			outs = append(outs, file{})
			continue
		}
		out := stat(o.path)
		outs = append(outs, out)
		for _, in := range inputs {
			if in == "-" {
				continue
			}
			inf := stat(in)
			if same(inf, out) {
				return fmt.Errorf("%s %s is the input %s: refusing to overwrite an input (write elsewhere)", o.flag, o.path, in)
			}
			if inf.info != nil && inf.info.IsDir() && readable(filepath.Base(o.path)) {
				if parent := stat(filepath.Dir(o.path)); same(parent, inf) {
					return fmt.Errorf("%s %s is in the input directory %s, which it would be read from: write elsewhere", o.flag, o.path, in)
				}
			}
		}
		for j := range i {
			if outputs[j].path != "" && outputs[j].path != "-" && same(outs[j], out) {
				return fmt.Errorf("%s and %s name the same file %s", outputs[j].flag, o.flag, o.path)
			}
		}
	}
	return nil
}

// checkWritable returns an error when the file path could not be written
// (atomically, as output.WriteFile does: a temporary file in its
// directory, renamed over it): its directory is missing or read-only, or
// path is a directory or a special file.
func checkWritable(flag, path string) error {
	if path == "" || path == "-" {
		return nil
	}
	if st, err := os.Stat(path); err == nil && st.IsDir() {
		return fmt.Errorf("%s %s: is a directory", flag, path)
	}
	if special(path) {
		return nil // a device or a pipe (/dev/null) is written in place
	}
	f, err := os.CreateTemp(filepath.Dir(path), ".extract-probe-*")
	if err != nil {
		return fmt.Errorf("%s %s: cannot be written: %w", flag, path, err)
	}
	f.Close()
	os.Remove(f.Name())
	return nil
}

// regularFS is a directory of gazetteer files that leaves out what is
// not a regular file (after symbolic links): a named pipe called
// x.yaml would block its reader forever. Each file left out is logged.
type regularFS struct {
	fs.FS
	dir string
}

// ReadDir lists the entries of name that are regular files or
// directories.
func (r regularFS) ReadDir(name string) ([]fs.DirEntry, error) {
	entries, err := fs.ReadDir(r.FS, name)
	if err != nil {
		return nil, err
	}
	kept := entries[:0]
	for _, e := range entries {
		if e.Type().IsRegular() || e.IsDir() {
			kept = append(kept, e)
			continue
		}
		full := filepath.Join(r.dir, name, e.Name())
		st, err := os.Stat(full)
		switch {
		case err != nil:
			slog.Warn("gazetteer file skipped", "file", full, "reason", err.Error())
		case st.Mode().IsRegular() || st.IsDir():
			kept = append(kept, e)
		default:
			slog.Warn("gazetteer file skipped: not a regular file", "file", full, "mode", st.Mode().Type().String())
		}
	}
	return kept, nil
}

// Open refuses files that are not regular, so that nothing blocks.
func (r regularFS) Open(name string) (fs.File, error) {
	if st, err := os.Stat(filepath.Join(r.dir, filepath.FromSlash(name))); err == nil && !st.Mode().IsRegular() && !st.IsDir() {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fmt.Errorf("not a regular file (%s)", st.Mode().Type())}
	}
	return r.FS.Open(name)
}

// preflight makes the checks of an extraction run before anything is
// opened for writing: no output is an input (-out for JSON Lines,
// -errors) and -errors can be written.
func preflight(format, out, errorsOut string, inputs []string) error {
	outs := []outputPath{{"-errors", errorsOut}}
	if format == "jsonl" && out != "out" {
		outs = append(outs, outputPath{"-out", out})
	}
	if err := refuseSameFiles(inputs, outs); err != nil {
		return err
	}
	return checkWritable("-errors", errorsOut)
}

// checkReportOutput is preflight for "extract report": -html is no input
// and can be written, checked before the inputs are read.
func checkReportOutput(html string, inputs []string) error {
	return checkResultsOutput("-html", html, inputs)
}

// checkResultsOutput is preflight for the commands that read a run's
// results (export, report): the output named by flag is none of the
// inputs nor a file an input directory of results would read (export -o
// out.jsonl out.jsonl, report -o out/x.yaml out), and can be written.
func checkResultsOutput(flag, path string, inputs []string) error {
	if err := refuseInputs(inputs, []outputPath{{flag, path}}, resultKind); err != nil {
		return err
	}
	return checkWritable(flag, path)
}
