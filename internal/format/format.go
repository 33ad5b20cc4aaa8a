// Package format writes findings in the supported output formats. Rules
// never print; formatters never lint.
package format

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/stylelint-dev/stylelint/internal/lint"
)

// Options are what formatters may need besides the findings.
type Options struct {
	Color   bool
	Version string
	Rules   []lint.Meta // every known rule (SARIF driver rules)
}

// Formatter writes findings (already sorted by file and position).
type Formatter func(w io.Writer, findings []lint.Finding, opts Options) error

// Names lists the formats in the order shown in help.
var Names = []string{"text", "json", "github", "sarif", "checkstyle", "rdjson", "gitlab"}

// Omits returns the parts of a Finding that a format never reads, so that
// the runner need not keep them: only text shows the line, and SARIF and
// GitLab hash it into fingerprints; only SARIF and rdjson give the
// positions of a fix's edits.
func Omits(name string) lint.Omit {
	return lint.Omit{
		Source:    name != "text" && name != "sarif" && name != "gitlab",
		EditSpans: name != "sarif" && name != "rdjson",
	}
}

// Get returns the formatter called name.
func Get(name string) (Formatter, error) {
	switch name {
	case "text":
		return Text, nil
	case "json":
		return JSON, nil
	case "github":
		return GitHub, nil
	case "sarif":
		return SARIF, nil
	case "checkstyle":
		return Checkstyle, nil
	case "rdjson":
		return RDJSON, nil
	case "gitlab":
		return GitLab, nil
	}
	return nil, fmt.Errorf("unknown format %q (want one of: %s)", name, strings.Join(Names, ", "))
}

// fingerprints gives each finding an ID that survives edits elsewhere in
// the file: a hash of rule, path, the flagged line's text and the
// occurrence number of that triple.
func fingerprints(fs []lint.Finding) []string {
	out := make([]string, len(fs))
	seen := map[string]int{}
	for i, f := range fs {
		key := f.Rule + "\x00" + f.Path + "\x00" + strings.TrimSpace(f.Source) + "\x00" + f.Message
		n := seen[key]
		seen[key] = n + 1
		h := sha256.Sum256([]byte(fmt.Sprintf("%s\x00%d", key, n)))
		out[i] = hex.EncodeToString(h[:16])
	}
	return out
}

// bySeverity returns indexes of fs, most severe first, stable otherwise.
func bySeverity(fs []lint.Finding) []int {
	idx := make([]int, len(fs))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return fs[idx[a]].Severity > fs[idx[b]].Severity })
	return idx
}
