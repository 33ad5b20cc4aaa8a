package rules

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
	"unicode"

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
}

type bpPattern struct {
	id       string
	re       *regexp.Regexp
	safe     bool
	maxWords int
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
		known[p.id[:strings.IndexByte(p.id, '/')]] = true
	}
	disabled := map[string]bool{}
	for _, d := range o.Disable {
		if !known[d] {
			return nil, fmt.Errorf("disable: unknown pattern or category %q", d)
		}
		disabled[d] = true
	}
	for _, p := range builtinPatterns {
		if disabled[p.id] || disabled[p.id[:strings.IndexByte(p.id, '/')]] {
			continue
		}
		idx := len(b.patterns)
		b.patterns = append(b.patterns, &bpPattern{id: p.id, re: regexp.MustCompile(p.re), safe: p.safe, maxWords: orDefault(p.maxWords, 12)})
		for _, k := range strings.Fields(p.keys) {
			b.byKey[k] = append(b.byKey[k], idx)
		}
	}
	for _, p := range leadingPatterns {
		if !disabled[p.id] && !disabled[p.id[:strings.IndexByte(p.id, '/')]] {
			b.leading = append(b.leading, &bpPattern{id: p.id, re: regexp.MustCompile(p.re), safe: p.safe})
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
		b.patterns = append(b.patterns, &bpPattern{id: "user/" + strings.TrimPrefix(id, "user/"), re: re, safe: u.Safe, maxWords: 40})
	}
	return b, nil
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
	words := 0
	inSpace := true
	for _, r := range string(b) {
		if unicode.IsSpace(r) || r == 0 || r == '\u00a0' {
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
		sb.WriteRune(unicode.ToLower(r))
	}
	return sb.String(), words
}

// lineKeys are the line's words with surrounding punctuation removed.
func lineKeys(norm string) []string {
	fs := strings.Fields(norm)
	out := make([]string, 0, len(fs)*2)
	digits := false
	for _, f := range fs {
		out = append(out, f)
		sub := strings.FieldsFunc(f, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '©' })
		if len(sub) != 1 || sub[0] != f {
			out = append(out, sub...)
		}
		digits = digits || strings.ContainsAny(f, "0123456789")
	}
	if digits {
		out = append(out, "#digit") // numeric dates trigger the date patterns
	}
	return out
}

// match returns the first pattern matching the normalised line.
func (b *boilerplate) match(norm string, words int) *bpPattern {
	var cand []int
	for _, k := range lineKeys(norm) {
		cand = append(cand, b.byKey[k]...)
	}
	if strings.Contains(norm, "pic.twitter.com") {
		cand = append(cand, b.byKey["pic.twitter.com"]...)
	}
	cand = append(cand, b.always...)
	if len(cand) == 0 {
		return nil
	}
	sort.Ints(cand)
	for i, c := range cand {
		if i > 0 && cand[i-1] == c {
			continue
		}
		p := b.patterns[c]
		if words <= p.maxWords && p.re.MatchString(norm) {
			return p
		}
	}
	return nil
}

// maxLineBytes: longer lines are prose, never furniture.
const maxLineBytes = 1200

func (b *boilerplate) Check(p *lint.Pass) {
	t := p.Doc.Text
	for _, ln := range p.Doc.Lines() {
		if ln.End-ln.Start > maxLineBytes || ln.End == ln.Start {
			continue
		}
		norm, words := normLine(t[ln.Start:ln.End])
		if words == 0 {
			continue
		}
		if m := b.match(norm, words); m != nil {
			s, e := trimLine(t, ln)
			p.Reportf(s, e, &lint.Fix{Message: "delete the line", Safe: m.safe, Edits: []lint.Edit{deleteLine(t, ln)}},
				"boilerplate (%s): %q", m.id, clip(string(p.Doc.Src[s:e]), 60))
			continue
		}
		b.leadingFurniture(p, ln)
	}
}

// leadingFurniture reports furniture glued to the start of a line.
func (b *boilerplate) leadingFurniture(p *lint.Pass, ln lint.Line) {
	if len(b.leading) == 0 {
		return
	}
	s, e := trimLine(p.Doc.Text, ln)
	line := string(p.Doc.Text[s:e])
	for _, m := range b.leading {
		if loc := m.re.FindStringIndex(line); loc != nil && loc[1] < len(line) {
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
	if strings.TrimSpace(string(t[next:])) != "" || ln.Start == 0 {
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

// bpLine is a short line remembered for the run-wide check.
type bpLine struct {
	norm       string
	start, end int
	del        lint.Edit
}

// Collect remembers the file's short lines (not its title, not lines a
// pattern already reports) for the run-wide repeated-line check.
func (b *boilerplate) Collect(p *lint.Pass) any {
	if b.minFiles == 0 {
		return nil
	}
	t := p.Doc.Text
	var out []bpLine
	seen := map[string]bool{}
	title := true
	for _, ln := range p.Doc.Lines() {
		if ln.End-ln.Start > maxLineBytes {
			title = false
			continue
		}
		norm, words := normLine(t[ln.Start:ln.End])
		if words == 0 {
			continue
		}
		if title {
			title = false
			continue
		}
		if words > b.maxWords || seen[norm] || b.match(norm, words) != nil || letterCount(norm) < 3 {
			continue
		}
		seen[norm] = true
		s, e := trimLine(t, ln)
		out = append(out, bpLine{norm: norm, start: s, end: e, del: deleteLine(t, ln)})
	}
	return out
}

// Finish reports lines that occur in at least minFiles files.
func (b *boilerplate) Finish(facts []lint.Fact, report func(int, lint.Diagnostic)) {
	files := map[string]int{}
	for _, f := range facts {
		for _, l := range f.Value.([]bpLine) {
			files[l.norm]++
		}
	}
	for _, f := range facts {
		for _, l := range f.Value.([]bpLine) {
			if n := files[l.norm]; n >= b.minFiles {
				report(f.File, lint.Diagnostic{
					Start: l.start, End: l.end,
					Message: fmt.Sprintf("boilerplate (repeated): this line appears in %d files of the run", n),
					Fixes:   []lint.Fix{{Message: "delete the line", Safe: false, Edits: []lint.Edit{l.del}}},
				})
			}
		}
	}
}
