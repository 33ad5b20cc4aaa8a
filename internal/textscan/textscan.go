// Package textscan is the text analysis the rules share: the word
// tokenizer, per-document memoised views of the text (its words counted,
// its names, its identifiers), word counting by search, and the tests that
// tell prose from URLs, handles, file names and code. A rule package
// imports it, the engine, the lexicon and the word classes, never another
// rule.
package textscan

import (
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/stylelint-dev/stylelint/internal/lint"
	"github.com/stylelint-dev/stylelint/internal/wordclass"
)

// NotProse recognises URLs, e-mail addresses, handles, hashtags, domains,
// file names and hexadecimal groups (MAC addresses, key fingerprints),
// which are never split.
func NotProse(s string) bool {
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
	return HasDomain(s) || memberAccess(s) || hexGroups(s)
}

// hexGroups reports whether s, trimmed of punctuation around it, is four
// or more groups of one to four hexadecimal digits joined by colons or by
// hyphens, a digit among them: a MAC address, an IPv6 address, a key's
// fingerprint (A0:8B:DF:3B:AA:EE), not a label and its value.
func hexGroups(s string) bool {
	s = strings.Trim(s, `.,;()[]"'`)
	sep := byte(':')
	if strings.IndexByte(s, ':') < 0 {
		sep = '-'
	}
	groups, n, digit := 0, 0, false
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == sep {
			if n == 0 || n > 4 {
				return false
			}
			groups, n = groups+1, 0
			continue
		}
		switch b := s[i]; {
		case b >= '0' && b <= '9':
			digit = true
		case b >= 'a' && b <= 'f', b >= 'A' && b <= 'F':
		default:
			return false
		}
		n++
	}
	return groups >= 4 && digit
}

// memberAccess reports whether s holds a member access of code: a dot
// between a letter or digit and a lowercase name with a change of case
// (xhr.withCredentials, this.setState): a sentence ends with a dot and goes
// on after a space, with a capital, and prose names do not hump.
func memberAccess(s string) bool {
	return anyDot(s, func(name string) bool {
		if name == "" || name[0] < 'a' || name[0] > 'z' {
			return false
		}
		j := 1
		for j < len(name) && IsAlnumByte(name[j]) {
			j++
		}
		return humped(name[:j])
	})
}

// HasDomain reports whether s holds domain.tld or file.ext: a dot between
// a letter or digit and a known top-level domain (lowercase:
// "communities.In" is a sentence).
func HasDomain(s string) bool {
	return anyDot(s, func(after string) bool {
		j := 0
		for j < len(after) && after[j] >= 'a' && after[j] <= 'z' {
			j++
		}
		return tlds[after[:j]] && (j == len(after) || !IsAlnumByte(after[j]))
	})
}

// anyDot reports whether f holds for what follows some dot of s that has
// a letter or digit before it and something after it.
func anyDot(s string, f func(after string) bool) bool {
	for i := strings.IndexByte(s, '.'); i >= 0 && i+1 < len(s); {
		if i > 0 && IsAlnumByte(s[i-1]) && f(s[i+1:]) {
			return true
		}
		k := strings.IndexByte(s[i+1:], '.')
		if k < 0 {
			break
		}
		i += 1 + k
	}
	return false
}

var tlds = wordclass.TLDs

func IsAlnumByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
}

// TrimChunk drops leading openers and trailing closers and final
// punctuation, which never hide a missing space.
func TrimChunk(s string) (int, int) {
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

// Part is a run of a chunk: a word (letters, digits, inner apostrophes)
// or the separator between two words.
type Part struct {
	Text  string
	Start int // document offset
	Word  bool
}

func IsApostrophe(r rune) bool { return r == '\'' || r == '’' }

func SplitWords(s string, base int) []Part {
	var out []Part
	EachPart(s, base, func(p Part) { out = append(out, p) })
	return out
}

// EachPart calls fn for each word and separator of s, in order.
func EachPart(s string, base int, fn func(Part)) {
	i := 0
	for i < len(s) {
		isW, n := wordRune(s, i)
		j := i + n
		for j < len(s) {
			w2, n2 := false, 1
			if c := s[j]; c < utf8.RuneSelf {
				w2 = asciiWord[c] // wordRune's case, inline: most bytes
			} else {
				w2, n2 = wordRune(s, j)
			}
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
		fn(Part{Text: s[i:j], Start: base + i, Word: isW})
		i = j
	}
}

// EachWordOf calls fn for every word of s, in order, as EachPart cuts them
// (letters, digits and marks; an apostrophe between a word and a letter
// belongs to the word); with compounds, a hyphen between a word and a
// letter does too (up-to-date, e-mail: one word, as the boilerplate line
// model counts words).
func EachWordOf(s string, compounds bool, fn func(w string)) {
	if !compounds {
		EachPart(s, 0, func(p Part) {
			if p.Word {
				fn(p.Text)
			}
		})
		return
	}
	start := -1
	for i := 0; i < len(s); {
		isW, n := wordRune(s, i)
		if !isW && start >= 0 && (isApostropheAt(s, i) || s[i] == '-') && i+n < len(s) {
			if next, _ := utf8.DecodeRuneInString(s[i+n:]); unicode.IsLetter(next) {
				i += n
				continue
			}
		}
		switch {
		case isW && start < 0:
			start = i
		case !isW && start >= 0:
			fn(s[start:i])
			start = -1
		}
		i += n
	}
	if start >= 0 {
		fn(s[start:])
	}
}

// EachWord calls fn for every word of the document, in order.
func EachWord(doc *lint.Document, fn func(w string, start int)) {
	text := DocText(doc) // the words are substrings of it
	doc.ForChunks(func(s, e int) {
		EachPart(text[s:e], s, func(p Part) {
			if p.Word {
				fn(p.Text, p.Start)
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
	memoMidCapitals
	memoChunkWords
	memoCodeChunks
)

// UsedAsIdentifier reports whether the document also uses w inside a
// handle, URL, domain, file name or code (@WhiteHouse,
// Facebook.com/WhiteHouse, AndroidManifest.xml, replace(unlinkPtr, …)):
// the same word in prose is that name again, not two words run together.
// It looks only at the chunks around w's occurrences.
func UsedAsIdentifier(text, w string) bool {
	for i := 0; ; {
		k := strings.Index(text[i:], w)
		if k < 0 {
			return false
		}
		s, e := i+k, i+k+len(w)
		i = e
		for s > 0 && !lint.IsASCIISeparator(text[s-1]) {
			s--
		}
		for e < len(text) && !lint.IsASCIISeparator(text[e]) {
			e++
		}
		if NotProse(text[s:e]) {
			return true
		}
	}
}

// DocText is the document's masked text as a string, shared by rules.
func DocText(doc *lint.Document) string {
	// A view, not a copy: a document's bytes never change (lint.Document).
	return doc.Memo(memoText, func() any { return unsafe.String(unsafe.SliceData(doc.Text), len(doc.Text)) }).(string)
}

// CountWord counts the words of text (as SplitWords cuts them, possessive
// 's stripped) that are exactly w. It searches instead of tokenising: a
// document asks about a handful of unknown words, and counting every word
// in a map cost more than the rest of the rule.
func CountWord(text, w string) int {
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
		if StartsWord(text, s, w) && StripPossessive(text[s:PartEnd(text, s)]) == w {
			n++
		}
	}
	return n
}

// StartsWord reports whether a word part begins at s: no word rune before
// it, and no apostrophe that SplitWords would join to a word before it.
func StartsWord(text string, s int, w string) bool {
	if s == 0 {
		return true
	}
	r, n := utf8.DecodeLastRuneInString(text[:s])
	if IsWordRune(r) {
		return false
	}
	if IsApostrophe(r) && s-n > 0 {
		first, _ := utf8.DecodeRuneInString(w)
		before, _ := utf8.DecodeLastRuneInString(text[:s-n])
		return !(IsWordRune(before) && unicode.IsLetter(first))
	}
	return true
}

// PartEnd returns where the word part starting at s ends (SplitWords'
// rule: word runes, and apostrophes between a word rune and a letter).
func PartEnd(text string, s int) int {
	j := s
	for j < len(text) {
		r, n := utf8.DecodeRuneInString(text[j:])
		if IsWordRune(r) {
			j += n
			continue
		}
		if j > s && IsApostrophe(r) && j+n < len(text) {
			if next, _ := utf8.DecodeRuneInString(text[j+n:]); unicode.IsLetter(next) {
				j += n
				continue
			}
		}
		break
	}
	return j
}

func IsWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiWord[r]
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

func StartsWithLetter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r)
}

func LetterCount(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

func IsDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// StripPossessive removes a trailing 's or ’s.
func StripPossessive(s string) string {
	for _, suf := range []string{"'s", "’s", "'S", "’S"} {
		if strings.HasSuffix(s, suf) && len(s) > len(suf) {
			return s[:len(s)-len(suf)]
		}
	}
	return s
}

// FNVOffset64 starts an FNV-1a (64-bit) hash; fnv64 adds s to h. The
// rules key what they keep for a run by these (boilerplate's lines,
// name-consistency's deletions).
const FNVOffset64 = 14695981039346656037

func FNV64(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * 1099511628211
	}
	return h
}

// SearchLimit: in a document larger than this, each question would cost a
// search through the whole text and a big file asks thousands; one pass
// that counts every word (or indexes every identifier) is linear instead.
const SearchLimit = 256 << 10

// SearchBudget is how many bytes one document's searches may read before
// its questions go to the one-pass views instead (32 MB: some 30 ms).
const SearchBudget = 32 << 20

// WordCounts counts every word of the document, possessives stripped (the
// tokens CountWord would find, gathered in one pass).
func WordCounts(doc *lint.Document) map[string]int {
	return doc.Memo(memoWordCounts, func() any {
		m := map[string]int{}
		EachWord(doc, func(w string, _ int) { m[StripPossessive(w)]++ })
		return m
	}).(map[string]int)
}

// IdentifierWords is UsedAsIdentifier for every word at once.
func IdentifierWords(doc *lint.Document) map[string]bool {
	return doc.Memo(memoIdentifiers, func() any {
		ids := map[string]bool{}
		src := DocSource(doc)
		for i := 0; i < len(src); {
			for i < len(src) && lint.IsASCIISeparator(src[i]) {
				i++
			}
			j := i
			for j < len(src) && !lint.IsASCIISeparator(src[j]) {
				j++
			}
			if chunk := src[i:j]; chunk != "" && NotProse(chunk) {
				EachPart(chunk, 0, func(p Part) {
					if p.Word {
						ids[strings.Clone(p.Text)] = true
					}
				})
			}
			i = j
		}
		return ids
	}).(map[string]bool)
}

// MidCapitals are the words a document capitalises inside sentences (its
// names), gathered in one pass for documents above SearchLimit.
func MidCapitals(doc *lint.Document) map[string]bool {
	return doc.Memo(memoMidCapitals, func() any {
		text := DocText(doc)
		m := map[string]bool{}
		EachWord(doc, func(w string, start int) {
			if w[0] >= 'A' && w[0] <= 'Z' && MidSentence(text, start) {
				m[w] = true
			}
		})
		return m
	}).(map[string]bool)
}

// DocSource is the document's bytes as read, as a string view.
func DocSource(doc *lint.Document) string {
	return unsafe.String(unsafe.SliceData(doc.Src), len(doc.Src))
}

func IsASCIILower(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return true
}

// MidSentence reports whether the word at start follows a word or a comma
// on its line, not a sentence end, a quote or the start of a line.
func MidSentence(text string, start int) bool {
	i := start
	for i > 0 && (text[i-1] == ' ' || text[i-1] == '\t') {
		i--
	}
	if i == start || i == 0 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == ','
}

// IsFunctionWord reports whether s is an English closed-class word
// (wordclass.Function), in any case.
func IsFunctionWord(s string) bool { return wordclass.Function[strings.ToLower(s)] }

// CaseJoin reports whether w is one word glued to a capitalised one at
// its only change of case: [A-Z]?[a-z]+ then [A-Z][a-z]* or [A-Z]+, in
// ASCII letters (forGypsy, EmmanuelMacron, withFBI); cut is where the
// second starts. A lost space between a word and a name looks so; so do
// identifiers and brands (drawBorder, iPhone), which is for the rules to
// tell apart.
func CaseJoin(w string) (cut int, ok bool) {
	i := 0
	if i < len(w) && w[i] >= 'A' && w[i] <= 'Z' {
		i++
	}
	start := i
	for i < len(w) && w[i] >= 'a' && w[i] <= 'z' {
		i++
	}
	if i == start || i == len(w) || w[i] < 'A' || w[i] > 'Z' {
		return 0, false
	}
	cut = i
	i++
	if i < len(w) && w[i] >= 'a' && w[i] <= 'z' {
		for i < len(w) && w[i] >= 'a' && w[i] <= 'z' {
			i++
		}
	} else {
		for i < len(w) && w[i] >= 'A' && w[i] <= 'Z' {
			i++
		}
	}
	return cut, i == len(w)
}

// CodeChunks counts the document's chunks that only code writes: a call
// (unlink(), parseResult(data)), a name with an underscore (max_retries),
// an operator (=, ->, ::, =>, braces) or a member access with a change
// of case (xhr.withCredentials). Links, handles and file names are not
// counted: web prose has them. A document with such chunks discusses
// code, and its camel-case words are identifiers more often than words
// run together.
func CodeChunks(doc *lint.Document) int {
	return doc.Memo(memoCodeChunks, func() any {
		n := 0
		src := DocSource(doc)
		for i := 0; i < len(src); {
			for i < len(src) && lint.IsASCIISeparator(src[i]) {
				i++
			}
			// One look at each byte: only a chunk with a byte code needs
			// (a brace, =, :, >, _, a parenthesis, a dot before a letter)
			// is examined.
			j, maybe := i, false
			for ; j < len(src) && !lint.IsASCIISeparator(src[j]); j++ {
				switch src[j] {
				case '{', '}', '=', ':', '>', '_', '(':
					maybe = true
				case '.':
					maybe = maybe || j+1 < len(src) && src[j+1] >= 'a' && src[j+1] <= 'z'
				}
			}
			if maybe && codeChunk(src[i:j]) {
				n++
			}
			i = j
		}
		return n
	}).(int)
}

// codeChunk reports whether a chunk is code (see CodeChunks): an operator
// between two names or figures (size=10, std::move, p->next), a brace, a
// name with an underscore, a call with empty parentheses or of a name
// with a change of case, an underscore or a dot (parseResult(data),
// os.unlink(p)), or a member access with a change of case. Prose writes
// "word(s)", "is(are)", "12(1):" and a lone "=": none of those.
func codeChunk(s string) bool {
	if len(s) > maxCodeChunk {
		s = s[:maxCodeChunk] // a line without spaces: its start tells, and the look stays linear
	}
	if strings.Contains(s, "://") || strings.Contains(s, "@") {
		return false // a link or an address, whatever it holds
	}
	if strings.ContainsAny(s, "{}") {
		return true
	}
	for _, op := range []string{"=", "::", "->"} {
		if k := strings.Index(s, op); k > 0 && k+len(op) < len(s) && IsAlnumByte(s[k-1]) && IsAlnumByte(s[k+len(op)]) {
			return true
		}
	}
	for k := 1; k+1 < len(s); k++ {
		if s[k] == '_' && IsAlnumByte(s[k-1]) && IsAlnumByte(s[k+1]) {
			return true // max_retries
		}
	}
	for k := 1; k < len(s); k++ {
		if s[k] != '(' || !IsAlnumByte(s[k-1]) {
			continue
		}
		if strings.HasPrefix(s[k:], "()") {
			return true // unlink()
		}
		name := s[:k]
		if j := strings.LastIndexAny(name, `("'“‘[`); j >= 0 {
			name = name[j+1:]
		}
		if strings.IndexByte(s[k:], ')') > 0 && (strings.Contains(name, ".") || humped(name)) {
			return true // parseResult(data), os.unlink(p)
		}
	}
	return memberAccess(s)
}

// maxCodeChunk bounds the bytes of a chunk codeChunk reads.
const maxCodeChunk = 256

// humped reports whether a name has a lowercase letter followed by a
// capital (parseResult).
func humped(s string) bool {
	for j := 1; j < len(s); j++ {
		if s[j] >= 'A' && s[j] <= 'Z' && s[j-1] >= 'a' && s[j-1] <= 'z' {
			return true
		}
	}
	return false
}
