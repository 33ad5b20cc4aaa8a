package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stylelint-dev/stylelint/internal/furniture"

	"github.com/stylelint-dev/stylelint/internal/poolset/reproduce"
)

// Training is reproducible: fitting again on the same data (the pool's
// train half for the model, the devset for its thresholds) gives the
// committed model byte for byte.
func TestModelReproduces(t *testing.T) {
	pool, dev := filepath.Join(reproduce.Shared, "pool", "train"), filepath.Join(reproduce.Shared, "devset")
	reproduce.Check(t, func() ([]byte, error) { return Generate(pool, dev) }, "internal/furniture/model_gen.go", "go generate ./internal/furniture", pool, dev)
}

// -oof scores each line with trees fitted without its site group: on a
// small pool (the first 120 articles of the train half) it prints the
// same report as -report, with figures below the in-sample ones (trees
// judging lines they were fitted on).
func TestOutOfFold(t *testing.T) {
	src := filepath.Join(reproduce.Shared, "pool", "train")
	names, _ := filepath.Glob(filepath.Join(src, "corrupted", "*.txt"))
	if len(names) < 120 {
		t.Skip("training data not found")
	}
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "corrupted"), 0o755); err != nil {
		t.Fatal(err)
	}
	keep := map[string]bool{}
	for _, n := range names[:120] {
		b, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "corrupted", filepath.Base(n)), b, 0o644); err != nil {
			t.Fatal(err)
		}
		keep["corrupted/"+filepath.Base(n)] = true
	}
	labels, err := os.ReadFile(filepath.Join(src, "labels.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	var kept []string
	for _, l := range strings.Split(string(labels), "\n") {
		var v struct{ File string }
		if json.Unmarshal([]byte(l), &v) == nil && keep[v.File] {
			kept = append(kept, l)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "labels.jsonl"), []byte(strings.Join(kept, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	manifest, err := os.ReadFile(filepath.Join(src, "..", "manifest.json"))
	if err == nil {
		_ = os.WriteFile(filepath.Join(dir, "manifest.json"), manifest, 0o644)
	}

	var oof, in strings.Builder
	if err := OutOfFold(&oof, dir); err != nil {
		t.Fatal(err)
	}
	if err := Report(&in, dir); err != nil {
		t.Fatal(err)
	}
	ap := func(out string) float64 {
		var v float64
		if _, err := fmt.Sscanf(out, "average precision (model alone, line level): %f", &v); err != nil || v <= 0 || v > 1 {
			t.Fatalf("report %q: %v", out, err)
		}
		return v
	}
	if lines := strings.Count(oof.String(), "\n"); lines != 1+len(furniture.PresetNames()) {
		t.Errorf("out-of-fold report has %d lines:\n%s", lines, oof.String())
	}
	if a, b := ap(oof.String()), ap(in.String()); a >= b {
		t.Errorf("out of fold average precision %v, in-sample %v: the folds did not hold their lines out", a, b)
	}
}
