package output

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/extract-news/extract/pipeline/doc"
)

func result(id string) *doc.Result {
	return &doc.Result{Document: doc.Meta{ID: id}, Entities: []doc.Entity{}, Events: []doc.Event{}}
}

func modTime(t *testing.T, path string) time.Time {
	t.Helper()
	st, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	return st.ModTime()
}

// TestDirCheckpoint checks the record Dir keeps of what is on disk: after
// Close, every file was modified before the recorded time; a file
// written after a checkpoint and before the next (what a crash would
// leave unflushed) was not.
func TestDirCheckpoint(t *testing.T) {
	if !canSyncFS {
		t.Skip("every file is synced on this system; no checkpoints")
	}
	dir := t.TempDir()
	if _, ok, err := SyncedBefore(dir); ok || err != nil {
		t.Fatalf("SyncedBefore of an empty directory = %v, %v; want no checkpoint", ok, err)
	}
	d := &Dir{Path: dir}
	for _, id := range []string{"a", "b", "c"} {
		if err := d.Write(result(id)); err != nil {
			t.Fatal(err)
		}
	}
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}
	synced, ok, err := SyncedBefore(dir)
	if !ok || err != nil {
		t.Fatalf("SyncedBefore after Close = %v, %v", ok, err)
	}
	for _, id := range []string{"a", "b", "c"} {
		if mt := modTime(t, Path(dir, id)); !mt.Before(synced) {
			t.Errorf("%s.yaml modified at %v, not before the checkpoint %v", id, mt, synced)
		}
	}
	// A file after the checkpoint, and no Close: a crash now may lose it.
	if err := d.Write(result("d")); err != nil {
		t.Fatal(err)
	}
	if mt := modTime(t, Path(dir, "d")); mt.Before(synced) {
		t.Errorf("d.yaml, written after the checkpoint, modified at %v, before it (%v)", mt, synced)
	}
	// Replacing a file keeps it complete and moves it past the checkpoint.
	if err := d.Write(result("a")); err != nil {
		t.Fatal(err)
	}
	if mt := modTime(t, Path(dir, "a")); mt.Before(synced) {
		t.Errorf("a.yaml rewritten after the checkpoint but modified before it")
	}
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}
	again, _, _ := SyncedBefore(dir)
	for _, id := range []string{"a", "d"} {
		if mt := modTime(t, Path(dir, id)); !mt.Before(again) {
			t.Errorf("%s.yaml not before the second checkpoint", id)
		}
	}
	matches, _ := filepath.Glob(filepath.Join(dir, ".*"))
	if len(matches) != 1 || filepath.Base(matches[0]) != SyncedName {
		t.Errorf("hidden files left: %v, want only %s", matches, SyncedName)
	}
}

func TestSyncedBeforeErrors(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, SyncedName), []byte("yesterday\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, _, err := SyncedBefore(dir)
	if err == nil || !strings.Contains(err.Error(), SyncedName+":1: not a time") {
		t.Errorf("SyncedBefore with a garbled record: %v, want the file and line named", err)
	}
}

// TestDirCloseWithoutWrites checks that a run that wrote nothing leaves
// no record.
func TestDirCloseWithoutWrites(t *testing.T) {
	dir := t.TempDir()
	if err := (&Dir{Path: dir}).Close(); err != nil {
		t.Fatal(err)
	}
	if _, ok, _ := SyncedBefore(dir); ok {
		t.Error("Close without writes recorded a checkpoint")
	}
}
