package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stylelint-dev/stylelint/internal/poolset/reproduce"
)

// Training is reproducible: fitting again on the same data gives the
// committed models byte for byte.
func TestModelReproduces(t *testing.T) {
	pool := filepath.Join(reproduce.Shared, "pool", "train")
	reproduce.Check(t, func() ([]byte, error) { return Generate(pool) }, "rules/missingspace/missing_space_model_gen.go", "go generate ./rules/missingspace", pool)
}

// A weighed word is labelled at the cut where a missing-space label puts
// the space, in its own file only.
func TestLoadLabelsCuts(t *testing.T) {
	dir := t.TempDir()
	write := func(p, s string) {
		os.MkdirAll(filepath.Dir(filepath.Join(dir, p)), 0o755)
		os.WriteFile(filepath.Join(dir, p), []byte(s), 0o644)
	}
	text := "The storypublished on Monday was long. The newsletter said it."
	write("labels.jsonl", `{"file": "corrupted/a.txt", "rule": "missing-space", "offset": 4, "end_offset": 18, "join_offset": 9}`+"\n")
	write("corrupted/a.txt", text)
	write("clean/a.txt", "The story published on Monday was long. The newsletter said it.")
	s, err := load(dir)
	if err != nil {
		t.Fatal(err)
	}
	var found bool
	for _, w := range s.words {
		if w.cand.Word == "storypublished" {
			found = true
			if w.clean || w.right < 0 || w.cand.Cuts[w.right] != 5 {
				t.Errorf("storypublished: %+v", w)
			}
		}
	}
	if !found {
		t.Errorf("storypublished not weighed: %+v", s.words)
	}
	if _, err := Generate(dir); err == nil {
		t.Error("too few words to fit both models: want an error")
	}
}
