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

	"io"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/goccy/go-yaml"

	"github.com/stylelint-dev/stylelint/internal/furniture"
	"github.com/stylelint-dev/stylelint/internal/gbdt"
	"github.com/stylelint-dev/stylelint/internal/lexicon"
	"github.com/stylelint-dev/stylelint/internal/lint"
	"github.com/stylelint-dev/stylelint/internal/logreg"
	"github.com/stylelint-dev/stylelint/rules"
)

// Fitting constants, named here and written into the manifest.
var fitting = logreg.Options{Lambda: 1.0, Iterations: 50, Tolerance: 1e-10}

// targets are the presets: the precision each must keep, line by line and
// model alone, on two independent samples: the devset (other sources than
// the pool's) and the train half out of fold (unseen sites of the pool's
// sources). A preset's threshold is the lowest that keeps it on both (the
// higher of the two samples' thresholds): one sample alone picks a
// threshold that holds where it came from.
var targets = []struct {
	name      string
	precision float64
}{
	{"newsroom", 0.93},
	{"corpus", 0.88},
}

// folds: the training sites are split into this many groups; a line's
// word-table features come from a table counted without its group, so the
// weights are fitted on features as unseen sites will have them.
const folds = 5

// Word-table constants: a word enters the table when it was seen on at
// least minSites sites and its log-odds is at least minLogOdds away from 0.
const (
	minSites   = 5
	minLogOdds = 0.25
)

// article is one labelled document.
type article struct {
	site      string
	doc       *lint.Document
	furniture map[int]bool // lines with a boilerplate label
}

// set is the candidate lines of a directory of articles with their labels.
type set struct {
	articles []article
	x        [][]float64
	y        []bool
	matches  []map[int]string // per article: line -> the built-in pattern that matched it
	doc      []int            // per row: index into articles
	fold     []int            // per row: the fold of its site
	prev     []int            // per row: the row of the line above, or -1
	next     []int            // per row: the row of the line below, or -1
	files    int
	pos      int // labelled furniture lines, candidates or not
	hash     [32]byte
}

// load reads dir/corrupted/*.txt, dir/labels.jsonl and, where there is one,
// the site of each article from dir/manifest.json.
func load(dir string) (*set, error) {
	labels, err := os.ReadFile(filepath.Join(dir, "labels.jsonl"))
	if err != nil {
		return nil, err
	}
	byFile := map[string][]int{} // file -> offsets of boilerplate labels
	sc := bufio.NewScanner(bytes.NewReader(labels))
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var l struct {
			File   string `json:"file"`
			Rule   string `json:"rule"`
			Offset int    `json:"offset"`
		}
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil {
			return nil, err
		}
		if l.Rule == "boilerplate" {
			byFile[l.File] = append(byFile[l.File], l.Offset)
		}
	}
	sites := map[string]string{}
	if m, err := os.ReadFile(filepath.Join(dir, "manifest.json")); err == nil {
		var man struct {
			Files []struct {
				Corrupted string `json:"corrupted"`
				Site      string `json:"site"`
			} `json:"files"`
		}
		if json.Unmarshal(m, &man) == nil {
			for _, f := range man.Files {
				sites[f.Corrupted] = f.Site
			}
		}
	}
	names, err := filepath.Glob(filepath.Join(dir, "corrupted", "*.txt"))
	if err != nil {
		return nil, err
	}
	if len(names) == 0 {
		return nil, errors.New(dir + ": no corrupted/*.txt")
	}
	sort.Strings(names)
	h := sha256.New()
	h.Write(labels)
	s := &set{files: len(names)}
	for _, name := range names {
		src, err := os.ReadFile(name)
		if err != nil {
			return nil, err
		}
		rel := "corrupted/" + filepath.Base(name)
		io.WriteString(h, rel)
		h.Write(src)
		doc := lint.NewDocument(rel, src, false, nil)
		a := article{site: sites[rel], doc: doc, furniture: map[int]bool{}}
		if a.site == "" {
			a.site = rel
		}
		for _, off := range byFile[rel] {
			a.furniture[doc.LineOf(off)] = true
		}
		s.pos += len(a.furniture)
		s.articles = append(s.articles, a)
	}
	copy(s.hash[:], h.Sum(nil))
	return s, nil
}

// featurise computes every article's candidates with the word table that
// tableFor gives for its site.
func (s *set) featurise(tableFor func(site string) map[string]float64, evidence []string) {
	s.x, s.y, s.doc, s.fold, s.prev, s.next = nil, nil, nil, nil, nil, nil
	lex := lexicon.Get()
	for d, a := range s.articles {
		e := furniture.Extractor{Lex: lex, Words: tableFor(a.site), Hints: s.hints(d, evidence)}
		cands := e.Extract(a.doc.Text, a.doc.Lines())
		row := map[int]int{} // line -> row
		for _, c := range cands {
			row[c.Line] = len(s.x)
			s.x = append(s.x, c.X)
			s.y = append(s.y, a.furniture[c.Line])
			s.doc = append(s.doc, d)
			s.fold = append(s.fold, fold(a.site))
		}
		for _, c := range cands {
			s.prev = append(s.prev, rowOf(row, c.Prev))
			s.next = append(s.next, rowOf(row, c.Next))
		}
	}
}

// rowOf is the row of a line that is a candidate, or -1.
func rowOf(row map[int]int, line int) int {
	if r, ok := row[line]; ok {
		return r
	}
	return -1
}

// fold is the group of a site (FNV-1a of its name).
func fold(site string) int {
	h := uint32(2166136261)
	for i := 0; i < len(site); i++ {
		h = (h ^ uint32(site[i])) * 16777619
	}
	return int(h % folds)
}

// wordTable counts, over the articles whose site keep accepts, on how many
// sites each word occurs in a furniture line and in an article line (of
// the candidates), and returns the smoothed log-odds of the words that
// pass the table's bars.
func (s *set) wordTable(keep func(site string) bool) map[string]float64 {
	type count struct{ f, a map[string]bool }
	counts := map[string]*count{}
	fSites, aSites := map[string]bool{}, map[string]bool{}
	lex := lexicon.Get()
	for _, ar := range s.articles {
		if !keep(ar.site) {
			continue
		}
		lines := ar.doc.Lines()
		e := furniture.Extractor{Lex: lex}
		for _, c := range e.Extract(ar.doc.Text, lines) {
			fur := ar.furniture[c.Line]
			if fur {
				fSites[ar.site] = true
			} else {
				aSites[ar.site] = true
			}
			for _, w := range furniture.LineWords(ar.doc.Text, lines[c.Line]) {
				k := counts[w]
				if k == nil {
					k = &count{map[string]bool{}, map[string]bool{}}
					counts[w] = k
				}
				if fur {
					k.f[ar.site] = true
				} else {
					k.a[ar.site] = true
				}
			}
		}
	}
	nf, na := float64(len(fSites)), float64(len(aSites))
	table := map[string]float64{}
	for w, k := range counts {
		f, a := float64(len(k.f)), float64(len(k.a))
		if len(k.f)+len(k.a) < minSites {
			continue
		}
		lo := math.Log((f+1)/(nf+2)) - math.Log((a+1)/(na+2))
		if math.Abs(lo) < minLogOdds {
			continue
		}
		table[w] = lo
	}
	return table
}

// Evidence-only patterns: a built-in pattern with at least minMatches
// matches on the training pages and a precision below minPrecision there is
// evidence the model must confirm, not a verdict.
const (
	minMatches   = 5
	minPrecision = 0.85
)

// patternPrecision runs the boilerplate rule's pattern pack alone (model
// and run-wide check off) over s and returns the built-in pattern IDs whose
// precision on s is below minPrecision, sorted, with a line per pattern for
// the manifest.
func patternPrecision(s *set) ([]string, error) {
	if err := s.matchPatterns(); err != nil {
		return nil, err
	}
	tp, all := map[string]int{}, map[string]int{}
	for d, a := range s.articles {
		for line, id := range s.matches[d] {
			all[id]++
			if a.furniture[line] {
				tp[id]++
			}
		}
	}
	var out []string
	for id, n := range all {
		if n >= minMatches && float64(tp[id])/float64(n) < minPrecision {
			out = append(out, id)
		}
	}
	sort.Strings(out)
	return out, nil
}

// matchPatterns runs the boilerplate rule's pattern pack alone (model and
// run-wide check off) over every article, and records which built-in
// pattern matched each line.
func (s *set) matchPatterns() error {
	if s.matches != nil {
		return nil
	}
	spec, ok := rules.Lookup("boilerplate")
	if !ok {
		return errors.New("no boilerplate rule")
	}
	r, err := spec.New(&rules.Context{}, func(v any) error {
		return yaml.Unmarshal([]byte("model: \"off\"\nmin-files: 0\n"), v)
	})
	if err != nil {
		return err
	}
	rule := r.(lint.CorpusRule)
	s.matches = make([]map[int]string, len(s.articles))
	for d, a := range s.articles {
		var out []lint.Diagnostic
		rule.Collect(lint.NewPass(a.doc, &lint.Env{}, "boilerplate", lint.Warning, &out))
		m := map[int]string{}
		for _, diag := range out {
			if diag.Category == "" || diag.Category == "model" || diag.Category == "context" {
				continue
			}
			if line := a.doc.LineOf(diag.Start); m[line] == "" {
				m[line] = diag.Category
			}
		}
		s.matches[d] = m
	}
	return nil
}

// hints turns an article's pattern matches into the model's hint bits.
func (s *set) hints(d int, evidence []string) []uint8 {
	if s.matches == nil {
		return nil
	}
	ev := map[string]bool{}
	for _, e := range evidence {
		ev[e] = true
	}
	h := make([]uint8, len(s.articles[d].doc.Lines()))
	for line, id := range s.matches[d] {
		if ev[id] {
			h[line] |= furniture.HintEvidence
		} else {
			h[line] |= furniture.HintVerdict
		}
	}
	return h
}

// fitStage standardises x and fits one stage; the coefficients are
// rounded as they are written.
// forestFitting: the second stage's trees, chosen by average precision
// of site-grouped out-of-fold probabilities on the train half (`go run
// ./tools/furnituretrain -compare` prints the comparison: logistic second
// stage 0.825; trees of depth 4, 200 rounds 0.857, the best of its grid:
// 300 rounds gain nothing, depth 3 or 5 less). At line precision 0.93
// the logistic stage kept 0.489 of the furniture lines out of fold, these
// trees 0.588.
var forestFitting = gbdt.Options{Rounds: 200, Depth: 4, Rate: 0.1, Lambda: 1, MinLeaf: 1, MinRows: 40, Bins: 32}

// fitForest fits the second stage: the trees, their values rounded as
// they are written (so that the thresholds picked with it hold for the
// generated model), and the features' means.
func fitForest(x [][]float64, y []bool) *furniture.Forest {
	f := &furniture.Forest{Forest: *gbdt.Fit(x, y, forestFitting)}
	f.Base = logreg.Round(f.Base)
	for i := range f.Trees {
		for k, v := range f.Trees[i].Value {
			f.Trees[i].Value[k] = logreg.Round(v)
		}
	}
	mean, _ := logreg.Standardise(x)
	for j := range mean {
		mean[j] = logreg.Round(mean[j])
	}
	f.Mean = mean
	return f
}

// writeForest writes the second stage as Go: one tree per line group,
// thresholds exact (they are values of the training features), values
// rounded as fitForest left them.
func writeForest(b *bytes.Buffer, name string, f *furniture.Forest) {
	fmt.Fprintf(b, "// %s: %d trees of depth %d, rate %s, lambda %s, at least %d lines to split, %d quantile bins per feature.\n", name, len(f.Trees), forestFitting.Depth, num(forestFitting.Rate), num(forestFitting.Lambda), forestFitting.MinRows, forestFitting.Bins)
	mean := make([]string, len(f.Mean))
	for i, v := range f.Mean {
		mean[i] = num(v)
	}
	fmt.Fprintf(b, "var %s = Forest{\n\tMean: []float64{%s},\n\tForest: %s,\n}\n\n", name, strings.Join(mean, ", "), f.Forest.GoLiteral())
}

func fitStage(x [][]float64, y []bool) *furniture.Model {
	mean, scale := logreg.Standardise(x)
	for j := range mean {
		mean[j], scale[j] = logreg.Round(mean[j]), logreg.Round(scale[j])
	}
	w, bias := logreg.Fit(x, y, mean, scale, fitting)
	m := &furniture.Model{Mean: mean, Scale: scale, Weight: make([]float64, len(w)), Bias: logreg.Round(bias)}
	for j := range w {
		m.Weight[j] = logreg.Round(w[j])
	}
	return m
}

// fitted is the train half as the trainer fits it: its lines' features
// (out-of-fold word tables), the evidence-only patterns, the second
// stage's inputs (with the first stage's out-of-fold probabilities of the
// neighbouring lines) and, from prepare, the second stage's out-of-fold
// probabilities.
type fitted struct {
	train    *set
	evidence []string
	x2       [][]float64
	oofP     []float64
}

// featurise loads the train half at pool and computes what both stages
// are fitted on: each line's features (out-of-fold word tables), the
// evidence-only patterns, and the second stage's inputs (the first
// stage's out-of-fold probabilities of the neighbouring lines).
func featurise(pool string) (*fitted, error) {
	train, err := load(pool)
	if err != nil {
		return nil, err
	}
	// Out-of-fold word tables and first-stage probabilities for fitting,
	// so that each line's features are as an unseen site's would be; the
	// table and the first stage fitted on all of train ship.
	var byFold [folds]map[string]float64
	for f := range byFold {
		byFold[f] = train.wordTable(func(site string) bool { return fold(site) != f })
	}
	evidence, err := patternPrecision(train)
	if err != nil {
		return nil, err
	}
	train.featurise(func(site string) map[string]float64 { return byFold[fold(site)] }, evidence)
	p1 := logreg.OutOfFold(train.x, train.y, train.fold, folds, func(x [][]float64, y []bool) func([]float64) float64 {
		return fitStage(x, y).Probability
	})
	x2 := make([][]float64, len(train.x))
	for i, x := range train.x {
		x2[i] = append(append([]float64(nil), x...), at(p1, train.prev[i]), at(p1, train.next[i]))
	}
	return &fitted{train: train, evidence: evidence, x2: x2}, nil
}

// prepare is featurise and the second stage's out-of-fold probabilities:
// how it does on sites it did not see.
func prepare(pool string) (*fitted, error) {
	ft, err := featurise(pool)
	if err != nil {
		return nil, err
	}
	ft.oofP = logreg.OutOfFold(ft.x2, ft.train.y, ft.train.fold, folds, func(x [][]float64, y []bool) func([]float64) float64 {
		return fitForest(x, y).Probability
	})
	return ft, nil
}

// Generate fits the model on the pool half at pool, picks the presets on
// devset and out of fold on the pool half, and returns the generated Go
// source.
func Generate(pool, devset string) ([]byte, error) {
	ft, err := prepare(pool)
	if err != nil {
		return nil, err
	}
	train, evidence, oofP := ft.train, ft.evidence, ft.oofP
	words := quantise(train.wordTable(func(string) bool { return true }))
	first := fitStage(train.x, train.y)
	second := fitForest(ft.x2, train.y)
	pipe := &furniture.Pipeline{First: first, Second: second}

	dev, err := load(devset)
	if err != nil {
		return nil, err
	}
	shipped := map[string]float64{}
	for _, w := range words {
		shipped[w.word] = float64(w.logOdds) / lexicalScale
	}
	if err := dev.matchPatterns(); err != nil {
		return nil, err
	}
	dev.featurise(func(string) map[string]float64 { return shipped }, evidence)
	devP := dev.score(pipe)

	var b bytes.Buffer
	fmt.Fprintf(&b, "// Code generated by tools/furnituretrain; DO NOT EDIT.\n\n")
	fmt.Fprintf(&b, "package furniture\n\nimport \"github.com/stylelint-dev/stylelint/internal/gbdt\"\n\n")
	fmt.Fprintf(&b, "// Manifest records what the model was fitted on.\n")
	fmt.Fprintf(&b, "const Manifest = %q\n\n", manifest(train, dev))
	writeModel := func(name string, m *furniture.Model) {
		fmt.Fprintf(&b, "var %s = Model{\n", name)
		fmt.Fprintf(&b, "\tBias: %s,\n", num(m.Bias))
		writeVec := func(field string, f func(j int) string) {
			fmt.Fprintf(&b, "\t%s: []%s{\n", field, map[bool]string{true: "string", false: "float64"}[field == "Names"])
			for j := range m.Weight {
				fmt.Fprintf(&b, "\t\t%s, // %s\n", f(j), furniture.StageFeatures[j].Name)
			}
			fmt.Fprintf(&b, "\t},\n")
		}
		writeVec("Names", func(j int) string { return fmt.Sprintf("%q", furniture.StageFeatures[j].Name) })
		writeVec("Mean", func(j int) string { return num(m.Mean[j]) })
		writeVec("Scale", func(j int) string { return num(m.Scale[j]) })
		writeVec("Weight", func(j int) string { return num(m.Weight[j]) })
		fmt.Fprintf(&b, "}\n\n")
	}
	writeModel("firstStage", first)
	writeForest(&b, "secondStage", second)
	fmt.Fprintf(&b, "// presets: the lowest threshold keeping each target precision, line by\n// line and model alone, on the devset and on the train half out of fold.\nvar presets = []preset{\n")
	for _, t := range targets {
		th := max(logreg.Threshold(devP, dev.y, t.precision, 10), logreg.Threshold(oofP, train.y, t.precision, 10))
		fmt.Fprintf(&b, "\t{%q, %s}, // precision >= %.2f\n", t.name, num(th), t.precision)
	}
	fmt.Fprintf(&b, "}\n\n")
	fmt.Fprintf(&b, "// evidencePatterns are the built-in patterns whose precision on the\n// training pages is below %.2f (with at least %d matches).\nvar evidencePatterns = %#v\n\n", minPrecision, minMatches, evidence)
	fmt.Fprintf(&b, "// lexicalWords: how typical of furniture each word is (log-odds times\n// lexicalScale), counted over the training sites.\nvar lexicalWords = []lexicalWord{\n")
	for _, w := range words {
		fmt.Fprintf(&b, "\t{%q, %d},\n", w.word, w.logOdds)
	}
	fmt.Fprintf(&b, "}\n")
	return format.Source(b.Bytes())
}

// at is p[i], or 0 for no line (-1).
func at(p []float64, i int) float64 {
	if i < 0 {
		return 0
	}
	return p[i]
}

// score runs the pipeline over s's rows as the rule does, document by
// document, and returns each row's probability.
func (s *set) score(pipe *furniture.Pipeline) []float64 {
	out := make([]float64, len(s.x))
	for start := 0; start < len(s.x); {
		end := start
		for end < len(s.x) && s.doc[end] == s.doc[start] {
			end++
		}
		cands := make([]furniture.Candidate, end-start)
		for i := start; i < end; i++ {
			c := furniture.Candidate{Line: i, Prev: -1, Next: -1, X: append([]float64(nil), s.x[i]...)}
			if s.prev[i] >= 0 {
				c.Prev = s.prev[i]
			}
			if s.next[i] >= 0 {
				c.Next = s.next[i]
			}
			cands[i-start] = c
		}
		pipe.Score(cands)
		for i := start; i < end; i++ {
			out[i] = cands[i-start].Probability
		}
		start = end
	}
	return out
}

// lexicalScale must equal furniture's: the steps per unit of log-odds.
const lexicalScale = 16

type quantised struct {
	word    string
	logOdds int8
}

// quantise rounds a table to int8 steps, dropping words that round to 0,
// sorted by word.
func quantise(t map[string]float64) []quantised {
	var out []quantised
	for w, v := range t {
		q := math.Round(v * lexicalScale)
		q = max(-127, min(127, q))
		if q != 0 {
			out = append(out, quantised{w, int8(q)})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].word < out[j].word })
	return out
}

func num(v float64) string { return fmt.Sprintf("%.6g", v) }

func manifest(train, dev *set) string {
	pos := 0
	for _, y := range train.y {
		if y {
			pos++
		}
	}
	return strings.Join([]string{
		"method: first stage L2 logistic regression (IRLS), lambda " + num(fitting.Lambda) + "; second stage gradient-boosted trees (internal/gbdt) over the same features and the first stage's out-of-fold probabilities of the neighbouring lines",
		fmt.Sprintf("train: stylelint pool train half, %d articles, %d candidate lines, %d of them furniture (of %d labelled); input sha256 %s",
			train.files, len(train.x), pos, train.pos, hex.EncodeToString(train.hash[:])),
		fmt.Sprintf("word table: site counts, %d site-grouped folds out of fold for fitting; words on >= %d sites with |log-odds| >= %s", folds, minSites, num(minLogOdds)),
		"train sources: Dragnet data (Moz, AGPL-3.0), CleanEval and CleanPortalEval (research evaluation data), scrapinghub/article-extraction-benchmark (MIT), newspaper and newspaper4k test pages (MIT), trafilatura evaluation pages (Apache-2.0)",
		fmt.Sprintf("thresholds: each the higher of two samples' (the train half out of fold, site-grouped; stylelint devset, %d articles (postlight/parser fixtures, MIT or Apache-2.0); input sha256 %s)", dev.files, hex.EncodeToString(dev.hash[:])),
	}, "\n")
}

// Report prints the shipped model's average precision and, for each
// preset, its line-level precision and recall on the set at dir.
func Report(w io.Writer, dir string) error {
	s, err := load(dir)
	if err != nil {
		return err
	}
	if err := s.matchPatterns(); err != nil {
		return err
	}
	s.featurise(func(string) map[string]float64 { return furniture.ShippedWords() }, furniture.EvidencePatterns())
	return printReport(w, s.score(furniture.Default()), s)
}

// printReport prints the line-level average precision of the scores p of
// s's lines and each preset's precision and recall.
func printReport(w io.Writer, p []float64, s *set) error {
	fmt.Fprintf(w, "average precision (model alone, line level): %.4f\n", logreg.AveragePrecision(p, s.y, s.pos))
	for _, name := range furniture.PresetNames() {
		th, _ := furniture.Preset(name)
		tp, fp := 0, 0
		for i := range p {
			if p[i] >= th {
				if s.y[i] {
					tp++
				} else {
					fp++
				}
			}
		}
		fmt.Fprintf(w, "%s: threshold %.3f  lines flagged %d  precision %.3f  recall %.3f (of %d labelled lines)\n",
			name, th, tp+fp, float64(tp)/float64(max(1, tp+fp)), float64(tp)/float64(max(1, s.pos)), s.pos)
	}
	return nil
}

// OutOfFold prints what Report prints for the train half at pool, each
// line scored by trees fitted without its site group (with the shipped
// thresholds): the train half's figures as unseen sites would have them,
// to set beside Report's on the validation half. (Report on the train
// half scores the shipped trees on the lines they were fitted on.)
func OutOfFold(w io.Writer, pool string) error {
	ft, err := prepare(pool)
	if err != nil {
		return err
	}
	return printReport(w, ft.oofP, ft.train)
}
