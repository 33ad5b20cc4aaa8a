package rules

import (
	"strings"

	"github.com/stylelint-dev/stylelint/internal/wordclass"
)

// functionWords are English closed-class words (wordclass.Function). Run-
// together text most often glues one of these to a neighbour, and a split
// that yields one is far more credible than a split into two rare words.
var functionWords = wordclass.Function

// particles are function words that also build closed compounds
// (rollout, takedown, pushback, login, addon); a split next to one needs
// more evidence.
var particles = setOf(`up down out off over back in on around through`)

// twoLetterWords are the two-letter words a segmentation may produce.
var twoLetterWords = setOf(`of to in on at by is it as an be he we me my no so
up us or do go if am ok ox ax`)

// clitics may follow an apostrophe in an English contraction or possessive.
var clitics = []string{"ll", "re", "ve", "s", "t", "d", "m"}

// suffixFragments are endings that a word split must never produce as a
// piece of its own (CEOs, DVDs, 1990s, IDed, 4th, VMware).
var suffixFragments = setOf(`s es ed er ers ing ings ism ist ists st nd rd th ly ware able ible less like ish`)

// units are abbreviations that follow a number directly (10am, 5km).
var units = setOf(`am pm km kg mg mm cm ml nm ft lb lbs oz mph kph hz khz mhz ghz
kb mb gb tb kw mw gw kwh mwh px pt em st nd rd th s x k m bn mn yo yr yrs ms us ns`)

func setOf(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}
