// Package gbdt fits and evaluates gradient-boosted decision trees for
// binary classification (logistic loss, second-order leaf values, L2 on
// leaves), exactly and reproducibly: no sampling, no randomness, splits
// chosen over fixed quantile bins, ties broken by feature then bin order,
// sums taken in row order. The same input gives the same forest.
//
// Each tree's nodes keep their own value (the leaf value the node would
// have), so a prediction can be explained by the path it took: a split's
// feature is credited with the change of value it caused (Saabas).
package gbdt

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
)

// Options are the fitting constants.
type Options struct {
	Rounds  int     // trees
	Depth   int     // levels of splits per tree
	Rate    float64 // shrinkage of each tree's values
	Lambda  float64 // L2 penalty on a leaf's value
	MinLeaf float64 // least hessian weight a side of a split may have
	MinRows int     // a node with fewer rows is a leaf
	Bins    int     // candidate thresholds per feature (quantiles)
}

// Defaults are the constants the trainers of missing-space's split trees
// and of name-consistency's comparison fit with (shrinkage 0.1, leaf
// penalty 1, 32 quantile bins, no node of fewer than 20 rows split); a
// trainer picks how many trees of which depth (Sized).
var Defaults = Options{Rate: 0.1, Lambda: 1, MinLeaf: 1, MinRows: 20, Bins: 32}

// Sized returns o with rounds trees of the given depth.
func (o Options) Sized(rounds, depth int) Options {
	o.Rounds, o.Depth = rounds, depth
	return o
}

// Tree is one tree, its nodes in arrays; node 0 is the root. A node is a
// leaf when Feature is -1.
type Tree struct {
	Feature     []int
	Threshold   []float64 // a row goes left when x[Feature] <= Threshold
	Left, Right []int
	Value       []float64 // the node's value (for a leaf, its output)
}

// Forest is a fitted model: the log-odds are Base plus Rate times the sum
// of the trees' outputs.
type Forest struct {
	Base  float64
	Rate  float64
	Trees []Tree
}

// Margin returns the log-odds of x.
func (f *Forest) Margin(x []float64) float64 {
	s := f.Base
	for i := range f.Trees {
		s += f.Rate * f.Trees[i].Output(x)
	}
	return s
}

// Probability returns the probability that x is positive.
func (f *Forest) Probability(x []float64) float64 { return 1 / (1 + math.Exp(-f.Margin(x))) }

// Contributions returns each feature's share of x's log-odds (they sum to
// the margin minus Base): along each tree's path, a split's feature is
// credited with the change of node value it caused.
func (f *Forest) Contributions(x []float64, n int) []float64 {
	c := make([]float64, n)
	for i := range f.Trees {
		t := &f.Trees[i]
		k := 0
		for t.Feature[k] >= 0 {
			next := t.Right[k]
			if x[t.Feature[k]] <= t.Threshold[k] {
				next = t.Left[k]
			}
			c[t.Feature[k]] += f.Rate * (t.Value[next] - t.Value[k])
			k = next
		}
	}
	return c
}

// Fit fits a forest on rows x with labels y.
func Fit(x [][]float64, y []bool, o Options) *Forest {
	nf := 0
	if len(x) > 0 {
		nf = len(x[0])
	}
	pos := 0.0
	for _, v := range y {
		if v {
			pos++
		}
	}
	base := math.Log((pos + 0.5) / (float64(len(y)) - pos + 0.5))
	f := &Forest{Base: base, Rate: o.Rate}
	// Quantile thresholds per feature, and each row's bin.
	thr := make([][]float64, nf)
	bin := make([][]uint8, nf)
	for j := 0; j < nf; j++ {
		v := make([]float64, len(x))
		for i := range x {
			v[i] = x[i][j]
		}
		sort.Float64s(v)
		var t []float64
		for q := 1; q < o.Bins; q++ {
			c := v[q*len(v)/o.Bins]
			if (len(t) == 0 || c > t[len(t)-1]) && c < v[len(v)-1] {
				t = append(t, c)
			}
		}
		thr[j] = t
		b := make([]uint8, len(x))
		for i := range x {
			b[i] = uint8(sort.SearchFloat64s(t, x[i][j])) // first threshold >= x: x <= t[b]
		}
		bin[j] = b
	}
	margin := make([]float64, len(x))
	for i := range margin {
		margin[i] = base
	}
	g, h := make([]float64, len(x)), make([]float64, len(x))
	rows := make([]int, len(x))
	for r := 0; r < o.Rounds; r++ {
		for i := range x {
			p := 1 / (1 + math.Exp(-margin[i]))
			g[i], h[i] = p, p*(1-p)
			if y[i] {
				g[i] = p - 1
			}
		}
		for i := range rows {
			rows[i] = i
		}
		var t Tree
		grow(&t, rows, g, h, bin, thr, o, o.Depth)
		f.Trees = append(f.Trees, t)
		for i := range x {
			margin[i] += o.Rate * t.Output(x[i])
		}
	}
	return f
}

// Output is the value of the leaf x reaches.
func (t *Tree) Output(x []float64) float64 {
	n := 0
	for t.Feature[n] >= 0 {
		if x[t.Feature[n]] <= t.Threshold[n] {
			n = t.Left[n]
		} else {
			n = t.Right[n]
		}
	}
	return t.Value[n]
}

// grow adds the node of rows (and its subtree) to t and returns its index.
func grow(t *Tree, rows []int, g, h []float64, bin [][]uint8, thr [][]float64, o Options, depth int) int {
	var G, H float64
	for _, i := range rows {
		G += g[i]
		H += h[i]
	}
	k := len(t.Feature)
	t.Feature = append(t.Feature, -1)
	t.Threshold = append(t.Threshold, 0)
	t.Left = append(t.Left, -1)
	t.Right = append(t.Right, -1)
	t.Value = append(t.Value, -G/(H+o.Lambda))
	if depth == 0 || len(rows) < o.MinRows {
		return k
	}
	parent := G * G / (H + o.Lambda)
	best, bf, bb := 1e-9, -1, 0
	hg := make([]float64, o.Bins+1)
	hh := make([]float64, o.Bins+1)
	for j := range bin {
		clear(hg)
		clear(hh)
		b := bin[j]
		for _, i := range rows {
			hg[b[i]] += g[i]
			hh[b[i]] += h[i]
		}
		var gl, hl float64
		for c := 0; c < len(thr[j]); c++ {
			gl += hg[c]
			hl += hh[c]
			gr, hr := G-gl, H-hl
			if hl < o.MinLeaf || hr < o.MinLeaf {
				continue
			}
			if gain := gl*gl/(hl+o.Lambda) + gr*gr/(hr+o.Lambda) - parent; gain > best {
				best, bf, bb = gain, j, c
			}
		}
	}
	if bf < 0 {
		return k
	}
	var left, right []int
	for _, i := range rows {
		if int(bin[bf][i]) <= bb {
			left = append(left, i)
		} else {
			right = append(right, i)
		}
	}
	t.Feature[k], t.Threshold[k] = bf, thr[bf][bb]
	l := grow(t, left, g, h, bin, thr, o, depth-1)
	r := grow(t, right, g, h, bin, thr, o, depth-1)
	t.Left[k], t.Right[k] = l, r
	return k
}

// Flat is a forest laid out for evaluation. It gives the same margins as
// the forest, number for number (the same sums in the same order).
//
// Margin reads every tree completed to the forest's depth, breadth first
// (a leaf above that depth stands for a subtree whose leaves all repeat
// it): a path is depth comparisons with no pointers to chase. MaxMargin,
// which must stop early and branch, walks the nodes of every tree, each
// node's fields side by side.
type Flat struct {
	base, rate float64
	roots      []int32
	nodes      []flatNode
	// The completed trees: tree t's inner node i (children 2i+1, 2i+2)
	// is feature[t*inner+i], threshold[t*inner+i]; its leaf l holds
	// rate × value at leaf[t*(inner+1)+l]. depth 0: not laid out (a
	// forest too deep to complete; Margin walks the nodes).
	depth     int
	feature   []int32
	threshold []float64
	leaf      []float64
}

type flatNode struct {
	threshold, value     float64
	feature, left, right int32
}

// maxCompleteDepth bounds the depth Flatten completes trees to (a tree
// of depth d takes 2^d leaves).
const maxCompleteDepth = 10

// Flatten lays the forest out for evaluation.
func (f *Forest) Flatten() *Flat {
	fl := &Flat{base: f.Base, rate: f.Rate}
	depth := 0
	for _, t := range f.Trees {
		off := int32(len(fl.nodes))
		fl.roots = append(fl.roots, off)
		for k := range t.Feature {
			n := flatNode{threshold: t.Threshold[k], value: t.Value[k], feature: int32(t.Feature[k])}
			if t.Feature[k] >= 0 {
				n.left, n.right = off+int32(t.Left[k]), off+int32(t.Right[k])
			}
			fl.nodes = append(fl.nodes, n)
		}
		depth = max(depth, t.depth(0))
	}
	if depth < 1 || depth > maxCompleteDepth {
		return fl
	}
	fl.depth = depth
	inner := 1<<depth - 1
	fl.feature = make([]int32, inner*len(f.Trees))
	fl.threshold = make([]float64, inner*len(f.Trees))
	fl.leaf = make([]float64, (inner+1)*len(f.Trees))
	for i := range f.Trees {
		fl.complete(&f.Trees[i], 0, 0, i*inner, i*(inner+1), inner)
	}
	return fl
}

// complete writes node k of t at position i of its completed tree (inner
// nodes from in, leaves from lf).
func (fl *Flat) complete(t *Tree, k, i, in, lf, inner int) {
	if i >= inner {
		fl.leaf[lf+i-inner] = fl.rate * t.Value[k]
		return
	}
	left, right := k, k // a leaf: both halves below it are the leaf
	if t.Feature[k] >= 0 {
		fl.feature[in+i], fl.threshold[in+i] = int32(t.Feature[k]), t.Threshold[k]
		left, right = t.Left[k], t.Right[k]
	}
	fl.complete(t, left, 2*i+1, in, lf, inner)
	fl.complete(t, right, 2*i+2, in, lf, inner)
}

// depth is the number of splits on the longest path below node k.
func (t *Tree) depth(k int) int {
	if t.Feature[k] < 0 {
		return 0
	}
	return 1 + max(t.depth(t.Left[k]), t.depth(t.Right[k]))
}

// Margin returns the log-odds of x.
func (fl *Flat) Margin(x []float64) float64 {
	s := fl.base
	if fl.depth == 0 {
		for _, k := range fl.roots {
			n := &fl.nodes[k]
			for n.feature >= 0 {
				if x[n.feature] <= n.threshold {
					n = &fl.nodes[n.left]
				} else {
					n = &fl.nodes[n.right]
				}
			}
			s += fl.rate * n.value
		}
		return s
	}
	inner := 1<<fl.depth - 1
	for t := range fl.roots {
		feature := fl.feature[t*inner : (t+1)*inner]
		threshold := fl.threshold[t*inner : (t+1)*inner]
		i := 0
		for i < inner {
			right := 0
			if !(x[feature[i]] <= threshold[i]) {
				right = 1
			}
			i = 2*i + 1 + right
		}
		s += fl.leaf[t*(inner+1)+i-inner]
	}
	return s
}

// GoLiteral returns the forest as a Go composite literal of type
// gbdt.Forest (for generated code), every number exact, a tree a line.
func (f *Forest) GoLiteral() string {
	var b strings.Builder
	fmt.Fprintf(&b, "gbdt.Forest{Base: %s, Rate: %s, Trees: []gbdt.Tree{\n", exact(f.Base), exact(f.Rate))
	for _, t := range f.Trees {
		fmt.Fprintf(&b, "\t{Feature: []int{%s}, Threshold: []float64{%s}, Left: []int{%s}, Right: []int{%s}, Value: []float64{%s}},\n",
			join(t.Feature, strconv.Itoa), join(t.Threshold, exact), join(t.Left, strconv.Itoa), join(t.Right, strconv.Itoa), join(t.Value, exact))
	}
	b.WriteString("}}")
	return b.String()
}

func exact(v float64) string { return strconv.FormatFloat(v, 'g', -1, 64) }

func join[T any](v []T, str func(T) string) string {
	parts := make([]string, len(v))
	for i, x := range v {
		parts[i] = str(x)
	}
	return strings.Join(parts, ", ")
}

// MaxMargin bounds the margin of x over every value in [0, hi[j]] of the
// features j that free marks (the others as x has them): the sum over the
// trees of the best leaf each can reach. (A sum of maxima bounds the
// maximum of the sum.)
func (fl *Flat) MaxMargin(x []float64, free []bool, hi []float64) float64 {
	s := fl.base
	for _, k := range fl.roots {
		s += fl.rate * fl.maxLeaf(k, x, free, hi)
	}
	return s
}

func (fl *Flat) maxLeaf(k int32, x []float64, free []bool, hi []float64) float64 {
	n := &fl.nodes[k]
	for n.feature >= 0 {
		j := n.feature
		switch {
		case !free[j]:
			if x[j] <= n.threshold {
				n = &fl.nodes[n.left]
			} else {
				n = &fl.nodes[n.right]
			}
		case hi[j] <= n.threshold:
			n = &fl.nodes[n.left] // every value of the range goes left
		case n.threshold < 0:
			n = &fl.nodes[n.right] // every value goes right
		default:
			return max(fl.maxLeaf(n.left, x, free, hi), fl.maxLeaf(n.right, x, free, hi))
		}
	}
	return n.value
}
