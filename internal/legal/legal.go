// Package legal holds the notices of the data embedded in the binary.
package legal

import (
	_ "embed"
	"strings"
)

//go:embed scowl-copyright.txt
var scowl string

// Text returns the licence notices printed by `stylelint --legal`.
func Text() string {
	var b strings.Builder
	b.WriteString(`stylelint embeds a word list generated from SCOWL (Spell Checker Oriented
Word Lists) 2020.12.07, levels 10-70, by Kevin Atkinson, as packaged by
Debian (package scowl 2020.12.07-2), ordered within each level by the
frequency ranks of the npm package popular-english-words 1.0.2 (ISC licence),
and a list of SCOWL's rarer words from the same package (internal/lexicon/
rare.txt: levels 80 and 95 and the variant_2 and variant_3 spellings, words
of five letters or more), which missing-space reads as "a real word".
The SCOWL copyright and permission notice follows.

`)
	b.WriteString(scowl)
	b.WriteString(`
stylelint embeds word frequencies derived from wordfreq's large_en list
(rspeer/wordfreq @ 912caf64b657478d1dff1138efdc078947d54bb1) by Robyn Speer
and contributors: the 262,142 most frequent words of letters with their
frequencies, and tables computed from them (the letter trigram model of
internal/wordfreq/chars.bin, the closed-compound counts of internal/wordfreq/compounds.txt,
and the weights of the missing-space and name-consistency models fitted
with them) (internal/wordfreq, rules/*/*_model_gen.go). The wordfreq data is licensed under
Creative Commons Attribution-ShareAlike 4.0 (CC BY-SA 4.0,
https://creativecommons.org/licenses/by-sa/4.0/), and this derived list is
distributed under the same licence. It includes data from Google Books
Ngrams, SUBTLEX, OpenSubtitles, Wikipedia, the Leeds Internet Corpus,
Twitter, Reddit and Common Crawl.
`)
	b.WriteString(`
The boilerplate rule's line model (internal/furniture/model_gen.go: feature
weights, thresholds and a table of how typical about 5,000 common words are
of page furniture) holds statistics fitted by tools/furnituretrain on the
stylelint page pool's train half: pages from the Dragnet data (Moz, 2012,
AGPL-3.0), CleanEval and CleanPortalEval (published for research
evaluation), scrapinghub/article-extraction-benchmark (MIT), the newspaper
and newspaper4k test pages (MIT) and the trafilatura evaluation pages
(Apache-2.0); its thresholds were picked on pages of postlight/parser's
fixtures (MIT or Apache-2.0). No page text is embedded: the model holds
counts of sites and fitted numbers only. The models of name-consistency
(rules/namecons/name_model_gen.go, fitted by tools/nametrain) and of
missing-space (rules/missingspace/missing_space_model_gen.go, fitted by
tools/splittrain) are fitted numbers from the same pool half, and hold no
text.
`)
	return b.String()
}
