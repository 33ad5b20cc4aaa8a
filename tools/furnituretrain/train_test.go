package main

import (
	"path/filepath"
	"testing"

	"github.com/stylelint-dev/stylelint/internal/poolset/reproduce"
)

// Training is reproducible: fitting again on the same data (the pool's
// train half for the model, the devset for its thresholds) gives the
// committed model byte for byte.
func TestModelReproduces(t *testing.T) {
	pool, dev := filepath.Join(reproduce.Shared, "pool", "train"), filepath.Join(reproduce.Shared, "devset")
	reproduce.Check(t, func() ([]byte, error) { return Generate(pool, dev) }, "internal/furniture/model_gen.go", "go generate ./internal/furniture", pool, dev)
}
