package output

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/extract-news/extract/pipeline/doc"
)

// SyncedName is the file in which Dir records, at each checkpoint, a time
// before which every file of its directory was on disk.
const SyncedName = ".extract-synced"

// Checkpoints: Dir flushes its directory's file system after this many
// new files, or this long after the first file not yet flushed, and at
// Close.
const (
	syncEvery    = 4096
	syncInterval = 10 * time.Second
)

// Dir writes one YAML file per document into a directory.
//
// Each file is written atomically: a temporary file in the directory is
// renamed over the final name, so a reader never sees a half-written
// file. A file that replaces an existing one is synced before the rename,
// so that the older file, and the review marks it may hold, survives a
// crash. New files, which the input can give again, reach the disk in
// batches: at checkpoints (every 4,096 files or 10 seconds, and at
// Close) Dir flushes the file system (syncfs) and records in
// OUT/.extract-synced a time before which every file of the directory is
// on disk (see SyncedBefore), so that -resume redoes the newer files,
// which a crash may have left empty or cut short. One fsync a file costs
// 0.4 to 2 ms on common disks, more than extracting the document. Where
// the file system cannot be flushed as a whole (systems other than
// Linux), every file is synced before its rename instead.
//
// Encode may be called from many goroutines; Write, WriteEncoded and
// Close from one at a time.
type Dir struct {
	// Path is the directory.
	Path string

	pending int       // files written since the last checkpoint
	first   time.Time // when the first of them was written
	started bool      // the opening checkpoint is done

	mu    sync.Mutex
	snaps map[string]Snapshot // what Encode read of each file, by document id
}

// casAttempts bounds how often WriteEncoded merges again a file that
// keeps changing while it is being replaced.
const casAttempts = 3

// errChanged is the reason a file is not replaced when it changed again
// right before its replacement every time.
var errChanged = errors.New("changed while being replaced (someone is editing it); run again to merge the edits")

// Write writes OUT/<id>.yaml atomically. Review marks in the file it
// replaces are kept (KeepReviews).
func (d *Dir) Write(r *doc.Result) error {
	data, err := d.Encode(r)
	if err != nil {
		return err
	}
	return d.WriteEncoded(r, data)
}

// Encode returns the YAML file of r, with the review marks of the file it
// will replace (run.Encoder: the workers encode, the writer writes). It
// records what it read of that file, so that WriteEncoded replaces it
// only if it has not changed since.
func (d *Dir) Encode(r *doc.Result) ([]byte, error) {
	data, snap, err := KeepReviews(Path(d.Path, r.Document.ID), r)
	if err != nil {
		return nil, err
	}
	d.mu.Lock()
	if d.snaps == nil {
		d.snaps = map[string]Snapshot{}
	}
	d.snaps[r.Document.ID] = snap
	d.mu.Unlock()
	return data, nil
}

// snapshot returns and forgets what Encode read of the file of document
// id; ok is false when Encode was not called for it.
func (d *Dir) snapshot(id string) (s Snapshot, ok bool) {
	d.mu.Lock()
	defer d.mu.Unlock()
	s, ok = d.snaps[id]
	delete(d.snaps, id)
	return s, ok
}

// WriteEncoded writes data, the encoding of r, to OUT/<id>.yaml
// atomically, if the file is as Encode read it (compare and swap): when
// it changed in between (a reviewer saved it), the review marks it now
// holds are merged again and that is written instead. A file that cannot
// be merged then, or that changes every time, is left as it is and the
// error fails this document only (its DocumentOnly method says so).
func (d *Dir) WriteEncoded(r *doc.Result, data []byte) error {
	path := Path(d.Path, r.Document.ID)
	snap, ok := d.snapshot(r.Document.ID)
	if !ok {
		var err error
		if data, snap, err = KeepReviews(path, r); err != nil {
			return &docError{err}
		}
	}
	for attempt := 1; ; attempt++ {
		err := d.writeIf(path, data, snap)
		if !errors.Is(err, errChanged) {
			return err
		}
		if attempt == casAttempts {
			return &docError{fmt.Errorf("write %s: %w", path, err)}
		}
		if data, snap, err = KeepReviews(path, r); err != nil {
			return &docError{err}
		}
	}
}

// writeIf writes data to path if the file there is as snap recorded it,
// else returns errChanged.
func (d *Dir) writeIf(path string, data []byte, snap Snapshot) error {
	check := func() error {
		ok, err := snap.Unchanged(path)
		switch {
		case err != nil:
			return fmt.Errorf("write %s: %w", path, err)
		case !ok:
			return errChanged
		}
		return nil
	}
	if !canSyncFS {
		return writeFile(path, data, writeOpts{sync: true, check: check})
	}
	if !d.started {
		// Files already there count as on disk only up to now: the
		// ones this run writes are trusted from its first checkpoint.
		if err := d.checkpoint(); err != nil {
			return err
		}
		d.started = true
	}
	if err := writeFile(path, data, writeOpts{sync: snap.exists, check: check}); err != nil {
		return err
	}
	if d.pending == 0 {
		d.first = time.Now()
	}
	d.pending++
	if d.pending >= syncEvery || time.Since(d.first) >= syncInterval {
		return d.checkpoint()
	}
	return nil
}

// Close flushes the files written since the last checkpoint to disk.
func (d *Dir) Close() error {
	if !canSyncFS || !d.started || d.pending == 0 {
		return nil
	}
	return d.checkpoint()
}

// checkpoint flushes the file system of the directory and records, in
// SyncedName, a modification time that the file system gave after every
// file written so far: the files modified before it are on disk. It is
// the file system's own clock, so that SyncedBefore's users compare
// times of one clock, and since that clock is coarse (a few
// milliseconds), checkpoint waits for it to tick once, so that no file
// written before shares the time recorded.
func (d *Dir) checkpoint() error {
	stamp, err := d.tick()
	if err != nil {
		return fmt.Errorf("checkpoint %s: %w", d.Path, err)
	}
	if err := syncFS(d.Path); err != nil {
		return fmt.Errorf("checkpoint %s: flush: %w", d.Path, err)
	}
	line := stamp.UTC().Format(time.RFC3339Nano) + "\n"
	if err := WriteFile(filepath.Join(d.Path, SyncedName), []byte(line)); err != nil {
		return fmt.Errorf("checkpoint %s: %w", d.Path, err)
	}
	d.pending = 0
	return nil
}

// tick returns a modification time the file system of the directory
// gives after the one it gives now: a file is made, and written again
// until its time changes.
func (d *Dir) tick() (time.Time, error) {
	f, err := os.CreateTemp(d.Path, ".extract-clock-*")
	if err != nil {
		return time.Time{}, err
	}
	defer os.Remove(f.Name())
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return time.Time{}, err
	}
	before := st.ModTime()
	for wait := time.Millisecond; ; wait = min(2*wait, 100*time.Millisecond) {
		time.Sleep(wait)
		if _, err := f.Write([]byte{'\n'}); err != nil {
			return time.Time{}, err
		}
		if st, err = f.Stat(); err != nil {
			return time.Time{}, err
		}
		if st.ModTime().After(before) {
			return st.ModTime(), nil
		}
	}
}

// SyncedBefore reads the checkpoint Dir recorded in dir: every file of
// dir modified before the time returned is on disk. ok is false when dir
// has no checkpoint (output of a system where Dir syncs each file, or of
// an older version), and an error is returned when the record is there
// but unreadable.
func SyncedBefore(dir string) (t time.Time, ok bool, err error) {
	path := filepath.Join(dir, SyncedName)
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return time.Time{}, false, nil
	}
	if err != nil {
		return time.Time{}, false, err
	}
	t, err = time.Parse(time.RFC3339Nano, strings.TrimSpace(string(data)))
	if err != nil {
		return time.Time{}, false, fmt.Errorf("%s:1: not a time: %w", path, err)
	}
	return t, true, nil
}
