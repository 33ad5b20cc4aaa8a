package logreg

import (
	"math"
	"testing"
)

// A Cholesky solve inverts a known system.
func TestCholSolve(t *testing.T) {
	// A = [[4,2],[2,3]] (lower triangle filled), b = [2,1]: x = [0.5, 0].
	x := CholSolve([]float64{4, 0, 2, 3}, []float64{2, 1}, 2)
	if d := x[0] - 0.5; d*d > 1e-18 || x[1]*x[1] > 1e-18 {
		t.Errorf("x = %v, want [0.5 0]", x)
	}
}

// IRLS separates a separable toy problem with the right sign and leaves a
// constant feature at 0; the penalty keeps the weight finite.
func TestFit(t *testing.T) {
	var xs [][]float64
	var ys []bool
	for i := 0; i < 40; i++ {
		v := float64(i%10) - 4.5
		xs = append(xs, []float64{v, 1})
		ys = append(ys, v > 0)
	}
	mean, scale := Standardise(xs)
	if mean[1] != 1 || scale[1] != 1 {
		t.Errorf("constant feature: mean %v scale %v, want 1 and 1", mean[1], scale[1])
	}
	w, _ := Fit(xs, ys, mean, scale, Options{Lambda: 1, Iterations: 50, Tolerance: 1e-10})
	if w[0] <= 1 || w[0] > 100 || w[1] != 0 {
		t.Errorf("weights %v: want a large finite positive first weight and 0 for the constant", w)
	}
	// A stronger penalty shrinks it.
	w2, _ := Fit(xs, ys, mean, scale, Options{Lambda: 20, Iterations: 50, Tolerance: 1e-10})
	if w2[0] >= w[0] || w2[0] <= 0 {
		t.Errorf("lambda 20 weight %v, want in (0, %v)", w2[0], w[0])
	}
}

func TestThresholdAndRound(t *testing.T) {
	p := []float64{0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1, 0.05, 0.01}
	y := []bool{true, true, true, true, true, true, true, true, true, false, false}
	if th := Threshold(p, y, 0.9, 10); th != 0.05 {
		t.Errorf("threshold = %v, want 0.05 (10 rows at precision 0.9)", th)
	}
	if th := Threshold(p, y, 0.9, 20); th != 1 {
		t.Errorf("threshold with too few rows = %v, want 1", th)
	}
	if got := Round(1.23456789); got != 1.23457 {
		t.Errorf("Round = %v", got)
	}
	if o := Descending([]float64{0.1, 0.5, 0.5, 0.9}); o[0] != 3 || o[1] != 1 || o[2] != 2 || o[3] != 0 {
		t.Errorf("Descending = %v", o)
	}
}

// The threshold keeps the scorer's precision and the clean budget: a
// clean false alarm high up forbids the thresholds below it when the
// budget is spent.
func TestPickThreshold(t *testing.T) {
	p := []float64{0.9, 0.8, 0.7, 0.6, 0.5}
	f := []Finding{{Uses: 1, Right: 1}, {Uses: 1, Right: 1}, {Clean: true, Uses: 1}, {Uses: 1, Right: 1}, {Uses: 2}}
	if th := PickThreshold(p, f, 0.9, 100, 10000, 1); th != 0.6 {
		t.Errorf("generous budget: %v, want 0.6 (0.5 brings two wrong uses)", th)
	}
	if th := PickThreshold(p, f, 0.9, 0.5, 10000, 1); th != 0.8 {
		t.Errorf("budget of 0.5 per 10k words of 10k: %v, want 0.8", th)
	}
	if th := PickThreshold(p, f, 0.9, 100, 10000, 10); th != 1 {
		t.Errorf("too few decisions: %v, want 1", th)
	}
}

// PickFBeta takes the cut with the highest F-beta, a clean finding being
// a false alarm: with beta 1 the lower cut that gains recall wins, with a
// small beta the precise one; too few decisions give 1.
func TestPickFBeta(t *testing.T) {
	p := []float64{0.9, 0.8, 0.7, 0.6, 0.5}
	f := []Finding{{Uses: 1, Right: 1}, {Uses: 1, Right: 1}, {Clean: true, Uses: 1}, {Uses: 1, Right: 1}, {Uses: 2}}
	// pos 4: at 0.8 P 1 R 0.5; at 0.6 P 0.75 R 0.75; at 0.5 P 0.5 R 0.75.
	if th := PickFBeta(p, f, 1, 4, 1); th != 0.6 {
		t.Errorf("beta 1: %v, want 0.6", th)
	}
	if th := PickFBeta(p, f, 0.5, 4, 1); th != 0.8 {
		t.Errorf("beta 0.5: %v, want 0.8", th)
	}
	if th := PickFBeta(p, f, 1, 4, 10); th != 1 {
		t.Errorf("too few decisions: %v, want 1", th)
	}
}

// Cross-validation prefers some penalty on separable data, and its
// held-out probabilities order the rows as the labels do.
func TestCrossValidate(t *testing.T) {
	var xs [][]float64
	var ys []bool
	var fold []int
	for i := 0; i < 60; i++ {
		v := float64(i%12) - 5.5
		xs = append(xs, []float64{v, float64(i % 3)})
		ys = append(ys, v > 0)
		fold = append(fold, i%5)
	}
	l, losses, oof := CrossValidate(xs, ys, fold, 5, []float64{0.1, 100}, Options{Iterations: 50, Tolerance: 1e-10})
	if l != 0.1 || losses[0] >= losses[1] {
		t.Errorf("lambda %v, losses %v: a light penalty fits separable data better", l, losses)
	}
	for i := range oof {
		if (oof[i] > 0.5) != ys[i] {
			t.Errorf("row %d: held-out probability %v, label %v", i, oof[i], ys[i])
		}
	}
}

// Train writes what it uses: coefficients rounded to six digits, and the
// penalty cross-validation chose.
func TestTrainAndFloats(t *testing.T) {
	var xs [][]float64
	var ys []bool
	var fold []int
	for i := 0; i < 50; i++ {
		v := float64(i%10) - 4.5 + float64(i%3)*0.123456789
		xs = append(xs, []float64{v})
		ys = append(ys, i%10 >= 5)
		fold = append(fold, i%5)
	}
	tr := Train(xs, ys, fold, 5, []float64{1, 1000}, Options{Iterations: 50, Tolerance: 1e-10})
	if tr.Lambda != 1 || len(tr.OOF) != len(xs) || len(tr.Losses) != 2 {
		t.Errorf("lambda %v, %d held-out rows, %d losses", tr.Lambda, len(tr.OOF), len(tr.Losses))
	}
	if tr.Weight[0] != Round(tr.Weight[0]) || tr.Mean[0] != Round(tr.Mean[0]) || tr.Bias != Round(tr.Bias) {
		t.Errorf("not rounded: %+v", tr)
	}
	if got := Floats([]float64{1.23456789, 0, -2}); got != "[]float64{1.23457, 0, -2}" {
		t.Errorf("Floats = %s", got)
	}
}

func TestAveragePrecision(t *testing.T) {
	p := []float64{0.9, 0.8, 0.3, 0.1}
	y := []bool{true, false, true, false}
	// ranks 1 and 3 are positives: (1/1 + 2/3) / 2
	if got, want := AveragePrecision(p, y, -1), (1+2.0/3)/2; math.Abs(got-want) > 1e-12 {
		t.Errorf("got %v, want %v", got, want)
	}
	// two more positives that are no row halve it
	if got, want := AveragePrecision(p, y, 4), (1+2.0/3)/4; math.Abs(got-want) > 1e-12 {
		t.Errorf("with unfound positives: got %v, want %v", got, want)
	}
	if AveragePrecision(nil, nil, -1) != 0 {
		t.Error("no rows")
	}
}
