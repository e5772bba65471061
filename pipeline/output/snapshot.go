package output

import (
	"crypto/sha256"
	"errors"
	"io/fs"
	"os"
)

// Snapshot is what a writer read of a file before replacing it: whether
// it existed and a digest of its content. Replacing the file is safe only
// while it is unchanged (compare and swap): a reviewer may have saved
// review marks into it in the meantime.
type Snapshot struct {
	exists bool
	sum    [sha256.Size]byte
}

// snapshotOf returns the snapshot of a file holding data.
func snapshotOf(data []byte) Snapshot { return Snapshot{exists: true, sum: sha256.Sum256(data)} }

// readSnapshot returns the snapshot of the file at path now.
func readSnapshot(path string) (Snapshot, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return Snapshot{}, nil
	}
	if err != nil {
		return Snapshot{}, err
	}
	return snapshotOf(data), nil
}

// Unchanged reports whether the file at path is as s recorded it.
func (s Snapshot) Unchanged(path string) (bool, error) {
	now, err := readSnapshot(path)
	return now == s, err
}

// docError is an error about one document that must not stop a run (run
// tells it apart by its DocumentOnly method).
type docError struct{ err error }

func (e *docError) Error() string { return e.err.Error() }
func (e *docError) Unwrap() error { return e.err }

// DocumentOnly marks the error as one document's failure.
func (e *docError) DocumentOnly() bool { return true }
