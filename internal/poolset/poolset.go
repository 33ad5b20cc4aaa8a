// Package poolset reads a labelled half of the project's evaluation pool
// (../shared/pool/train: corrupted/*.txt, clean/*.txt, labels.jsonl,
// manifest.json) for the trainers in tools/. It is training code: no rule
// imports it.
package poolset

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/stylelint-dev/stylelint/internal/lint"
)

// Label is one labelled defect.
type Label struct {
	File       string `json:"file"` // corrupted/NAME.txt
	Rule       string `json:"rule"`
	Offset     int    `json:"offset"`
	End        int    `json:"end_offset"`
	JoinOffset int    `json:"join_offset"` // missing-space: where the space goes
}

// Set is a pool half.
type Set struct {
	Corrupted, Clean []lint.Input // in name order, Path "corrupted/NAME.txt", "clean/NAME.txt"
	Labels           map[string][]Label
	Count            map[string]int    // labels per rule
	Site             map[string]string // NAME.txt -> site (from the manifest)
	CleanWords       int               // words of clean/ (the false-alarm rate's denominator)
	Hash             [32]byte          // SHA-256 of the labels and every file, in order
}

// Load reads the half at dir.
func Load(dir string) (*Set, error) {
	raw, err := os.ReadFile(filepath.Join(dir, "labels.jsonl"))
	if err != nil {
		return nil, err
	}
	h := sha256.New()
	h.Write(raw)
	s := &Set{Labels: map[string][]Label{}, Count: map[string]int{}, Site: map[string]string{}}
	sc := bufio.NewScanner(bytes.NewReader(raw))
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for n := 1; sc.Scan(); n++ {
		var l Label
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", filepath.Join(dir, "labels.jsonl"), n, err)
		}
		s.Labels[l.File] = append(s.Labels[l.File], l)
		s.Count[l.Rule]++
	}
	if m, err := os.ReadFile(filepath.Join(dir, "manifest.json")); err == nil {
		var man struct {
			Files []struct {
				Name string `json:"name"`
				Site string `json:"site"`
			} `json:"files"`
		}
		if json.Unmarshal(m, &man) == nil {
			for _, f := range man.Files {
				s.Site[f.Name+".txt"] = f.Site
			}
		}
	}
	for _, part := range []string{"corrupted", "clean"} {
		names, err := filepath.Glob(filepath.Join(dir, part, "*.txt"))
		if err != nil {
			return nil, err
		}
		if len(names) == 0 {
			return nil, errors.New(dir + ": no " + part + "/*.txt")
		}
		sort.Strings(names)
		for _, name := range names {
			src, err := os.ReadFile(name)
			if err != nil {
				return nil, err
			}
			rel := part + "/" + filepath.Base(name)
			io.WriteString(h, rel)
			h.Write(src)
			in := lint.Input{Path: rel, Data: src}
			if part == "clean" {
				s.CleanWords += len(strings.Fields(string(src)))
				s.Clean = append(s.Clean, in)
			} else {
				s.Corrupted = append(s.Corrupted, in)
			}
		}
	}
	copy(s.Hash[:], h.Sum(nil))
	return s, nil
}

// Fold is the cross-validation fold of a file (corrupted/ or clean/ path):
// its site's FNV hash (or, without a manifest, its name's) modulo folds,
// so that an article's two copies and a site's articles share a fold.
func (s *Set) Fold(path string, folds int) int {
	name := filepath.Base(path)
	group := s.Site[name]
	if group == "" {
		group = name
	}
	h := fnv.New32a()
	io.WriteString(h, group)
	return int(h.Sum32() % uint32(folds))
}

// Candidates runs a rule's observer (missingspace.SplitCandidates,
// namecons.NameCandidates) over the corrupted half and then the clean
// half, each as one run as the CLI would lint it, and returns what it
// weighed, corrupted first.
func Candidates[T any](s *Set, observe func([]lint.Input, int) ([]T, error)) ([]T, error) {
	var out []T
	for _, inputs := range [][]lint.Input{s.Corrupted, s.Clean} {
		cands, err := observe(inputs, 2)
		if err != nil {
			return nil, err
		}
		out = append(out, cands...)
	}
	return out, nil
}

// Paragraph is a paragraph's byte range in its document.
type Paragraph struct{ Start, End int }

// Paragraphs splits text at every blank line ("\n\n") and returns its
// paragraphs that hold more than white space: the short texts a document
// is made of, for measuring and training on text without an article
// around it (tools/passages, tools/splittrain).
func Paragraphs(text []byte) []Paragraph {
	var ps []Paragraph
	for start := 0; start < len(text); {
		end := bytes.Index(text[start:], []byte("\n\n"))
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		if len(bytes.TrimSpace(text[start:end])) > 0 {
			ps = append(ps, Paragraph{start, end})
		}
		start = end + 2
	}
	return ps
}

// Without returns the half without the files of one cross-validation fold
// (Fold), labels, counts and clean words recomputed: what a model fitted
// for that fold may see. The hash covers what is left.
func (s *Set) Without(fold, folds int) *Set {
	out := &Set{Labels: map[string][]Label{}, Count: map[string]int{}, Site: s.Site}
	h := sha256.New()
	for _, in := range s.Corrupted {
		if s.Fold(in.Path, folds) != fold {
			out.Corrupted = append(out.Corrupted, in)
			io.WriteString(h, in.Path)
			h.Write(in.Data)
			for _, l := range s.Labels[in.Path] {
				out.Labels[in.Path] = append(out.Labels[in.Path], l)
				out.Count[l.Rule]++
			}
		}
	}
	for _, in := range s.Clean {
		if s.Fold(in.Path, folds) != fold {
			out.Clean = append(out.Clean, in)
			out.CleanWords += len(strings.Fields(string(in.Data)))
			io.WriteString(h, in.Path)
			h.Write(in.Data)
		}
	}
	copy(out.Hash[:], h.Sum(nil))
	return out
}

// PrintFold writes the names (NAME.txt) of the files of the half at dir
// that fall in fold, one per line, in name order.
func PrintFold(w io.Writer, dir string, fold, folds int) error {
	s, err := Load(dir)
	if err != nil {
		return err
	}
	for _, in := range s.Corrupted {
		if s.Fold(in.Path, folds) == fold {
			if _, err := fmt.Fprintln(w, filepath.Base(in.Path)); err != nil {
				return err
			}
		}
	}
	return nil
}

// GeneratedHeader is the comment a trainer's generated Go file opens
// with: the generated-code marker naming tools/<tool>, then the manifest
// (how and on what the file was fitted), a comment line per line.
func GeneratedHeader(tool, manifest string) string {
	var b strings.Builder
	b.WriteString("// Code generated by tools/" + tool + "; DO NOT EDIT.\n//\n")
	for _, line := range strings.Split(manifest, "\n") {
		b.WriteString("// " + line + "\n")
	}
	return b.String()
}

// WriteGenerated runs a trainer's generation and writes the Go source it
// returns to out; on failure it says why, prefixed by the tool's name,
// and exits with status 1. It is the end of every trainer's main.
func WriteGenerated(tool, out string, generate func() ([]byte, error)) {
	src, err := generate()
	if err == nil {
		err = os.WriteFile(out, src, 0o644)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, tool+":", err)
		os.Exit(1)
	}
}
