package lexicon

import (
	"encoding/binary"
	"errors"
	"math"
	"math/bits"
	"strings"
)

// The index (index.bin) is little-endian uint32s:
//
//	magic "SLX1", n, exactBits, mixedBits, sha256-prefix of the list (2 words)
//	start[n]              offset of the word of rank r in the list
//	exact[1<<exactBits]   open addressing, linear probing: 0 (empty) or
//	                      rank+1 in the low 18 bits and the low 14 bits
//	                      of the word's hash above them (a fingerprint)
//	mixed[1<<mixedBits]   the same for mixed-case words, keyed by case fold
//
// The fingerprint settles almost every probe of a word that is not listed
// without touching the list itself: one cache miss instead of three.
// Tables are sized for a load factor of at most 2/3; the slot of a hash is
// its top bits (Fibonacci hashing, see finish).
const (
	magic      = "SLX2"
	headerSize = 6 * 4
	rankBits   = 18
	rankMask   = 1<<rankBits - 1
	maxWords   = rankMask - 1 // rank+1 must fit in rankBits
)

func entry(rank, h uint32) uint32 { return rank + 1 | h<<rankBits }

// fingerprint is what the slot of a word with hash h holds above its rank.
func fingerprint(h uint32) uint32 { return h << rankBits }

// table is a view of n uint32s of the embedded index.
type table struct {
	s     string
	n     uint32
	shift uint32
}

func (t table) at(i uint32) uint32 {
	b := t.s[4*i : 4*i+4]
	return uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24
}

func (t table) slot(h uint32) uint32 { return h >> t.shift }
func (t table) next(i uint32) uint32 { return (i + 1) & (t.n - 1) }

func tableBits(n int) uint32 { return uint32(max(bits.Len(uint(n+n/2)), 1)) }

// Index builds the index of a newline-separated list whose line numbers are
// ranks (blank lines are not allowed: the generator never writes them);
// words after the first maxWords are left out.
func Index(list string) []byte {
	var start []uint32
	var words []string
	for off := 0; off < len(list) && len(words) < maxWords; {
		end := strings.IndexByte(list[off:], '\n')
		if end < 0 {
			end = len(list)
		} else {
			end += off
		}
		start = append(start, uint32(off))
		words = append(words, list[off:end])
		off = end + 1
	}
	fill := func(bitsN uint32, hash func(string) uint32, ranks []uint32, same func(a, b string) bool) []uint32 {
		t := make([]uint32, 1<<bitsN)
		mask := uint32(len(t) - 1)
	next:
		for _, r := range ranks {
			w := words[r]
			h := hash(w)
			i := h >> (32 - bitsN)
			for ; t[i] != 0; i = (i + 1) & mask {
				if same(words[t[i]&rankMask-1], w) {
					continue next // keep the first (best) rank
				}
			}
			t[i] = entry(r, h)
		}
		return t
	}
	all := make([]uint32, len(words))
	var mixed []uint32
	for r, w := range words {
		all[r] = uint32(r)
		if Shape(w) == Other {
			mixed = append(mixed, uint32(r))
		}
	}
	eb, mb := tableBits(len(words)), tableBits(len(mixed))
	exact := fill(eb, hashExact, all, func(a, b string) bool { return a == b })
	mix := fill(mb, hashFold, mixed, strings.EqualFold)

	out := make([]byte, 0, headerSize+4*(len(start)+len(exact)+len(mix)))
	out = append(out, magic...)
	sum := listSum(list)
	for _, v := range [...]uint32{uint32(len(start)), eb, mb, sum[0], sum[1]} {
		out = binary.LittleEndian.AppendUint32(out, v)
	}
	for _, part := range [][]uint32{start, exact, mix} {
		for _, v := range part {
			out = binary.LittleEndian.AppendUint32(out, v)
		}
	}
	return out
}

// listSum is a cheap fingerprint of the list (length and FNV-1a), enough to
// notice an index that was generated from another list.
func listSum(list string) [2]uint32 {
	h := uint64(fnvOffset)
	for i := 0; i < len(list); i++ {
		h = (h ^ uint64(list[i])) * fnvPrime
	}
	return [2]uint32{uint32(len(list)), uint32(h ^ h>>32)}
}

var errIndex = errors.New("lexicon: index does not match the word list")

// Open returns a lexicon over another newline-separated list whose line
// numbers are ranks, read in place through its index (built by Index and
// embedded beside it): for other word lists that want the same lookups
// without a load-time cost.
func Open(list, idx string) (*Lexicon, error) { return open(list, idx) }

// open checks the index header against the list and returns a lexicon that
// reads both in place. Hashing the whole list would cost as much as a small
// lint, so only its length is checked here; the test checks the rest.
func open(list, idx string) (*Lexicon, error) {
	if len(idx) < headerSize || idx[:4] != magic {
		return nil, errIndex
	}
	h := table{s: idx[4:headerSize], n: 5}
	n, eb, mb := h.at(0), h.at(1), h.at(2)
	if h.at(3) != uint32(len(list)) || eb > 31 || mb > 31 ||
		uint64(len(idx)) != headerSize+4*(uint64(n)+1<<eb+1<<mb) {
		return nil, errIndex
	}
	rest := idx[headerSize:]
	l := &Lexicon{text: list}
	l.start, rest = table{s: rest[:4*n], n: n}, rest[4*n:]
	l.exact, rest = table{s: rest[:4<<eb], n: 1 << eb, shift: 32 - eb}, rest[4<<eb:]
	l.mixed = table{s: rest, n: 1 << mb, shift: 32 - mb}
	l.logN = math.Log(float64(max(n, 2)))
	return l, nil
}
