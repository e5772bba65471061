//go:build !race

package input

// raceEnabled reports a test binary built with -race, in which the
// largest inputs are left out.
const raceEnabled = false
