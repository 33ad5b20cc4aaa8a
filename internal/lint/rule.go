package lint

import (
	"fmt"
)

// Meta describes a rule for `stylelint rules`, the config and SARIF.
type Meta struct {
	ID       string
	Doc      string   // one line
	Severity Severity // default severity
	Fixable  bool
	Corpus   bool   // looks across all files of a run
	Help     string // the long explanation (stylelint explain), if any
}

// Rule is a configured rule instance.
//
// A FileRule looks at one document at a time. A CorpusRule also looks
// across the run: Collect runs on every document (in parallel), reports
// what that document shows on its own and returns a fact; Finish runs once,
// after every document was collected, and sees the facts of all of them.
//
// Facts belong to the rule (its ID), not to a configured copy: every
// instance of one corpus rule in a run must have the same options, and the
// configuration only lets overrides change a corpus rule's severity.
type Rule interface {
	Meta() Meta
}

// FileRule checks one document.
type FileRule interface {
	Rule
	Check(p *Pass)
}

// CorpusRule is a rule that needs the whole run. Collect reports the
// document's own findings through p and returns a fact that must not retain
// the document (nil: nothing for the finish phase). Finish reports
// diagnostics for any file.
type CorpusRule interface {
	Rule
	Collect(p *Pass) any
	Finish(facts []Fact, report func(file int, d Diagnostic))
}

// Fact is what a CorpusRule collected from one file.
type Fact struct {
	File  int // index of the file in the run
	Value any
}

// Env is what every rule may consult besides the document.
type Env struct {
	// Vocabulary holds words no rule may flag (exact spelling).
	Vocabulary map[string]bool
}

// Allowed reports whether word is in the user's vocabulary.
func (e *Env) Allowed(word string) bool {
	if e == nil || len(e.Vocabulary) == 0 {
		return false
	}
	return e.Vocabulary[word]
}

// MaxPerRule is the most findings one rule reports in one file; past it,
// one finding says how many more there are. A file with a million
// trailing spaces then costs memory for ten thousand findings, not a
// million (--fix still applies them, MaxPerRule per pass).
const MaxPerRule = 10000

// Pass is one rule's view of one document.
type Pass struct {
	Doc      *Document
	Env      *Env
	rule     string
	severity Severity
	out      *[]Diagnostic
	reported int        // diagnostics kept
	dropped  int        // ... and past MaxPerRule
	first    Diagnostic // the first one dropped
}

// NewPass makes a pass that appends to out. It is exported for rule tests.
func NewPass(doc *Document, env *Env, rule string, sev Severity, out *[]Diagnostic) *Pass {
	if env == nil {
		env = &Env{}
	}
	return &Pass{Doc: doc, Env: env, rule: rule, severity: sev, out: out}
}

// Report records a diagnostic; the rule ID and severity are filled in.
func (p *Pass) Report(d Diagnostic) {
	d.Rule = p.rule
	d.Severity = p.severity
	if p.reported >= MaxPerRule {
		if p.dropped == 0 {
			p.first = d
		}
		p.dropped++
		return
	}
	p.reported++
	*p.out = append(*p.out, d)
}

// Flush adds the finding that counts what Report dropped past MaxPerRule;
// the runner calls it when the rule is done with the document.
func (p *Pass) Flush() {
	if p.dropped == 0 {
		return
	}
	*p.out = append(*p.out, Diagnostic{Rule: p.rule, Severity: p.severity, Start: p.first.Start, End: p.first.End,
		Message: fmt.Sprintf("and %d more %s findings in this file, from here on (at most %d are reported per rule and file; --fix applies them pass by pass)", p.dropped, p.rule, MaxPerRule)})
	p.dropped = 0
}

// Reportf records a diagnostic with a formatted message and optional fix.
func (p *Pass) Reportf(start, end int, fix *Fix, format string, args ...any) {
	d := Diagnostic{Start: start, End: end, Message: fmt.Sprintf(format, args...)}
	if fix != nil {
		d.Fixes = []Fix{*fix}
	}
	p.Report(d)
}

// Active is a rule enabled at a severity.
type Active struct {
	Rule     Rule
	Severity Severity
}
