// Package lexicon is stylelint's embedded English word list: SCOWL
// 2020.12.07 levels 10-70 (with British, Canadian and Australian spellings),
// ordered by SCOWL level and, inside a level, by frequency rank. The line
// number of a word is its rank. See tools/lexicon/fetch-and-gen.sh.
package lexicon

//go:generate bash ../../tools/lexicon/fetch-and-gen.sh

import (
	_ "embed"
	"math"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

//go:embed words.txt
var data string

// Lexicon answers "is this a word" and "how common is it".
type Lexicon struct {
	exact map[string]int32 // word as listed -> rank
	lower map[string]int32 // lowercased word -> best rank of any casing
	size  int
	logN  float64
}

var (
	once sync.Once
	lex  *Lexicon
)

// Get returns the shared lexicon, building it on first use.
func Get() *Lexicon {
	once.Do(func() { lex = build(data) })
	return lex
}

func build(src string) *Lexicon {
	n := strings.Count(src, "\n")
	l := &Lexicon{exact: make(map[string]int32, n), lower: make(map[string]int32, n)}
	rank := int32(0)
	for len(src) > 0 {
		i := strings.IndexByte(src, '\n')
		if i < 0 {
			i = len(src)
		}
		w := src[:i]
		src = src[min(i+1, len(src)):]
		if w == "" {
			continue
		}
		if _, ok := l.exact[w]; !ok {
			l.exact[w] = rank
		}
		lw := w
		if hasUpper(w) {
			lw = strings.ToLower(w)
		}
		if _, ok := l.lower[lw]; !ok {
			l.lower[lw] = rank
		}
		rank++
	}
	l.size = int(rank)
	l.logN = math.Log(float64(rank))
	return l
}

func hasUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' || c >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

// Size is the number of distinct entries.
func (l *Lexicon) Size() int { return l.size }

// Rank returns the rank of w exactly as spelled.
func (l *Lexicon) Rank(w string) (int, bool) {
	r, ok := l.exact[w]
	return int(r), ok
}

// Known reports whether w is a word, allowing the capitalisation that
// position in a sentence or a headline gives a word: a lowercase word must
// be listed in lowercase; a Capitalised word may be a listed lowercase word;
// an ALL-CAPS word may be any listed casing.
func (l *Lexicon) Known(w string) bool {
	_, ok := l.KnownRank(w)
	return ok
}

// KnownRank is Known that also returns the best rank.
func (l *Lexicon) KnownRank(w string) (int, bool) {
	if r, ok := l.exact[w]; ok {
		return int(r), true
	}
	switch Shape(w) {
	case Title:
		if r, ok := l.exact[strings.ToLower(w)]; ok {
			return int(r), true
		}
	case Upper:
		if r, ok := l.lower[strings.ToLower(w)]; ok {
			return int(r), true
		}
	}
	return 0, false
}

// Cost is the Zipf cost of a word of the given rank: log((rank+1)·ln N).
func (l *Lexicon) Cost(rank int) float64 {
	return math.Log(float64(rank+1) * l.logN)
}

// CaseShape classifies the letters of a word.
type CaseShape int

const (
	Other CaseShape = iota // mixed or no letters
	Lower                  // all lowercase
	Title                  // one capital, then lowercase
	Upper                  // all capitals
)

// Shape returns the case shape of w's letters (other runes are ignored).
func Shape(w string) CaseShape {
	upper, lower, first := 0, 0, true
	firstUpper := false
	for _, r := range w {
		if !unicode.IsLetter(r) {
			continue
		}
		switch {
		case unicode.IsUpper(r):
			upper++
			if first {
				firstUpper = true
			}
		case unicode.IsLower(r):
			lower++
		}
		first = false
	}
	switch {
	case upper == 0 && lower > 0:
		return Lower
	case upper == 1 && firstUpper && lower > 0:
		return Title
	case upper > 0 && lower == 0:
		return Upper
	}
	return Other
}
