// Package ruletest runs a rule in tests as the runner does: Build it from
// the registry, Check a text, run a corpus, apply the fixes.
package ruletest

import (
	"testing"

	"github.com/stylelint-dev/stylelint/internal/lint"
	"github.com/stylelint-dev/stylelint/internal/markdown"
	"github.com/stylelint-dev/stylelint/internal/registry"
)

// Build returns a configured instance of rule id with default options.
func Build(t testing.TB, id string) lint.Rule {
	t.Helper()
	spec, ok := registry.Lookup(id)
	if !ok {
		t.Fatalf("no rule %q", id)
	}
	r, err := spec.New(&registry.Context{}, func(any) error { return nil })
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// Check runs a rule on one text (Markdown when name ends in .md): a file
// rule's Check, or a corpus rule's Collect with its fact dropped.
func Check(t testing.TB, r lint.Rule, name, text string, env *lint.Env) []lint.Diagnostic {
	t.Helper()
	var mask lint.Masker
	md := markdown.IsMarkdown(name)
	if md {
		mask = markdown.Mask
	}
	doc := lint.NewDocument(name, []byte(text), md, mask)
	var out []lint.Diagnostic
	p := lint.NewPass(doc, env, r.Meta().ID, lint.Warning, &out)
	switch rr := r.(type) {
	case lint.CorpusRule:
		rr.Collect(p)
	case lint.FileRule:
		rr.Check(p)
	default:
		t.Fatalf("%s is neither a file nor a corpus rule", r.Meta().ID)
	}
	for _, d := range out {
		if d.Start < 0 || d.End > len(text) || d.Start > d.End {
			t.Fatalf("diagnostic out of range: %+v", d)
		}
	}
	return out
}

// FixAll applies the first fix of every diagnostic (safe or not).
func FixAll(t testing.TB, text string, ds []lint.Diagnostic) string {
	t.Helper()
	doc := lint.NewDocument("x", []byte(text), false, nil)
	edits, _ := lint.SelectEdits(doc, ds, true)
	out, err := lint.ApplyEdits([]byte(text), edits)
	if err != nil {
		t.Fatal(err)
	}
	return string(out)
}

func Flagged(ds []lint.Diagnostic, text string) []string {
	var out []string
	for _, d := range ds {
		out = append(out, text[d.Start:d.End])
	}
	return out
}

// FixCase is an input and the text after applying every fix.
type FixCase [2]string

// CheckFixes lints each input with r and compares the fixed text.
func CheckFixes(t *testing.T, r lint.Rule, cases []FixCase) {
	t.Helper()
	for _, c := range cases {
		ds := Check(t, r, "a.txt", c[0], nil)
		if got := FixAll(t, c[0], ds); got != c[1] {
			t.Errorf("fix(%q)\n got %q\nwant %q (Flagged %q)", c[0], got, c[1], Flagged(ds, c[0]))
		}
	}
}

// CheckClean fails for every diagnostic r reports on any of texts.
func CheckClean(t *testing.T, r lint.Rule, name string, texts []string) {
	t.Helper()
	for _, text := range texts {
		if ds := Check(t, r, name, text, nil); len(ds) > 0 {
			t.Errorf("Flagged %q in %q", Flagged(ds, text), text)
		}
	}
}

// RunCorpus runs a rule over texts as the runner does (Collect or Check per
// text; nil facts dropped; then Finish) and returns each text's diagnostics.
func RunCorpus(t testing.TB, r lint.Rule, texts ...string) [][]lint.Diagnostic {
	t.Helper()
	got := make([][]lint.Diagnostic, len(texts))
	var facts []lint.Fact
	for i, text := range texts {
		doc := lint.NewDocument("f", []byte(text), false, nil)
		p := lint.NewPass(doc, nil, r.Meta().ID, lint.Warning, &got[i])
		var fact any
		switch rr := r.(type) {
		case lint.CorpusRule:
			fact = rr.Collect(p)
		case lint.FileRule:
			rr.Check(p)
		}
		if fact != nil {
			facts = append(facts, lint.Fact{File: i, Value: fact})
		}
	}
	if cr, ok := r.(lint.CorpusRule); ok {
		cr.Finish(facts, func(file int, d lint.Diagnostic) { got[file] = append(got[file], d) })
	}
	return got
}
