package wordfreq

import (
	_ "embed"
	"encoding/binary"
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
// tables. Counting it from the list takes milliseconds, a start-up cost
// of every run with an unknown word: go generate counts it once into
// chars.bin (the tables' counts as little-endian uint32s, tri then bi),
// which a run decodes in microseconds.
type charModel struct {
	tri [alphabet * alphabet * alphabet]uint32
	bi  [alphabet * alphabet]uint32
}

//go:embed chars.bin
var charData string

// charCounts is the number of counts in chars.bin.
const charCounts = alphabet*alphabet*alphabet + alphabet*alphabet

// encode returns the model as chars.bin holds it.
func (m *charModel) encode() []byte {
	b := make([]byte, 0, 4*charCounts)
	for _, v := range m.tri {
		b = binary.LittleEndian.AppendUint32(b, v)
	}
	for _, v := range m.bi {
		b = binary.LittleEndian.AppendUint32(b, v)
	}
	return b
}

// loadChars decodes chars.bin, or counts the model from the list if the
// file does not fit it (TestCharsFile keeps the two equal).
func loadChars() *charModel {
	if len(charData) != 4*charCounts {
		return buildChars()
	}
	m := &charModel{}
	at := func(i int) uint32 {
		return uint32(charData[4*i]) | uint32(charData[4*i+1])<<8 | uint32(charData[4*i+2])<<16 | uint32(charData[4*i+3])<<24
	}
	for i := range m.tri {
		m.tri[i] = at(i)
	}
	for i := range m.bi {
		m.bi[i] = at(len(m.tri) + i)
	}
	return m
}

func charClass(r rune) int {
	r = unicode.ToLower(r)
	if r >= 'a' && r <= 'z' {
		return int(r-'a') + 1
	}
	return other
}

var chars = sync.OnceValue(loadChars)

func buildChars() *charModel {
	m := &charModel{}
	ws := words
	for n := 0; n < charWords && ws != ""; n++ {
		var w string
		w, ws, _ = strings.Cut(ws, "\n")
		a, b := boundary, boundary
		for i := 0; i < len(w); {
			var c uint8
			size := 1
			if w[i] < utf8.RuneSelf {
				c = asciiClass[w[i]]
			} else {
				var r rune
				r, size = utf8.DecodeRuneInString(w[i:])
				c = uint8(charClass(r))
			}
			i += size
			m.tri[(a*alphabet+b)*alphabet+int(c)]++
			m.bi[a*alphabet+b]++
			a, b = b, int(c)
		}
		m.tri[(a*alphabet+b)*alphabet+boundary]++
		m.bi[a*alphabet+b]++
	}
	return m
}

// asciiClass is charClass of every ASCII byte (the list is mostly ASCII).
var asciiClass = func() (t [utf8.RuneSelf]uint8) {
	for c := range t {
		t[c] = uint8(charClass(rune(c)))
	}
	return t
}()

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
