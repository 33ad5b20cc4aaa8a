package cli

import (
	"io"
	"strings"
	"testing"

	"github.com/stylelint-dev/stylelint/internal/corpus"
)

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
			size, err := corpus.New(1).WriteDir(dir, bc.files)
			if err != nil {
				b.Fatal(err)
			}
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
