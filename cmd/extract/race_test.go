//go:build race

package main

// raceEnabled reports a test binary built with -race, in which the
// largest inputs are left out.
const raceEnabled = true
