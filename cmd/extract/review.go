package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/extract-news/extract/pipeline/reviewserver"
)

// reviewCmd implements "extract review": a local web server to review a
// run in the browser and write review marks into its YAML files.
func reviewCmd(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("review", flag.ContinueOnError)
	fl.SetOutput(stderr)
	var (
		addr  = fl.String("addr", "127.0.0.1:8080", "address to listen on (port 0: any free port)")
		texts []string
	)
	fl.Func("text", "read the documents' text from this input (.txt, directory, .jsonl(.gz), - for stdin), as given to the extraction; repeatable", func(s string) error {
		texts = append(texts, s)
		return nil
	})
	fl.Usage = func() {
		fmt.Fprint(stderr, "usage: extract review [-addr HOST:PORT] [-text PATH]... [DIR]\n\n"+
			"Serves the review of a run in the browser: the meetings (filtered, sorted and paged on the\n"+
			"server), each document's text with its entities and meetings marked, buttons that confirm,\n"+
			"reject or correct an event or an entity by writing a review mark into its YAML file, and the\n"+
			"who-met-whom network's top pairs. DIR is the YAML output directory of a run (default out/),\n"+
			"or the file of a -format jsonl run (read only). Give the inputs of the run with -text to see\n"+
			"the whole texts; without it, only the evidence sentences are shown.\n\nflags:\n")
		fl.PrintDefaults()
	}
	if err := parseArgs(fl, args); err != nil {
		return usageStatus(err)
	}
	dir, ok := resultsArg(fl, stderr)
	if !ok {
		return exitUsage
	}
	log := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelInfo}))
	ctx, stop := interruptible()
	defer stop()
	start := time.Now()
	store, err := reviewserver.Open(dir, log)
	if err != nil {
		fmt.Fprintf(stderr, "extract review: %v\n", err)
		return exitFailed
	}
	ids := store.IDs()
	byID, ok := loadTexts(ctx, "review", texts, ids, stdin, stderr)
	if !ok {
		return exitFailed
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintf(stderr, "extract review: %v\n", err)
		return exitUsage
	}
	srv := &http.Server{Handler: reviewserver.New(store, byID, log), ReadHeaderTimeout: 10 * time.Second}
	mode := ""
	if !store.Writable() {
		mode = " (read only: a JSON Lines run)"
	}
	fmt.Fprintf(stdout, "extract review: %d documents with meetings from %s, read in %.1fs%s\nhttp://%s/\n",
		len(ids), dir, time.Since(start).Seconds(), mode, ln.Addr())
	go func() {
		<-ctx.Done()
		shut, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		srv.Shutdown(shut)
	}()
	if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
		fmt.Fprintf(stderr, "extract review: %v\n", err)
		return exitFailed
	}
	return exitOK
}
