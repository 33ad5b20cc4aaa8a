// Command passages writes a labelled pool half (corrupted/, clean/ and
// labels.jsonl, as ../shared/pool/train) as one file per paragraph, with
// the labels moved onto the paragraphs: the short-text regime (a sentence,
// a paragraph, a commit message: under missing-space's treesFrom words,
// judged by the logistic models rather than the trees) measured by the
// same scorer as the articles.
//
//	go run ./tools/passages -pool ../shared/pool/validation -out /tmp/para/validation
//	cd /tmp/para/validation && stylelint --format json corrupted clean > out.json
//	python3 ../../shared/eval/score.py --labels labels.jsonl --clean-dir clean --diagnostics out.json
//
// A paragraph is a run of text between blank lines ("\n\n"); its file is
// NAME__OFFSET.txt (OFFSET: its byte offset in NAME.txt). A label lies on
// the paragraph that holds it whole (a label across a blank line, as some
// hyphen breaks are, is dropped); its byte offsets are made relative to
// the paragraph and its line and column fields are dropped (the scorer
// matches by byte ranges).
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/stylelint-dev/stylelint/internal/poolset"
)

func main() {
	pool := flag.String("pool", "../shared/pool/validation", "pool half: corrupted/, clean/ and labels.jsonl")
	out := flag.String("out", "", "output directory (created; must not exist)")
	flag.Parse()
	if *out == "" {
		fmt.Fprintln(os.Stderr, "passages: -out is required")
		os.Exit(2)
	}
	n, err := Write(*pool, *out)
	if err != nil {
		fmt.Fprintln(os.Stderr, "passages:", err)
		os.Exit(1)
	}
	fmt.Printf("%s: %d paragraphs\n", *out, n)
}

// offsetFields are a label's byte offsets (top level, and in its edit).
var offsetFields = []string{"offset", "end_offset", "join_offset"}

// Write writes the paragraphs of pool's corrupted/ and clean/ files and
// the moved labels under out, and returns how many paragraphs it wrote.
func Write(pool, out string) (int, error) {
	if _, err := os.Stat(out); err == nil {
		return 0, errors.New(out + " exists")
	}
	labels := map[string][]map[string]any{}
	raw, err := os.ReadFile(filepath.Join(pool, "labels.jsonl"))
	if err != nil {
		return 0, err
	}
	sc := bufio.NewScanner(bytes.NewReader(raw))
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for n := 1; sc.Scan(); n++ {
		var l map[string]any
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil {
			return 0, fmt.Errorf("labels.jsonl:%d: %w", n, err)
		}
		f, _ := l["file"].(string)
		labels[f] = append(labels[f], l)
	}
	var moved bytes.Buffer
	count := 0
	for _, part := range []string{"corrupted", "clean"} {
		names, err := filepath.Glob(filepath.Join(pool, part, "*.txt"))
		if err != nil {
			return 0, err
		}
		if len(names) == 0 {
			return 0, fmt.Errorf("%s: no %s/*.txt", pool, part)
		}
		sort.Strings(names)
		if err := os.MkdirAll(filepath.Join(out, part), 0o755); err != nil {
			return 0, err
		}
		for _, name := range names {
			text, err := os.ReadFile(name)
			if err != nil {
				return 0, err
			}
			base := strings.TrimSuffix(filepath.Base(name), ".txt")
			for _, p := range poolset.Paragraphs(text) {
				file := part + "/" + base + "__" + strconv.Itoa(p.Start) + ".txt"
				if err := os.WriteFile(filepath.Join(out, file), text[p.Start:p.End], 0o644); err != nil {
					return 0, err
				}
				count++
				for _, l := range labels[part+"/"+base+".txt"] {
					if m := move(l, file, p); m != nil {
						b, _ := json.Marshal(m)
						moved.Write(append(b, '\n'))
					}
				}
			}
		}
	}
	return count, os.WriteFile(filepath.Join(out, "labels.jsonl"), moved.Bytes(), 0o644)
}

// move returns label l on paragraph p of its file (named file), or nil if
// p does not hold it whole.
func move(l map[string]any, file string, p poolset.Paragraph) map[string]any {
	off, ok1 := l["offset"].(float64)
	end, ok2 := l["end_offset"].(float64)
	if !ok1 || !ok2 || int(off) < p.Start || int(end) > p.End {
		return nil
	}
	m := map[string]any{}
	for k, v := range l {
		switch k {
		case "line", "column", "end_line", "end_column":
			continue
		}
		m[k] = v
	}
	m["file"] = file
	shift := func(obj map[string]any) {
		for _, k := range offsetFields {
			if v, ok := obj[k].(float64); ok {
				obj[k] = v - float64(p.Start)
			}
		}
	}
	shift(m)
	if e, ok := l["edit"].(map[string]any); ok {
		c := map[string]any{}
		for k, v := range e {
			c[k] = v
		}
		shift(c)
		m["edit"] = c
	}
	return m
}
