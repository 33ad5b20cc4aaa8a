// Segmentation for missing-space: an unknown lowercase or capitalised
// stretch is split where the split models say (missing_space_model.go);
// what they cannot weigh is a chain of three or four words (split: the
// likeliest segmentation under the word frequencies, each boundary judged
// by the model) and two function words run together (the closed class).

package missingspace

import (
	"github.com/stylelint-dev/stylelint/internal/textscan"
	"math"
	"slices"
	"strings"

	"github.com/stylelint-dev/stylelint/internal/lexicon"
	"github.com/stylelint-dev/stylelint/internal/wordclass"
)

// timeAdverbs follow a clause and end no compound.
var timeAdverbs = wordclass.TimeAdverbs

// neverEndName are clause words that no name ends in; unlike the rest of
// clauseWords (Jonathan, Goethe, Rowland, Duncan, Clare, Toronto,
// Gourinchas).
var neverEndName = wordclass.NeverEndName

// nameEndings are function words that often end a surname or a given name.
var nameEndings = wordclass.NameEndings

// commonWord reports whether a lowercase word is in the lexicon with a
// rank inside the configured limit.
func (c *msCheck) commonWord(w string) bool {
	r, ok := c.r.lex.Rank(w)
	return ok && r < c.r.maxRank || c.p.Env.Allowed(w)
}

// segment splits an unknown lowercase or capitalised stretch into words
// (tounnecessary → to unnecessary, Orlandoand → Orlando and).
func (c *msCheck) segment(seg string, base int) {
	shape := lexicon.Shape(seg)
	n := textscan.LetterCount(seg)
	if n < 3 || c.known(seg) {
		return
	}
	switch shape {
	case lexicon.Lower:
		if _, name := c.r.lex.Rank(titleCase(seg)); name || c.r.lex.Known(strings.ToUpper(seg)) {
			return // robinson, youtube: a name or brand written in lowercase
		}
		if c.attested(seg) > 1 {
			return // the article writes it so more than once
		}
		// One lost space: the model decides, and two function words are
		// two words whatever it says.
		cut, p, _ := c.splitModel(seg, base, false)
		pieces := c.split(seg)
		if p >= c.lower.Report {
			// Safe when the model is sure, or when the likeliest
			// segmentation under the frequencies agrees and both words
			// are common.
			agree := len(pieces) == 2 && len(pieces[0]) == cut && c.strongPiece(pieces[0]) && c.strongPiece(pieces[1])
			c.addModel(base+cut, p >= c.lower.Safe || agree, p)
			return
		}
		if cut := functionPair(seg); cut > 0 {
			c.add(base+cut, true)
			return
		}
		// A chain of three or four words (isnotthe, wasarrestedin) has
		// no cut into two listed words for the model to weigh: the
		// likeliest segmentation under the frequencies, if the model
		// finds each of its boundaries credible.
		if len(pieces) < 3 || c.looksMisspelt(seg) {
			return
		}
		if !c.chainCredible(seg, pieces) {
			// strideratethat, sortahomelessfor: where the chain's
			// first words may be one (a compound, a rare word), a
			// function word glued to its end is still cut when the model
			// takes the last two pieces for two words.
			last, prev := pieces[len(pieces)-1], pieces[len(pieces)-2]
			if pair := prev + last; functionWords[last] && len(last) >= 2 && c.pairProbability(pair, len(prev)) >= c.lower.Report {
				c.add(base+len(seg)-len(last), false)
			}
			return
		}
		if n <= 5 && !functionWords[pieces[0]] {
			return // a short token joins a function word to what follows (ina, sobad)
		}
		off := 0
		for _, p := range pieces[:len(pieces)-1] {
			off += len(p)
			c.add(base+off, false)
		}
	case lexicon.Title:
		// The model decides. (A capitalised word the article writes twice
		// is no less likely a join: a name glued to "said" recurs. Three
		// times is the article's own term: decideWord's wholeRepeated.)
		cut, p, _ := c.splitModel(seg, base, true)
		if p >= c.title.Report && !c.insideName(seg, cut, base) {
			c.addModel(base+cut, p >= c.title.Safe, p)
		} else if pronounBeforeFunction(seg) && c.attested(seg) <= 1 {
			// Iwas, Ihave: the pronoun I glued to a function word after
			// it. Web text writes such joins often enough for wordfreq
			// to list them (iwas, ithink), which the model reads as a word.
			c.add(base+1, false)
		}
	}
}

// pronounBeforeFunction reports whether a capitalised word is the pronoun I
// and a function word of three letters or more that ends no name (Iwas,
// Ihave; not Ione, Ian).
func pronounBeforeFunction(seg string) bool {
	t, ok := strings.CutPrefix(seg, "I")
	return ok && len(t) >= 3 && functionWords[t] && !nameEndings[t]
}

// functionPair returns where a lowercase word no list knows splits into
// two function words (ofthe, tothe, wasnot), or 0: the closed class's
// prior for the boundary, which the models cannot learn (the pool seldom
// loses the space between two function words, and web text writes the
// commonest such joins often enough for the frequency list to have them:
// ofthe, tothe). Not before a function word that ends words (as|her,
// i|son), nor after a particle (in, out, over: closed compounds), nor
// before a word of one or two letters. A capitalised one may be a name (Andover,
// Anand): the model judges those.
func functionPair(seg string) int {
	for cut := 2; cut+3 <= len(seg); cut++ {
		if h, t := seg[:cut], seg[cut:]; functionWords[h] && functionWords[t] && !particles[h] && !nameEndings[t] {
			return cut
		}
	}
	return 0
}

// insideName reports whether splitting seg at cut would leave a lowercase
// content word inside a run of capitalised words (the Childhelp National
// Hotline -> Child help National): a name phrase capitalises its content
// words and lowers only its function words (of, and, the), so a word that
// opens one is a name, not two words.
func (c *msCheck) insideName(seg string, cut, base int) bool {
	return !functionWords[seg[cut:]] && c.titleFollows(base+len(seg))
}

// chainCredible reports whether the model finds each boundary of a chain
// of three or four words (isnotthe, wasarrestedin) credible: every two
// neighbouring pieces, read as one word that lost its space, reach the
// veto. An unknown word that splits only into short words and rare ones
// (dill|it|antes, ergo|no|vine, pen|at|ration) is one word.
func (c *msCheck) chainCredible(seg string, pieces []string) bool {
	if c.r.freq.Zipf(seg) > 0 || lexicon.Rare(seg) {
		return false // a listed word (validator, hypothecation) or a rarer real word (touristry): the model alone may split it
	}
	for i := 0; i+1 < len(pieces); i++ {
		if c.pairProbability(pieces[i]+pieces[i+1], len(pieces[i])) < vetoBelow {
			return false
		}
	}
	return true
}

// pairProbability is the lowercase model's probability for splitting
// pair, two pieces of a chain read as one word, at cut.
func (c *msCheck) pairProbability(pair string, cut int) float64 {
	wf := wordFacts{zipf: c.r.freq.Zipf(pair), surprise: c.r.freq.CharSurprisal(pair), rare: lexicon.Rare(pair)}
	return c.lower.Probability(c.splitFeatures(pair, cut, wf, false))
}

// nameInside reports whether the document capitalises w inside a sentence
// (a name, as Trump in "said Trump"; Make and Type only start sentences).
func (c *msCheck) nameInside(w string) bool { return c.q.Capitalised(w) }

// titleCase capitalises the first letter of an ASCII lowercase word.
func titleCase(w string) string {
	if w == "" || w[0] < 'a' || w[0] > 'z' {
		return w
	}
	return string(w[0]-'a'+'A') + w[1:]
}

// strongPiece: a piece common enough that inserting the space is safe.
func (c *msCheck) strongPiece(p string) bool {
	if textscan.IsFunctionWord(p) {
		return true
	}
	r, ok := c.r.lex.Rank(p)
	return ok && r < 30000
}

// looksMisspelt reports whether a long unknown word is one typo away from
// a known word ("belives"): then it is a misspelling, not two words.
func (c *msCheck) looksMisspelt(w string) bool {
	if len(w) < 6 || !textscan.IsASCIILower(w) {
		return false
	}
	if m, ok := c.misspelt[w]; ok {
		return m
	}
	if c.misspelt == nil {
		c.misspelt = map[string]bool{}
	}
	m := c.misspelt1(w)
	c.misspelt[w] = m
	return m
}

func (c *msCheck) misspelt1(w string) bool {
	ok := func(s string) bool { r, found := c.r.lex.Rank(s); return found && r < 60000 }
	// Only the edits that undo a typo: a dropped letter (belives) or two
	// swapped letters. A deletion neighbour (astatement → statement) or a
	// substitution neighbour (henamed → renamed) is what a join looks
	// like, so they are not evidence of a typo.
	b := []byte(w)
	for i := 0; i+1 < len(b); i++ { // transposition
		b[i], b[i+1] = b[i+1], b[i]
		if ok(string(b)) {
			return true
		}
		b[i], b[i+1] = b[i+1], b[i]
	}
	ins := make([]byte, len(w)+1)
	// Not before the first letter: a typo rarely drops it, and "andmade"
	// is "and made", not "handmade".
	for i := 1; i <= len(w); i++ { // insertion, in one reused buffer
		copy(ins, w[:i])
		copy(ins[i+1:], w[i:])
		for ch := byte('a'); ch <= 'z'; ch++ {
			ins[i] = ch
			if ok(string(ins)) {
				return true
			}
		}
	}
	return false
}

// split is the likeliest segmentation of w into two to four words under
// the word frequencies (wordfreq): the noisy channel's H1, the sum of the
// pieces' log probabilities, each piece paying Params.PiecePenalty. A
// piece must be a real word (the lexicon within max-rank, or the
// vocabulary) and obey the closed classes' bounds (pieceCost). It returns
// nil when no split into at least two such pieces exists. The rule's
// callers judge the boundaries it proposes with the split models.
func (c *msCheck) split(w string) []string {
	const maxPieces = 4
	n := len(w)
	inf := math.Inf(1)
	best := make([]float64, n+1)
	from := make([]int, n+1)
	count := make([]int, n+1)
	for i := 1; i <= n; i++ {
		best[i] = inf
	}
	for i := 1; i <= n; i++ {
		for j := max(0, i-24); j < i; j++ {
			if best[j] == inf || count[j] >= maxPieces {
				continue
			}
			cost, ok := c.pieceCost(w[j:i])
			if !ok {
				continue
			}
			if v := best[j] + cost; v < best[i] {
				best[i], from[i], count[i] = v, j, count[j]+1
			}
		}
	}
	if best[n] == inf || count[n] < 2 {
		return nil
	}
	var pieces []string
	for i := n; i > 0; i = from[i] {
		pieces = append(pieces, w[from[i]:i])
	}
	slices.Reverse(pieces)
	return pieces
}

// pieceCost is a piece's cost in the segmentation, −ln P(piece) (a word
// the frequency list lacks priced at Params.FloorZipf) plus
// Params.PiecePenalty, and whether it may be a piece at all: a real word;
// of one letter only the article a, of two only the closed class of
// two-letter words; never an ending (suffixFragments); of three letters
// or fewer a function word or a word at least Params.ShortPieceZipf
// frequent.
func (c *msCheck) pieceCost(p string) (float64, bool) {
	if len(p) == 1 && p != "a" {
		return 0, false
	}
	if len(p) == 2 && !twoLetterWords[p] {
		return 0, false
	}
	if suffixFragments[p] && !functionWords[p] {
		return 0, false
	}
	if r, ok := c.r.lex.Rank(p); (!ok || r >= c.r.maxRank) && !c.p.Env.Allowed(p) {
		return 0, false
	}
	z := max(c.r.freq.Zipf(p), c.r.params.FloorZipf)
	if len(p) <= 3 && !functionWords[p] && !twoLetterWords[p] && z < c.r.params.ShortPieceZipf {
		return 0, false
	}
	return (9-z)*math.Ln10 + c.r.params.PiecePenalty, true
}

// compoundHeads, like the bound prefixes (see hyphen-break), build words
// with any word after them: as the first piece of a split they are a
// prefix, unless a function word follows (underthe, outa).
var compoundHeads = wordclass.CompoundHeads
