package format

import (
	"bufio"
	"fmt"
	"io"
	"strings"

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
			paint(bold, fmt.Sprintf("%s:%d:%d", f.Path, f.Pos.Line, f.Pos.Column)),
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
// under the finding's first line.
func underline(f lint.Finding) (string, string) {
	runes := []rune(strings.ToValidUTF8(f.Source, "\uFFFD"))
	start := f.Pos.Column - 1
	end := len(runes)
	if f.EndPos.Line == f.Pos.Line {
		end = f.EndPos.Column - 1
	}
	start = min(max(start, 0), len(runes))
	end = min(max(end, start), len(runes))
	from, to := 0, len(runes)
	prefix, suffix := "", ""
	if len(runes) > maxSourceRunes {
		from = max(0, start-maxSourceRunes/3)
		to = min(len(runes), from+maxSourceRunes)
		if from > 0 {
			prefix = "…"
		}
		if to < len(runes) {
			suffix = "…"
		}
	}
	var src, under strings.Builder
	src.WriteString(prefix)
	if prefix != "" {
		under.WriteByte(' ')
	}
	for i := from; i < to; i++ {
		r := runes[i]
		if r == '\t' {
			src.WriteByte(' ')
		} else if r < ' ' || r == 0x7f {
			src.WriteRune('\uFFFD')
		} else {
			src.WriteRune(r)
		}
		if i < start {
			under.WriteByte(' ')
		} else if i < end {
			under.WriteByte('^')
		}
	}
	if end == start {
		under.WriteByte('^') // zero-width finding: point at the gap
	}
	src.WriteString(suffix)
	return src.String(), strings.TrimRight(under.String(), " ")
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
