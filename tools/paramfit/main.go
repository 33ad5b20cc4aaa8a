// Command paramfit fits missing-space's named numbers outside its split
// models (missingspace.Params: when an article's comma joins are its
// habit, how much likelier a split must be than a listed whole, how the
// chain segmentation prices its pieces) and writes them as generated Go
// (rules/missingspace/missing_space_params_gen.go).
//
// Data: the pool's train half (../shared/pool/train), and only it. The
// rule, with the split models already fitted (tools/splittrain runs
// first), lints the corrupted and the clean texts as the CLI would; its
// findings are counted as the eval's score.py counts them (a finding
// overlapping a label is right, one to one; every other finding, and
// every finding in a clean text, is wrong) and the parameters are chosen
// by a coordinate search over a fixed grid at the rule's objective, F0.5
// (precision weighed above recall). The search starts from the values the
// rule had before it was fitted, changes one parameter at a time, keeps a
// change only when it raises F0.5, and stops when a sweep changes nothing.
//
//	go run ./tools/paramfit -pool ../shared/pool/train -out rules/missingspace/missing_space_params_gen.go
//
// With -exclude-fold N the parameters are fitted without the files of one
// site-grouped fold (tools/cvscore.sh).
package main

import (
	"flag"

	"github.com/stylelint-dev/stylelint/internal/poolset"
)

func main() {
	pool := flag.String("pool", "../shared/pool/train", "training half of the pool (corrupted/, clean/ and labels.jsonl)")
	out := flag.String("out", "rules/missingspace/missing_space_params_gen.go", "generated Go file")
	flag.IntVar(&excludeFold, "exclude-fold", -1, "fit without the files of this site-grouped fold (0 to 4)")
	flag.Parse()
	poolset.WriteGenerated("paramfit", *out, func() ([]byte, error) { return Generate(*pool) })
}
