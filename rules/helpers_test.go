package rules

import (
	"testing"

	"github.com/stylelint-dev/stylelint/internal/lint"
	"github.com/stylelint-dev/stylelint/internal/markdown"
)

// build returns a configured instance of rule id with default options.
func build(t testing.TB, id string) lint.Rule {
	t.Helper()
	spec, ok := Lookup(id)
	if !ok {
		t.Fatalf("no rule %q", id)
	}
	r, err := spec.New(&Context{}, func(any) error { return nil })
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// check runs a rule on one text (Markdown when name ends in .md): a file
// rule's Check, or a corpus rule's Collect with its fact dropped.
func check(t testing.TB, r lint.Rule, name, text string, env *lint.Env) []lint.Diagnostic {
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

// fixAll applies the first fix of every diagnostic (safe or not).
func fixAll(t testing.TB, text string, ds []lint.Diagnostic) string {
	t.Helper()
	doc := lint.NewDocument("x", []byte(text), false, nil)
	edits, _ := lint.SelectEdits(doc, ds, true)
	out, err := lint.ApplyEdits([]byte(text), edits)
	if err != nil {
		t.Fatal(err)
	}
	return string(out)
}

func flagged(ds []lint.Diagnostic, text string) []string {
	var out []string
	for _, d := range ds {
		out = append(out, text[d.Start:d.End])
	}
	return out
}

// fixCase is an input and the text after applying every fix.
type fixCase struct{ in, want string }

// checkFixes lints each input with r and compares the fixed text.
func checkFixes(t *testing.T, r lint.Rule, cases []fixCase) {
	t.Helper()
	for _, c := range cases {
		ds := check(t, r, "a.txt", c.in, nil)
		if got := fixAll(t, c.in, ds); got != c.want {
			t.Errorf("fix(%q)\n got %q\nwant %q (flagged %q)", c.in, got, c.want, flagged(ds, c.in))
		}
	}
}

// checkClean fails for every diagnostic r reports on any of texts.
func checkClean(t *testing.T, r lint.Rule, name string, texts []string) {
	t.Helper()
	for _, text := range texts {
		if ds := check(t, r, name, text, nil); len(ds) > 0 {
			t.Errorf("flagged %q in %q", flagged(ds, text), text)
		}
	}
}

// runCorpus runs a rule over texts as the runner does (Collect or Check per
// text; nil facts dropped; then Finish) and returns each text's diagnostics.
func runCorpus(t testing.TB, r lint.Rule, texts ...string) [][]lint.Diagnostic {
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
