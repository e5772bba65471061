// Package gazetteers embeds the project's name lists, so that the
// extract binary works from any directory.
package gazetteers

import "embed"

// FS holds every *.yaml file of this folder.
//
//go:embed *.yaml
var FS embed.FS
