package reviewserver

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"

	"github.com/extract-news/extract/pipeline/output"
)

// ErrChanged is returned when a file changed on disk since the version
// the reviewer saw was read.
var ErrChanged = errors.New("the file changed on disk since it was read (another reviewer, an editor or a re-run of the extraction): reload the document and mark it again")

// Version names the content of a file: the SHA-256 of its bytes, in hex.
func Version(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:16])
}

// swapFile replaces the file at path with edit's result on its bytes,
// only if its bytes still have the version want (compare and swap). The
// new file, with the old one's permission bits, is written atomically by
// output.WriteFileIf (a temporary file in the same directory, synced,
// renamed over path, and the directory synced); just before the rename
// the file is read again, so that a change made while the edit ran is not
// lost either. It returns the new bytes. A changed file is an error
// wrapping ErrChanged.
func swapFile(path, want string, edit func([]byte) ([]byte, error)) ([]byte, error) {
	old, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if Version(old) != want {
		return nil, fmt.Errorf("%s: %w", path, ErrChanged)
	}
	data, err := edit(old)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	fi, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	unchanged := func() error {
		if now, err := os.ReadFile(path); err != nil || !bytes.Equal(now, old) {
			if err == nil {
				err = ErrChanged
			}
			return fmt.Errorf("%s: %w", path, err)
		}
		return nil
	}
	if err := output.WriteFileIf(path, data, fi.Mode().Perm(), unchanged); err != nil {
		return nil, err
	}
	return data, nil
}
