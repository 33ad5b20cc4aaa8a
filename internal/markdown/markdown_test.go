package markdown

import (
	"os"
	"strings"
	"testing"
	"time"
)

func masked(src string) string {
	b := []byte(src)
	for _, r := range Mask(b) {
		for i := r[0]; i < r[1]; i++ {
			if b[i] != '\n' {
				b[i] = '#'
			}
		}
	}
	return string(b)
}

func TestMaskHidesNonProse(t *testing.T) {
	src := "---\ntitle: forGypsy\n---\n\n# Heading forGypsy\n\nText `codeX` and [link](http://x.com/tounnecessary \"t\") and <b>tag</b> and <https://auto.link>.\n\n```go\nfenced treatmentsand\n```\n\n    indented codeY\n\nTail prose.\n"
	got := masked(src)
	for _, hidden := range []string{"title: forGypsy", "codeX", "http://x.com/tounnecessary", "<b>", "</b>", "https://auto.link", "fenced treatmentsand", "indented codeY"} {
		if strings.Contains(got, hidden) {
			t.Errorf("%q is still visible in\n%s", hidden, got)
		}
	}
	for _, kept := range []string{"# Heading forGypsy", "Text ", " and [link]", "tag", "Tail prose."} {
		if !strings.Contains(got, kept) {
			t.Errorf("prose %q was masked:\n%s", kept, got)
		}
	}
	if len(got) != len(src) {
		t.Fatal("masking must keep offsets")
	}
}

func TestMaskRangesAreSortedAndInside(t *testing.T) {
	for _, src := range []string{"", "```\nunclosed fence", "+++\ntoml = 1\n+++\nbody", "[ref]: http://x.y\n\n`a` `b`", "\xff\xfe`bad utf8`"} {
		prev := 0
		for _, r := range Mask([]byte(src)) {
			if r[0] < prev || r[1] < r[0] || r[1] > len(src) {
				t.Errorf("%q: bad range %v (previous end %d)", src, r, prev)
			}
			prev = r[1]
		}
	}
}

func TestIsMarkdown(t *testing.T) {
	for name, want := range map[string]bool{"a.md": true, "A.MARKDOWN": true, "x.mdx": true, "a.txt": false, "md": false, "a.md.txt": false} {
		if got := IsMarkdown(name); got != want {
			t.Errorf("IsMarkdown(%q) = %v, want %v", name, got, want)
		}
	}
}

// pathologicalShapes are inputs on which the Markdown parser is
// superlinear (seconds to minutes for a few hundred KB).
var pathologicalShapes = map[string]string{
	"unclosed links": strings.Repeat("[a](", 100000),
	"image openers":  strings.Repeat("![a](", 80000),
	"nested lists":   nestedList(2000),
	"deep quotes":    strings.Repeat(">", 100000) + " a",
	"references":     strings.Repeat("[a][", 100000),
}

func nestedList(n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString(strings.Repeat("  ", i) + "- a\n")
	}
	return b.String()
}

// Masking stays linear whatever the input: each pathological shape is
// detected and masked line by line (a generous bound: they took 5 to 70 s
// through the parser).
func TestMaskPathologicalInputIsFast(t *testing.T) {
	for name, src := range pathologicalShapes {
		if !pathological([]byte(src)) {
			t.Errorf("%s: not detected", name)
		}
		start := time.Now()
		Mask([]byte(src))
		if d := time.Since(start); d > 5*time.Second {
			t.Errorf("%s (%d bytes): %v", name, len(src), d)
		}
	}
}

// Ordinary Markdown is parsed, not scanned: lists, quotes and links of any
// normal size are not pathological.
func TestOrdinaryMarkdownIsNotPathological(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	ordinary := []string{string(readme), nestedList(20), "> > > quoted\n\n" + strings.Repeat("See [a](http://a.b) and [c](d).\n\n", 2000)}
	for _, src := range ordinary {
		if pathological([]byte(src)) {
			t.Errorf("taken for pathological: %.60q", src)
		}
	}
}

// The line-by-line mask hides what the parser would on simple lines: front
// matter, fences, code spans, link destinations and tags.
func TestPlainMask(t *testing.T) {
	src := "---\ntitle: forGypsy\n---\nText `codeX` and [link](http://x.com/tounnecessary) and <b>tag</b> and <https://auto.link>.\n```\nfenced treatmentsand\n```\nTail prose, 3 < 4 and 5 > 2.\n"
	b := []byte(src)
	prev := 0
	for _, r := range plainMask(b) {
		if r[0] < prev || r[1] < r[0] || r[1] > len(b) {
			t.Fatalf("bad range %v after %d", r, prev)
		}
		prev = r[1]
		for i := r[0]; i < r[1]; i++ {
			if b[i] != '\n' {
				b[i] = '#'
			}
		}
	}
	got := string(b)
	for _, hidden := range []string{"title: forGypsy", "codeX", "http://x.com/tounnecessary", "<b>", "</b>", "https://auto.link", "fenced treatmentsand"} {
		if strings.Contains(got, hidden) {
			t.Errorf("%q is still visible in\n%s", hidden, got)
		}
	}
	for _, kept := range []string{"Text ", " and [link", "tag", "Tail prose, 3 < 4 and 5 > 2."} {
		if !strings.Contains(got, kept) {
			t.Errorf("prose %q was masked:\n%s", kept, got)
		}
	}
}

// FuzzMaskTime repeats a fuzzed fragment into a 64 KB file: a shape that
// makes masking superlinear shows as a slow input long before it stalls a
// real run. Masking must also keep its ranges sorted and inside the file.
func FuzzMaskTime(f *testing.F) {
	for _, seed := range []string{"[a](", "  - a\n", ">", "*a _b ", "`a ``b ", "<a ", "![a](", "[a][", "    - [x](y\n"} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, frag string) {
		if frag == "" || len(frag) > 64 {
			return
		}
		src := []byte(strings.Repeat(frag, 65536/len(frag)))
		start := time.Now()
		rs := Mask(src)
		if d := time.Since(start); d > 2*time.Second {
			t.Fatalf("%q repeated to %d bytes: %v", frag, len(src), d)
		}
		prev := 0
		for _, r := range rs {
			if r[0] < prev || r[1] < r[0] || r[1] > len(src) {
				t.Fatalf("bad range %v after %d", r, prev)
			}
			prev = r[1]
		}
	})
}
