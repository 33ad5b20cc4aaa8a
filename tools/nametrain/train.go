package main

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"go/format"
	"hash/fnv"
	"io"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/stylelint-dev/stylelint/internal/lint"
	"github.com/stylelint-dev/stylelint/internal/logreg"
	"github.com/stylelint-dev/stylelint/rules"
)

var fitting = logreg.Options{Iterations: 50, Tolerance: 1e-10}

// lambdas are the L2 penalties tried; the one with the lowest out-of-fold
// log-loss, in folds grouped by site (an article's corrupted and clean
// copies, and a site's articles, are never on both sides), is used.
var lambdas = []float64{0.03, 0.1, 0.3, 1, 3, 10}

const folds = 5

// Thresholds, as the precision of the out-of-fold probabilities of the
// pairings in the corrupted training articles (each the lowest probability
// that keeps it): what is reported, what --fix respells on its own, and what a
// pairing across files needs.
const (
	reportPrecision = 0.97
	safePrecision   = 0.99
	crossPrecision  = 0.99
	minKept         = 20 // a threshold must keep at least this many pairings
	// maxCleanRate: findings per 10,000 words of clean text a threshold
	// may give (the rule's false-alarm budget on text without typos).
	maxCleanRate = 0.15
)

type span struct{ start, end int }

// pick returns the lowest probability at which the findings in the
// corrupted articles keep the target precision and the clean articles'
// findings stay within maxRate per 10,000 words, counted as the scorer
// counts them (every use of a variant is a finding; in a labelled
// pairing only the labelled use is right), over at least minKept
// pairings; 1 if none does.
func pick(cands []rules.NameCandidate, y []bool, p []float64, target, maxRate float64, cleanWords int) float64 {
	best, tp, fp, clean, kept := 1.0, 0, 0, 0, 0
	order := logreg.Descending(p)
	for k, i := range order {
		c := cands[i]
		if strings.HasPrefix(c.Path, "clean/") {
			clean += len(c.Offsets)
		} else if y[i] {
			tp++
			fp += len(c.Offsets) - 1
		} else {
			fp += len(c.Offsets)
		}
		kept++
		if k+1 < len(order) && p[order[k+1]] == p[i] {
			continue
		}
		rate := float64(clean) / float64(max(1, cleanWords)) * 1e4
		if kept >= minKept && float64(tp)/float64(max(1, tp+fp)) >= target && rate <= maxRate {
			best = p[i]
		}
	}
	return logreg.Round(best)
}

// set is the pairings the rule weighs on a pool half, with their labels.
type set struct {
	cands      []rules.NameCandidate
	y          []bool
	site       map[string]string // file name (without corrupted/ or clean/) -> site
	files      int
	labels     int // name-consistency labels in the half
	cleanWords int // words in clean/: the false-alarm rate's denominator
	hash       [32]byte
}

// load lints dir/corrupted and dir/clean (each as one run, as the CLI
// would) and labels every pairing from dir/labels.jsonl.
func load(dir string) (*set, error) {
	raw, err := os.ReadFile(filepath.Join(dir, "labels.jsonl"))
	if err != nil {
		return nil, err
	}
	h := sha256.New()
	h.Write(raw)
	s := &set{site: map[string]string{}}
	if m, err := os.ReadFile(filepath.Join(dir, "manifest.json")); err == nil {
		var man struct {
			Files []struct {
				Name string `json:"name"`
				Site string `json:"site"`
			} `json:"files"`
		}
		if json.Unmarshal(m, &man) == nil {
			for _, f := range man.Files {
				s.site[f.Name+".txt"] = f.Site
			}
		}
	}
	labels := map[string][]span{}
	sc := bufio.NewScanner(bytes.NewReader(raw))
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var l struct {
			File   string `json:"file"`
			Rule   string `json:"rule"`
			Offset int    `json:"offset"`
			End    int    `json:"end_offset"`
		}
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil {
			return nil, fmt.Errorf("%s: %w", dir, err)
		}
		if l.Rule == "name-consistency" {
			labels[l.File] = append(labels[l.File], span{l.Offset, l.End})
			s.labels++
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
		var inputs []lint.Input
		for _, name := range names {
			src, err := os.ReadFile(name)
			if err != nil {
				return nil, err
			}
			rel := part + "/" + filepath.Base(name)
			io.WriteString(h, rel)
			h.Write(src)
			if part == "clean" {
				s.cleanWords += len(strings.Fields(string(src)))
			}
			inputs = append(inputs, lint.Input{Path: rel, Data: src})
		}
		s.files += len(names)
		cands, err := rules.NameCandidates(inputs, 2)
		if err != nil {
			return nil, err
		}
		for _, c := range cands {
			s.cands = append(s.cands, c)
			s.y = append(s.y, labelled(labels[c.Path], c))
		}
	}
	copy(s.hash[:], h.Sum(nil))
	return s, nil
}

// labelled reports whether a label lies on one of the variant's uses.
func labelled(spans []span, c rules.NameCandidate) bool {
	for _, o := range c.Offsets {
		for _, sp := range spans {
			if o < sp.end && sp.start < o+len(c.Variant) {
				return true
			}
		}
	}
	return false
}

// inFile returns the rows of pairings within a file (the model is fitted
// on them; pairings across files have no labels in the pool).
func (s *set) inFile() (x [][]float64, y []bool, p []float64) {
	x, y, p, _ = s.inFileFolds()
	return x, y, p
}

func (s *set) inFileCands() []rules.NameCandidate {
	var out []rules.NameCandidate
	for _, c := range s.cands {
		if !c.CrossFile {
			out = append(out, c)
		}
	}
	return out
}

// inFileFolds is inFile with each row's fold: its site's (or, without a
// manifest, its article's) FNV hash modulo folds.
func (s *set) inFileFolds() (x [][]float64, y []bool, p []float64, fold []int) {
	for i, c := range s.cands {
		if !c.CrossFile {
			x = append(x, c.Features)
			y = append(y, s.y[i])
			p = append(p, c.Probability)
			name := filepath.Base(c.Path)
			group := s.site[name]
			if group == "" {
				group = name
			}
			h := fnv.New32a()
			io.WriteString(h, group)
			fold = append(fold, int(h.Sum32()%folds))
		}
	}
	return x, y, p, fold
}

// chooseLambda returns the penalty with the lowest out-of-fold log-loss,
// each penalty's loss for the manifest, and the out-of-fold probabilities
// at the chosen penalty (the thresholds are picked on them: precision as
// unseen sites will see it).
func chooseLambda(x [][]float64, y []bool, fold []int) (float64, []float64, []float64) {
	losses := make([]float64, len(lambdas))
	oof := make([][]float64, len(lambdas))
	for li, l := range lambdas {
		oof[li] = make([]float64, len(x))
		o := fitting
		o.Lambda = l
		for f := 0; f < folds; f++ {
			var tx [][]float64
			var ty []bool
			for i := range x {
				if fold[i] != f {
					tx, ty = append(tx, x[i]), append(ty, y[i])
				}
			}
			mean, scale := logreg.Standardise(tx)
			w, bias := logreg.Fit(tx, ty, mean, scale, o)
			m := &model{mean: mean, scale: scale, weight: w, bias: bias}
			for i := range x {
				if fold[i] == f {
					p := min(max(m.probability(x[i]), 1e-9), 1-1e-9)
					oof[li][i] = p
					if y[i] {
						losses[li] -= math.Log(p)
					} else {
						losses[li] -= math.Log(1 - p)
					}
				}
			}
		}
		losses[li] /= float64(len(x))
	}
	best := 0
	for i := range losses {
		if losses[i] < losses[best] {
			best = i
		}
	}
	return lambdas[best], losses, oof[best]
}

type model struct {
	mean, scale, weight  []float64
	bias                 float64
	report, safe, cross  float64
	rows, pos, crossRows int
	lambda               float64
	losses               []float64
}

func fitModel(s *set) (*model, error) {
	x, y, _, fold := s.inFileFolds()
	if len(x) == 0 {
		return nil, errors.New("no pairings to fit on")
	}
	m := &model{rows: len(x)}
	var oof []float64
	m.lambda, m.losses, oof = chooseLambda(x, y, fold)
	o := fitting
	o.Lambda = m.lambda
	for _, v := range y {
		if v {
			m.pos++
		}
	}
	m.mean, m.scale = logreg.Standardise(x)
	for j := range m.mean {
		m.mean[j], m.scale[j] = logreg.Round(m.mean[j]), logreg.Round(m.scale[j])
	}
	w, bias := logreg.Fit(x, y, m.mean, m.scale, o)
	m.bias = logreg.Round(bias)
	m.weight = make([]float64, len(w))
	for j := range w {
		m.weight[j] = logreg.Round(w[j])
	}
	cands := s.inFileCands()
	m.report = pick(cands, y, oof, reportPrecision, maxCleanRate, s.cleanWords)
	m.safe = max(m.report, pick(cands, y, oof, safePrecision, maxCleanRate, s.cleanWords))
	m.cross = max(m.report, pick(cands, y, oof, crossPrecision, maxCleanRate, s.cleanWords))
	for _, c := range s.cands {
		if c.CrossFile {
			m.crossRows++
		}
	}
	return m, nil
}

func (m *model) probability(x []float64) float64 {
	z := m.bias
	for j, v := range x {
		z += m.weight[j] * (v - m.mean[j]) / m.scale[j]
	}
	return 1 / (1 + math.Exp(-z))
}

// Generate fits the model on the pool half at pool and returns the
// generated Go source.
func Generate(pool string) ([]byte, error) {
	s, err := load(pool)
	if err != nil {
		return nil, err
	}
	m, err := fitModel(s)
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	b.WriteString("// Code generated by tools/nametrain; DO NOT EDIT.\n//\n")
	for _, line := range strings.Split(manifest(s, m), "\n") {
		b.WriteString("// " + line + "\n")
	}
	b.WriteString("\npackage rules\n\nvar builtinNameModel = nameModel{\n")
	fmt.Fprintf(&b, "Names: %#v,\n", rules.NameFeatureNames())
	fmt.Fprintf(&b, "Mean: %s,\nScale: %s,\nWeight: %s,\n", floats(m.mean), floats(m.scale), floats(m.weight))
	fmt.Fprintf(&b, "Bias: %s,\nReport: %s, // precision >= %.2f\nSafe: %s, // precision >= %.2f\nCross: %s, // precision >= %.2f\n}\n",
		num(m.bias), num(m.report), reportPrecision, num(m.safe), safePrecision, num(m.cross), crossPrecision)
	return format.Source(b.Bytes())
}

func floats(v []float64) string {
	parts := make([]string, len(v))
	for i, f := range v {
		parts[i] = num(f)
	}
	return "[]float64{" + strings.Join(parts, ", ") + "}"
}

func num(v float64) string { return fmt.Sprintf("%.6g", v) }

func manifest(s *set, m *model) string {
	return strings.Join([]string{
		"method: L2 logistic regression (IRLS), lambda " + num(m.lambda) + ", on the pairings name-consistency weighs within a file",
		fmt.Sprintf("lambda: lowest out-of-fold log-loss in %d site-grouped folds among %v: %s", folds, lambdas, floats(m.losses)[len("[]float64"):]),
		fmt.Sprintf("train: stylelint pool train half, %d files (corrupted and clean), %d pairings in files (%d typos; %d labels), %d across files; input sha256 %s",
			s.files, m.rows, m.pos, s.labels, m.crossRows, hex.EncodeToString(s.hash[:])),
		"train sources: Dragnet data (Moz, AGPL-3.0), CleanEval and CleanPortalEval (research evaluation data), scrapinghub/article-extraction-benchmark (MIT), newspaper and newspaper4k test pages (MIT), trafilatura evaluation pages (Apache-2.0)",
		"word frequencies: wordfreq large_en (rspeer/wordfreq, CC BY-SA 4.0), internal/wordfreq",
	}, "\n")
}

// Report prints the built-in model's figures on the set at dir: counts
// and precision and recall of the reported pairings, never a pairing.
func Report(w io.Writer, dir string) error {
	s, err := load(dir)
	if err != nil {
		return err
	}
	var tp, fp, cross int
	for i, c := range s.cands {
		if c.CrossFile {
			cross++
			continue
		}
		if c.Probability >= rules.NameReportThreshold() {
			if s.y[i] {
				tp++
			} else {
				fp++
			}
		}
	}
	x, y, p := s.inFile()
	fmt.Fprintf(w, "pairings in files at or above each probability (typos, others, precision):\n")
	{
		for _, th := range []float64{0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95} {
			a, b := 0, 0
			for i := range p {
				if p[i] >= th {
					if y[i] {
						a++
					} else {
						b++
					}
				}
			}
			fmt.Fprintf(w, "  >= %.2f: %d typos %d other P %.3f\n", th, a, b, float64(a)/float64(max(1, a+b)))
		}
	}
	fmt.Fprintf(w, "%s: %d files, %d pairings in files, %d across files\n", dir, s.files, len(x), cross)
	fmt.Fprintf(w, "reported in files: %d typos, %d other; precision %.3f, recall %.3f of %d labels\n",
		tp, fp, float64(tp)/float64(max(1, tp+fp)), float64(tp)/float64(max(1, s.labels)), s.labels)
	return nil
}
