// Package wordclass holds the closed classes of words that the rules and
// the boilerplate model read: function words, months, units, prefixes,
// honorifics, top-level domains, the vocabulary of page furniture, and the
// small classes missing-space still reads. They are data, not code: one
// table, wordclass.tsv (a word and its classes per line), generated into
// classes_gen.go by ./gen (go generate), checked by a test (sorted, no
// duplicates, known classes, declared subsets hold, generated file up to
// date). A rule imports its classes from here instead of keeping a list.
package wordclass

//go:generate go run ./gen -in wordclass.tsv -out classes_gen.go

// Classes names every class of the table with what it is; the generator
// makes one set per class, named by Var.
var Classes = []Class{
	{"contrast", "Contrast", "connectives a writer sets two spellings apart with (Tyva, not Tuva; also spelled): name-consistency"},
	{"function", "Function", "English closed-class words: articles, prepositions, conjunctions, pronouns, auxiliaries, determiners"},
	{"month", "Months", "month names and abbreviations, lowercase"},
	{"weekday", "Weekdays", "day names and abbreviations, lowercase"},
	{"particle", "Particles", "function words that also build closed compounds (rollout, takedown)"},
	{"two-letter", "TwoLetterWords", "the two-letter words a segmentation may produce"},
	{"suffix", "Suffixes", "English inflectional and derivational suffixes (-s, -ed, -ing, -ly, -al, -ous, -ive, -ful, -est): a listed word ending in one reads as a verb form or a derived word (missing-space)"},
	{"suffix-fragment", "SuffixFragments", "endings a split must never produce alone (CEOs, 1990s, VMware)"},
	{"unit", "Units", "abbreviations that follow a number directly (10am, 5km)"},
	{"prefix", "Prefixes", "prefixes that take a hyphen before a word (anti-, co-, self-)"},
	{"two-after-name", "TwoAfterName", "two-letter words that follow a listed mixed-case name (PhDin)"},
	{"weekday-name", "WeekdayNames", "day names as written (they end no brand or name)"},
	{"determiner", "Determiners", "determiners before a noun phrase"},
	{"dependent-determiner", "DependentDeterminers", "articles and possessive determiners, which always take a noun and so never end a sentence (My.Yahoo is a name, not two sentences)"},
	{"article", "Articles", "the articles (a, an, the): capitalised, they end no brand or name (BrooksThe)"},
	{"ordinal-suffix", "OrdinalSuffixes", "what follows a day's number (3rd, 22nd)"},
	{"scheme", "Schemes", "URI schemes"},
	{"time-adverb", "TimeAdverbs", "time adverbs that end no compound"},
	{"never-ends-name", "NeverEndName", "clause words no name ends in"},
	{"name-ending", "NameEndings", "function words that end given names and surnames (a subset of function)"},
	{"compound-head", "CompoundHeads", "heads of closed compounds (outgrow, halfway)"},
	{"honorific", "Honorifics", "titles before a name"},
	{"interview-label", "InterviewLabels", "the labels of an interview's question and answer before a colon (Q:What, A:The)"},
	{"clitic", "Clitics", "what follows the apostrophe of an English contraction or possessive (’s, ’ll, n’t's t)"},
	{"clitic-pronoun", "CliticPronouns", "pronouns a contraction's clitic follows (we’ve, that’s; not he, which ends names: Ashe’s)"},
	{"negation", "Negations", "auxiliaries English contracts with n't, as written before the clitic (isn’t: isn, can’t: can)"},
	{"tld", "TLDs", "top-level domains"},
	{"generic-tld", "GenericTLDs", "the generic top-level domains of RFC 1591 and of ICANN's 2000 round (com, org, info): capitalised after a dot they end a name (Buy.Com)"},
	{"furniture-social", "FurnitureSocial", "share-bar and social-network words"},
	{"furniture-comments", "FurnitureComments", "comment-widget words"},
	{"furniture-newsletter", "FurnitureNewsletter", "sign-up box words"},
	{"furniture-credit", "FurnitureCredit", "credit and caption words"},
	{"furniture-nav", "FurnitureNav", "navigation words"},
	{"furniture-ad", "FurnitureAd", "advertising words"},
	{"furniture-legal", "FurnitureLegal", "legal-footer words"},
	{"furniture-meta", "FurnitureMeta", "article-metadata words"},
}

// Subsets are the classes that must lie inside another (the verify test
// checks them: a word added to one is added to the other in the table).
var Subsets = [][2]string{
	{"name-ending", "function"},
	{"dependent-determiner", "determiner"},
	{"generic-tld", "tld"},
}

// Class is one class of the table.
type Class struct {
	Name string // as in wordclass.tsv
	Var  string // the generated set
	Doc  string
}

// SetOf makes a set of the white-space separated words (for classes
// built from other data, and for tests).
func SetOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
