// Command gen writes classes_gen.go from wordclass.tsv: one exported set
// per class of wordclass.Classes.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/stylelint-dev/stylelint/internal/wordclass/table"
)

func main() {
	in := flag.String("in", "wordclass.tsv", "the table")
	out := flag.String("out", "classes_gen.go", "generated Go")
	flag.Parse()
	data, err := os.ReadFile(*in)
	if err != nil {
		fmt.Fprintln(os.Stderr, "wordclass gen:", err)
		os.Exit(1)
	}
	src, err := table.Generate(data)
	if err != nil {
		fmt.Fprintln(os.Stderr, "wordclass gen:", err)
		os.Exit(1)
	}
	if err := os.WriteFile(*out, src, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "wordclass gen:", err)
		os.Exit(1)
	}
}
