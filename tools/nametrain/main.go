// Command nametrain fits name-consistency's model (is a rare spelling a
// typo of a common one, or a different name?) and writes it as generated
// Go (rules/namecons/name_model_gen.go).
//
// Data: the pool's train half (../shared/pool/train: corrupted/*.txt,
// clean/*.txt and labels.jsonl), and only it. Every pairing the rule
// weighs in a file is an example: positive when a name-consistency label
// lies on one of the variant's uses, negative otherwise (every pairing in
// clean/ is a false alarm). Features come from the rule itself
// (namecons.NameCandidates), so training and linting cannot disagree.
//
// Fitting is exact and reproducible (internal/logreg): the same input gives
// the same bytes; the output records the SHA-256 of the input.
//
//	go run ./tools/nametrain -pool ../shared/pool/train -out rules/namecons/name_model_gen.go
//	go run ./tools/nametrain -report ../shared/pool/validation   # aggregate figures only
//	go run ./tools/nametrain -compare                           # logistic model against trees, out of fold
//
// With -exclude-fold N the model is fitted without the files of one
// site-grouped fold (see tools/cvscore.sh).
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/stylelint-dev/stylelint/internal/poolset"
)

func main() {
	pool := flag.String("pool", "../shared/pool/train", "training half of the pool (corrupted/, clean/ and labels.jsonl)")
	out := flag.String("out", "rules/namecons/name_model_gen.go", "generated Go file")
	report := flag.String("report", "", "instead of training, print the built-in model's precision and recall on this set (aggregate figures only)")
	compare := flag.Bool("compare", false, "instead of training, print how the logistic model and gradient-boosted trees do out of fold on -pool (how the model was chosen)")
	flag.IntVar(&excludeFold, "exclude-fold", -1, "fit without the files of this site-grouped fold (0 to 4)")
	flag.Parse()
	if *compare {
		if err := Compare(os.Stdout, *pool); err != nil {
			fmt.Fprintln(os.Stderr, "nametrain:", err)
			os.Exit(1)
		}
		return
	}
	if *report != "" {
		if err := Report(os.Stdout, *report); err != nil {
			fmt.Fprintln(os.Stderr, "nametrain:", err)
			os.Exit(1)
		}
		return
	}
	poolset.WriteGenerated("nametrain", *out, func() ([]byte, error) { return Generate(*pool) })
}
