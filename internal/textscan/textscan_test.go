package textscan

import (
	"strings"
	"testing"

	"github.com/stylelint-dev/stylelint/internal/corpus"
	"github.com/stylelint-dev/stylelint/internal/lint"
)

// CountWord must agree with tokenising the text and counting the words.
func TestCountWordMatchesTokens(t *testing.T) {
	texts := []string{
		"O'Brien met Brien and Brien's friend; rock'n'roll's n'roll 'Brien' Brien’s Brien's's Brien'S x'Brien",
		"Kardashian, Kardashian's Kardashians KARDASHIAN Kardashian\u00a0Kardashian. (Kardashian) Kardashian'",
		"naïve naïve's e\u0301t e\u0301 t\u200bword word1 1word word\x00word word’s’s ’s s's",
		string(corpus.New(3).Text(20_000)),
	}
	for _, text := range texts {
		want := map[string]int{}
		var cands []string
		doc := lint.NewDocument("a.txt", []byte(text), false, nil)
		doc.ForChunks(func(s, e int) {
			for _, p := range SplitWords(text[s:e], s) {
				if p.Word {
					want[StripPossessive(p.Text)]++
					cands = append(cands, p.Text, StripPossessive(p.Text))
				}
			}
		})
		for _, w := range append(cands, "Brien", "n", "roll", "s", "Kardashian'", "word", "t") {
			if got := CountWord(text, w); got != want[w] {
				t.Errorf("countWord(%q) = %d, tokens say %d (in %.40q…)", w, got, want[w], text)
			}
		}
	}
}

func TestEachWordOf(t *testing.T) {
	words := func(s string, compounds bool) []string {
		var out []string
		EachWordOf(s, compounds, func(w string) { out = append(out, w) })
		return out
	}
	s := "An up-to-date e-mail, O’Brien's café- -x 3D e\u0301t"
	if got := strings.Join(words(s, true), "|"); got != "An|up-to-date|e-mail|O’Brien's|café|x|3D|e\u0301t" {
		t.Errorf("compounds: %q", got)
	}
	if got := strings.Join(words(s, false), "|"); got != "An|up|to|date|e|mail|O’Brien's|café|x|3D|e\u0301t" {
		t.Errorf("words: %q", got)
	}
	if words("", true) != nil || words("--", true) != nil {
		t.Error("no words in none")
	}
}

func TestChunks(t *testing.T) {
	b := []byte("  Share\u00a0on\tFacebook |\x00Tweet\n")
	var got []string
	EachChunkOf(b, func(c []byte) { got = append(got, string(c)) })
	if strings.Join(got, "/") != "Share/on/Facebook/|/Tweet" || CountChunks(b) != 5 {
		t.Errorf("chunks %q, count %d", got, CountChunks(b))
	}
	if CountChunks(nil) != 0 || !IsSpace('\u2003') || IsSpace('x') {
		t.Error("empty input or IsSpace")
	}
}

func TestCaseJoin(t *testing.T) {
	for w, want := range map[string]int{"forGypsy": 3, "EmmanuelMacron": 8, "withFBI": 4, "drawBorder": 4, "iPhone": 1} {
		if cut, ok := CaseJoin(w); !ok || cut != want {
			t.Errorf("CaseJoin(%q) = %d, %v; want %d", w, cut, ok, want)
		}
	}
	for _, w := range []string{"YouTubeChannel", "JPMorgan", "word", "Word", "McDonaldS1", "ABCdef"} {
		if _, ok := CaseJoin(w); ok {
			t.Errorf("CaseJoin(%q): want no", w)
		}
	}
}

// NotProse knows a member access of code (a dot, then a lowercase name
// with a change of case) from a sentence glued to the next one.
// Hexadecimal groups (MAC addresses, fingerprints) are no prose; a label
// and its value, a time or a date are.
func TestNotProseHexGroups(t *testing.T) {
	for s, want := range map[string]bool{
		"A0:8B:DF:3B:AA:EE:3F:9D":  true,
		"00-1A-2B-3C-4D-5E":        true,
		"fe80:0:0:1:2,":            true,
		"DE:AD:BE:EF":              false, // no digit: words, for all the shape says
		"10:30":                    false,
		"Servings:12":              false,
		"2015-05-01":               false, // three groups: a date
		"A0:8B:DF:3B:AA:EE:3F:9DX": false,
		"A0:8B:GG:3B":              false,
		"A0::8B":                   true, // (the double colon is code's, or IPv6's)
	} {
		if got := NotProse(s); got != want {
			t.Errorf("NotProse(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestNotProseMemberAccess(t *testing.T) {
	for s, want := range map[string]bool{
		"xhr.withCredentials": true,
		"this.setState(":      true,
		"obj2.getValue":       true,
		"2015.The":            false,
		"communities.In":      false,
		"U.S.":                false,
		"end.withdrawal":      false, // a lowercase word after a dot, but no hump
		".withCredentials":    false, // nothing before the dot
		"withCredentials":     false,
	} {
		if got := NotProse(s); got != want {
			t.Errorf("NotProse(%q) = %v, want %v", s, got, want)
		}
	}
}

// CodeChunks counts what only code writes, not prose's parentheses,
// equals signs or links.
func TestCodeChunks(t *testing.T) {
	for _, c := range []struct {
		chunk string
		code  bool
	}{
		{"unlink()", true}, {"parseResult(data)", true}, {"os.unlink(p)", true}, {"(fetchData(),", true},
		{"max_retries", true}, {"size=10", true}, {"std::move", true}, {"p->next", true}, {"{", true},
		{"xhr.withCredentials", true},
		{"paper(s)", false}, {"is(are):", false}, {"12(1):", false}, {"log(employment),", false}, {"=", false},
		{"->", false}, {"http://x.com/?a=b_c", false}, {"max_retries@example.com", false}, {"snake_", false},
		{"(AAL)", false}, {"U.S.", false}, {"end.The", false},
	} {
		if got := codeChunk(c.chunk); got != c.code {
			t.Errorf("codeChunk(%q) = %v, want %v", c.chunk, got, c.code)
		}
	}
	doc := lint.NewDocument("a.txt", []byte("Call unlink() then set max_retries. Each paper(s) = one, see 12(1)."), false, nil)
	if n := CodeChunks(doc); n != 2 {
		t.Errorf("CodeChunks = %d, want 2", n)
	}
}

// A chunk without spaces is judged by its first maxCodeChunk bytes, so a
// megabyte of minified code or a data URI costs no more than a word.
func TestCodeChunksLongChunk(t *testing.T) {
	long := strings.Repeat("a(b", 1<<18)
	for _, c := range []struct {
		text string
		want int
	}{
		{"x() " + long, 1},
		{"x()" + long, 1},
		{long + "x()", 0},
	} {
		if n := CodeChunks(lint.NewDocument("a.txt", []byte(c.text), false, nil)); n != c.want {
			t.Errorf("CodeChunks(%.10q…) = %d, want %d", c.text, n, c.want)
		}
	}
}
