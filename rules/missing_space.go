package rules

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/stylelint-dev/stylelint/internal/lexicon"
	"github.com/stylelint-dev/stylelint/internal/lint"
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
	maxRank int
}

var missingSpaceMeta = lint.Meta{
	ID:       "missing-space",
	Doc:      "Words run together by scraping (forGypsy, tounnecessary, boyfriend,Nick, 2015.The).",
	Severity: lint.Warning,
	Fixable:  true,
}

type missingSpaceOptions struct {
	// MaxRank is the rarest lexicon rank a piece of a split may have.
	MaxRank int `yaml:"max-rank"`
}

func init() {
	register(Spec{
		Meta:    missingSpaceMeta,
		Options: "# Rarest word (lexicon rank) a split may produce; lower is stricter.\nmax-rank: 70000\n",
		New: func(_ *Context, decode func(any) error) (lint.Rule, error) {
			o := missingSpaceOptions{MaxRank: 70000}
			if err := decode(&o); err != nil {
				return nil, err
			}
			if o.MaxRank <= 0 {
				return nil, errorf("max-rank must be positive")
			}
			return &missingSpace{lex: lexicon.Get(), maxRank: o.MaxRank}, nil
		},
	})
}

func (*missingSpace) Meta() lint.Meta { return missingSpaceMeta }

// join is one missing space at a byte offset of the document.
type join struct {
	at   int
	safe bool
}

type msCheck struct {
	r     *missingSpace
	p     *lint.Pass
	text  []byte
	words map[string]int // standalone words of the document, built on demand
	joins []join
	memo  map[string][]join // unknown word -> its joins, relative to the word
}

func (r *missingSpace) Check(p *lint.Pass) {
	c := &msCheck{r: r, p: p, text: p.Doc.Text}
	p.Doc.ForChunks(c.chunk)
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
	str := string(t)
	if notProse(str) {
		c.beforeLink(str, s)
		return
	}
	ts, te := trimChunk(str)
	if te-ts < 3 {
		return
	}
	c.joins = c.joins[:0]
	parts := splitWords(str[ts:te], s+ts)
	for i, w := range parts {
		if !w.word {
			continue
		}
		c.inWord(w.text, w.start)
		if i+2 < len(parts) && !parts[i+1].word && parts[i+2].word {
			c.punct(w, parts[i+1], parts[i+2])
		}
	}
	if len(c.joins) == 0 {
		return
	}
	sort.Slice(c.joins, func(i, j int) bool { return c.joins[i].at < c.joins[j].at })
	lo, hi := s+ts, s+te
	for k, j := range c.joins {
		if k > 0 && j.at == c.joins[k-1].at {
			continue
		}
		start, end := lo, hi
		if k > 0 {
			start = c.joins[k-1].at
		}
		if k+1 < len(c.joins) {
			end = c.joins[k+1].at
		}
		src := string(c.p.Doc.Src[start:end])
		split := string(c.p.Doc.Src[start:j.at]) + " " + string(c.p.Doc.Src[j.at:end])
		c.p.Reportf(start, end, &lint.Fix{
			Message: "insert a space",
			Safe:    j.safe,
			Edits:   []lint.Edit{{Start: j.at, End: j.at, New: " "}},
		}, "missing space: %q should be %q", src, split)
	}
}

func (c *msCheck) add(at int, safe bool) { c.joins = append(c.joins, join{at, safe}) }

// beforeLink finds a word glued to the link text that follows it, the
// commonest scraping join: "visitJoiningForces.gov", "atSteamPowered.com"
// (a lowercase word, then the capitalised start of a domain or handle).
func (c *msCheck) beforeLink(str string, s int) {
	ts, te := trimChunk(str)
	w := str[ts:te]
	i := 0
	for i < len(w) && w[i] >= 'a' && w[i] <= 'z' {
		i++
	}
	if i < 2 || i >= len(w) || w[i] < 'A' || w[i] > 'Z' || strings.Contains(w, "://") {
		return
	}
	head := w[:i]
	if !isFunctionWord(head) && !(c.verbLike(head) || c.commonWord(head) && len(head) >= 4) {
		return
	}
	at := s + ts + i
	c.p.Reportf(s+ts, s+te, &lint.Fix{Message: "insert a space", Safe: isFunctionWord(head),
		Edits: []lint.Edit{{Start: at, End: at, New: " "}}},
		"missing space: %q should be %q", w, head+" "+w[i:])
}

// notProse recognises URLs, e-mail addresses, handles, hashtags, domains
// and file names, which are never split.
func notProse(s string) bool {
	if strings.Contains(s, "://") || strings.Contains(s, "@") || strings.HasPrefix(s, "#") ||
		strings.HasPrefix(strings.ToLower(strings.TrimLeft(s, `("'“‘[<`)), "www.") {
		return true
	}
	if strings.Contains(s, "/") && strings.Contains(s, ".") {
		return true // paths and bare URLs
	}
	if strings.ContainsAny(s, "_={}<>\\|") || strings.Contains(s, "::") || strings.Contains(s, "->") ||
		strings.HasPrefix(s, "-") || strings.Contains(strings.TrimLeft(s, "(["), "(") {
		return true // code, command-line flags, calls
	}
	// domain.tld or file.ext (lowercase: "communities.In" is a sentence)
	low := s
	for i := strings.IndexByte(low, '.'); i >= 0 && i+1 < len(low); {
		j := i + 1
		for j < len(low) && low[j] >= 'a' && low[j] <= 'z' {
			j++
		}
		if tlds[low[i+1:j]] && i > 0 && isAlnumByte(low[i-1]) && (j == len(low) || !isAlnumByte(low[j])) {
			return true
		}
		k := strings.IndexByte(low[i+1:], '.')
		if k < 0 {
			break
		}
		i += 1 + k
	}
	return false
}

var tlds = setOf(`com org net gov edu mil int io co uk us ca de fr es it nl au in jp cn ru br
info biz tv me ly fm ai app dev gg be ch se no dk fi ie nz za eu asia news
html htm php asp aspx jsp txt md pdf doc docx xls xlsx ppt pptx csv json xml yaml yml
jpg jpeg png gif svg webp mp3 mp4 mov avi wav zip gz tar exe dmg js ts py go rb java c h cpp`)

func isAlnumByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
}

// trimChunk drops leading openers and trailing closers and final
// punctuation, which never hide a missing space.
func trimChunk(s string) (int, int) {
	start, end := 0, len(s)
	for start < end {
		r, n := utf8.DecodeRuneInString(s[start:])
		if !strings.ContainsRune(`"'“‘([{<*_`, r) {
			break
		}
		start += n
	}
	for end > start {
		r, n := utf8.DecodeLastRuneInString(s[start:end])
		if !strings.ContainsRune(`"'”’)]}>*_.,;:!?…`, r) {
			break
		}
		end -= n
	}
	return start, end
}

// part is a run of a chunk: a word (letters, digits, inner apostrophes)
// or the separator between two words.
type part struct {
	text  string
	start int // document offset
	word  bool
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' }

func splitWords(s string, base int) []part {
	var out []part
	eachPart(s, base, func(p part) { out = append(out, p) })
	return out
}

// eachPart calls fn for each word and separator of s, in order.
func eachPart(s string, base int, fn func(part)) {
	i := 0
	for i < len(s) {
		isW, n := wordRune(s, i)
		j := i + n
		for j < len(s) {
			w2, n2 := wordRune(s, j)
			if isW && !w2 && j+n2 < len(s) && isApostropheAt(s, j) {
				// an apostrophe between letters belongs to the word
				if r3, _ := utf8.DecodeRuneInString(s[j+n2:]); unicode.IsLetter(r3) {
					j += n2
					continue
				}
			}
			if w2 != isW {
				break
			}
			j += n2
		}
		fn(part{text: s[i:j], start: base + i, word: isW})
		i = j
	}
}

// eachWord calls fn for every word of the document, in order.
func eachWord(doc *lint.Document, fn func(w string, start int)) {
	text := docText(doc) // the words are substrings of it
	doc.ForChunks(func(s, e int) {
		eachPart(text[s:e], s, func(p part) {
			if p.word {
				fn(p.text, p.start)
			}
		})
	})
}

// wordRune reports whether the rune at s[i] is part of a word (a letter,
// digit or mark) and its length; ASCII is decided by table.
func wordRune(s string, i int) (bool, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return asciiWord[c], 1
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r), n
}

func isApostropheAt(s string, i int) bool {
	return s[i] == '\'' || strings.HasPrefix(s[i:], "’")
}

var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := '0'; c <= 'z'; c++ {
		t[c] = '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
	}
	return t
}()

type memoKey int

const (
	memoText memoKey = iota
	memoWordCounts
	memoIdentifiers
)

// usedAsIdentifier reports whether the document also uses w inside a
// handle, URL, domain, file name or code (@WhiteHouse,
// Facebook.com/WhiteHouse, AndroidManifest.xml, replace(unlinkPtr, …)):
// the same word in prose is that name again, not two words run together.
// It looks only at the chunks around w's occurrences.
func usedAsIdentifier(text, w string) bool {
	for i := 0; ; {
		k := strings.Index(text[i:], w)
		if k < 0 {
			return false
		}
		s, e := i+k, i+k+len(w)
		i = e
		for s > 0 && !chunkSep(text[s-1]) {
			s--
		}
		for e < len(text) && !chunkSep(text[e]) {
			e++
		}
		if notProse(text[s:e]) {
			return true
		}
	}
}

// chunkSep: the ASCII separators of ForChunks (enough to find a chunk
// around a word; other separators only make the chunk look longer).
func chunkSep(b byte) bool {
	return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f' || b == '\v' || b == 0
}

// docText is the document's masked text as a string, shared by rules.
func docText(doc *lint.Document) string {
	// A view, not a copy: a document's bytes never change (lint.Document).
	return doc.Memo(memoText, func() any { return unsafe.String(unsafe.SliceData(doc.Text), len(doc.Text)) }).(string)
}

// countWord counts the words of text (as splitWords cuts them, possessive
// 's stripped) that are exactly w. It searches instead of tokenising: a
// document asks about a handful of unknown words, and counting every word
// in a map cost more than the rest of the rule.
func countWord(text, w string) int {
	if w == "" {
		return 0
	}
	n := 0
	for i := 0; i <= len(text)-len(w); {
		k := strings.Index(text[i:], w)
		if k < 0 {
			break
		}
		s := i + k
		i = s + 1
		if startsWord(text, s, w) && stripPossessive(text[s:partEnd(text, s)]) == w {
			n++
		}
	}
	return n
}

// startsWord reports whether a word part begins at s: no word rune before
// it, and no apostrophe that splitWords would join to a word before it.
func startsWord(text string, s int, w string) bool {
	if s == 0 {
		return true
	}
	r, n := utf8.DecodeLastRuneInString(text[:s])
	if isWordRune(r) {
		return false
	}
	if isApostrophe(r) && s-n > 0 {
		first, _ := utf8.DecodeRuneInString(w)
		before, _ := utf8.DecodeLastRuneInString(text[:s-n])
		return !(isWordRune(before) && unicode.IsLetter(first))
	}
	return true
}

// partEnd returns where the word part starting at s ends (splitWords'
// rule: word runes, and apostrophes between a word rune and a letter).
func partEnd(text string, s int) int {
	j := s
	for j < len(text) {
		r, n := utf8.DecodeRuneInString(text[j:])
		if isWordRune(r) {
			j += n
			continue
		}
		if j > s && isApostrophe(r) && j+n < len(text) {
			if next, _ := utf8.DecodeRuneInString(text[j+n:]); unicode.IsLetter(next) {
				j += n
				continue
			}
		}
		break
	}
	return j
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiWord[r]
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// punct checks the separator between two words for a missing space after
// punctuation: "boyfriend,Nick", "2015.The", `said:"We`, "AAL)and".
func (c *msCheck) punct(left, sep, right part) {
	sp := sep.text
	core := strings.TrimRight(strings.TrimLeft(sp, `"“”’`), `"“”‘’`)
	if core == "" && sp == "”" {
		// closing quote glued to the next word: ”The
		if isFunctionWord(right.text) || lexicon.Shape(right.text) == lexicon.Title {
			c.add(sep.start+len(sp), false)
		}
		return
	}
	if (core == ".)" || core == "%)") && isFunctionWord(right.text) && letterCount(right.text) >= 2 && c.openParenBefore(left.start) {
		c.add(sep.start+len(sp), false) // (D-Mass.)and
		return
	}
	if core == "%" && isDigits(left.text) && isFunctionWord(right.text) && letterCount(right.text) >= 2 {
		c.add(sep.start+len(sp), true) // 1.2%to
		return
	}
	if utf8.RuneCountInString(core) != 1 || strings.Contains(sp, `"`) || strings.HasPrefix(sp, "“") {
		return // "...", "--", "/", "&", quotes before punctuation: not a join
	}
	rw := stripPossessive(right.text)
	rshape := lexicon.Shape(rw)
	letterStart := startsWithLetter(right.text)
	lLetters := letterCount(left.text)
	lDigits := isDigits(left.text)
	// Where the space goes: after punctuation and any closing quote, but
	// before an opening quote.
	at := sep.start + len(core)
	if rest := sp[len(core):]; rest != "" {
		if rest == "”" || rest == "’" || (rest == `"` && core != ":") {
			at = sep.start + len(sp)
		}
	}
	quoted := len(sp) > len(core)
	switch core {
	case ".":
		// Sentence glued to sentence. Initials (J.K.), abbreviations
		// (U.S., Ph.D.) and ellipses never qualify: both sides need two
		// or more letters and the right side must look like a sentence
		// start.
		if !letterStart || (lLetters < 2 && !(lDigits && len(left.text) >= 2)) {
			return
		}
		if c.qualifiedName(left, right) {
			return // io.Writer, cli.Context: a package and a name, not two sentences
		}
		if rw == "I" || (rshape == lexicon.Title && letterCount(rw) >= 2) {
			if lexicon.Shape(left.text) == lexicon.Upper && lLetters <= 3 {
				return // U.S.Army-style initialisms
			}
			c.add(at, true)
		} else if rshape == lexicon.Upper && letterCount(rw) >= 3 && lexicon.Shape(left.text) == lexicon.Lower && lLetters >= 3 {
			c.add(at, false) // command.BMW (but ASP.NET, Node.JS stay)
		}
	case ",", ";":
		if !letterStart || (lLetters < 2 && !(lDigits && len(left.text) >= 2)) || letterCount(rw) < 2 {
			return
		}
		switch {
		case rshape == lexicon.Title || (rshape == lexicon.Upper && letterCount(rw) >= 2):
			c.add(at, true)
		case rshape == lexicon.Lower && (c.known(left.text) && lLetters >= 3 || lDigits) && c.known(rw):
			c.add(at, true) // home,stay; 2016,per
		case rshape == lexicon.Other && letterCount(rw) >= 3 && lLetters >= 3:
			c.add(at, false) // RedShift,MySQL; iPad,iPad: brands in a list
		}
	case ":":
		if !letterStart || lLetters < 2 || lDigits {
			return
		}
		if rshape == lexicon.Title || quoted && letterCount(rw) >= 1 || rshape == lexicon.Upper && letterCount(rw) >= 2 {
			if schemes[strings.ToLower(left.text)] {
				return
			}
			c.add(at, true)
		} else if rshape == lexicon.Other && letterCount(rw) >= 3 && lLetters >= 3 && !schemes[strings.ToLower(left.text)] {
			c.add(at, false) // Roundup:iPad
		}
	case "!", "?":
		if letterStart && lLetters >= 2 && (rshape == lexicon.Title && letterCount(rw) >= 2 || rw == "I") {
			c.add(at, true)
		}
	case ")":
		// "(AAL)and": only before a function word, after a real
		// parenthesis of two or more characters.
		if isFunctionWord(right.text) && letterCount(right.text) >= 2 && len(left.text) >= 2 && c.openParenBefore(left.start) {
			c.add(at, false)
		}
	}
}

// qualifiedName reports whether left.Right is an identifier: a sentence
// ends with a word or a name, not an unknown lowercase token (io, cli,
// json), and a sentence join does not recur verbatim in the text.
func (c *msCheck) qualifiedName(left, right part) bool {
	if isASCIILower(left.text) && !c.known(left.text) {
		return true
	}
	end := right.start + len(right.text)
	return strings.Count(docText(c.p.Doc), string(c.text[left.start:end])) >= 2
}

// irregularPast are past tenses a reporter glues to a name (Peskovtold,
// Trumpsaid); not ran, met, won, led: names end in those (Moran, Emmet).
var irregularPast = setOf(`said told took made gave went came lost left felt wrote held sent spent paid sold found kept began became brought thought bought`)

// clauseWords continue a sentence after a noun and never end a name
// (unlike more, is, by, on: Skidmore, Fallis, Kirby).
var clauseWords = setOf(`was were are has have had that which who whom whose from with the
this these those than into onto about after before would could should will shall can did does and but`)

// nameEndings are function words that often end a surname or a given name.
var nameEndings = setOf(`some her him his its one ten on in an am us as be so no nor`)

var schemes = setOf(`http https ftp mailto tel file news irc urn data javascript`)

// openParenBefore reports whether a '(' precedes offset on the same line.
func (c *msCheck) openParenBefore(off int) bool {
	for i := off - 1; i >= 0 && c.text[i] != '\n'; i-- {
		if c.text[i] == '(' {
			return true
		}
		if c.text[i] == ')' {
			return false
		}
	}
	return false
}

func startsWithLetter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r)
}

func letterCount(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// stripPossessive removes a trailing 's or ’s.
func stripPossessive(s string) string {
	for _, suf := range []string{"'s", "’s", "'S", "’S"} {
		if strings.HasSuffix(s, suf) && len(s) > len(suf) {
			return s[:len(s)-len(suf)]
		}
	}
	return s
}

func isFunctionWord(s string) bool { return functionWords[strings.ToLower(s)] }

// known reports whether w is a word: lexicon, user vocabulary.
func (c *msCheck) known(w string) bool {
	return c.r.lex.Known(w) || c.p.Env.Allowed(w)
}

// attested counts how often w stands alone as a word in the document.
func (c *msCheck) attested(w string) int {
	if len(c.text) > searchLimit {
		return wordCounts(c.p.Doc)[w]
	}
	n, ok := c.words[w]
	if !ok {
		if c.words == nil {
			c.words = map[string]int{}
		}
		n = countWord(docText(c.p.Doc), w)
		c.words[w] = n
	}
	return n
}

// searchLimit: in a document larger than this, each question would cost a
// search through the whole text and a big file asks thousands; one pass
// that counts every word (or indexes every identifier) is linear instead.
const searchLimit = 256 << 10

// wordCounts counts every word of the document, possessives stripped (the
// tokens countWord would find, gathered in one pass).
func wordCounts(doc *lint.Document) map[string]int {
	return doc.Memo(memoWordCounts, func() any {
		m := map[string]int{}
		eachWord(doc, func(w string, _ int) { m[stripPossessive(w)]++ })
		return m
	}).(map[string]int)
}

// identifierWords is usedAsIdentifier for every word at once.
func identifierWords(doc *lint.Document) map[string]bool {
	return doc.Memo(memoIdentifiers, func() any {
		ids := map[string]bool{}
		for _, chunk := range strings.Fields(docSource(doc)) {
			if notProse(chunk) {
				eachPart(chunk, 0, func(p part) {
					if p.word {
						ids[p.text] = true
					}
				})
			}
		}
		return ids
	}).(map[string]bool)
}

// identifier searches the source, not the masked text: code spans and
// link destinations ([BethGriggs](https://github.com/BethGriggs)) are
// exactly where a document shows that a word is an identifier.
func (c *msCheck) identifier(w string) bool {
	if len(c.text) > searchLimit {
		return identifierWords(c.p.Doc)[w]
	}
	return usedAsIdentifier(docSource(c.p.Doc), w)
}

// docSource is the document's bytes as read, as a string view.
func docSource(doc *lint.Document) string {
	return unsafe.String(unsafe.SliceData(doc.Src), len(doc.Src))
}

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
	case isApostrophe(r):
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
	if c.p.Env.Allowed(w) || c.p.Env.Allowed(stripPossessive(w)) || c.known(w) || c.known(stripPossessive(w)) {
		return
	}
	// The verdict on a word depends only on the word and the document, and
	// unknown words (names) recur: decide each once per document.
	if js, ok := c.memo[w]; ok {
		for _, j := range js {
			c.add(base+j.at, j.safe)
		}
		return
	}
	n := len(c.joins)
	c.decideWord(w, base)
	if len(c.joins) > n && c.identifier(w) {
		// @WhiteHouse, AndroidManifest.xml elsewhere: a name, not a join.
		c.joins = c.joins[:n]
	}
	var rel []join
	for _, j := range c.joins[n:] {
		rel = append(rel, join{j.at - base, j.safe})
	}
	if c.memo == nil {
		c.memo = map[string][]join{}
	}
	c.memo[w] = rel
}

func (c *msCheck) decideWord(w string, base int) {
	runs := caseRuns(w)
	if humps := capitalRuns(runs); runs[0].class == clUpper && (humps >= 3 || humps == 2 && c.attested(w) >= 3) {
		return // PathMatchUnvalidated, SuggestedFix x4: identifiers and brands, not joins
	}
	// Split the word into segments at the boundaries we find, then try to
	// segment whatever is left that is still not a word.
	cuts := []int{0}
	for k := 1; k < len(runs); k++ {
		prev, cur := runs[k-1], runs[k]
		switch {
		case prev.class == clLower && cur.class == clUpper:
			if c.caseJoin(w, runs, k) {
				c.add(base+cur.start, c.caseJoinSafe(w, runs, k))
				cuts = append(cuts, cur.start)
			}
		case prev.class == clUpper && cur.class == clLower && prev.end-prev.start >= 2:
			// SYNCplatform: an acronym glued to a lowercase word (but not
			// JPMorgan, CEOs, DVDs)
			low := w[cur.start:cur.end]
			lastCap := w[prev.end-utf8RuneLenLast(w[prev.start:prev.end]) : cur.end]
			if (k+1 == len(runs) || runs[k+1].class != clApos) && letterCount(low) >= 2 && !suffixFragments[low] &&
				c.commonWord(low) && !c.known(lastCap) && !(k+1 < len(runs) && runs[k+1].class == clUpper) {
				c.add(base+cur.start, false)
				cuts = append(cuts, cur.start)
			}
		case prev.class == clLower && cur.class == clDigit:
			// and12, to185: a function word glued to a number
			if lw := w[runStart(runs, k-1):prev.end]; isFunctionWord(lw) && letterCount(lw) >= 2 && k-1 == firstLetterRun(runs, k-1) {
				c.add(base+cur.start, letterCount(lw) >= 3 && isDigits(w[cur.start:cur.end]) && k+1 == len(runs))
				cuts = append(cuts, cur.start)
			}
		case prev.class == clDigit && cur.class == clLower:
			// 3that, 18,953and
			low := w[cur.start:cur.end]
			if (k+1 == len(runs)) && isFunctionWord(low) && letterCount(low) >= 2 && !units[low] && prev.start == 0 && !c.afterDecimalPoint(base) {
				c.add(base+cur.start, letterCount(low) >= 3) // 3that is never a unit
				cuts = append(cuts, cur.start)
			}
		case prev.class == clApos && cur.class == clLower && k >= 2:
			c.contraction(w, runs, k, base)
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
		c.segment(seg, base+cuts[i], len(cuts) > 2)
	}
}

// afterDecimalPoint reports whether the word at off follows "digit." (the
// fraction of 1.8so is a table cell or a version, not a glued count).
func (c *msCheck) afterDecimalPoint(off int) bool {
	return off >= 2 && c.text[off-1] == '.' && c.text[off-2] >= '0' && c.text[off-2] <= '9'
}

// mixedCaseJoin finds a function word glued to a listed mixed-case name,
// before it (theiPhone) or after it (DiCaprioand, McDonaldthe).
func (c *msCheck) mixedCaseJoin(w string) int {
	for i := 1; i < len(w) && i <= 5; i++ {
		if head, rest := w[:i], w[i:]; isASCIILower(head) && functionWords[head] && !particles[head] && lexicon.Shape(rest) == lexicon.Other {
			if _, ok := c.r.lex.Rank(rest); ok {
				return i
			}
		}
	}
	for i := len(w) - 2; i >= len(w)-5 && i > 2; i-- {
		if head, tail := w[:i], w[i:]; isASCIILower(tail) && len(tail) >= 3 && functionWords[tail] && !particles[tail] && lexicon.Shape(head) == lexicon.Other {
			if _, ok := c.r.lex.Rank(head); ok {
				return i
			}
		}
	}
	return 0
}

func utf8RuneLenLast(s string) int {
	_, n := utf8.DecodeLastRuneInString(s)
	return n
}

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
func (c *msCheck) caseJoin(w string, runs []caseRun, k int) bool {
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
	if li > 0 && runs[li-1].class == clApos {
		// company’sSYNC: the left word is a contraction or possessive
		if !clitic(left) {
			return false
		}
		left = w[:ls]
		left = strings.TrimRight(left, "'’")
		titleLeft = lexicon.Shape(left) == lexicon.Title
		if !c.known(left) {
			return false
		}
	}
	// Right word: capitals and the lowercase run after them.
	rs := runs[k].start
	re := runs[k].end
	if k+1 < len(runs) && runs[k+1].class == clLower {
		if runs[k].end-runs[k].start > len(string([]rune(w[runs[k].start:runs[k].end])[0])) {
			return false // ABCdef on the right: ambiguous
		}
		re = runs[k+1].end
	}
	right := w[rs:re]
	rshape := lexicon.Shape(right)
	rl := letterCount(right)
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
		if left != "a" && letterCount(left) < 2 {
			return false
		}
		if letterCount(left) == 2 && !twoLetterWords[left] {
			return false
		}
		// Code identifiers (drawBorder) glue a verb to a common noun;
		// scraping glues any word to a name or a sentence: the right word
		// must be a name (not a lowercase word) or stand alone elsewhere,
		// unless the left word is a function word.
		// An inflected verb or adjective before a capitalised word
		// (wantedBewitched, incomingEnergy) is prose, not an identifier.
		prose := c.verbLike(left) && letterCount(right) >= 4
		if !isFunctionWord(left) && !prose && c.attested(stripPossessive(right)) == 0 && c.r.lex.Known(strings.ToLower(stripPossessive(right))) {
			return false
		}
		switch rshape {
		case lexicon.Title:
			return rl >= 2
		case lexicon.Upper:
			// withFBI, but not openSUSE: an acronym after a plain word is
			// a brand's spelling
			return rl >= 3 && (isFunctionWord(left) || c.verbLike(left))
		}
		return false
	}
	// PresidentDonald, ArrowThe: capitalised words glued together. Brands
	// (YouTube, PlayStation, LinkedIn) are told apart by the document:
	// both halves must also stand alone in it.
	if letterCount(left) < 3 || rl < 2 || rshape != lexicon.Title {
		return false
	}
	// A capitalised function word (From, The, Via) is a word wherever it
	// stands; other left halves must stand alone in the document.
	if c.attested(left) == 0 && !(isFunctionWord(left) && !particles[strings.ToLower(left)]) && !(weekdays[right] && c.known(left)) {
		return false
	}
	return c.attested(right) > 0 || (right == "The" || right == "A" || right == "An") || weekdays[right]
}

// weekdays never end a brand or a name: PostThursday is two words.
var weekdays = setOf(`Monday Tuesday Wednesday Thursday Friday Saturday Sunday`)

// verbLike: an inflected word (wanted, incoming, journal-ist…) or a short
// verb form whose stem is a word (doing, owns).
func (c *msCheck) verbLike(w string) bool {
	if !c.known(w) {
		return false
	}
	if inflected(w) {
		return true
	}
	if stem, ok := strings.CutSuffix(w, "ing"); ok && len(w) >= 5 {
		return c.known(stem) || c.known(stem+"e")
	}
	if stem, ok := strings.CutSuffix(w, "s"); ok && len(stem) >= 3 && !strings.HasSuffix(stem, "s") {
		return c.known(stem)
	}
	return false
}

func (c *msCheck) caseJoinSafe(w string, runs []caseRun, k int) bool {
	right := stripPossessive(w[runs[k].start:])
	if k == 2 && runs[0].class == clUpper {
		// ArrowThe, FlashThe: a capitalised word glued to an article.
		return right == "The" || right == "A" || right == "An"
	}
	// Safe when the left word is lowercase and common.
	left := w[runs[k-1].start:runs[k-1].end]
	if lexicon.Shape(left) != lexicon.Lower {
		return false
	}
	if k-1 > 0 {
		return false
	}
	if isFunctionWord(left) {
		return true
	}
	// Otherwise only before a name or a word the text uses on its own
	// (coordinatorMajor, where "Major" stands alone elsewhere):
	// wantedBewitched is prose, but selectedIndex may be an identifier,
	// so that fix waits for a person.
	return c.commonWord(left) && (!c.r.lex.Known(strings.ToLower(right)) || c.attested(right) > 0)
}

// clitic reports whether s is an apostrophe clitic (’s, ’ll, …).
func clitic(s string) bool {
	for _, c := range clitics {
		if s == c {
			return true
		}
	}
	return false
}

// contraction handles it’smore, you’lldiscover: a clitic glued to a word.
func (c *msCheck) contraction(w string, runs []caseRun, k int, base int) {
	if k+1 != len(runs) {
		return
	}
	tail := w[runs[k].start:runs[k].end]
	if c.known(tail) {
		return
	}
	for _, cl := range clitics {
		rest, ok := strings.CutPrefix(tail, cl)
		if !ok || letterCount(rest) < 2 {
			continue
		}
		var pieces []string
		if !c.commonWord(rest) {
			if pieces = c.split(rest); pieces == nil {
				continue
			}
		}
		head := w[:runs[k].start] + cl
		if !c.known(head) && !c.known(w[:runs[k-1].start]) {
			continue
		}
		at := base + runs[k].start + len(cl)
		// it’smore, you’lldiscover: a pronoun's clitic and a common word.
		c.add(at, pieces == nil && letterCount(rest) >= 3 && isFunctionWord(w[:runs[k-1].start]))
		for _, p := range pieces[:max(0, len(pieces)-1)] {
			at += len(p)
			c.add(at, false)
		}
		return
	}
}

// commonWord reports whether a lowercase word is in the lexicon with a
// rank inside the configured limit.
func (c *msCheck) commonWord(w string) bool {
	r, ok := c.r.lex.Rank(w)
	return ok && r < c.r.maxRank || c.p.Env.Allowed(w)
}

// segment splits an unknown lowercase or capitalised stretch into words
// (tounnecessary → to unnecessary, Orlandoand → Orlando and).
func (c *msCheck) segment(seg string, base int, partOfLarger bool) {
	shape := lexicon.Shape(seg)
	n := letterCount(seg)
	if n < 3 || c.known(seg) {
		return
	}
	switch shape {
	case lexicon.Lower:
		if _, name := c.r.lex.Rank(titleCase(seg)); name || c.r.lex.Known(strings.ToUpper(seg)) {
			return // robinson, youtube: a name or brand written in lowercase
		}
		// Cheapest test first: most unknown words have no credible split.
		pieces := c.split(seg)
		if len(pieces) < 2 || c.attested(seg) > 1 || c.looksMisspelt(seg) {
			return
		}
		safe := len(pieces) == 2
		off := 0
		for _, p := range pieces[:len(pieces)-1] {
			off += len(p)
			c.add(base+off, safe && c.strongPiece(pieces[0]) && c.strongPiece(pieces[1]))
		}
	case lexicon.Title:
		if partOfLarger || c.attested(seg) > 1 {
			return
		}
		cuts, safe := c.titleSplit(seg)
		for _, cut := range cuts {
			c.add(base+cut, safe)
		}
	}
}

// titleSplit finds where a capitalised unknown word splits into a name and
// lowercase words (Orlandoand, Trumptweeted, Thefollowing), or nil.
// Names that end in a word (Goodwin, Clinton, Newcastle) are protected by
// demanding evidence: the name part must be a proper noun of the lexicon
// or stand alone elsewhere in the document, and the word part must be a
// function word or carry an inflection.
func (c *msCheck) titleSplit(seg string) ([]int, bool) {
	// A whole known tail first (Orlandoand), then a tail that is itself
	// run together (Postreportedthat: Post|reported|that), judged by its
	// first word.
	for cut := len(seg) - 2; cut >= 2; cut-- {
		if tail := seg[cut:]; isASCIILower(tail) && c.known(tail) {
			if ok, safe := c.nameThenWord(seg[:cut], tail); ok {
				return []int{cut}, safe
			}
		}
	}
	for cut := 3; cut <= len(seg)-5; cut++ {
		tail := seg[cut:]
		if !isASCIILower(tail) || c.known(tail) || c.looksMisspelt(tail) {
			continue
		}
		pieces := c.split(tail)
		if len(pieces) < 2 {
			continue
		}
		if ok, _ := c.nameThenWord(seg[:cut], pieces[0]); !ok {
			continue
		}
		cuts := []int{cut}
		for _, p := range pieces[:len(pieces)-1] {
			cuts = append(cuts, cuts[len(cuts)-1]+len(p))
		}
		return cuts, false
	}
	return nil, false
}

// nameThenWord judges a capitalised head glued to a lowercase word, and
// whether the evidence is strong enough for --fix: an article glued to a
// word, or a clause word after a name the text uses on its own twice.
func (c *msCheck) nameThenWord(head, tail string) (ok, safe bool) {
	lh := strings.ToLower(head)
	if (lh == "the" || lh == "a" || lh == "an") && len(tail) >= 3 && c.commonWord(tail) {
		return true, true // Thefollowing, Thediscussion (never Weis, Atwater, Beachy)
	}
	if nameEndings[tail] || len(head) < 3 {
		return false, false // Newsome, Hersher, Malone: surnames end in these
	}
	_, proper := c.r.lex.Rank(head)
	seen := c.attested(head)
	pastTense := len(tail) >= 5 && strings.HasSuffix(tail, "ed") && c.commonWord(tail) || irregularPast[tail]
	safe = seen >= 2 && (clauseWords[tail] || pastTense && len(tail) >= 6)
	ok = true
	switch {
	case functionWords[tail] && !particles[tail] && len(tail) >= 3 && (proper && len(head) >= 5 || seen > 0):
		return ok, safe // Orlandoand, Disneythe (a short proper head is a name's start: Wienand)
	case functionWords[tail] && len(tail) == 2 && seen >= 2:
		return ok, safe // Hanlonis, Disneyto: the name recurs on its own
	case len(tail) >= 4 && inflected(tail) && c.commonWord(tail) && seen >= 2 && !c.commonWord(lh):
		return ok, safe // Trumptweeted, Yorkreported (a name: not Makefiles, Typechecking)
	case pastTense && seen >= 1:
		return ok, safe // Trumpdeclared, Prokopadded: a past tense after a name the text uses alone
	case pastTense && len(tail) >= 6 && len(head) >= 4 && c.known(head):
		return ok, safe // Tribunepublished, Postreported: a word and a past tense
	case clauseWords[tail] && len(head) >= 4 && (c.commonWord(lh) || len(head) >= 5 && c.known(head)):
		return ok, safe // Guardianwas, Timesthat: a word and a verb or conjunction
	}
	return false, false
}

// titleCase capitalises the first letter of an ASCII lowercase word.
func titleCase(w string) string {
	if w == "" || w[0] < 'a' || w[0] > 'z' {
		return w
	}
	return string(w[0]-'a'+'A') + w[1:]
}

// strongPiece: a piece common enough that inserting the space is safe.
func (c *msCheck) strongPiece(p string) bool {
	if isFunctionWord(p) {
		return true
	}
	r, ok := c.r.lex.Rank(p)
	return ok && r < 30000
}

// looksMisspelt reports whether a long unknown word is one typo away from
// a known word ("belives"): then it is a misspelling, not two words.
func (c *msCheck) looksMisspelt(w string) bool {
	if len(w) < 6 || !isASCIILower(w) {
		return false
	}
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
	for i := 0; i <= len(w); i++ { // insertion, in one reused buffer
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

func isASCIILower(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return true
}

// split is a Zipf-cost segmentation restricted to credible pieces: words
// of the lexicon within maxRank; one-letter pieces only "a" (and only after
// a function word); two-letter pieces only common ones. It returns nil when
// no split into at least two such pieces exists.
func (c *msCheck) split(w string) []string {
	const maxPieces = 4
	n := len(w)
	inf := 1e18
	best := make([]float64, n+1)
	from := make([]int, n+1)
	count := make([]int, n+1)
	for i := 1; i <= n; i++ {
		best[i] = inf
	}
	for i := 1; i <= n; i++ {
		for j := max(0, i-24); j < i; j++ {
			if best[j] >= inf || count[j] >= maxPieces {
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
	if best[n] >= inf || count[n] < 2 {
		return nil
	}
	var pieces []string
	for i := n; i > 0; i = from[i] {
		pieces = append(pieces, w[from[i]:i])
	}
	for l, r := 0, len(pieces)-1; l < r; l, r = l+1, r-1 {
		pieces[l], pieces[r] = pieces[r], pieces[l]
	}
	for i := 0; i+1 < len(pieces); i++ {
		if !credibleBoundary(pieces[i], pieces[i+1]) {
			return nil
		}
	}
	for i, p := range pieces {
		if p == "a" && i > 0 && !functionWords[pieces[i-1]] && !verbForm(pieces[i-1]) {
			return nil // "bella" is not "bell a"
		}
		if len(p) <= 3 && !functionWords[p] && !twoLetterWords[p] {
			// short pieces must be function words, unless they are
			// common (rank) and the other pieces are long
			if r, _ := c.r.lex.Rank(p); r > 5000 {
				return nil
			}
		}
	}
	return pieces
}

// credibleBoundary reports whether two adjacent pieces are more likely
// two words than a closed compound the lexicon does not list (roundtable,
// showrunners, takedown): one side must be a function word that does not
// build compounds, or the left word must carry an inflection or a suffix
// that compounds do not have inside them (deployments|crushed,
// mostly|because, internal|report).
// verbForm: a verb ending that may take an article after it (reading a,
// announced a), unlike a noun (bell a).
func verbForm(w string) bool {
	return len(w) >= 6 && (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed"))
}

func credibleBoundary(l, r string) bool {
	strong := func(w string) bool { return functionWords[w] && !particles[w] }
	switch {
	case strong(l) || strong(r):
		return true
	case (r == "in" || r == "on") && len(l) >= 4:
		return true
	case particles[l] && r == "a":
		return true
	}
	if len(l) >= 4 && len(r) >= 6 && strings.HasSuffix(r, "ly") {
		return true // respond|immediately: compounds do not end in an adverb
	}
	return inflected(l) && len(r) >= 3
}

// inflected reports whether a word ends in an inflection or derivational
// suffix that does not occur at the end of a compound's first element.
func inflected(w string) bool {
	n := len(w)
	switch {
	case n >= 5 && strings.HasSuffix(w, "ly"):
		return true
	case n >= 6 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")):
		return true
	case n >= 6 && (strings.HasSuffix(w, "al") || strings.HasSuffix(w, "ous") || strings.HasSuffix(w, "ive") || strings.HasSuffix(w, "ful") || strings.HasSuffix(w, "est")):
		return true
	case n >= 5 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		return true
	}
	return false
}

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
	r, ok := c.r.lex.Rank(p)
	if !ok || r >= c.r.maxRank {
		if c.p.Env.Allowed(p) {
			return c.r.lex.Cost(c.r.maxRank), true
		}
		return 0, false
	}
	return c.r.lex.Cost(r) + 1, true // +1 per piece prefers fewer pieces
}
