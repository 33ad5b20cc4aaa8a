package lint

import (
	"bytes"
	"sort"
	"unicode/utf8"
)

// Document is one file's bytes plus the indexes the rules share.
//
// Src is the file exactly as read. Text has the same length and offsets but
// is what rules look at: bytes that must never produce diagnostics (a BOM,
// Markdown code, URLs in link destinations, front matter, invalid UTF-8) are
// replaced by NUL bytes, line breaks are kept. Rules therefore never see
// invalid UTF-8 and every offset they report is an offset into Src.
//
// Src and Text are never modified once the document exists (Text may be
// Src itself, and rules take zero-copy string views of Text).
type Document struct {
	Path     string // as given on the command line, or the stdin name
	Src      []byte
	Text     []byte
	Markdown bool

	lineStarts []int32 // byte offset of the first byte of each line (documents are under 2 GiB)
	// invalid holds the runs of bytes that are not valid UTF-8, [start,
	// end) in order: a file of binary noise costs a few bytes per run, not
	// eight per byte.
	invalid      [][2]int32
	invalidBytes int
	bomLen       int

	lines []Line
	memo  map[any]any
	// last holds the two latest positions Position computed: findings
	// come in order along a line (a range's start, then its end, then the
	// next one's start between the two), so a column is counted from the
	// nearest of them, not from the line's start: thousands of findings
	// on one long line cost a pass over it, not one each.
	last [2]struct{ line, offset, column int }
}

// Memo returns what build returned the first time it was called with key
// for this document. Rules use it to share work on a document (its words,
// say) instead of each tokenising it again. A document is only ever used
// by one goroutine at a time, so there is no locking; keys should be
// unexported types of the package that defines them.
func (d *Document) Memo(key any, build func() any) any {
	if v, ok := d.memo[key]; ok {
		return v
	}
	if d.memo == nil {
		d.memo = map[any]any{}
	}
	v := build()
	d.memo[key] = v
	return v
}

// Line is a line's byte range without its terminator (\n or \r\n).
type Line struct{ Start, End int }

// Masker marks byte ranges that rules must not see (e.g. Markdown code).
type Masker func(src []byte) [][2]int

// NewDocument indexes src. mask, if not nil, returns ranges to hide.
func NewDocument(path string, src []byte, markdown bool, mask Masker) *Document {
	d := &Document{Path: path, Src: src, Markdown: markdown}
	if bytes.HasPrefix(src, []byte("\xef\xbb\xbf")) {
		d.bomLen = 3
	}
	for i := 0; i < len(src); {
		c := src[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(src[i:])
		if r == utf8.RuneError && size == 1 {
			d.invalidBytes++
			if n := len(d.invalid); n > 0 && int(d.invalid[n-1][1]) == i {
				d.invalid[n-1][1]++
			} else {
				d.invalid = append(d.invalid, [2]int32{int32(i), int32(i + 1)})
			}
		}
		i += size
	}
	var masked [][2]int
	if mask != nil {
		masked = mask(src)
	}
	// Text is Src itself unless something must be hidden: a big file is
	// not held twice for nothing.
	text := src
	if d.bomLen > 0 || len(d.invalid) > 0 || len(masked) > 0 {
		text = make([]byte, len(src))
		copy(text, src)
		blank(text, 0, d.bomLen)
		for _, r := range d.invalid {
			clear(text[r[0]:r[1]]) // invalid UTF-8 bytes become NUL in Text
		}
		for _, m := range masked {
			blank(text, m[0], m[1])
		}
	}
	d.Text = text
	d.lineStarts = make([]int32, 1, 1+bytes.Count(src, []byte{'\n'}))
	for i := 0; ; {
		j := bytes.IndexByte(src[i:], '\n')
		if j < 0 {
			break
		}
		i += j + 1
		d.lineStarts = append(d.lineStarts, int32(i))
	}
	return d
}

// blank replaces text[start:end] by NUL bytes, keeping line breaks.
func blank(text []byte, start, end int) {
	if start < 0 {
		start = 0
	}
	if end > len(text) {
		end = len(text)
	}
	for i := start; i < end; i++ {
		if text[i] != '\n' && text[i] != '\r' {
			text[i] = 0
		}
	}
}

// InvalidUTF8 returns the runs of bytes that are not valid UTF-8 ([start,
// end) byte ranges, in order) and how many bytes they hold.
func (d *Document) InvalidUTF8() ([][2]int32, int) { return d.invalid, d.invalidBytes }

// NearInvalid reports whether [start,end) lies within margin bytes of an
// invalid UTF-8 byte. Fixes are never applied there.
func (d *Document) NearInvalid(start, end, margin int) bool {
	i := sort.Search(len(d.invalid), func(i int) bool { return int(d.invalid[i][1]) > start-margin })
	return i < len(d.invalid) && int(d.invalid[i][0]) < end+margin
}

// Position is a 1-based line and column; columns count Unicode code points.
type Position struct {
	Line, Column int
}

// LineOf returns the 0-based index of the line containing offset.
func (d *Document) LineOf(offset int) int {
	return sort.Search(len(d.lineStarts), func(i int) bool { return int(d.lineStarts[i]) > offset }) - 1
}

// Position converts a byte offset to a line and a code-point column.
// A CR of a CRLF pair is not counted, so CRLF and LF files agree.
func (d *Document) Position(offset int) Position {
	if offset > len(d.Src) {
		offset = len(d.Src)
	}
	line := d.LineOf(offset)
	start := int(d.lineStarts[line])
	if line == 0 && d.bomLen > 0 && offset >= d.bomLen {
		start = d.bomLen
	}
	col := 0
	for _, l := range d.last {
		if l.column > col && l.line == line && l.offset >= start && l.offset <= offset {
			col, start = l.column, l.offset // the nearest one before offset
		}
	}
	col += countRunes(d.Src[start:offset])
	if offset == len(d.Src) || utf8.RuneStart(d.Src[offset]) {
		// (an offset inside a rune would be counted from differently)
		k := 0
		if d.last[1].offset < d.last[0].offset || d.last[1].line != d.last[0].line {
			k = 1
		}
		d.last[k].line, d.last[k].offset, d.last[k].column = line, offset, col
	}
	return Position{Line: line + 1, Column: 1 + col}
}

// ByteColumn is the 1-based column of offset counted in bytes (reviewdog).
func (d *Document) ByteColumn(offset int) int {
	line := d.LineOf(offset)
	start := int(d.lineStarts[line])
	if line == 0 && d.bomLen > 0 && offset >= d.bomLen {
		start = d.bomLen
	}
	return 1 + offset - start
}

func countRunes(b []byte) int {
	n := 0
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
		} else {
			_, size := utf8.DecodeRune(b[i:])
			i += size
		}
		n++
	}
	return n
}

// LineText returns the source of 0-based line n, without its terminator.
func (d *Document) LineText(n int) []byte {
	ls := d.Lines()
	if n < 0 || n >= len(ls) {
		return nil
	}
	return d.Src[ls[n].Start:ls[n].End]
}

// Lines returns every line's range without its terminator. A final newline
// does not start another line.
func (d *Document) Lines() []Line {
	if d.lines != nil {
		return d.lines
	}
	lines := make([]Line, 0, len(d.lineStarts))
	for i, s32 := range d.lineStarts {
		s := int(s32)
		e := len(d.Src)
		if i+1 < len(d.lineStarts) {
			e = int(d.lineStarts[i+1]) - 1
			if e > s && d.Src[e-1] == '\r' {
				e--
			}
		} else if s == len(d.Src) && i > 0 {
			break
		}
		lines = append(lines, Line{s, e})
	}
	d.lines = lines
	return lines
}

// ForChunks calls fn for each maximal run of non-separator bytes of Text
// (NUL is a separator, so masked material splits chunks), in order.
func (d *Document) ForChunks(fn func(start, end int)) {
	t := d.Text
	for i := 0; i < len(t); {
		if n := spaceLen(t, i); n > 0 {
			i += n
			continue
		}
		s := i
		for i < len(t) {
			if c := t[i]; c < utf8.RuneSelf && !asciiSep[c] || c >= utf8.RuneSelf && c != 0xC2 && c != 0xE2 && c != 0xE3 {
				i++ // the common case, decided without a call
				continue
			}
			if spaceLen(t, i) > 0 {
				break
			}
			i++
		}
		fn(s, i)
	}
}

var asciiSep = [utf8.RuneSelf]bool{' ': true, '\t': true, '\n': true, '\r': true, '\f': true, '\v': true, 0: true}

// IsASCIISeparator reports whether b is one of the ASCII bytes that
// separate chunks (ForChunks also splits at a few non-ASCII spaces).
func IsASCIISeparator(b byte) bool { return b < utf8.RuneSelf && asciiSep[b] }

// spaceLen returns the length of the separator at t[i] (ASCII space, tab,
// line break, NUL, U+00A0 NO-BREAK SPACE, U+2000..U+200B, U+3000), or 0.
func spaceLen(t []byte, i int) int {
	switch c := t[i]; {
	case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == 0:
		return 1
	case c == 0xC2 && i+1 < len(t) && t[i+1] == 0xA0:
		return 2
	case c == 0xE2 && i+2 < len(t) && t[i+1] == 0x80 && t[i+2] >= 0x80 && t[i+2] <= 0x8B:
		return 3
	case c == 0xE3 && i+2 < len(t) && t[i+1] == 0x80 && t[i+2] == 0x80:
		return 3
	}
	return 0
}

// IsSpaceAt reports whether a separator starts at offset i of Text.
func (d *Document) IsSpaceAt(i int) bool { return i >= 0 && i < len(d.Text) && spaceLen(d.Text, i) > 0 }
