package reviewserver

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/extract-news/extract/pipeline/doc"
	"github.com/extract-news/extract/pipeline/results"
)

// Store holds the documents of a run that have events, and the meetings
// index built from them. It reads a run's YAML directory (and writes
// review marks into its files) or, read only, a JSON Lines file.
//
// The directory is watched cheaply: when its modification time changes
// (a file was added, removed or renamed over, as the extraction and
// Store itself write files), the files whose size or modification time
// changed are read again and the index is rebuilt.
type Store struct {
	path  string
	lines bool // path is a JSON Lines file: read only
	log   *slog.Logger

	mu     sync.RWMutex
	dirMod time.Time
	files  map[string]stamp  // YAML file name → what was read
	docs   map[string]*entry // document id → documents with events
	index  *index
}

// stamp is what identifies a file's content cheaply.
type stamp struct {
	mod  time.Time
	size int64
	id   string // document id, when the file has events
}

// entry is one document with events.
type entry struct {
	result  *doc.Result
	path    string // its YAML file; empty for JSON Lines
	version string // Version of the file's bytes
}

// noEvents is how the extraction writes a document without events; such
// files are not parsed.
var noEvents = []byte("\nevents: []\n")

// Open reads the run at path: a YAML output directory or a JSON Lines
// file. log receives diagnostics; slog.Default() when nil.
func Open(path string, log *slog.Logger) (*Store, error) {
	if log == nil {
		log = slog.Default()
	}
	s := &Store{path: path, log: log, files: map[string]stamp{}, docs: map[string]*entry{}}
	fi, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("review: %w", err)
	}
	if !fi.IsDir() {
		// Only the documents with events are kept.
		err := results.Each(context.Background(), path, func(r *doc.Result) error {
			if len(r.Events) > 0 {
				s.docs[r.Document.ID] = &entry{result: r}
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("review: %w", err)
		}
		s.lines = true
		s.index = buildIndex(s.docs)
		return s, nil
	}
	if _, err := s.rescan(); err != nil {
		return nil, err
	}
	return s, nil
}

// Writable reports whether review marks can be written: the run is a
// YAML directory.
func (s *Store) Writable() bool { return !s.lines }

// IDs returns the ids of the documents with events, sorted.
func (s *Store) IDs() []string {
	s.mu.RLock()
	defer s.mu.RUnlock()
	ids := make([]string, 0, len(s.docs))
	for id := range s.docs {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	return ids
}

// refresh reads the directory again when it changed since it was read.
func (s *Store) refresh() error {
	if s.lines {
		return nil
	}
	fi, err := os.Stat(s.path)
	if err != nil {
		return fmt.Errorf("review: %w", err)
	}
	s.mu.RLock()
	same := fi.ModTime().Equal(s.dirMod)
	s.mu.RUnlock()
	if same {
		return nil
	}
	n, err := s.rescan()
	if n > 0 {
		s.log.Info("review: files changed on disk; index rebuilt", "dir", s.path, "files", n)
	}
	return err
}

// rescan reads the files of the directory that are new or changed, drops
// those that are gone, and rebuilds the index if anything changed. It
// returns the number of files read or dropped.
func (s *Store) rescan() (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	fi, err := os.Stat(s.path)
	if err != nil {
		return 0, fmt.Errorf("review: %w", err)
	}
	ents, err := os.ReadDir(s.path)
	if err != nil {
		return 0, fmt.Errorf("review: %w", err)
	}
	changed := 0
	seen := make(map[string]bool, len(ents))
	for _, de := range ents {
		name := de.Name()
		if de.IsDir() || strings.HasPrefix(name, ".") || filepath.Ext(name) != ".yaml" {
			continue
		}
		seen[name] = true
		info, err := de.Info()
		if errors.Is(err, fs.ErrNotExist) {
			continue // removed since the listing
		}
		if err != nil {
			return changed, fmt.Errorf("review: %w", err)
		}
		read, err := s.reread(name, info)
		if read {
			changed++
		}
		if err != nil {
			// A file being edited by hand may not parse for a while: it
			// is left out, and read again once it changes.
			s.log.Warn("review: file left out", "err", err)
		}
	}
	for name, st := range s.files {
		if !seen[name] {
			changed++
			if st.id != "" {
				delete(s.docs, st.id)
			}
			delete(s.files, name)
		}
	}
	s.dirMod = fi.ModTime()
	if changed > 0 || s.index == nil {
		s.index = buildIndex(s.docs)
	}
	return changed, nil
}

// reread reads the YAML file name of the directory again, unless info,
// its stat, has the size and modification time it had when it was read:
// the document read from it before is dropped from s.docs, the file's
// document (if it has events) put there, and s.files updated. It reports
// whether it read the file; an error is about a file that was read and
// left out. s.mu is held.
func (s *Store) reread(name string, info fs.FileInfo) (bool, error) {
	old, known := s.files[name]
	if known && old.mod.Equal(info.ModTime()) && old.size == info.Size() {
		return false, nil
	}
	if known && old.id != "" {
		delete(s.docs, old.id)
	}
	st, err := s.readFile(name)
	s.files[name] = st
	return true, err
}

// readFile reads one YAML file of the directory into s.docs when it has
// events; s.mu is held.
func (s *Store) readFile(name string) (stamp, error) {
	path := filepath.Join(s.path, name)
	f, err := os.Open(path)
	if err != nil {
		return stamp{}, fmt.Errorf("%s: %w", path, err)
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return stamp{}, fmt.Errorf("%s: %w", path, err)
	}
	st := stamp{mod: info.ModTime(), size: info.Size()}
	data := make([]byte, info.Size())
	if _, err := io.ReadFull(f, data); err != nil {
		return st, fmt.Errorf("%s: %w", path, err)
	}
	if bytes.Contains(data, noEvents) {
		return st, nil
	}
	r, err := results.DecodeYAML(path, data)
	if err != nil {
		return st, err
	}
	if len(r.Events) == 0 {
		return st, nil
	}
	if prev, dup := s.docs[r.Document.ID]; dup {
		return st, fmt.Errorf("%s: document id %q already read from %s", path, r.Document.ID, prev.path)
	}
	st.id = r.Document.ID
	s.docs[st.id] = &entry{result: r, path: path, version: Version(data)}
	return st, nil
}

// current returns the index.
func (s *Store) current() *index {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.index
}

// document returns the document id, read again from its file if that
// changed since it was read, or false when there is no such document
// with events.
func (s *Store) document(id string) (entry, bool, error) {
	s.mu.RLock()
	e, ok := s.docs[id]
	s.mu.RUnlock()
	if !ok {
		return entry{}, false, nil
	}
	if e.path == "" {
		return *e, true, nil
	}
	name := filepath.Base(e.path)
	info, err := os.Stat(e.path)
	if err != nil {
		return entry{}, false, fmt.Errorf("review: %w", err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	// Read again if changed in place (an editor).
	read, err := s.reread(name, info)
	if read {
		s.index = buildIndex(s.docs)
	}
	if err != nil {
		return entry{}, false, fmt.Errorf("review: %w", err)
	}
	e, ok = s.docs[id]
	if !ok {
		return entry{}, false, nil
	}
	return *e, true, nil
}

// Apply writes m into the file of document id, if the file still has
// the given version (see swapFile), and returns the document as written.
// An error wraps ErrChanged when the file changed, ErrReadOnly when the
// run is JSON Lines, ErrNotFound when there is no such document, and
// ErrInvalid when the mark does not fit the document (ApplyMark).
func (s *Store) Apply(id, version string, m Mark) (entry, error) {
	if s.lines {
		return entry{}, fmt.Errorf("%s: %w", s.path, ErrReadOnly)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	e, ok := s.docs[id]
	if !ok {
		return entry{}, fmt.Errorf("document %q: %w", id, ErrNotFound)
	}
	before, _ := os.Stat(s.path)
	data, err := swapFile(e.path, version, func(b []byte) ([]byte, error) {
		out, err := ApplyMark(b, m)
		if err != nil {
			return nil, fmt.Errorf("%w: %w", ErrInvalid, err)
		}
		return out, nil
	})
	if err != nil {
		return entry{}, err
	}
	r, err := results.DecodeYAML(e.path, data)
	if err != nil {
		return entry{}, err
	}
	ne := &entry{result: r, path: e.path, version: Version(data)}
	s.docs[id] = ne
	if info, err := os.Stat(e.path); err == nil {
		s.files[filepath.Base(e.path)] = stamp{mod: info.ModTime(), size: info.Size(), id: id}
	}
	// The rename changed the directory's time. When nothing else had
	// changed it since the last scan, the new time is taken as scanned,
	// which spares a rescan of every file after each mark; a change by
	// another program in the microseconds between the two stats is seen
	// when the directory changes again or its document is opened, and
	// marks on it are refused by swapFile all the same.
	if after, err := os.Stat(s.path); err == nil && before != nil && before.ModTime().Equal(s.dirMod) {
		s.dirMod = after.ModTime()
	}
	s.index = buildIndex(s.docs)
	return *ne, nil
}

// Errors of Apply.
var (
	ErrReadOnly = errors.New("review marks are written into the YAML files of a run; this is a JSON Lines file, so the review is read only (run the extraction with -format yaml to review)")
	ErrNotFound = errors.New("no such document with meetings")
	ErrInvalid  = errors.New("mark not written")
)
