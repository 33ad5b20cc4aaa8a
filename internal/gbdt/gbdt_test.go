package gbdt

import (
	"math"
	"reflect"
	"testing"
)

// xor is a problem no sum of single features solves: positive when
// exactly one of the first two features is high (the second is high in a
// quarter of the rows, so that a greedy first split has something to
// gain); the third is noise.
func xor(n int) ([][]float64, []bool) {
	var x [][]float64
	var y []bool
	for i := 0; i < n; i++ {
		a, b, c := float64(i%2), 0.0, float64(i%7)/7
		if i/2%4 == 0 {
			b = 1
		}
		x = append(x, []float64{a, b, c})
		y = append(y, (a == 1) != (b == 1))
	}
	return x, y
}

var opts = Options{Rounds: 50, Depth: 2, Rate: 0.3, Lambda: 1, MinLeaf: 1, MinRows: 4, Bins: 16}

func TestFitLearnsAnInteraction(t *testing.T) {
	x, y := xor(400)
	f := Fit(x, y, opts)
	for i := 0; i < 8; i++ {
		p := f.Probability(x[i])
		if y[i] && p < 0.9 || !y[i] && p > 0.1 {
			t.Errorf("row %v: probability %.3f, label %v", x[i], p, y[i])
		}
	}
}

// The same input gives the same forest, number for number.
func TestFitIsReproducible(t *testing.T) {
	x, y := xor(300)
	if a, b := Fit(x, y, opts), Fit(x, y, opts); !reflect.DeepEqual(a, b) {
		t.Error("two fits differ")
	}
}

// The contributions add up to the margin, less the base.
func TestContributionsSumToTheMargin(t *testing.T) {
	x, y := xor(300)
	f := Fit(x, y, opts)
	for _, row := range x[:8] {
		sum := 0.0
		for _, c := range f.Contributions(row, 3) {
			sum += c
		}
		root := 0.0
		for _, tr := range f.Trees {
			root += f.Rate * tr.Value[0]
		}
		if got, want := sum+root, f.Margin(row)-f.Base; math.Abs(got-want) > 1e-9 {
			t.Errorf("%v: contributions and root values %.9f, margin less base %.9f", row, got, want)
		}
	}
}

// A value equal to a threshold goes left; a constant feature is never
// split on; no rows give the base rate alone.
func TestSplitsAndEdges(t *testing.T) {
	tr := Tree{Feature: []int{0, -1, -1}, Threshold: []float64{1, 0, 0}, Left: []int{1, -1, -1}, Right: []int{2, -1, -1}, Value: []float64{0, -1, 1}}
	f := &Forest{Rate: 1, Trees: []Tree{tr}}
	if f.Margin([]float64{1}) != -1 || f.Margin([]float64{1.5}) != 1 {
		t.Error("a value at the threshold must go left")
	}
	x := [][]float64{{5, 0}, {5, 1}, {5, 0}, {5, 1}}
	y := []bool{false, true, false, true}
	g := Fit(x, y, Options{Rounds: 3, Depth: 2, Rate: 0.5, Lambda: 1, MinLeaf: 0.01, MinRows: 2, Bins: 4})
	for _, tr := range g.Trees {
		for _, feat := range tr.Feature {
			if feat == 0 {
				t.Error("split on a constant feature")
			}
		}
	}
	if e := Fit(nil, nil, opts); len(e.Trees) != opts.Rounds || e.Probability(nil) <= 0 {
		t.Errorf("no rows: %+v", e)
	}
}

// The flat layout gives the forest's margins exactly.
func TestFlatEqualsForest(t *testing.T) {
	x, y := xor(300)
	f := Fit(x, y, opts)
	fl := f.Flatten()
	for _, row := range x {
		if a, b := f.Margin(row), fl.Margin(row); a != b {
			t.Fatalf("%v: forest %v, flat %v", row, a, b)
		}
	}
}

// Trees of uneven depth (a leaf high up, a lone leaf, a deep chain) are
// completed without changing a margin, NaN included, and a forest too
// deep to complete is walked node by node.
func TestFlatUnevenTrees(t *testing.T) {
	leaf := Tree{Feature: []int{-1}, Threshold: []float64{0}, Left: []int{0}, Right: []int{0}, Value: []float64{0.25}}
	// x0 <= 1 ? 1.5 : (x1 <= 2 ? -1 : (x0 <= 5 ? 2 : -3))
	uneven := Tree{
		Feature:   []int{0, -1, 1, -1, 0, -1, -1},
		Threshold: []float64{1, 0, 2, 0, 5, 0, 0},
		Left:      []int{1, 0, 3, 0, 5, 0, 0},
		Right:     []int{2, 0, 4, 0, 6, 0, 0},
		Value:     []float64{0, 1.5, 0, -1, 0, 2, -3},
	}
	chain := func(depth int) Tree { // x1 <= i ? i : next, depth times
		var c Tree
		for i := 0; i < depth; i++ {
			c.Feature = append(c.Feature, 1, -1)
			c.Threshold = append(c.Threshold, float64(i), 0)
			c.Left = append(c.Left, 2*i+1, 0)
			c.Right = append(c.Right, 2*i+2, 0)
			c.Value = append(c.Value, 0, float64(i))
		}
		c.Feature = append(c.Feature, -1)
		c.Threshold, c.Left, c.Right, c.Value = append(c.Threshold, 0), append(c.Left, 0), append(c.Right, 0), append(c.Value, -7)
		return c
	}
	rows := [][]float64{{0, 0}, {1, 3}, {2, 1}, {3, 2.5}, {6, 9}, {math.NaN(), 1}, {4, math.NaN()}, {-1, 11}, {20, 15}}
	for _, f := range []Forest{
		{Base: 0.5, Rate: 0.1, Trees: []Tree{uneven, leaf, chain(4)}},
		{Base: -1, Rate: 0.3, Trees: []Tree{leaf}},
		{Base: 0, Rate: 0.2, Trees: []Tree{uneven, chain(maxCompleteDepth + 2)}},
	} {
		fl := f.Flatten()
		for _, row := range rows {
			if a, b := f.Margin(row), fl.Margin(row); a != b && !(math.IsNaN(a) && math.IsNaN(b)) {
				t.Errorf("%d trees, depth %d, %v: forest %v, flat %v", len(f.Trees), fl.depth, row, a, b)
			}
		}
	}
	if d := (&Forest{Trees: []Tree{uneven}}).Flatten().depth; d != 3 {
		t.Errorf("completed to depth %d, want 3", d)
	}
}

// Sized sets the size and keeps the other constants; Defaults itself is
// not changed.
func TestSized(t *testing.T) {
	o := Defaults.Sized(300, 5)
	if o.Rounds != 300 || o.Depth != 5 || o.Rate != Defaults.Rate || o.Lambda != Defaults.Lambda || o.MinRows != Defaults.MinRows || o.Bins != Defaults.Bins || o.MinLeaf != Defaults.MinLeaf {
		t.Errorf("Sized(300, 5) = %+v", o)
	}
	if Defaults.Rounds != 0 || Defaults.Depth != 0 {
		t.Errorf("Defaults changed: %+v", Defaults)
	}
}
