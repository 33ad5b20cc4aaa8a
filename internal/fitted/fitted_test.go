package fitted

import (
	"math"
	"testing"

	"github.com/stylelint-dev/stylelint/internal/gbdt"
	"github.com/stylelint-dev/stylelint/internal/lint"
)

func TestProbability(t *testing.T) {
	m := &Model{Mean: []float64{1, 0}, Scale: []float64{2, 1}, Weight: []float64{2, -1}, Bias: 0.5}
	// z = 0.5 + 2*(3-1)/2 - 1*(1-0)/1 = 1.5
	if got, want := m.Probability([]float64{3, 1}), 1/(1+math.Exp(-1.5)); math.Abs(got-want) > 1e-12 {
		t.Errorf("probability %v, want %v", got, want)
	}
	if got := m.Probability([]float64{3}); got != 0 {
		t.Errorf("features of another model: %v, want 0", got)
	}
	if B2F(true) != 1 || B2F(false) != 0 {
		t.Error("B2F")
	}
	s := []int{3, 1, 2, 1}
	SortBy(s, func(a, b int) bool { return a < b })
	if s[0] != 1 || s[1] != 1 || s[3] != 3 {
		t.Errorf("SortBy: %v", s)
	}
}

type countRule struct{ seen int }

func (r *countRule) Meta() lint.Meta    { return lint.Meta{ID: "count"} }
func (r *countRule) Check(p *lint.Pass) { r.seen++ }

func TestRunAlone(t *testing.T) {
	r := &countRule{}
	if err := RunAlone(r, []lint.Input{{Path: "a", Data: []byte("x")}, {Path: "b", Data: []byte("y")}}, 1); err != nil || r.seen != 2 {
		t.Errorf("seen %d, err %v", r.seen, err)
	}
	if err := RunAlone(r, []lint.Input{{Path: "missing", File: "/nonexistent/file"}}, 1); err == nil {
		t.Error("an unreadable input is an error")
	}
}

type observingRule struct {
	countRule
	observe func(int)
}

func (r *observingRule) Check(p *lint.Pass) { r.observe(len(p.Doc.Text)) }

// Observe gathers what the rule reports from every document, sorted.
func TestObserve(t *testing.T) {
	r := &observingRule{}
	got, err := Observe(r, func(f func(int)) { r.observe = f }, []lint.Input{{Path: "a", Data: []byte("xyz")}, {Path: "b", Data: []byte("x")}, {Path: "c", Data: []byte("xy")}}, 2, func(a, b int) bool { return a < b })
	if err != nil || len(got) != 3 || got[0] != 1 || got[2] != 3 {
		t.Errorf("got %v, %v", got, err)
	}
}

// UpperBound bounds the probability over its box, for weights and for
// trees, and is reached by the weights at a corner.
func TestUpperBound(t *testing.T) {
	var x [][]float64
	var y []bool
	for i := 0; i < 400; i++ {
		a, b, c := float64(i%5), float64(i/5%4), float64(i%3)
		x = append(x, []float64{a, b, c})
		y = append(y, a+2*b > 5 != (c == 2))
	}
	forest := &Model{Trees: gbdt.Fit(x, y, gbdt.Options{Rounds: 30, Depth: 3, Rate: 0.3, Lambda: 1, MinLeaf: 1, MinRows: 5, Bins: 8})}
	logistic := &Model{Mean: []float64{2, 1.5, 1}, Scale: []float64{1, 1, 1}, Weight: []float64{0.7, -1.2, 0.4}, Bias: -0.3}
	free, hi := []int{0, 1}, []float64{4, 3, 0}
	for _, m := range []*Model{forest, logistic} {
		for c := 0.0; c <= 2; c++ {
			bound := m.UpperBound([]float64{0, 0, c}, free, hi)
			best := 0.0
			for a := 0.0; a <= 4; a += 0.5 {
				for b := 0.0; b <= 3; b += 0.5 {
					p := m.Probability([]float64{a, b, c})
					if p > bound+1e-12 {
						t.Fatalf("trees %v: p(%v, %v, %v) = %v above the bound %v", m.Trees != nil, a, b, c, p, bound)
					}
					best = max(best, p)
				}
			}
			if m.Trees == nil && math.Abs(best-bound) > 1e-12 {
				t.Errorf("weights: bound %v, best corner %v", bound, best)
			}
		}
	}
}
