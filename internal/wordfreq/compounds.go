package wordfreq

import (
	_ "embed"
	"strconv"
	"strings"
	"sync"
)

//go:generate go run ./gencompound -in words.txt -out compounds.txt

//go:embed compounds.txt
var compoundText string

// compounds: word -> how many closed compounds of the list it heads and
// tails (computed from the list by gencompound).
var compounds = sync.OnceValue(func() map[string][2]uint16 {
	m := make(map[string][2]uint16, strings.Count(compoundText, "\n"))
	for _, line := range strings.Split(strings.TrimSpace(compoundText), "\n") {
		f := strings.Fields(line)
		if len(f) != 3 {
			continue
		}
		h, _ := strconv.Atoi(f[1])
		t, _ := strconv.Atoi(f[2])
		m[f[0]] = [2]uint16{uint16(min(h, 65535)), uint16(min(t, 65535))}
	}
	return m
})

// Compounds reports how productive a lowercase word is in closed
// compounds of the list: how many it heads (under: underground,
// underestimate, ...) and how many it ends (men: spoilsmen, ...). A
// word glued to another may be such a compound rather than two words.
func (t *Table) Compounds(w string) (heads, tails int) {
	c := compounds()[w]
	return int(c[0]), int(c[1])
}
