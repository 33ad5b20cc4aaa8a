package missingspace

import (
	"maps"
	"slices"
	"strings"

	"github.com/stylelint-dev/stylelint/internal/textscan"
	"github.com/stylelint-dev/stylelint/internal/wordclass"
)

// clitics may follow an apostrophe in an English contraction or possessive
// (wordclass.Clitics), in byte order.
var clitics = slices.Sorted(maps.Keys(wordclass.Clitics))

// cliticPronouns take a contraction (we’ve, that’s); not "he", which ends
// names (Ashe’s) (wordclass.CliticPronouns), in byte order.
var cliticPronouns = slices.Sorted(maps.Keys(wordclass.CliticPronouns))

// negations are the auxiliaries English contracts with n't (isn’t, can’t,
// won’t), as written before the clitic (wordclass.Negations).
var negations = wordclass.Negations

// functionWords are English closed-class words (wordclass.Function). Run-
// together text most often glues one of these to a neighbour, and a split
// that yields one is far more credible than a split into two rare words.
var functionWords = wordclass.Function

// particles are function words that also build closed compounds
// (rollout, takedown, pushback, login, addon); a split next to one needs
// more evidence.
var particles = wordclass.Particles

// suffixFragments are endings that a word split must never produce as a
// piece of its own (CEOs, DVDs, 1990s, IDed, 4th, VMware).
var suffixFragments = wordclass.SuffixFragments
var tlds = wordclass.TLDs

// twoLetterWords are the two-letter words a segmentation may produce.
var twoLetterWords = wordclass.TwoLetterWords

// units are abbreviations that follow a number directly (10am, 5km).
var units = wordclass.Units

// prefixes are bound prefixes (wordclass.Prefixes).
var prefixes = wordclass.Prefixes

// capitalArticle reports whether w is an article capitalised (The, A, An:
// wordclass.Articles), which ends no brand or name.
func capitalArticle(w string) bool {
	return w != "" && w[0] >= 'A' && w[0] <= 'Z' && (len(w) == 1 || textscan.IsASCIILower(w[1:])) && wordclass.Articles[strings.ToLower(w)]
}
