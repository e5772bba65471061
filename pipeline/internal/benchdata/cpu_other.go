//go:build !unix

package benchdata

import "time"

// CPUTime returns 0: the process's CPU time is read on Unix systems only,
// and ReportCPU then reports nothing.
func CPUTime() time.Duration { return 0 }
