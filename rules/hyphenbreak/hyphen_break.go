package hyphenbreak

import (
	"fmt"
	"github.com/stylelint-dev/stylelint/internal/registry"
	"github.com/stylelint-dev/stylelint/internal/textscan"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/stylelint-dev/stylelint/internal/lexicon"
	"github.com/stylelint-dev/stylelint/internal/lint"
	"github.com/stylelint-dev/stylelint/internal/wordclass"
)

// hyphenBreak finds words broken by a hyphen across a line ("exam-\nple"),
// across a blank line ("the oth -\n\ner half"), mid-line ("ex- ample"),
// and soft hyphens (U+00AD) left inside words. The fix rejoins the word
// (and the paragraph); where the joined form is not a word but both halves
// are ("well-\nknown"), it keeps the hyphen.
type hyphenBreak struct {
	lex *lexicon.Lexicon
}

var hyphenBreakMeta = lint.Meta{
	ID:       "hyphen-break",
	Doc:      "Words broken by a hyphen across a line, a paragraph or a space (exam-/ple, oth -/er), and soft hyphens.",
	Severity: lint.Warning,
	Fixable:  true,
}

func init() {
	registry.Register(registry.Spec{
		Explain: `hyphen-break finds words broken by a hyphen across a line, a blank line or
a space, as typesetting and page breaks leave them, and soft hyphens.

Reports: exam-/ple -> example, the oth -//er half -> the other half,
ex- ample -> example, well-/known -> well-known (a compound keeps its
hyphen), soft hyphens inside words.
Never reports: suspended hyphens (pre- and post-war), dashes between
clauses, list items, number ranges, a hyphen before a capital (a new
sentence), a join across a lone CR (not a line break). In hard-wrapped
text the rejoined word moves to the next line whole.

Fix: rejoin (safe when the joined word is a word the lexicon or the
article knows; unsafe when only probably a word). No options.`,
		Meta: hyphenBreakMeta,
		New: func(_ *registry.Context, decode func(any) error) (lint.Rule, error) {
			return &hyphenBreak{lex: lexicon.Get()}, registry.NoOptions(decode)
		},
	})
}

func (*hyphenBreak) Meta() lint.Meta { return hyphenBreakMeta }

// prefixes are bound prefixes that form hyphenated compounds even though
// they are not words on their own.
var prefixes = wordclass.Prefixes

func (r *hyphenBreak) Check(p *lint.Pass) {
	t := p.Doc.Text
	attested := func(w string) int { return textscan.ChunkWords(p.Doc)[strings.ToLower(w)] }
	var soft []int
	wrap := -1 // hardWrapped, decided on the first break
	wrapped := func() bool {
		if wrap < 0 {
			wrap = 0
			if hardWrapped(p.Doc) {
				wrap = 1
			}
		}
		return wrap == 1
	}
	for i := 0; i < len(t); i++ {
		switch {
		case t[i] == '-':
			r.hyphen(p, t, i, attested, wrapped)
		case t[i] == 0xC2 && i+1 < len(t) && t[i+1] == 0xAD:
			soft = append(soft, i)
			i++
		}
	}
	r.softHyphens(p, t, soft)
}

// lettersBefore and lettersAfter return where the run of letters ending
// (starting) at i begins (ends).
func lettersBefore(t []byte, i int) int {
	s := i
	for s > 0 {
		r, n := utf8.DecodeLastRune(t[:s])
		if !unicode.IsLetter(r) {
			break
		}
		s -= n
	}
	return s
}

func lettersAfter(t []byte, i int) int {
	e := i
	for e < len(t) {
		r, n := utf8.DecodeRune(t[e:])
		if !unicode.IsLetter(r) {
			break
		}
		e += n
	}
	return e
}

func isLineSpace(c byte) bool { return c == ' ' || c == '\t' }

// crlf reports whether t[i] is the CR of a CRLF line break: a lone CR is
// not a line break (README), so a word is never joined across one.
func crlf(t []byte, i int) bool { return t[i] == '\r' && i+1 < len(t) && t[i+1] == '\n' }

func (r *hyphenBreak) hyphen(p *lint.Pass, t []byte, i int, attested func(string) int, wrapped func() bool) {
	// Left fragment: letters right before the hyphen, or before " -".
	le := i
	spaced := false
	if le > 0 && t[le-1] == ' ' {
		le--
		spaced = true
	}
	ls := lettersBefore(t, le)
	if ls == le {
		return
	}
	if ls > 0 {
		if c, _ := utf8.DecodeLastRune(t[:ls]); unicode.IsDigit(c) || c == '-' && spaced {
			return
		}
	}
	// What follows the hyphen: spaces, then line breaks or not.
	j := i + 1
	for j < len(t) && isLineSpace(t[j]) {
		j++
	}
	newlines := 0
	for j < len(t) && (t[j] == '\n' || crlf(t, j) || isLineSpace(t[j])) {
		if t[j] == '\n' {
			newlines++
		}
		j++
	}
	kind := ""
	switch {
	case newlines == 0 && j > i+1 && !spaced:
		kind = "mid-line" // ex- ample
	case newlines == 1 && !spaced:
		kind = "line"
	case newlines >= 2:
		kind = "paragraph" // oth -\n\ner, exam-\n\nple
	default:
		return
	}
	re := lettersAfter(t, j)
	if re == j {
		return
	}
	if re < len(t) {
		if c, _ := utf8.DecodeRune(t[re:]); unicode.IsDigit(c) {
			return
		}
	}
	left, right := string(t[ls:le]), string(t[j:re])
	if first, _ := utf8.DecodeRuneInString(right); !unicode.IsLower(first) {
		return // a new sentence, a list item or a name: not a continuation
	}
	if p.Doc.Markdown && newlines > 0 && strings.HasPrefix(strings.TrimLeft(string(t[lineStartOf(t, j):j]), " \t"), "-") {
		return
	}
	joined := left + right
	hyphenated := left + "-" + right
	// A prefix before a word (anti-democratic, under-inflated) keeps its
	// hyphen unless the closed form is itself a common word (understand,
	// coordinator; antidemocratic is listed, but rare); the document's own
	// usage decides ties.
	keep := attested(hyphenated) > 0 && attested(joined) == 0 ||
		prefixes[strings.ToLower(left)] && r.lex.Known(right) && !r.commonClosed(joined) && attested(joined) == 0
	if !keep && (r.wordLike(joined) || attested(joined) > 0) {
		if kind == "mid-line" && (functionWords[right] || functionWords[strings.ToLower(left)]) {
			return // suspended hyphens: pre- and post-war, first- or second-
		}
		edits := []lint.Edit{{Start: le, End: j}}
		if kind == "line" && wrapped() {
			edits = keepWrap(t, ls, i+1, j, left)
		}
		p.Reportf(ls, re, &lint.Fix{Message: "rejoin the word", Safe: true, Edits: edits},
			"word broken by a hyphen: %q should be %q", string(p.Doc.Src[ls:re]), joined)
		return
	}
	if kind == "mid-line" || spaced {
		return // only a clear word may be rejoined across a space or a dash
	}
	leftOK := r.lex.Known(left) || prefixes[strings.ToLower(left)]
	if leftOK && r.wordLike(right) && textscan.LetterCount(left) >= 2 && textscan.LetterCount(right) >= 2 {
		edits := []lint.Edit{{Start: i + 1, End: j}}
		if kind == "line" && wrapped() {
			edits = keepWrap(t, ls, i+1, j, left+"-")
		}
		p.Reportf(ls, re, &lint.Fix{Message: "rejoin the compound", Safe: true, Edits: edits},
			"hyphenated compound broken across lines: %q should be %q", string(p.Doc.Src[ls:re]), left+"-"+right)
		return
	}
	if kind == "line" || kind == "paragraph" {
		if !r.lex.Known(left) && !r.wordLike(right) && textscan.LetterCount(left) >= 2 && textscan.LetterCount(right) >= 2 {
			p.Reportf(ls, re, &lint.Fix{Message: "rejoin the word", Safe: false,
				Edits: []lint.Edit{{Start: le, End: j}}},
				"word probably broken by a hyphen: %q, perhaps %q", string(p.Doc.Src[ls:re]), joined)
		}
	}
}

// keepWrap rejoins a word broken at a line end of hard-wrapped text by
// moving its first part (head, ls up to the hyphen's end he) to the start
// of the next line (at j), with the space before it: the lines keep their
// wrap instead of one growing by a word. When the first part starts its
// line, there is nothing to keep: the line break goes, as in unwrapped
// text.
func keepWrap(t []byte, ls, he, j int, head string) []lint.Edit {
	s := ls
	for s > 0 && (t[s-1] == ' ' || t[s-1] == '\t') {
		s--
	}
	if s == 0 || t[s-1] == '\n' {
		return []lint.Edit{{Start: ls + len(head), End: j}}
	}
	return []lint.Edit{{Start: s, End: he}, {Start: j, End: j, New: head}}
}

// hardWrapped reports whether a document's paragraphs are wrapped over
// several lines (a Markdown or e-mail style): most text lines run on into
// the next one, and lines are of a wrapping width. Scraped articles with
// one paragraph per line are not.
func hardWrapped(doc *lint.Document) bool {
	lines := doc.Lines()
	text, runOn, long := 0, 0, 0
	var widths []int
	for k, ln := range lines {
		if ln.End == ln.Start {
			continue
		}
		text++
		widths = append(widths, ln.End-ln.Start)
		if ln.End-ln.Start > 120 {
			long++
		}
		if k+1 < len(lines) && lines[k+1].End > lines[k+1].Start {
			runOn++
		}
	}
	if text < 3 || 2*runOn < text || 10*long >= text {
		return false
	}
	sort.Ints(widths)
	return widths[len(widths)/2] >= minWrapWidth
}

// minWrapWidth: the lines of wrapped prose are this long at least (a
// column of short lines is a list or verse, not a wrapped paragraph).
const minWrapWidth = 40

// commonClosed reports whether a prefixed word is listed closed and
// common enough to be the usual spelling: among the lexicon's common words
// (Lexicon.Common). SCOWL's rarer levels list closed forms like
// antidemocratic beside the hyphenated spelling most writers use.
func (r *hyphenBreak) commonClosed(w string) bool {
	return r.lex.Common(w)
}

func lineStartOf(t []byte, i int) int {
	for i > 0 && t[i-1] != '\n' {
		i--
	}
	return i
}

// softHyphens reports the soft hyphens (U+00AD) of a document once, at the
// first, with a fix that removes all of them (and any line break right
// after one). Publishers insert them as invisible hyphenation hints; in
// plain text they are residue that breaks search and word counts.
func (r *hyphenBreak) softHyphens(p *lint.Pass, t []byte, soft []int) {
	if len(soft) == 0 {
		return
	}
	var edits []lint.Edit
	for _, i := range soft {
		k := i + 2
		for k < len(t) && (t[k] == '\n' || crlf(t, k)) && i > 0 && lettersBefore(t, i) < i {
			k++
		}
		edits = append(edits, lint.Edit{Start: i, End: k})
	}
	first := soft[0]
	ls, re := lettersBefore(t, first), lettersAfter(t, edits[0].End)
	msg := "soft hyphen (U+00AD) left inside a word"
	if len(soft) > 1 {
		msg = fmt.Sprintf("%d soft hyphens (U+00AD) left inside words; the first is here", len(soft))
	}
	p.Reportf(ls, max(re, first+2), &lint.Fix{Message: "remove soft hyphens", Safe: true, Edits: edits}, "%s", msg)
}

// wordLike accepts words of the lexicon and their regular inflections and
// derivations (specifications, entrepreneurially, landings).
func (r *hyphenBreak) wordLike(w string) bool {
	if r.lex.Known(w) {
		return true
	}
	lw := strings.ToLower(w)
	for _, suf := range []string{"s", "es", "ed", "d", "ing", "ly", "ally", "er", "ers", "ness", "ment", "ments", "al"} {
		stem, ok := strings.CutSuffix(lw, suf)
		if !ok || len(stem) < 3 {
			continue
		}
		if r.lex.Known(stem) || r.lex.Known(stem+"e") ||
			strings.HasSuffix(stem, "i") && r.lex.Known(stem[:len(stem)-1]+"y") {
			return true
		}
	}
	return false
}
