// Command stylelint finds and fixes scraping damage in article text.
package main

import (
	"os"

	"github.com/stylelint-dev/stylelint/internal/cli"
)

func main() {
	os.Exit(cli.Run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
