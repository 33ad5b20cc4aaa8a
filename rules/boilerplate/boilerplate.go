package boilerplate

import (
	"bytes"
	"fmt"
	"github.com/stylelint-dev/stylelint/internal/registry"
	"github.com/stylelint-dev/stylelint/internal/textscan"
	"regexp"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/stylelint-dev/stylelint/internal/furniture"
	"github.com/stylelint-dev/stylelint/internal/lexicon"
	"github.com/stylelint-dev/stylelint/internal/lint"
)

// boilerplate finds lines of web page furniture left in article text:
// share bars, comment prompts, newsletter sign-ups, navigation, credits,
// datelines, legal footers, consent notices. It has a built-in pattern pack
// (boilerplate_patterns.go), user patterns, and a run-wide check: a short
// line that appears in many files of the run is a publisher's footer even
// if no pattern knows it.
type boilerplate struct {
	patterns []*bpPattern
	leading  []*bpPattern
	byKey    map[string][]int // trigger word -> indexes into patterns
	always   []int            // patterns without keys (user regexes)
	minFiles int
	maxWords int // longest line the run-wide check considers
	longest  int // longest line (in words) any pattern may match
	// bounds are the distinct maxWords of the patterns, ascending; tier[t]
	// maps keys to the patterns that may match a line of bounds[t] words,
	// so a long line only looks up the keys of the few long patterns.
	bounds []int
	tier   []*keyTier
	// model judges the lines no pattern matched (nil: off); a line is
	// furniture when its probability is at least threshold.
	model     *furniture.Pipeline
	threshold float64
	repeatBar float64 // probability a repeated line needs (the corpus preset's)
}

// tierKeys builds the per-length key maps from byKey.
func (b *boilerplate) tierKeys() {
	seen := map[int]bool{}
	for _, p := range b.patterns {
		b.longest = max(b.longest, p.maxWords)
		if !seen[p.maxWords] {
			seen[p.maxWords] = true
			b.bounds = append(b.bounds, p.maxWords)
		}
	}
	sort.Ints(b.bounds)
	for _, bound := range b.bounds {
		m := map[string][]int{}
		for k, idx := range b.byKey {
			for _, i := range idx {
				if b.patterns[i].maxWords >= bound {
					m[k] = append(m[k], i)
				}
			}
		}
		t := &keyTier{keys: m}
		for k := range m {
			t.first[k[0]] = true
		}
		b.tier = append(b.tier, t)
	}
}

// keyTier is the key map of one line-length tier, with the first bytes of
// its keys: a word whose first byte starts no key is not looked up (long
// lines have a tier of a dozen keys, and most of their words skip the map).
type keyTier struct {
	keys  map[string][]int
	first [256]bool
}

type bpPattern struct {
	id       string
	evidence bool                  // a match is evidence the model must confirm (furniture.EvidenceOnly)
	re       func() *regexp.Regexp // compiled on first use, once per process
	safe     bool
	maxWords int
	ownLine  bool // see builtinPattern
}

// The built-in expressions are compiled when a line first needs them and
// shared by every instance of the rule: a pre-commit run over one small
// file should not compile thirty large expressions it never uses.
var (
	builtinRE = lazyCompile(builtinPatterns)
	leadingRE = lazyCompile(leadingPatterns)
)

func lazyCompile(ps []builtinPattern) []func() *regexp.Regexp {
	out := make([]func() *regexp.Regexp, len(ps))
	for i, p := range ps {
		out[i] = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(p.re) })
	}
	return out
}

var boilerplateMeta = lint.Meta{
	ID:       "boilerplate",
	Doc:      "Web page furniture left in the text: share bars, comment prompts, newsletter sign-ups, navigation, credits, footers.",
	Severity: lint.Warning,
	Fixable:  true,
	Corpus:   true,
}

type boilerplateOptions struct {
	// Disable lists built-in pattern IDs or categories (social, comments,
	// newsletter, nav, credit, meta, legal, consent) to turn off.
	Disable []string `yaml:"disable" doc:"Built-in pattern IDs or whole categories to turn off: social, comments,\nnewsletter, nav, credit, meta, legal, consent (see README)."`
	// Enable lists the built-in patterns that are off unless asked for
	// (nav/pager: bare "Next", "Show more" that articles also keep).
	Enable []string `yaml:"enable" doc:"Built-in patterns that are off by default and turned on here: nav/pager\n(bare \"Next\", \"Previous\", \"Show more\", \"See all\" lines)."`
	// Patterns are extra user patterns.
	Patterns []userPattern `yaml:"patterns" doc:"Your own patterns: a phrase (whole words, case-insensitive, on a short\nline) or an RE2 regex (matched against the lowercased line).\n  - {id: house-promo, phrase: \"listen to our podcast\"}\n  - {id: house-footer, regex: \"^the daily planet, since \\\\d{4}$\", safe: true}"`
	// MinFiles: a line found in at least this many files of a run is
	// boilerplate (0 turns the run-wide check off).
	MinFiles int `yaml:"min-files" doc:"A short line found in at least this many files of one run is boilerplate\n(a publisher's footer); 0 turns this off."`
	// Model is the line model's preset: newsroom (precise), corpus
	// (recall-oriented, for cleaning corpora) or off.
	Model string `yaml:"model" doc:"The line model: newsroom (precise), corpus (finds more, for cleaning\ncorpora) or off."`
	// Threshold overrides the preset's probability threshold (0: the
	// preset's).
	Threshold float64 `yaml:"threshold" doc:"Overrides the preset's probability (0 < t < 1; 0: the preset's)."`
}

// boilerplateDefaults are the options' defaults, written once.
var boilerplateDefaults = boilerplateOptions{MinFiles: 5, Model: "newsroom"}

type userPattern struct {
	ID     string `yaml:"id"`
	Phrase string `yaml:"phrase"`
	Regex  string `yaml:"regex"`
	Safe   bool   `yaml:"safe"`
}

// maxPatternLen caps user regexes (RE2 is linear in the text, but a huge
// expression still costs memory and compile time).
const maxPatternLen = 1000

func init() {
	registry.Register(registry.Spec{
		Defaults: boilerplateDefaults,
		Explain: `boilerplate finds lines of web page furniture left in article text: share
bars, comment prompts, newsletter sign-ups, navigation, credits,
datelines, related headlines, legal footers, consent notices.

How it decides: a built-in pattern matches (named IDs such as nav/related),
or a learned line model, which weighs the line's shape, vocabulary, place
and neighbours in its article, gives at least the preset's probability;
the model's findings say why. Patterns that articles often keep
(meta/dateline, nav/tags, credit/photo) need the model or a glued
furniture neighbour to confirm them. A short line in min-files files of a
run is reported where the model finds it plausible.
Reports: Related Articles, Follow Us, Comments are moderated..., a byline
box under the title, a related headline after the last paragraph.
Never reports: the title, sentences of the article, subheadings its
paragraphs follow, pager controls unless enabled (nav/pager).

Fix: delete the line. Safe for precise patterns; unsafe for the model,
context and repeated lines. Options: disable, enable, patterns,
min-files, model (newsroom, corpus, off), threshold.`,
		Meta: boilerplateMeta,
		New: func(_ *registry.Context, decode func(any) error) (lint.Rule, error) {
			o := boilerplateDefaults
			if err := decode(&o); err != nil {
				return nil, err
			}
			return newBoilerplate(o)
		},
	})
}

func newBoilerplate(o boilerplateOptions) (*boilerplate, error) {
	if o.MinFiles < 0 {
		return nil, fmt.Errorf("min-files must be 0 or more")
	}
	b := &boilerplate{byKey: map[string][]int{}, minFiles: o.MinFiles, maxWords: 20}
	if o.Model == "" {
		o.Model = "newsroom"
	}
	switch th, ok := furniture.Preset(o.Model); {
	case o.Model == "off":
	case !ok:
		return nil, fmt.Errorf("model: unknown preset %q (want %s or off)", o.Model, strings.Join(furniture.PresetNames(), ", "))
	default:
		b.model, b.threshold = furniture.Default(), th
		b.repeatBar, _ = furniture.Preset("corpus")
	}
	if o.Threshold < 0 || o.Threshold >= 1 {
		return nil, fmt.Errorf("threshold must be between 0 and 1")
	}
	if o.Threshold > 0 {
		b.threshold = o.Threshold
	}
	known := map[string]bool{}
	for _, p := range append(append([]builtinPattern(nil), builtinPatterns...), leadingPatterns...) {
		known[p.id] = true
		known[category(p.id)] = true
	}
	// A pattern is named by its ID or by its category (the part before /).
	names := func(option string, ids []string) (func(id string) bool, error) {
		set := map[string]bool{}
		for _, id := range ids {
			if !known[id] {
				return nil, fmt.Errorf("%s: unknown pattern or category %q", option, id)
			}
			set[id] = true
		}
		return func(id string) bool { return set[id] || set[category(id)] }, nil
	}
	disabled, err := names("disable", o.Disable)
	if err != nil {
		return nil, err
	}
	enabled, err := names("enable", o.Enable)
	if err != nil {
		return nil, err
	}
	for i, p := range builtinPatterns {
		if disabled(p.id) || p.optIn && !enabled(p.id) {
			continue
		}
		idx := len(b.patterns)
		b.patterns = append(b.patterns, &bpPattern{id: p.id, re: builtinRE[i], safe: p.safe, maxWords: orDefault(p.maxWords, 12), ownLine: p.ownLine,
			evidence: b.model != nil && furniture.EvidenceOnly(p.id)})
		for _, k := range strings.Fields(p.keys) {
			b.byKey[k] = append(b.byKey[k], idx)
		}
	}
	for i, p := range leadingPatterns {
		if !disabled(p.id) {
			b.leading = append(b.leading, &bpPattern{id: p.id, re: leadingRE[i], safe: p.safe})
		}
	}
	for i, u := range o.Patterns {
		id := u.ID
		if id == "" {
			id = fmt.Sprintf("user/%d", i+1)
		}
		var expr string
		switch {
		case u.Phrase != "" && u.Regex != "":
			return nil, fmt.Errorf("pattern %q: give a phrase or a regex, not both", id)
		case u.Phrase != "":
			words := strings.Fields(strings.ToLower(u.Phrase))
			for k, w := range words {
				words[k] = regexp.QuoteMeta(w)
			}
			expr = `(?:^|\W)` + strings.Join(words, `\s+`) + `(?:\W|$)`
		case u.Regex != "":
			expr = u.Regex
		default:
			return nil, fmt.Errorf("pattern %q: needs a phrase or a regex", id)
		}
		if len(expr) > maxPatternLen {
			return nil, fmt.Errorf("pattern %q is longer than %d characters", id, maxPatternLen)
		}
		re, err := regexp.Compile(expr)
		if err != nil {
			return nil, fmt.Errorf("pattern %q: %v", id, err)
		}
		b.always = append(b.always, len(b.patterns))
		b.patterns = append(b.patterns, &bpPattern{id: "user/" + strings.TrimPrefix(id, "user/"), re: func() *regexp.Regexp { return re }, safe: u.Safe, maxWords: 40})
	}
	b.tierKeys()
	return b, nil
}

// category is the part of a pattern ID before its slash (nav/pager: nav).
func category(id string) string {
	return id[:strings.IndexByte(id, '/')]
}

func orDefault(v, d int) int {
	if v == 0 {
		return d
	}
	return v
}

func (*boilerplate) Meta() lint.Meta { return boilerplateMeta }

// normLine lowercases a line and collapses its white space.
func normLine(b []byte) (string, int) {
	var sb strings.Builder
	sb.Grow(len(b))
	words := 0
	inSpace := true
	for i := 0; i < len(b); {
		r, n := rune(b[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRune(b[i:])
		}
		i += n
		if textscan.IsSpace(r) {
			inSpace = true
			continue
		}
		if inSpace && sb.Len() > 0 {
			sb.WriteByte(' ')
		}
		if inSpace {
			words++
		}
		inSpace = false
		if 'A' <= r && r <= 'Z' {
			sb.WriteByte(byte(r) + 'a' - 'A')
		} else if r < utf8.RuneSelf {
			sb.WriteByte(byte(r))
		} else {
			sb.WriteRune(unicode.ToLower(r))
		}
	}
	return sb.String(), words
}

// bpScan is per-document scratch for finding a line's candidate patterns.
type bpScan struct {
	b     *boilerplate
	low   []byte // the current word, lowercased
	cand  []int  // patterns a key of the line selected, in order
	mark  []bool // mark[i]: pattern i is in cand
	digit bool
	// tier holds the keys for the current line's length.
	tier *keyTier
}

// keys counts a raw line's words (white-space separated, as normLine does)
// and gathers the patterns their keys select: each word lowercased, and
// its letter/digit runs. It allocates nothing.
func (sc *bpScan) keys(line []byte) int {
	for _, c := range sc.cand {
		sc.mark[c] = false
	}
	sc.cand, sc.digit = sc.cand[:0], false
	words := textscan.CountChunks(line)
	if words == 0 || words > sc.b.longest {
		return words
	}
	for _, c := range sc.b.always {
		if words <= sc.b.patterns[c].maxWords && !sc.mark[c] {
			sc.mark[c] = true
			sc.cand = append(sc.cand, c)
		}
	}
	sc.tier = sc.b.tier[sort.SearchInts(sc.b.bounds, words)]
	if len(sc.tier.keys) == 0 {
		return words
	}
	textscan.EachChunkOf(line, sc.word)
	if sc.digit {
		sc.add("#digit") // numeric dates trigger the date patterns
	}
	return words
}

func (sc *bpScan) word(w []byte) {
	if c := w[0] | 0x20; c >= 'a' && c <= 'z' && !sc.tier.first[c] && plainLetters(w) {
		return // a plain word no key of this tier can start with
	}
	low := sc.low[:0]
	plain := true // only ASCII letters and digits: no inner runs to look up
	for i := 0; i < len(w); {
		r, n := rune(w[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRune(w[i:])
		}
		i += n
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			digit := '0' <= r && r <= '9'
			sc.digit = sc.digit || digit
			plain = plain && (digit || 'a' <= r && r <= 'z')
			low = append(low, byte(r))
		} else {
			plain = false
			low = utf8.AppendRune(low, unicode.ToLower(r))
		}
	}
	sc.low = low
	sc.add(string(low))
	if plain {
		return
	}
	if bytes.Contains(low, []byte("pic.twitter.com")) {
		sc.add("pic.twitter.com")
	}
	// letter, digit and © runs inside the word: "(photo:" -> "photo"
	for i := 0; i < len(low); {
		j := i
		for j < len(low) {
			r, n := utf8.DecodeRune(low[j:])
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '©' {
				break
			}
			j += n
		}
		if j > i {
			if j-i < len(low) {
				sc.add(string(low[i:j]))
			}
			i = j
			continue
		}
		_, n := utf8.DecodeRune(low[i:])
		i += n
	}
}

// plainLetters reports whether w is ASCII letters only.
func plainLetters(w []byte) bool {
	for _, c := range w {
		if c |= 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// add selects the patterns of key k (the map lookup does not allocate).
func (sc *bpScan) add(k string) {
	if k == "" || !sc.tier.first[k[0]] {
		return
	}
	for _, c := range sc.tier.keys[k] {
		if !sc.mark[c] {
			sc.mark[c] = true
			sc.cand = append(sc.cand, c)
		}
	}
}

// fits reports whether some candidate may match a line of this many words.
func (sc *bpScan) fits(words int) bool {
	for _, c := range sc.cand {
		if words <= sc.b.patterns[c].maxWords {
			return true
		}
	}
	return false
}

// match returns the first candidate (in pack order) matching the line.
func (sc *bpScan) match(norm string, words int) *bpPattern {
	sort.Ints(sc.cand)
	for _, c := range sc.cand {
		p := sc.b.patterns[c]
		if words <= p.maxWords && p.re().MatchString(norm) {
			return p
		}
	}
	return nil
}

// maxLineBytes: longer lines are prose, never furniture.
const maxLineBytes = 1200

// Collect reports the file's furniture and, in the same pass over its
// lines, remembers its short lines (not its title, not lines a pattern
// already reports) for the run-wide repeated-line check.
func (b *boilerplate) Collect(p *lint.Pass) any {
	lines := b.scan(p, b.minFiles > 0)
	if b.minFiles == 0 {
		return nil
	}
	return lines
}

// scan walks the lines once: a line's words select candidate patterns (the
// prefilter); only a line that some candidate may match, or that the
// run-wide check needs, is normalised, and only candidates are run on it.
// Then the line model judges the lines no pattern reported.
func (b *boilerplate) scan(p *lint.Pass, collect bool) []bpLine {
	t := p.Doc.Text
	sc := &bpScan{b: b, mark: make([]bool, len(b.patterns))}
	var out []bpLine
	var seen map[string]bool
	title := true
	lines := p.Doc.Lines()
	ctx := make([]ctxLine, len(lines))
	// The pattern pass: which pattern matches each line (few lines: a map).
	matched := map[int]*bpPattern{}
	var titleNorm string
	titleWords := -1
	for i, ln := range lines {
		if ln.End == ln.Start {
			continue
		}
		if ln.End-ln.Start > maxLineBytes {
			title = false
			ctx[i].text = true
			continue
		}
		words := sc.keys(t[ln.Start:ln.End])
		if words == 0 {
			continue
		}
		isTitle := title
		title = false
		ctx[i].text = true
		if isTitle && words >= 4 {
			titleNorm, titleWords = normLine(t[ln.Start:ln.End])
		} else if words == titleWords {
			if n, _ := normLine(t[ln.Start:ln.End]); n == titleNorm {
				ctx[i].repeatsTitle = true
			}
		}
		ctx[i].attachable = !isTitle && attachable(t[ln.Start:ln.End], words)
		remember := collect && !isTitle && words <= b.maxWords
		if !remember && !sc.fits(words) {
			b.leadingFurniture(p, ln)
			continue
		}
		norm, _ := normLine(t[ln.Start:ln.End])
		m := sc.match(norm, words)
		if m != nil && m.ownLine && i > 0 && continues(t, lines[i-1]) {
			m = nil // a fragment of hard-wrapped prose
		}
		if m != nil {
			matched[i] = m
			if !m.evidence || b.model == nil {
				continue // a verdict: never a line the run-wide check needs
			}
		} else {
			b.leadingFurniture(p, ln)
		}
		if remember && !seen[norm] && textscan.LetterCount(norm) >= 3 {
			if seen == nil {
				seen = map[string]bool{}
			}
			seen[norm] = true
			s, e := trimLine(t, ln)
			del := deleteLine(t, ln)
			out = append(out, bpLine{key: textscan.FNV64(textscan.FNVOffset64, norm), start: int32(s), end: int32(e), delStart: int32(del.Start), delEnd: int32(del.End),
				plausible: true, line: int32(i)})
		}
	}
	// The model's view of every candidate line, computed once, with the
	// patterns' matches as evidence: its probability decides the lines no
	// pattern decided, confirms evidence-only matches, and tells the
	// run-wide check whether a line is plausible furniture at all.
	var cands []furniture.Candidate
	var prob []float64 // per line; 0 for a line that is no candidate
	if b.model != nil {
		var hints []uint8
		if len(matched) > 0 {
			hints = make([]uint8, len(lines))
			for i, m := range matched {
				if m.evidence {
					hints[i] = furniture.HintEvidence
				} else {
					hints[i] = furniture.HintVerdict
				}
			}
		}
		e := furniture.Extractor{Lex: lexicon.Get(), Words: furniture.ShippedWords(), Hints: hints}
		// A candidate keeps its features only if the model reports it
		// (judge explains it with them).
		cands = e.Scored(t, lines, b.model, func(p float64) bool { return p >= b.threshold })
	}
	if len(cands) > 0 { // none: the model off, or no article body to judge lines against
		prob = make([]float64, len(lines))
		for _, c := range cands {
			prob[c.Line] = c.Probability
		}
		for k := range out {
			out[k].plausible = prob[out[k].line] >= b.repeatBar
		}
	}
	// Report the matches: verdicts, and evidence the model confirms.
	var evidence map[int]*bpPattern // evidence the model did not confirm
	for _, i := range sortedKeys(matched) {
		m, ln := matched[i], lines[i]
		if m.evidence && prob != nil && prob[i] < b.threshold {
			if evidence == nil {
				evidence = map[int]*bpPattern{}
			}
			evidence[i] = m // to be confirmed by its neighbours
			continue
		}
		ctx[i].furniture = true
		ctx[i].anchor = anchors[category(m.id)]
		s, e := trimLine(t, ln)
		d := lint.Diagnostic{Start: s, End: e, Category: m.id,
			Message: fmt.Sprintf("boilerplate (%s): %q", m.id, clip(string(p.Doc.Src[s:e]), 60)),
			Fixes:   []lint.Fix{{Message: "delete the line", Safe: m.safe, Edits: []lint.Edit{deleteLine(t, ln)}}}}
		if m.evidence && prob != nil {
			d.Confidence = prob[i]
			d.Message = fmt.Sprintf("boilerplate (%s, %.2f): %q", m.id, prob[i], clip(string(p.Doc.Src[s:e]), 60))
		}
		p.Report(d)
	}
	b.attached(p, lines, ctx, evidence)
	b.judge(p, lines, ctx, cands)
	// A line reported here counts towards the run-wide check but is not
	// reported again by it.
	for k := range out {
		out[k].reported = ctx[out[k].line].furniture
	}
	return out
}

// ctxLine is what the context pass knows of a line.
type ctxLine struct {
	text       bool // not blank
	furniture  bool // reported (a pattern, or by context)
	anchor     bool // ... a pattern of a category whose neighbours are furniture too
	attachable bool // short, not a sentence, not the title
	// repeatsTitle: the title again, further down (page header residue
	// when it comes with a section label, as "Title\nLife Style")
	repeatsTitle bool
}

// anchors are the categories whose matches pull in the short lines glued to
// them (jusText's context rule: a short block between or beside boilerplate
// is boilerplate): the caption above a photo credit, the tag cloud beside a
// share bar, the headlines under "Related Articles".
var anchors = map[string]bool{"credit": true, "nav": true, "social": true, "comments": true, "newsletter": true, "legal": true, "consent": true}

// maxAttachedWords bounds a line that may be pulled in by its neighbour.
const maxAttachedWords = 8

// attachable reports whether a line could be furniture by context alone:
// a few words, and not a sentence (no closing punctuation).
func attachable(line []byte, words int) bool {
	if words > maxAttachedWords {
		return false
	}
	s := strings.TrimRight(string(line), " \t\x00")
	if s == "" || textscan.LetterCount(s) < 3 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return !strings.ContainsRune(`.!?:;"”’'…`, r)
}

// attached applies the one context principle the line model cannot learn
// from the pool (whose stray lines stand apart, a blank line around each),
// and real scraped pages show again and again: furniture comes in glued
// blocks. An evidence-only match glued to furniture, to other evidence or,
// for an anchor category, to a short line it labels (a credit under its
// caption) is confirmed; short non-sentence lines glued to an anchor (a caption above
// a credit, a tag list beside a share bar) are furniture; and a repeated
// title glued to a section label is page header residue.
func (b *boilerplate) attached(p *lint.Pass, lines []lint.Line, ctx []ctxLine, evidence map[int]*bpPattern) {
	t := p.Doc.Text
	glued := func(i, j int) bool { return j >= 0 && j < len(ctx) && ctx[j].text && (j == i-1 || j == i+1) }
	// Evidence glued to furniture or to other evidence.
	for _, i := range sortedKeys(evidence) {
		m := evidence[i]
		for _, j := range [2]int{i - 1, i + 1} {
			if glued(i, j) && (ctx[j].furniture || evidence[j] != nil || anchors[category(m.id)] && ctx[j].attachable) {
				s, e := trimLine(t, lines[i])
				p.Report(lint.Diagnostic{Start: s, End: e, Category: m.id,
					Message: fmt.Sprintf("boilerplate (%s): %q, glued to other furniture", m.id, clip(string(p.Doc.Src[s:e]), 60)),
					Fixes:   []lint.Fix{{Message: "delete the line", Safe: false, Edits: []lint.Edit{deleteLine(t, lines[i])}}}})
				ctx[i].furniture = true
				ctx[i].anchor = anchors[category(m.id)]
				break
			}
		}
	}
	pulled := map[int]string{} // why a line is furniture by context
	for i, c := range ctx {
		if c.repeatsTitle && !c.furniture && (glued(i, i-1) && ctx[i-1].attachable || glued(i, i+1) && ctx[i+1].attachable) {
			pulled[i] = "repeats the title next to a section label (page header residue)"
			c.anchor = true
		}
		if !c.anchor {
			continue
		}
		for _, step := range [2]int{-1, 1} {
			for j := i + step; j >= 0 && j < len(lines) && ctx[j].text && !ctx[j].furniture && ctx[j].attachable; j += step {
				if pulled[j] == "" {
					pulled[j] = "is glued to page furniture (a caption, a label, a tag list)"
				}
			}
		}
	}
	for _, j := range sortedKeys(pulled) {
		why := pulled[j]
		ctx[j].furniture = true
		s, e := trimLine(t, lines[j])
		p.Report(lint.Diagnostic{Start: s, End: e, Category: "context",
			Message: fmt.Sprintf("boilerplate (context): %q %s", clip(string(p.Doc.Src[s:e]), 60), why),
			Fixes:   []lint.Fix{{Message: "delete the line", Safe: false, Edits: []lint.Edit{deleteLine(t, lines[j])}}}})
	}
}

// sortedKeys returns a map's keys in order.
func sortedKeys[V any](m map[int]V) []int {
	keys := make([]int, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	return keys
}

// maxReasons is how many reasons a model finding's message gives.
const maxReasons = 3

// judge reports the lines the model calls furniture among those no pattern
// reported: the probability and the strongest reasons are in the message,
// the contributions in the diagnostic. Its fixes are unsafe: the model
// weighs evidence, it does not recognise a known string.
func (b *boilerplate) judge(p *lint.Pass, lines []lint.Line, ctx []ctxLine, cands []furniture.Candidate) {
	t := p.Doc.Text
	for _, c := range cands {
		if ctx[c.Line].furniture || c.Probability < b.threshold {
			continue
		}
		ctx[c.Line].furniture = true
		d := lint.Diagnostic{Category: "model", Confidence: c.Probability}
		var why []string
		for _, r := range b.model.Second.Explain(c.X, maxReasons) {
			why = append(why, r.Phrase)
			d.Reasons = append(d.Reasons, lint.Reason{Feature: r.Feature, Contribution: r.Contribution})
		}
		s, e := trimLine(t, lines[c.Line])
		d.Start, d.End = s, e
		d.Message = fmt.Sprintf("boilerplate (%.2f): %q: %s", c.Probability, clip(string(p.Doc.Src[s:e]), 60), strings.Join(why, ", "))
		d.Fixes = []lint.Fix{{Message: "delete the line", Safe: false, Edits: []lint.Edit{deleteLine(t, lines[c.Line])}}}
		p.Report(d)
	}
}

// continues reports whether a line runs on into the next one: a long line
// that does not end a sentence (hard-wrapped prose, a license, an e-mail).
func continues(t []byte, ln lint.Line) bool {
	line := bytes.TrimRight(t[ln.Start:ln.End], " \t\r\x00")
	if len(line) < 50 {
		return false // empty, or a heading or title, not wrapped prose
	}
	r, _ := utf8.DecodeLastRune(line)
	return !strings.ContainsRune(`.!?:;"”’)]…`, r)
}

// leadingFurniture reports furniture glued to the start of a line.
func (b *boilerplate) leadingFurniture(p *lint.Pass, ln lint.Line) {
	if len(b.leading) == 0 {
		return
	}
	s, e := trimLine(p.Doc.Text, ln)
	line := p.Doc.Text[s:e] // matched in place: most lines match nothing
	for _, m := range b.leading {
		if loc := m.re().FindIndex(line); loc != nil && loc[1] < len(line) {
			p.Reportf(s, s+loc[1], &lint.Fix{Message: "delete the leading furniture", Safe: m.safe,
				Edits: []lint.Edit{{Start: s, End: s + loc[1]}}},
				"boilerplate (%s) at the start of a line: %q", m.id, strings.TrimSpace(string(line[:loc[1]])))
			return
		}
	}
}

// trimLine returns the line's range without surrounding white space.
func trimLine(t []byte, ln lint.Line) (int, int) {
	s, e := ln.Start, ln.End
	for s < e && (t[s] == ' ' || t[s] == '\t' || t[s] == 0) {
		s++
	}
	for e > s && (t[e-1] == ' ' || t[e-1] == '\t' || t[e-1] == 0) {
		e--
	}
	return s, e
}

// deleteLine removes a line with its terminator and one blank line after
// it; the last line of a file is removed with the blank lines before it,
// so a final newline (or its absence) is kept.
func deleteLine(t []byte, ln lint.Line) lint.Edit {
	next := ln.End
	if next < len(t) && t[next] == '\r' {
		next++
	}
	if next < len(t) && t[next] == '\n' {
		next++
	}
	rest := next
	for rest < len(t) && (t[rest] == ' ' || t[rest] == '\t' || t[rest] == '\r') {
		rest++
	}
	if rest < len(t) && t[rest] == '\n' {
		next = rest + 1 // the blank line left behind
	}
	if len(bytes.TrimSpace(t[next:])) != 0 || ln.Start == 0 {
		return lint.Edit{Start: ln.Start, End: next}
	}
	// Last content of the file: take the blank lines before it instead.
	start := ln.Start
	for start > 0 && (t[start-1] == '\n' || t[start-1] == '\r' || t[start-1] == ' ' || t[start-1] == '\t') {
		start--
	}
	return lint.Edit{Start: start, End: ln.End}
}

func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}

// bpLine is a short line remembered for the run-wide check: the hash of
// its normalised text, where it is and what deleting it removes. Every
// file's short lines live until the end of the run, so this is kept to 32
// bytes (a 64-bit hash: two different lines among millions share one with
// odds of about 1 in 10^7).
type bpLine struct {
	key              uint64
	start, end       int32
	delStart, delEnd int32
	// plausible: the line model gives it at least the corpus preset's
	// probability here (or the model is off). A line repeated across files
	// is reported only where it is plausible furniture: section headings
	// ("Conclusion", "Ingredients") repeat across a site's articles too.
	plausible bool
	reported  bool  // already reported by the file's own pass
	line      int32 // index of the line (only while the file is scanned)
}

// Finish reports lines that occur in at least minFiles files.
func (b *boilerplate) Finish(facts []lint.Fact, report func(int, lint.Diagnostic)) {
	files := map[uint64]int{}
	for _, f := range facts {
		for _, l := range f.Value.([]bpLine) {
			files[l.key]++
		}
	}
	for _, f := range facts {
		for _, l := range f.Value.([]bpLine) {
			if n := files[l.key]; n >= b.minFiles && l.plausible && !l.reported {
				report(f.File, lint.Diagnostic{
					Start: int(l.start), End: int(l.end),
					Message: fmt.Sprintf("boilerplate (repeated): this line appears in %d files of the run", n),
					Fixes:   []lint.Fix{{Message: "delete the line", Safe: false, Edits: []lint.Edit{{Start: int(l.delStart), End: int(l.delEnd)}}}},
				})
			}
		}
	}
}
