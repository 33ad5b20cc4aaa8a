package cli

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stylelint-dev/stylelint/internal/corpus"
)

// writeCorpus writes n generated articles under dir and returns their size.
func writeCorpus(tb testing.TB, dir string, n int) int64 {
	tb.Helper()
	g := corpus.New(1)
	var size int64
	for i := 0; i < n; i++ {
		sub := filepath.Join(dir, fmt.Sprintf("%03d", i/1000))
		if err := os.MkdirAll(sub, 0o755); err != nil {
			tb.Fatal(err)
		}
		a := g.Article()
		size += int64(len(a))
		if err := os.WriteFile(filepath.Join(sub, fmt.Sprintf("a%05d.txt", i)), a, 0o644); err != nil {
			tb.Fatal(err)
		}
	}
	return size
}

// BenchmarkCLI runs the whole command in process (config discovery, walk,
// read, all default rules, run-wide rules, JSON output) over generated
// corpora. Process start-up is measured by BenchmarkProcessSmallFile in
// cmd/stylelint.
func BenchmarkCLI(b *testing.B) {
	for _, bc := range []struct {
		name  string
		files int
		jobs  string
	}{
		{"2000files", 2000, "0"},
		{"2000files-j1", 2000, "1"},
		{"1file", 1, "0"},
	} {
		b.Run(bc.name, func(b *testing.B) {
			dir := b.TempDir()
			size := writeCorpus(b, dir, bc.files)
			b.SetBytes(size)
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				var errOut strings.Builder
				code := Run([]string{"--format", "json", "--jobs", bc.jobs, dir}, nil, io.Discard, &errOut)
				if code != ExitFindings {
					b.Fatalf("exit %d: %s", code, errOut.String())
				}
			}
		})
	}
}
