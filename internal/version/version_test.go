package version

import (
	"runtime/debug"
	"strings"
	"testing"
)

func TestFromBuildInfo(t *testing.T) {
	vcs := func(rev, modified string) []debug.BuildSetting {
		return []debug.BuildSetting{{Key: "vcs", Value: "git"}, {Key: "vcs.revision", Value: rev},
			{Key: "vcs.time", Value: "2026-11-23T20:49:18Z"}, {Key: "vcs.modified", Value: modified}}
	}
	const rev = "b9fd4f6a7fdd8b5d18902a93398c27c65ed2b20a"
	tests := []struct {
		name string
		bi   *debug.BuildInfo
		want string
	}{
		{"unknown build", nil, "extract devel"},
		{"go test or -buildvcs=false", &debug.BuildInfo{Main: debug.Module{Path: Module, Version: "(devel)"}}, "extract devel"},
		{"tagged release", &debug.BuildInfo{Main: debug.Module{Path: Module, Version: "v1.2.0"}, Settings: vcs(rev, "false")},
			"extract v1.2.0 (b9fd4f6a7fdd)"},
		{"work tree with changes", &debug.BuildInfo{Main: debug.Module{Path: Module, Version: "v0.0.0-20261123204918-b9fd4f6a7fdd+dirty"}, Settings: vcs(rev, "true")},
			"extract v0.0.0-20261123204918-b9fd4f6a7fdd (b9fd4f6a7fdd+dirty)"},
		{"go install at a version", &debug.BuildInfo{Main: debug.Module{Path: Module, Version: "v1.3.1"}}, "extract v1.3.1"},
		{"dependency of extract-beam", &debug.BuildInfo{Main: debug.Module{Path: Module + "/beam", Version: "(devel)"},
			Deps: []*debug.Module{{Path: "go.yaml.in/yaml/v3", Version: "v3.0.6"}, {Path: Module, Version: "v1.2.0"}}, Settings: vcs(rev, "false")},
			"extract v1.2.0 (b9fd4f6a7fdd)"},
		{"replaced dependency", &debug.BuildInfo{Main: debug.Module{Path: Module + "/beam"},
			Deps: []*debug.Module{{Path: Module, Version: "v0.0.0", Replace: &debug.Module{Path: "../"}}}},
			"extract devel"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := FromBuildInfo(tt.bi).String(); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestGet checks that the running binary's Info is stable and holds no
// time.
func TestGet(t *testing.T) {
	a, b := Get().String(), Get().String()
	if a != b || !strings.HasPrefix(a, "extract ") {
		t.Errorf("Get: %q then %q", a, b)
	}
	if strings.ContainsAny(a, ":T") && strings.Contains(a, "Z") {
		t.Errorf("Get: %q looks like it holds a time", a)
	}
}
