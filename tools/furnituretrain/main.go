// Command furnituretrain fits the boilerplate rule's line model
// (internal/furniture) and writes it as generated Go.
//
// Data: the pool's train half (../shared/pool/train: corrupted/*.txt and
// labels.jsonl) for the weights, and only it; the devset
// (../shared/devset) and the train half out of fold (site-grouped) to pick
// the presets' thresholds: each must hold on both. A line is a positive
// example when a boilerplate label lies on it. Features come from
// furniture.Extract, the code the rule runs.
//
// Fitting is exact and reproducible: L2-regularised logistic regression by
// Newton's method (IRLS), each step a Cholesky solve of the regularised
// Hessian, sums taken in file and line order. The same input gives the same
// bytes; the output records the SHA-256 of the input.
//
//	go run ./tools/furnituretrain -pool ../shared/pool/train -devset ../shared/devset -out internal/furniture/model_gen.go
//	go run ./tools/furnituretrain -report ../shared/pool/validation   # the shipped model, aggregate figures only
//	go run ./tools/furnituretrain -oof                                # the same figures for the train half, out of fold
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/stylelint-dev/stylelint/internal/poolset"
)

func main() {
	pool := flag.String("pool", "../shared/pool/train", "training half of the pool (corrupted/ and labels.jsonl)")
	devset := flag.String("devset", "../shared/devset", "set the thresholds are picked on")
	out := flag.String("out", "internal/furniture/model_gen.go", "generated Go file")
	report := flag.String("report", "", "instead of training, print the built-in model's precision and recall at each preset on this set (aggregate figures only)")
	oof := flag.Bool("oof", false, "instead of training, print -report's figures for -pool out of fold (each site group scored by trees fitted without it)")
	compare := flag.Bool("compare", false, "instead of training, print how the second stage's trees compare out of fold with the logistic stage on -pool (how they were chosen)")
	flag.Parse()
	if *compare {
		if err := Compare(os.Stdout, *pool); err != nil {
			fmt.Fprintln(os.Stderr, "furnituretrain:", err)
			os.Exit(1)
		}
		return
	}
	if *oof {
		if err := OutOfFold(os.Stdout, *pool); err != nil {
			fmt.Fprintln(os.Stderr, "furnituretrain:", err)
			os.Exit(1)
		}
		return
	}
	if *report != "" {
		if err := Report(os.Stdout, *report); err != nil {
			fmt.Fprintln(os.Stderr, "furnituretrain:", err)
			os.Exit(1)
		}
		return
	}
	poolset.WriteGenerated("furnituretrain", *out, func() ([]byte, error) { return Generate(*pool, *devset) })
}
