package report

import (
	"cmp"
	"html"
	"slices"
	"strings"
)

// mark is one highlighted span of a text: start and end count code
// points. open is its opening tag, reopen the tag that continues it after
// it had to be closed early (where it crosses the end of an enclosing
// mark), close its closing tag. Marks with a lower level enclose marks
// with a higher one when both cover the same span.
type mark struct {
	start, end  int
	level       int
	open, close string
	reopen      string
}

// highlight returns text, whose first code point is at offset base, as
// HTML with the marks (those within [base, base+len(text)), clipped)
// inserted. Marks nest properly: a mark that crosses the end of an
// enclosing one is closed there and reopened after it.
func highlight(text []rune, base int, marks []mark) string {
	end := base + len(text)
	ms := make([]mark, 0, len(marks))
	for _, m := range marks {
		m.start, m.end = max(m.start, base), min(m.end, end)
		if m.start < m.end {
			ms = append(ms, m)
		}
	}
	slices.SortStableFunc(ms, func(a, b mark) int {
		return cmp.Or(cmp.Compare(a.start, b.start), cmp.Compare(b.end, a.end), cmp.Compare(a.level, b.level))
	})
	var b strings.Builder
	var stack []mark
	pos := base
	next := 0
	for pos < end || len(stack) > 0 {
		// The next boundary: the end of an open mark or the start of the
		// next one.
		stop := end
		for _, m := range stack {
			stop = min(stop, m.end)
		}
		if next < len(ms) {
			stop = min(stop, ms[next].start)
		}
		b.WriteString(html.EscapeString(string(text[pos-base : stop-base])))
		pos = stop
		// Close the marks that end here, and those inside them.
		closeFrom := len(stack)
		for i, m := range stack {
			if m.end <= pos {
				closeFrom = i
				break
			}
		}
		if closeFrom < len(stack) {
			for i := len(stack) - 1; i >= closeFrom; i-- {
				b.WriteString(stack[i].close)
			}
			var keep []mark
			for _, m := range stack[closeFrom:] {
				if m.end > pos {
					keep = append(keep, m)
				}
			}
			stack = stack[:closeFrom]
			for _, m := range keep {
				b.WriteString(m.reopen)
				stack = append(stack, m)
			}
		}
		for next < len(ms) && ms[next].start == pos {
			m := ms[next]
			next++
			b.WriteString(m.open)
			stack = append(stack, m)
		}
		if pos >= end && len(stack) == 0 {
			break
		}
	}
	return b.String()
}
