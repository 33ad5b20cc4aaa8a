// Command splittrain fits missing-space's model of capitalised unknown
// words (a name glued to the next word, Macronand, or a name, Fidelis?)
// and writes it as generated Go (rules/missingspace/missing_space_model_gen.go).
//
// Data: the pool's train half (../shared/pool/train), and only it. Every
// place the rule weighs splitting a capitalised word is an example:
// positive when a missing-space label puts the lost space there. Features
// come from the rule itself (missingspace.SplitCandidates), so training and
// linting cannot disagree. The penalty is chosen by site-grouped
// cross-validation and the thresholds on the out-of-fold probabilities,
// counting findings as the scorer does (internal/logreg).
//
//	go run ./tools/splittrain -pool ../shared/pool/train -out rules/missingspace/missing_space_model_gen.go
//	go run ./tools/splittrain -report ../shared/pool/validation   # aggregate figures only
//
// With -exclude-fold N the models are fitted without the files of one
// site-grouped fold (tools/cvscore.sh lints each fold with the models
// fitted without it: the train half's out-of-fold score); -fold-files N
// prints that fold's file names.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/stylelint-dev/stylelint/internal/poolset"
)

func main() {
	pool := flag.String("pool", "../shared/pool/train", "training half of the pool (corrupted/, clean/ and labels.jsonl)")
	out := flag.String("out", "rules/missingspace/missing_space_model_gen.go", "generated Go file")
	report := flag.String("report", "", "instead of training, print the built-in model's precision and recall on this set (aggregate figures only)")
	compare := flag.Bool("compare", false, "instead of training, print how the logistic models and the trees do out of fold on -pool (how the trees were chosen)")
	flag.IntVar(&excludeFold, "exclude-fold", -1, "fit without the files of this site-grouped fold (0 to 4)")
	foldFiles := flag.Int("fold-files", -1, "instead of training, print the names of the files of this fold of -pool")
	flag.Parse()
	if *foldFiles >= 0 {
		if err := poolset.PrintFold(os.Stdout, *pool, *foldFiles, folds); err != nil {
			fmt.Fprintln(os.Stderr, "splittrain:", err)
			os.Exit(1)
		}
		return
	}
	if *compare {
		if err := Compare(os.Stdout, *pool); err != nil {
			fmt.Fprintln(os.Stderr, "splittrain:", err)
			os.Exit(1)
		}
		return
	}
	if *report != "" {
		if err := Report(os.Stdout, *report); err != nil {
			fmt.Fprintln(os.Stderr, "splittrain:", err)
			os.Exit(1)
		}
		return
	}
	poolset.WriteGenerated("splittrain", *out, func() ([]byte, error) { return Generate(*pool) })
}
