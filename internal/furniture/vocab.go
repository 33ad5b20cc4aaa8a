package furniture

import (
	"sync"

	"github.com/stylelint-dev/stylelint/internal/wordclass"
)

// The closed word classes the features read. They are fixed, published
// classes of English and of web page furniture (the vocabulary of share
// bars, comment widgets, sign-up boxes, credits, navigation, ads, legal
// footers and article metadata), not words seen in one article: the model
// learns how much each class counts.

// group is a class of furniture vocabulary.
type group struct {
	name  string
	words map[string]bool
}

// groups: the furniture vocabulary by the part of a page it comes from
// (classes of wordclass.tsv).
var groups = []group{
	{"social", wordclass.FurnitureSocial},
	{"comments", wordclass.FurnitureComments},
	{"newsletter", wordclass.FurnitureNewsletter},
	{"credit", wordclass.FurnitureCredit},
	{"nav", wordclass.FurnitureNav},
	{"ad", wordclass.FurnitureAd},
	{"legal", wordclass.FurnitureLegal},
	{"meta", wordclass.FurnitureMeta},
}

// Word class bits of a lowercase word (classes).
const (
	clFunction = 1 << iota
	clYou
	clMonth
	clGroups // groups[g] is bit clGroups+g
)

// classes maps a lowercase word to its class bits: one lookup per word
// instead of one per class.
var classes = sync.OnceValue(func() map[string]uint32 {
	m := map[string]uint32{}
	for w := range wordclass.Function {
		m[w] |= clFunction
	}
	for _, w := range []string{"you", "your", "yours"} {
		m[w] |= clYou
	}
	for w := range wordclass.Months {
		m[w] |= clMonth
	}
	for w := range wordclass.Weekdays {
		m[w] |= clMonth
	}
	for g, gr := range groups {
		for w := range gr.words {
			m[w] |= 1 << (clGroups + g)
		}
	}
	return m
})
