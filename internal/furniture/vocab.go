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

// groups: the furniture vocabulary by the part of a page it comes from.
var groups = []group{
	{"social", wordclass.SetOf(`share shares shared sharing tweet tweets retweet twitter facebook
	pinterest linkedin instagram whatsapp reddit tumblr youtube tiktok follow followers
	like likes email print pin digg stumbleupon flipboard telegram`)},
	{"comments", wordclass.SetOf(`comment comments commenting reply replies replying discussion
	moderated moderation login log logged register disqus reader readers said`)},
	{"newsletter", wordclass.SetOf(`subscribe subscribed subscription subscriptions newsletter
	newsletters inbox signup sign alerts unsubscribe delivered daily weekly updates join
	mailing free`)},
	{"credit", wordclass.SetOf(`photo photos photograph photographer image images picture pictures
	credit credits courtesy getty reuters ap afp shutterstock istock file caption video
	videos gallery illustration source via`)},
	{"nav", wordclass.SetOf(`home next previous prev back top more read related recent popular
	trending latest menu search click here older newer continue page pages see all view
	section sections categories category archive archives index skip main`)},
	{"ad", wordclass.SetOf(`advertisement advertisements advertising advert ad ads sponsored sponsor
	promoted partner deals offer shop buy sale discount coupon`)},
	{"legal", wordclass.SetOf(`copyright rights reserved privacy policy terms conditions cookie
	cookies disclaimer trademark trademarks licence license licensed gdpr consent accept`)},
	{"meta", wordclass.SetOf(`posted published updated update filed tagged tags tag topics topic
	author authors byline by editor editors staff writer correspondent contributor min
	minute minutes ago reading edited reporting am pm est edt gmt bst pst pdt utc`)},
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
