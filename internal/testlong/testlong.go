// Package testlong keeps the tests that take long (the whole 2018 corpus,
// 50 MB documents) out of the everyday `go test ./...`, as x/text's
// internal/testtext.SkipIfNotLong does: they run when the environment
// variable EXTRACT_LONG_TESTS is set (.ci/run sets it) and -short is not.
package testlong

import (
	"os"
	"testing"
)

// Env is the environment variable that asks for the long tests.
const Env = "EXTRACT_LONG_TESTS"

// Enabled reports whether long tests run.
func Enabled() bool { return os.Getenv(Env) != "" && !testing.Short() }

// Skip skips t unless long tests run.
func Skip(t testing.TB) {
	t.Helper()
	if !Enabled() {
		t.Skipf("a long test: set %s=1 to run it", Env)
	}
}
