package reviewserver

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

func TestSwapFile(t *testing.T) {
	upper := func(b []byte) ([]byte, error) { return append([]byte("# edited\n"), b...), nil }
	tests := []struct {
		name    string
		version func(old []byte) string
		meddle  func(path string) // between the read and the rename
		wantErr error
		want    string
	}{
		{"unchanged", Version, nil, nil, "# edited\na: 1\n"},
		{"changed before", func([]byte) string { return Version([]byte("a: 0\n")) }, nil, ErrChanged, "a: 1\n"},
		{"changed during the edit", Version, func(path string) { os.WriteFile(path, []byte("a: 2\n"), 0o600) }, ErrChanged, "a: 2\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "d.yaml")
			old := []byte("a: 1\n")
			if err := os.WriteFile(path, old, 0o640); err != nil {
				t.Fatal(err)
			}
			edit := upper
			if tt.meddle != nil {
				edit = func(b []byte) ([]byte, error) { tt.meddle(path); return upper(b) }
			}
			_, err := swapFile(path, tt.version(old), edit)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("error %v, want %v", err, tt.wantErr)
			}
			got, _ := os.ReadFile(path)
			if string(got) != tt.want {
				t.Errorf("file %q, want %q", got, tt.want)
			}
			ents, _ := os.ReadDir(dir)
			if len(ents) != 1 {
				t.Errorf("temporary files left: %v", ents)
			}
			if fi, _ := os.Stat(path); err == nil && fi.Mode().Perm() != 0o640 {
				t.Errorf("mode %v, want 0640", fi.Mode().Perm())
			}
		})
	}
}
