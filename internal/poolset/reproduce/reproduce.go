// Package reproduce checks that a trainer in tools/ writes the committed
// generated model byte for byte (the trainers' shared test).
package reproduce

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// Shared is the project's shared data (../shared beside the repository,
// as CI lays it out), from a trainer's directory (tools/NAME).
var Shared = filepath.Join("..", "..", "..", "shared")

// Check skips when a labelled set of needs (directories with a
// labels.jsonl) is missing, and otherwise fails unless generate writes
// exactly the committed file (relative to the repository root); regen is
// the command that regenerates it.
func Check(t *testing.T, generate func() ([]byte, error), file, regen string, needs ...string) {
	t.Helper()
	for _, d := range needs {
		if _, err := os.Stat(filepath.Join(d, "labels.jsonl")); err != nil {
			t.Skipf("training data not found (%v); the model cannot be checked here", err)
		}
	}
	got, err := generate()
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(filepath.Join("..", "..", filepath.FromSlash(file)))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s is not what the trainer writes: run %s", file, regen)
	}
}
