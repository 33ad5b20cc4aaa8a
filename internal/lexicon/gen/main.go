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
	levelsOut := flag.String("levels-out", "", "also write, as generated Go, the rank at which each SCOWL level starts in -out")
	rareOut := flag.String("rare-out", "", "also write the rare words (levels above -maxlevel up to 95, and the variant_2 and variant_3 spellings at every level): lowercase letters only, not in -out, sorted")
	flag.Parse()
	if err := run(*scowl, *maxLevel, *rankFile, *out, *levelsOut); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
	if *rareOut != "" {
		if err := rare(*scowl, *maxLevel, *out, *rareOut); err != nil {
			fmt.Fprintln(os.Stderr, "gen:", err)
			os.Exit(1)
		}
	}
}

// rareCategories add the least common spellings to categories.
var rareCategories = append(append([]string{}, categories...),
	"variant_2", "british_variant_2", "canadian_variant_2", "australian_variant_2", "variant_3")

// rareMinLen: at three and four letters SCOWL's rarer entries are mostly
// abbreviations and fragments (abt, tst, whr, ona, isn), which a lost space
// between two short words writes too; a rare word is evidence from five
// letters on.
const rareMinLen = 5

// rareLevels are SCOWL's levels above the lexicon's.
var rareLevels = []int{80, 95}

// rare writes the real words that the lexicon (listFile) leaves out: SCOWL's
// levels above maxLevel up to 95 and the variant_2 and variant_3
// spellings at every level (beget is in the lexicon; withholden, intrench
// and spoilsmen are here), lowercase ASCII letters only, rareMinLen letters
// or more, sorted, one per line, so that a lookup is a binary search over
// the embedded bytes.
func rare(dir string, maxLevel int, listFile, out string) error {
	data, err := os.ReadFile(listFile)
	if err != nil {
		return err
	}
	inLexicon := map[string]bool{}
	for _, w := range strings.Split(string(data), "\n") {
		inLexicon[strings.ToLower(w)] = true
	}
	seen := map[string]bool{}
	for _, cat := range rareCategories {
		extra := strings.Contains(cat, "variant_2") || strings.Contains(cat, "variant_3")
		for _, lv := range append(append([]int{}, levels...), rareLevels...) {
			if lv <= maxLevel && !extra {
				continue
			}
			raw, err := os.ReadFile(filepath.Join(dir, fmt.Sprintf("%s-words.%d", cat, lv)))
			if os.IsNotExist(err) {
				continue
			}
			if err != nil {
				return err
			}
			for _, line := range strings.Split(string(raw), "\n") {
				w := strings.TrimSpace(line)
				if len(w) >= rareMinLen && lowerASCII(w) && !inLexicon[w] {
					seen[w] = true
				}
			}
		}
	}
	words := make([]string, 0, len(seen))
	for w := range seen {
		words = append(words, w)
	}
	sort.Strings(words)
	if err := os.WriteFile(out, []byte(strings.Join(words, "\n")+"\n"), 0o644); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "gen: %d rare words -> %s\n", len(words), out)
	return nil
}

func lowerASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

func run(dir string, maxLevel int, rankFile, out, levelsOut string) error {
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
	if err := f.Close(); err != nil {
		return err
	}
	if levelsOut == "" {
		return nil
	}
	return writeLevels(levelsOut, words, level)
}

// writeLevels writes the rank of each level's first word (words are in
// level order) as generated Go for package lexicon.
func writeLevels(out string, words []string, level map[string]int) error {
	var b strings.Builder
	b.WriteString("// Code generated by internal/lexicon/gen (tools/lexicon/fetch-and-gen.sh); DO NOT EDIT.\n\n")
	b.WriteString("package lexicon\n\n")
	b.WriteString("// levelStarts: the rank of the first word of each SCOWL level in words.txt.\n")
	b.WriteString("var levelStarts = []levelStart{\n")
	prev := -1
	for r, w := range words {
		if lv := level[w]; lv != prev {
			fmt.Fprintf(&b, "\t{%d, %d},\n", lv, r)
			prev = lv
		}
	}
	b.WriteString("}\n")
	return os.WriteFile(out, []byte(b.String()), 0o644)
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
