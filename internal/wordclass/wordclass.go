// Package wordclass holds the closed classes of English words that more
// than one rule reads: function words, month and day names. They are fixed
// published classes, not words collected from articles; a rule that needs
// one imports it from here instead of keeping a copy.
package wordclass

import "strings"

// Function are English closed-class words: articles, prepositions,
// conjunctions, pronouns, auxiliaries and determiners.
var Function = SetOf(`a an the and or but nor so yet for of to in on at by
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

// Months are the month names and their common abbreviations, lowercase.
var Months = SetOf(`january february march april may june july august september
october november december jan feb mar apr jun jul aug sep sept oct nov dec`)

// Weekdays are the day names and their common abbreviations, lowercase.
var Weekdays = SetOf(`monday tuesday wednesday thursday friday saturday sunday
mon tue tues wed thu thur thurs fri sat sun`)

// SetOf makes a set of the white-space separated words.
func SetOf(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}
