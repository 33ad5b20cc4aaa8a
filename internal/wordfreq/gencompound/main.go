// Command gencompound writes internal/wordfreq/compounds.txt from
// words.txt: how productive each word is as the head and as the tail of a
// closed compound. Among the compoundWords most frequent words (letters
// only), a word of at least 6 letters that is two listed words of at least
// 3 letters each (under|ground, child|hood, screen|play) counts once for
// its head and once for its tail, at its likeliest cut (the pair of
// commonest words). Kept: words with at least minCount compounds, sorted,
// one "word heads tails" per line.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"sort"
	"strings"
)

const (
	compoundWords = 100000
	minPart       = 3
	minCount      = 2
)

func main() {
	in := flag.String("in", "words.txt", "wordfreq words, most frequent first")
	out := flag.String("out", "compounds.txt", "output")
	flag.Parse()
	data, err := os.ReadFile(*in)
	if err != nil {
		fmt.Fprintln(os.Stderr, "gencompound:", err)
		os.Exit(1)
	}
	if err := os.WriteFile(*out, []byte(Compounds(string(data))), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "gencompound:", err)
		os.Exit(1)
	}
}

// Compounds computes the table from the words (one per line, most
// frequent first).
func Compounds(words string) string {
	rank := map[string]int{}
	var list []string
	sc := bufio.NewScanner(strings.NewReader(words))
	for sc.Scan() && len(list) < compoundWords {
		w := sc.Text()
		if !letters(w) {
			continue
		}
		rank[w] = len(list)
		list = append(list, w)
	}
	heads, tails := map[string]int{}, map[string]int{}
	for _, w := range list {
		if len(w) < 2*minPart {
			continue
		}
		best, bestCost := 0, 0
		for cut := minPart; cut <= len(w)-minPart; cut++ {
			a, okA := rank[w[:cut]]
			b, okB := rank[w[cut:]]
			if okA && okB && (best == 0 || max(a, b) < bestCost) {
				best, bestCost = cut, max(a, b)
			}
		}
		if best > 0 {
			heads[w[:best]]++
			tails[w[best:]]++
		}
	}
	keys := map[string]bool{}
	for w, n := range heads {
		if n >= minCount {
			keys[w] = true
		}
	}
	for w, n := range tails {
		if n >= minCount {
			keys[w] = true
		}
	}
	sorted := make([]string, 0, len(keys))
	for w := range keys {
		sorted = append(sorted, w)
	}
	sort.Strings(sorted)
	var b strings.Builder
	for _, w := range sorted {
		fmt.Fprintf(&b, "%s %d %d\n", w, heads[w], tails[w])
	}
	return b.String()
}

func letters(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return w != ""
}
