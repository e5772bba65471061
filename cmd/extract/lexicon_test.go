package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestLexiconCheck: the built-in lists pass, and a user's broken list is
// reported with its file and line.
func TestLexiconCheck(t *testing.T) {
	userDir := func(src string) string {
		dir := t.TempDir()
		if err := os.MkdirAll(filepath.Join(dir, "en"), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "en", "meeting.yaml"), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		return dir
	}
	for _, tt := range []struct {
		name   string
		args   []string
		code   int
		stdout string
		stderr string
	}{
		{"built-in", []string{"check"}, exitOK, "ok: ", ""},
		{"user list", []string{"check", "-lexicon", userDir("phoneCues:\n  words: skype\n")}, exitOK, "ok: ", ""},
		{"unknown list", []string{"check", "-lexicon", userDir("phoneCue:\n  words: skype\n")}, exitFailed, "errors: ", "meeting.yaml:1: \"phoneCue\""},
		{"duplicate", []string{"check", "-lexicon", userDir("phoneCues:\n  words: |\n    skype\n    zoom skype\n")}, exitFailed, "errors: ", "meeting.yaml:4: list \"phoneCues\": \"skype\" twice"},
		{"not lower case", []string{"check", "-lexicon", userDir("phoneCues:\n  words: Skype\n")}, exitFailed, "errors: ", "not in analysis form"},
		{"missing dir", []string{"check", "-lexicon", filepath.Join(t.TempDir(), "nope")}, exitFailed, "errors: ", "nope"},
		{"no command", nil, exitUsage, "", "usage: extract lexicon check"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := Main(append([]string{"lexicon"}, tt.args...), strings.NewReader(""), &stdout, &stderr)
			if code != tt.code || !strings.Contains(stdout.String(), tt.stdout) || !strings.Contains(stderr.String(), tt.stderr) {
				t.Errorf("exit %d, want %d\nstdout: %s\nstderr: %s", code, tt.code, stdout.String(), stderr.String())
			}
		})
	}
}
