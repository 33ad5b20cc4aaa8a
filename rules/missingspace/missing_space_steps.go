// Closed-class steps of missing-space inside a word: a contraction or
// possessive glued to a word, a function word between two names, a date
// after a word, an acronym the article writes alone. Each is a small rule
// over a closed class (clitics, function words, months) and, where the
// shape alone is ambiguous, the document's own evidence.

package missingspace

import (
	"strings"
	"unicode"

	"github.com/stylelint-dev/stylelint/internal/lexicon"
	"github.com/stylelint-dev/stylelint/internal/textscan"
	"github.com/stylelint-dev/stylelint/internal/wordclass"
)

// beforeClitic finds a word glued to the pronoun of a contraction
// (Butwe’ve, merchandisethat’s, andI’m) or to a negated auxiliary
// (itisn’t, Volkswagendidn't: the word is one the lexicon or the article
// knows); cl is the clitic after the apostrophe.
func (c *msCheck) beforeClitic(stem, cl string, base int) {
	if c.known(stem) || c.known(strings.ToLower(stem)) {
		return
	}
	if cl == "t" {
		// itisn’t, Volkswagendidn't: a word glued to a negated auxiliary
		// The longest auxiliary the stem ends in (didn, not don).
		for n := min(len(stem)-2, 7); n >= 3; n-- {
			left := stem[:len(stem)-n]
			if !negations[stem[len(stem)-n:]] || textscan.LetterCount(left) < 2 {
				continue
			}
			if sh := lexicon.Shape(left); (sh == lexicon.Lower || sh == lexicon.Title) && (c.known(left) || c.known(strings.ToLower(left)) || c.attested(left) > 0) {
				c.add(base+len(left), false)
			}
			return
		}
	}
	for _, p := range cliticPronouns {
		left, ok := strings.CutSuffix(stem, p)
		if !ok {
			continue
		}
		ll := strings.ToLower(left)
		fw := textscan.IsFunctionWord(ll) && textscan.LetterCount(ll) >= 2
		// After a content word only a pronoun of three letters or more:
		// packit’s is a tool's name, merchandisethat’s a join.
		if lexicon.Shape(left) != lexicon.Lower && lexicon.Shape(left) != lexicon.Title ||
			!fw && !(len(ll) >= 4 && len(p) >= 3 && c.commonWord(ll) && lexicon.Shape(left) == lexicon.Lower) {
			continue
		}
		c.add(base+len(left), fw)
		return
	}
}

// clitic reports whether s is an apostrophe clitic (’s, ’ll, …).
func clitic(s string) bool { return wordclass.Clitics[s] }

// contraction handles it’smore, you’lldiscover: a clitic glued to a word.
func (c *msCheck) contraction(w string, runs []caseRun, k int, base int) {
	if k+1 != len(runs) {
		return
	}
	tail := w[runs[k].start:runs[k].end]
	if c.known(tail) {
		return
	}
	for _, cl := range clitics {
		rest, ok := strings.CutPrefix(tail, cl)
		if !ok || textscan.LetterCount(rest) < 2 {
			continue
		}
		var pieces []string
		if !c.commonWord(rest) {
			if pieces = c.split(rest); pieces == nil {
				continue
			}
		}
		head := w[:runs[k].start] + cl
		// Any word takes a possessive (2010'sdevastating); other clitics
		// only after a word they contract (you’lldiscover).
		if !c.known(head) && !c.known(w[:runs[k-1].start]) && !(cl == "s" && headLetters(w[:runs[k-1].start]) >= 2) {
			continue
		}
		at := base + runs[k].start + len(cl)
		// it’smore, you’lldiscover: a pronoun's clitic and a common word.
		c.add(at, pieces == nil && textscan.LetterCount(rest) >= 3 && textscan.IsFunctionWord(w[:runs[k-1].start]))
		for _, p := range pieces[:max(0, len(pieces)-1)] {
			at += len(p)
			c.add(at, false)
		}
		return
	}
}

// cliticBeforeCapital finds a word glued to a possessive or contraction
// at a change of case (Dakota'sDepartment, Jim'sSEO, you’reAwesome): an
// apostrophe's clitic is the end of a word, so a capital right after it
// starts the next. Clean text has no such word (pool train and
// validation clean halves, 2.2 million words: none).
func (c *msCheck) cliticBeforeCapital(w string, runs []caseRun, k, base int) {
	if !clitic(w[runs[k].start:runs[k].end]) || k+1 >= len(runs) || runs[k+1].class != clUpper ||
		headLetters(w[:runs[k-1].start]) < 2 {
		return
	}
	e := k + 1
	for e < len(runs) && (runs[e].class == clUpper || runs[e].class == clLower) {
		e++
	}
	if textscan.LetterCount(w[runs[k+1].start:runs[e-1].end]) < 2 {
		return
	}
	c.add(base+runs[k+1].start, false)
}

// nameFunctionName finds a function word glued to the names on both
// sides (CuttsonNovember, StreetandMagic, EmilyfromCupcakes): the
// capitalised word before the change of case at run k ends in a function
// word, the rest of it is a word the article writes alone, and the word
// after the change of case is a word the article writes alone or a month
// or weekday. It returns where the function word starts, or 0.
func (c *msCheck) nameFunctionName(w string, runs []caseRun, k int) int {
	if k < 2 || runs[k-2].class != clUpper || runs[k-2].end-runs[k-2].start != 1 || k >= 3 && runs[k-3].class != clApos && runs[k-3].class != clOther {
		return 0
	}
	left := w[runs[k-2].start:runs[k-1].end]
	re := runs[k].end
	if k+1 < len(runs) && runs[k+1].class == clLower {
		re = runs[k+1].end
	}
	right := w[runs[k].start:re]
	if lexicon.Shape(right) != lexicon.Title || textscan.LetterCount(right) < 3 ||
		!(c.attested(right) > 0 || months[strings.ToLower(right)] || weekdays[right]) {
		return 0
	}
	at := trailingFunctionWord(left, 4, 3, func(head string) bool {
		return c.attested(head) > 0 && !c.known(left) && c.attested(left) == 0
	})
	if at > 0 {
		return runs[k-2].start + at
	}
	return 0
}

// trailingFunctionWord returns where a function word of two to most
// letters (lowercase, as a glued word writes it) ends left after a head
// of at least minHead bytes that ok accepts, trying the longest function
// word first; 0 if none.
func trailingFunctionWord(left string, most, minHead int, ok func(head string) bool) int {
	for n := min(most, len(left)-minHead); n >= 2; n-- {
		if head := left[:len(left)-n]; functionWords[left[len(left)-n:]] && ok(head) {
			return len(head)
		}
	}
	return 0
}

// fullMonths are the month names no other month word extends (May,
// October; not the abbreviations Oct, Sept, Mar), from wordclass.Months.
var fullMonths = func() map[string]bool {
	full := map[string]bool{}
	for m := range months {
		full[m] = true
		for other := range months {
			if other != m && strings.HasPrefix(other, m) {
				full[m] = false
			}
		}
	}
	return full
}()

// beforeDate finds a date glued to the word before it (SolosonOctober 22,
// OnAugust 3, SinceMay 2012): the word ends at the change of case at run
// k, after it comes a month's full name (fullMonths; an abbreviation may
// end a name: LeMar) and the text goes on with a day or a year. The
// cut before the month is certain; the word before it may also end in a
// function word glued to it (Soloson: Solos on), cut when no list knows
// the whole (Johnson is a name, so JohnsonOctober is Johnson October).
// The article must write the glued word once (a brand recurs), so the
// verdict, which reads the text after the word, is never memoised for
// another use of it. It returns where that function word starts (0 for
// none) and whether the word is such a date.
func (c *msCheck) beforeDate(w string, runs []caseRun, k, base int) (int, bool) {
	if k+2 != len(runs) || runs[k].end-runs[k].start != 1 || runs[k+1].class != clLower {
		return 0, false
	}
	if !fullMonths[strings.ToLower(w[runs[k].start:])] || !c.dayOrYearAt(base+len(w)) || c.attested(w) > 1 {
		return 0, false // (a word the article writes twice is its own: ThinkJune)
	}
	start := runStart(runs, k-1)
	left := w[start:runs[k].start]
	if textscan.LetterCount(left) < 3 && !functionWords[strings.ToLower(left)] {
		return 0, false // LeMay 1965: a name
	}
	at := trailingFunctionWord(left, 5, 2, func(head string) bool {
		return c.r.freq.Zipf(head) > 0 && !c.known(left) && c.r.freq.Zipf(left) == 0
	})
	if at > 0 {
		return start + at, true
	}
	return 0, true
}

// dayOrYearAt reports whether the text at off goes on with a space and a
// day of the month (9, 9th, 22,) or a year.
func (c *msCheck) dayOrYearAt(off int) bool {
	if off >= len(c.text) || c.text[off] != ' ' {
		return false
	}
	e := off + 1
	for e < len(c.text) && c.text[e] >= '0' && c.text[e] <= '9' {
		e++
	}
	d := c.str[off+1 : e]
	if e < len(c.text) && textscan.IsAlnumByte(c.text[e]) {
		if !wordclass.OrdinalSuffixes[c.str[e:min(len(c.text), e+2)]] {
			return false
		}
	}
	return len(d) >= 1 && len(d) <= 2 && d[0] != '0' || year(d)
}

// acronymJoin finds an acronym (three capitals or more; two added one
// wrong finding and no right one on the pool) glued to a lowercase word when the
// document writes the acronym alone and the glued form only here (KQED
// ... KQEDexplains, MIT ... MITgraduate). Without the document's word the
// shape is a brand as often as a join (SYNCplatform: pool validation 15
// right, 11 wrong), and the cut before the acronym's last capital
// (CEOBrian) was as often wrong as right on both halves.
func (c *msCheck) acronymJoin(w string, runs []caseRun, k int) int {
	if k != 1 || k+1 != len(runs) {
		return 0
	}
	at := runs[k].start
	if acro, rest := w[:at], w[at:]; len(rest) >= 3 &&
		c.commonWord(rest) && !suffixFragments[rest] && c.attested(acro) > 0 && c.attested(w) <= 1 {
		return at
	}
	return 0
}

// headLetters counts the letters and digits of s (the word before an
// apostrophe: O’Neil has one, 2010's four).
func headLetters(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			n++
		}
	}
	return n
}

// months are the month names and abbreviations (wordclass.Months).
var months = wordclass.Months

// year reports whether s is a year of four digits, 1900 to 2099.
func year(s string) bool {
	return len(s) == 4 && textscan.IsDigits(s) && (s[:2] == "19" || s[:2] == "20")
}
