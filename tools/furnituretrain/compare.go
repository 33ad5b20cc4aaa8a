package main

import (
	"fmt"
	"io"

	"github.com/stylelint-dev/stylelint/internal/gbdt"
	"github.com/stylelint-dev/stylelint/internal/logreg"
)

// forestGrid is what Compare weighs against the logistic second stage.
var forestGrid = []gbdt.Options{
	{Rounds: 150, Depth: 3}, {Rounds: 300, Depth: 3},
	{Rounds: 100, Depth: 4}, {Rounds: 200, Depth: 4}, {Rounds: 300, Depth: 4},
	{Rounds: 150, Depth: 5},
}

// Compare prints, for the logistic second stage and for each forest of
// forestGrid (the other constants as forestFitting's), the average
// precision of site-grouped out-of-fold probabilities on the pool half at
// pool, and the recall kept at line precision 0.90, 0.93 and 0.95: how
// forestFitting was chosen.
func Compare(w io.Writer, pool string) error {
	ft, err := featurise(pool)
	if err != nil {
		return err
	}
	train, x2 := ft.train, ft.x2
	report := func(name string, p []float64) {
		fmt.Fprintf(w, "%-28s average precision %.4f", name, logreg.AveragePrecision(p, train.y, train.pos))
		for _, prec := range []float64{0.90, 0.93, 0.95} {
			th := logreg.Threshold(p, train.y, prec, 10)
			tp := 0
			for i := range p {
				if p[i] >= th && train.y[i] {
					tp++
				}
			}
			fmt.Fprintf(w, "  recall at %.2f: %.3f", prec, float64(tp)/float64(train.pos))
		}
		fmt.Fprintln(w)
	}
	report("logistic second stage", logreg.OutOfFold(x2, train.y, train.fold, folds, func(x [][]float64, y []bool) func([]float64) float64 {
		return fitStage(x, y).Probability
	}))
	for _, g := range forestGrid {
		o := forestFitting
		o.Rounds, o.Depth = g.Rounds, g.Depth
		report(fmt.Sprintf("trees: %d of depth %d", o.Rounds, o.Depth), logreg.OutOfFold(x2, train.y, train.fold, folds, func(x [][]float64, y []bool) func([]float64) float64 {
			return gbdt.Fit(x, y, o).Probability
		}))
	}
	return nil
}
