package wordfreq

import (
	_ "embed"
	"slices"
	"strings"
	"sync"
)

//go:generate go run ./gencompound -in words.txt -out compounds.txt

//go:embed compounds.txt
var compoundText string

// compoundTable holds compounds.txt's words (sorted, substrings of the
// embedded text) and their counts: built in a pass over the text with no
// allocation per word, searched by binary search.
type compoundTable struct {
	words  []string
	counts [][2]uint16
}

var compounds = sync.OnceValue(func() *compoundTable {
	n := strings.Count(compoundText, "\n")
	t := &compoundTable{words: make([]string, 0, n), counts: make([][2]uint16, 0, n)}
	for rest := compoundText; rest != ""; {
		var line string
		line, rest, _ = strings.Cut(rest, "\n")
		w, nums, _ := strings.Cut(line, " ")
		h, tl, ok := strings.Cut(nums, " ")
		if w == "" || !ok {
			continue
		}
		t.words = append(t.words, w)
		t.counts = append(t.counts, [2]uint16{atou16(h), atou16(tl)})
	}
	return t
})

// atou16 parses a count, capped at 65535 (0 if it is not a number).
func atou16(s string) uint16 {
	v := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0
		}
		v = min(v*10+int(s[i]-'0'), 65535)
	}
	return uint16(v)
}

// Compounds reports how productive a lowercase word is in closed
// compounds of the list: how many it heads (under: underground,
// underestimate, ...) and how many it ends (men: spoilsmen, ...). A
// word glued to another may be such a compound rather than two words.
func (t *Table) Compounds(w string) (heads, tails int) {
	c := compounds()
	i, ok := slices.BinarySearch(c.words, w)
	if !ok {
		return 0, 0
	}
	return int(c.counts[i][0]), int(c.counts[i][1])
}
