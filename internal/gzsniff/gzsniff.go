// Package gzsniff recognises a gzip stream by its first bytes, for every
// reader of extract that takes a file gzipped or not: the documents
// (package input), the results of a run (package results) and the size
// the progress bar expects.
package gzsniff

import "bytes"

// Magic is how every gzip stream starts (RFC 1952, ID1 and ID2).
var Magic = []byte{0x1f, 0x8b}

// Is reports whether head, the start of a stream, is the start of a gzip
// stream: it holds the two magic bytes.
func Is(head []byte) bool { return bytes.HasPrefix(head, Magic) }

// MayBe reports whether head, a start too short to decide, may still
// turn out to be a gzip stream: it is a proper prefix of the magic bytes.
func MayBe(head []byte) bool { return len(head) < len(Magic) && bytes.HasPrefix(Magic, head) }
