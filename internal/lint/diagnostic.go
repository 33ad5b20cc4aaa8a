// Package lint is the rule engine: documents, diagnostics, fixes, and the
// runner that applies rules to files. It is modelled on
// golang.org/x/tools/go/analysis: a rule is a value, the driver owns I/O,
// diagnostics are byte ranges, and fixes are non-overlapping text edits.
package lint

import (
	"fmt"
	"strings"
)

// Severity orders findings. Off disables a rule.
type Severity int

const (
	Off Severity = iota
	Info
	Warning
	Error
)

var severityNames = [...]string{"off", "info", "warning", "error"}

func (s Severity) String() string {
	if s < Off || s > Error {
		return fmt.Sprintf("severity(%d)", int(s))
	}
	return severityNames[s]
}

// ParseSeverity parses "off", "info", "warning" or "error".
func ParseSeverity(s string) (Severity, error) {
	for i, n := range severityNames {
		if strings.EqualFold(s, n) {
			return Severity(i), nil
		}
	}
	return Off, fmt.Errorf("unknown severity %q (want off, info, warning or error)", s)
}

// Edit replaces the bytes [Start, End) of a document with New.
type Edit struct {
	Start, End int
	New        string
}

// Fix is one way to resolve a diagnostic. Its edits must not overlap.
// Safe fixes are applied by --fix; the others only with --unsafe-fixes.
type Fix struct {
	Message string
	Safe    bool
	Edits   []Edit
}

// Diagnostic is one finding: a byte range [Start, End) of a document.
// Fixes are alternatives: at most one of them is applied.
type Diagnostic struct {
	Rule     string
	Severity Severity
	Start    int
	End      int
	Message  string
	Fixes    []Fix
	// Category names what inside the rule found it (a pattern ID such as
	// "nav/tags", "model"); empty when the rule has one kind of finding.
	Category string
	// Confidence is a model's probability that the finding is right, in
	// (0, 1]; 0 when the rule gives none (a pattern, a fixed principle).
	Confidence float64
	// Reasons are the evidence a model weighed most, strongest first.
	Reasons []Reason
	// Related are other places of the same document the finding refers
	// to (name-consistency: where the dominant spelling is used).
	Related []Related
}

// Related is another place of the document a diagnostic refers to.
type Related struct {
	Start, End int
	Message    string
}

// Reason is one piece of evidence behind a model's finding: a named
// feature and its contribution to the decision (log-odds).
type Reason struct {
	Feature      string
	Contribution float64
}

// FirstFix returns the preferred fix, or nil.
func (d *Diagnostic) FirstFix() *Fix {
	if len(d.Fixes) == 0 {
		return nil
	}
	return &d.Fixes[0]
}
