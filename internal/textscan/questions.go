package textscan

import (
	"strings"
	"unicode"

	"github.com/stylelint-dev/stylelint/internal/lint"
)

// Questions answers one rule's questions about one document's words: how
// often a word stands alone, whether the document capitalises it inside a
// sentence (a name), whether it uses it as an identifier (code, a handle, a
// link), whether a stretch of text recurs. Each question is answered by
// searching the text, or from a one-pass index of the whole document
// (WordCounts, MidCapitals, IdentifierWords) once searching would cost
// more: always above SearchLimit, and once the searches have read
// SearchBudget bytes (a document under the limit that asks about thousands
// of distinct words would otherwise cost thousands of passes). The choice
// lives here, not in the rules.
type Questions struct {
	doc      *lint.Document
	str      string
	counts   map[string]int  // Count's answers so far
	caps     map[string]bool // Capitalised's
	ids      map[string]bool // Identifier's
	searched int             // bytes the searches have read
}

// Ask starts a rule's questions about doc.
func Ask(doc *lint.Document) *Questions { return &Questions{doc: doc, str: DocText(doc)} }

// onePass reports whether the next question goes to the one-pass views.
func (q *Questions) onePass() bool {
	if len(q.str) > SearchLimit || q.searched > SearchBudget {
		return true
	}
	q.searched += len(q.str)
	return false
}

// Count is how often w stands alone as a word (possessive stripped).
func (q *Questions) Count(w string) int {
	if n, ok := q.counts[w]; ok {
		return n // asked before: no search, no budget spent
	}
	if q.onePass() {
		return WordCounts(q.doc)[w]
	}
	if q.counts == nil {
		q.counts = map[string]int{}
	}
	n := CountWord(q.str, w)
	q.counts[w] = n
	return n
}

// Capitalised reports whether the document capitalises w inside a
// sentence (a name, as Trump in "said Trump"; Make and Type only start
// sentences).
func (q *Questions) Capitalised(w string) bool {
	if v, ok := q.caps[w]; ok {
		return v // a rule and its model ask about the same words
	}
	v := q.capitalised(w)
	if q.caps == nil {
		q.caps = map[string]bool{}
	}
	q.caps[w] = v
	return v
}

func (q *Questions) capitalised(w string) bool {
	if q.onePass() {
		return MidCapitals(q.doc)[w]
	}
	text := q.str
	for i := 0; ; {
		k := strings.Index(text[i:], w)
		if k < 0 {
			return false
		}
		at := i + k
		i = at + len(w)
		if StartsWord(text, at, w) && PartEnd(text, at) == at+len(w) && MidSentence(text, at) {
			return true
		}
	}
}

// Identifier reports whether the document uses w inside a handle, URL,
// domain, file name or code. It reads the source, not the masked text:
// code spans and link destinations ([BethGriggs](https://github.com/BethGriggs))
// are exactly where a document shows that a word is an identifier.
func (q *Questions) Identifier(w string) bool {
	if v, ok := q.ids[w]; ok {
		return v
	}
	var v bool
	if q.onePass() {
		v = IdentifierWords(q.doc)[w]
	} else {
		v = UsedAsIdentifier(DocSource(q.doc), w)
	}
	if q.ids == nil {
		q.ids = map[string]bool{}
	}
	q.ids[w] = v
	return v
}

// RecursInSource reports whether s occurs at least twice in the document's
// source, link destinations and code spans included (a file name as a
// link's text and its destination); false past the search budget, as
// Recurs.
func (q *Questions) RecursInSource(s string) bool {
	if q.onePass() {
		return false
	}
	return strings.Count(DocSource(q.doc), s) >= 2
}

// Recurs reports whether s occurs at least twice in the text; false for a
// document too big to count stretches (a count per question would make
// big files quadratic).
func (q *Questions) Recurs(s string) bool {
	if q.onePass() {
		return false
	}
	return strings.Count(q.str, s) >= 2
}

// ChunkWords counts the document's white-space separated chunks with
// their non-letters trimmed, lowercased (well-known, e-mail, o'brien):
// how hyphen-break weighs a hyphenated or joined spelling. A chunk never
// spans a line, so a word broken across lines does not count itself.
func ChunkWords(doc *lint.Document) map[string]int {
	return doc.Memo(memoChunkWords, func() any {
		text := DocText(doc) // substrings of it: no copy per word
		// Sized for the distinct chunks of an article (about one per 16
		// bytes): grown from empty, the map's rehashing was most of the
		// rule's allocation. Capped: a big document's distinct words grow
		// far slower than its size.
		words := make(map[string]int, min(len(text)/16, 1<<13))
		doc.ForChunks(func(s, e int) {
			w := strings.TrimFunc(text[s:e], func(r rune) bool { return !unicode.IsLetter(r) })
			words[strings.ToLower(w)]++
		})
		return words
	}).(map[string]int)
}
