// Command gen builds internal/lexicon/words.txt from SCOWL word lists and a
// frequency ranking. It is run by tools/lexicon/fetch-and-gen.sh (go generate);
// its output is committed so that builds never need the sources.
//
// Output: one word per line, ordered by (SCOWL level, frequency rank, word),
// so that a word's line number is its rank. Case is preserved.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
)

var (
	categories = []string{
		"english", "american", "british", "british_z", "canadian", "australian",
		"variant_1", "british_variant_1", "canadian_variant_1", "australian_variant_1",
	}
	subcategories = []string{"words", "upper", "proper-names", "contractions", "abbreviations"}
	levels        = []int{10, 20, 35, 40, 50, 55, 60, 70}
)

func main() {
	scowl := flag.String("scowl", "", "directory of SCOWL final lists (…/dict/scowl)")
	maxLevel := flag.Int("maxlevel", 70, "highest SCOWL level to include")
	rankFile := flag.String("rank", "", "popular-english-words words.js")
	out := flag.String("out", "words.txt", "output file")
	flag.Parse()
	if err := run(*scowl, *maxLevel, *rankFile, *out); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(dir string, maxLevel int, rankFile, out string) error {
	level := map[string]int{}
	for _, cat := range categories {
		for _, sub := range subcategories {
			for _, lv := range levels {
				if lv > maxLevel {
					continue
				}
				name := filepath.Join(dir, fmt.Sprintf("%s-%s.%d", cat, sub, lv))
				if err := readList(name, lv, level); err != nil {
					return err
				}
			}
		}
	}
	for w := range level {
		if base, ok := strings.CutSuffix(w, "'s"); ok {
			if _, has := level[base]; has {
				delete(level, w)
			}
		}
	}
	rank, err := readRanks(rankFile)
	if err != nil {
		return err
	}
	words := make([]string, 0, len(level))
	for w := range level {
		words = append(words, w)
	}
	rankOf := func(w string) int {
		if r, ok := rank[strings.ToLower(w)]; ok {
			return r
		}
		return 1 << 30
	}
	sort.Slice(words, func(i, j int) bool {
		a, b := words[i], words[j]
		if level[a] != level[b] {
			return level[a] < level[b]
		}
		if ra, rb := rankOf(a), rankOf(b); ra != rb {
			return ra < rb
		}
		return a < b
	})
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	for _, word := range words {
		w.WriteString(word)
		w.WriteByte('\n')
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	fmt.Fprintf(os.Stderr, "gen: %d words -> %s\n", len(words), out)
	return f.Close()
}

func readList(name string, lv int, level map[string]int) error {
	data, err := os.ReadFile(name)
	if os.IsNotExist(err) {
		return nil // not every category has every level
	}
	if err != nil {
		return err
	}
	for _, line := range strings.Split(string(data), "\n") {
		w := strings.TrimSpace(line)
		if w == "" {
			continue
		}
		if old, ok := level[w]; !ok || lv < old {
			level[w] = lv
		}
	}
	return nil
}

var quoted = regexp.MustCompile(`'([^']*)'`)

func readRanks(name string) (map[string]int, error) {
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	rank := map[string]int{}
	for i, m := range quoted.FindAllStringSubmatch(string(data), -1) {
		w := strings.ToLower(m[1])
		if _, ok := rank[w]; !ok {
			rank[w] = i
		}
	}
	return rank, nil
}
