package missingspace

import (
	"bytes"
	"fmt"
	"github.com/stylelint-dev/stylelint/internal/fitted"
	"github.com/stylelint-dev/stylelint/internal/registry"
	"github.com/stylelint-dev/stylelint/internal/textscan"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/stylelint-dev/stylelint/internal/lexicon"
	"github.com/stylelint-dev/stylelint/internal/lint"
	"github.com/stylelint-dev/stylelint/internal/wordclass"
	"github.com/stylelint-dev/stylelint/internal/wordfreq"
)

// missingSpace finds words run together by scraping: "forGypsy",
// "tounnecessary", "boyfriend,Nick", "2015.The". It reports one diagnostic
// per missing space, with a fix that inserts it.
//
// Every whitespace-separated chunk is first checked cheaply against the
// lexicon; only chunks that fail (a few per cent) are analysed: punctuation
// joins, case boundaries, digit boundaries, contractions, and finally a
// Zipf-cost segmentation of unknown words. Names the lexicon does not know
// are recognised from the document itself (a word that also stands alone
// elsewhere in the text).
type missingSpace struct {
	lex     *lexicon.Lexicon
	freq    *wordfreq.Table
	maxRank int
	params  Params // the named numbers outside the models (missing_space_params.go)
	// The models that weigh the splits of unknown words, capitalised and
	// lowercase (missing_space_model.go); observe, if set, sees every
	// word they weighed (the trainer).
	titleModel, lowerModel, caseModel *fitted.Model
	// The same decisions as gradient-boosted trees, for articles.
	titleTrees, lowerTrees, caseTrees *fitted.Model
	observe                           func(SplitCandidate)
}

var missingSpaceMeta = lint.Meta{
	ID:       "missing-space",
	Doc:      "Words run together by scraping (forGypsy, tounnecessary, boyfriend,Nick, 2015.The).",
	Severity: lint.Warning,
	Fixable:  true,
}

type missingSpaceOptions struct {
	// MaxRank is the rarest lexicon rank a piece of a split may have.
	MaxRank int `yaml:"max-rank" doc:"Rarest word (lexicon rank) a split may produce; lower is stricter."`
}

// missingSpaceDefaults are the options' defaults, written once.
var missingSpaceDefaults = missingSpaceOptions{MaxRank: 70000}

func init() {
	registry.Register(registry.Spec{
		Defaults: missingSpaceDefaults,
		Explain: `missing-space finds words run together where a space was lost: scrapers
drop the white space at the edge of a link or an emphasis, and punctuation
loses the space after it.

Reports: forGypsy -> for Gypsy, tounnecessary -> to unnecessary,
boyfriend,Nick -> boyfriend, Nick, 2015.The -> 2015. The, May2014 -> May 2014,
Dakota'sDepartment -> Dakota's Department, and an acronym or a name the
article writes alone glued to a word (KQEDexplains, SoftBankworth).
Never reports: URLs, e-mail addresses, handles, file names and code
(iPhone, JavaScript, xhr.withCredentials, and a word the article also
writes as code), names the lexicon or the article
knows (McDonald, DeSantis), words people write whole even if they split
(alot, storebought: a frequency list decides), the halves of a word broken
by a hyphen (those are hyphen-break's).

Fix: insert the space. Safe when the evidence is strong (a function word,
a case change after a listed word, punctuation before a capital); unsafe
otherwise. Option: max-rank (rarest lexicon word a split may produce).`,
		Meta: missingSpaceMeta,
		New: func(_ *registry.Context, decode func(any) error) (lint.Rule, error) {
			o := missingSpaceDefaults
			if err := decode(&o); err != nil {
				return nil, err
			}
			if o.MaxRank <= 0 {
				return nil, fmt.Errorf("max-rank must be positive")
			}
			return newMissingSpace(o.MaxRank, fittedParams), nil
		},
	})
}

// newMissingSpace returns the rule with the built-in models, max-rank and
// the parameters p.
func newMissingSpace(maxRank int, p Params) *missingSpace {
	return &missingSpace{lex: lexicon.Get(), freq: wordfreq.Get(), maxRank: maxRank, params: p,
		titleModel: &builtinTitleSplitModel, lowerModel: &builtinLowerSplitModel, caseModel: &builtinCaseSplitModel,
		titleTrees: &builtinTitleSplitTrees, lowerTrees: &builtinLowerSplitTrees, caseTrees: &builtinCaseSplitTrees}
}

func (*missingSpace) Meta() lint.Meta { return missingSpaceMeta }

// join is one missing space at a byte offset of the document.
type join struct {
	at   int
	safe bool
	conf float64 // the split model's probability; 0 for a closed-class decision
}

type msCheck struct {
	r     *missingSpace
	p     *lint.Pass
	text  []byte
	str   string              // text as a string (a view: no copy per chunk)
	q     *textscan.Questions // the document's words: counts, names, identifiers
	joins []join
	memo  map[string][]join // unknown word -> its joins, relative to the word
	// misspelt caches looksMisspelt (asked by the split model and the
	// segmentation of the same word).
	misspelt map[string]bool
	// The split models for this document: trees for an article (see
	// treesFrom), the logistic models for a short text.
	title, lower, cased *fitted.Model
	// commas holds the joins after a comma (boyfriend,Nick) until the
	// document is read: see Params.CommaHabit.
	commas []pending
	others int // the other joins reported
	// quotes counts straight quotes on a line (see quoteCloses): up to
	// offset quotes.at, on the line that starts at quotes.line.
	quotes struct{ line, at, n int }
}

// pending is a finding held back: report's arguments.
type pending struct {
	start, end, at int
	safe           bool
	conf           float64
}

// treesFrom: a text of at least this many words is an article, and its
// splits are decided by the trees. They weigh the article's own evidence
// (does it use the pieces alone, the whole form elsewhere) in combination,
// and were fitted on articles; a short text (a sentence, a paragraph) has
// little such evidence, and the logistic models, which add it up, judge it
// as their tests do. Every article of the pool has more.
const treesFrom = 150

// newCheck starts the check of one document, with the split models its
// length calls for.
func (r *missingSpace) newCheck(p *lint.Pass) *msCheck {
	c := &msCheck{r: r, p: p, text: p.Doc.Text, str: textscan.DocText(p.Doc), q: textscan.Ask(p.Doc)}
	c.title, c.lower, c.cased = r.titleModel, r.lowerModel, r.caseModel
	// The trainer sees the logistic models' decisions (its candidates must
	// not depend on the trees it fits).
	if r.observe == nil && textscan.HasChunks(p.Doc.Text, treesFrom) {
		c.title, c.lower, c.cased = r.titleTrees, r.lowerTrees, r.caseTrees
	}
	return c
}

func (r *missingSpace) Check(p *lint.Pass) {
	c := r.newCheck(p)
	p.Doc.ForChunks(c.chunk)
	if len(c.commas) < c.r.params.CommaHabit || len(c.commas) <= c.others {
		for _, f := range c.commas {
			c.emit(f.start, f.end, f.at, f.safe, f.conf)
		}
	}
}

// fastKnown reports whether a chunk is a plain known word with at most
// trailing punctuation: the common case, decided without allocating much.
func (c *msCheck) fastKnown(t []byte) bool {
	end := len(t)
	for end > 0 && strings.IndexByte(`.,;:!?)"'`, t[end-1]) >= 0 {
		end--
	}
	if end == 0 {
		return true
	}
	for i := 0; i < end; i++ {
		b := t[i]
		if b >= 'a' && b <= 'z' || i == 0 && b >= 'A' && b <= 'Z' {
			continue
		}
		return false
	}
	if end <= 2 {
		return true
	}
	return c.r.lex.Known(string(t[:end]))
}

func (c *msCheck) chunk(s, e int) {
	t := c.text[s:e]
	if c.fastKnown(t) {
		return
	}
	str := c.str[s:e]
	ts, te := textscan.TrimChunk(str)
	if textscan.NotProse(str) {
		// links, addresses and code: only a word glued to one of them
		w := str[ts:te]
		c.beforeLink(w, s+ts)
		c.beforeScheme(w, s+ts)
		c.afterDomain(w, s+ts)
		c.afterCall(w, s+ts)
		c.beforeEmail(w, s+ts)
		c.afterParenLabel(w, s+ts)
		return
	}
	if te-ts < 3 || c.hyphenFragment(s, e) {
		return
	}
	c.joins = c.joins[:0]
	parts := textscan.SplitWords(str[ts:te], s+ts)
	for i, w := range parts {
		if !w.Word {
			continue
		}
		c.inWord(w.Text, w.Start)
		if i+2 < len(parts) && !parts[i+1].Word && parts[i+2].Word {
			c.punct(w, parts[i+1], parts[i+2])
		}
	}
	if len(c.joins) == 0 {
		return
	}
	// One join per place, the first step's that found it: two steps may
	// find the same space (a possessive before a capital), and each
	// finding's words run from the join before it to the one after.
	sort.SliceStable(c.joins, func(i, j int) bool { return c.joins[i].at < c.joins[j].at })
	c.joins = slices.CompactFunc(c.joins, func(a, b join) bool { return a.at == b.at })
	lo, hi := s+ts, s+te
	c.joins = c.likelier(c.joins, lo, hi)
	for k, j := range c.joins {
		// The words on either side of the space, and no further: not past
		// the joins beside it (each stretch between two joins is read at
		// most twice), nor past punctuation into the next word of a list
		// (noatime,nodiratime,nobarrier).
		from, to := lo, hi
		if k > 0 {
			from = c.joins[k-1].at
		}
		if k+1 < len(c.joins) {
			to = c.joins[k+1].at
		}
		c.report(c.wordBefore(j.at, from), c.wordAfter(j.at, to), j)
	}
}

// listSep reports whether the byte at i separates the items of a list (a
// comma or semicolon, not the comma of 18,953): a finding's span does not
// run past one into the next item.
func (c *msCheck) listSep(i int) bool {
	return (c.text[i] == ',' || c.text[i] == ';') && !c.digitsAround(i)
}

// wordBefore returns where the words before the space at at start: past
// the punctuation right before it (boyfriend, in boyfriend,Nick;
// shootings,” in shootings,”Massey), back to
// the list separator before that (noatime,nodiratime,nobarrier), at lo at
// most.
func (c *msCheck) wordBefore(at, lo int) int {
	i := at
	for i > lo {
		r, n := utf8.DecodeLastRuneInString(c.str[lo:i])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			break
		}
		i -= n
	}
	for i > lo && !c.listSep(i-1) {
		i--
	}
	return i
}

// wordAfter returns where the words after the space at at end: at the
// next list separator, at hi at most.
func (c *msCheck) wordAfter(at, hi int) int {
	i := at
	for i < hi && !c.listSep(i) {
		i++
	}
	return i
}

// digitsAround reports whether the byte at i sits between two digits
// (the comma of 18,953, the point of 3.5).
func (c *msCheck) digitsAround(i int) bool {
	return i > 0 && i+1 < len(c.text) && c.text[i-1] >= '0' && c.text[i-1] <= '9' && c.text[i+1] >= '0' && c.text[i+1] <= '9'
}

// hyphenFragment reports whether the chunk [s, e) is one half of a word
// broken by a hyphen (histo-⏎rians, ubiqui-⏎tous, min -⏎⏎istry, to- gether):
// it ends with a hyphen, or a hyphen after a letter comes before it with
// only white space between. Such halves are hyphen-break's to join;
// judged on their own they look like joins (tous, istry).
func (c *msCheck) hyphenFragment(s, e int) bool {
	t := c.text
	if t[e-1] == '-' && e-2 >= s && isLetterByte(t[e-2]) {
		return true
	}
	if e < len(t) && t[e] == ' ' && e+1 < len(t) && t[e+1] == '-' && (e+2 == len(t) || t[e+2] == '\n' || t[e+2] == '\r') {
		return true // organisa -⏎
	}
	i := s - 1
	for i >= 0 && (t[i] == ' ' || t[i] == '\n' || t[i] == '\r' || t[i] == '\t') {
		i--
	}
	if i == s-1 || i < 1 || t[i] != '-' {
		return false
	}
	j := i - 1
	if t[j] == ' ' && j >= 1 {
		j-- // min -⏎⏎istry
	}
	return isLetterByte(t[j]) && bytes.ContainsAny(t[i+1:s], "\n ")
}

// isLetterByte reports an ASCII letter or a byte of a multi-byte rune.
func isLetterByte(b byte) bool {
	return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || b >= 0x80
}

// likelier keeps the joins whose split of a word of letters is likelier
// than the word itself under the frequency list: with P(w) the word's
// frequency, a join of a and b stays when log P(a) + log P(b) exceeds
// log P(ab) by Params.SplitMargin. A word the list lacks keeps its joins (names
// and rare words are judged by the segmentation). Joins next to
// punctuation or digits, at a change of case (DeeDee, theCMS: the list is
// lowercase and cannot weigh that evidence), and joins whose two words
// the document itself writes apart are not judged here.
func (c *msCheck) likelier(joins []join, lo, hi int) []join {
	out := joins[:0]
	for k, j := range joins {
		start, end := lo, hi
		if k > 0 {
			start = joins[k-1].at
		}
		if k+1 < len(joins) {
			end = joins[k+1].at
		}
		w, a, b := c.str[start:end], c.str[start:j.at], c.str[j.at:end]
		if allLetters(w) && !caseChange(a, b) && !strings.Contains(c.str, a+" "+b) {
			if z := c.r.freq.Zipf(w); z > 0 {
				za, zb := c.r.freq.Zipf(a), c.r.freq.Zipf(b)
				if za == 0 || zb == 0 || (za-9)+(zb-9)-(z-9) < c.r.params.SplitMargin {
					continue
				}
			}
		}
		out = append(out, j)
	}
	return out
}

// caseChange reports whether a ends in a lowercase letter and b starts
// with a capital.
func caseChange(a, b string) bool {
	l, _ := utf8.DecodeLastRuneInString(a)
	u, _ := utf8.DecodeRuneInString(b)
	return unicode.IsLower(l) && unicode.IsUpper(u)
}

// allLetters reports whether s is a non-empty run of letters.
func allLetters(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return s != ""
}

// report reports the missing space at offset at, inside the word or
// words [start, end) it is shown with.
func (c *msCheck) report(start, end int, j join) {
	if j.at > 0 && c.text[j.at-1] == ',' {
		c.commas = append(c.commas, pending{start, end, j.at, j.safe, j.conf})
		return
	}
	c.others++
	c.emit(start, end, j.at, j.safe, j.conf)
}

// emit reports the join; a split model's decision carries its
// probability as the finding's confidence.
func (c *msCheck) emit(start, end, at int, safe bool, conf float64) {
	src := c.p.Doc.Src
	c.p.Report(lint.Diagnostic{
		Start: start, End: end, Confidence: conf,
		Message: fmt.Sprintf("missing space: %q should be %q", src[start:end], string(src[start:at])+" "+string(src[at:end])),
		Fixes: []lint.Fix{{
			Message: "insert a space",
			Safe:    safe,
			Edits:   []lint.Edit{{Start: at, End: at, New: " "}},
		}},
	})
}

func (c *msCheck) add(at int, safe bool) { c.joins = append(c.joins, join{at: at, safe: safe}) }

// addModel adds a join a split model decided, with its probability.
func (c *msCheck) addModel(at int, safe bool, p float64) {
	c.joins = append(c.joins, join{at: at, safe: safe, conf: p})
}

// known reports whether w is a word: lexicon, user vocabulary.
func (c *msCheck) known(w string) bool {
	if c.r.lex.Known(w) || c.p.Env.Allowed(w) {
		return true
	}
	// isn’t, o’clock: the lexicon writes the apostrophe straight
	return strings.Contains(w, "’") && c.r.lex.Known(strings.ReplaceAll(w, "’", "'"))
}

// knownInflected reports whether w is an inflection of a listed word that
// the lexicon lacks: a plural or third person (usurpations, formatters),
// or a listed word with -ed, -ing, -ly, -er, -est, the last consonant
// doubled or the final e dropped as spelling wants (cymballed,
// transfixedly). A join ends in a word, and "s", "ed", "ing", "ly" are
// none.
func (c *msCheck) knownInflected(w string) bool {
	if stem, ok := strings.CutSuffix(w, "s"); ok && len(stem) >= 5 && !strings.HasSuffix(stem, "s") && !strings.HasSuffix(stem, "'") && !strings.HasSuffix(stem, "’") {
		if c.known(stem) {
			return true
		}
		if y, ok := strings.CutSuffix(stem, "ie"); ok && c.known(y+"y") {
			return true
		}
		if e, ok := strings.CutSuffix(stem, "e"); ok && (strings.HasSuffix(e, "sh") || strings.HasSuffix(e, "ch") || strings.HasSuffix(e, "x")) {
			return c.known(e)
		}
		return false
	}
	for _, suf := range inflections {
		stem, ok := strings.CutSuffix(w, suf)
		if !ok || len(stem) < 4 || !textscan.IsASCIILower(stem) {
			continue
		}
		n := len(stem)
		return c.known(stem) || c.known(stem+"e") || stem[n-1] == stem[n-2] && c.known(stem[:n-1])
	}
	return false
}

var inflections = []string{"ing", "ed", "ly", "est", "er"}

// prefixed reports whether w is a prefix and a listed word of four letters
// or more that is no function word (unappalled, antimonopoly, cowrote): a
// derived word the lexicon lacks, not a join (overthe is one).
func (c *msCheck) prefixed(w string) bool {
	if sh := lexicon.Shape(w); sh != lexicon.Lower && sh != lexicon.Title {
		return false // offBroadway is two words
	}
	low := strings.ToLower(w)
	if !textscan.IsASCIILower(low) {
		return false
	}
	for i := 2; i <= 7 && i <= len(low)-4; i++ {
		if p, rest := low[:i], low[i:]; (prefixes[p] || compoundHeads[p] || p == "un") && !functionWords[rest] && c.known(rest) {
			return true
		}
	}
	return false
}

// attested counts how often w stands alone as a word in the document.
func (c *msCheck) attested(w string) int { return c.q.Count(w) }

// identifier reports whether the document uses w as an identifier
// (@WhiteHouse, AndroidManifest.xml).
func (c *msCheck) identifier(w string) bool { return c.q.Identifier(w) }

// capitalRuns counts the capitalised humps of a word (a capital followed
// by lowercase letters): SuggestedFix has 2, iPhone 1.
func capitalRuns(runs []caseRun) int {
	n := 0
	for k := 0; k+1 < len(runs); k++ {
		if runs[k].class == clUpper && runs[k+1].class == clLower {
			n++
		}
	}
	return n
}

// caseRun describes a maximal run of one case class inside a word.
type caseRun struct {
	start, end int // byte offsets in the word
	class      byte
}

const (
	clLower = 'l'
	clUpper = 'u'
	clDigit = 'd'
	clApos  = 'a'
	clOther = 'o'
)

func runesClass(r rune) byte {
	switch {
	case unicode.IsLower(r):
		return clLower
	case unicode.IsUpper(r):
		return clUpper
	case unicode.IsDigit(r):
		return clDigit
	case textscan.IsApostrophe(r):
		return clApos
	case unicode.IsMark(r):
		return 0 // joins the previous run
	}
	return clOther
}

func caseRuns(w string) []caseRun {
	var runs []caseRun
	for i, r := range w {
		cl := runesClass(r)
		n := utf8.RuneLen(r)
		if len(runs) > 0 && (cl == 0 || runs[len(runs)-1].class == cl) {
			runs[len(runs)-1].end = i + n
			continue
		}
		if cl == 0 {
			cl = clOther
		}
		runs = append(runs, caseRun{i, i + n, cl})
	}
	return runs
}

// inWord looks for missing spaces inside one word (letters, digits and
// inner apostrophes), at offset base of the document.
func (c *msCheck) inWord(w string, base int) {
	if len(w) > maxJoinBytes || c.known(w) || c.known(textscan.StripPossessive(w)) { // known: the lexicon or the vocabulary
		return
	}
	// The verdict on a word depends only on the word and the document, and
	// unknown words (names) recur: decide each once per document.
	if js, ok := c.memo[w]; ok {
		for _, j := range js {
			c.joins = append(c.joins, join{base + j.at, j.safe, j.conf})
		}
		return
	}
	n := len(c.joins)
	if !c.knownInflected(w) && !c.prefixed(w) && !hexDigest(w) {
		c.decideWord(w, base)
	}
	if len(c.joins) > n && c.identifier(w) {
		// @WhiteHouse, AndroidManifest.xml elsewhere: a name, not a join.
		c.joins = c.joins[:n]
	}
	var rel []join
	for _, j := range c.joins[n:] {
		rel = append(rel, join{j.at - base, j.safe, j.conf})
	}
	if c.memo == nil {
		c.memo = map[string][]join{}
	}
	c.memo[w] = rel
}

func (c *msCheck) decideWord(w string, base int) {
	runs := caseRuns(w)
	if humps := capitalRuns(runs); runs[0].class == clUpper && humps >= 3 {
		return // PathMatchUnvalidated: identifiers and brands, not joins
	}
	if c.attested(w) >= wholeRepeated {
		return // MOVEit, isVueModule x4: the article's own term, not a join
	}
	// Split the word into segments at the boundaries we find, then try to
	// segment whatever is left that is still not a word.
	cuts := []int{0}
	for k := 1; k < len(runs); k++ {
		prev, cur := runs[k-1], runs[k]
		switch {
		case prev.class == clLower && cur.class == clUpper:
			if runs[0].class == clLower && c.codeDense() && !(textscan.IsFunctionWord(w[:prev.end]) && k == 1 && c.standsAlone(caseRight(w, runs, k))) {
				continue // reducedDebugInfo in a text that shows code: an identifier
			}
			if k == 1 && k+2 == len(runs) && runs[2].class == clDigit && cur.end-cur.start <= 3 &&
				functionWords[w[:prev.end]] && !particles[w[:prev.end]] && prev.end >= 2 {
				c.add(base+cur.start, false) // ofM83, theG7: a function word and a code name
				cuts = append(cuts, cur.start)
			} else if at := c.nameFunctionName(w, runs, k); at > 0 {
				c.add(base+at, false)
				c.add(base+cur.start, false)
				cuts = append(cuts, at, cur.start)
			} else if c.caseDecision(w, runs, k, base) {
				cuts = append(cuts, cur.start)
			} else if fw, ok := c.beforeDate(w, runs, k, base); ok {
				// SolosonOctober 22, OnAugust 3: a date glued to the word
				// before, where the case model (which weighs the word
				// alone) declines. The pieces are not segmented further.
				if fw > 0 {
					c.add(base+fw, false)
				}
				c.add(base+cur.start, false)
			} else if at := c.chainAtCase(w, cur.start, base); at > 0 {
				cuts = append(cuts, at, cur.start)
			}
		case prev.class == clUpper && cur.class == clLower && prev.end-prev.start >= 3 && k+1 == len(runs):
			// MLBis: an acronym glued to a function word, whatever "Bis"
			// is (not "an", which ends names: PCMan). An acronym before a
			// content word (SYNCplatform) is no such closed class: on
			// pool validation that rule was right 15 times in 26 (train:
			// 22 in 25) and it went. A particle (in, on) builds closed
			// compounds (LOGin): only after an acronym the article writes
			// alone (ILOin).
			if low := w[cur.start:cur.end]; functionWords[low] && (!particles[low] || c.attested(w[prev.start:prev.end]) > 0) && low != "an" && len(low) >= 2 &&
				!suffixFragments[low] && c.commonWord(low) {
				c.add(base+cur.start, false)
				cuts = append(cuts, cur.start)
			} else if at := c.acronymJoin(w, runs, k); at > 0 {
				c.add(base+at, false)
				cuts = append(cuts, at)
			}
		case prev.class == clLower && cur.class == clDigit:
			// and12, to185: a function word glued to a number
			if lw := w[runStart(runs, k-1):prev.end]; textscan.IsFunctionWord(lw) && textscan.LetterCount(lw) >= 2 && k-1 == firstLetterRun(runs, k-1) && isNumber(w[cur.start:]) {
				c.add(base+cur.start, textscan.LetterCount(lw) >= 3 && textscan.IsDigits(w[cur.start:cur.end]) && k+1 == len(runs))
				cuts = append(cuts, cur.start)
			} else if firstLetterRun(runs, k-1) == 0 && k+1 == len(runs) && months[strings.ToLower(lw)] && year(w[cur.start:]) {
				c.add(base+cur.start, false) // May2014: a month glued to its year
				cuts = append(cuts, cur.start)
			} else if k == 1 && lw == "a" && (k+1 == len(runs) || k+2 == len(runs) && units[w[runs[k+1].start:]]) && !c.afterDeterminer(base) {
				// a3, a20mm: the article glued to a number (no clean text of
				// the pool writes a lowercase a before digits); not after
				// another determiner (the a14: a code)
				c.add(base+cur.start, false)
				cuts = append(cuts, cur.start)
			}
		case prev.class == clDigit && cur.class == clLower:
			// 3that, 18,953and
			low := w[cur.start:cur.end]
			// 140and1,97,666: the word may be glued to the next number too
			last := k+1 == len(runs) || k+2 == len(runs) && runs[k+1].class == clDigit && textscan.LetterCount(low) >= 3
			if last && textscan.IsFunctionWord(low) && textscan.LetterCount(low) >= 2 && !units[low] && prev.start == 0 && !c.afterDecimalPoint(base) {
				c.add(base+cur.start, textscan.LetterCount(low) >= 3) // 3that is never a unit
				cuts = append(cuts, cur.start)
			}
		case prev.class == clDigit && cur.class == clUpper && k+2 == len(runs) && runs[k+1].class == clLower:
			// 50Airbus, 2001Gucci: a number glued to a name the article
			// writes alone (a brand that starts with digits, 1Password,
			// 4Motion, is written so every time)
			if right := w[cur.start:]; runStart(runs, k-1) == 0 && textscan.IsDigits(w[:cur.start]) && cur.end-cur.start == 1 && textscan.LetterCount(right) >= 3 &&
				c.attested(right) > 0 && c.attested(w) <= 1 {
				c.add(base+cur.start, false)
				cuts = append(cuts, cur.start)
			}
		case prev.class == clApos && cur.class == clLower && k >= 2:
			c.contraction(w, runs, k, base)
			c.cliticBeforeCapital(w, runs, k, base)
			if k == len(runs)-1 && clitic(w[cur.start:]) {
				c.beforeClitic(w[:prev.start], w[cur.start:], base)
			}
		}
	}
	if len(cuts) == 1 && lexicon.Shape(w) == lexicon.Other {
		if at := c.mixedCaseJoin(w); at > 0 {
			c.add(base+at, false)
			return
		}
	}
	cuts = append(cuts, len(w))
	// Segment unknown lowercase or capitalised stretches between cuts.
	for i := 0; i+1 < len(cuts); i++ {
		seg := w[cuts[i]:cuts[i+1]]
		if strings.ContainsAny(seg, "'’0123456789") {
			continue
		}
		c.segment(seg, base+cuts[i])
	}
}

// codeDense reports whether the document shows code (textscan.CodeChunks,
// at least codeDensity chunks): there a lowercase word humped by a capital
// (withCredentials, reducedDebugInfo) is an identifier, unless it is a
// function word glued to a word the text writes alone (forGypsy).
func (c *msCheck) codeDense() bool {
	return textscan.CodeChunks(c.p.Doc) >= codeDensity
}

// codeDensity: the code chunks that make a document one that shows code.
const codeDensity = 2

// caseRight returns the capitalised word that starts at runs[k] (its
// capitals and the lowercase run after them).
func caseRight(w string, runs []caseRun, k int) string {
	if k+1 < len(runs) && runs[k+1].class == clLower {
		return w[runs[k].start:runs[k+1].end]
	}
	return w[runs[k].start:runs[k].end]
}

// standsAlone reports whether the document writes w as a word of its own,
// or capitalised inside a sentence (a name).
func (c *msCheck) standsAlone(w string) bool {
	w = textscan.StripPossessive(w)
	return c.attested(w) > 0 || len(w) >= 2 && c.nameInside(w)
}

// chainAtCase finds three words run together across a change of case at
// cut (JohnstoninComics, TwitterorFacebook) where the case model, weighing
// the word whole, declines: the left side is no word, so that model's
// evidence is missing. When the split model splits the left side into two
// words (Johnston|in) and the case model takes the word it leaves at the
// change of case (inComics) for a join, both spaces are reported, each
// judged by its own model as a two-word join is. It returns where the
// other space goes, or 0. (Splitting the right side instead, Emmanuel
// Macron|and, found nothing on the pool's halves or the devset, and
// went.) Not in the trainer's run: the models are fitted on single
// boundaries.
func (c *msCheck) chainAtCase(w string, cut, base int) int {
	if c.r.observe != nil {
		return 0
	}
	if at, ok := textscan.CaseJoin(w); !ok || at != cut {
		return 0
	}
	left := w[:cut]
	if c.known(left) || c.r.freq.Zipf(left) > 0 || textscan.LetterCount(left) < 5 {
		return 0
	}
	var at int
	var p float64
	switch lexicon.Shape(left) {
	case lexicon.Lower:
		if at, p, _ = c.splitModel(left, base, false); p < c.lower.Report {
			return 0
		}
	case lexicon.Title:
		if at, p, _ = c.splitModel(left, base, true); p < c.title.Report {
			return 0
		}
	default:
		return 0
	}
	if q := c.caseModel(w[at:], cut-at, base+at); q >= c.cased.Report {
		c.addModel(base+at, false, p)
		c.addModel(base+cut, false, q)
		return at
	}
	return 0
}

// wholeRepeated: a word the article writes this often is its own term
// (a brand, an identifier): a lost space recurs at the same place rarely
// (pool train: 61 findings on three such words were all false, no
// labelled join of letters recurs three times).
const wholeRepeated = 3

// maxJoinBytes: words run together where a space or two was lost are a
// few words long (a split yields at most four pieces of at most 24
// letters). A longer token is a hash, base64, or text that lost all its
// spaces, and judging it would cost time quadratic in its length.
const maxJoinBytes = 100

// isNumber reports whether s is digits with thousands separators or a
// decimal point (140, 1,97,666, 12.9).
func isNumber(s string) bool {
	if s == "" || s[0] < '0' || s[0] > '9' {
		return false
	}
	for i := 0; i < len(s); i++ {
		if b := s[i]; (b < '0' || b > '9') && b != ',' && b != '.' {
			return false
		}
	}
	return true
}

// hexDigest reports whether w looks like a commit hash or a checksum
// (f85661c3bca9…): hexadecimal digits and letters, seven or more.
func hexDigest(w string) bool {
	if len(w) < 7 {
		return false
	}
	digits, letters := 0, 0
	for i := 0; i < len(w); i++ {
		switch b := w[i]; {
		case b >= '0' && b <= '9':
			digits++
		case b >= 'a' && b <= 'f' || b >= 'A' && b <= 'F':
			letters++
		default:
			return false
		}
	}
	return digits > 0 && letters > 0
}

// afterDecimalPoint reports whether the word at off follows "digit." (the
// fraction of 1.8so is a table cell or a version, not a glued count).
func (c *msCheck) afterDecimalPoint(off int) bool {
	return off >= 2 && c.text[off-1] == '.' && c.text[off-2] >= '0' && c.text[off-2] <= '9'
}

// mixedCaseJoin finds a function word glued to a listed mixed-case name,
// before it (theiPhone) or after it (DiCaprioand, McDonaldthe), and a
// common word glued to a mixed-case name the article writes alone.
func (c *msCheck) mixedCaseJoin(w string) int {
	for i := 1; i < len(w) && i <= 5; i++ {
		if head, rest := w[:i], w[i:]; textscan.IsASCIILower(head) && functionWords[head] && !particles[head] && lexicon.Shape(rest) == lexicon.Other {
			if _, ok := c.r.lex.Rank(rest); ok {
				return i
			}
		}
	}
	for i := len(w) - 2; i >= len(w)-5 && i > 2; i-- {
		if head, tail := w[:i], w[i:]; textscan.IsASCIILower(tail) && (len(tail) >= 3 && !particles[tail] || twoAfterName[tail]) && functionWords[tail] && lexicon.Shape(head) == lexicon.Other {
			if _, ok := c.r.lex.Rank(head); ok {
				return i
			}
		}
	}
	// SoftBankearlier: any mixed-case name before a word that ends no
	// name or compound, so the name need not be listed.
	for i := len(w) - 4; i >= len(w)-9 && i > 3; i-- {
		if head, tail := w[:i], w[i:]; (timeAdverbs[tail] || neverEndName[tail] && len(tail) >= 4) && lexicon.Shape(head) == lexicon.Other && textscan.IsASCIILower(head[len(head)-1:]) {
			return i
		}
	}
	// SoftBank ... SoftBankworth, Zelensky ... VolodymyrZelenskyand: a
	// mixed-case name the article writes alone (or its last capitalised
	// part, when that is no common word), then a common lowercase word.
	if c.attested(w) > 1 {
		return 0
	}
	for i := len(w) - 3; i >= 2; i-- {
		head, tail := w[:i], w[i:]
		if !textscan.IsASCIILower(tail) || !c.commonWord(tail) || suffixFragments[tail] || lexicon.Shape(head) != lexicon.Other {
			continue
		}
		if c.attested(head) > 0 {
			return i
		}
		j := strings.LastIndexFunc(head, unicode.IsUpper)
		if hump := head[max(j, 0):]; j > 0 && lexicon.Shape(hump) == lexicon.Title && len(hump) >= 3 && !c.commonWord(strings.ToLower(hump)) && c.attested(hump) > 0 {
			return i
		}
	}
	return 0
}

// twoAfterName are the two-letter words that follow a listed mixed-case
// name (PhDin, iPhoneis); only a name the lexicon lists, since names
// themselves end in them (LinkedIn is Title-cased, McKinnon is listed).
var twoAfterName = wordclass.TwoAfterName

// runStart returns where the letters ending at run k begin.
func runStart(runs []caseRun, k int) int {
	if k > 0 && runs[k-1].class == clUpper && runs[k-1].end-runs[k-1].start == utf8.RuneLen('A') {
		return runs[k-1].start
	}
	return runs[k].start
}

func firstLetterRun(runs []caseRun, k int) int {
	if k > 0 && runs[k-1].class == clUpper {
		return k - 1
	}
	return k
}

// caseJoin decides a lowercase→uppercase boundary at runs[k].
func (c *msCheck) caseJoin(w string, runs []caseRun, k int, base int) bool {
	// Left word: the lowercase run, with a single capital before it.
	li := k - 1
	ls := runs[li].start
	titleLeft := false
	if li > 0 && runs[li-1].class == clUpper {
		if runs[li-1].end-runs[li-1].start != len(string([]rune(w[runs[li-1].start:runs[li-1].end])[0])) {
			return false // ABCdef: not a simple word on the left
		}
		ls = runs[li-1].start
		titleLeft = true
		if li-1 > 0 && runs[li-2].class != clApos {
			return false // part of a longer camel-case chain
		}
	} else if li > 0 && runs[li-1].class != clApos {
		return false
	}
	left := w[ls:runs[li].end]
	possessive := false // company’sSYNC, 2016'sCompassion
	if li > 0 && runs[li-1].class == clApos {
		// company’sSYNC: the left word is a contraction or possessive
		if !clitic(left) {
			return false
		}
		possessive = left == "s"
		left = w[:ls]
		left = strings.TrimRight(left, "'’")
		titleLeft = lexicon.Shape(left) == lexicon.Title
		if !c.known(left) && !(possessive && textscan.IsDigits(left) && len(left) == 4) {
			return false
		}
	}
	yearPossessive := possessive && textscan.IsDigits(left) // 2016'sCompassion
	// Right word: capitals and the lowercase run after them.
	rs := runs[k].start
	re := runs[k].end
	if k+1 < len(runs) && runs[k+1].class == clLower {
		if runs[k].end-runs[k].start > len(string([]rune(w[runs[k].start:runs[k].end])[0])) {
			if !possessive || textscan.LetterCount(w[rs:re]) < 4 {
				return false // ABCdef on the right: ambiguous
			}
			// company’sSYNCplatform: after a possessive, the acronym
			// (the acronym's own join is judged at its end)
		} else {
			re = runs[k+1].end
		}
	}
	right := w[rs:re]
	rshape := lexicon.Shape(right)
	rl := textscan.LetterCount(right)
	if yearPossessive {
		return rshape == lexicon.Title && rl >= 3 // a year's possessive is never code
	}
	if right == "I" && c.pronounI(w, runs, k, left, titleLeft) {
		return true // whichI, CoverageI, subjectI’ve: the pronoun glued to the word before
	}
	if !titleLeft {
		// forGypsy, withBoeing, aBlister; never iPhone, eBay, macOS.
		if !c.known(left) {
			// handywhenHTTP: the left stretch is itself run together
			pieces := c.split(left)
			if pieces == nil {
				return false
			}
			left = pieces[len(pieces)-1]
		}
		if left != "a" && textscan.LetterCount(left) < 2 {
			return false
		}
		if textscan.LetterCount(left) == 2 && !twoLetterWords[left] {
			return false
		}
		// Code identifiers (drawBorder) glue a verb to a common noun;
		// scraping glues any word to a name or a sentence: the right word
		// must be a name (not a lowercase word) or stand alone elsewhere,
		// unless the left word is a function word.
		// An inflected verb or adjective before a capitalised word
		// (wantedBewitched, incomingEnergy) is prose, not an identifier.
		// A possessive (Trump’sCampaign) is prose too: code has none.
		// So is a word glued to the first word of a title
		// (imprintSincerely Yours): code does not go on in capitals.
		prose := c.verbLike(left) && textscan.LetterCount(right) >= 4 || possessive ||
			k+2 >= len(runs) && textscan.LetterCount(left) >= 4 && rshape == lexicon.Title && c.titleFollows(base+len(w))
		if !textscan.IsFunctionWord(left) && !prose && c.attested(textscan.StripPossessive(right)) == 0 && c.r.lex.Known(strings.ToLower(textscan.StripPossessive(right))) {
			return false
		}
		if !textscan.IsFunctionWord(left) && !prose && !c.strongPiece(strings.ToLower(left)) {
			return false // libXcursor: a rare word before a capital is a prefix
		}
		switch rshape {
		case lexicon.Title:
			return rl >= 2
		case lexicon.Upper:
			// withFBI, company’sSYNC, but not openSUSE: an acronym after a
			// plain word is a brand's spelling
			return rl >= 3 && (textscan.IsFunctionWord(left) || c.verbLike(left) || possessive)
		}
		return false
	}
	// PresidentDonald, ArrowThe: capitalised words glued together. Brands
	// (YouTube, PlayStation, LinkedIn) are told apart by the document:
	// both halves must also stand alone in it.
	if textscan.LetterCount(left) >= 3 && rshape == lexicon.Upper && rl >= 3 && textscan.IsFunctionWord(left) && !particles[strings.ToLower(left)] && k+1 == len(runs) {
		return true // ViaCNN, FromNBC: a capitalised function word and an acronym
	}
	if textscan.LetterCount(left) < 3 || rl < 2 || rshape != lexicon.Title {
		return false
	}
	// A capitalised function word (From, The, Via) is a word wherever it
	// stands; other left halves must stand alone in the document, unless
	// the right half is a weekday, an article or another function word
	// that builds no compound and ends no name (The, An, All, For), which
	// end no brand or name (PostThursday, BrooksThe, HandbookAll).
	endsNone := capitalArticle(right) || c.capitalFunction(right)
	if c.attested(left) == 0 && !(textscan.IsFunctionWord(left) && !particles[strings.ToLower(left)]) && !((weekdays[right] || endsNone && k+2 == len(runs)) && c.known(left)) {
		return false
	}
	return c.attested(right) > 0 || endsNone || weekdays[right]
}

// pronounI reports whether the capital I at runs[k] is the pronoun (or a
// Roman one, Phase I) glued to the word before it: it ends the word, or a
// clitic follows it (I’ve, I'm), and the word before is a word the lexicon
// knows, of two letters or more (three when capitalised: GoI, the
// Government of India, is an initialism). No brand or identifier ends in
// a lone capital I after a word (the pool's clean halves write one such
// token in 2.2 million words).
func (c *msCheck) pronounI(w string, runs []caseRun, k int, left string, titleLeft bool) bool {
	if k+1 < len(runs) && !(k+3 == len(runs) && runs[k+1].class == clApos && clitic(w[runs[k+2].start:])) {
		return false
	}
	n := textscan.LetterCount(left)
	return c.known(left) && (n >= 3 || !titleLeft && twoLetterWords[left])
}

// titleFollows reports whether a capitalised word other than an article
// follows off after one space ("… Sincerely Yours").
func (c *msCheck) titleFollows(off int) bool {
	if off+2 >= len(c.text) || c.text[off] != ' ' {
		return false
	}
	e := off + 1
	for e < len(c.text) && textscan.IsAlnumByte(c.text[e]) {
		e++
	}
	next := c.str[off+1 : e]
	return lexicon.Shape(next) == lexicon.Title && textscan.LetterCount(next) >= 3 && !capitalArticle(next)
}

// weekdays never end a brand or a name: PostThursday is two words.
var weekdays = wordclass.WeekdayNames

// verbLike: a word the lexicon lists that reads as an inflection or a
// derivation (wanted, incoming, careful, doing, owns): it ends in one of
// the closed class's suffixes (wordclass.Suffixes) after a stem of four
// letters or more, or after a shorter stem that is a word once spelling is
// undone (a final e restored, a doubled consonant single, i back to y).
func (c *msCheck) verbLike(w string) bool {
	if !c.known(w) {
		return false
	}
	for suf := range wordclass.Suffixes {
		stem, ok := strings.CutSuffix(w, suf)
		if !ok || len(stem) < 2 || !textscan.IsASCIILower(stem) || suf == "s" && (strings.HasSuffix(stem, "s") || strings.HasSuffix(stem, "u") || strings.HasSuffix(stem, "i")) {
			continue
		}
		n := len(stem)
		if n >= 4 || c.known(stem) || c.known(stem+"e") || stem[n-1] == stem[n-2] && c.known(stem[:n-1]) ||
			stem[n-1] == 'i' && c.known(stem[:n-1]+"y") {
			return true
		}
	}
	return false
}

// caseDecision decides the join at a change of case and adds it: for a
// word of textscan.CaseJoin's shape the model adds what it is sure of and vetoes the
// hand-written caseJoin's joins it finds unlikely; other shapes are
// caseJoin's alone. It returns caseJoin's verdict, where the word's
// segments are cut (so that what the other models see does not depend on
// this one).
func (c *msCheck) caseDecision(w string, runs []caseRun, k, base int) bool {
	join := c.caseJoin(w, runs, k, base)
	cut, ok := textscan.CaseJoin(w)
	if !ok || cut != runs[k].start {
		if join {
			c.add(base+runs[k].start, c.caseJoinSafe(w, runs, k))
		}
		return join
	}
	switch p := c.caseModel(w, cut, base); {
	case p >= c.cased.Report && (join || acronymAfterFunction(w, cut) || !c.r.lex.Known(strings.ToLower(w[cut:])) || c.nameAfter(w[cut:])):
		// A join the hand rules refuse is added only before a word that
		// is no lowercase word (a verb glued to a common noun, drawBorder,
		// selectedIndex, is how code names things), an acronym after a
		// function word (theUS), or a name the article capitalises inside
		// a sentence (AtCane Creek beside "at Cane Creek").
		c.addModel(base+cut, join && c.caseJoinSafe(w, runs, k), p)
	case join && p >= vetoBelow:
		c.addModel(base+cut, c.caseJoinSafe(w, runs, k), p)
	}
	return join
}

// nameAfter reports whether right, capitalised, is a name the article
// writes inside a sentence elsewhere.
func (c *msCheck) nameAfter(right string) bool {
	right = textscan.StripPossessive(right)
	return lexicon.Shape(right) == lexicon.Title && c.nameInside(right)
}

// acronymAfterFunction reports whether w is a lowercase function word
// glued to capitals (theUS, andLG, onFF, atJ): the capitals are an
// acronym or an initial, not a common noun in an identifier's camel case
// (drawBorder), so that the lowercase word they spell (us, it) is no
// evidence against the join; the case model alone decides.
func acronymAfterFunction(w string, cut int) bool {
	return lexicon.Shape(w[cut:]) == lexicon.Upper && textscan.IsASCIILower(w[:cut]) && textscan.IsFunctionWord(w[:cut])
}

func (c *msCheck) caseJoinSafe(w string, runs []caseRun, k int) bool {
	right := textscan.StripPossessive(w[runs[k].start:])
	if k == 2 && runs[0].class == clUpper {
		// ArrowThe, FlashThe: a capitalised word glued to an article.
		return capitalArticle(right)
	}
	// Safe when the left word is lowercase and common.
	left := w[runs[k-1].start:runs[k-1].end]
	if lexicon.Shape(left) != lexicon.Lower {
		return false
	}
	if k-1 > 0 {
		return false
	}
	if textscan.IsFunctionWord(left) {
		return true
	}
	// Otherwise only before a name or a word the text uses on its own
	// (coordinatorMajor, where "Major" stands alone elsewhere):
	// wantedBewitched is prose, but selectedIndex may be an identifier,
	// so that fix waits for a person.
	return c.commonWord(left) && (!c.r.lex.Known(strings.ToLower(right)) || c.attested(right) > 0)
}

// capitalFunction reports whether w is a capitalised function word of three
// letters or more that builds no compound (not a particle: LogIn, SignUp),
// ends no name (not One, Ten: wordclass.NameEndings) and is no name itself
// (not May, Will: the lexicon lists them capitalised): like an article, it
// ends no brand or name (HandbookAll, PureeFor).
func (c *msCheck) capitalFunction(w string) bool {
	if len(w) < 3 || w[0] < 'A' || w[0] > 'Z' || !textscan.IsASCIILower(w[1:]) {
		return false
	}
	l := strings.ToLower(w)
	if !functionWords[l] || particles[l] || nameEndings[l] {
		return false
	}
	_, name := c.r.lex.Rank(w)
	return !name
}
