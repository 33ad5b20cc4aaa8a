// Package logreg fits the project's learned models: L2-regularised
// logistic regression over standardised features, by Newton's method
// (IRLS), each step a Cholesky solve of the regularised Hessian, sums taken
// in row order. The same rows give the same coefficients, bit for bit; the
// trainers round them to six significant digits as they write them.
//
// It is training code: the models themselves are evaluated by their own
// packages (a dot product and a logistic), which import nothing from here.
package logreg

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

// The trainers' shared fitting constants: Newton steps and tolerance,
// the penalties cross-validation tries, and its number of folds.
var (
	Fitting = Options{Iterations: 50, Tolerance: 1e-10}
	Lambdas = []float64{0.03, 0.1, 0.3, 1, 3, 10}
)

// Folds is the number of site-grouped cross-validation folds.
const Folds = 5

// Options are the fitting constants a trainer names in its manifest.
type Options struct {
	Lambda     float64 // L2 penalty on the standardised weights (not the bias)
	Iterations int     // Newton steps at most
	Tolerance  float64 // stop when no coefficient moves more than this
}

// Standardise returns each feature's mean and scale (standard deviation,
// or 1 for a constant feature).
func Standardise(x [][]float64) (mean, scale []float64) {
	d := len(x[0])
	mean, scale = make([]float64, d), make([]float64, d)
	for _, row := range x {
		for j, v := range row {
			mean[j] += v
		}
	}
	for j := range mean {
		mean[j] /= float64(len(x))
	}
	for _, row := range x {
		for j, v := range row {
			scale[j] += (v - mean[j]) * (v - mean[j])
		}
	}
	for j := range scale {
		scale[j] = math.Sqrt(scale[j] / float64(len(x)))
		if scale[j] < 1e-9 {
			scale[j] = 1
		}
	}
	return mean, scale
}

// Fit runs IRLS on the features of x standardised by mean and scale,
// against the labels y; it returns the weights and the bias.
func Fit(x [][]float64, y []bool, mean, scale []float64, o Options) ([]float64, float64) {
	d := len(x[0]) + 1 // the bias is the last coefficient
	beta := make([]float64, d)
	z := make([]float64, d)
	for it := 0; it < o.Iterations; it++ {
		hess := make([]float64, d*d)
		grad := make([]float64, d)
		for i, row := range x {
			for j, v := range row {
				z[j] = (v - mean[j]) / scale[j]
			}
			z[d-1] = 1
			eta := 0.0
			for j := range z {
				eta += beta[j] * z[j]
			}
			p := 1 / (1 + math.Exp(-eta))
			w := max(p*(1-p), 1e-12)
			t := -p
			if y[i] {
				t = 1 - p
			}
			for a := 0; a < d; a++ {
				grad[a] += t * z[a]
				za := w * z[a]
				for b := 0; b <= a; b++ {
					hess[a*d+b] += za * z[b]
				}
			}
		}
		for a := 0; a < d-1; a++ {
			grad[a] -= o.Lambda * beta[a]
			hess[a*d+a] += o.Lambda
		}
		step := CholSolve(hess, grad, d)
		moved := 0.0
		for j := range beta {
			beta[j] += step[j]
			moved = max(moved, math.Abs(step[j]))
		}
		if moved < o.Tolerance {
			break
		}
	}
	return beta[:d-1], beta[d-1]
}

// CholSolve solves A·x = b for a symmetric positive definite A of which the
// lower triangle is filled (row-major, d×d).
func CholSolve(a, b []float64, d int) []float64 {
	l := make([]float64, d*d)
	for i := 0; i < d; i++ {
		for j := 0; j <= i; j++ {
			s := a[i*d+j]
			for k := 0; k < j; k++ {
				s -= l[i*d+k] * l[j*d+k]
			}
			if i == j {
				l[i*d+i] = math.Sqrt(max(s, 1e-12))
			} else {
				l[i*d+j] = s / l[j*d+j]
			}
		}
	}
	y := make([]float64, d)
	for i := 0; i < d; i++ {
		s := b[i]
		for k := 0; k < i; k++ {
			s -= l[i*d+k] * y[k]
		}
		y[i] = s / l[i*d+i]
	}
	x := make([]float64, d)
	for i := d - 1; i >= 0; i-- {
		s := y[i]
		for k := i + 1; k < d; k++ {
			s -= l[k*d+i] * x[k]
		}
		x[i] = s / l[i*d+i]
	}
	return x
}

// Round keeps six significant digits: what is written is what is used, and
// a generated file does not depend on the last bits of a sum.
func Round(v float64) float64 {
	if v == 0 {
		return 0
	}
	var r float64
	fmt.Sscanf(fmt.Sprintf("%.6g", v), "%g", &r)
	return r
}

// Threshold returns the lowest score at which the precision of the scores
// p against y is at least target with at least minKept rows at or above
// it, or 1 if there is none.
func Threshold(p []float64, y []bool, target float64, minKept int) float64 {
	order := Descending(p)
	best, tp := 1.0, 0
	for k, i := range order {
		if y[i] {
			tp++
		}
		if k+1 < len(order) && p[order[k+1]] == p[i] {
			continue
		}
		if k+1 >= minKept && float64(tp)/float64(k+1) >= target {
			best = p[i]
		}
	}
	return Round(best)
}

// Descending returns the indexes of p, highest score first (ties in index
// order).
func Descending(p []float64) []int {
	order := make([]int, len(p))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return p[order[a]] > p[order[b]] })
	return order
}

// Finding is one scored decision as a scorer counts it: in a corrupted
// article (its uses are findings, of which Right are labelled) or in a
// clean one (every use is a false alarm).
type Finding struct {
	Clean bool
	Uses  int // findings the decision makes
	Right int // of them, labelled (0 or 1 for most rules)
}

// PickThreshold returns the lowest score at which the findings in the
// corrupted articles keep the target precision and the clean articles'
// findings stay within maxRate per 10,000 of cleanWords, over at least
// minKept decisions; 1 if none does.
func PickThreshold(p []float64, f []Finding, target, maxRate float64, cleanWords, minKept int) float64 {
	best, tp, fp, clean, kept := 1.0, 0, 0, 0, 0
	order := Descending(p)
	for k, i := range order {
		if f[i].Clean {
			clean += f[i].Uses
		} else {
			tp += f[i].Right
			fp += f[i].Uses - f[i].Right
		}
		kept++
		if k+1 < len(order) && p[order[k+1]] == p[i] {
			continue
		}
		rate := float64(clean) / float64(max(1, cleanWords)) * 1e4
		if kept >= minKept && float64(tp)/float64(max(1, tp+fp)) >= target && rate <= maxRate {
			best = p[i]
		}
	}
	return Round(best)
}

// PickFBeta returns the score at or above which the findings have the
// highest F-beta (beta < 1 weighs precision above recall), counting every
// finding in a clean article as a false alarm and recall against pos
// labelled findings in all (some may never be scored), over at least
// minKept decisions; 1 if none qualifies. Ties go to the higher score.
func PickFBeta(p []float64, f []Finding, beta float64, pos, minKept int) float64 {
	best, bestF, tp, fp, kept := 1.0, 0.0, 0, 0, 0
	order := Descending(p)
	b2 := beta * beta
	for k, i := range order {
		tp += f[i].Right
		fp += f[i].Uses - f[i].Right
		kept++
		if k+1 < len(order) && p[order[k+1]] == p[i] {
			continue
		}
		if kept < minKept || tp == 0 {
			continue
		}
		prec, rec := float64(tp)/float64(tp+fp), float64(tp)/float64(max(1, pos))
		if fb := (1 + b2) * prec * rec / (b2*prec + rec); fb > bestF {
			best, bestF = p[i], fb
		}
	}
	return Round(best)
}

// Probability is σ(bias + Σ w·(x−mean)/scale).
func Probability(x, mean, scale, w []float64, bias float64) float64 {
	z := bias
	for j, v := range x {
		z += w[j] * (v - mean[j]) / scale[j]
	}
	return 1 / (1 + math.Exp(-z))
}

// AveragePrecision is the area under the precision-recall curve of the
// probabilities p of rows labelled y: pos labelled positives in all (some
// may be no row: they count as never found), or with pos < 0 the rows'.
func AveragePrecision(p []float64, y []bool, pos int) float64 {
	if pos < 0 {
		pos = 0
		for _, v := range y {
			if v {
				pos++
			}
		}
	}
	tp, ap := 0, 0.0
	for k, i := range Descending(p) {
		if y[i] {
			tp++
			ap += float64(tp) / float64(k+1)
		}
	}
	return ap / float64(max(1, pos))
}

// OutOfFold fits a model (fit returns its scorer) on all folds but one and
// scores the held-out fold's rows, for each fold (fold[i] in [0, folds));
// a fold with nothing to fit on leaves its rows at 0.
func OutOfFold(x [][]float64, y []bool, fold []int, folds int, fit func([][]float64, []bool) func([]float64) float64) []float64 {
	p := make([]float64, len(x))
	for f := 0; f < folds; f++ {
		var tx [][]float64
		var ty []bool
		for i := range x {
			if fold[i] != f {
				tx, ty = append(tx, x[i]), append(ty, y[i])
			}
		}
		if len(tx) == 0 {
			continue
		}
		score := fit(tx, ty)
		for i := range x {
			if fold[i] == f {
				p[i] = score(x[i])
			}
		}
	}
	return p
}

// CrossValidate fits each penalty of lambdas on all folds but one and
// scores the held-out fold (fold[i] in [0, folds)); it returns the penalty
// with the lowest out-of-fold log-loss, every penalty's loss, and the
// out-of-fold probabilities at the chosen penalty (thresholds picked on
// them estimate what unseen sites will see).
func CrossValidate(x [][]float64, y []bool, fold []int, folds int, lambdas []float64, o Options) (float64, []float64, []float64) {
	losses := make([]float64, len(lambdas))
	oof := make([][]float64, len(lambdas))
	for li, l := range lambdas {
		o.Lambda = l
		oof[li] = OutOfFold(x, y, fold, folds, func(tx [][]float64, ty []bool) func([]float64) float64 {
			mean, scale := Standardise(tx)
			w, bias := Fit(tx, ty, mean, scale, o)
			return func(v []float64) float64 { return min(max(Probability(v, mean, scale, w, bias), 1e-9), 1-1e-9) }
		})
		for i, p := range oof[li] {
			if y[i] {
				losses[li] -= math.Log(p)
			} else {
				losses[li] -= math.Log(1 - p)
			}
		}
		losses[li] /= float64(len(x))
	}
	best := 0
	for i := range losses {
		if losses[i] < losses[best] {
			best = i
		}
	}
	return lambdas[best], losses, oof[best]
}

// Trained is a model fitted on all rows with the penalty that
// cross-validation chose, its coefficients rounded as a generated file
// writes them, with the held-out probabilities of every row.
type Trained struct {
	Mean, Scale, Weight []float64
	Bias, Lambda        float64
	Losses              []float64 // out-of-fold log-loss of each penalty tried
	OOF                 []float64 // each row's probability from the fit without its fold
}

// Train chooses the penalty among lambdas by site-grouped
// cross-validation (fold[i] in [0, folds)) and fits all rows with it.
func Train(x [][]float64, y []bool, fold []int, folds int, lambdas []float64, o Options) *Trained {
	t := &Trained{}
	t.Lambda, t.Losses, t.OOF = CrossValidate(x, y, fold, folds, lambdas, o)
	o.Lambda = t.Lambda
	t.Mean, t.Scale = Standardise(x)
	for j := range t.Mean {
		t.Mean[j], t.Scale[j] = Round(t.Mean[j]), Round(t.Scale[j])
	}
	w, bias := Fit(x, y, t.Mean, t.Scale, o)
	t.Bias = Round(bias)
	t.Weight = make([]float64, len(w))
	for j := range w {
		t.Weight[j] = Round(w[j])
	}
	return t
}

// Num writes a coefficient with six significant digits.
func Num(v float64) string { return fmt.Sprintf("%.6g", v) }

// Floats writes coefficients as a Go slice literal.
func Floats(v []float64) string {
	parts := make([]string, len(v))
	for i, f := range v {
		parts[i] = Num(f)
	}
	return "[]float64{" + strings.Join(parts, ", ") + "}"
}
