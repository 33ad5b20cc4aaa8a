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
//
// It costs time linear in the size of src whatever src holds: the Markdown
// parser is superlinear on some shapes (deeply nested lists and quotes,
// long runs of unclosed link openers), and a file of that shape is masked
// by plainMask, a line-by-line scan, instead.
func Mask(src []byte) [][2]int {
	if pathological(src) {
		return plainMask(src)
	}
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

// Bounds past which a Markdown file is masked by plainMask: the parser's
// cost grows with the square of these (a 400 KB file of "[a](" took 42 s,
// 2,000 nested list items 14 s), and no article comes near them.
const (
	maxIndent         = 64   // leading spaces and tabs (tab = 4) of a line
	maxContainerDepth = 16   // quote and list markers opening a line
	maxBlockOpeners   = 1000 // inline delimiters (see openerByte) in one block (lines between blank lines)
)

// openerByte marks the bytes that open or close inline constructs: link
// and image brackets, parentheses, angle brackets, emphasis and code
// delimiters. The parser matches them pairwise within a block.
var openerByte = func() (m [256]bool) {
	for _, c := range []byte("[(<*_`!~") {
		m[c] = true
	}
	return m
}()

// pathological reports whether src has a shape that makes the parser
// superlinear; it reads src once.
func pathological(src []byte) bool {
	openers := 0
	for len(src) > 0 {
		line := src
		if i := bytes.IndexByte(src, '\n'); i >= 0 {
			line, src = src[:i], src[i+1:]
		} else {
			src = nil
		}
		indent, depth, j := containers(line)
		if indent > maxIndent || depth > maxContainerDepth {
			return true
		}
		if len(bytes.TrimSpace(line[j:])) == 0 && depth == 0 {
			openers = 0 // a blank line ends the block
			continue
		}
		for _, c := range line[j:] {
			if openerByte[c] {
				openers++
			}
		}
		if openers > maxBlockOpeners {
			return true
		}
	}
	return false
}

// containers reads the start of a line: its indentation (a tab counts 4)
// before the first container marker, how many container markers open it
// (block quote '>', list bullets '-', '+', '*' and ordered-list numbers
// followed by white space), and where its content starts.
func containers(line []byte) (indent, depth, j int) {
	lead := true
	for j < len(line) {
		switch c := line[j]; {
		case c == ' ' || c == '\t':
			if lead {
				indent += 1 + 3*b2i(c == '\t')
			}
			j++
		case c == '>':
			depth++
			lead = false
			j++
		case (c == '-' || c == '+' || c == '*') && j+1 < len(line) && (line[j+1] == ' ' || line[j+1] == '\t'):
			depth++
			lead = false
			j++
		case '0' <= c && c <= '9':
			k := j
			for k < len(line) && k-j < 9 && '0' <= line[k] && line[k] <= '9' {
				k++
			}
			if k+1 < len(line) && (line[k] == '.' || line[k] == ')') && (line[k+1] == ' ' || line[k+1] == '\t') {
				depth++
				lead = false
				j = k + 1
				continue
			}
			return indent, depth, j
		default:
			return indent, depth, j
		}
	}
	return indent, depth, j
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// plainMask is the mask of a file the parser is not trusted with: front
// matter, fenced code blocks, inline code spans, and on each line the
// destinations of links ("](...)") and anything in angle brackets without
// white space (autolinks, HTML tags). Every scan stays inside one line.
func plainMask(src []byte) [][2]int {
	var out [][2]int
	off := frontMatter(src)
	if off > 0 {
		out = append(out, [2]int{0, off})
	}
	fence, fenceStart := "", 0
	for off < len(src) {
		end := len(src)
		if i := bytes.IndexByte(src[off:], '\n'); i >= 0 {
			end = off + i
		}
		line := src[off:end]
		trimmed := bytes.TrimLeft(line, " \t")
		switch {
		case fence != "":
			if bytes.HasPrefix(trimmed, []byte(fence)) {
				out = append(out, [2]int{fenceStart, end})
				fence = ""
			}
		case bytes.HasPrefix(trimmed, []byte("```")) || bytes.HasPrefix(trimmed, []byte("~~~")):
			fence, fenceStart = string(trimmed[:3]), off
		default:
			out = append(out, inlineMask(line, off)...)
		}
		off = end + 1
	}
	if fence != "" {
		out = append(out, [2]int{fenceStart, len(src)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i][0] < out[j][0] })
	return out
}

// inlineMask masks code spans, link destinations and angle-bracket tags in
// one line (at offset base of the file), in one pass.
func inlineMask(line []byte, base int) [][2]int {
	var out [][2]int
	for i := 0; i < len(line); i++ {
		switch line[i] {
		case '`':
			n := 1
			for i+n < len(line) && line[i+n] == '`' {
				n++
			}
			if j := bytes.Index(line[i+n:], line[i:i+n]); j >= 0 {
				out = append(out, [2]int{base + i, base + i + n + j + n})
				i += n + j + n - 1
			} else {
				i += n - 1
			}
		case ']':
			if i+1 < len(line) && line[i+1] == '(' {
				if j := bytes.IndexByte(line[i+1:], ')'); j >= 0 {
					out = append(out, [2]int{base + i + 1, base + i + 1 + j + 1})
					i += j + 1
				}
			}
		case '<':
			j := i + 1
			for j < len(line) && j-i <= 200 && line[j] != '>' && line[j] != ' ' && line[j] != '<' {
				j++
			}
			if j < len(line) && line[j] == '>' && j > i+1 {
				out = append(out, [2]int{base + i, base + j + 1})
				i = j
			}
		}
	}
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
	for j := i + 1; j < len(src) && j-i <= maxDestination; j++ {
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

// maxDestination bounds the search for the end of a link destination, so
// that unclosed ones do not each scan the rest of the file.
const maxDestination = 4096

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
