package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// BenchmarkProcessSmallFile is the pre-commit case end to end: start the
// built binary, find the config, load the lexicon, lint one article,
// print the diagnostics, exit. (The goal is at most 20 ms.)
func BenchmarkProcessSmallFile(b *testing.B) {
	bin := filepath.Join(b.TempDir(), "stylelint")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		b.Fatalf("build: %v\n%s", err, out)
	}
	article, err := filepath.Abs("../../fixtures/kardashian.txt")
	if err != nil {
		b.Fatal(err)
	}
	st, err := os.Stat(article)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(st.Size())
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		cmd := exec.Command(bin, article)
		cmd.Dir = filepath.Dir(article)
		if err := cmd.Run(); err != nil {
			if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 1 {
				b.Fatalf("run: %v", err)
			}
		}
	}
}
