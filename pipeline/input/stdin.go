package input

import (
	"bufio"
	"bytes"
	"errors"
	"io"

	"github.com/extract-news/extract/internal/gzsniff"
)

// ErrEmpty is the error under an empty document: a .txt file or plain
// text without a non-space character, or a JSON line whose "text" has
// none. Callers may take it for a warning (errors.Is).
var ErrEmpty = errors.New("empty document")

// stdinID is the id of a plain-text document read from standard input.
const stdinID = "stdin"

// stdin reads standard input: JSON Lines when it is gzipped or its first
// character other than white space (and a byte order mark) is "{", else
// one plain-text document, read as a .txt file is, with the id "stdin".
// Input that is blank as far as the look-ahead goes is read as JSON
// Lines, which reports an empty input.
func (r *reader) stdin(in io.Reader) bool {
	br := bufio.NewReaderSize(ctxReader{r.ctx, in}, bufSize)
	if !plainText(br) {
		return r.jsonl("-", stdinID, br, false)
	}
	limit := r.opts.maxDocument()
	data, over, err := readLimited(br, limit, 0)
	if err != nil {
		return r.fail(&inputError{file: "-", msg: "read error: " + errMsg(err), err: err})
	}
	if over {
		return r.fail(&inputError{file: "-", msg: tooLong("document", -1, limit)})
	}
	return r.text("-", stdinID, data)
}

// plainText looks at the start of br, without consuming it, and reports
// whether it is plain text rather than JSON Lines. It reads no more than
// it needs to decide, so that a stream is passed on as it comes.
func plainText(br *bufio.Reader) bool {
	for n := 1; n <= bufSize; n = max(n+1, br.Buffered()) {
		head, err := br.Peek(n)
		if gzsniff.Is(head) {
			return false
		}
		rest := bytes.TrimLeft(bytes.TrimPrefix(head, []byte(bom)), " \t\r\n")
		undecided := len(rest) == 0 || len(head) < len(bom) && bytes.HasPrefix([]byte(bom), head) ||
			gzsniff.MayBe(head)
		if !undecided {
			return rest[0] != '{'
		}
		if err != nil {
			return false // at the end (or a read error, which the reader reports)
		}
	}
	return false
}
