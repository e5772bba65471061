// Package version names the build of extract that wrote an output: the
// module version and the VCS revision that runtime/debug.ReadBuildInfo
// reports. Nothing in it depends on when the program runs, so the same
// binary writes the same string into every output.
package version

import (
	"runtime/debug"
	"strings"
	"sync"
)

// Module is the module path of extract.
const Module = "github.com/extract-news/extract"

// Info describes one build.
type Info struct {
	// Version is the module version ("v1.2.0", or a pseudo-version that
	// go build derives from the VCS), or "devel" when there is none.
	Version string
	// Revision is the VCS revision the binary was built from, "" when
	// the build did not record it (go build -buildvcs=false, go test).
	Revision string
	// Modified reports a build from a work tree with uncommitted changes.
	Modified bool
	// Go is the Go version of the build.
	Go string
}

// revisionLen is how many hexadecimal digits of the revision String
// keeps, as git's short hashes do.
const revisionLen = 12

// String returns "extract VERSION (REVISION)", with "+dirty" after the
// revision of a modified work tree, or "extract VERSION" when the
// revision is unknown.
func (i Info) String() string {
	s := "extract " + i.Version
	if i.Revision == "" {
		return s
	}
	rev := i.Revision
	if len(rev) > revisionLen {
		rev = rev[:revisionLen]
	}
	if i.Modified {
		rev += "+dirty"
	}
	return s + " (" + rev + ")"
}

// FromBuildInfo reads the Info of bi, a binary's build information; a
// nil bi gives the Info of an unknown build. The version is that of the
// main module when it is extract, else that of extract among its
// dependencies (extract-beam builds it as one).
func FromBuildInfo(bi *debug.BuildInfo) Info {
	i := Info{Version: "devel"}
	if bi == nil {
		return i
	}
	i.Go = bi.GoVersion
	v := ""
	if bi.Main.Path == Module {
		v = bi.Main.Version
	} else {
		for _, d := range bi.Deps {
			if d.Path == Module {
				v = d.Version
				if d.Replace != nil {
					// A directory replacement (beam/go.mod's ../) has
					// no version of its own: the work tree is built.
					v = d.Replace.Version
				}
				break
			}
		}
	}
	if v != "" && v != "(devel)" {
		i.Version = v
	}
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			i.Revision = s.Value
		case "vcs.modified":
			i.Modified = s.Value == "true"
		}
	}
	// A pseudo-version already says +dirty; String says it once, after
	// the revision.
	if i.Modified {
		i.Version = strings.TrimSuffix(i.Version, "+dirty")
	}
	return i
}

// Get returns the Info of the running binary.
var Get = sync.OnceValue(func() Info {
	bi, _ := debug.ReadBuildInfo()
	return FromBuildInfo(bi)
})
