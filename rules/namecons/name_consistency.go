package namecons

import (
	"fmt"
	"github.com/stylelint-dev/stylelint/internal/fitted"
	"github.com/stylelint-dev/stylelint/internal/registry"
	"github.com/stylelint-dev/stylelint/internal/textscan"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/hbollon/go-edlib"
	"golang.org/x/text/unicode/norm"

	"github.com/stylelint-dev/stylelint/internal/lexicon"
	"github.com/stylelint-dev/stylelint/internal/lint"
	"github.com/stylelint-dev/stylelint/internal/wordclass"
)

// nameConsistency finds a name spelled two ways: "Kardashian" x12 and
// "Kardashain" x1 in one article, or across the articles of one run. No
// word list knows today's names, so it learns them from the text: it
// collects capitalised words with their counts (collect phase), then pairs
// each rare unknown spelling with a dominant spelling one typo away
// (transposition, dropped, doubled or swapped letter), which the typo
// model weighs (name_evidence.go), or an accent-folded twin
// (Beyonce/Beyoncé). A name written without its space (DeeDee beside
// Dee Dee) is a missing space, which missing-space reports: one defect,
// one diagnostic.
type nameConsistency struct {
	lex         *lexicon.Lexicon
	minCount    int  // occurrences that make a spelling dominant
	ratio       int  // dominant must be this many times the variant
	crossFile   bool // also compare against the whole run
	caseVariant bool // SKIMS vs Skims (house style; off by default)
	// From names: variant -> canonical spelling, and the canonical ones.
	declared map[string]string
	canon    map[string]bool
	model    *fitted.Model
	// observe, if set, sees every pairing the model weighed (the trainer).
	observe func(NameCandidate)
}

var nameConsistencyMeta = lint.Meta{
	ID:       "name-consistency",
	Doc:      "A name spelled two ways within an article or across the run (Kardashian x12, Kardashain x1).",
	Severity: lint.Warning,
	Fixable:  true,
	Corpus:   true,
}

type nameConsistencyOptions struct {
	MinCount     int  `yaml:"min-count" doc:"A spelling used at least this many times may be the dominant one."`
	Ratio        int  `yaml:"ratio" doc:"The dominant spelling must be at least this many times as frequent."`
	CrossFile    bool `yaml:"cross-file" doc:"Also compare spellings across all files of the run."`
	CaseVariants bool `yaml:"case-variants" doc:"Flag case-only variants (SKIMS / Skims): a house-style choice."`
}

// nameConsistencyDefaults are the options' defaults, written once.
var nameConsistencyDefaults = nameConsistencyOptions{MinCount: 2, Ratio: 2, CrossFile: true}

func init() {
	registry.Register(registry.Spec{
		Defaults: nameConsistencyDefaults,
		Explain: `name-consistency finds one name spelled two ways: a typo one edit away
from the spelling an article (or the run) uses more.

Edit distance only proposes a pair; a model fitted on labelled pages
decides whether the rare spelling is a typo or another name, from how
common each is in a frequency list, how unlikely the rare one is letter by
letter, the kind of edit, the counts, and the context (the same
neighbouring name, the two close together). The message gives the
strongest evidence and the probability.

Reports: Kardashain (once) beside Kardashian (12 times); across files, a
spelling no word list knows beside the same first name as the common one
(Kim Kardashain / Kim Kardashian), on stronger evidence.
Never reports: real words (Apply, Mark), two names in use (Osama, Obama),
two people (Daniel Holth, Daniele Varrazzo), spellings set side by side on
purpose (Tyva, not Tuva; Kardashain (sic)), accent variants towards the
plain form, names written without their space (missing-space's), names
declared in the config's names list the other way round.

Fix: use the dominant spelling. Safe when the model is sure and for
declared names; unsafe otherwise and across files. Options: min-count,
ratio, cross-file, case-variants.`,
		Meta: nameConsistencyMeta,
		New: func(ctx *registry.Context, decode func(any) error) (lint.Rule, error) {
			o := nameConsistencyDefaults
			if err := decode(&o); err != nil {
				return nil, err
			}
			if o.MinCount < 2 || o.Ratio < 1 {
				return nil, fmt.Errorf("min-count must be at least 2 and ratio at least 1")
			}
			r := &nameConsistency{lex: lexicon.Get(), minCount: o.MinCount, ratio: o.Ratio,
				crossFile: o.CrossFile, caseVariant: o.CaseVariants, declared: map[string]string{}, canon: map[string]bool{}, model: &builtinNameModel}
			for _, n := range ctx.Names {
				r.canon[n.Canonical] = true
				for _, v := range n.Variants {
					r.declared[v] = n.Canonical
				}
			}
			return r, nil
		},
	})
}

func (*nameConsistency) Meta() lint.Meta { return nameConsistencyMeta }

// nameUse is one spelling's occurrences in one file. It lives until the
// end of the run (the finish phase), so it is kept small: neighbours are
// remembered as hashes, offsets as int32.
type nameUse struct {
	count   int
	mid     int // occurrences inside a sentence (capitalised as a name)
	offsets []int32
	// next: capitalised words written right after it (the surname after a
	// given name): two spellings followed by different ones and never by
	// the same are two people (Daniel Holth, Daniele Varrazzo), not a typo.
	// before: the same for the words before it (the given name before a
	// surname: Wing Cheung, Richard Cheng), where a title is no evidence
	// (President Puti, Vladimir Putin).
	next, before neighbours
	// listed caches whether a word list has the spelling (1) or not (2):
	// the file's verdicts and the run's fact both ask.
	listed uint8
}

// isListed reports whether the lexicon has w among its common words and
// names (Lexicon.Common), in any casing a word at the start of a sentence
// or in a headline may take (Apply, Mark).
func (r *nameConsistency) isListed(w string, u *nameUse) bool {
	if u.listed == 0 {
		u.listed = 2
		// A rarer entry (SCOWL's levels 55 to 70: Netherland, Massachusett,
		// Angelus) is as often a typo of a common name as a name of its
		// own: the model weighs it by its frequency like an unlisted one.
		if r.lex.Common(w) || r.lex.Common(strings.ToLower(w)) {
			u.listed = 1
		}
	}
	return u.listed == 1
}

// neighbours remembers up to four distinct words by hash, and how many
// occurrences had one.
type neighbours struct {
	hash  [4]uint32
	n     uint8
	title bool // one of them is a title (President, Mr)
	seen  int
}

func (nb *neighbours) add(w string) {
	nb.seen++
	nb.title = nb.title || honorifics[strings.TrimSuffix(w, ".")]
	h := hashWord(w)
	for _, x := range nb.hash[:nb.n] {
		if x == h {
			return
		}
	}
	if int(nb.n) < len(nb.hash) {
		nb.hash[nb.n] = h
		nb.n++
	}
}

func (nb *neighbours) disjoint(o *neighbours) bool {
	for _, a := range nb.hash[:nb.n] {
		for _, b := range o.hash[:o.n] {
			if a == b {
				return false
			}
		}
	}
	return true
}

func hashWord(w string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		h = (h ^ uint32(w[i])) * 16777619
	}
	return h
}

// otherPeople reports whether variant a and dominant b are two people: b
// is nearly always followed (or preceded) by a capitalised word, a is too,
// and never by one of b's.
func otherPeople(a, b *nameUse) bool {
	if a == nil || b == nil || b.count < 2 {
		return false
	}
	return a.next.seen > 0 && 3*b.next.seen >= 2*b.count && a.next.disjoint(&b.next) ||
		a.before.seen > 0 && 3*b.before.seen >= 2*b.count && a.before.disjoint(&b.before) && !a.before.title
}

var honorifics = wordclass.Honorifics

type nameFact map[string]*nameUse

// maxNameBytes bounds a name (the longest real ones are some 40 letters).
const maxNameBytes = 64

// isNameToken: capitalised (or all capitals), letters only, at least
// three letters and at most maxNameBytes (a longer run of letters is no
// name, and pairing it would cost time quadratic in its length).
func isNameToken(w string) bool {
	first, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(first) || utf8.RuneCountInString(w) < 3 || len(w) > maxNameBytes {
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) && !unicode.IsMark(r) {
			return false
		}
	}
	return true
}

// Collect reports the spellings that the article itself shows to be wrong
// and returns what the finish phase needs to pair this file's rare
// spellings with spellings common across the run (see runFact), or nil
// when the run-wide comparison is off.
func (r *nameConsistency) Collect(p *lint.Pass) any {
	fact := r.uses(p)
	judged := r.judgeFile(p, fact)
	if !r.crossFile {
		return nil
	}
	rf := r.runFactOf(fact, judged)
	rf.path = p.Doc.Path
	return rf
}

// uses gathers the capitalised words of a document with their counts,
// offsets and neighbours.
func (r *nameConsistency) uses(p *lint.Pass) nameFact {
	fact := nameFact{}
	var glued []string // lowercase words a capitalised name is glued to
	text := textscan.DocText(p.Doc)
	var prevWord string // the capitalised word just before, if adjacent
	var prevUse *nameUse
	prevEnd := -2
	textscan.EachWord(p.Doc, func(word string, start int) {
		adjacent := prevEnd == start-1 && text[prevEnd] == ' '
		capital := word[0] >= 'A' && word[0] <= 'Z' || word[0] >= utf8.RuneSelf && isNameToken(word)
		if adjacent && capital && prevWord != "" && prevUse != nil {
			prevUse.next.add(word)
		}
		before := ""
		if adjacent && capital && prevWord != "" {
			before = prevWord
		}
		prevWord, prevUse, prevEnd = "", nil, start+len(word)
		if capital {
			prevWord = word
		}
		if c := word[0]; c < utf8.RuneSelf && (c < 'A' || c > 'Z') {
			if c >= 'a' && c <= 'z' && caseJoinTail(word) != "" {
				glued = append(glued, word) // ofStevia: a name glued after a word
			}
			return // names start with a capital
		}
		w := textscan.StripPossessive(word)
		if !isNameToken(w) {
			return
		}
		u := fact[w]
		if u == nil {
			u = &nameUse{}
			// A copy: the key must not keep the document's text alive
			// until the end of the run.
			fact[strings.Clone(w)] = u
		}
		u.count++
		u.offsets = append(u.offsets, int32(start))
		if before != "" {
			u.before.add(before)
		}
		if textscan.MidSentence(text, start) {
			u.mid++
		}
		prevUse = u
	})
	r.countGlued(fact, glued)
	return fact
}

// countGlued adds to a name's count its uses that lost a space, the
// commonest scraping damage: glued after a word (ofStevia, PostScott) or
// before a lowercase word (Charlesdid, Wambachburied). A name the article
// also writes on its own is the only one counted so: one clean use and
// one glued are two uses, and a typo of it against two is a typo.
func (r *nameConsistency) countGlued(fact nameFact, glued []string) {
	hidden := map[*nameUse]int{}
	for _, w := range glued {
		if u := fact[caseJoinTail(w)]; u != nil {
			hidden[u]++
		}
	}
	for w, u := range fact {
		if u.count > maxTypoCount || r.isListed(w, u) {
			continue // a glued use is rare; a known word is no join
		}
		if t := caseJoinTail(w); t != "" {
			if d := fact[t]; d != nil && d != u {
				hidden[d] += u.count // PostScott
				continue
			}
		}
		for cut := len(w) - 2; cut >= 3; cut-- {
			tail := w[cut:]
			if d := fact[w[:cut]]; d != nil && textscan.IsASCIILower(tail) && (textscan.IsFunctionWord(tail) || r.lex.Known(tail)) {
				hidden[d] += u.count // Charlesdid
				break
			}
		}
	}
	for u, n := range hidden {
		u.count += n
	}
}

// caseJoinTail returns the capitalised word at the end of w after its
// only change from a lowercase letter to a capital (ofStevia, PostScott:
// Stevia, Scott), or "".
func caseJoinTail(w string) string {
	cut, ok := textscan.CaseJoin(w)
	if !ok || cut < 2 || len(w)-cut < 3 || !textscan.IsASCIILower(w[cut+1:]) {
		return ""
	}
	return w[cut:]
}

// fold removes accents: Beyoncé → Beyonce.
func fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		ascii = ascii && s[i] < utf8.RuneSelf
	}
	if ascii {
		return s // nothing to strip
	}
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// losesAccents reports whether respelling v as d would only strip its
// accents (Aurélien → Aurelien): the plain form is what keyboards and
// feeds degrade names to, never the better spelling.
func losesAccents(v, d string) bool {
	return v != d && fold(v) == fold(d) && nonASCII(d) < nonASCII(v)
}

func nonASCII(s string) int {
	n := 0
	for _, r := range s {
		if r >= utf8.RuneSelf {
			n++
		}
	}
	return n
}

// deletes returns the keys of s and of every string made by deleting one
// rune of s: a symmetric-delete index finds spellings one typo apart.
func deletes(s string) []uint64 { return appendDeletes(make([]uint64, 0, len(s)+1), s) }

// appendDeletes appends deletes(s) to out.
func appendDeletes(out []uint64, s string) []uint64 {
	out = append(out, hashSkip(s, 0, 0))
	for i := 0; i < len(s); {
		_, n := utf8.DecodeRuneInString(s[i:])
		out = append(out, hashSkip(s, i, n))
		i += n
	}
	return out
}

// hashSkip is FNV-1a (64 bits) of s without its bytes [at, at+n): the key
// of a one-rune deletion, computed without building the string. Two
// spellings that share a key are compared exactly (variantOf), so a
// collision costs one comparison, never a wrong pairing.
func hashSkip(s string, at, n int) uint64 {
	return textscan.FNV64(textscan.FNV64(textscan.FNVOffset64, s[:at]), s[at+n:])
}

// variantOf reports whether v is a one-typo spelling of d: optimal string
// alignment distance 1 with the first letter kept, and not a plural or
// possessive of it.
func variantOf(v, d string) bool {
	if v == d || strings.EqualFold(v, d) {
		return false
	}
	fv, _ := utf8.DecodeRuneInString(v)
	fd, _ := utf8.DecodeRuneInString(d)
	if unicode.ToLower(fv) != unicode.ToLower(fd) {
		return false
	}
	// A plural (Kardashians) or a different name (Williams / William);
	// but a name in s does not take a plain s (Joness, Bross: a doubled
	// letter).
	if v == d+"s" && !strings.HasSuffix(d, "s") || d == v+"s" && !strings.HasSuffix(v, "s") || v == d+"es" || d == v+"es" {
		return false
	}
	if genderedEnding(v, d) {
		return false // Zelensky / Zelenska, Romanov / Romanova: two people
	}
	return edlib.OSADamerauLevenshteinDistance(v, d) == 1
}

// genderedEnding reports whether two names differ only in a final a
// against y, i or o: the feminine and masculine forms of a surname.
func genderedEnding(a, b string) bool {
	if len(a) != len(b) || len(a) < 2 || a[:len(a)-1] != b[:len(b)-1] {
		return false
	}
	x, y := a[len(a)-1], b[len(b)-1]
	if x == 'a' {
		x, y = y, x
	}
	return y == 'a' && (x == 'y' || x == 'i' || x == 'o')
}

type nameEntry struct {
	count, mid int
	files      int
	// dominant: common enough across the run to be what a rare spelling
	// should be; only these get next and before, the neighbour words of
	// every file merged.
	dominant     bool
	next, before runNeighbours
}

// runNeighbours is a set of neighbour hashes over a run; full means it
// overflowed (a given name followed by many surnames).
type runNeighbours struct {
	hash [16]uint32
	n    uint8
	full bool
}

func (rn *runNeighbours) merge(nb *neighbours) {
	for _, h := range nb.hash[:nb.n] {
		if rn.has(h) {
			continue
		}
		if int(rn.n) == len(rn.hash) {
			rn.full = true
			return
		}
		rn.hash[rn.n] = h
		rn.n++
	}
}

func (rn *runNeighbours) has(h uint32) bool {
	for _, x := range rn.hash[:rn.n] {
		if x == h {
			return true
		}
	}
	return false
}

// shares reports whether one of nb's words is known to stand next to
// the dominant somewhere in the run.
func (rn *runNeighbours) shares(nb *neighbours) bool {
	for _, h := range nb.hash[:nb.n] {
		if rn.has(h) {
			return true
		}
	}
	return false
}

// samePersonAcrossRun: across files there is no shared text to compare,
// so a variant written beside another name (Andras Timar) is paired with
// a dominant (Andreas) only if that neighbour stands beside the dominant
// somewhere in the run (Kim Kardashain, Kim Kardashian). A variant with no
// capitalised neighbour has nothing to contradict it.
func samePersonAcrossRun(v *nameUse, d *nameEntry) bool {
	if v.next.n > 0 && !d.next.shares(&v.next) {
		return false
	}
	if v.before.n > 0 && !v.before.title && !d.before.shares(&v.before) {
		return false
	}
	return true
}

// judgeFile reports the spellings of a file that a
// declared name or a dominant spelling in the same file corrects, and
// returns the set of words it judged.
func (r *nameConsistency) judgeFile(p *lint.Pass, fact nameFact) map[string]bool {
	words := make([]string, 0, len(fact))
	for w := range fact {
		words = append(words, w)
	}
	sort.Strings(words)
	local := r.index(fact)
	defer local.release()
	// Accent and case classes, in sorted order so that the first
	// qualifying variant is the same on every run.
	byFold, byLower := map[string][]string{}, map[string][]string{}
	for _, w := range words {
		byFold[fold(w)] = append(byFold[fold(w)], w)
		if r.caseVariant {
			byLower[strings.ToLower(w)] = append(byLower[strings.ToLower(w)], w)
		}
	}
	judged := map[string]bool{}
	report := func(w, dom string, n int, safe bool, why string, conf float64) {
		judged[w] = true
		var related []lint.Related
		if du := fact[dom]; du != nil && len(du.offsets) > 0 {
			related = []lint.Related{{Start: int(du.offsets[0]), End: int(du.offsets[0]) + len(dom), Message: fmt.Sprintf("%q is used here", dom)}}
		}
		reportUses(w, fact[w], dom, n, safe, why, conf, related, func(d lint.Diagnostic) { p.Report(d) })
	}
	// Pairings the rules settle (declared names, accents, case) are
	// reported at once; the others are weighed by the model, which also
	// counts how many pairings the file has.
	text := textscan.DocText(p.Doc)
	var weigh [][2]string
	for _, w := range words {
		dom, n, safe, why, settled := r.dominant(w, fact[w], fact, local, byFold, byLower)
		switch {
		case dom == "":
		case settled:
			report(w, dom, n, safe, why, 0)
		default:
			weigh = append(weigh, [2]string{w, dom})
		}
	}
	for _, pair := range weigh {
		w, dom := pair[0], pair[1]
		u, du := fact[w], fact[dom]
		e := pairEvidence{v: w, d: dom, vCount: u.count, vMid: u.mid, dMid: -1, otherPairs: len(weigh) - 1}
		if du != nil {
			e.dCount, e.dMid = du.count, du.mid
			e.shared, e.other, e.nearby = sharesNeighbour(u, du), otherPeople(u, du), nearbyUse(u, du)
		}
		// Weighed here, it is not weighed again across the run, whatever
		// the verdict: the file had the evidence.
		judged[w] = true
		x := r.features(e)
		prob := r.model.Probability(x)
		if r.observe != nil {
			r.observe(NameCandidate{Path: p.Doc.Path, Offsets: offsetsOf(u), Variant: w, Dominant: dom, Features: x, Probability: prob})
		}
		if prob >= r.model.Report && (du == nil || !contrasted(text, w, dom, u, du)) {
			// The shared neighbour is named only when the model saw one
			// (the uses' hashes): the rescan of the text is then sure to
			// find it, and is not done for a finding that cannot cite it.
			neighbour := sameName
			if e.shared {
				neighbour = neighbourPhrase(text, w, dom, u, du)
			}
			report(w, dom, e.dCount, prob >= r.model.Safe, r.why(x, w, dom, neighbour, prob), prob)
		}
	}
	return judged
}

// reportUses reports every use of the variant w, to be respelled dom;
// conf is the model's probability when the model decided (0 for a
// pairing the rules settle: declared names, accents, case).
func reportUses(w string, u *nameUse, dom string, n int, safe bool, why string, conf float64, related []lint.Related, report func(lint.Diagnostic)) {
	msg := fmt.Sprintf("%q: elsewhere spelled %q (%d %s)%s", w, dom, n, plural(n, "time"), why)
	for _, o := range u.offsets {
		off := int(o)
		end := off + len(w)
		report(lint.Diagnostic{Start: off, End: end, Message: msg, Related: related, Confidence: conf,
			Fixes: []lint.Fix{{Message: "use " + dom, Safe: safe, Edits: []lint.Edit{{Start: off, End: end, New: dom}}}}})
	}
}

// runFact is what the run keeps of one file: the spellings no word list
// knows (only those pair across files), each with its count and
// neighbours, and among them the rare ones the file did not judge, with
// their offsets. A few hundred bytes per article, where the whole
// nameFact of every file made the largest part of a big run's memory.
type runFact struct {
	path       string
	names      []runName
	candidates map[string]*nameUse
}

type runName struct {
	word         string
	count, mid   int
	next, before neighbours
}

func (r *nameConsistency) runFactOf(fact nameFact, judged map[string]bool) *runFact {
	rf := &runFact{}
	for w, u := range fact {
		if r.isListed(w, u) {
			continue // a real word (Apply, Mark) or a listed name
		}
		rf.names = append(rf.names, runName{word: w, count: u.count, mid: u.mid, next: u.next, before: u.before})
		if !judged[w] && !r.canon[w] && u.count <= maxTypoCount && utf8.RuneCountInString(w) >= 5 && lexicon.Shape(w) == lexicon.Title {
			if rf.candidates == nil {
				rf.candidates = map[string]*nameUse{}
			}
			rf.candidates[w] = u
		}
	}
	return rf
}

// Finish pairs each file's rare spellings with spellings common across
// the run.
func (r *nameConsistency) Finish(facts []lint.Fact, report func(int, lint.Diagnostic)) {
	// Run-wide counts.
	total := map[string]*nameEntry{}
	var files []lint.Fact // the facts of this rule (the runner drops nil ones)
	for _, f := range facts {
		if _, ok := f.Value.(*runFact); ok {
			files = append(files, f)
		}
	}
	for _, f := range files {
		for _, n := range f.Value.(*runFact).names {
			e := total[n.word]
			if e == nil {
				e = &nameEntry{}
				total[n.word] = e
			}
			e.count += n.count
			e.mid += n.mid
			e.files++
		}
	}
	// Spellings common across the run, indexed by their one-rune deletions
	// so that a rare spelling finds its neighbours without comparing it
	// with every name of the run (linear in the run, not quadratic).
	runIdx := map[uint64][]string{}
	for w, e := range total {
		if e.files >= 2 && e.count >= max(r.minCount, 5) {
			for _, d := range deletes(w) {
				runIdx[d] = append(runIdx[d], w)
			}
			e.dominant = true
		}
	}
	for _, f := range files {
		for i := range f.Value.(*runFact).names {
			n := &f.Value.(*runFact).names[i]
			if e := total[n.word]; e.dominant {
				e.next.merge(&n.next)
				e.before.merge(&n.before)
			}
		}
	}
	sortLists(runIdx)
	for _, f := range files {
		cands := f.Value.(*runFact).candidates
		words := make([]string, 0, len(cands))
		for w := range cands {
			words = append(words, w)
		}
		sort.Strings(words)
		for _, w := range words {
			u := cands[w]
			dom, n := r.acrossRun(w, u, total, runIdx)
			if dom == "" {
				continue
			}
			if r.canon[dom] {
				reportUses(w, u, dom, n, true, " across the run (declared in names)", 0, nil, func(d lint.Diagnostic) { report(f.File, d) })
				continue
			}
			tw, td := total[w], total[dom]
			x := r.features(pairEvidence{v: w, d: dom, vCount: tw.count, dCount: td.count, vMid: u.mid, dMid: td.mid,
				shared: td.next.shares(&u.next) || td.before.shares(&u.before)})
			prob := r.model.Probability(x)
			if r.observe != nil {
				r.observe(NameCandidate{Path: f.Value.(*runFact).path, Offsets: offsetsOf(u), Variant: w, Dominant: dom, CrossFile: true, Features: x, Probability: prob})
			}
			// Across files there is no shared text: only a spelling no
			// word list has, written beside a name the dominant stands
			// beside somewhere in the run (Kim Kardashain, Kim
			// Kardashian), and stronger evidence. Different articles name
			// different places and people one letter apart (Clarkston,
			// Clarkson); a bare spelling is no evidence of the same one.
			if x[fVariantListed] == 0 && x[fSharedNeighbour] == 1 && prob >= r.model.Cross {
				reportUses(w, u, dom, n, false, " across the run"+r.why(x, w, dom, sameName, prob), prob, nil, func(d lint.Diagnostic) { report(f.File, d) })
			}
		}
	}
}

// maxTypoCount: a misspelling is a slip, made once or twice in an article;
// a spelling used more often than that is deliberate.
const maxTypoCount = 2

// strongMajority: evidence enough for --fix to respell a name on its own:
// one stray spelling against three or more of the other in the same
// article (Putin x23 / Puti x1). Closer calls (Rudy x2 / Rudi x1) and
// run-wide pairings stay unsafe.
func strongMajority(dominant, variant int) bool {
	return variant == 1 && dominant >= 3
}

func plural(n int, s string) string {
	if n == 1 {
		return s
	}
	return s + "s"
}

// index maps deletion variants of a file's dominant spellings to them.
func (r *nameConsistency) index(fact nameFact) *deleteIndex {
	canon := r.canon
	var words []string
	for w, u := range fact {
		if u.count >= r.minCount || canon[w] {
			words = append(words, w)
		}
	}
	for w := range canon {
		if fact[w] == nil {
			words = append(words, w)
		}
	}
	// Prepending in descending order leaves every key's spellings in
	// ascending order: ties are broken the same way on every run.
	sort.Sort(sort.Reverse(sort.StringSlice(words)))
	idx := indexes.Get().(*deleteIndex)
	clear(idx.head)
	idx.entries = idx.entries[:0]
	keys := idx.keys[:0]
	for _, w := range words {
		keys = appendDeletes(keys[:0], w)
		for _, d := range keys {
			next, ok := idx.head[d]
			if !ok {
				next = -1
			}
			idx.head[d] = int32(len(idx.entries))
			idx.entries = append(idx.entries, deleteEntry{word: w, next: next})
		}
	}
	idx.keys = keys
	return idx
}

// indexes keeps deletion indexes between files (judgeFile returns its
// index when done): their map and slices keep their capacity.
var indexes = sync.Pool{New: func() any { return &deleteIndex{head: map[uint64]int32{}} }}

// release returns x to indexes; x must not be used after.
func (x *deleteIndex) release() {
	clear(x.entries) // drop the spellings: they belong to the file
	indexes.Put(x)
}

// deleteIndex maps the one-rune deletion keys of a file's spellings to
// the spellings (a spelling twice when two of its deletions are one key,
// as Anna's two n): chains in one slice, where a map of slices made an
// allocation per key, the largest part of the rule's allocation.
type deleteIndex struct {
	head    map[uint64]int32 // key -> its first entry
	entries []deleteEntry
	keys    []uint64 // scratch for one spelling's keys
}

type deleteEntry struct {
	word string
	next int32 // the key's next entry, or -1
}

// each calls fn with the spellings of key d, in ascending order.
func (x *deleteIndex) each(d uint64, fn func(w string)) {
	i, ok := x.head[d]
	for ok && i >= 0 {
		fn(x.entries[i].word)
		i = x.entries[i].next
	}
}

// sortLists sorts each list (filled from map iteration) so that ties are
// broken the same way on every run.
func sortLists[K comparable](idx map[K][]string) {
	for _, l := range idx {
		if len(l) > 1 {
			sort.Strings(l)
		}
	}
}

// dominant finds the spelling w should be in its file, with its count,
// whether the fix is safe and a note, and whether that is settled (a
// declared name, an accent or case variant) or for the model to weigh; ""
// if the file proposes nothing.
func (r *nameConsistency) dominant(w string, u *nameUse, fact nameFact, local *deleteIndex, byFold, byLower map[string][]string) (dom string, n int, safe bool, why string, settled bool) {
	declared, canon := r.declared, r.canon
	if c, ok := declared[w]; ok {
		return c, countOf(fact, c), true, " (declared in names)", true
	}
	if canon[w] {
		return "", 0, false, "", true
	}
	if r.caseVariant {
		for _, other := range byLower[strings.ToLower(w)] {
			if ou := fact[other]; other != w && ou.count >= r.ratio*u.count {
				return other, ou.count, canon[other], "", true
			}
		}
	}
	if r.isListed(w, u) {
		return "", 0, false, "", true // a real word (Apply, Mark): not a typo
	}
	// Accent variants: Beyonce where Beyoncé dominates.
	for _, other := range byFold[fold(w)] {
		if ou := fact[other]; other != w && ou.count >= 2 && ou.count >= r.ratio*u.count && !otherPeople(u, ou) && !losesAccents(w, other) {
			return other, ou.count, canon[other] || strongMajority(ou.count, u.count), "", true
		}
	}
	if utf8.RuneCountInString(w) < 4 || lexicon.Shape(w) != lexicon.Title {
		return "", 0, false, "", true
	}
	if u.count > maxTypoCount {
		return "", 0, false, "", true // used this often, it is a name of its own (Rustc next to Rust)
	}
	// One-typo variants of a dominant spelling in the same file (or of a
	// declared name, which settles it).
	best, bestN := "", 0
	for _, d := range deletes(w) {
		local.each(d, func(cand string) {
			n := countOf(fact, cand)
			if !variantOf(w, cand) || losesAccents(w, cand) || (!canon[cand] && (n < r.ratio*u.count || textscan.IsFunctionWord(cand))) {
				return
			}
			if canon[cand] && !canon[best] || n > bestN && canon[cand] == canon[best] {
				best, bestN = cand, n
			}
		})
	}
	if canon[best] {
		return best, bestN, true, "", true
	}
	return best, bestN, false, "", false
}

// why is a weighed finding's note: the evidence for a typo and the
// model's probability.
func (r *nameConsistency) why(x []float64, v, d, neighbour string, prob float64) string {
	because := nameBecause(r.model, x, v, d, neighbour)
	if because != "" {
		because += "; "
	}
	return fmt.Sprintf(": %stypo probability %.2f", because, prob)
}

func offsetsOf(u *nameUse) []int {
	out := make([]int, len(u.offsets))
	for i, o := range u.offsets {
		out[i] = int(o)
	}
	return out
}

// acrossRun finds a spelling common in several files of the run that a
// spelling rare everywhere (w, in one file) should be, with its count.
func (r *nameConsistency) acrossRun(w string, u *nameUse, total map[string]*nameEntry, runIdx map[uint64][]string) (string, int) {
	tw := total[w]
	if tw.count > 2 {
		return "", 0
	}
	best, bestN := "", 0
	for _, d := range deletes(w) {
		// Different articles name different people (Clanton, Clinton):
		// across files only names no word list knows are paired (runIdx).
		for _, cand := range runIdx[d] {
			ce := total[cand]
			if cand == w || ce.count < r.ratio*tw.count || !variantOf(w, cand) || !samePersonAcrossRun(u, ce) || losesAccents(w, cand) {
				continue
			}
			if ce.count > bestN || ce.count == bestN && cand < best {
				best, bestN = cand, ce.count
			}
		}
	}
	return best, bestN
}

func countOf(fact nameFact, w string) int {
	if u := fact[w]; u != nil {
		return u.count
	}
	return 0
}
