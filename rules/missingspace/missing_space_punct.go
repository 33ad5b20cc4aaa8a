// Punctuation joins for missing-space: a sentence glued to the next
// (2015.The), a list item to the next (boyfriend,Nick), a label to its
// value (Roundup:iPad), and words glued to the links beside them.

package missingspace

import (
	"bytes"
	"github.com/stylelint-dev/stylelint/internal/textscan"
	"strings"
	"unicode/utf8"

	"github.com/stylelint-dev/stylelint/internal/lexicon"
	"github.com/stylelint-dev/stylelint/internal/wordclass"
)

// rshape0 is the shape of a word without its possessive.
func rshape0(w string) lexicon.CaseShape { return lexicon.Shape(textscan.StripPossessive(w)) }

// beforeLink finds a word glued to the link text that follows it, the
// commonest scraping join: "visitJoiningForces.gov", "atSteamPowered.com"
// (a lowercase word, then the capitalised start of a domain or handle).
func (c *msCheck) beforeLink(w string, base int) {
	i := 0
	for i < len(w) && w[i] >= 'a' && w[i] <= 'z' {
		i++
	}
	if i < 2 || i >= len(w) || w[i] < 'A' || w[i] > 'Z' || strings.Contains(w, "://") {
		return
	}
	head := w[:i]
	if !c.linkHead(head) || !linkLike(w[i:]) {
		return
	}
	if k := strings.IndexByte(w[i:], '('); k > 0 && isLetterByte(w[i+k-1]) {
		return // checkPublicSuffix('test.jp': a call, code names things by gluing words
	}
	if c.q.RecursInSource(w) {
		return // [nestedCommands.js](./examples/nestedCommands.js): a name the text writes again, a join does not recur
	}
	c.report(base, base+len(w), join{at: base + i, safe: textscan.IsFunctionWord(head)})
}

// beforeScheme finds a word glued to a link's scheme or www, with or
// without a colon: "visithttp://", "atwww.foe.org", "archives:http://",
// "(seehttp://". No word ends in http or www, so the boundary is the
// shape's own, and any common word may stand before it (a short one too,
// see: linkHead's length bound is for a capitalised link, where the
// boundary is a guess).
func (c *msCheck) beforeScheme(w string, base int) {
	at := -1
	for _, scheme := range [...]string{"http://", "https://", "www."} {
		if k := strings.Index(w, scheme); k >= 0 && (at < 0 || k < at) {
			at = k
		}
	}
	if at < 2 {
		return
	}
	head := strings.TrimSuffix(w[:at], ":")
	if len(head) < 2 || !textscan.IsASCIILower(head) || schemes[head] || !c.linkHead(head) && !c.commonWord(head) {
		return
	}
	c.report(base, base+len(w), join{at: base + at, safe: textscan.IsFunctionWord(head) && len(head) == at})
}

// linkLike reports whether s is (or starts) a link or an address: a path,
// a handle or e-mail, or a domain. A call (withCredentials()) or other
// code is not: code names things by gluing words.
func linkLike(s string) bool {
	return strings.ContainsAny(s, "/@") || textscan.HasDomain(s)
}

// linkHead reports whether a lowercase word glued to a link or an address
// reads as prose: a function word, a verb form, or a common word.
func (c *msCheck) linkHead(head string) bool {
	return textscan.IsFunctionWord(head) || c.verbLike(head) || c.commonWord(head) && len(head) >= 4
}

// beforeEmail finds a word glued to an e-mail address whose local part
// is a name the text uses: "Laura E. Adkins … Contact her
// atadkins@forward.com", "please contactdavid.tl@…". An address's local
// part is arbitrary, so the rest must be a capitalised name that the
// document writes on its own and that is no lowercase word.
func (c *msCheck) beforeEmail(w string, base int) {
	at := strings.IndexByte(w, '@')
	if at < 5 || !c.afterLowerWord(base) {
		return // <ansasaki@redhat.com> after an author's name: initials, not a word
	}
	local := w[:at]
	name := leadingLower(local)
	if len(name) < len(local) && local[len(name)] != '.' {
		return
	}
	for i := 2; i <= len(name)-3 && i <= 7; i++ {
		head, rest := name[:i], name[i:]
		if particles[head] || !c.linkHead(head) {
			continue
		}
		if c.r.lex.Known(rest) || c.attested(titleCase(rest)) == 0 {
			continue
		}
		c.report(base, base+len(w), join{at: base + i, safe: false})
		return
	}
}

// afterLowerWord reports whether the chunk at off follows a lowercase
// word and a space on its line: it sits in running prose.
func (c *msCheck) afterLowerWord(off int) bool {
	if off < 3 || c.text[off-1] != ' ' {
		return false
	}
	b := c.text[off-2]
	return b >= 'a' && b <= 'z'
}

// afterCall finds a word glued to the empty parentheses of a call in
// running text: "the unlink()function". No language puts a word straight
// after a call's parentheses, so the word is prose.
func (c *msCheck) afterCall(w string, base int) {
	i := strings.Index(w, "()")
	if i < 1 || !isIdentifier(w[:i]) {
		return
	}
	rest := w[i+2:]
	if !textscan.IsASCIILower(rest) || textscan.LetterCount(rest) < 2 || suffixFragments[rest] || !(textscan.IsFunctionWord(rest) || c.commonWord(rest)) {
		return
	}
	c.report(base, base+len(w), join{at: base + i + 2, safe: false})
}

// afterParenLabel finds a link glued to the colon after a parenthesis:
// "(on the timeline):Instagram.com/WhiteHouse".
func (c *msCheck) afterParenLabel(w string, base int) {
	i := strings.Index(w, "):")
	if i < 2 || !textscan.IsASCIILower(w[:i]) || i+2 >= len(w) || w[i+2] < 'A' || w[i+2] > 'Z' || !c.openParenBefore(base) {
		return
	}
	c.report(base, base+len(w), join{at: base + i + 2, safe: false})
}

// afterDomain finds a word glued to the top-level domain that ends a
// link's text: "adkins@forward.comor", "www.nytimes.comthe".
func (c *msCheck) afterDomain(w string, base int) {
	dot := strings.LastIndexByte(w, '.')
	if dot < 1 || !textscan.IsAlnumByte(w[dot-1]) || !textscan.IsASCIILower(w[dot+1:]) || tlds[w[dot+1:]] {
		return
	}
	label := w[dot+1:]
	for _, tld := range []string{"com", "org", "net", "gov", "edu"} {
		rest, ok := strings.CutPrefix(label, tld)
		if !ok || len(rest) < 2 || !functionWords[rest] || particles[rest] {
			continue
		}
		c.report(base, base+len(w), join{at: base + dot + 1 + len(tld), safe: true})
		return
	}
}

// punct checks the separator between two words for a missing space after
// punctuation: "boyfriend,Nick", "2015.The", `said:"We`, "AAL)and".
func (c *msCheck) punct(left, sep, right textscan.Part) {
	sp := sep.Text
	core := strings.TrimRight(strings.TrimLeft(sp, `"“”’`), `"“”‘’`)
	// A straight quote is a closing one when the quotes before it on its
	// line are odd in number: then it is read as ” (noise."We,
	// KTP"and); an opening one is left (where its space goes is unknown:
	// He left."We or left. "We).
	closing := strings.Count(sp, `"`) == 1 && strings.HasSuffix(sp, `"`) && c.quoteCloses(sep.Start+len(sp)-1)
	if closing {
		// The count may be wrong (an inch mark, a quotation across
		// lines): these fixes are never safe.
		n := len(c.joins)
		defer func() {
			for i := n; i < len(c.joins); i++ {
				c.joins[i].safe = false
			}
		}()
	}
	if core == "" && (sp == "”" || closing) {
		// closing quote glued to the next word: ”The, "and, ”occupation
		// (a word the lexicon ranks common: a closing quote ends no word)
		if textscan.IsFunctionWord(right.Text) || lexicon.Shape(right.Text) == lexicon.Title || lexicon.Shape(right.Text) == lexicon.Lower && textscan.LetterCount(right.Text) >= 3 && c.commonWord(right.Text) {
			c.add(sep.Start+len(sp), false)
		}
		return
	}
	if (core == ".)" || core == "%)") && textscan.IsFunctionWord(right.Text) && textscan.LetterCount(right.Text) >= 2 && c.openParenBefore(left.Start) {
		c.add(sep.Start+len(sp), false) // (D-Mass.)and
		return
	}
	if core == ")." && (rshape0(right.Text) == lexicon.Title && textscan.LetterCount(right.Text) >= 2 || right.Text == "I") && c.openParenBefore(left.Start) {
		c.add(sep.Start+len(sp), true) // (NECC).The: a sentence ends after its parenthesis
		return
	}
	pre := 0 // bytes of a closing parenthesis before the punctuation
	if len(core) == 2 && core[0] == ')' && strings.IndexByte(",;:", core[1]) >= 0 && sp[0] == ')' && c.openParenBefore(left.Start) {
		// (2),NBC; timeline):Instagram: the punctuation after a parenthesis
		pre, core = 1, core[1:]
		if core == "," && isNumber(right.Text) {
			c.add(sep.Start+len(sp), false) // Buy),12.9: a list of figures
			return
		}
	}
	if utf8.RuneCountInString(core) != 1 || strings.Contains(sp, `"`) && !closing || strings.HasPrefix(sp, "“") {
		return // "...", "--", "/", "&", quotes before punctuation: not a join
	}
	if left.Start > 0 && c.text[left.Start-1] == '&' && core == ";" {
		return // &quot;to: an HTML entity left in the text, not a list
	}
	rw := textscan.StripPossessive(right.Text)
	rshape := lexicon.Shape(rw)
	letterStart := textscan.StartsWithLetter(right.Text)
	lLetters := textscan.LetterCount(left.Text)
	lDigits := textscan.IsDigits(left.Text)
	if pre > 0 {
		lLetters = max(lLetters, 2) // (2),NBC: after a parenthesis the left word is no initial
	}
	// Where the space goes: after punctuation and any closing quote, but
	// before an opening quote.
	at := sep.Start + pre + len(core)
	if rest := sp[pre+len(core):]; rest != "" {
		if rest == "”" || rest == "’" || (rest == `"` && core != ":") {
			at = sep.Start + len(sp)
		}
	}
	quoted := len(sp) > len(core)
	// One digit before a capitalised word: a list item's number (Week
	// 9.Isaac, Tip 3:How), not a decimal or a time.
	listNumber := lDigits && len(left.Text) == 1 && rshape == lexicon.Title
	switch core {
	case ".":
		// Sentence glued to sentence. Initials (J.K.), abbreviations
		// (U.S., Ph.D.) and ellipses never qualify: both sides need two
		// or more letters (or the left a number: 2015.The, and one digit
		// before a capitalised word of three letters or more, Week
		// 9.Isaac, 3.Connect, 2.In) and the right side must look like a
		// sentence start.
		oneDigit := listNumber && (textscan.LetterCount(rw) >= 3 || textscan.IsFunctionWord(rw))
		if !letterStart || (lLetters < 2 && !(lDigits && len(left.Text) >= 2) && !oneDigit) {
			return
		}
		if left.Start > 0 && c.text[left.Start-1] == '.' {
			return // .note.GNU-stack: a dotted path, not a sentence end
		}
		if c.qualifiedName(left, right) {
			return // io.Writer, cli.Context: a package and a name, not two sentences
		}
		if wordclass.DependentDeterminers[strings.ToLower(left.Text)] || wordclass.GenericTLDs[strings.ToLower(rw)] {
			return // My.Yahoo, Buy.Com: no sentence ends in "my", none starts with "Com"
		}
		if rw == "I" || (rshape == lexicon.Title && textscan.LetterCount(rw) >= 2) {
			if lexicon.Shape(left.Text) == lexicon.Upper && lLetters <= 3 {
				return // U.S.Army-style initialisms
			}
			c.add(at, true)
		} else if rshape == lexicon.Upper && textscan.LetterCount(rw) >= 3 && lexicon.Shape(left.Text) == lexicon.Lower && lLetters >= 3 {
			c.add(at, false) // command.BMW (but ASP.NET, Node.JS stay)
		} else if lDigits && len(left.Text) == 4 && rshape == lexicon.Lower && functionWords[rw] && len(rw) >= 2 && !particles[rw] && !c.afterDecimalPoint(left.Start) {
			c.add(at, false) // 2006.we: a year ends the sentence (a version is 2.0.1, a file has no year)
		}
	case ",", ";":
		if rw == "a" && lLetters >= 2 && letterStart {
			c.add(at, false) // Intellia,a: the article after a word
			return
		}
		if !letterStart || (lLetters < 2 && !(lDigits && len(left.Text) >= 2)) || textscan.LetterCount(rw) < 2 || clitic(rw) {
			return // (they,ll: a comma typed for an apostrophe, not a lost space)
		}
		switch {
		case rshape == lexicon.Title || (rshape == lexicon.Upper && textscan.LetterCount(rw) >= 2):
			c.add(at, true)
		case rshape == lexicon.Lower && (c.known(left.Text) && lLetters >= 3 || lDigits) && (c.known(rw) || textscan.IsFunctionWord(cliticStem(rw))):
			c.add(at, true) // home,stay; 2016,per; Flash,we’re
		case rshape == lexicon.Lower && lLetters >= 2 && functionWords[rw] && !particles[rw]:
			c.add(at, false) // WebRTC,which; Montalenti,and: a function word (not a particle: x,in) after any word
		case rshape == lexicon.Other && textscan.LetterCount(rw) >= 3 && lLetters >= 3:
			c.add(at, false) // RedShift,MySQL; iPad,iPad: brands in a list
		}
	case ":":
		if lexicon.Shape(left.Text) == lexicon.Title && lLetters >= 3 && textscan.IsDigits(right.Text) {
			// Servings:12, Distance:183: a label glued to its figure. (A
			// figure glued to a capitalised word, 2014:Markets, was
			// wrong 25 times in 31 on pool validation.)
			c.add(at, false)
			return
		}
		if listNumber && textscan.LetterCount(rw) >= 3 {
			c.add(at, false) // 3:How, 5:The: a list item's number (not 2014:Markets, 10:30)
			return
		}
		if wordclass.InterviewLabels[left.Text] && (rshape == lexicon.Title && textscan.LetterCount(rw) >= 2 || rw == "I" || rw == "A") {
			c.add(at, false) // Q:What, A:The: an interview's question and answer
			return
		}
		if !letterStart || lLetters < 2 || lDigits {
			return
		}
		if rshape == lexicon.Title || quoted && textscan.LetterCount(rw) >= 1 || rshape == lexicon.Upper && textscan.LetterCount(rw) >= 2 || rw == "A" || rw == "I" {
			// (the article A and the pronoun I start a sentence as a
			// capitalised word does: Languages:A, BODDICE:I)
			if schemes[strings.ToLower(left.Text)] {
				return
			}
			if pre == 0 && lexicon.Shape(left.Text) != lexicon.Lower && c.afterDeterminer(left.Start) && !textscan.IsFunctionWord(rw) {
				return // the Next:Economy: a name with a colon inside a noun phrase, not a label and its value (the preseason:Calvin is one)
			}
			c.add(at, true)
		} else if rshape == lexicon.Other && textscan.LetterCount(rw) >= 3 && lLetters >= 3 && !schemes[strings.ToLower(left.Text)] {
			c.add(at, false) // Roundup:iPad
		}
	case "!", "?":
		if letterStart && lLetters >= 2 && (rshape == lexicon.Title && textscan.LetterCount(rw) >= 2 || rw == "I") {
			c.add(at, true)
		}
	}
}

// quoteCloses reports whether the straight quote at off closes a
// quotation: an odd number of straight quotes precede it on its line. The
// document is read forward, so the count goes on from the last question
// on the same line: linear in the line, however many quotes it has.
func (c *msCheck) quoteCloses(off int) bool {
	q := &c.quotes
	if off < q.at || bytes.IndexByte(c.text[q.at:off], '\n') >= 0 {
		q.line = bytes.LastIndexByte(c.text[:off], '\n') + 1
		q.at, q.n = q.line, 0
	}
	q.n += bytes.Count(c.text[q.at:off], []byte{'"'})
	q.at = off
	return q.n%2 == 1
}

// qualifiedName reports whether left.Right is an identifier: a sentence
// ends with a word or a name, not an unknown lowercase token (io, cli,
// json; a word of six letters or more that the frequency list knows,
// financialisation.It, is prose), and a sentence join does not recur
// verbatim in the text.
func (c *msCheck) qualifiedName(left, right textscan.Part) bool {
	if textscan.IsASCIILower(left.Text) && !c.known(left.Text) && !(len(left.Text) >= 6 && c.r.freq.Zipf(left.Text) > 0) {
		return true
	}
	return c.q.Recurs(c.str[left.Start : right.Start+len(right.Text)])
}

// afterDeterminer reports whether the word at off follows a lowercase
// determiner and one space on its line ("the Next:Economy"): a label
// glued to its value starts a line or a clause, never a noun phrase.
func (c *msCheck) afterDeterminer(off int) bool {
	if off < 2 || c.text[off-1] != ' ' {
		return false
	}
	i := off - 1
	for i > 0 && c.text[i-1] >= 'a' && c.text[i-1] <= 'z' {
		i--
	}
	if i > 0 && c.text[i-1] != ' ' && c.text[i-1] != '\n' && c.text[i-1] != '(' {
		return false
	}
	return determiners[string(c.text[i:off-1])]
}

var determiners = wordclass.Determiners

var schemes = wordclass.Schemes

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

// cliticStem returns the word before the clitic of a contraction or
// possessive (we’re → we), or "".
func cliticStem(w string) string {
	i := strings.IndexAny(w, "'’")
	if i <= 0 {
		return ""
	}
	_, size := utf8.DecodeRuneInString(w[i:])
	if !clitic(w[i+size:]) {
		return ""
	}
	return w[:i]
}

// isIdentifier reports whether s is a (possibly qualified) name in code:
// os.unlink, fmt_print.
func isIdentifier(s string) bool {
	if s == "" || !textscan.IsAlnumByte(s[0]) || s[0] >= '0' && s[0] <= '9' {
		return false
	}
	for i := 0; i < len(s); i++ {
		if b := s[i]; !textscan.IsAlnumByte(b) && b != '_' && b != '.' {
			return false
		}
	}
	return true
}

// leadingLower returns the ASCII lowercase letters that start s.
func leadingLower(s string) string {
	i := 0
	for i < len(s) && s[i] >= 'a' && s[i] <= 'z' {
		i++
	}
	return s[:i]
}
