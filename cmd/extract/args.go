package main

// This file holds what every subcommand shares on its command line:
// flags accepted before and after the paths, and one name for the output
// flag.

import (
	"errors"
	"flag"
	"strings"
)

// parseArgs parses args with fl, taking flags wherever they stand, as
// GNU tools do: "extract seeds -o dir" is "extract -o dir seeds". The
// positional arguments keep their order and are fl.Args() afterwards. An
// argument "--" ends the flags; "-" is a positional argument (standard
// input). Errors are fl.Parse's.
func parseArgs(fl *flag.FlagSet, args []string) error {
	flags, pos, dangling := splitArgs(fl, args)
	if dangling {
		// The last flag lacks its value: let fl.Parse say so, rather
		// than take "--" for it.
		return fl.Parse(flags)
	}
	return fl.Parse(append(append(flags, "--"), pos...))
}

// needsValue reports whether arg is a flag of fl that takes its value
// from the next argument.
func needsValue(fl *flag.FlagSet, arg string) bool {
	if len(arg) < 2 || arg[0] != '-' {
		return false
	}
	name := strings.TrimPrefix(strings.TrimPrefix(arg, "-"), "-")
	if strings.Contains(name, "=") {
		return false
	}
	f := fl.Lookup(name)
	return f != nil && !isBool(f)
}

// splitArgs separates the flags of args (with their values) from the
// positional arguments; dangling reports a last flag that lacks its
// value. A flag fl does not know is left with the flags, for fl.Parse to
// report.
func splitArgs(fl *flag.FlagSet, args []string) (flags, pos []string, dangling bool) {
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			return flags, append(pos, args[i+1:]...), false
		}
		if len(a) < 2 || a[0] != '-' {
			pos = append(pos, a)
			continue
		}
		flags = append(flags, a)
		if needsValue(fl, a) {
			if i+1 == len(args) {
				return flags, pos, true
			}
			i++
			flags = append(flags, args[i])
		}
	}
	return flags, pos, false
}

// isBool reports a flag that takes no value (-quiet, not -quiet true).
func isBool(f *flag.Flag) bool {
	b, ok := f.Value.(interface{ IsBoolFlag() bool })
	return ok && b.IsBoolFlag()
}

// outputFlag defines the output flag of a subcommand: -o, with -out (and
// the extra names) as aliases that set the same value.
func outputFlag(fl *flag.FlagSet, p *string, value, usage string, aliases ...string) {
	fl.StringVar(p, "o", value, usage)
	for _, a := range append([]string{"out"}, aliases...) {
		fl.StringVar(p, a, value, "same as -o")
	}
}

// isSet reports whether one of the flags names was given on the command
// line.
func isSet(fl *flag.FlagSet, names ...string) bool {
	set := false
	fl.Visit(func(f *flag.Flag) {
		for _, n := range names {
			if f.Name == n {
				set = true
			}
		}
	})
	return set
}

// usageStatus is the exit status after fl.Parse (or parseArgs) failed
// with err: 0 for -h, which printed the usage, 2 otherwise.
func usageStatus(err error) int {
	if errors.Is(err, flag.ErrHelp) {
		return exitOK
	}
	return exitUsage
}
