package main

import (
	"fmt"
	"io"

	"github.com/stylelint-dev/stylelint/internal/gbdt"
	"github.com/stylelint-dev/stylelint/internal/logreg"
	"github.com/stylelint-dev/stylelint/rules/missingspace"
)

// Compare prints, per kind of word, how the logistic model and trees of
// 50, 100 and 200 rounds (forestFitting's other constants) do out of fold
// on the pool half at pool (site-grouped folds): the average precision
// over cuts, and the words reported right and wrong in corrupted texts at
// the thresholds each would get. It is how forestFitting was chosen.
func Compare(w io.Writer, pool string) error {
	s, err := load(pool)
	if err != nil {
		return err
	}
	for _, kind := range missingspace.SplitKinds {
		var words []word
		for _, wd := range s.words {
			if wd.cand.Kind == kind {
				words = append(words, wd)
			}
		}
		var x [][]float64
		var y []bool
		var fold, owner []int
		for i, wd := range words {
			f := s.pool.Fold(wd.cand.Path, folds)
			for k := range wd.cand.Cuts {
				x = append(x, wd.cand.Features[k])
				y = append(y, k == wd.right)
				fold = append(fold, f)
				owner = append(owner, i)
			}
		}
		target := reportPrecision
		if kind != missingspace.KindLower {
			target = titlePrecision
		}
		report := func(name string, oof []float64) {
			th, _ := thresholds(s, words, owner, oof, target)
			best := make([]float64, len(words))
			cut := make([]int, len(words))
			for i := range best {
				best[i] = -1
			}
			first := make([]int, len(words))
			for r := len(owner) - 1; r >= 0; r-- {
				first[owner[r]] = r
			}
			for r, i := range owner {
				if oof[r] > best[i] {
					best[i], cut[i] = oof[r], r-first[i]
				}
			}
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
			fmt.Fprintf(w, "%-6s %-22s average precision %.4f  threshold %.3f  words right %d wrong %d\n", kind, name, averagePrecision(oof, y), th, right, wrong)
		}
		report("logistic", logreg.Train(x, y, fold, folds, lambdas, fitting).OOF)
		for _, rounds := range []int{50, 100, 200} {
			o := forestFitting
			o.Rounds = rounds
			report(fmt.Sprintf("trees: %d of depth %d", rounds, o.Depth), logreg.OutOfFold(x, y, fold, folds, func(fx [][]float64, fy []bool) func([]float64) float64 {
				return gbdt.Fit(fx, fy, o).Probability
			}))
		}
	}
	return nil
}

// averagePrecision is the area under the precision-recall curve of p
// over the rows labelled y.
func averagePrecision(p []float64, y []bool) float64 {
	pos := 0
	for _, v := range y {
		if v {
			pos++
		}
	}
	tp, ap := 0, 0.0
	for k, i := range logreg.Descending(p) {
		if y[i] {
			tp++
			ap += float64(tp) / float64(k+1)
		}
	}
	return ap / float64(max(1, pos))
}
