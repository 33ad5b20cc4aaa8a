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
