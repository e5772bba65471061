package main

import (
	"context"
	"fmt"
	"io"

	"github.com/extract-news/extract/pipeline/dataset"
	"github.com/extract-news/extract/pipeline/results"
)

// knownMeetingsCmd implements "extract eval -meetings KNOWN RUN": the
// meeting rows of a run (what extract export writes) compared, pair by
// pair, with a table of meetings known from the public record.
func knownMeetingsCmd(knownPath, run string, verbose bool, stdout, stderr io.Writer) int {
	known, err := dataset.LoadKnown(knownPath)
	if err != nil {
		fmt.Fprintf(stderr, "extract eval: %v\n", err)
		return exitUsage
	}
	rs, err := results.Load(context.Background(), run)
	if err != nil {
		fmt.Fprintf(stderr, "extract eval: %v\n", err)
		return exitFailed
	}
	if err := dataset.WriteScores(stdout, known.Score(dataset.Build(rs), rs), verbose); err != nil {
		fmt.Fprintf(stderr, "extract eval: %v\n", err)
		return exitFailed
	}
	return exitOK
}
