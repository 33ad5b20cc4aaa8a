package main

import (
	"fmt"
	"io"

	"github.com/stylelint-dev/stylelint/internal/gbdt"
	"github.com/stylelint-dev/stylelint/internal/logreg"
)

// compareForests are the gradient-boosted trees Compare weighs against
// the logistic model (gbdt.Defaults otherwise, as splittrain's).
var compareForests = [][2]int{{100, 2}, {300, 2}, {100, 3}, {200, 3}}

// Compare prints how the logistic model and gradient-boosted trees of the
// same pairings do out of fold on the pool half at pool (site-grouped
// folds): the average precision over the pairings in files, the report
// threshold each would get (the model's own picker: the lowest keeping
// precision >= reportPrecision and clean text within maxCleanRate), and
// the typos, other pairings and uses in clean text at it. It is how the
// model was chosen: on the train half the logistic model ranks the
// pairings best (average precision 0.992 against 0.987-0.990 for the
// trees) and keeps the most typos at its threshold (568 against 523-551),
// as the clean-text budget, not precision, binds.
func Compare(w io.Writer, pool string) error {
	s, err := load(pool)
	if err != nil {
		return err
	}
	r, err := s.rows()
	if err != nil {
		return err
	}
	report := func(name string, oof []float64) {
		th := logreg.PickThreshold(oof, r.found, reportPrecision, maxCleanRate, s.pool.CleanWords, minKept)
		typos, others, clean := 0, 0, 0
		for i, p := range oof {
			switch {
			case p < th:
			case r.found[i].Clean:
				clean += r.found[i].Uses
			case r.y[i]:
				typos++
			default:
				others++
			}
		}
		fmt.Fprintf(w, "%-24s average precision %.4f  threshold %.3f  typos %d  others %d  uses in clean text %d\n",
			name, logreg.AveragePrecision(oof, r.y, -1), th, typos, others, clean)
	}
	report("logistic", logreg.Train(r.x, r.y, r.fold, folds, lambdas, fitting).OOF)
	for _, v := range compareForests {
		o := gbdt.Defaults.Sized(v[0], v[1])
		report(fmt.Sprintf("trees: %d of depth %d", o.Rounds, o.Depth), logreg.OutOfFold(r.x, r.y, r.fold, folds, func(fx [][]float64, fy []bool) func([]float64) float64 {
			return gbdt.Fit(fx, fy, o).Probability
		}))
	}
	return nil
}
