package fitted

import (
	"math"
	"testing"

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
