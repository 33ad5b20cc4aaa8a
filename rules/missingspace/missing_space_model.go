package missingspace

import (
	"github.com/stylelint-dev/stylelint/internal/fitted"
	"github.com/stylelint-dev/stylelint/internal/lexicon"
	"github.com/stylelint-dev/stylelint/internal/registry"
	"github.com/stylelint-dev/stylelint/internal/textscan"
	"math"
	"strings"

	"github.com/stylelint-dev/stylelint/internal/lint"
)

// A word no list knows may be two words whose space was lost
// (madesculptures, Macronand, Trekfilm) or a word of its own (tablescape,
// Fidelis, Theriot). Each place it could split into two listed words is
// weighed by a logistic model fitted by tools/splittrain on the pool's
// train half (go generate ./rules), one for lowercase words and one for
// capitalised ones: the frequencies of the head, the tail and the whole
// (H1 against H0 of a noisy channel), how unlikely the letters at the
// junction are, whether the article uses the head or the tail alone,
// how productive the pieces are in closed compounds, and the kind of
// pieces.

//go:generate go run ../../tools/splittrain -pool ../../../shared/pool/train -out missing_space_model_gen.go

// splitFeatureNames is the models' input, in order.
var splitFeatureNames = []string{
	"head_zipf", "tail_zipf", "whole_zipf", "whole_listed", "channel_margin",
	"head_alone", "head_inside", "head_listed", "head_common_lower", "head_function",
	"tail_function", "tail_len", "head_len", "tail_ed", "tail_ing", "tail_s",
	"junction_surprise", "tail_alone", "tail_known", "head_known",
	"head_compounds", "tail_compounds", "whole_rare",
}

const (
	tHeadZipf = iota
	tTailZipf
	tWholeZipf
	tWholeListed
	tMargin
	tHeadAlone
	tHeadInside
	tHeadListed
	tHeadCommonLower
	tHeadFunction
	tTailFunction
	tTailLen
	tHeadLen
	tTailEd
	tTailIng
	tTailS
	tJunction
	tTailAlone
	tTailKnown
	tHeadKnown
	tHeadCompounds
	tTailCompounds
	tWholeRare
	numSplitFeatures
)

// splitCuts returns the places a word may split into two listed words:
// for a capitalised word, a head of two letters or more (or I, A) and a
// lowercase tail of two letters or more; for a lowercase word, two pieces
// of two letters or more, or the article a.
func (c *msCheck) splitCuts(seg string, title bool) []int {
	var cuts []int
	listed := func(w string) bool { return c.known(w) || c.r.freq.Zipf(w) > 0 }
	for cut := 1; cut <= len(seg)-1; cut++ {
		head, tail := seg[:cut], seg[cut:]
		if title {
			if cut == 1 && head != "I" && head != "A" || len(tail) < 2 || !textscan.IsASCIILower(tail) || !listed(tail) {
				continue
			}
		} else if len(head) == 1 && head != "a" || len(tail) == 1 && tail != "a" || !listed(head) || !listed(tail) {
			continue
		}
		cuts = append(cuts, cut)
	}
	return cuts
}

// maxUses caps the counts of a piece's uses (their log is a feature, and
// bounded features give an upper bound).
const maxUses = 15

// docEvidence are the features the document's searches give, and
// docEvidenceMax each one's largest value.
var (
	docEvidence    = []int{tHeadAlone, tHeadInside, tTailAlone}
	docEvidenceMax = func() []float64 {
		m := make([]float64, numSplitFeatures)
		m[tHeadAlone], m[tHeadInside], m[tTailAlone] = math.Log2(1+maxUses), 1, math.Log2(1+maxUses)
		return m
	}()
)

// wordFacts are the features of a split that depend on the word alone,
// computed once for all its cuts.
type wordFacts struct {
	zipf, surprise float64
	rare           bool // SCOWL lists the whole as a rarer real word (lexicon.Rare)
}

// splitFeatures computes the model's input for splitting seg at cut.
//
// With bound set, the features the document's searches give (docEvidence)
// are left at 0 for the model's UpperBound to range over: enough to rule a
// cut out cheaply.
func (c *msCheck) splitFeatures(seg string, cut int, wf wordFacts, bound bool) []float64 {
	head, tail := seg[:cut], seg[cut:]
	lh := strings.ToLower(head)
	f := c.r.freq
	x := make([]float64, numSplitFeatures)
	x[tHeadZipf], x[tTailZipf], x[tWholeZipf] = f.Zipf(head), f.Zipf(tail), wf.zipf
	x[tWholeListed] = fitted.B2F(x[tWholeZipf] > 0)
	// The noisy channel's H1 − H0 in log10: two words (Zipf − 9 is log10
	// of a word's share) against one, an unlisted whole priced as the
	// rarest listed words.
	x[tMargin] = x[tHeadZipf] + x[tTailZipf] - 9 - max(x[tWholeZipf], 1)
	if !bound {
		x[tHeadAlone] = math.Log2(1 + float64(min(c.attested(head), maxUses)))
		x[tHeadInside] = fitted.B2F(len(head) >= 2 && c.nameInside(head))
		x[tTailAlone] = math.Log2(1 + float64(min(c.attested(tail), maxUses)))
	}
	_, listed := c.r.lex.Rank(head)
	x[tHeadListed] = fitted.B2F(listed)
	x[tHeadCommonLower] = fitted.B2F(c.commonWord(lh))
	x[tHeadFunction] = fitted.B2F(functionWords[lh])
	x[tTailFunction] = fitted.B2F(functionWords[tail])
	x[tTailLen], x[tHeadLen] = float64(len(tail)), float64(len(head))
	x[tTailEd] = fitted.B2F(len(tail) >= 4 && strings.HasSuffix(tail, "ed"))
	x[tTailIng] = fitted.B2F(len(tail) >= 5 && strings.HasSuffix(tail, "ing"))
	x[tTailS] = fitted.B2F(len(tail) >= 4 && strings.HasSuffix(tail, "s") && !strings.HasSuffix(tail, "ss"))
	x[tJunction] = wf.surprise - f.CharSurprisal(head) - f.CharSurprisal(tail)
	x[tTailKnown] = fitted.B2F(c.known(tail))
	x[tHeadKnown] = fitted.B2F(c.known(head))
	// A productive compound head or tail (under|run, spoils|men) may make
	// one closed compound rather than two words.
	heads, _ := f.Compounds(lh)
	_, tails := f.Compounds(tail)
	x[tHeadCompounds], x[tTailCompounds] = math.Log2(1+float64(heads)), math.Log2(1+float64(tails))
	x[tWholeRare] = fitted.B2F(wf.rare)
	return x
}

// splitModel weighs every cut of an unknown word and returns the
// likeliest with its probability (0, 0 if there is none), and a function
// giving any cut's probability (0 for a cut it did not weigh).
func (c *msCheck) splitModel(seg string, base int, title bool) (int, float64, func(int) float64) {
	cuts := c.splitCuts(seg, title)
	if len(cuts) == 0 {
		return 0, 0, func(int) float64 { return 0 }
	}
	m := c.lower
	if title {
		m = c.title
	}
	best, bestP := 0, -1.0
	var xs [][]float64
	ps := make([]float64, len(cuts))
	wf := wordFacts{zipf: c.r.freq.Zipf(seg), surprise: c.r.freq.CharSurprisal(seg), rare: lexicon.Rare(strings.ToLower(seg))}
	for i, cut := range cuts {
		if c.r.observe == nil {
			// A cut that cannot reach the veto even with the most
			// favourable document evidence decides nothing: skip its
			// searches. (The trainer sees every feature exactly.)
			if up := m.UpperBound(c.splitFeatures(seg, cut, wf, true), docEvidence, docEvidenceMax); up < vetoBelow {
				ps[i] = up
				continue
			}
		}
		x := c.splitFeatures(seg, cut, wf, false)
		ps[i] = m.Probability(x)
		if c.r.observe != nil {
			xs = append(xs, x)
		}
		if ps[i] > bestP {
			best, bestP = cut, ps[i]
		}
	}
	if c.r.observe != nil {
		kind := KindLower
		if title {
			kind = KindTitle
		}
		c.r.observe(SplitCandidate{Path: c.p.Doc.Path, Base: base, Word: seg, Kind: kind, Cuts: cuts, Features: xs, Probability: ps})
	}
	return best, bestP, func(cut int) float64 {
		for i, k := range cuts {
			if k == cut {
				return ps[i]
			}
		}
		return 0
	}
}

// The split models, by the kind of word they weigh.
const (
	KindTitle = "title" // a capitalised unknown word: Macronand
	KindLower = "lower" // a lowercase unknown word: storypublished
	KindCase  = "case"  // a change of case inside a word: forGypsy, EmmanuelMacron
)

// SplitKinds lists the kinds, in the order the generated file holds them.
var SplitKinds = []string{KindTitle, KindLower, KindCase}

// SplitCandidate is one unknown word missing-space weighed: where it
// starts, which model weighed it, the cuts, each cut's features and
// probability. The trainer (tools/splittrain) fits the models on them.
type SplitCandidate struct {
	Path        string
	Base        int
	Word        string
	Kind        string
	Cuts        []int
	Features    [][]float64
	Probability []float64
}

// SplitFeatureNames lists a split model's features in order.
func SplitFeatureNames(kind string) []string {
	if kind == KindCase {
		return append([]string(nil), caseFeatureNames...)
	}
	return append([]string(nil), splitFeatureNames...)
}

// SplitThreshold is a built-in split model's reporting threshold.
func SplitThreshold(kind string) float64 { return splitModelOf(kind).Report }

func splitModelOf(kind string) *fitted.Model {
	switch kind {
	case KindTitle:
		return &builtinTitleSplitModel
	case KindCase:
		return &builtinCaseSplitModel
	}
	return &builtinLowerSplitModel
}

// SplitCandidates lints inputs with missing-space alone, at its default
// options, and returns every capitalised word it weighed, sorted by path
// and offset.
func SplitCandidates(inputs []lint.Input, jobs int) ([]SplitCandidate, error) {
	spec, _ := registry.Lookup(missingSpaceMeta.ID)
	rule, err := spec.New(&registry.Context{}, func(any) error { return nil })
	if err != nil {
		return nil, err
	}
	r := rule.(*missingSpace)
	return fitted.Observe(r, func(f func(SplitCandidate)) { r.observe = f }, inputs, jobs, func(a, b SplitCandidate) bool {
		if a.Path != b.Path {
			return a.Path < b.Path
		}
		return a.Base < b.Base
	})
}

// vetoBelow: the least probability the models must give a boundary that
// a closed-class step proposes (each boundary of a chain of words, a
// hand-decided change of case); a cut that cannot reach it even with the
// most favourable document evidence is not searched.
var vetoBelow = 0.2

// caseFeatureNames is the input of the model of a change of case inside
// a word (forGypsy, EmmanuelMacron; never drawBorder, YouTube): a word
// glued to a name, or an identifier or a brand.
var caseFeatureNames = []string{
	"left_zipf", "right_zipf", "whole_zipf", "channel_margin",
	"left_title", "right_upper", "left_function", "right_article",
	"left_alone", "right_alone", "right_inside", "right_common_lower", "left_common",
	"left_len", "right_len", "junction_surprise", "identifier", "head_compounds", "tail_compounds",
}

const (
	cLeftZipf = iota
	cRightZipf
	cWholeZipf
	cMargin
	cLeftTitle
	cRightUpper
	cLeftFunction
	cRightArticle
	cLeftAlone
	cRightAlone
	cRightInside
	cRightCommonLower
	cLeftCommon
	cLeftLen
	cRightLen
	cJunction
	cIdentifier
	cHeadCompounds
	cTailCompounds
	numCaseFeatures
)

// caseModel weighs the join at a word's change of case (the word has
// textscan.CaseJoin's shape) and returns its probability.
func (c *msCheck) caseModel(w string, cut, base int) float64 {
	left, right := w[:cut], w[cut:]
	ll, rl := strings.ToLower(left), strings.ToLower(right)
	f := c.r.freq
	x := make([]float64, numCaseFeatures)
	x[cLeftZipf], x[cRightZipf], x[cWholeZipf] = f.Zipf(left), f.Zipf(right), f.Zipf(w)
	x[cMargin] = x[cLeftZipf] + x[cRightZipf] - 9 - max(x[cWholeZipf], 1)
	x[cLeftTitle] = fitted.B2F(left[0] >= 'A' && left[0] <= 'Z')
	x[cRightUpper] = fitted.B2F(len(right) > 1 && right[1] >= 'A' && right[1] <= 'Z')
	x[cLeftFunction] = fitted.B2F(functionWords[ll])
	x[cRightArticle] = fitted.B2F(capitalArticle(right))
	x[cLeftAlone] = math.Log2(1 + float64(min(c.attested(left), maxUses)))
	x[cRightAlone] = math.Log2(1 + float64(min(c.attested(right), maxUses)))
	x[cRightInside] = fitted.B2F(len(right) >= 2 && c.nameInside(right))
	x[cRightCommonLower] = fitted.B2F(c.r.lex.Known(rl))
	x[cLeftCommon] = fitted.B2F(c.commonWord(ll))
	x[cLeftLen], x[cRightLen] = float64(len(left)), float64(len(right))
	x[cJunction] = f.CharSurprisal(w) - f.CharSurprisal(left) - f.CharSurprisal(right)
	x[cIdentifier] = fitted.B2F(c.identifier(w))
	heads, _ := f.Compounds(ll)
	_, tails := f.Compounds(rl)
	x[cHeadCompounds], x[cTailCompounds] = math.Log2(1+float64(heads)), math.Log2(1+float64(tails))
	p := c.cased.Probability(x)
	if c.r.observe != nil {
		c.r.observe(SplitCandidate{Path: c.p.Doc.Path, Base: base, Word: w, Kind: KindCase, Cuts: []int{cut}, Features: [][]float64{x}, Probability: []float64{p}})
	}
	return p
}
