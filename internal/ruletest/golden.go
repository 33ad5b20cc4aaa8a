package ruletest

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/txtar"

	"github.com/stylelint-dev/stylelint/internal/lint"
	"github.com/stylelint-dev/stylelint/internal/markdown"
)

var updateGolden = flag.Bool("update-golden", false, "rewrite the golden fixtures' findings and fixed texts from the rule's output")

// Golden runs the rule id over each testdata/ID/*.txtar beside the test, as
// analysistest and revive do: the archive's files (other than "findings"
// and "fixed/...") are the inputs of one run, "findings" lists what the
// rule reports (one line per finding: file:line:col-line:col, the message,
// and the fix: safe, unsafe or none), and "fixed/NAME" is NAME after
// --fix (safe fixes only; absent when nothing changes). With
// -update-golden the findings and fixed texts are rewritten.
func Golden(t *testing.T, id string) {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", id, "*.txtar"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no testdata/%s/*.txtar golden fixtures (%v)", id, err)
	}
	for _, path := range files {
		t.Run(strings.TrimSuffix(filepath.Base(path), ".txtar"), func(t *testing.T) {
			ar, err := txtar.ParseFile(path)
			if err != nil {
				t.Fatal(err)
			}
			var names, texts []string
			want := map[string]string{}
			for _, f := range ar.Files {
				switch {
				case f.Name == "findings" || strings.HasPrefix(f.Name, "fixed/"):
					want[f.Name] = string(f.Data)
				default:
					names, texts = append(names, f.Name), append(texts, string(f.Data))
				}
			}
			got := run(t, id, names, texts)
			if *updateGolden {
				out := &txtar.Archive{Comment: ar.Comment}
				for i := range names {
					out.Files = append(out.Files, txtar.File{Name: names[i], Data: []byte(texts[i])})
				}
				keys := make([]string, 0, len(got))
				for k := range got {
					keys = append(keys, k)
				}
				sort.Strings(keys)
				for _, k := range keys {
					out.Files = append(out.Files, txtar.File{Name: k, Data: []byte(got[k])})
				}
				if err := os.WriteFile(path, txtar.Format(out), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			for k, v := range got {
				if want[k] != v {
					t.Errorf("%s:\n got:\n%s\nwant:\n%s", k, v, want[k])
				}
			}
			for k := range want {
				if _, ok := got[k]; !ok {
					t.Errorf("%s: the fixture has it, the rule gives none (run with -update-golden)", k)
				}
			}
		})
	}
}

// run lints the texts as one run with rule id and returns the golden
// files: "findings" and "fixed/NAME" for each text --fix changes.
func run(t *testing.T, id string, names, texts []string) map[string]string {
	r := Build(t, id)
	diags := corpus(t, r, names, texts)
	out := map[string]string{}
	var b strings.Builder
	for i, name := range names {
		doc := document(name, texts[i])
		ds := diags[i]
		sort.SliceStable(ds, func(a, b int) bool {
			if ds[a].Start != ds[b].Start {
				return ds[a].Start < ds[b].Start
			}
			if ds[a].End != ds[b].End {
				return ds[a].End < ds[b].End
			}
			return ds[a].Message < ds[b].Message
		})
		for _, d := range diags[i] {
			f := doc.Resolve(d)
			fix := "none"
			if fx := d.FirstFix(); fx != nil {
				fix = map[bool]string{true: "safe", false: "unsafe"}[fx.Safe]
			}
			fmt.Fprintf(&b, "%s:%d:%d-%d:%d %s [fix: %s]\n", name, f.Pos.Line, f.Pos.Column, f.EndPos.Line, f.EndPos.Column, d.Message, fix)
		}
		edits, _ := lint.SelectEdits(doc, diags[i], false)
		if len(edits) == 0 {
			continue
		}
		fixed, err := lint.ApplyEdits([]byte(texts[i]), edits)
		if err != nil {
			t.Fatal(err)
		}
		if string(fixed) != texts[i] {
			out["fixed/"+name] = string(fixed)
		}
	}
	out["findings"] = b.String()
	return out
}

func document(name, text string) *lint.Document {
	var mask lint.Masker
	md := markdown.IsMarkdown(name)
	if md {
		mask = markdown.Mask
	}
	return lint.NewDocument(name, []byte(text), md, mask)
}

// corpus runs r over the texts as one run (Markdown by file name).
func corpus(t *testing.T, r lint.Rule, names, texts []string) [][]lint.Diagnostic {
	got := make([][]lint.Diagnostic, len(texts))
	var facts []lint.Fact
	for i, text := range texts {
		p := lint.NewPass(document(names[i], text), &lint.Env{}, r.Meta().ID, lint.Warning, &got[i])
		switch rr := r.(type) {
		case lint.CorpusRule:
			if fact := rr.Collect(p); fact != nil {
				facts = append(facts, lint.Fact{File: i, Value: fact})
			}
		case lint.FileRule:
			rr.Check(p)
		}
		p.Flush()
	}
	if cr, ok := r.(lint.CorpusRule); ok {
		cr.Finish(facts, func(file int, d lint.Diagnostic) { got[file] = append(got[file], d) })
	}
	return got
}
