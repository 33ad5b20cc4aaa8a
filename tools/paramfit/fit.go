package main

import (
	"bytes"
	"encoding/hex"
	"fmt"
	"go/format"
	"sort"
	"strings"

	"github.com/stylelint-dev/stylelint/internal/fitted"
	"github.com/stylelint-dev/stylelint/internal/lint"
	"github.com/stylelint-dev/stylelint/internal/logreg"
	"github.com/stylelint-dev/stylelint/internal/poolset"
	"github.com/stylelint-dev/stylelint/rules/missingspace"
)

// folds is the trainers' site-grouped cross-validation.
const folds = logreg.Folds

// excludeFold, if not -1, is a fold whose files the fit does not see.
var excludeFold = -1

// beta weighs precision above recall in the objective (the split models'
// thresholds are chosen at the same F0.5).
const beta = 0.5

// start is where the search starts: the values the rule had before they
// were fitted (chosen by hand on the train half, see the history of
// missing_space.go).
var start = missingspace.Params{CommaHabit: 6, SplitMargin: 1, PiecePenalty: 1, ShortPieceZipf: 4.2, FloorZipf: 1}

// param is one searched parameter: its name, its grid, and how to read
// and set it.
type param struct {
	name string
	grid []float64
	get  func(*missingspace.Params) float64
	set  func(*missingspace.Params, float64)
}

var params = []param{
	{"CommaHabit", []float64{3, 4, 5, 6, 7, 8, 10, 12},
		func(p *missingspace.Params) float64 { return float64(p.CommaHabit) },
		func(p *missingspace.Params, v float64) { p.CommaHabit = int(v) }},
	{"SplitMargin", []float64{0, 0.5, 1, 1.5, 2},
		func(p *missingspace.Params) float64 { return p.SplitMargin },
		func(p *missingspace.Params, v float64) { p.SplitMargin = v }},
	{"PiecePenalty", []float64{0, 1, 2, 4},
		func(p *missingspace.Params) float64 { return p.PiecePenalty },
		func(p *missingspace.Params, v float64) { p.PiecePenalty = v }},
	{"ShortPieceZipf", []float64{3.5, 4.2, 4.6, 5, 5.5, 6},
		func(p *missingspace.Params) float64 { return p.ShortPieceZipf },
		func(p *missingspace.Params, v float64) { p.ShortPieceZipf = v }},
	{"FloorZipf", []float64{0.5, 1, 1.5, 2},
		func(p *missingspace.Params) float64 { return p.FloorZipf },
		func(p *missingspace.Params, v float64) { p.FloorZipf = v }},
}

// score is the findings' count against the labels.
type score struct {
	right, wrong, clean, labels int
}

func (s score) precision() float64 {
	return float64(s.right) / float64(max(1, s.right+s.wrong+s.clean))
}

func (s score) recall() float64 { return float64(s.right) / float64(max(1, s.labels)) }

func (s score) fbeta() float64 {
	p, r := s.precision(), s.recall()
	if p+r == 0 {
		return 0
	}
	b2 := beta * beta
	return (1 + b2) * p * r / (b2*p + r)
}

// evaluate lints the pool half with the rule at p and counts its findings.
func evaluate(s *poolset.Set, p missingspace.Params) (score, error) {
	rule := missingspace.WithParams(p)
	sc := score{labels: s.Count["missing-space"]}
	for _, inputs := range [][]lint.Input{s.Corrupted, s.Clean} {
		results, err := fitted.LintAlone(rule, inputs, 2)
		if err != nil {
			return score{}, err
		}
		for _, res := range results {
			if strings.HasPrefix(res.Input.Path, "clean/") {
				sc.clean += len(res.Findings)
				continue
			}
			r := match(s.Labels[res.Input.Path], res.Findings)
			sc.right += r
			sc.wrong += len(res.Findings) - r
		}
	}
	return sc, nil
}

// match counts the findings that match a missing-space label one to one,
// as score.py does: ranges overlap (touching counts when one is empty);
// each label takes the closest free finding (exact range, then the
// largest overlap, then the nearest start).
func match(labels []poolset.Label, fs []lint.Finding) int {
	used := make([]bool, len(fs))
	n := 0
	for _, l := range labels {
		if l.Rule != "missing-space" {
			continue
		}
		best := -1
		var bestKey [3]int
		for i, f := range fs {
			if used[i] || !overlaps(l.Offset, l.End, f.Start, f.End) {
				continue
			}
			exact := 1
			if f.Start == l.Offset && f.End == l.End {
				exact = 0
			}
			key := [3]int{exact, -(min(l.End, f.End) - max(l.Offset, f.Start)), abs(f.Start - l.Offset)}
			if best < 0 || less(key, bestKey) {
				best, bestKey = i, key
			}
		}
		if best >= 0 {
			used[best] = true
			n++
		}
	}
	return n
}

func overlaps(lo, le, do, de int) bool {
	if lo == le || do == de {
		return lo <= de && do <= le
	}
	return lo < de && do < le
}

func less(a, b [3]int) bool {
	for i := range a {
		if a[i] != b[i] {
			return a[i] < b[i]
		}
	}
	return false
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// fit is the search's outcome.
type fit struct {
	params missingspace.Params
	score  score
	base   score // at start
	evals  int
	sweeps int
}

// search runs the coordinate search from start.
func search(s *poolset.Set) (*fit, error) {
	seen := map[missingspace.Params]score{}
	eval := func(p missingspace.Params) (score, error) {
		if sc, ok := seen[p]; ok {
			return sc, nil
		}
		sc, err := evaluate(s, p)
		seen[p] = sc
		return sc, err
	}
	cur := start
	curScore, err := eval(cur)
	if err != nil {
		return nil, err
	}
	f := &fit{base: curScore}
	for f.sweeps = 1; f.sweeps <= 4; f.sweeps++ {
		changed := false
		for _, pr := range params {
			for _, v := range pr.grid {
				cand := cur
				pr.set(&cand, v)
				sc, err := eval(cand)
				if err != nil {
					return nil, err
				}
				if sc.fbeta() > curScore.fbeta() {
					cur, curScore, changed = cand, sc, true
				}
			}
		}
		if !changed {
			break
		}
	}
	f.params, f.score, f.evals = cur, curScore, len(seen)
	return f, nil
}

// Generate fits the parameters on the pool half at pool and returns the
// generated Go source.
func Generate(pool string) ([]byte, error) {
	s, err := poolset.Load(pool)
	if err != nil {
		return nil, err
	}
	if excludeFold >= 0 {
		s = s.Without(excludeFold, folds)
	}
	f, err := search(s)
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	b.WriteString(poolset.GeneratedHeader("paramfit", manifest(s, f)))
	b.WriteString("\npackage missingspace\n\nvar fittedParams = Params{\n")
	for _, pr := range params {
		fmt.Fprintf(&b, "%s: %v,\n", pr.name, pr.get(&f.params))
	}
	b.WriteString("}\n")
	return format.Source(b.Bytes())
}

func manifest(s *poolset.Set, f *fit) string {
	var grid []string
	for _, pr := range params {
		vals := make([]string, len(pr.grid))
		for i, v := range pr.grid {
			vals[i] = fmt.Sprint(v)
		}
		grid = append(grid, pr.name+" {"+strings.Join(vals, " ")+"}")
	}
	sort.Strings(grid)
	at := func(sc score) string {
		return fmt.Sprintf("%d right, %d wrong, %d in clean text, of %d labels: P %.4f R %.4f F0.5 %.4f",
			sc.right, sc.wrong, sc.clean, sc.labels, sc.precision(), sc.recall(), sc.fbeta())
	}
	return strings.Join([]string{
		"method: coordinate search over a grid, one parameter at a time, a change kept only when it raises F0.5 of the rule's findings",
		"grid: " + strings.Join(grid, ", "),
		fmt.Sprintf("search: %d settings linted in %d sweeps", f.evals, f.sweeps),
		"start: " + at(f.base),
		"fitted: " + at(f.score),
		fmt.Sprintf("train: stylelint pool train half, %d files (corrupted and clean), %d missing-space labels; input sha256 %s",
			len(s.Corrupted)+len(s.Clean), s.Count["missing-space"], hex.EncodeToString(s.Hash[:])),
	}, "\n")
}
