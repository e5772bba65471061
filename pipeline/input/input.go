// Package input is the first stage of the extraction pipeline: it reads
// news articles from .txt files, JSON Lines files (optionally gzipped),
// directories of such files and standard input, and turns them into
// *doc.Document values.
//
// A .txt file is one document: its id is the file name without the
// extension, its title the first line and its text the whole file. A JSON
// Lines file holds one object per line with the fields "id", "title",
// "text", "published", "url" and "source"; only "text" is required.
//
// Problems with one document or file are reported as errors that name
// the file (and, for JSON Lines, the line); reading goes on with the next
// document. Non-fatal problems, such as invalid UTF-8 that was replaced,
// are recorded in Document.Warnings.
package input

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/extract-news/extract/internal/gzsniff"
	"github.com/extract-news/extract/pipeline/doc"
	"github.com/klauspost/compress/flate"
	"github.com/klauspost/compress/gzip"
)

// defaultPath is the path read when Documents is given no paths.
const defaultPath = "seeds"

// Options configure reading.
type Options struct {
	// Published is the default publication date for documents without
	// one (all .txt files, and JSON lines without a valid "published").
	Published time.Time
	// Stdin is read for the path "-"; os.Stdin when nil.
	Stdin io.Reader
	// MaxDocument is the largest document accepted, in bytes: a .txt
	// file or a JSON line longer than that fails with an error that says
	// so (and is never held in memory whole). 0 means DefaultMaxDocument;
	// a negative value, no limit.
	MaxDocument int64
}

// DefaultMaxDocument is the largest document read when
// Options.MaxDocument is 0: 64 MB, more than a hundred times the longest
// article of the 2018 corpus.
const DefaultMaxDocument = 64 << 20

// maxDocument returns the limit o sets, -1 for none.
func (o Options) maxDocument() int64 {
	switch {
	case o.MaxDocument == 0:
		return DefaultMaxDocument
	case o.MaxDocument < 0:
		return -1
	}
	return o.MaxDocument
}

// tooLong is the message of a document over the limit.
func tooLong(what string, size, limit int64) string {
	if size < 0 { // a stream, not read to its end
		return fmt.Sprintf("%s is longer than the limit of %s (raise it with -max-doc)", what, sizeText(limit))
	}
	return fmt.Sprintf("%s of %s is longer than the limit of %s (raise it with -max-doc)", what, sizeText(size), sizeText(limit))
}

// sizeText writes n bytes for a message: "70 MB", "3 KB", "10 bytes".
func sizeText(n int64) string {
	switch {
	case n >= 1<<20:
		return strconv.FormatInt(n>>20, 10) + " MB"
	case n >= 1<<10:
		return strconv.FormatInt(n>>10, 10) + " KB"
	}
	return strconv.FormatInt(n, 10) + " bytes"
}

// Documents reads the documents of paths in order. Each problem with one document or
// file is yielded as a non-nil error (with a nil document) that names the file and, for
// JSON Lines, the line; reading then goes on with the next document or path. It stops
// early when ctx is cancelled (yielding ctx.Err() once) or when yield returns false.
//
// A path is a .txt file, a .jsonl or .jsonl.gz file, a directory (whose
// .txt, .jsonl and .jsonl.gz files are read in name order, not
// recursively, skipping hidden files), or "-" for opts.Stdin: JSON Lines,
// or one plain-text document with the id "stdin" when it does not start
// with "{" (see stdin). No paths means the directory "seeds". Gzip compression is recognised
// by its magic bytes as well as by the .gz extension.
//
// Document ids are made safe for use as file names (no path separators,
// control characters or leading dots, at most 200 bytes), and ids that
// occur more than once get the suffixes "~2", "~3", … in reading order,
// with a warning in Document.Warnings; the same input thus always gives
// the same ids.
//
// Symbolic links in a directory are followed, but only to files, so a
// link loop is reported as an error and never recursed into; special
// files (pipes, devices) in a directory are reported and skipped.
func Documents(ctx context.Context, paths []string, opts Options) iter.Seq2[*doc.Document, error] {
	return func(yield func(*doc.Document, error) bool) {
		if len(paths) == 0 {
			paths = []string{defaultPath}
		}
		r := &reader{ctx: ctx, opts: opts, yield: yield, ids: &IDs{}}
		for _, p := range paths {
			if !r.path(p) {
				return
			}
		}
	}
}

// inputError is an error about one file or one line of a file. Its
// message is "FILE: MSG" or "FILE:LINE: MSG"; it unwraps to the
// underlying error, if any.
type inputError struct {
	file string
	line int // 0 when the error is about the whole file
	id   string
	msg  string
	err  error
}

// Origin returns "FILE" or "FILE:LINE", as Document.Origin does.
func (e *inputError) Origin() string {
	if e.line > 0 {
		return e.file + ":" + strconv.Itoa(e.line)
	}
	return e.file
}

// DocumentID returns the id of the rejected document when it could be
// read (a JSON line with an "id" but no usable "text"), else "".
func (e *inputError) DocumentID() string { return e.id }

func (e *inputError) Error() string { return e.Origin() + ": " + e.msg }

func (e *inputError) Unwrap() error { return e.err }

// binaryError marks a document rejected as binary content.
type binaryError struct{ reason string }

func (e *binaryError) Error() string { return e.reason }

// fileErr turns an error from the os package into an error naming file,
// without repeating the operation and path of an *fs.PathError.
func fileErr(file string, err error) error {
	msg := err.Error()
	var pe *fs.PathError
	if errors.As(err, &pe) {
		msg = pe.Err.Error()
	}
	return &inputError{file: file, msg: msg, err: err}
}

type kind int

const (
	kindNone kind = iota
	kindTxt
	kindJSONL
)

// kindOf classifies a file name by its extension.
func kindOf(name string) kind {
	l := strings.ToLower(name)
	switch {
	case strings.HasSuffix(l, ".txt"):
		return kindTxt
	case strings.HasSuffix(l, ".jsonl"), strings.HasSuffix(l, ".jsonl.gz"):
		return kindJSONL
	}
	return kindNone
}

// reader holds the state of one Documents iteration.
type reader struct {
	ctx   context.Context
	opts  Options
	yield func(*doc.Document, error) bool
	done  bool // yield returned false or ctx.Err() was yielded
	// ids renames duplicate ids in reading order; nil leaves ids as read
	// (Lines).
	ids *IDs
}

// cancelled reports whether ctx is done, yielding ctx.Err() the first
// time.
func (r *reader) cancelled() bool {
	err := r.ctx.Err()
	if err == nil {
		return false
	}
	if !r.done {
		r.done = true
		r.yield(nil, err)
	}
	return true
}

// fail yields err and reports whether reading should go on. When ctx is
// done, ctx.Err() is yielded instead (once), since read errors are then
// most likely caused by the cancellation.
func (r *reader) fail(err error) bool {
	if r.done || r.cancelled() {
		return false
	}
	if !r.yield(nil, err) {
		r.done = true
		return false
	}
	return true
}

// emit renames d if its id was seen before, yields it and reports whether
// reading should go on.
func (r *reader) emit(d *doc.Document) bool {
	if r.done || r.cancelled() {
		return false
	}
	if r.ids != nil {
		r.ids.Unique(d)
	}
	if !r.yield(d, nil) {
		r.done = true
		return false
	}
	return true
}

// path reads one command-line path.
func (r *reader) path(p string) bool {
	if r.cancelled() {
		return false
	}
	if p == "-" {
		in := r.opts.Stdin
		if in == nil {
			in = os.Stdin
		}
		return r.stdin(in)
	}
	name := displayName(p)
	fi, err := os.Stat(p)
	if err != nil {
		return r.fail(fileErr(name, err))
	}
	if fi.IsDir() {
		return r.dir(p)
	}
	switch kindOf(p) {
	case kindTxt:
		return r.txt(p)
	case kindJSONL:
		return r.jsonlFile(p)
	}
	return r.fail(&inputError{file: name, msg: "unsupported file type (want .txt, .jsonl or .jsonl.gz)"})
}

// dir reads the .txt, .jsonl and .jsonl.gz files of a directory in name
// order. Subdirectories and hidden files are skipped.
func (r *reader) dir(p string) bool {
	entries, err := os.ReadDir(p)
	if err != nil {
		return r.fail(fileErr(displayName(p), err))
	}
	n := 0
	for _, e := range entries {
		name := e.Name()
		k := kindOf(name)
		if k == kindNone || strings.HasPrefix(name, ".") || e.IsDir() {
			continue
		}
		full := filepath.Join(p, name)
		if !e.Type().IsRegular() {
			// A symbolic link or special file: follow it.
			fi, err := os.Stat(full)
			if err != nil {
				n++
				if !r.fail(fileErr(displayName(full), err)) {
					return false
				}
				continue
			}
			if fi.IsDir() {
				continue
			}
			if !fi.Mode().IsRegular() {
				n++
				if !r.fail(&inputError{file: displayName(full), msg: "not a regular file (" + specialKind(fi.Mode()) + ")"}) {
					return false
				}
				continue
			}
		}
		n++
		ok := false
		if k == kindTxt {
			ok = r.txt(full)
		} else {
			ok = r.jsonlFile(full)
		}
		if !ok {
			return false
		}
	}
	if n == 0 {
		return r.fail(&inputError{file: displayName(p), msg: "no .txt, .jsonl or .jsonl.gz files in directory"})
	}
	return true
}

// specialKind names the type of a file that is not regular.
func specialKind(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "named pipe"
	case m&fs.ModeSocket != 0:
		return "socket"
	case m&fs.ModeDevice != 0:
		return "device"
	}
	return "special file"
}

// ctxReader fails reads once ctx is done, so that long reads stop soon
// after a cancellation.
type ctxReader struct {
	ctx context.Context
	r   io.Reader
}

func (c ctxReader) Read(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	return c.r.Read(p)
}

const bom = "\uFEFF"

// txt reads a .txt file as one document.
func (r *reader) txt(p string) bool {
	name := displayName(p)
	f, err := os.Open(p)
	if err != nil {
		return r.fail(fileErr(name, err))
	}
	limit := r.opts.maxDocument()
	var size int64
	if st, err := f.Stat(); err == nil && st.Mode().IsRegular() {
		size = st.Size()
	}
	data, over, err := readLimited(ctxReader{r.ctx, f}, limit, size)
	if over {
		size := int64(len(data))
		if st, serr := f.Stat(); serr == nil && st.Size() > size {
			size = st.Size()
		}
		f.Close()
		return r.fail(&inputError{file: name, msg: tooLong("document", size, limit)})
	}
	f.Close()
	if err != nil {
		return r.fail(&inputError{file: name, msg: "read error: " + errMsg(err), err: err})
	}
	base := filepath.Base(p)
	return r.text(name, base[:len(base)-len(".txt")], data)
}

// readLimited reads src to its end, or to limit+1 bytes when limit is
// not negative; over reports that src holds more than limit bytes. size
// is how many bytes src is expected to hold (a file's size; 0 when not
// known): the buffer is made that large at once, so that a large file is
// not copied from buffer to buffer as it is read, which held two to
// three times its size.
func readLimited(src io.Reader, limit, size int64) (data []byte, over bool, err error) {
	if limit >= 0 {
		src = io.LimitReader(src, limit+1)
		size = min(size, limit+1)
	}
	// One byte more than expected, so that the read that sees the end
	// does not grow the buffer.
	data = make([]byte, 0, max(size+1, 512))
	for {
		if len(data) == cap(data) {
			data = append(data, 0)[:len(data)]
		}
		n, rerr := src.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if rerr == io.EOF {
			break
		}
		if rerr != nil {
			err = rerr
			break
		}
	}
	return data, err == nil && limit >= 0 && int64(len(data)) > limit, err
}

// text reads data, the bytes of a .txt file or of plain text on standard
// input, as one document; name is used in errors and origins, id (made
// safe) is the document's id.
func (r *reader) text(name, id string, data []byte) bool {
	if len(data) == 0 {
		return r.fail(&inputError{file: name, msg: "empty document (empty file)", err: ErrEmpty})
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return r.fail(&inputError{file: name, msg: fmt.Sprintf("binary file (NUL byte at offset %d)", i)})
	}
	data = bytes.TrimPrefix(data, []byte(bom))
	st := scanBytes(data)
	if st.binary() {
		return r.fail(&inputError{file: name, msg: "binary file (" + st.reason() + ")"})
	}
	d := &doc.Document{Published: r.opts.Published, Origin: name, Size: int64(len(data))}
	if st.invalid > 0 {
		data = bytes.ToValidUTF8(data, []byte(string(utf8.RuneError)))
		d.Warnings = append(d.Warnings, invalidWarning(st.invalid))
	}
	// The text is data itself, not a copy of it: nothing else holds
	// data or writes to it (readLimited made it for this document).
	d.Text = unsafe.String(unsafe.SliceData(data), len(data))
	if strings.TrimSpace(d.Text) == "" {
		return r.fail(&inputError{file: name, msg: "empty document", err: ErrEmpty})
	}
	title, _, _ := strings.Cut(d.Text, "\n")
	d.Title = strings.TrimSpace(title)
	d.ID = sanitizeID(id)
	if d.ID == "" {
		d.ID = "_"
	}
	return r.emit(d)
}

// jsonlFile opens and reads a JSON Lines file.
func (r *reader) jsonlFile(p string) bool {
	name := displayName(p)
	f, err := os.Open(p)
	if err != nil {
		return r.fail(fileErr(name, err))
	}
	defer f.Close()
	base := filepath.Base(p)
	gz := strings.HasSuffix(strings.ToLower(base), ".gz")
	if gz {
		base = base[:len(base)-len(".gz")]
	}
	if strings.HasSuffix(strings.ToLower(base), ".jsonl") {
		base = base[:len(base)-len(".jsonl")]
	}
	return r.jsonl(name, base, f, gz)
}

const bufSize = 64 << 10

// streamError describes an error reading a (possibly gzipped) stream
// after line.
func streamError(name string, line int, gz bool, err error) error {
	var ce flate.CorruptInputError
	after := ""
	if line > 0 {
		after = fmt.Sprintf(" after line %d", line)
	}
	if gz && (errors.Is(err, gzip.ErrChecksum) || errors.Is(err, gzip.ErrHeader) ||
		errors.Is(err, io.ErrUnexpectedEOF) || errors.As(err, &ce)) {
		return &inputError{file: name, msg: "corrupt gzip stream" + after + ": " + errMsg(err), err: err}
	}
	return &inputError{file: name, msg: "read error" + after + ": " + errMsg(err), err: err}
}

// jsonl reads JSON Lines from in. name is used in errors and origins,
// base in default ids. The stream is gunzipped when it starts with the
// gzip magic bytes; wantGzip requires that.
//
// Decoding the lines, most of the work, runs in parallel with the rest:
// a goroutine reads (and gunzips) the stream and cuts it into batches of
// lines (see split), GOMAXPROCS goroutines parse the batches, and jsonl
// takes them in input order, so that errors, duplicate ids and the
// documents yielded are what reading line by line gives.
func (r *reader) jsonl(name, base string, in io.Reader, wantGzip bool) bool {
	// Reading stops at the next Read, and the goroutines at their next
	// send, once jsonl has returned.
	ctx, cancel := context.WithCancel(r.ctx)
	defer cancel()
	br := bufio.NewReaderSize(ctxReader{ctx, in}, bufSize)
	gz := false
	magic, err := br.Peek(2)
	if err != nil && err != io.EOF {
		return r.fail(streamError(name, 0, false, err))
	}
	var src io.Reader
	if gzsniff.Is(magic) || (wantGzip && len(magic) > 0) {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return r.fail(streamError(name, 0, true, err))
		}
		src = zr
		gz = true
	}
	if base = sanitizeID(base); base == "" {
		base = "doc"
	}
	if src != nil {
		br = bufio.NewReaderSize(src, bufSize)
	}
	n := runtime.GOMAXPROCS(0)
	work := make(chan *batch, 2*n)
	batches := make(chan *batch, 2*n)
	go split(ctx, br, work, batches, r.opts.maxDocument())
	for range n {
		go func() {
			for b := range work {
				r.parseBatch(name, base, b)
			}
		}()
	}
	line, nonblank := 0, 0
	ended := false // the last batch came
	for b := range batches {
		select {
		case <-b.done:
		case <-r.ctx.Done():
			r.cancelled()
			return false
		}
		start := 0
		for i, p := range b.lines {
			line = b.first + i
			if !p.blank {
				nonblank++
			}
			var be *binaryError
			switch {
			case p.err != nil && nonblank == 1 && errors.As(p.err, &be):
				// The first line is binary: most likely the whole file
				// is, so report it once rather than line by line.
				return r.fail(&inputError{file: name, msg: "binary file (" + be.reason + " in line " + strconv.Itoa(line) + ")", err: p.err})
			case p.err != nil:
				if !r.fail(p.err) {
					return false
				}
			case p.d != nil:
				p.d.Size = int64(b.ends[i] - start)
				if !r.emit(p.d) {
					return false
				}
			}
			start = b.ends[i]
		}
		ended = b.err != nil
		if b.err != nil && b.err != io.EOF {
			return r.fail(streamError(name, line, gz, b.err))
		}
	}
	if !ended {
		// split stopped early: ctx is done.
		r.cancelled()
		return false
	}
	if nonblank == 0 {
		return r.fail(&inputError{file: name, msg: "empty file (no JSON lines)"})
	}
	return true
}

// Batches of lines: at most batchLines lines, and no more bytes than
// batchBytes unless one line is longer. A batch also ends where the
// buffered input does, so that lines are passed on as soon as they are
// read.
const (
	batchLines = 64
	batchBytes = 256 << 10
)

// batch is a run of consecutive non-empty lines of a JSON Lines stream,
// each with its newline (but for a last line without one).
type batch struct {
	data []byte
	ends []int // end of each line in data
	// long holds the lines (index in ends) that were longer than the
	// limit, with their length: their bytes were dropped from data.
	long  map[int]int64
	first int   // number of the first line, from 1
	err   error // the read error after the lines; io.EOF at the end
	lines []parsed
	done  chan struct{} // closed once lines are parsed
}

// parsed is the result of parseLine.
type parsed struct {
	d     *doc.Document
	blank bool
	err   error
}

// split reads br into batches, which it sends, in order, to work (to be
// parsed) and to batches (to be used), closing both at the end of the
// input or after a read error (sent in the last batch), or when ctx is
// done. A line longer than limit bytes (when limit >= 0) is read to its
// end but not kept: it is recorded in batch.long.
func split(ctx context.Context, br *bufio.Reader, work, batches chan<- *batch, limit int64) {
	defer close(batches)
	defer close(work)
	line, size := 0, 4096
	for {
		// The last batch's size is a good guess of the next one's.
		b := &batch{first: line + 1, done: make(chan struct{}), data: make([]byte, 0, size+size/4)}
		for len(b.ends) < batchLines && len(b.data) < batchBytes && b.err == nil {
			start := len(b.data)
			var n int64 // the line's length
			for {
				frag, err := br.ReadSlice('\n')
				n += int64(len(frag))
				if limit < 0 || n <= limit {
					b.data = append(b.data, frag...)
				} else if len(b.data) > start {
					b.data = b.data[:start] // over the limit: drop it
				}
				if err != bufio.ErrBufferFull {
					b.err = err
					break
				}
				if ctx.Err() != nil {
					return
				}
			}
			if limit >= 0 && n > limit {
				if b.long == nil {
					b.long = map[int]int64{}
				}
				b.long[len(b.ends)] = n
				b.ends = append(b.ends, len(b.data))
				line++
			} else if len(b.data) > start {
				b.ends = append(b.ends, len(b.data))
				line++
			}
			if br.Buffered() == 0 {
				// The next read may wait (for a pipe, say): pass
				// on the lines already read.
				break
			}
		}
		// A batch of one long line is no guide: the next batch would
		// be made as large.
		size = min(len(b.data), batchBytes)
		for _, c := range [...]chan<- *batch{work, batches} {
			select {
			case c <- b:
			case <-ctx.Done():
				return
			}
		}
		if b.err != nil {
			return
		}
	}
}

// parseBatch parses the lines of b with parseLine and closes b.done.
func (r *reader) parseBatch(name, base string, b *batch) {
	b.lines = make([]parsed, len(b.ends))
	start := 0
	for i, end := range b.ends {
		p := &b.lines[i]
		if n, ok := b.long[i]; ok {
			p.err = &inputError{file: name, line: b.first + i, msg: tooLong("line", n, r.opts.maxDocument())}
			start = end
			continue
		}
		p.d, p.blank, p.err = r.parseLine(name, base, b.first+i, b.data[start:end])
		start = end
	}
	close(b.done)
}

// record is one JSON line. Strings are pointers so that missing and
// null fields can be told apart from empty ones.
type record struct {
	ID        json.RawMessage `json:"id"`
	Title     *string         `json:"title"`
	Text      *string         `json:"text"`
	Published json.RawMessage `json:"published"`
	URL       *string         `json:"url"`
	Source    *string         `json:"source"`
}

// parseLine turns one line of a JSON Lines file into a document. blank
// reports an empty line, which is skipped.
func (r *reader) parseLine(name, base string, line int, b []byte) (d *doc.Document, blank bool, err error) {
	hint := "" // the document's id, once known, for errors
	lineErr := func(msg string, err error) error {
		return &inputError{file: name, line: line, id: hint, msg: msg, err: err}
	}
	b = bytes.TrimSuffix(b, []byte("\n"))
	b = bytes.TrimSuffix(b, []byte("\r"))
	if line == 1 {
		b = bytes.TrimPrefix(b, []byte(bom))
	}
	if len(bytes.TrimSpace(b)) == 0 {
		return nil, true, nil
	}
	if i := bytes.IndexByte(b, 0); i >= 0 {
		be := &binaryError{fmt.Sprintf("NUL byte at offset %d", i)}
		return nil, false, lineErr("binary content ("+be.reason+")", be)
	}
	st := scanBytes(b)
	if st.binary() {
		be := &binaryError{st.reason()}
		return nil, false, lineErr("binary content ("+be.reason+")", be)
	}
	var warnings []string
	if st.invalid > 0 {
		b = bytes.ToValidUTF8(b, []byte(string(utf8.RuneError)))
		warnings = append(warnings, invalidWarning(st.invalid))
	}
	if t := bytes.TrimSpace(b); string(t) == "null" {
		return nil, false, lineErr("not a JSON object (got null)", nil)
	}
	var rec record
	ok, escapedControl := decodeRecord(b, &rec)
	if !ok {
		rec = record{}
		err = json.Unmarshal(b, &rec) // fills what it can despite a type error
		escapedControl = true         // not known: scan the text
	}
	if id, ok := stringValue(rec.ID); ok {
		hint = sanitizeID(id)
	}
	if err != nil {
		return nil, false, jsonError(lineErr, err)
	}
	if rec.Text == nil {
		return nil, false, lineErr(`missing field "text"`, nil)
	}
	text := *rec.Text
	if i := strings.IndexByte(text, 0); i >= 0 {
		return nil, false, lineErr(fmt.Sprintf(`binary content in "text" (NUL byte at offset %d)`, i), nil)
	}
	// Without escapes that decode to control characters, the text has
	// no control characters or invalid bytes the line lacks.
	if st.bad > 0 || escapedControl {
		if tst := scanString(text); tst.binary() {
			return nil, false, lineErr(`binary content in "text" (`+tst.reason()+")", nil)
		}
	}
	if strings.TrimSpace(text) == "" {
		return nil, false, lineErr("empty document", ErrEmpty)
	}
	id, ok := stringValue(rec.ID)
	if !ok {
		return nil, false, lineErr(`field "id": want string, got `+jsonKind(rec.ID), nil)
	}
	if id = sanitizeID(id); id == "" {
		id = base + "-" + strconv.Itoa(line)
	}
	d = &doc.Document{
		ID:        id,
		Text:      text,
		Published: r.opts.Published,
		Origin:    name + ":" + strconv.Itoa(line),
		Warnings:  warnings,
	}
	if rec.Title != nil {
		d.Title = *rec.Title
	}
	if rec.URL != nil {
		d.URL = *rec.URL
	}
	if rec.Source != nil {
		d.Source = *rec.Source
	}
	if t, warn := parsePublished(rec.Published); warn != "" {
		d.Warnings = append(d.Warnings, warn)
	} else if !t.IsZero() {
		d.Published = t
	}
	return d, false, nil
}

// jsonError describes an error from json.Unmarshal.
func jsonError(lineErr func(string, error) error, err error) error {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		msg := se.Error()
		if strings.Contains(msg, "unexpected end of JSON input") {
			msg = "unexpected end of input"
		} else {
			msg = fmt.Sprintf("%s (at byte %d)", msg, se.Offset)
		}
		return lineErr("invalid JSON: "+msg, err)
	case errors.As(err, &te) && te.Field == "":
		return lineErr("not a JSON object (got "+te.Value+")", err)
	case errors.As(err, &te):
		return lineErr(fmt.Sprintf("field %q: want string, got %s", te.Field, te.Value), err)
	}
	return lineErr("invalid JSON: "+strings.TrimPrefix(err.Error(), "json: "), err)
}

// jsonKind names the kind of a JSON value.
func jsonKind(raw json.RawMessage) string {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 {
		return "nothing"
	}
	switch raw[0] {
	case '{':
		return "object"
	case '[':
		return "array"
	case '"':
		return "string"
	case 't', 'f':
		return "bool"
	case 'n':
		return "null"
	}
	return "number"
}

// stringValue returns the value of a string or number; "" for a missing
// or null value. ok is false for other kinds of values.
func stringValue(raw json.RawMessage) (s string, ok bool) {
	switch jsonKind(raw) {
	case "nothing", "null":
		return "", true
	case "number":
		return string(bytes.TrimSpace(raw)), true
	case "string":
		err := json.Unmarshal(raw, &s)
		return s, err == nil
	}
	return "", false
}

// publishedLayouts are the accepted forms of "published". Times without
// an offset are taken as UTC.
var publishedLayouts = []string{
	time.RFC3339, // also accepts fractional seconds
	time.DateOnly,
	time.DateTime,
	"2006-01-02T15:04:05",
	"2006-01-02 15:04:05Z07:00",
}

// parsePublished parses a "published" value. A missing, null or empty
// value gives the zero Time; a bad one a warning.
func parsePublished(raw json.RawMessage) (time.Time, string) {
	k := jsonKind(raw)
	switch k {
	case "nothing", "null":
		return time.Time{}, ""
	case "string":
	default:
		return time.Time{}, fmt.Sprintf("bad published date: want a string, got %s", k)
	}
	var s string
	if err := json.Unmarshal(raw, &s); err != nil {
		return time.Time{}, "bad published date: " + errMsg(err)
	}
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, ""
	}
	for _, layout := range publishedLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t, ""
		}
	}
	if len(s) > 64 {
		s = s[:64] + "…"
	}
	return time.Time{}, fmt.Sprintf("bad published date %q (want RFC 3339 or YYYY-MM-DD)", s)
}

// maxIDBytes bounds the length of a document id, so that OUT/<id>.yaml
// and its temporary file stay within the 255-byte limit of file names.
const maxIDBytes = 200

// sanitizeID makes s usable as a file name: surrounding spaces are
// removed, '/', '\\', control characters, invalid UTF-8 and leading dots
// are replaced with '_', and the result is cut to maxIDBytes bytes.
func sanitizeID(s string) string {
	s = strings.TrimSpace(s)
	var b strings.Builder
	b.Grow(min(len(s), maxIDBytes))
	leading := true
	for _, c := range s {
		if b.Len()+utf8.RuneLen(c) > maxIDBytes {
			break
		}
		switch {
		case leading && c == '.':
			c = '_'
		case c == '/' || c == '\\' || c == utf8.RuneError || unicode.IsControl(c):
			c = '_'
			leading = false
		default:
			leading = false
		}
		b.WriteRune(c)
	}
	return b.String()
}

// displayName is p as shown in errors and origins: quoted when it
// contains characters that would break a one-line message.
func displayName(p string) string {
	for _, c := range p {
		if c == utf8.RuneError || unicode.IsControl(c) {
			return strconv.Quote(p)
		}
	}
	return p
}

// errMsg is the message of err, kept on one line.
func errMsg(err error) string {
	return strings.ReplaceAll(err.Error(), "\n", " ")
}

func invalidWarning(n int) string {
	if n == 1 {
		return "invalid UTF-8 replaced at 1 place"
	}
	return fmt.Sprintf("invalid UTF-8 replaced at %d places", n)
}

// textStats counts what decides whether content is binary.
type textStats struct {
	total   int // characters, each invalid byte counting as one
	bad     int // invalid bytes and control characters
	invalid int // maximal runs of invalid UTF-8
}

// binary reports whether more than 10% of the characters are invalid
// UTF-8 or control characters.
func (s textStats) binary() bool { return s.bad > 0 && s.bad*10 > s.total }

func (s textStats) reason() string {
	return fmt.Sprintf("%d%% invalid UTF-8 or control characters", s.bad*100/max(s.total, 1))
}

// isControl reports control characters other than the usual whitespace
// (tab, newline, carriage return, form feed, vertical tab).
func isControl(c rune) bool {
	if c < 0x20 {
		return c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v'
	}
	return c >= 0x7f && c <= 0x9f
}

func scanBytes(b []byte) textStats {
	var s textStats
	inInvalid := false
	for i := 0; i < len(b); {
		if n := plainSize(b[i], b[i+1:]); n > 0 {
			// Printable ASCII or a two-byte letter (Arabic, Latin).
			i += n
			s.total++
			inInvalid = false
			continue
		}
		c := rune(b[i])
		size := 1
		if c >= utf8.RuneSelf {
			c, size = utf8.DecodeRune(b[i:])
		}
		i += size
		s.total++
		if c == utf8.RuneError && size == 1 {
			s.bad++
			if !inInvalid {
				s.invalid++
			}
			inInvalid = true
			continue
		}
		inInvalid = false
		if isControl(c) {
			s.bad++
		}
	}
	return s
}

func scanString(str string) textStats {
	var s textStats
	for i := 0; i < len(str); {
		if n := plainSize(str[i], str[i+1:]); n > 0 {
			i += n
			s.total++
			continue
		}
		c, size := rune(str[i]), 1
		if c >= utf8.RuneSelf {
			c, size = utf8.DecodeRuneInString(str[i:])
		}
		i += size
		s.total++
		if isControl(c) {
			s.bad++
		}
	}
	return s
}

// plainSize returns the length of the code point that starts with byte c
// (followed by rest) when it is printable ASCII or a valid two-byte
// sequence other than a C1 control, else 0: the common case, which
// scanBytes and scanString count without decoding.
func plainSize[T string | []byte](c byte, rest T) int {
	switch {
	case c >= 0x20 && c < 0x7f:
		return 1
	case c >= 0xC2 && c < 0xE0 && len(rest) > 0 && rest[0]&0xC0 == 0x80 && (c != 0xC2 || rest[0] >= 0xA0):
		return 2
	}
	return 0
}
