// Package markdown finds the parts of a Markdown file that are not prose:
// front matter, code blocks and spans, HTML, link destinations and
// autolinks. The linter hides them from rules (see lint.Document.Text).
package markdown

import (
	"bytes"
	"sort"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
)

var md = goldmark.New()

// IsMarkdown reports whether a file name looks like Markdown.
func IsMarkdown(name string) bool {
	for _, ext := range []string{".md", ".markdown", ".mdown", ".mkd", ".mdx"} {
		if len(name) > len(ext) && equalFold(name[len(name)-len(ext):], ext) {
			return true
		}
	}
	return false
}

func equalFold(a, b string) bool { return bytes.EqualFold([]byte(a), []byte(b)) }

// Mask returns sorted byte ranges [start,end) of src that are not prose.
func Mask(src []byte) [][2]int {
	var out [][2]int
	fm := frontMatter(src)
	if fm > 0 {
		out = append(out, [2]int{0, fm})
	}
	root := md.Parser().Parse(text.NewReader(src))
	_ = ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.FencedCodeBlock:
			out = append(out, fencedRange(src, n))
			return ast.WalkSkipChildren, nil
		case *ast.CodeBlock, *ast.HTMLBlock:
			if r, ok := linesRange(n); ok {
				out = append(out, r)
			}
			if h, ok := n.(*ast.HTMLBlock); ok && h.HasClosure() {
				c := h.ClosureLine
				out = append(out, [2]int{c.Start, c.Stop})
			}
			return ast.WalkSkipChildren, nil
		case *ast.CodeSpan:
			if r, ok := childrenRange(n); ok {
				out = append(out, widen(src, r, '`'))
			}
			return ast.WalkSkipChildren, nil
		case *ast.RawHTML:
			for i := 0; i < n.Segments.Len(); i++ {
				s := n.Segments.At(i)
				out = append(out, [2]int{s.Start, s.Stop})
			}
		case *ast.AutoLink:
			s := n.URL(src)
			if i := bytes.Index(src[max(0, n.Pos()-1):], s); i >= 0 {
				st := max(0, n.Pos()-1) + i
				out = append(out, widenPair(src, [2]int{st, st + len(s)}, '<', '>'))
			}
		case *ast.Link, *ast.Image:
			if r, ok := destinationRange(src, n); ok {
				out = append(out, r)
			}
		}
		return ast.WalkContinue, nil
	})
	sort.Slice(out, func(i, j int) bool { return out[i][0] < out[j][0] })
	return out
}

// frontMatter returns the length of a leading YAML (---) or TOML (+++)
// front matter block, or 0.
func frontMatter(src []byte) int {
	for _, fence := range []string{"---", "+++"} {
		if !bytes.HasPrefix(src, []byte(fence+"\n")) && !bytes.HasPrefix(src, []byte(fence+"\r\n")) {
			continue
		}
		i := bytes.IndexByte(src, '\n') + 1
		for i < len(src) {
			j := bytes.IndexByte(src[i:], '\n')
			line := src[i:]
			if j >= 0 {
				line = src[i : i+j]
			}
			line = bytes.TrimRight(line, "\r \t")
			if string(line) == fence || (fence == "---" && string(line) == "...") {
				if j < 0 {
					return len(src)
				}
				return i + j + 1
			}
			if j < 0 {
				break
			}
			i += j + 1
		}
	}
	return 0
}

func linesRange(n ast.Node) ([2]int, bool) {
	ls := n.Lines()
	if ls == nil || ls.Len() == 0 {
		return [2]int{}, false
	}
	return [2]int{ls.At(0).Start, ls.At(ls.Len() - 1).Stop}, true
}

// fencedRange covers a fenced block from its opening fence line to the end
// of its closing fence line.
func fencedRange(src []byte, n *ast.FencedCodeBlock) [2]int {
	start, end := -1, -1
	if n.Info != nil {
		start = n.Info.Segment.Start
	}
	if r, ok := linesRange(n); ok {
		if start < 0 {
			start = r[0]
		}
		end = r[1]
	}
	if start < 0 {
		return [2]int{0, 0}
	}
	// Back to the start of the opening fence line.
	for start > 0 && src[start-1] != '\n' {
		start--
	}
	if end < 0 {
		end = start
		for end < len(src) && src[end] != '\n' {
			end++
		}
	}
	// Forward over the closing fence line, if it is one.
	if end < len(src) {
		k := end
		if src[k] == '\n' {
			k++
		}
		rest := bytes.TrimLeft(src[k:], " \t")
		if bytes.HasPrefix(rest, []byte("```")) || bytes.HasPrefix(rest, []byte("~~~")) {
			e := bytes.IndexByte(src[k:], '\n')
			if e < 0 {
				end = len(src)
			} else {
				end = k + e
			}
		}
	}
	return [2]int{start, end}
}

func childrenRange(n ast.Node) ([2]int, bool) {
	start, end := -1, -1
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		if t, ok := c.(*ast.Text); ok {
			if start < 0 {
				start = t.Segment.Start
			}
			end = t.Segment.Stop
		}
	}
	return [2]int{start, end}, start >= 0
}

func widen(src []byte, r [2]int, c byte) [2]int {
	for r[0] > 0 && src[r[0]-1] == c {
		r[0]--
	}
	for r[1] < len(src) && src[r[1]] == c {
		r[1]++
	}
	return r
}

func widenPair(src []byte, r [2]int, open, close byte) [2]int {
	if r[0] > 0 && src[r[0]-1] == open {
		r[0]--
	}
	if r[1] < len(src) && src[r[1]] == close {
		r[1]++
	}
	return r
}

// destinationRange finds "(dest "title")" or "[ref]" after a link's text.
func destinationRange(src []byte, n ast.Node) ([2]int, bool) {
	end := lastStop(n)
	if end < 0 {
		return [2]int{}, false
	}
	i := end
	for i < len(src) && src[i] != ']' && src[i] != '\n' {
		i++
	}
	if i+1 >= len(src) || src[i] != ']' {
		return [2]int{}, false
	}
	open, close := src[i+1], byte(')')
	switch open {
	case '(':
	case '[':
		close = ']'
	default:
		return [2]int{}, false
	}
	depth := 0
	for j := i + 1; j < len(src); j++ {
		switch src[j] {
		case open:
			depth++
		case close:
			depth--
			if depth == 0 {
				return [2]int{i + 1, j + 1}, true
			}
		}
	}
	return [2]int{}, false
}

// lastStop is the end of the last text segment inside n.
func lastStop(n ast.Node) int {
	stop := -1
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if t, ok := c.(*ast.Text); ok && entering {
			stop = max(stop, t.Segment.Stop)
		}
		return ast.WalkContinue, nil
	})
	return stop
}
