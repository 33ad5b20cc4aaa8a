package format

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/fatih/color"

	"github.com/stylelint-dev/stylelint/internal/lint"
)

// maxSourceRunes bounds how much of a long line the text format shows.
const maxSourceRunes = 160

// Text writes `path:line:col: severity: message [rule]`, then the source
// line with a caret underline.
func Text(w io.Writer, findings []lint.Finding, opts Options) error {
	bw := bufio.NewWriter(w)
	paint := func(c *color.Color, s string) string {
		if !opts.Color {
			return s
		}
		c.EnableColor()
		return c.Sprint(s)
	}
	sevColor := map[lint.Severity]*color.Color{
		lint.Error:   color.New(color.FgRed, color.Bold),
		lint.Warning: color.New(color.FgYellow, color.Bold),
		lint.Info:    color.New(color.FgCyan),
	}
	bold, faint, caret := color.New(color.Bold), color.New(color.Faint), color.New(color.FgGreen, color.Bold)
	for _, f := range findings {
		fmt.Fprintf(bw, "%s: %s: %s %s\n",
			paint(bold, fmt.Sprintf("%s:%d:%d", QuotePath(f.Path), f.Pos.Line, f.Pos.Column)),
			paint(sevColor[f.Severity], f.Severity.String()),
			f.Message, paint(faint, "["+f.Rule+"]"))
		src, under := underline(f)
		if strings.TrimSpace(src) != "" {
			fmt.Fprintf(bw, "    %s\n    %s\n", src, paint(caret, under))
		}
	}
	return bw.Flush()
}

// underline returns the (possibly windowed) source line and a caret line
// under the finding's first line. It works on the line's bytes around the
// finding (ByteCol) and decodes only what it shows, so that thousands of
// findings on one long line cost no more than thousands on short ones.
// Each byte that is not UTF-8 shows as one U+FFFD, as columns count it.
func underline(f lint.Finding) (string, string) {
	src := f.Source
	bs := min(max(f.ByteCol-1, 0), len(src))
	be := len(src)
	if f.EndPos.Line == f.Pos.Line {
		be = min(max(f.EndByteCol-1, bs), len(src))
	}
	// The window: up to a third of maxSourceRunes before the finding, then
	// maxSourceRunes in all, when the line has more than that.
	lo, hi := 0, len(src)
	if runesUpTo(src, maxSourceRunes+1) > maxSourceRunes {
		lo = bs
		for n := 0; n < maxSourceRunes/3 && lo > 0; n++ {
			_, size := utf8.DecodeLastRuneInString(src[:lo])
			lo -= size
		}
		hi = lo
		for n := 0; n < maxSourceRunes && hi < len(src); n++ {
			_, size := utf8.DecodeRuneInString(src[hi:])
			hi += size
		}
	}
	var line, under strings.Builder
	if lo > 0 {
		line.WriteString("…")
		under.WriteByte(' ')
	}
	for i := lo; i < hi; {
		r, size := utf8.DecodeRuneInString(src[i:])
		switch {
		case r == utf8.RuneError && size == 1, r < ' ' && r != '\t', r == 0x7f:
			line.WriteRune('\uFFFD')
		case r == '\t':
			line.WriteByte(' ')
		default:
			line.WriteRune(r)
		}
		switch {
		case i < bs:
			under.WriteByte(' ')
		case i < be:
			under.WriteByte('^')
		}
		i += size
	}
	if be == bs {
		under.WriteByte('^') // zero-width finding: point at the gap
	}
	if hi < len(src) {
		line.WriteString("…")
	}
	return line.String(), strings.TrimRight(under.String(), " ")
}

// runesUpTo counts the runes of s, stopping at limit.
func runesUpTo(s string, limit int) int {
	n := 0
	for i := 0; i < len(s) && n < limit; n++ {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return n
}

// Summary is the one-line count written to stderr after text output.
func Summary(findings []lint.Finding, files int) string {
	var n [4]int
	fileSet := map[string]bool{}
	for _, f := range findings {
		n[f.Severity]++
		fileSet[f.Path] = true
	}
	if len(findings) == 0 {
		return fmt.Sprintf("%d %s checked, no problems found", files, plural(files, "file"))
	}
	parts := []string{}
	for _, s := range []lint.Severity{lint.Error, lint.Warning, lint.Info} {
		if n[s] > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", n[s], plural(n[s], s.String())))
		}
	}
	return fmt.Sprintf("%s in %d of %d %s", strings.Join(parts, ", "), len(fileSet), files, plural(files, "file"))
}

func plural(n int, s string) string {
	if n == 1 {
		return s
	}
	return s + "s"
}

// QuotePath is a path as the text format shows it: as it is, unless it
// holds a control character or bytes that are not UTF-8, which could
// forge output lines or reach the terminal as escape sequences. Those are
// quoted as git quotes them ("a\nb.txt", "\xff.txt"), so the path still
// names the file.
func QuotePath(p string) string {
	if !utf8.ValidString(p) || strings.ContainsFunc(p, func(r rune) bool { return r < 0x20 || r == 0x7f || r >= 0x80 && r < 0xa0 }) {
		return strconv.Quote(p)
	}
	return p
}
