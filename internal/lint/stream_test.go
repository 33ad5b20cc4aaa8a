package lint_test

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/stylelint-dev/stylelint/internal/corpus"
	"github.com/stylelint-dev/stylelint/internal/lint"
	"github.com/stylelint-dev/stylelint/internal/registry"
	_ "github.com/stylelint-dev/stylelint/rules"
)

// Two passes over batches give what one Run over all documents gives,
// the run-wide findings (a name across files, a line repeated in many
// files) included.
func TestBatchesEqualRun(t *testing.T) {
	setup, inputs := corpusWithRunWideFindings(t)
	want := lint.Run(setup, inputs)
	checkRunWide(t, want)
	for _, size := range []int{1, 4, 10, 23} {
		facts := lint.NewFacts(setup)
		for first := 0; first < len(inputs); first += size {
			facts.Collect(inputs[first:min(first+size, len(inputs))], first)
		}
		late := facts.Finish(func(i int) string { return inputs[i].Path })
		var got []lint.Result
		for first := 0; first < len(inputs); first += size {
			got = append(got, lint.RunBatch(setup, inputs[first:min(first+size, len(inputs))], first, late)...)
		}
		for i := range want {
			if !reflect.DeepEqual(got[i].Findings, want[i].Findings) {
				t.Fatalf("batches of %d, %s: got %d findings, want %d", size, inputs[i].Path, len(got[i].Findings), len(want[i].Findings))
			}
		}
	}
}

// corpusWithRunWideFindings is every rule at its defaults and a corpus
// with a name misspelt across files and a line repeated in many.
func corpusWithRunWideFindings(t *testing.T) (*lint.Setup, []lint.Input) {
	var active []lint.Active
	for _, s := range registry.All() {
		r, err := s.New(&registry.Context{}, func(any) error { return nil })
		if err != nil {
			t.Fatal(err)
		}
		active = append(active, lint.Active{Rule: r, Severity: s.Severity})
	}
	setup := &lint.Setup{Env: &lint.Env{}, RulesFor: func(string) []lint.Active { return active }, Jobs: 2}
	var inputs []lint.Input
	for i, text := range corpus.New(11).RunWide(23) {
		inputs = append(inputs, lint.Input{Path: fmt.Sprintf("doc%02d.txt", i), Data: []byte(text), Explicit: true})
	}
	return setup, inputs
}

// checkRunWide fails a test whose corpus has no run-wide finding of each
// run-wide rule: it would prove nothing.
func checkRunWide(t *testing.T, results []lint.Result) {
	t.Helper()
	names, lines := 0, 0
	for _, r := range results {
		for _, f := range r.Findings {
			names += strings.Count(f.Message, "across the run")
			lines += strings.Count(f.Message, "files of the run")
		}
	}
	if names == 0 || lines == 0 {
		t.Fatalf("the corpus has %d run-wide name and %d repeated-line findings: the test proves nothing", names, lines)
	}
}

// Facts encoded on one side of a process boundary and finished on the
// other (as the Beam pipeline does) give what one Run gives, each
// document's pass one and two run on its own.
func TestEncodedFactsEqualRun(t *testing.T) {
	setup, inputs := corpusWithRunWideFindings(t)
	want := lint.Run(setup, inputs)
	checkRunWide(t, want)
	byRule := map[string][]lint.EncodedFact{}
	for i := len(inputs) - 1; i >= 0; i-- { // any order: Finish sorts by document
		enc, err := setup.CollectEncoded(inputs[i])
		if err != nil {
			t.Fatal(err)
		}
		for id, b := range enc {
			byRule[id] = append(byRule[id], lint.EncodedFact{File: i, Data: append([]byte(nil), b...)})
		}
	}
	if len(byRule) != 2 {
		t.Fatalf("facts of %d rules, want name-consistency's and boilerplate's", len(byRule))
	}
	late := map[int][]lint.Diagnostic{}
	for id, fs := range byRule {
		l, err := setup.FinishEncoded(id, fs, func(i int) string { return inputs[i].Path })
		if err != nil {
			t.Fatal(err)
		}
		for file, ds := range l {
			late[file] = append(late[file], ds...)
		}
	}
	for i := range inputs {
		got := lint.RunBatch(setup, inputs[i:i+1], i, late)
		if !reflect.DeepEqual(got[0].Findings, want[i].Findings) {
			t.Fatalf("%s: got %d findings, want %d", inputs[i].Path, len(got[0].Findings), len(want[i].Findings))
		}
	}
	if _, err := setup.FinishEncoded("name-consistency", []lint.EncodedFact{{File: 0, Data: []byte("{")}}, func(i int) string { return inputs[i].Path }); err == nil {
		t.Error("a broken fact was decoded")
	}
}
