package extractbeam

import (
	"context"
	"fmt"
	"strings"
)

// CheckInputs lists each pattern on its file system and returns an error
// naming the patterns that match no file, or that cannot be listed. A
// launcher calls it before submitting a job, so that a mistyped pattern
// fails at once instead of running a job over nothing; inside a job such
// a pattern is a dead letter (see Build).
func CheckInputs(ctx context.Context, patterns []string) error {
	var bad []string
	for _, p := range patterns {
		names, err := list(ctx, p)
		switch {
		case err != nil:
			bad = append(bad, fmt.Sprintf("%s: %v", p, err))
		case len(names) == 0:
			bad = append(bad, p+": no file matches")
		}
	}
	if len(bad) > 0 {
		return fmt.Errorf("-input %s", strings.Join(bad, "; -input "))
	}
	return nil
}
