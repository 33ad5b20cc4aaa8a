package textscan

import (
	"testing"

	"github.com/stylelint-dev/stylelint/internal/corpus"
	"github.com/stylelint-dev/stylelint/internal/lint"
)

// CountWord must agree with tokenising the text and counting the words.
func TestCountWordMatchesTokens(t *testing.T) {
	texts := []string{
		"O'Brien met Brien and Brien's friend; rock'n'roll's n'roll 'Brien' Brien’s Brien's's Brien'S x'Brien",
		"Kardashian, Kardashian's Kardashians KARDASHIAN Kardashian\u00a0Kardashian. (Kardashian) Kardashian'",
		"naïve naïve's e\u0301t e\u0301 t\u200bword word1 1word word\x00word word’s’s ’s s's",
		string(corpus.New(3).Text(20_000)),
	}
	for _, text := range texts {
		want := map[string]int{}
		var cands []string
		doc := lint.NewDocument("a.txt", []byte(text), false, nil)
		doc.ForChunks(func(s, e int) {
			for _, p := range SplitWords(text[s:e], s) {
				if p.Word {
					want[StripPossessive(p.Text)]++
					cands = append(cands, p.Text, StripPossessive(p.Text))
				}
			}
		})
		for _, w := range append(cands, "Brien", "n", "roll", "s", "Kardashian'", "word", "t") {
			if got := CountWord(text, w); got != want[w] {
				t.Errorf("countWord(%q) = %d, tokens say %d (in %.40q…)", w, got, want[w], text)
			}
		}
	}
}
