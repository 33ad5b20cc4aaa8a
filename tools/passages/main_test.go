package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A two-paragraph article: each paragraph becomes a file, a label moves
// onto the paragraph that holds it with its offsets (and its edit's)
// relative to it, and a label across the blank line is dropped.
func TestWrite(t *testing.T) {
	pool := t.TempDir()
	text := "First par ona line.\n\nSecond tounnecessary par.\n"
	for _, d := range []string{"corrupted", "clean"} {
		if err := os.MkdirAll(filepath.Join(pool, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	os.WriteFile(filepath.Join(pool, "corrupted", "a.txt"), []byte(text), 0o644)
	os.WriteFile(filepath.Join(pool, "clean", "a.txt"), []byte("First par.\n\nSecond par.\n"), 0o644)
	second := strings.Index(text, "tounnecessary")
	labels := []map[string]any{
		{"file": "corrupted/a.txt", "rule": "missing-space", "offset": 10, "end_offset": 13, "join_offset": 12, "line": 1, "edit": map[string]any{"offset": 10, "end_offset": 13, "text": "on a"}},
		{"file": "corrupted/a.txt", "rule": "missing-space", "offset": second, "end_offset": second + 13, "join_offset": second + 2, "edit": map[string]any{"offset": second, "end_offset": second + 13, "text": "to unnecessary"}},
		{"file": "corrupted/a.txt", "rule": "hyphen-break", "offset": 15, "end_offset": 28},
	}
	var raw []byte
	for _, l := range labels {
		b, _ := json.Marshal(l)
		raw = append(append(raw, b...), '\n')
	}
	os.WriteFile(filepath.Join(pool, "labels.jsonl"), raw, 0o644)

	out := filepath.Join(t.TempDir(), "para")
	n, err := Write(pool, out)
	if err != nil {
		t.Fatal(err)
	}
	if n != 4 {
		t.Errorf("%d paragraphs, want 4 (two in each half)", n)
	}
	p2 := "corrupted/a__21.txt"
	if got, _ := os.ReadFile(filepath.Join(out, p2)); string(got) != "Second tounnecessary par.\n" {
		t.Errorf("%s = %q", p2, got)
	}
	b, err := os.ReadFile(filepath.Join(out, "labels.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	if len(lines) != 2 {
		t.Fatalf("%d labels, want 2 (the one across the blank line dropped): %s", len(lines), b)
	}
	var l map[string]any
	json.Unmarshal([]byte(lines[1]), &l)
	e := l["edit"].(map[string]any)
	if l["file"] != p2 || l["offset"] != float64(7) || l["join_offset"] != float64(9) || e["offset"] != float64(7) || e["end_offset"] != float64(20) {
		t.Errorf("moved label %v", l)
	}
	if _, ok := l["line"]; ok {
		t.Errorf("line kept: %v", l)
	}
	var first map[string]any
	json.Unmarshal([]byte(lines[0]), &first)
	if first["file"] != "corrupted/a__0.txt" || first["offset"] != float64(10) {
		t.Errorf("first label %v", first)
	}
	if _, err := Write(pool, out); err == nil {
		t.Error("an existing -out was overwritten")
	}
	if _, err := Write(t.TempDir(), filepath.Join(t.TempDir(), "x")); err == nil {
		t.Error("a pool without labels.jsonl was accepted")
	}
}
