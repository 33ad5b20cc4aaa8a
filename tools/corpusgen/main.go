// Command corpusgen writes a deterministic benchmark corpus: -n articles as
// separate files under -out (in subdirectories of 1,000), or with -size one
// file of about that many bytes. Paragraphs come from an embedded bank and
// the repository's fixtures (-fixtures).
//
//	go run ./tools/corpusgen -out /tmp/corpus -n 20000      # about 100 MB
//	go run ./tools/corpusgen -out /tmp/big.txt -size 100MB
//	go run ./tools/corpusgen -out /tmp/corpus.jsonl -jsonl -n 20000   # records
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/stylelint-dev/stylelint/internal/corpus"
)

func main() {
	out := flag.String("out", "", "output directory (or file with -size)")
	n := flag.Int("n", 100, "number of articles")
	size := flag.String("size", "", "write one file of about this size (e.g. 10MB) instead")
	seed := flag.Uint64("seed", 1, "random seed")
	fixtures := flag.String("fixtures", "fixtures", "directory of extra source texts (.txt, .md)")
	jsonl := flag.Bool("jsonl", false, "write the -n articles as JSON Lines records {id, url, text} to the file -out")
	flag.Parse()
	if err := run(*out, *n, *size, *seed, *fixtures, *jsonl); err != nil {
		fmt.Fprintln(os.Stderr, "corpusgen:", err)
		os.Exit(1)
	}
}

func run(out string, n int, size string, seed uint64, fixtures string, jsonl bool) error {
	if out == "" {
		return fmt.Errorf("-out is required")
	}
	var extra []string
	if fixtures != "" {
		var err error
		if extra, err = corpus.Sources(fixtures); err != nil {
			return err
		}
	}
	g := corpus.New(seed, extra...)
	if size != "" {
		bytes, err := parseSize(size)
		if err != nil {
			return err
		}
		return os.WriteFile(out, g.Text(bytes), 0o644)
	}
	if jsonl {
		return writeRecords(out, g, n)
	}
	_, err := g.WriteDir(out, n)
	return err
}

// writeRecords writes n articles as JSON Lines records.
func writeRecords(out string, g *corpus.Generator, n int) error {
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(f, 1<<20)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for i := 1; i <= n; i++ {
		rec := struct {
			ID   string `json:"id"`
			URL  string `json:"url"`
			Text string `json:"text"`
		}{fmt.Sprintf("doc-%07d", i), fmt.Sprintf("https://news.example/%d", i), string(g.Article())}
		if err := enc.Encode(rec); err != nil {
			f.Close()
			return err
		}
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

func parseSize(s string) (int, error) {
	mult := 1
	for suffix, m := range map[string]int{"KB": 1 << 10, "MB": 1 << 20, "GB": 1 << 30} {
		if v, ok := strings.CutSuffix(strings.ToUpper(s), suffix); ok {
			s, mult = v, m
		}
	}
	v, err := strconv.Atoi(s)
	if err != nil || v <= 0 {
		return 0, fmt.Errorf("bad -size %q (want e.g. 500KB, 10MB)", s)
	}
	return v * mult, nil
}
