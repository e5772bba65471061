package main

// This file holds how the subcommands write the file named by -o: "-"
// is standard output, a regular file is replaced atomically, and a
// device or pipe (/dev/null, /dev/stdout, a FIFO) is written in place,
// neither replaced nor synced.

import (
	"fmt"
	"io"
	"os"

	"github.com/extract-news/extract/pipeline/output"
)

// special reports whether path exists and is neither a regular file nor
// a directory (a device such as /dev/null, a pipe, a socket).
func special(path string) bool {
	fi, err := os.Stat(path)
	return err == nil && !fi.Mode().IsRegular() && !fi.IsDir()
}

// writeOutput writes data to path: stdout for "-" or "", in place for a
// special file, else atomically (output.WriteFile).
func writeOutput(path string, data []byte, stdout io.Writer) error {
	switch {
	case path == "" || path == "-":
		_, err := stdout.Write(data)
		return err
	case special(path):
		w, closeFile, err := streamTo(path, stdout)
		if err != nil {
			return err
		}
		if _, err := w.Write(data); err != nil {
			closeFile()
			return fmt.Errorf("write %s: %w", path, err)
		}
		return closeFile()
	}
	return output.WriteFile(path, data)
}

// syncRegular returns the function that ends writing to f: f.Sync for a
// regular file, nothing for a device or pipe, whose sync fails (EINVAL
// on /dev/null) and means nothing.
func syncRegular(f *os.File) func() error {
	if fi, err := f.Stat(); err == nil && !fi.Mode().IsRegular() {
		return func() error { return nil }
	}
	return f.Sync
}

// streamTo opens the destination of an output stream: stdout for "-",
// else the special file path; close ends it.
func streamTo(path string, stdout io.Writer) (w io.Writer, close func() error, err error) {
	if path == "-" {
		return stdout, func() error { return nil }, nil
	}
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		return nil, nil, err
	}
	return f, f.Close, nil
}
