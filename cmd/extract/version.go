package main

import (
	"flag"
	"fmt"
	"io"
	"runtime"

	"github.com/extract-news/extract/internal/version"
	"github.com/extract-news/extract/pipeline/doc"
)

// writeVersion writes what "extract version" prints: the build as the
// outputs name it, the record format and the Go version.
func writeVersion(w io.Writer) {
	v := version.Get()
	fmt.Fprintln(w, v)
	fmt.Fprintf(w, "record format %d\n", doc.FormatVersion)
	fmt.Fprintf(w, "%s %s/%s\n", runtime.Version(), runtime.GOOS, runtime.GOARCH)
}

// versionCmd implements "extract version".
func versionCmd(args []string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("version", flag.ContinueOnError)
	fl.SetOutput(stderr)
	fl.Usage = func() { fmt.Fprintln(stderr, "usage: extract version") }
	if err := parseArgs(fl, args); err != nil {
		return usageStatus(err)
	}
	if fl.NArg() > 0 {
		fl.Usage()
		return exitUsage
	}
	writeVersion(stdout)
	return exitOK
}
