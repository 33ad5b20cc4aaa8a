package lsp

import (
	"sort"
	"unicode/utf8"
)

// lines maps byte offsets of a text to LSP positions and back: lines end at
// \n, \r\n or a lone \r (as the specification says), and a character is
// a UTF-16 code unit (the default position encoding).
type lines struct {
	text   string
	starts []int // byte offset of each line's first byte
}

func newLines(text string) *lines {
	l := &lines{text: text, starts: []int{0}}
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '\n':
			l.starts = append(l.starts, i+1)
		case '\r':
			if i+1 < len(text) && text[i+1] == '\n' {
				i++
			}
			l.starts = append(l.starts, i+1)
		}
	}
	return l
}

// position of a byte offset (clamped to the text).
func (l *lines) position(off int) position {
	off = max(0, min(off, len(l.text)))
	line := sort.Search(len(l.starts), func(i int) bool { return l.starts[i] > off }) - 1
	char := 0
	for i := l.starts[line]; i < off; {
		r, size := utf8.DecodeRuneInString(l.text[i:])
		if i+size > off { // inside a code point: count up to its start
			break
		}
		char += utf16Len(r)
		i += size
	}
	return position{Line: line, Character: char}
}

func (l *lines) span(start, end int) lspRange {
	return lspRange{Start: l.position(start), End: l.position(end)}
}

// offset of a position: past the end of its line is the line's end, past
// the last line is the end of the text.
func (l *lines) offset(p position) int {
	if p.Line < 0 {
		return 0
	}
	if p.Line >= len(l.starts) {
		return len(l.text)
	}
	i := l.starts[p.Line]
	end := len(l.text)
	if p.Line+1 < len(l.starts) {
		end = l.starts[p.Line+1]
	}
	for char := 0; i < end && char < p.Character; {
		r, size := utf8.DecodeRuneInString(l.text[i:])
		if r == '\n' || r == '\r' {
			break
		}
		char += utf16Len(r)
		i += size
	}
	return i
}

// utf16Len is how many UTF-16 code units a code point takes (a byte that
// is no UTF-8 decodes as U+FFFD: one).
func utf16Len(r rune) int {
	if r >= 0x10000 {
		return 2
	}
	return 1
}
