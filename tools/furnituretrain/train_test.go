package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// Training is reproducible: fitting again on the same data gives the
// committed model byte for byte. The data is the project's shared pool and
// devset (../shared, beside the repository, as CI lays it out).
func TestModelReproduces(t *testing.T) {
	shared := filepath.Join("..", "..", "..", "shared")
	pool, dev := filepath.Join(shared, "pool", "train"), filepath.Join(shared, "devset")
	for _, d := range []string{pool, dev} {
		if _, err := os.Stat(filepath.Join(d, "labels.jsonl")); err != nil {
			t.Skipf("training data not found (%v); the model cannot be checked here", err)
		}
	}
	got, err := Generate(pool, dev)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(filepath.Join("..", "..", "internal", "furniture", "model_gen.go"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Error("internal/furniture/model_gen.go is not what the trainer writes: run go generate ./internal/furniture")
	}
}

// The solver and the fit behave: a Cholesky solve inverts a known system,
// and IRLS separates a separable toy problem with the right sign.
func TestCholeskyAndFit(t *testing.T) {
	// A = [[4,2],[2,3]] (lower triangle filled), b = [2,1]: x = [0.5, 0].
	x := cholSolve([]float64{4, 0, 2, 3}, []float64{2, 1}, 2)
	if d := x[0] - 0.5; d*d > 1e-18 || x[1]*x[1] > 1e-18 {
		t.Errorf("x = %v, want [0.5 0]", x)
	}
	var xs [][]float64
	var ys []bool
	for i := 0; i < 40; i++ {
		v := float64(i%10) - 4.5
		xs = append(xs, []float64{v, 1})
		ys = append(ys, v > 0)
	}
	mean, scale := standardise(xs)
	w, _ := fit(xs, ys, mean, scale)
	if w[0] <= 1 || w[1] != 0 {
		t.Errorf("weights %v: want a large positive first weight and 0 for the constant", w)
	}
	if th := threshold([]float64{0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1, 0.05, 0.01}, []bool{true, true, true, true, true, true, true, true, true, false, false}, 0.9); th != 0.05 {
		t.Errorf("threshold = %v, want 0.05 (10 lines at precision 0.9)", th)
	}
}
