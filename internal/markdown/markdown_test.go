package markdown

import (
	"strings"
	"testing"
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
