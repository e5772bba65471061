package output

import (
	"os"

	"golang.org/x/sys/unix"
)

// canSyncFS reports whether syncFS flushes a whole file system.
const canSyncFS = true

// syncFS flushes the file system that holds dir (syncfs(2)).
func syncFS(dir string) error {
	f, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer f.Close()
	return unix.Syncfs(int(f.Fd()))
}
