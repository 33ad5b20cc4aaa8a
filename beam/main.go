package main

import (
	"context"
	"flag"
	"fmt"
	"os"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"
)

var (
	input      = flag.String("input", "", "glob of the JSONL shards to lint (required)")
	output     = flag.String("output", "", "prefix of the outputs: PREFIX.diagnostics.jsonl, PREFIX.attributes.jsonl, and with --fix PREFIX.fixed.jsonl (required)")
	configPath = flag.String("config", "", "a .stylelint.yaml (default: the built-in defaults)")
	idField    = flag.String("id-field", "id", "the records' id field (a dotted path for a nested one)")
	textField  = flag.String("text-field", "text", "the records' text field (a dotted path for a nested one)")
	maxSize    = flag.Int64("max-file-size", 256<<20, "a record whose text is longer is a bad record (0: no limit)")
	fix        = flag.Bool("fix", false, "also write the records with the safe fixes applied")
	unsafeFix  = flag.Bool("unsafe-fixes", false, "with --fix, apply the unsafe fixes too")
	shards     = flag.Int("shards", 1, "write each output in this many files (PREFIX.diagnostics-00000-of-00008.jsonl, ...)")
)

func main() {
	flag.Parse()
	beam.Init()
	if *input == "" || *output == "" {
		fmt.Fprintln(os.Stderr, "stylelint-beam: --input and --output are required")
		os.Exit(2)
	}
	cfg, err := readConfig(*configPath)
	if err != nil {
		fmt.Fprintln(os.Stderr, "stylelint-beam: --config:", err)
		os.Exit(2)
	}
	p, s := beam.NewPipelineWithRoot()
	Build(s, Options{Input: *input, Output: *output, Config: cfg, IDField: *idField, TextField: *textField, MaxSize: *maxSize, Fix: *fix, UnsafeFix: *unsafeFix, Shards: *shards})
	if err := beamx.Run(context.Background(), p); err != nil {
		fmt.Fprintln(os.Stderr, "stylelint-beam:", err)
		os.Exit(1)
	}
}
