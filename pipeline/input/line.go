package input

import (
	"context"
	"fmt"
	"io"
	"iter"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/extract-news/extract/pipeline/doc"
)

// Lines reads the JSON Lines stream in as Documents reads a .jsonl or
// .jsonl.gz file named path: the same documents, origins ("PATH:LINE"),
// default ids, warnings and errors, gzip recognised by its magic bytes
// (and required when path ends in .gz). It is for engines that read
// files themselves, one file at a time on many machines.
//
// Unlike Documents, Lines leaves duplicate ids as they are, since
// renaming them needs every document read before, in other files too:
// pass the documents to IDs.Unique in reading order, or, to do it apart,
// group them by Family and give each group its own IDs in reading order.
func Lines(ctx context.Context, path string, in io.Reader, opts Options) iter.Seq2[*doc.Document, error] {
	return func(yield func(*doc.Document, error) bool) {
		base := filepath.Base(path)
		gz := strings.HasSuffix(strings.ToLower(base), ".gz")
		if gz {
			base = base[:len(base)-len(".gz")]
		}
		if strings.HasSuffix(strings.ToLower(base), ".jsonl") {
			base = base[:len(base)-len(".jsonl")]
		}
		r := &reader{ctx: ctx, opts: opts, yield: yield} // no ids: leave them as read
		r.jsonl(displayName(path), base, in, gz)
	}
}

// IDs makes document ids unique as Documents does: a document whose id
// was given before is renamed ID~2, ID~3, … (the first suffix that is
// free) with a warning naming the origin of the id's first use. The zero
// value is ready to use; an IDs is not safe for concurrent use.
type IDs struct {
	seen map[string]string // id → origin of its first use
	next map[string]int    // id → next suffix to try
}

// Unique renames d if its id was given before and records its id. Give
// it the documents in reading order.
func (u *IDs) Unique(d *doc.Document) {
	if u.seen == nil {
		u.seen, u.next = make(map[string]string), make(map[string]int)
	}
	if first, dup := u.seen[d.ID]; dup {
		n := max(u.next[d.ID], 2)
		var id string
		for {
			id = d.ID + "~" + strconv.Itoa(n)
			n++
			if _, taken := u.seen[id]; !taken {
				break
			}
		}
		u.next[d.ID] = n
		d.Warnings = append(d.Warnings, fmt.Sprintf("duplicate id %s (first at %s), renamed %s", d.ID, first, id))
		d.ID = id
	}
	u.seen[d.ID] = d.Origin
}

// Family returns id without its "~N" suffixes (N decimal digits): a~2~3
// and a~07 are of the family a. Unique renames a document only to, and
// looks up only, ids of its own id's family, so documents grouped by
// family and made unique group by group, each in reading order, get the
// ids that one IDs over all of them in reading order gives.
func Family(id string) string {
	for {
		i := strings.LastIndexByte(id, '~')
		if i < 0 || i == len(id)-1 || strings.Trim(id[i+1:], "0123456789") != "" {
			return id
		}
		id = id[:i]
	}
}
