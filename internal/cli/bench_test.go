package cli

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stylelint-dev/stylelint/internal/corpus"
	"github.com/stylelint-dev/stylelint/internal/lint"
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
		// One 8 MB document: its B/op is what a big file costs (the
		// per-document tables sized by the text show here first).
		{"8MBfile", -8 << 20, "0"},
	} {
		b.Run(bc.name, func(b *testing.B) {
			dir := b.TempDir()
			var size int64
			var err error
			if bc.files < 0 {
				text := corpus.New(1).Text(-bc.files)
				size, err = int64(len(text)), os.WriteFile(filepath.Join(dir, "big.txt"), text, 0o644)
			} else {
				size, err = corpus.New(1).WriteDir(dir, bc.files)
			}
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

// BenchmarkManyFindingsOneLine: 20,000 lost spaces on one 260 KB line (a
// scrape that lost its line breaks), reported up to the per-rule cap
// (lint.MaxPerRule). Positions, the text format's window
// and SARIF/GitLab fingerprints must cost per finding, not per finding
// times the line's length.
func BenchmarkManyFindingsOneLine(b *testing.B) {
	dir := b.TempDir()
	// Sentence joins: a run of comma joins ("Word,Word,") is a list's
	// habit, which missing-space leaves alone.
	line := "Intro " + strings.Repeat("It ended.The ", 20000) + "end.\n"
	path := filepath.Join(dir, "one.txt")
	if err := os.WriteFile(path, []byte(line), 0o644); err != nil {
		b.Fatal(err)
	}
	for _, format := range []string{"json", "text", "sarif"} {
		b.Run(format, func(b *testing.B) {
			var out, errOut strings.Builder
			args := []string{"--format", format, "--no-progress", path}
			if code := Run(args, nil, &out, &errOut); code != ExitFindings || strings.Count(out.String(), "missing space") < lint.MaxPerRule {
				b.Fatalf("exit %d: %s", code, errOut.String())
			}
			b.SetBytes(int64(len(line)))
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				Run(args, nil, io.Discard, io.Discard)
			}
		})
	}
}

// BenchmarkLanguageServerEdit: one keystroke's lint in an editor, a 2,000
// file workspace open (its run-wide facts collected once): the document's
// own rules and the run-wide rules finished over every file's facts.
func BenchmarkLanguageServerEdit(b *testing.B) {
	dir, err := filepath.Abs(b.TempDir())
	if err != nil {
		b.Fatal(err)
	}
	if _, err := corpus.New(1).WriteDir(dir, 2000); err != nil {
		b.Fatal(err)
	}
	ws, _, err := openWorkspace(dir, "", io.Discard)
	if err != nil {
		b.Fatal(err)
	}
	var path string
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && path == "" {
			path = p
		}
		return nil
	})
	src, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if fs := ws.Lint(path, src); len(fs) == 0 {
			b.Fatal("no findings in a generated article")
		}
	}
}
