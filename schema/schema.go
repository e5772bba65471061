// Package schema holds the JSON Schemas (draft 2020-12) of what extract
// writes, embedded so that programs and tests can validate against them:
//
//	record.schema.json   one result: a YAML file, a document of a YAML
//	                     stream or a JSON Lines record (format_version 1)
//	meeting.schema.json  a row of extract export -format jsonl
//	dyad.schema.json     a row of extract export -dyads -format jsonl
//
// Each schema's $id is https://github.com/extract-news/extract/schema/
// followed by its file name; meeting and dyad refer to record and
// meeting by relative references.
package schema

import "embed"

// FS holds the schema files, named as above.
//
//go:embed *.schema.json
var FS embed.FS

// Base is the URL the schemas' $id values start with.
const Base = "https://github.com/extract-news/extract/schema/"

// Files lists the schema files of FS.
var Files = []string{"record.schema.json", "meeting.schema.json", "dyad.schema.json"}
