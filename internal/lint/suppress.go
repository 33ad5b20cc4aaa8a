package lint

import (
	"bytes"
	"strings"
)

// Inline suppressions, in Markdown and HTML comments (plain text has no
// comment a reader would not see; use the config's suppress list there):
//
//	<!-- stylelint-disable-next-line missing-space -- a quoted typo -->
//	<!-- stylelint-disable boilerplate, name-consistency -->
//	...
//	<!-- stylelint-enable -->
//	<!-- stylelint-disable-file -->
//
// A list of rule IDs (comma-separated; a rule's category such as
// boilerplate/nav names part of it) limits a directive; none means every
// rule. Text after " -- " is the reason.
type suppression struct {
	start, end int // the comment
	from, to   int // the byte range it silences
	rules      []string
	reason     string
	used       bool
}

// suppressionDirective is the prefix of every directive.
const suppressionDirective = "stylelint-"

// parseSuppressions reads the directives of a Markdown or HTML document.
func parseSuppressions(doc *Document) []*suppression {
	src := doc.Src
	if !bytes.Contains(src, []byte("<!--")) || !bytes.Contains(src, []byte(suppressionDirective)) {
		return nil
	}
	var out []*suppression
	var open []*suppression // disable ... enable blocks not yet closed
	for i := 0; i < len(src); {
		k := bytes.Index(src[i:], []byte("<!--"))
		if k < 0 {
			break
		}
		start := i + k
		e := bytes.Index(src[start:], []byte("-->"))
		if e < 0 {
			break
		}
		end := start + e + 3
		i = end
		body := strings.TrimSpace(string(src[start+4 : end-3]))
		if !strings.HasPrefix(body, suppressionDirective) {
			continue
		}
		body, reason, _ := strings.Cut(body, " -- ")
		verb, list, _ := strings.Cut(strings.TrimSpace(body), " ")
		var rules []string
		for _, r := range strings.Split(list, ",") {
			if r = strings.TrimSpace(r); r != "" {
				rules = append(rules, r)
			}
		}
		s := &suppression{start: start, end: end, rules: rules, reason: strings.TrimSpace(reason)}
		switch verb {
		case "stylelint-disable-next-line":
			line := doc.LineOf(end) + 1
			ls := doc.Lines()
			if line >= len(ls) {
				continue
			}
			s.from, s.to = ls[line].Start, ls[line].End
		case "stylelint-disable-line":
			ln := doc.Lines()[doc.LineOf(start)]
			s.from, s.to = ln.Start, ln.End
		case "stylelint-disable-file":
			s.from, s.to = 0, len(src)
		case "stylelint-disable":
			s.from, s.to = end, len(src)
			open = append(open, s)
		case "stylelint-enable":
			// Closes the open blocks it names (all of them without a list).
			kept := open[:0]
			for _, o := range open {
				if len(rules) == 0 || sameRules(o.rules, rules) {
					o.to = start
				} else {
					kept = append(kept, o)
				}
			}
			open = kept
			continue
		default:
			continue
		}
		out = append(out, s)
	}
	return out
}

func sameRules(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// names reports whether a directive's rule list covers a diagnostic.
func (s *suppression) names(d *Diagnostic) bool {
	if len(s.rules) == 0 {
		return true
	}
	cat, _, _ := strings.Cut(d.Category, "/")
	for _, r := range s.rules {
		if r == d.Rule || d.Category != "" && (r == d.Rule+"/"+d.Category || r == d.Rule+"/"+cat) {
			return true
		}
	}
	return false
}

// applySuppressions drops the diagnostics a directive silences, marking
// the directives used.
func applySuppressions(sup []*suppression, ds []Diagnostic) []Diagnostic {
	if len(sup) == 0 {
		return ds
	}
	out := ds[:0]
next:
	for _, d := range ds {
		for _, s := range sup {
			if d.Start >= s.from && d.Start <= s.to && s.names(&d) {
				s.used = true
				continue next
			}
		}
		out = append(out, d)
	}
	return out
}

// SuppressionRule is the rule ID of the findings about directives
// themselves (unused, or without a reason when one is required).
const SuppressionRule = "suppression"

// suppressionFindings reports directives that silenced nothing (when
// asked) and directives without a reason (when one is required). A
// directive that names a run-wide rule (or every rule, with a run-wide
// rule on) is not reported unused: its findings may come at the end of the
// run.
func (s *Setup) suppressionFindings(sup []*suppression, runWide map[string]bool) []Diagnostic {
	var out []Diagnostic
	for _, d := range sup {
		text := "suppression"
		if s.RequireReason && d.reason == "" {
			out = append(out, Diagnostic{Rule: SuppressionRule, Severity: Warning, Start: d.start, End: d.end,
				Message: text + " without a reason (add one after \" -- \")"})
		}
		if !s.ReportUnused || d.used {
			continue
		}
		if len(d.rules) == 0 && len(runWide) > 0 {
			continue
		}
		wide := false
		for _, r := range d.rules {
			id, _, _ := strings.Cut(r, "/")
			wide = wide || runWide[id]
		}
		if wide {
			continue
		}
		out = append(out, Diagnostic{Rule: SuppressionRule, Severity: Warning, Start: d.start, End: d.end,
			Message: "unused " + text + ": it silences no finding",
			Fixes:   []Fix{{Message: "delete the directive", Safe: false, Edits: []Edit{{Start: d.start, End: d.end}}}}})
	}
	return out
}

// suppressible reports whether a document can hold inline directives:
// Markdown and HTML, where comments are not shown to readers.
func suppressible(doc *Document) bool {
	p := strings.ToLower(doc.Path)
	return doc.Markdown || strings.HasSuffix(p, ".html") || strings.HasSuffix(p, ".htm")
}

// filter applies a document's inline directives and the configured
// suppressions to its diagnostics, and returns the findings about the
// directives themselves when report is set (the per-file pass; the
// finish phase only filters).
func (s *Setup) filter(doc *Document, ds []Diagnostic, report bool) []Diagnostic {
	var sup []*suppression
	if suppressible(doc) {
		sup = parseSuppressions(doc)
		ds = applySuppressions(sup, ds)
	}
	if s.Suppress != nil && len(ds) > 0 {
		kept := ds[:0]
		for _, d := range ds {
			if !s.Suppress(doc.Path, d.Rule, d.Category, string(doc.Src[d.Start:d.End])) {
				kept = append(kept, d)
			}
		}
		ds = kept
	}
	if report && len(sup) > 0 && (s.RequireReason || s.ReportUnused) {
		runWide := map[string]bool{}
		for _, a := range s.RulesFor(doc.Path) {
			if _, ok := a.Rule.(CorpusRule); ok && a.Severity != Off {
				runWide[a.Rule.Meta().ID] = true
			}
		}
		ds = append(ds, s.suppressionFindings(sup, runWide)...)
	}
	return ds
}
