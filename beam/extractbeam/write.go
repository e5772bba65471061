package extractbeam

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"slices"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/extract-news/extract/pipeline/dataset"
	"github.com/extract-news/extract/pipeline/export"
)

// shardsFn emits every shard number, so that a shard without records is
// written too (empty) and no file of an earlier run is left behind.
type shardsFn struct {
	N int
}

func (f *shardsFn) ProcessElement(_ []byte, emit func(int, bool)) {
	for i := range f.N {
		emit(i, true)
	}
}

// writeShardFn writes one record shard, its lines in input order.
type writeShardFn struct {
	Prefix string
	N      int
}

func (f *writeShardFn) ProcessElement(ctx context.Context, i int, _ func(*bool) bool, records func(*placed) bool) error {
	return writeLines(ctx, ShardName(f.Prefix, i, f.N), collect(records))
}

// writeErrorsFn writes the dead letters, in input order.
type writeErrorsFn struct {
	Path string
}

func (f *writeErrorsFn) ProcessElement(ctx context.Context, _ []byte, failed func(*placed) bool) error {
	return writeLines(ctx, f.Path, collect(failed))
}

// exportFn writes the meeting export of the documents with meetings, in
// each format, from the clusters of the pair groups.
type exportFn struct {
	Prefix  string
	Formats []string
}

func (f *exportFn) ProcessElement(ctx context.Context, _ []byte, meetings func(*placed) bool, clusters func(*string) bool) error {
	results, err := decodeResults("meeting export", collect(meetings))
	if err != nil {
		return err
	}
	var groups [][]string
	var c string
	for clusters(&c) {
		var ids []string
		if err := json.Unmarshal([]byte(c), &ids); err != nil {
			return fmt.Errorf("meeting export: cluster %q: %w", c, err)
		}
		groups = append(groups, ids)
	}
	ms := dataset.Assemble(results, groups)
	for _, format := range f.Formats {
		err := writeFile(ctx, MeetingsName(f.Prefix, format), func(w io.Writer) error {
			return export.Write(w, format, ms)
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// collect returns the values of iter in input order.
func collect(iter func(*placed) bool) []placed {
	var all []placed
	var p placed
	for iter(&p) {
		all = append(all, p)
	}
	slices.SortFunc(all, comparePlaced)
	return all
}

// writeLines writes the lines of ps to path.
func writeLines(ctx context.Context, path string, ps []placed) error {
	return writeFile(ctx, path, func(w io.Writer) error {
		for _, p := range ps {
			if _, err := io.WriteString(w, p.Line); err != nil {
				return err
			}
		}
		return nil
	})
}

// writeFile writes path, on any registered file system, with write.
func writeFile(ctx context.Context, path string, write func(io.Writer) error) error {
	fs, err := filesystem.New(ctx, path)
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	defer fs.Close()
	fd, err := fs.OpenWrite(ctx, path)
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	bw := bufio.NewWriterSize(fd, 1<<20)
	if err := write(bw); err != nil {
		fd.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := bw.Flush(); err != nil {
		fd.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := fd.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}
