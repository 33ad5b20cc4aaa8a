package lexicon

import (
	_ "embed"
	"strings"
)

// rareData is SCOWL's rarer real words that words.txt leaves out (levels
// 80 and 95, and the variant_2 and variant_3 spellings at every level):
// lowercase ASCII letters only, sorted, one per line. Generated with
// words.txt by tools/lexicon/fetch-and-gen.sh.
//
//go:embed rare.txt
var rareData string

// Rare reports whether w is one of SCOWL's rarer real words that the
// lexicon leaves out (withholden, intrench, spoilsmen, trickledown): a word
// of the language nobody writes often, not a typo or a join. Only
// lowercase ASCII words are listed. A binary search over the embedded
// list: nothing is loaded or allocated.
func Rare(w string) bool { return inSorted(rareData, w) }

// inSorted reports whether w is a line of list (sorted lines, each ending
// in "\n").
func inSorted(list, w string) bool {
	if w == "" {
		return false
	}
	lo, hi := 0, len(list)
	for lo < hi {
		mid := lo + (hi-lo)/2
		s := strings.LastIndexByte(list[lo:mid], '\n') + 1 + lo
		e := strings.IndexByte(list[s:hi], '\n')
		if e < 0 {
			e = hi
		} else {
			e += s
		}
		switch line := list[s:e]; {
		case w < line:
			hi = s
		case w > line:
			lo = e + 1
		default:
			return true
		}
	}
	return false
}
