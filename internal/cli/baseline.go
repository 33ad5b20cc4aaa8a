package cli

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"github.com/stylelint-dev/stylelint/internal/lint"
)

// A baseline records the findings a repository accepts (stylelint
// --write-baseline FILE), so that a later run with --baseline FILE reports
// only new ones. A finding is known by its rule, its file, the text of its
// line and the text it flags, and which occurrence of those it is: not by
// line number or message, so edits elsewhere in the file, and a model's
// probability moving, do not make it new.
type baseline struct {
	Version  int             `json:"version"`
	Findings []baselineEntry `json:"findings"`
}

type baselineEntry struct {
	Fingerprint string `json:"fingerprint"`
	Rule        string `json:"rule"`
	File        string `json:"file"`
	Text        string `json:"text"`
}

// flagged is the text a finding flags, from its line (the first line of a
// finding that spans several).
func flagged(f *lint.Finding) string {
	r := []rune(f.Source)
	s, e := f.Pos.Column-1, len(r)
	if f.EndPos.Line == f.Pos.Line {
		e = f.EndPos.Column - 1
	}
	if s < 0 || s > len(r) || e < s || e > len(r) {
		return ""
	}
	return string(r[s:e])
}

// baselineKeys gives each finding its baseline fingerprint.
func baselineKeys(fs []lint.Finding) []string {
	seen := map[string]int{}
	out := make([]string, len(fs))
	for i := range fs {
		f := &fs[i]
		base := f.Rule + "\x00" + f.Path + "\x00" + strings.TrimSpace(f.Source) + "\x00" + flagged(f)
		n := seen[base]
		seen[base] = n + 1
		sum := sha256.Sum256([]byte(fmt.Sprintf("%s\x00%d", base, n)))
		out[i] = hex.EncodeToString(sum[:16])
	}
	return out
}

// writeBaseline records the findings in path.
func writeBaseline(path string, fs []lint.Finding) error {
	keys := baselineKeys(fs)
	b := baseline{Version: 1, Findings: make([]baselineEntry, 0, len(fs))}
	for i := range fs {
		b.Findings = append(b.Findings, baselineEntry{keys[i], fs[i].Rule, fs[i].Path, flagged(&fs[i])})
	}
	data, err := json.MarshalIndent(b, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, append(data, '\n'), 0o644)
}

// applyBaseline drops the findings the baseline at path records, and says
// how many.
func applyBaseline(path string, fs []lint.Finding) ([]lint.Finding, int, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, 0, err
	}
	var b baseline
	if err := json.Unmarshal(data, &b); err != nil {
		return nil, 0, fmt.Errorf("%s: not a stylelint baseline: %v", path, err)
	}
	if b.Version != 1 {
		return nil, 0, fmt.Errorf("%s: baseline version %d, want 1", path, b.Version)
	}
	known := make(map[string]bool, len(b.Findings))
	for _, e := range b.Findings {
		known[e.Fingerprint] = true
	}
	keys := baselineKeys(fs)
	out := fs[:0]
	dropped := 0
	for i, f := range fs {
		if known[keys[i]] {
			dropped++
			continue
		}
		out = append(out, f)
	}
	return out, dropped, nil
}
