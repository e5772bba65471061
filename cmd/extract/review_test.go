package main

import (
	"strings"
	"testing"
)

func TestReviewUsage(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name string
		args []string
		code int
		want string // in standard error
	}{
		{"help", []string{"review", "-h"}, exitOK, "usage: extract review"},
		{"no such directory", []string{"review", dir + "/missing"}, exitUsage, "no such file"},
		{"two directories", []string{"review", dir, dir}, exitUsage, "want at most one DIR"},
		{"bad address", []string{"review", "-addr", "127.0.0.1:99999", dir}, exitUsage, "invalid port"},
		{"unknown flag", []string{"review", "-port", "1", dir}, exitUsage, "flag provided but not defined"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, stderr, code := runMain(t, tt.args...)
			if code != tt.code || !strings.Contains(stderr, tt.want) {
				t.Errorf("exit %d, stderr %q; want %d with %q", code, stderr, tt.code, tt.want)
			}
		})
	}
}
