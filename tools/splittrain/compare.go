package main

import (
	"fmt"
	"io"

	"github.com/stylelint-dev/stylelint/internal/gbdt"
	"github.com/stylelint-dev/stylelint/internal/logreg"
	"github.com/stylelint-dev/stylelint/rules/missingspace"
)

// Compare prints, per kind of word, how the logistic model and trees of
// 100 rounds of depth 3, 4 and 5 and 200 of depth 4 (forestFitting's
// other constants) do out of fold
// on the pool half at pool (site-grouped folds): the average precision
// over cuts, and the words reported right and wrong in corrupted texts at
// the thresholds each would get. It is how forestFitting was chosen.
func Compare(w io.Writer, pool string) error {
	s, err := load(pool)
	if err != nil {
		return err
	}
	for _, kind := range missingspace.SplitKinds {
		r := s.rowsOf(kind)
		words, x, y, fold, owner := r.words, r.x, r.y, r.fold, r.owner
		report := func(name string, oof []float64) {
			th, _ := thresholds(s, words, owner, oof)
			best, cut := perWord(len(words), owner, oof)
			right, wrong := 0, 0
			for i, wd := range words {
				if best[i] >= th && !wd.clean {
					if cut[i] == wd.right {
						right++
					} else {
						wrong++
					}
				}
			}
			fmt.Fprintf(w, "%-6s %-22s average precision %.4f  threshold %.3f  words right %d wrong %d\n", kind, name, logreg.AveragePrecision(oof, y, -1), th, right, wrong)
		}
		report("logistic", logreg.Train(x, y, fold, folds, lambdas, fitting).OOF)
		for _, v := range [][2]int{{100, 3}, {100, 4}, {200, 4}, {100, 5}} {
			o := forestFitting
			o.Rounds, o.Depth = v[0], v[1]
			report(fmt.Sprintf("trees: %d of depth %d", o.Rounds, o.Depth), logreg.OutOfFold(x, y, fold, folds, func(fx [][]float64, fy []bool) func([]float64) float64 {
				return gbdt.Fit(fx, fy, o).Probability
			}))
		}
	}
	return nil
}
