package rules

import "strings"

// functionWords are English closed-class words: articles, prepositions,
// conjunctions, pronouns, auxiliaries and determiners. Run-together text
// most often glues one of these to a neighbour, and a split that yields
// one is far more credible than a split into two rare words.
var functionWords = setOf(`a an the and or but nor so yet for of to in on at by
with from into onto upon over under about above after before behind below
between beyond during except inside near off out outside since than through
throughout till toward towards until unto via within without against among
amongst across along around as if then that this these those there here
where when while whether which who whom whose what why how
i me my mine we us our ours you your yours he him his she her hers it its
they them their theirs myself yourself himself herself itself ourselves themselves
is am are was were be been being has have had having do does did done
can could will would shall should may might must not no yes
all any both each every few many more most much some such other another
one two three four five six seven eight nine ten
just also only very too up down because although though unless whereas`)

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
