package main

import (
	"encoding/binary"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/extract-news/extract/internal/gzsniff"
	"github.com/extract-news/extract/pipeline/doc"
	"github.com/extract-news/extract/pipeline/run"
	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

// progressEvery is how often the progress bar is redrawn at most.
const progressEvery = 200 * time.Millisecond

// progress draws a progress bar on a terminal while documents are
// processed: documents done, MB/s of input and, when the size of the
// input is known, the share done and an ETA.
type progress struct {
	bar  *progressbar.ProgressBar
	done int64 // input bytes of the documents done
	last time.Time
}

// newProgress returns the progress bar for a run over paths, drawn on w,
// or nil when w is not a terminal or quiet is set: then nothing of it is
// printed.
func newProgress(w io.Writer, paths []string, quiet bool) *progress {
	f, ok := w.(*os.File)
	if quiet || !ok || !term.IsTerminal(int(f.Fd())) {
		return nil
	}
	total := inputSize(paths)
	return &progress{bar: progressbar.NewOptions64(total,
		progressbar.OptionSetWriter(w),
		progressbar.OptionSetDescription("0 documents"),
		progressbar.OptionShowBytes(true),
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionSetWidth(30),
		progressbar.OptionThrottle(progressEvery),
		progressbar.OptionSpinnerType(14),
		progressbar.OptionClearOnFinish(),
	)}
}

// hook returns the run.Options.Progress hook; nil for a nil progress.
func (p *progress) hook() func(*run.Summary, *doc.Document) {
	if p == nil {
		return nil
	}
	return p.update
}

func (p *progress) update(s *run.Summary, d *doc.Document) {
	if d != nil {
		p.done += d.Size
	}
	if now := time.Now(); now.Sub(p.last) >= progressEvery {
		p.last = now
		p.draw(s)
	}
}

func (p *progress) draw(s *run.Summary) {
	p.bar.Set64(p.done)
	// Describe redraws the bar, with the count above.
	p.bar.Describe(fmt.Sprintf("%d documents", s.Documents+s.Skipped+len(s.Failures)))
}

// finish removes the bar, so that the summary line takes its place.
func (p *progress) finish() {
	if p != nil {
		p.bar.Clear()
	}
}

// maxGzipForSize bounds the compressed files whose uncompressed size is
// taken from the gzip trailer, which holds it modulo 4 GiB: below this,
// the uncompressed size is under 4 GiB at any usual compression ratio.
const maxGzipForSize = 256 << 20

// inputSize returns the number of bytes extract will read from paths
// (uncompressed), or -1 when that is not known: standard input, a large
// gzip file or an unreadable path. The bar then shows no ETA.
func inputSize(paths []string) int64 {
	if len(paths) == 0 {
		paths = []string{defaultPath}
	}
	var total int64
	for _, p := range paths {
		if p == "-" {
			return -1
		}
		fi, err := os.Stat(p)
		if err != nil {
			return -1
		}
		if !fi.IsDir() {
			n := fileSize(p, fi)
			if n < 0 {
				return -1
			}
			total += n
			continue
		}
		entries, err := os.ReadDir(p)
		if err != nil {
			return -1
		}
		for _, e := range entries {
			name := strings.ToLower(e.Name())
			if e.IsDir() || strings.HasPrefix(name, ".") ||
				!(strings.HasSuffix(name, ".txt") || strings.HasSuffix(name, ".jsonl") || strings.HasSuffix(name, ".jsonl.gz")) {
				continue
			}
			full := filepath.Join(p, e.Name())
			fi, err := os.Stat(full)
			if err != nil {
				return -1
			}
			n := fileSize(full, fi)
			if n < 0 {
				return -1
			}
			total += n
		}
	}
	return total
}

// fileSize returns the size of a file as read, uncompressed from the
// gzip trailer for a gzip file, or -1 when that is not known.
func fileSize(path string, fi fs.FileInfo) int64 {
	f, err := os.Open(path)
	if err != nil {
		return -1
	}
	defer f.Close()
	var magic [2]byte
	if _, err := io.ReadFull(f, magic[:]); err != nil || !gzsniff.Is(magic[:]) {
		return fi.Size()
	}
	if fi.Size() < 20 || fi.Size() > maxGzipForSize {
		return -1
	}
	var isize [4]byte
	if _, err := f.ReadAt(isize[:], fi.Size()-4); err != nil {
		return -1
	}
	return int64(binary.LittleEndian.Uint32(isize[:]))
}
