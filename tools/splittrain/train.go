package main

import (
	"bytes"
	"encoding/hex"
	"errors"
	"fmt"
	"go/format"
	"io"
	"strconv"
	"strings"

	"github.com/stylelint-dev/stylelint/internal/gbdt"
	"github.com/stylelint-dev/stylelint/internal/lint"
	"github.com/stylelint-dev/stylelint/internal/logreg"
	"github.com/stylelint-dev/stylelint/internal/poolset"
	"github.com/stylelint-dev/stylelint/rules/missingspace"
)

// Fitting constants: logreg's (penalty chosen among logreg.Lambdas by
// site-grouped cross-validation in logreg.Folds folds).
var (
	fitting = logreg.Fitting
	lambdas = logreg.Lambdas
)

const folds = logreg.Folds

// excludeFold, if not -1, is a fold whose files the models do not see
// (the -exclude-fold flag).
var excludeFold = -1

// Thresholds on the out-of-fold probabilities, counting findings as the
// scorer does. What is reported: the threshold with the highest F-beta,
// every finding in clean text a false alarm (the model is the only judge
// of a lost space inside a word, so its threshold is the rule's trade
// between the two; beta < 1 weighs precision above recall). What --fix
// inserts on its own: the lowest threshold that keeps safePrecision
// within the false-alarm budget on clean text.
const (
	reportBeta    = 0.5
	safePrecision = 0.99
	minKept       = 20
	maxCleanRate  = 0.25 // findings per 10,000 words of clean text
)

// The generated variables and what they weigh.
var (
	modelNames = map[string]string{missingspace.KindTitle: "builtinTitleSplitModel", missingspace.KindLower: "builtinLowerSplitModel", missingspace.KindCase: "builtinCaseSplitModel"}
	kindWhat   = map[string]string{missingspace.KindTitle: "the capitalised unknown words", missingspace.KindLower: "the lowercase unknown words", missingspace.KindCase: "the words with one change of case"}
)

// word is one weighed word: its cuts' rows and which cut is labelled.
type word struct {
	cand  missingspace.SplitCandidate
	right int // index of the labelled cut, or -1
	clean bool
}

// set is the words the rule weighed on a pool half: in the documents
// whole (the trees' rows: articles) and in the documents' paragraphs
// linted one by one (the logistic models' rows: short texts).
type set struct {
	pool         *poolset.Set
	words, short []word
}

func load(dir string) (*set, error) {
	pool, err := poolset.Load(dir)
	if err != nil {
		return nil, err
	}
	if excludeFold >= 0 {
		pool = pool.Without(excludeFold, folds)
	}
	s := &set{pool: pool}
	if s.words, err = weigh(pool, func(in []lint.Input) []lint.Input { return in }); err != nil {
		return nil, err
	}
	if s.short, err = weigh(pool, passages); err != nil {
		return nil, err
	}
	return s, nil
}

// weigh lints each half of pool as the inputs of (the documents whole, or
// cut into passages) and labels every word the rule weighed.
func weigh(pool *poolset.Set, of func([]lint.Input) []lint.Input) ([]word, error) {
	cands, err := poolset.Candidates(pool, func(in []lint.Input, jobs int) ([]missingspace.SplitCandidate, error) {
		return missingspace.SplitCandidates(of(in), jobs)
	})
	if err != nil {
		return nil, err
	}
	var words []word
	for _, c := range cands {
		if i := strings.LastIndexByte(c.Path, '#'); i >= 0 { // a passage: back to its document
			off, _ := strconv.Atoi(c.Path[i+1:])
			c.Path, c.Base = c.Path[:i], c.Base+off
		}
		w := word{cand: c, right: -1, clean: strings.HasPrefix(c.Path, "clean/")}
		for k, cut := range c.Cuts {
			for _, l := range pool.Labels[c.Path] {
				if l.Rule == "missing-space" && l.JoinOffset == c.Base+cut {
					w.right = k
				}
			}
		}
		words = append(words, w)
	}
	return words, nil
}

// passages cuts each document into its paragraphs (blank-line separated),
// each an input of its own named PATH#OFFSET: the short texts the
// logistic models judge (a sentence, a paragraph, a commit message) have
// no article around them, so the models learn from text without one.
func passages(in []lint.Input) []lint.Input {
	var out []lint.Input
	for _, doc := range in {
		for _, p := range poolset.Paragraphs(doc.Data) {
			out = append(out, lint.Input{Path: doc.Path + "#" + strconv.Itoa(p.Start), Data: doc.Data[p.Start:p.End]})
		}
	}
	return out
}

type model struct {
	trees                  *gbdt.Forest
	treesReport, treesSafe float64
	mean, scale, weight    []float64
	bias                   float64
	report, safe           float64
	rows, words, pos       int
	shortRows, shortWords  int
	lambda                 float64
	losses                 []float64
}

// rows are the cuts of one kind of word as training rows: features,
// whether the cut is the labelled one, the site-grouped fold, and the
// index of the word each row belongs to.
type rows struct {
	words       []word
	x           [][]float64
	y           []bool
	fold, owner []int
}

// rowsOf returns the rows of the words of kind, in the documents whole.
func (s *set) rowsOf(kind string) rows { return s.rowsIn(s.words, kind) }

// rowsIn returns the rows of the words of kind among words.
func (s *set) rowsIn(words []word, kind string) rows {
	var r rows
	for _, w := range words {
		if w.cand.Kind == kind {
			r.words = append(r.words, w)
		}
	}
	for i, w := range r.words {
		f := s.pool.Fold(w.cand.Path, folds)
		for k := range w.cand.Cuts {
			r.x = append(r.x, w.cand.Features[k])
			r.y = append(r.y, k == w.right)
			r.fold = append(r.fold, f)
			r.owner = append(r.owner, i)
		}
	}
	return r
}

// fitModel fits the model of one kind of word (missingspace.KindTitle, ...).
func fitModel(s *set, kind string) (*model, error) {
	sr := s.rowsIn(s.short, kind)
	r := s.rowsOf(kind)
	words, x, y, fold, owner := r.words, r.x, r.y, r.fold, r.owner
	if len(x) == 0 || len(sr.x) == 0 {
		return nil, errors.New("no words to fit on")
	}
	m := &model{rows: len(x), words: len(words), shortRows: len(sr.x), shortWords: len(sr.words)}
	for _, w := range words {
		if w.right >= 0 {
			m.pos++
		}
	}
	// The logistic model: the paragraphs' words, as short texts show them.
	t := logreg.Train(sr.x, sr.y, sr.fold, folds, lambdas, fitting)
	m.mean, m.scale, m.weight, m.bias, m.lambda, m.losses = t.Mean, t.Scale, t.Weight, t.Bias, t.Lambda, t.Losses
	m.report, m.safe = thresholds(s, sr.words, sr.owner, t.OOF)
	// The trees: fitted on the articles' rows, their thresholds from their
	// own out-of-fold probabilities (the same site-grouped folds).
	oof := logreg.OutOfFold(x, y, fold, folds, func(fx [][]float64, fy []bool) func([]float64) float64 {
		return fitTrees(fx, fy, forestFor(kind)).Probability
	})
	m.trees = fitTrees(x, y, forestFor(kind))
	m.treesReport, m.treesSafe = thresholds(s, words, owner, oof)
	return m, nil
}

// perWord makes one decision per word from its rows' probabilities: the
// likeliest cut (its index among the word's cuts) and its probability.
func perWord(words int, owner []int, prob []float64) (p []float64, best []int) {
	p, best = make([]float64, words), make([]int, words)
	for i := range p {
		p[i] = -1
	}
	first := make([]int, words)
	for r := len(owner) - 1; r >= 0; r-- {
		first[owner[r]] = r
	}
	for r, i := range owner {
		if prob[r] > p[i] {
			p[i], best[i] = prob[r], r-first[i]
		}
	}
	return p, best
}

// thresholds picks a model's reporting and safe thresholds from its
// out-of-fold probabilities of the rows (owner: each row's word).
func thresholds(s *set, words []word, owner []int, oof []float64) (report, safe float64) {
	p, best := perWord(len(words), owner, oof)
	found := make([]logreg.Finding, len(words))
	pos := 0
	for i, wd := range words {
		found[i] = logreg.Finding{Clean: wd.clean, Uses: 1}
		if best[i] == wd.right {
			found[i].Right = 1
		}
		if wd.right >= 0 {
			pos++
		}
	}
	cw := s.pool.CleanWords
	report = logreg.PickFBeta(p, found, reportBeta, pos, minKept)
	return report, max(report, logreg.PickThreshold(p, found, safePrecision, maxCleanRate, cw, minKept))
}

// forestFitting: the trees that decide a split in an article, chosen out
// of fold by site on the train half (`go run ./tools/splittrain
// -compare` prints it). Words reported right and wrong in corrupted texts
// at the thresholds each would get (the highest F0.5), capitalised /
// lowercase / change of case: logistic 268/12, 656/32, 573/12; 100 trees
// of depth 3 251/10, 738/42, 579/8; of depth 4 249/7, 734/43, 607/13; 200
// of depth 4 268/9, 722/40, 585/10; 100 of depth 5 271/9, 731/44, 569/7.
// 100 trees of depth 3 for lowercase words and changes of case; the
// capitalised words, whose evidence combines more (a name's own counts,
// its tail, the letters), take depth 5: 20 more right words and one
// fewer wrong than depth 3. 200 trees would cost twice as much to
// evaluate (the split models take about 13 of the rule's 30 ms per MB).
var forestFitting = gbdt.Defaults.Sized(100, 3)

// forestDepth is the trees' depth by kind of word, where it is not
// forestFitting's.
var forestDepth = map[string]int{missingspace.KindTitle: 5}

// forestFor returns the fitting of the trees of kind.
func forestFor(kind string) gbdt.Options {
	o := forestFitting
	if d, ok := forestDepth[kind]; ok {
		o.Depth = d
	}
	return o
}

// fitTrees fits a forest, its values rounded as they are written.
func fitTrees(x [][]float64, y []bool, o gbdt.Options) *gbdt.Forest {
	f := gbdt.Fit(x, y, o)
	f.Base = logreg.Round(f.Base)
	for i := range f.Trees {
		for k, v := range f.Trees[i].Value {
			f.Trees[i].Value[k] = logreg.Round(v)
		}
	}
	return f
}

// Generate fits the models on the pool half at pool and returns the
// generated Go source.
func Generate(pool string) ([]byte, error) {
	s, err := load(pool)
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	b.WriteString(poolset.GeneratedHeader("splittrain", manifest(s)))
	b.WriteString("\npackage missingspace\n\nimport (\n\"github.com/stylelint-dev/stylelint/internal/fitted\"\n\"github.com/stylelint-dev/stylelint/internal/gbdt\"\n)\n")
	for _, kind := range missingspace.SplitKinds {
		m, err := fitModel(s, kind)
		if err != nil {
			return nil, fmt.Errorf("%s words: %w", kind, err)
		}
		name := modelNames[kind]
		fmt.Fprintf(&b, "\n// %s: %s of the documents' paragraphs, each linted alone, %d words, %d cuts;\n", name, kindWhat[kind], m.shortWords, m.shortRows)
		fmt.Fprintf(&b, "// lambda %s, the lowest out-of-fold log-loss in %d site-grouped folds among %v: %s.\n", logreg.Num(m.lambda), folds, lambdas, logreg.Floats(m.losses)[len("[]float64"):])
		fmt.Fprintf(&b, "var %s = fitted.Model{\n", name)
		fmt.Fprintf(&b, "Names: %#v,\n", missingspace.SplitFeatureNames(kind))
		fmt.Fprintf(&b, "Mean: %s,\nScale: %s,\nWeight: %s,\n", logreg.Floats(m.mean), logreg.Floats(m.scale), logreg.Floats(m.weight))
		fmt.Fprintf(&b, "Bias: %s,\nReport: %s, // highest F%.1f\nSafe: %s, // precision >= %.2f\n}\n",
			logreg.Num(m.bias), logreg.Num(m.report), reportBeta, logreg.Num(m.safe), safePrecision)
		trees := strings.Replace(name, "Model", "Trees", 1)
		fmt.Fprintf(&b, "\n// %s: the same decision as %d gradient-boosted trees of depth %d (rate %s), for articles:\n// %s of the documents whole, %d words, %d cuts, %d words with a labelled lost space;\n// thresholds on their out-of-fold probabilities.\n", trees, forestFor(kind).Rounds, forestFor(kind).Depth, logreg.Num(forestFor(kind).Rate), kindWhat[kind], m.words, m.rows, m.pos)
		fmt.Fprintf(&b, "var %s = fitted.Model{\nNames: %#v,\nReport: %s, // highest F%.1f\nSafe: %s, // precision >= %.2f\nTrees: &%s,\n}\n",
			trees, missingspace.SplitFeatureNames(kind), logreg.Num(m.treesReport), reportBeta, logreg.Num(m.treesSafe), safePrecision, m.trees.GoLiteral())
	}
	return format.Source(b.Bytes())
}

func manifest(s *set) string {
	return strings.Join([]string{
		"method: on every cut missing-space weighs in an unknown word, one model for capitalised words, one for lowercase ones, one for a change of case: an L2 logistic regression (IRLS) fitted on the documents' paragraphs linted one by one (short texts) and gradient-boosted trees (internal/gbdt) fitted on the documents whole (articles), thresholds on site-grouped out-of-fold probabilities",
		fmt.Sprintf("train: stylelint pool train half, %d files (corrupted and clean); input sha256 %s",
			len(s.pool.Corrupted)+len(s.pool.Clean), hex.EncodeToString(s.pool.Hash[:])),
		"train sources: Dragnet data (Moz, AGPL-3.0), CleanEval and CleanPortalEval (research evaluation data), scrapinghub/article-extraction-benchmark (MIT), newspaper and newspaper4k test pages (MIT), trafilatura evaluation pages (Apache-2.0)",
		"word frequencies and the letter model: wordfreq large_en (rspeer/wordfreq, CC BY-SA 4.0), internal/wordfreq",
	}, "\n")
}

// Report prints the built-in models' aggregate figures on the set at dir.
func Report(w io.Writer, dir string) error {
	s, err := load(dir)
	if err != nil {
		return err
	}
	for _, kind := range missingspace.SplitKinds {
		th := missingspace.SplitThreshold(kind)
		n, found := 0, 0
		for _, wd := range s.words {
			if wd.cand.Kind == kind {
				n++
				if wd.right >= 0 {
					found++
				}
			}
		}
		fmt.Fprintf(w, "%s: %d words weighed by the %s model, %d with a labelled lost space\n", dir, n, kind, found)
		for _, t := range []float64{0.3, 0.5, 0.7, 0.9, th} {
			right, wrong, clean := 0, 0, 0
			for _, wd := range s.words {
				if wd.cand.Kind != kind {
					continue
				}
				k, p := 0, -1.0
				for i, q := range wd.cand.Probability {
					if q > p {
						k, p = i, q
					}
				}
				switch {
				case p < t:
				case wd.clean:
					clean++
				case k == wd.right:
					right++
				default:
					wrong++
				}
			}
			fmt.Fprintf(w, "  >= %.3f: %d right, %d wrong in corrupted (precision %.3f), %d in clean (%.2f per 10k words)\n",
				t, right, wrong, float64(right)/float64(max(1, right+wrong)), clean, float64(clean)/float64(max(1, s.pool.CleanWords))*1e4)
		}
	}
	return nil
}
