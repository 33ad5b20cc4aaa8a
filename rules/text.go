// Text utilities the rules share: the word tokenizer, per-document
// memoised views of the text, word counting by search, and the tests that
// tell prose from URLs, handles, file names and code.

package rules

import (
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/stylelint-dev/stylelint/internal/lint"
	"github.com/stylelint-dev/stylelint/internal/wordclass"
)

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

var tlds = wordclass.TLDs

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
	memoMidCapitals
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
		for s > 0 && !lint.IsASCIISeparator(text[s-1]) {
			s--
		}
		for e < len(text) && !lint.IsASCIISeparator(text[e]) {
			e++
		}
		if notProse(text[s:e]) {
			return true
		}
	}
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

// fnvOffset64 starts an FNV-1a (64-bit) hash; fnv64 adds s to h. The
// rules key what they keep for a run by these (boilerplate's lines,
// name-consistency's deletions).
const fnvOffset64 = 14695981039346656037

func fnv64(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * 1099511628211
	}
	return h
}

// searchLimit: in a document larger than this, each question would cost a
// search through the whole text and a big file asks thousands; one pass
// that counts every word (or indexes every identifier) is linear instead.
const searchLimit = 256 << 10

// searchBudget is how many bytes one document's searches may read before
// its questions go to the one-pass views instead (32 MB: some 30 ms).
const searchBudget = 32 << 20

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
		src := docSource(doc)
		for i := 0; i < len(src); {
			for i < len(src) && lint.IsASCIISeparator(src[i]) {
				i++
			}
			j := i
			for j < len(src) && !lint.IsASCIISeparator(src[j]) {
				j++
			}
			if chunk := src[i:j]; chunk != "" && notProse(chunk) {
				eachPart(chunk, 0, func(p part) {
					if p.word {
						ids[strings.Clone(p.text)] = true
					}
				})
			}
			i = j
		}
		return ids
	}).(map[string]bool)
}

// midCapitals are the words a document capitalises inside sentences (its
// names), gathered in one pass for documents above searchLimit.
func midCapitals(doc *lint.Document) map[string]bool {
	return doc.Memo(memoMidCapitals, func() any {
		text := docText(doc)
		m := map[string]bool{}
		eachWord(doc, func(w string, start int) {
			if w[0] >= 'A' && w[0] <= 'Z' && midSentence(text, start) {
				m[w] = true
			}
		})
		return m
	}).(map[string]bool)
}

// docSource is the document's bytes as read, as a string view.
func docSource(doc *lint.Document) string {
	return unsafe.String(unsafe.SliceData(doc.Src), len(doc.Src))
}

func isASCIILower(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return true
}
