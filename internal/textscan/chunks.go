package textscan

import (
	"unicode"
	"unicode/utf8"
)

// IsSpace reports white space as lines are cut into chunks (NUL counts:
// it is what masking leaves).
func IsSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiSpace[r]
	}
	return unicode.IsSpace(r)
}

var asciiSpace = [utf8.RuneSelf]bool{' ': true, '\t': true, 0: true, '\n': true, '\r': true, '\v': true, '\f': true}

// CountChunks counts the white-space separated chunks of b.
func CountChunks(b []byte) int { return countChunks(b, -1) }

// HasChunks reports whether b has at least n white-space separated
// chunks, reading no further than the n-th.
func HasChunks(b []byte, n int) bool { return n <= 0 || countChunks(b, n) >= n }

// countChunks counts the chunks of b, stopping at limit (if positive).
func countChunks(b []byte, limit int) int {
	n := 0
	in := false
	for i := 0; i < len(b) && n != limit; {
		c := b[i]
		var sp bool
		if c < utf8.RuneSelf {
			sp = asciiSpace[c]
			i++
		} else {
			r, size := utf8.DecodeRune(b[i:])
			sp = unicode.IsSpace(r)
			i += size
		}
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n
}

// EachChunkOf calls fn with each white-space separated chunk of b, in
// order (sub-slices of b: nothing is allocated).
func EachChunkOf(b []byte, fn func(chunk []byte)) {
	for i := 0; i < len(b); {
		r, n := rune(b[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRune(b[i:])
		}
		if IsSpace(r) {
			i += n
			continue
		}
		j := i
		for j < len(b) {
			r, n := rune(b[j]), 1
			if r >= utf8.RuneSelf {
				r, n = utf8.DecodeRune(b[j:])
			}
			if IsSpace(r) {
				break
			}
			j += n
		}
		fn(b[i:j])
		i = j
	}
}
