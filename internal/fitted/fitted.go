// Package fitted evaluates the rules' learned decisions (name-consistency's
// typo model, missing-space's split models): logistic regressions fitted
// by the trainers in tools/ and written as generated Go beside each rule.
// It also runs a rule alone over inputs, the trainers' view of its
// decisions.
package fitted

import (
	"fmt"
	"math"
	"sort"
	"sync"

	"github.com/stylelint-dev/stylelint/internal/gbdt"
	"github.com/stylelint-dev/stylelint/internal/lint"
)

// The rules' learned decisions (name-consistency's typo model,
// missing-space's split model) are logistic regressions fitted by the
// trainers in tools/ and written as generated Go beside the rule.

// Model is a logistic regression over standardised features: the
// probability of the decision (a typo, a lost space) is
// σ(Bias + Σ Weight·(x−Mean)/Scale).
type Model struct {
	Names  []string
	Mean   []float64
	Scale  []float64
	Weight []float64
	Bias   float64
	// Report: the lowest probability reported; Safe: the lowest at which
	// --fix applies the fix on its own; Cross (name-consistency): the
	// lowest for a pair across files, which shares no text to compare and
	// needs stronger evidence.
	Report, Safe, Cross float64
	// Trees, if set, decide instead of the weights: gradient-boosted trees
	// over the same (unstandardised) features, which weigh them in
	// combination.
	Trees *gbdt.Forest
}

// flats holds each forest laid out for evaluation (*gbdt.Forest ->
// *gbdt.Flat), made on first use: a Model is a value the generated code
// writes, with no room for a lock.
var flats sync.Map

// flatTrees returns the trees laid out for evaluation.
func (m *Model) flatTrees() *gbdt.Flat {
	if f, ok := flats.Load(m.Trees); ok {
		return f.(*gbdt.Flat)
	}
	f, _ := flats.LoadOrStore(m.Trees, m.Trees.Flatten())
	return f.(*gbdt.Flat)
}

func (m *Model) Probability(x []float64) float64 {
	if m.Trees != nil {
		return 1 / (1 + math.Exp(-m.flatTrees().Margin(x)))
	}
	if len(m.Weight) != len(x) {
		// A model fitted on other features (only while the trainer
		// regenerates it; a test keeps the shipped one in step).
		return 0
	}
	z := m.Bias
	for j, v := range x {
		z += m.Weight[j] * (v - m.Mean[j]) / m.Scale[j]
	}
	return 1 / (1 + math.Exp(-z))
}

// UpperBound returns a bound on the probability of x over every value of
// the features free lists in [0, hi[j]] (the others as x has them): what
// features that cost a search to compute could at most make of it. For
// the weights, each free feature at the end its weight favours; for
// trees, the best reachable leaf of each tree (a sum of maxima bounds the
// maximum of the sum).
func (m *Model) UpperBound(x []float64, free []int, hi []float64) float64 {
	if m.Trees == nil {
		y := append([]float64(nil), x...)
		for _, j := range free {
			y[j] = 0
			if m.Weight[j] > 0 {
				y[j] = hi[j]
			}
		}
		return m.Probability(y)
	}
	isFree := make([]bool, len(x))
	for _, j := range free {
		isFree[j] = true
	}
	return 1 / (1 + math.Exp(-m.flatTrees().MaxMargin(x, isFree, hi)))
}

// RunAlone lints inputs as one run with the rule r alone (the trainers'
// view of a rule's decisions).
func RunAlone(r lint.Rule, inputs []lint.Input, jobs int) error {
	_, err := LintAlone(r, inputs, jobs)
	return err
}

// LintAlone is RunAlone returning each input's result (the findings
// without their source lines), or the first input that failed.
func LintAlone(r lint.Rule, inputs []lint.Input, jobs int) ([]lint.Result, error) {
	setup := &lint.Setup{
		Env:        &lint.Env{},
		RulesFor:   func(string) []lint.Active { return []lint.Active{{Rule: r, Severity: lint.Warning}} },
		IsMarkdown: func(string) bool { return false },
		Jobs:       jobs,
		Omit:       lint.Omit{Source: true, EditSpans: true},
	}
	results := lint.Run(setup, inputs)
	for _, res := range results {
		if res.Err != nil {
			return nil, fmt.Errorf("%s: %w", res.Input.Path, res.Err)
		}
	}
	return results, nil
}

// SortBy sorts s by less, stably (observations arrive in any order from
// the workers; the trainers need one).
func SortBy[T any](s []T, less func(a, b T) bool) {
	sort.SliceStable(s, func(i, j int) bool { return less(s[i], s[j]) })
}

// B2F is 1 for true and 0 for false: a yes-no feature.
func B2F(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// Observe runs rule alone over inputs as one run with its observer hook
// set by observe, gathers what it reports there (from any worker), and
// returns it sorted by less: the trainers' view of a rule's decisions.
func Observe[T any](rule lint.Rule, observe func(func(T)), inputs []lint.Input, jobs int, less func(a, b T) bool) ([]T, error) {
	var mu sync.Mutex
	var out []T
	observe(func(x T) {
		mu.Lock()
		out = append(out, x)
		mu.Unlock()
	})
	if err := RunAlone(rule, inputs, jobs); err != nil {
		return nil, err
	}
	SortBy(out, less)
	return out, nil
}
