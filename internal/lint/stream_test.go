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
	var active []lint.Active
	for _, s := range registry.All() {
		r, err := s.New(&registry.Context{}, func(any) error { return nil })
		if err != nil {
			t.Fatal(err)
		}
		active = append(active, lint.Active{Rule: r, Severity: s.Severity})
	}
	setup := &lint.Setup{Env: &lint.Env{}, RulesFor: func(string) []lint.Active { return active }, Jobs: 2}
	g := corpus.New(11)
	var inputs []lint.Input
	for i := 0; i < 23; i++ {
		text := string(g.Article())
		switch {
		case i%5 == 0:
			text += "\n\nAndreas Weber wrote it. Andreas Weber fixed it. Andreas Kuhn helped.\n"
		case i == 17:
			text += "\n\nThanks to Andraes Weber for the patch.\n"
		}
		text += "\n\nSubscribe to the Daily Planet newsletter for more stories\n"
		inputs = append(inputs, lint.Input{Path: fmt.Sprintf("doc%02d.txt", i), Data: []byte(text), Explicit: true})
	}
	want := lint.Run(setup, inputs)
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
		runWide := 0
		for i := range want {
			if !reflect.DeepEqual(got[i].Findings, want[i].Findings) {
				t.Fatalf("batches of %d, %s: got %d findings, want %d", size, inputs[i].Path, len(got[i].Findings), len(want[i].Findings))
			}
			for _, f := range want[i].Findings {
				if strings.Contains(f.Message, "across the run") || strings.Contains(f.Message, "files of the run") {
					runWide++
				}
			}
		}
		if runWide == 0 {
			t.Fatal("the corpus has no run-wide finding: the test proves nothing")
		}
	}
}
