// Package lexicon is stylelint's embedded English word list: SCOWL
// 2020.12.07 levels 10-70 (with British, Canadian and Australian spellings),
// ordered by SCOWL level and, inside a level, by frequency rank. The line
// number of a word is its rank. See tools/lexicon/fetch-and-gen.sh. Beside
// it, rare.txt holds SCOWL's rarer real words (levels 80 and 95, the
// variant_2/3 spellings) for Rare.
//
// Lookups go through a hash index that is generated with the list and
// embedded beside it (index.bin, see index.go): loading the lexicon allocates
// nothing and costs nothing up front; the pages of the index that a run
// touches are read in by the OS. A pre-commit run over one small file must
// not be dominated by building a dictionary (a Go map of the list took 62 ms).
package lexicon

//go:generate bash ../../tools/lexicon/fetch-and-gen.sh
//go:generate go test -run ^TestIndexFile$ -update-index .

import (
	_ "embed"
	"math"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

var (
	//go:embed words.txt
	data string
	//go:embed index.bin
	indexData string
)

// Lexicon answers "is this a word" and "how common is it".
type Lexicon struct {
	text  string // the word list, one per line
	start table  // rank -> offset of the word in text
	exact table  // hash table keyed by the word as listed: rank+1, 0 = empty
	mixed table  // mixed-case words (iPhone, McDonald) keyed by case fold
	logN  float64
}

var (
	once sync.Once
	lex  *Lexicon
)

// Get returns the shared lexicon. If the embedded index does not belong to
// the embedded list (a build from a half-regenerated tree), it is rebuilt
// in memory rather than trusted.
func Get() *Lexicon {
	once.Do(func() {
		var err error
		if lex, err = open(data, indexData); err != nil {
			lex, _ = open(data, string(Index(data)))
		}
	})
	return lex
}

func (l *Lexicon) word(r uint32) string {
	s := l.start.at(r)
	e := strings.IndexByte(l.text[s:], '\n')
	if e < 0 {
		return l.text[s:]
	}
	return l.text[s : s+uint32(e)]
}

// is reports whether the word of rank r is w, without scanning for its end.
func (l *Lexicon) is(r uint32, w string) bool {
	s := int(l.start.at(r))
	e := s + len(w)
	return e <= len(l.text) && l.text[s:e] == w && (e == len(l.text) || l.text[e] == '\n')
}

// How lookup compares a probed entry with the word asked for.
const (
	matchExact = iota // as listed
	matchFold         // case-insensitively (the mixed table)
	matchLower        // the entry is the ASCII lowercase of w
)

func (l *Lexicon) lookup(t table, w string, h uint32, match int) (int, bool) {
	fp := fingerprint(h)
	for i := t.slot(h); ; i = t.next(i) {
		e := t.at(i)
		if e == 0 {
			return 0, false
		}
		if e&^rankMask != fp {
			continue
		}
		e &= rankMask
		var ok bool
		switch match {
		case matchExact:
			ok = l.is(e-1, w)
		case matchFold:
			ok = strings.EqualFold(l.word(e-1), w)
		default:
			ok = l.isLowerOf(e-1, w)
		}
		if ok {
			return int(e - 1), true
		}
	}
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// finish mixes all 64 bits into the top 32 (Fibonacci hashing): the low
// bits of FNV alone cluster badly under linear probing.
func finish(h uint64) uint32 { return uint32((h ^ h>>32) * 0x9E3779B97F4A7C15 >> 32) }

// hashExact is FNV-1a over the bytes of w.
func hashExact(w string) uint32 {
	h := uint64(fnvOffset)
	for i := 0; i < len(w); i++ {
		h = (h ^ uint64(w[i])) * fnvPrime
	}
	return finish(h)
}

// hashFold is FNV-1a over the case-fold class of each rune of w (the
// smallest rune of its unicode.SimpleFold orbit), so that two strings that
// strings.EqualFold calls equal always hash alike.
func hashFold(w string) uint32 {
	h := uint64(fnvOffset)
	for i := 0; i < len(w); {
		c := rune(w[i])
		if c < utf8.RuneSelf {
			if 'a' <= c && c <= 'z' {
				c -= 'a' - 'A'
			}
			i++
		} else {
			var size int
			c, size = utf8.DecodeRuneInString(w[i:])
			i += size
			c = foldClass(c)
		}
		h = (h ^ uint64(c)) * fnvPrime
	}
	return finish(h)
}

func foldClass(r rune) rune {
	m := r
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		m = min(m, f)
	}
	return m
}

// Size is the number of distinct entries.
func (l *Lexicon) Size() int { return int(l.start.n) }

// levelStart is where one SCOWL level begins in the list (levels_gen.go,
// written with words.txt).
type levelStart struct{ level, rank int }

// LevelStart returns the rank of the first word of a SCOWL level (10, 20,
// 35, 40, 50, 55, 60, 70): the words from that rank on are of that level
// or rarer ones. Size 50 is SCOWL's medium spell-checking dictionary,
// the words and names in common use; 55 to 70 add rarer words and names
// (Netherland, Angelus, Wotton). A level above the list's last gives
// its size; one below its first, 0.
func (l *Lexicon) LevelStart(level int) int {
	for _, s := range levelStarts {
		if s.level >= level {
			return s.rank
		}
	}
	return l.Size()
}

// CommonLevel is the last SCOWL level of the words and names in common
// use (50, SCOWL's medium spell-checking size).
const CommonLevel = 50

// Common reports whether the list has w (in any casing KnownRank
// accepts) among the words and names in common use, levels up to
// CommonLevel: a real word, where a rarer listed spelling (Netherland,
// Milicent, antidemocratic) may be a typo or a form few writers use.
func (l *Lexicon) Common(w string) bool {
	r, ok := l.KnownRank(w)
	return ok && r < l.LevelStart(CommonLevel+1)
}

// Rank returns the rank of w exactly as spelled.
func (l *Lexicon) Rank(w string) (int, bool) {
	return l.lookup(l.exact, w, hashExact(w), matchExact)
}

// rankLowerASCII is Rank(strings.ToLower(w)) without building the
// lowercase copy (a capitalised word starts most sentences, so this is a
// hot path); ascii is false, and nothing is looked up, if w is not ASCII.
func (l *Lexicon) rankLowerASCII(w string) (rank int, ok, ascii bool) {
	h := uint64(fnvOffset)
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return 0, false, false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		h = (h ^ uint64(c)) * fnvPrime
	}
	r, found := l.lookup(l.exact, w, finish(h), matchLower)
	return r, found, true
}

// RankLower returns the rank of w's lowercase form (without building it
// when w is ASCII).
func (l *Lexicon) RankLower(w string) (int, bool) {
	if r, ok, ascii := l.rankLowerASCII(w); ascii {
		return r, ok
	}
	return l.Rank(strings.ToLower(w))
}

// isLowerOf reports whether the word of rank r is the ASCII lowercase of w.
func (l *Lexicon) isLowerOf(r uint32, w string) bool {
	s := int(l.start.at(r))
	if s+len(w) > len(l.text) || s+len(w) < len(l.text) && l.text[s+len(w)] != '\n' {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if l.text[s+i] != c {
			return false
		}
	}
	return true
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
	if r, ok := l.Rank(w); ok {
		return r, true
	}
	switch Shape(w) {
	case Title:
		if r, ok, ascii := l.rankLowerASCII(w); ascii {
			return r, ok
		}
		return l.Rank(strings.ToLower(w))
	case Upper:
		// Any listed casing: lowercase, Capitalised, or mixed (iPhone).
		best, found := l.lookup(l.mixed, w, hashFold(w), matchFold)
		lw := strings.ToLower(w)
		_, n := utf8.DecodeRuneInString(w)
		for _, c := range [2]string{lw, w[:n] + lw[min(n, len(lw)):]} {
			if r, ok := l.Rank(c); ok && (!found || r < best) {
				best, found = r, true
			}
		}
		return best, found
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
