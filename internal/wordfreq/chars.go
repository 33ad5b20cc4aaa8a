package wordfreq

import (
	"math"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// charWords: the letter model counts the spellings of this many of the
// most frequent words, each once (a model of how English and the names in
// its text are spelled, not of how often they are used).
const charWords = 100000

// The alphabet: the word boundary, the 26 letters, and one class for
// every other letter.
const (
	boundary = 0
	other    = 27
	alphabet = 28
)

// charModel is a letter trigram model with add-one smoothing, in flat
// tables (built in a few milliseconds, on first use).
type charModel struct {
	tri [alphabet * alphabet * alphabet]uint32
	bi  [alphabet * alphabet]uint32
}

func charClass(r rune) int {
	r = unicode.ToLower(r)
	if r >= 'a' && r <= 'z' {
		return int(r-'a') + 1
	}
	return other
}

var chars = sync.OnceValue(buildChars)

func buildChars() *charModel {
	m := &charModel{}
	ws := words
	for n := 0; n < charWords && ws != ""; n++ {
		var w string
		w, ws, _ = strings.Cut(ws, "\n")
		each(w, func(a, b, c int) {
			m.tri[(a*alphabet+b)*alphabet+c]++
			m.bi[a*alphabet+b]++
		})
	}
	return m
}

// each calls f with every letter of w (and its end) and the two before.
func each(w string, f func(a, b, c int)) {
	a, b := boundary, boundary
	for i := 0; i < len(w); {
		r, n := utf8.DecodeRuneInString(w[i:])
		i += n
		c := charClass(r)
		f(a, b, c)
		a, b = b, c
	}
	f(a, b, boundary)
}

// CharSurprisal is how unlikely w's spelling is, letter by letter: the
// sum over its letters (and its end) of −log2 P(letter | two before) under
// a trigram model of the spellings of the most frequent words. A slip
// (Hlomes, Brrazil) costs more than the name it was made of; two real
// names (Jang, Jong) cost about the same.
func (t *Table) CharSurprisal(w string) float64 {
	m := chars()
	s := 0.0
	a, b := boundary, boundary
	add := func(c int) {
		p := (float64(m.tri[(a*alphabet+b)*alphabet+c]) + 1) / (float64(m.bi[a*alphabet+b]) + alphabet)
		s -= math.Log2(p)
		a, b = b, c
	}
	for i := 0; i < len(w); {
		r, n := rune(w[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(w[i:])
		}
		i += n
		add(charClass(r))
	}
	add(boundary)
	return s
}
