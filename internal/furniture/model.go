package furniture

import (
	"math"
	"sort"
	"sync"

	"github.com/stylelint-dev/stylelint/internal/gbdt"
)

//go:generate go run ../../tools/furnituretrain -pool ../../../shared/pool/train -devset ../../../shared/devset -out model_gen.go

// Model is a logistic regression over standardised features: the
// probability that a line is furniture is σ(Bias + Σ Weight·(x−Mean)/Scale).
type Model struct {
	Names  []string // feature names, in the order of StageFeatures (checked by a test)
	Mean   []float64
	Scale  []float64
	Weight []float64
	Bias   float64
}

// Reason is one feature's share of a decision.
type Reason struct {
	Feature      string  // name
	Phrase       string  // in words, for the message
	Contribution float64 // to the log-odds
}

// Probability is the model's probability that a line with features x is
// furniture.
func (m *Model) Probability(x []float64) float64 {
	z := m.Bias
	for j, v := range x[:len(m.Weight)] {
		z += m.Weight[j] * (v - m.Mean[j]) / m.Scale[j]
	}
	return 1 / (1 + math.Exp(-z))
}

// Explain returns the features that pushed the decision towards furniture
// most, strongest first, at most n of them, each with a phrase.
func (m *Model) Explain(x []float64, n int) []Reason {
	c := make([]float64, len(x))
	for j, v := range x {
		c[j] = m.Weight[j] * (v - m.Mean[j]) / m.Scale[j]
	}
	return explain(x, c, m.Mean, n)
}

// explain turns contributions to the log-odds into reasons: the features
// that pushed towards furniture by more than a little, strongest first,
// at most n, each in its High phrase when x is above the mean and its Low
// phrase otherwise (a feature without that phrase says nothing).
func explain(x, contrib, mean []float64, n int) []Reason {
	var rs []Reason
	for j, c := range contrib {
		if c <= 0.05 {
			continue
		}
		f := StageFeatures[j]
		phrase := f.High
		if x[j] < mean[j] {
			phrase = f.Low
		}
		if phrase == "" {
			continue
		}
		rs = append(rs, Reason{Feature: f.Name, Phrase: phrase, Contribution: c})
	}
	sort.SliceStable(rs, func(a, b int) bool { return rs[a].Contribution > rs[b].Contribution })
	if len(rs) > n {
		rs = rs[:n]
	}
	return rs
}

// Stage scores a candidate line and explains the score.
type Stage interface {
	Probability(x []float64) float64
	Explain(x []float64, n int) []Reason
}

// Forest is the second stage: gradient-boosted trees over the stage
// features (internal/gbdt), which weigh the features in combination (a
// title-case line right after the title, a short line glued to a credit),
// where the logistic first stage can only add them up.
type Forest struct {
	gbdt.Forest
	// Mean holds the features' means on the training lines: a feature
	// that pushed a line towards furniture is said in its High phrase
	// when the line's value is above it, in its Low phrase otherwise.
	Mean []float64
	flat *gbdt.Flat // the trees laid out for evaluation (Default sets it)
}

// Probability is the forest's probability that a line with features x is
// furniture.
func (f *Forest) Probability(x []float64) float64 {
	if f.flat != nil {
		return 1 / (1 + math.Exp(-f.flat.Margin(x)))
	}
	return f.Forest.Probability(x)
}

// flatSecond is the shipped second stage, laid out for evaluation once.
var flatSecond = sync.OnceValue(func() *Forest {
	f := secondStage
	f.flat = f.Forest.Flatten()
	return &f
})

// Explain returns the features whose splits pushed the decision towards
// furniture most (Saabas contributions along each tree's path),
// strongest first, at most n of them, each with a phrase.
func (f *Forest) Explain(x []float64, n int) []Reason {
	return explain(x, f.Contributions(x, len(x)), f.Mean, n)
}

// Pipeline is the shipped model: a first stage (logistic) judges each
// line on its own; the second sees the same features and the first
// stage's probabilities of the lines around it (furniture comes in
// clusters: a footer of several lines, a caption under a credit).
type Pipeline struct {
	First  *Model
	Second Stage
}

// Neighbours are the second stage's extra features.
var Neighbours = []Feature{
	{"prev_furniture", "the line above looks like furniture", ""},
	{"next_furniture", "the line below looks like furniture", ""},
}

// StageFeatures are the second stage's features: Features, then
// Neighbours. (The first stage reads a prefix of it.)
var StageFeatures = append(append([]Feature(nil), Features...), Neighbours...)

// Score fills in the probability of every candidate of one document (the
// candidates of one Extract call, in their order) and extends each X with the neighbour
// features.
func (p *Pipeline) Score(cands []Candidate) {
	first := make([]float64, len(cands))
	for i, c := range cands {
		first[i] = p.First.Probability(c.X)
	}
	// The candidates are in line order: a neighbour that is a candidate
	// is the one before or after in the slice; another line scores 0.
	for i := range cands {
		c := &cands[i]
		var prev, next float64
		if i > 0 && cands[i-1].Line == c.Prev {
			prev = first[i-1]
		}
		if i+1 < len(cands) && cands[i+1].Line == c.Next {
			next = first[i+1]
		}
		c.X = append(c.X, prev, next)
		c.Probability = p.Second.Probability(c.X)
	}
}

// Default is the shipped model (model_gen.go).
func Default() *Pipeline { return &Pipeline{First: &firstStage, Second: flatSecond()} }

// Preset returns the threshold of a named preset and whether it exists.
func Preset(name string) (float64, bool) {
	for _, p := range presets {
		if p.Name == name {
			return p.Threshold, true
		}
	}
	return 0, false
}

// PresetNames lists the presets, in the order of the generated table.
func PresetNames() []string {
	var out []string
	for _, p := range presets {
		out = append(out, p.Name)
	}
	return out
}

// preset is a named threshold chosen by the trainer.
type preset struct {
	Name      string
	Threshold float64
}

// ShippedWords is the shipped word table (shared: do not modify).
func ShippedWords() map[string]float64 { return wordTable() }

// wordTable is the shipped word table as a map, built once.
var wordTable = sync.OnceValue(func() map[string]float64 {
	m := make(map[string]float64, len(lexicalWords))
	for _, w := range lexicalWords {
		m[w.Word] = float64(w.LogOdds) / lexicalScale
	}
	return m
})

// lexicalScale: a word's log-odds is stored as an integer of this many
// steps per unit.
const lexicalScale = 16

// lexicalWord is how typical of furniture a word is: log-odds (times
// lexicalScale) of a furniture line against an article line using it,
// counted over the training sites.
type lexicalWord struct {
	Word    string
	LogOdds int8
}

// EvidencePatterns lists the evidence-only patterns (evidencePatterns).
func EvidencePatterns() []string { return append([]string(nil), evidencePatterns...) }

// EvidenceOnly reports whether a built-in boilerplate pattern is evidence
// the model must confirm rather than a verdict: the trainer found it
// imprecise on the training pages (evidencePatterns).
func EvidenceOnly(id string) bool {
	for _, e := range evidencePatterns {
		if e == id {
			return true
		}
	}
	return false
}
