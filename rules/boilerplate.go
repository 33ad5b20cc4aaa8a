package rules

import (
	"bytes"
	"fmt"
	"regexp"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

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
	Disable []string `yaml:"disable"`
	// Enable lists the built-in patterns that are off unless asked for
	// (nav/pager: bare "Next", "Show more" that articles also keep).
	Enable []string `yaml:"enable"`
	// Patterns are extra user patterns.
	Patterns []userPattern `yaml:"patterns"`
	// MinFiles: a line found in at least this many files of a run is
	// boilerplate (0 turns the run-wide check off).
	MinFiles int `yaml:"min-files"`
}

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
	register(Spec{
		Meta: boilerplateMeta,
		Options: `# Built-in pattern IDs or whole categories to turn off: social, comments,
# newsletter, nav, credit, meta, legal, consent (see README).
disable: []
# Built-in patterns that are off by default and turned on here: nav/pager
# (bare "Next", "Previous", "Show more", "See all" lines).
enable: []
# Your own patterns: a phrase (whole words, case-insensitive, on a short
# line) or an RE2 regex (matched against the lowercased line).
#   - {id: house-promo, phrase: "listen to our podcast"}
#   - {id: house-footer, regex: "^the daily planet, since \\d{4}$", safe: true}
patterns: []
# A short line found in at least this many files of one run is boilerplate
# (a publisher's footer); 0 turns this off.
min-files: 5
`,
		New: func(_ *Context, decode func(any) error) (lint.Rule, error) {
			o := boilerplateOptions{MinFiles: 5}
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
		b.patterns = append(b.patterns, &bpPattern{id: p.id, re: builtinRE[i], safe: p.safe, maxWords: orDefault(p.maxWords, 12), ownLine: p.ownLine})
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
		if isWhite(r) {
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

func isWhite(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiWhite[r]
	}
	return unicode.IsSpace(r)
}

var asciiWhite = [utf8.RuneSelf]bool{' ': true, '\t': true, 0: true, '\n': true, '\r': true, '\v': true, '\f': true}

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

// countWords counts white-space separated words as normLine does.
func countWords(line []byte) int {
	words := 0
	in := false
	for i := 0; i < len(line); {
		c := line[i]
		var sp bool
		if c < utf8.RuneSelf {
			sp = asciiWhite[c]
			i++
		} else {
			r, n := utf8.DecodeRune(line[i:])
			sp = unicode.IsSpace(r)
			i += n
		}
		if !sp && !in {
			words++
		}
		in = !sp
	}
	return words
}

// keys counts a raw line's words (white-space separated, as normLine does)
// and gathers the patterns their keys select: each word lowercased, and
// its letter/digit runs. It allocates nothing.
func (sc *bpScan) keys(line []byte) int {
	for _, c := range sc.cand {
		sc.mark[c] = false
	}
	sc.cand, sc.digit = sc.cand[:0], false
	words := countWords(line)
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
	for i := 0; i < len(line); {
		r, n := rune(line[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRune(line[i:])
		}
		if isWhite(r) {
			i += n
			continue
		}
		j := i
		for j < len(line) {
			r, n := rune(line[j]), 1
			if r >= utf8.RuneSelf {
				r, n = utf8.DecodeRune(line[j:])
			}
			if isWhite(r) {
				break
			}
			j += n
		}
		sc.word(line[i:j])
		i = j
	}
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
	lines := b.scan(p, true, b.minFiles > 0)
	if b.minFiles == 0 {
		return nil
	}
	return lines
}

// scan walks the lines once: a line's words select candidate patterns (the
// prefilter); only a line that some candidate may match, or that the
// run-wide check needs, is normalised, and only candidates are run on it.
func (b *boilerplate) scan(p *lint.Pass, report, collect bool) []bpLine {
	t := p.Doc.Text
	sc := &bpScan{b: b, mark: make([]bool, len(b.patterns))}
	var out []bpLine
	var seen map[string]bool
	title := true
	lines := p.Doc.Lines()
	ctx := make([]ctxLine, len(lines))
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
		} else if words == titleWords && report {
			if n, _ := normLine(t[ln.Start:ln.End]); n == titleNorm {
				ctx[i].repeatsTitle = true
			}
		}
		ctx[i].attachable = !isTitle && attachable(t[ln.Start:ln.End], words)
		remember := collect && !isTitle && words <= b.maxWords
		if !remember && !sc.fits(words) {
			if report {
				b.leadingFurniture(p, ln)
			}
			continue
		}
		norm, _ := normLine(t[ln.Start:ln.End])
		m := sc.match(norm, words)
		if m != nil && m.ownLine && i > 0 && continues(t, lines[i-1]) {
			m = nil // a fragment of hard-wrapped prose
		}
		if m != nil {
			ctx[i].furniture = true
			ctx[i].anchor = anchors[category(m.id)]
			if report {
				s, e := trimLine(t, ln)
				p.Reportf(s, e, &lint.Fix{Message: "delete the line", Safe: m.safe, Edits: []lint.Edit{deleteLine(t, ln)}},
					"boilerplate (%s): %q", m.id, clip(string(p.Doc.Src[s:e]), 60))
			}
			continue
		}
		if report {
			b.leadingFurniture(p, ln)
		}
		if remember && !seen[norm] && letterCount(norm) >= 3 {
			if seen == nil {
				seen = map[string]bool{}
			}
			seen[norm] = true
			s, e := trimLine(t, ln)
			del := deleteLine(t, ln)
			out = append(out, bpLine{key: fnv64(fnvOffset64, norm), start: int32(s), end: int32(e), delStart: int32(del.Start), delEnd: int32(del.End)})
		}
	}
	if report {
		b.attached(p, lines, ctx)
	}
	return out
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

// ctxLine is what the context pass knows of a line.
type ctxLine struct {
	text       bool // not blank
	furniture  bool // a pattern matched it
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
	if s == "" || letterCount(s) < 3 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return !strings.ContainsRune(`.!?:;"”’'…`, r)
}

// attached reports the short lines glued (no blank line between) to an
// anchor line, walking away from it while lines stay attachable.
func (b *boilerplate) attached(p *lint.Pass, lines []lint.Line, ctx []ctxLine) {
	t := p.Doc.Text
	pulled := make([]string, len(lines)) // why a line is furniture by context
	glued := func(i int) bool {
		return i > 0 && ctx[i-1].text && ctx[i-1].attachable || i+1 < len(ctx) && ctx[i+1].text && ctx[i+1].attachable
	}
	for i, c := range ctx {
		if c.repeatsTitle && !c.furniture && glued(i) {
			// A repeated title is article structure when it stands alone,
			// and page header residue when glued to a section label.
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
	for _, j := range headerBylines(t, lines, ctx) {
		if pulled[j] == "" {
			pulled[j] = "names a person between the headline and the article (a byline)"
		}
	}
	if j := titleLabelLine(t, lines, ctx); j >= 0 && pulled[j] == "" {
		pulled[j] = "is glued to the title (page header residue: a kicker, a widget, a section)"
	}
	if j := trailingLabel(t, lines, ctx); j >= 0 && pulled[j] == "" {
		pulled[j] = "ends the article after its last paragraph (a byline, a section label, a link)"
	}
	for j, why := range pulled {
		if why == "" {
			continue
		}
		s, e := trimLine(t, lines[j])
		p.Reportf(s, e, &lint.Fix{Message: "delete the line", Safe: false, Edits: []lint.Edit{deleteLine(t, lines[j])}},
			"boilerplate (context): %q %s", clip(string(p.Doc.Src[s:e]), 60), why)
	}
}

// maxHeaderLines bounds the header zone: the lines between the headline
// and the first paragraph of prose.
const maxHeaderLines = 6

// headerBylines returns the lines of the header zone (after the headline,
// before the first sentence of prose) that are a person's name alone
// ("Juli Clover", "Margaret Talev"): the byline box of the page. The same
// line inside the article may be a sign-off or a list of names, so only
// the header zone is searched.
func headerBylines(t []byte, lines []lint.Line, ctx []ctxLine) []int {
	var out []int
	seen := 0
	for i := range ctx {
		if !ctx[i].text {
			continue
		}
		if seen++; seen == 1 {
			continue // the headline
		}
		if seen > maxHeaderLines {
			break
		}
		s, e := trimLine(t, lines[i])
		if countWords(t[s:e]) >= 8 && endsSentence(t[s:e]) {
			break // the article has begun
		}
		alone := !ctx[i-1].text && (i+1 == len(ctx) || !ctx[i+1].text) // not one of a list of names
		if alone && !ctx[i].furniture && personName(string(t[s:e])) {
			out = append(out, i)
		}
	}
	return out
}

// personName reports whether a line is a person's name and nothing else:
// two or three capitalised words, none a function word, at least one of
// them no lowercase word of the lexicon ("Juli Clover", not "Tech Guide").
func personName(line string) bool {
	words := strings.Fields(strings.TrimSuffix(line, "."))
	if len(words) < 2 || len(words) > 3 {
		return false
	}
	unlisted := false
	for _, w := range words {
		r, n := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || letterCount(w) < 2 || isFunctionWord(w) {
			return false
		}
		for _, c := range w[n:] {
			if !unicode.IsLower(c) && c != '-' && c != '\'' && c != '’' {
				return false
			}
		}
		if !lexicon.Get().Known(strings.ToLower(w)) {
			unlisted = true
		}
	}
	return unlisted
}

// titleLabelLine returns the line glued to a plain-text headline (no
// blank line between) when it is a short title-case label ("Timer
// List"), or -1. A scraped article sets its title apart; what sticks to
// it is the page header around it. (A Markdown heading may be followed
// by its paragraph.)
func titleLabelLine(t []byte, lines []lint.Line, ctx []ctxLine) int {
	first := textLine(ctx, 0, 1)
	next := first + 1
	if first < 0 || next >= len(ctx) || !ctx[next].text || ctx[next].furniture || !ctx[next].attachable {
		return -1
	}
	if s, e := trimLine(t, lines[first]); s == e || t[s] == '#' || countWords(t[s:e]) < 4 {
		return -1 // a Markdown heading, or no headline
	}
	if s, e := trimLine(t, lines[next]); !titleLabel(string(t[s:e])) {
		return -1 // a dek, a date line, a header field
	}
	return next
}

// trailingLabel returns the last line of the document when it is a short
// title-case label standing after the article's last paragraph ("Rebecca
// Hersher", "Meet the Press", "Tech Guide"), or -1. Articles end with a
// sentence; what follows the last one on a scraped page is its byline
// box, section label or next-article link (boilerpipe's terminating
// blocks, trafilatura's tail).
func trailingLabel(t []byte, lines []lint.Line, ctx []ctxLine) int {
	last := textLine(ctx, len(ctx)-1, -1)
	if last < 0 || ctx[last].furniture || !ctx[last].attachable {
		return -1
	}
	prev := textLine(ctx, last-1, -1)
	if prev < 0 || prev == last-1 || !ctx[prev].furniture && !endsSentence(t[lines[prev].Start:lines[prev].End]) {
		return -1 // glued to the line above, or no sentence or furniture above
	}
	s, e := trimLine(t, lines[last])
	if line := string(t[s:e]); !titleLabel(line) || strings.EqualFold(line, "the end") {
		return -1 // "The End" belongs to the story
	}
	return last
}

// textLine returns the first line that is not blank from i on, walking
// in direction step (1 or -1), or -1.
func textLine(ctx []ctxLine, i, step int) int {
	for ; i >= 0 && i < len(ctx); i += step {
		if ctx[i].text {
			return i
		}
	}
	return -1
}

// endsSentence reports whether a line ends with a sentence's closing
// punctuation.
func endsSentence(line []byte) bool {
	s := strings.TrimRight(string(line), " \t\r\x00")
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(`.!?"”’)…`, r)
}

// maxLabelWords bounds a label: "Office of the Press Secretary".
const maxLabelWords = 6

// titleLabel reports whether a short line is in title case: capitalised
// words (small function words aside), not all capitals, no digits, no
// commas (a list of words is a subtitle: "Changes, New Features, and
// Fixes"), no clause punctuation (a wire credit: "Reporting by Jane Doe;
// Editing by John Smith").
func titleLabel(s string) bool {
	caps, lower := 0, 0
	words := strings.Fields(s)
	if len(words) > maxLabelWords {
		return false
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case strings.ContainsAny(w, "0123456789#*[]()|/@,;:"):
			return false
		case unicode.IsUpper(r):
			caps++
			if letterCount(w) >= 2 && strings.ToUpper(w) == w {
				return false // SHOUTING: a warning or a kicker, not a label
			}
		case unicode.IsLower(r) && functionWords[strings.ToLower(w)] && len(w) <= 4:
			lower++
		default:
			return false
		}
	}
	return caps >= 1 && caps > lower
}

// leadingFurniture reports furniture glued to the start of a line.
func (b *boilerplate) leadingFurniture(p *lint.Pass, ln lint.Line) {
	if len(b.leading) == 0 {
		return
	}
	s, e := trimLine(p.Doc.Text, ln)
	line := string(p.Doc.Text[s:e])
	for _, m := range b.leading {
		if loc := m.re().FindStringIndex(line); loc != nil && loc[1] < len(line) {
			p.Reportf(s, s+loc[1], &lint.Fix{Message: "delete the leading furniture", Safe: m.safe,
				Edits: []lint.Edit{{Start: s, End: s + loc[1]}}},
				"boilerplate (%s) at the start of a line: %q", m.id, strings.TrimSpace(line[:loc[1]]))
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
// file's short lines live until the end of the run, so this is kept to 24
// bytes (a 64-bit hash: two different lines among millions share one with
// odds of about 1 in 10^7).
type bpLine struct {
	key              uint64
	start, end       int32
	delStart, delEnd int32
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
			if n := files[l.key]; n >= b.minFiles {
				report(f.File, lint.Diagnostic{
					Start: int(l.start), End: int(l.end),
					Message: fmt.Sprintf("boilerplate (repeated): this line appears in %d files of the run", n),
					Fixes:   []lint.Fix{{Message: "delete the line", Safe: false, Edits: []lint.Edit{{Start: int(l.delStart), End: int(l.delEnd)}}}},
				})
			}
		}
	}
}
