// Command schemagen writes the JSON Schema of .stylelint.yaml
// (config.Schema) to a file.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/stylelint-dev/stylelint/internal/config"
	_ "github.com/stylelint-dev/stylelint/rules" // registers the rules the schema describes
)

func main() {
	out := flag.String("out", "stylelint.schema.json", "output file")
	flag.Parse()
	data, err := config.Schema()
	if err == nil {
		err = os.WriteFile(*out, data, 0o644)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "schemagen:", err)
		os.Exit(1)
	}
}
