package main

import (
	"bytes"
	"encoding/hex"
	"errors"
	"fmt"
	"go/format"
	"io"
	"strings"

	"github.com/stylelint-dev/stylelint/internal/logreg"
	"github.com/stylelint-dev/stylelint/internal/poolset"
	"github.com/stylelint-dev/stylelint/rules/namecons"
)

// Fitting constants: logreg's (penalty chosen among logreg.Lambdas by
// site-grouped cross-validation in logreg.Folds folds).
var (
	fitting = logreg.Fitting
	lambdas = logreg.Lambdas
)

const folds = logreg.Folds

// excludeFold, if not -1, is a fold whose files the model does not see
// (the -exclude-fold flag).
var excludeFold = -1

// Thresholds, on the out-of-fold probabilities of the training pairings,
// as the scorer counts findings (each the lowest probability that keeps
// them): what is reported, what --fix respells on its own, and what a
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

// set is the pairings the rule weighs on a pool half, with their labels.
type set struct {
	pool  *poolset.Set
	cands []namecons.NameCandidate
	y     []bool
}

// load lints dir/corrupted and dir/clean (each as one run, as the CLI
// would) and labels every pairing.
func load(dir string) (*set, error) {
	pool, err := poolset.Load(dir)
	if err != nil {
		return nil, err
	}
	if excludeFold >= 0 {
		pool = pool.Without(excludeFold, folds)
	}
	cands, err := poolset.Candidates(pool, namecons.NameCandidates)
	if err != nil {
		return nil, err
	}
	s := &set{pool: pool, cands: cands}
	for _, c := range cands {
		s.y = append(s.y, labelled(pool.Labels[c.Path], c))
	}
	return s, nil
}

// labelled reports whether a name-consistency label lies on one of the
// variant's uses.
func labelled(labels []poolset.Label, c namecons.NameCandidate) bool {
	for _, o := range c.Offsets {
		for _, l := range labels {
			if l.Rule == "name-consistency" && o < l.End && l.Offset < o+len(c.Variant) {
				return true
			}
		}
	}
	return false
}

// inFile returns the pairings within a file (the model is fitted on them;
// pairings across files have no labels in the pool) and their labels.
func (s *set) inFile() (cands []namecons.NameCandidate, y []bool) {
	for i, c := range s.cands {
		if !c.CrossFile {
			cands, y = append(cands, c), append(y, s.y[i])
		}
	}
	return cands, y
}

type model struct {
	mean, scale, weight  []float64
	bias                 float64
	report, safe, cross  float64
	rows, pos, crossRows int
	lambda               float64
	losses               []float64
}

// rows are the pairings within files as training rows: features, labels,
// site-grouped folds, and each one as the scorer counts it.
type rows struct {
	x     [][]float64
	y     []bool
	fold  []int
	found []logreg.Finding
}

func (s *set) rows() (*rows, error) {
	cands, y := s.inFile()
	if len(cands) == 0 {
		return nil, errors.New("no pairings to fit on")
	}
	r := &rows{x: make([][]float64, len(cands)), y: y, fold: make([]int, len(cands)), found: make([]logreg.Finding, len(cands))}
	for i, c := range cands {
		r.x[i], r.fold[i] = c.Features, s.pool.Fold(c.Path, folds)
		r.found[i] = logreg.Finding{Clean: strings.HasPrefix(c.Path, "clean/"), Uses: len(c.Offsets)}
		if y[i] {
			r.found[i].Right = 1
		}
	}
	return r, nil
}

func fitModel(s *set) (*model, error) {
	r, err := s.rows()
	if err != nil {
		return nil, err
	}
	x, y, fold, found := r.x, r.y, r.fold, r.found
	m := &model{rows: len(x)}
	for _, yes := range y {
		if yes {
			m.pos++
		}
	}
	t := logreg.Train(x, y, fold, folds, lambdas, fitting)
	m.mean, m.scale, m.weight, m.bias, m.lambda, m.losses = t.Mean, t.Scale, t.Weight, t.Bias, t.Lambda, t.Losses
	oof := t.OOF
	cw := s.pool.CleanWords
	m.report = logreg.PickThreshold(oof, found, reportPrecision, maxCleanRate, cw, minKept)
	m.safe = max(m.report, logreg.PickThreshold(oof, found, safePrecision, maxCleanRate, cw, minKept))
	m.cross = max(m.report, logreg.PickThreshold(oof, found, crossPrecision, maxCleanRate, cw, minKept))
	m.crossRows = len(s.cands) - len(x)
	return m, nil
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
	b.WriteString(poolset.GeneratedHeader("nametrain", manifest(s, m)))
	b.WriteString("\npackage namecons\n\nimport \"github.com/stylelint-dev/stylelint/internal/fitted\"\n\nvar builtinNameModel = fitted.Model{\n")
	fmt.Fprintf(&b, "Names: %#v,\n", namecons.NameFeatureNames())
	fmt.Fprintf(&b, "Mean: %s,\nScale: %s,\nWeight: %s,\n", logreg.Floats(m.mean), logreg.Floats(m.scale), logreg.Floats(m.weight))
	fmt.Fprintf(&b, "Bias: %s,\nReport: %s, // precision >= %.2f\nSafe: %s, // precision >= %.2f\nCross: %s, // precision >= %.2f\n}\n",
		logreg.Num(m.bias), logreg.Num(m.report), reportPrecision, logreg.Num(m.safe), safePrecision, logreg.Num(m.cross), crossPrecision)
	return format.Source(b.Bytes())
}

func manifest(s *set, m *model) string {
	return strings.Join([]string{
		"method: L2 logistic regression (IRLS), lambda " + logreg.Num(m.lambda) + ", on the pairings name-consistency weighs within a file",
		fmt.Sprintf("lambda: lowest out-of-fold log-loss in %d site-grouped folds among %v: %s", folds, lambdas, logreg.Floats(m.losses)[len("[]float64"):]),
		fmt.Sprintf("train: stylelint pool train half, %d files (corrupted and clean), %d pairings in files (%d typos; %d labels), %d across files; input sha256 %s",
			len(s.pool.Corrupted)+len(s.pool.Clean), m.rows, m.pos, s.pool.Count["name-consistency"], m.crossRows, hex.EncodeToString(s.pool.Hash[:])),
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
	cands, y := s.inFile()
	th := namecons.NameReportThreshold()
	fmt.Fprintf(w, "%s: %d files, %d pairings in files, %d across files\n", dir, len(s.pool.Corrupted)+len(s.pool.Clean), len(cands), len(s.cands)-len(cands))
	fmt.Fprintf(w, "pairings in files at or above each probability (typos, others, precision):\n")
	for _, t := range []float64{0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, th} {
		a, b := 0, 0
		for i, c := range cands {
			if c.Probability >= t {
				if y[i] {
					a++
				} else {
					b++
				}
			}
		}
		mark := ""
		if t == th {
			mark = " (the reporting threshold)"
		}
		fmt.Fprintf(w, "  >= %.3f: %d typos, %d others, precision %.3f, recall %.3f of %d labels%s\n", t, a, b,
			float64(a)/float64(max(1, a+b)), float64(a)/float64(max(1, s.pool.Count["name-consistency"])), s.pool.Count["name-consistency"], mark)
	}
	return nil
}
