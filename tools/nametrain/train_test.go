package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stylelint-dev/stylelint/internal/poolset"
	"github.com/stylelint-dev/stylelint/internal/poolset/reproduce"
	"github.com/stylelint-dev/stylelint/rules/namecons"
)

// Training is reproducible: fitting again on the same data gives the
// committed model byte for byte.
func TestModelReproduces(t *testing.T) {
	pool := filepath.Join(reproduce.Shared, "pool", "train")
	reproduce.Check(t, func() ([]byte, error) { return Generate(pool) }, "rules/namecons/name_model_gen.go", "go generate ./rules/namecons", pool)
}

// A pairing is a typo when a name-consistency label lies on one of the
// variant's uses.
func TestLabelled(t *testing.T) {
	c := namecons.NameCandidate{Variant: "Kardashain", Offsets: []int{100, 300}}
	nc := func(a, b int) poolset.Label { return poolset.Label{Rule: "name-consistency", Offset: a, End: b} }
	if !labelled([]poolset.Label{nc(300, 310)}, c) || !labelled([]poolset.Label{nc(95, 101)}, c) {
		t.Error("a label on a use is a typo")
	}
	if labelled([]poolset.Label{nc(110, 120), nc(0, 100)}, c) || labelled(nil, c) {
		t.Error("a label beside the uses is not")
	}
	if labelled([]poolset.Label{{Rule: "missing-space", Offset: 100, End: 110}}, c) {
		t.Error("another rule's label is not")
	}
}

// A set without files is an error naming it, not an empty model.
func TestLoadErrors(t *testing.T) {
	dir := t.TempDir()
	if _, err := Generate(dir); err == nil {
		t.Error("no labels.jsonl: want an error")
	}
	os.WriteFile(filepath.Join(dir, "labels.jsonl"), []byte("{\"file\": \"corrupted/a.txt\", \"rule\": \"name-consistency\"}\n"), 0o644)
	if _, err := Generate(dir); err == nil || !strings.Contains(err.Error(), "corrupted") {
		t.Errorf("no corrupted/*.txt: got %v", err)
	}
	os.WriteFile(filepath.Join(dir, "labels.jsonl"), []byte("not json\n"), 0o644)
	if _, err := Generate(dir); err == nil {
		t.Error("broken labels: want an error")
	}
}

// With excludeFold set, the model sees no file of that fold (what
// tools/cvscore.sh fits each fold's build on).
func TestExcludeFold(t *testing.T) {
	pool := filepath.Join(reproduce.Shared, "pool", "train")
	if _, err := os.Stat(pool); err != nil {
		t.Skipf("training data not found (%v)", err)
	}
	all, err := load(pool)
	if err != nil {
		t.Fatal(err)
	}
	excludeFold = 2
	defer func() { excludeFold = -1 }()
	s, err := load(pool)
	if err != nil {
		t.Fatal(err)
	}
	if len(s.cands) == 0 || len(s.cands) >= len(all.cands) {
		t.Fatalf("%d pairings without fold 2, %d with it", len(s.cands), len(all.cands))
	}
	for _, c := range s.cands {
		if all.pool.Fold(c.Path, folds) == 2 {
			t.Fatalf("%s is in fold 2", c.Path)
		}
	}
}

// Compare weighs the logistic model and every forest out of fold, and the
// logistic model's threshold there is the committed model's: the same
// picker on the same out-of-fold probabilities.
func TestCompare(t *testing.T) {
	pool := filepath.Join(reproduce.Shared, "pool", "train")
	if _, err := os.Stat(pool); err != nil {
		t.Skipf("training data not found (%v)", err)
	}
	var b strings.Builder
	if err := Compare(&b, pool); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(b.String()), "\n")
	if len(lines) != 1+len(compareForests) || !strings.HasPrefix(lines[0], "logistic ") {
		t.Fatalf("want the logistic model and %d forests:\n%s", len(compareForests), b.String())
	}
	if want := fmt.Sprintf("threshold %.3f ", namecons.NameReportThreshold()); !strings.Contains(lines[0], want) {
		t.Errorf("logistic line %q lacks the committed model's %q", lines[0], want)
	}
	for _, l := range lines[1:] {
		if !strings.HasPrefix(l, "trees: ") || !strings.Contains(l, "average precision 0.9") {
			t.Errorf("forest line %q", l)
		}
	}
	if err := Compare(&b, t.TempDir()); err == nil {
		t.Error("a directory without a pool: want an error")
	}
}
