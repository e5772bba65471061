package output

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// LockName is the file of an output directory that a run holds locked
// while it writes there.
const LockName = ".extract-lock"

// ErrLocked is returned by LockDir when another run holds the directory.
var ErrLocked = errors.New("output directory in use by another extract run")

// Lock is a run's hold on its output directory: while one run holds it,
// no other can, so two runs never write the same files and a run may
// remove the temporary files of runs that ended.
type Lock struct {
	f *os.File
}

// LockDir takes the lock of dir. When another run holds it, LockDir
// waits up to wait for it to end, then returns an error wrapping
// ErrLocked that names that run (its process id and start time). The lock
// is released by Close, or by the system when the process ends, however
// it ends (it is an advisory lock on the open file, flock(2)).
func LockDir(dir string, wait time.Duration) (*Lock, error) {
	path := filepath.Join(dir, LockName)
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, fmt.Errorf("lock %s: %w", dir, err)
	}
	deadline := time.Now().Add(wait)
	for {
		ok, err := tryLock(f)
		if err != nil {
			f.Close()
			return nil, fmt.Errorf("lock %s: %w", dir, err)
		}
		if ok {
			break
		}
		if time.Now().After(deadline) {
			holder, _ := os.ReadFile(path)
			f.Close()
			who := strings.TrimSpace(string(holder))
			if who == "" {
				who = "unknown"
			}
			return nil, fmt.Errorf("%w: %s (%s); wait for it to end or choose another -out", ErrLocked, dir, who)
		}
		time.Sleep(100 * time.Millisecond)
	}
	// Who holds it, for the message another run prints.
	note := "pid " + strconv.Itoa(os.Getpid()) + ", since " + time.Now().UTC().Format(time.RFC3339)
	if err := f.Truncate(0); err == nil {
		f.WriteAt([]byte(note+"\n"), 0)
	}
	return &Lock{f: f}, nil
}

// Close releases the lock.
func (l *Lock) Close() error {
	if l == nil || l.f == nil {
		return nil
	}
	unlock(l.f)
	err := l.f.Close()
	l.f = nil
	return err
}

// tempPattern is the name pattern of the temporary file of path: it names
// the process that writes it, so that a run can tell its own and those of
// a process still alive from those a killed run left.
func tempPattern(path string) string {
	return "." + filepath.Base(path) + ".tmp-" + strconv.Itoa(os.Getpid()) + "-*"
}

// RemoveStaleTemps removes the temporary YAML files in dir that no live
// process is writing: those named after a process that has ended, and
// those of older versions, whose name says no process (a run holding
// dir's lock knows no other run writes there). It returns the files
// removed.
func RemoveStaleTemps(dir string) ([]string, error) {
	matches, err := filepath.Glob(filepath.Join(dir, ".*.yaml.tmp-*"))
	if err != nil {
		return nil, err
	}
	var removed []string
	for _, p := range matches {
		_, tail, _ := strings.Cut(filepath.Base(p), ".yaml.tmp-")
		if pid, _, ok := strings.Cut(tail, "-"); ok {
			if n, err := strconv.Atoi(pid); err == nil && (n == os.Getpid() || alive(n)) {
				continue
			}
		}
		if err := os.Remove(p); err != nil && !errors.Is(err, os.ErrNotExist) {
			return removed, fmt.Errorf("remove temporary file: %w", err)
		}
		removed = append(removed, p)
	}
	return removed, nil
}
