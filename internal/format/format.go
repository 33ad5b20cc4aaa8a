// Package format writes findings in the supported output formats. Rules
// never print; formatters never lint.
package format

import (
	"crypto/sha256"
	"encoding"
	"encoding/hex"
	"fmt"
	"io"
	"sort"
	"strings"
	"unsafe"

	"github.com/stylelint-dev/stylelint/internal/lint"
)

// Options are what formatters may need besides the findings.
type Options struct {
	Color   bool
	Version string
	Rules   []lint.Meta // every known rule (SARIF driver rules)
	Files   int         // files linted (for summaries); 0: count the files with findings
}

// Formatter writes findings (already sorted by file and position).
type Formatter func(w io.Writer, findings []lint.Finding, opts Options) error

// Names lists the formats in the order shown in help.
var Names = []string{"text", "json", "jsonl", "github", "sarif", "checkstyle", "rdjson", "gitlab"}

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
	case "jsonl":
		return JSONL, nil
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
// the file: a hash of rule, path, the flagged line's text, message and the
// occurrence number of that tuple. The hash of a line's text is taken once
// per line (findings on a line share its text), not once per finding:
// thousands of findings on one long line must not hash it thousands of
// times.
func fingerprints(fs []lint.Finding) []string {
	type lineID struct { // one line's text, by identity
		rule, path string
		data       *byte
		n          int
	}
	type prefix struct {
		state []byte   // SHA-256 state after "rule\0path\0line\0"
		line  [32]byte // SHA-256 of the line alone, to count repeats by content
	}
	type occurrence struct {
		rule, path, message string
		line                [32]byte
	}
	prefixes := map[lineID]prefix{}
	seen := map[occurrence]int{}
	out := make([]string, len(fs))
	for i, f := range fs {
		line := strings.TrimSpace(f.Source)
		id := lineID{f.Rule, f.Path, unsafe.StringData(line), len(line)}
		p, ok := prefixes[id]
		if !ok {
			h := sha256.New()
			io.WriteString(h, f.Rule+"\x00"+f.Path+"\x00")
			io.WriteString(h, line)
			io.WriteString(h, "\x00")
			p.state, _ = h.(encoding.BinaryMarshaler).MarshalBinary()
			p.line = sha256.Sum256([]byte(line))
			prefixes[id] = p
		}
		k := occurrence{f.Rule, f.Path, f.Message, p.line}
		n := seen[k]
		seen[k] = n + 1
		h := sha256.New()
		if err := h.(encoding.BinaryUnmarshaler).UnmarshalBinary(p.state); err != nil {
			panic(err) // a state sha256 itself marshalled
		}
		fmt.Fprintf(h, "%s\x00%d", f.Message, n)
		out[i] = hex.EncodeToString(h.Sum(nil)[:16])
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
