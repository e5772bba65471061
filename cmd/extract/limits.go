package main

import (
	"flag"
	"fmt"
	"os"
	"runtime/debug"
	"strconv"
	"strings"

	"github.com/extract-news/extract/pipeline/input"
)

// defaultMemoryLimit is the soft memory limit of a run when neither
// -memory-limit nor GOMEMLIMIT sets one: the garbage collector works
// harder as the heap nears it, instead of letting GOGC's fourfold growth
// take the process over a gigabyte with a large gazetteer. It is 64 MiB
// under a gigabyte: the limit counts the Go runtime's memory, not the
// program's code and the rest of the resident set, so that a run whose
// live heap fits stays under 1 GiB of RSS.
const defaultMemoryLimit = 1<<30 - 64<<20

// byteSize is a flag value in bytes, written 64MB, 1GiB, 512k or 1000;
// "off" (or -1) means no limit.
type byteSize int64

func (b *byteSize) String() string {
	if *b < 0 {
		return "off"
	}
	return strconv.FormatInt(int64(*b), 10)
}

// Set parses s.
func (b *byteSize) Set(s string) error {
	v, err := parseSize(s)
	if err != nil {
		return err
	}
	*b = byteSize(v)
	return nil
}

// parseSize reads a size: a number with an optional unit (k, M, G, with
// or without B or iB: powers of 1024), or off.
func parseSize(s string) (int64, error) {
	t := strings.TrimSpace(strings.ToLower(s))
	if t == "off" || t == "none" || t == "-1" {
		return -1, nil
	}
	t = strings.TrimSuffix(strings.TrimSuffix(t, "b"), "i")
	mult := int64(1)
	if n := len(t); n > 0 {
		switch t[n-1] {
		case 'k':
			mult = 1 << 10
		case 'm':
			mult = 1 << 20
		case 'g':
			mult = 1 << 30
		}
		if mult > 1 {
			t = strings.TrimSpace(t[:n-1])
		}
	}
	v, err := strconv.ParseInt(t, 10, 64)
	if err != nil || v < 0 || v > (1<<62)/mult {
		return 0, fmt.Errorf("malformed size %q (want a number with k, MB or GB, or off)", s)
	}
	return v * mult, nil
}

// runLimits are the flags that bound what one input may cost.
type runLimits struct {
	maxDoc, memory byteSize
}

// addLimitFlags registers -max-doc and -memory-limit on fl.
func addLimitFlags(fl *flag.FlagSet) *runLimits {
	l := &runLimits{maxDoc: input.DefaultMaxDocument, memory: defaultMemoryLimit}
	fl.Var(&l.maxDoc, "max-doc", "largest document or JSON line read, in bytes (64MB; k, MB, GB; off)")
	fl.Var(&l.memory, "memory-limit", "soft memory limit of the process (960MB; off; the GOMEMLIMIT variable wins over the default)")
	return l
}

// apply sets the limits: the input's in opts, the memory limit on the
// runtime (unless GOMEMLIMIT set one and the flag was not given).
func (l *runLimits) apply(fl *flag.FlagSet, opts *input.Options) {
	opts.MaxDocument = int64(l.maxDoc)
	if opts.MaxDocument == 0 {
		opts.MaxDocument = -1 // 0 bytes would refuse everything: read as no limit
	}
	if !isSet(fl, "memory-limit") && os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	if l.memory < 0 {
		debug.SetMemoryLimit(1<<63 - 1)
		return
	}
	debug.SetMemoryLimit(int64(l.memory))
}
