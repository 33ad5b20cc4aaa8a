package poolset

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stylelint-dev/stylelint/internal/lint"
)

func write(t *testing.T, path, text string) {
	t.Helper()
	os.MkdirAll(filepath.Dir(path), 0o755)
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestLoad(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "labels.jsonl"), `{"file": "corrupted/a.txt", "rule": "missing-space", "offset": 0, "end_offset": 7, "join_offset": 3}`+"\n")
	write(t, filepath.Join(dir, "manifest.json"), `{"files": [{"name": "a", "site": "example.com"}]}`)
	write(t, filepath.Join(dir, "corrupted", "a.txt"), "thecat sat")
	write(t, filepath.Join(dir, "clean", "a.txt"), "the cat sat")
	s, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Corrupted) != 1 || s.Corrupted[0].Path != "corrupted/a.txt" || len(s.Clean) != 1 || s.CleanWords != 3 {
		t.Errorf("files %+v %+v, clean words %d", s.Corrupted, s.Clean, s.CleanWords)
	}
	if l := s.Labels["corrupted/a.txt"]; len(l) != 1 || l[0].JoinOffset != 3 || s.Count["missing-space"] != 1 {
		t.Errorf("labels %+v", s.Labels)
	}
	if s.Site["a.txt"] != "example.com" || s.Fold("clean/a.txt", 5) != s.Fold("corrupted/a.txt", 5) {
		t.Error("an article's two copies share their site's fold")
	}
	before := s.Hash
	write(t, filepath.Join(dir, "clean", "a.txt"), "the cat sat.")
	if s2, _ := Load(dir); s2.Hash == before {
		t.Error("the hash covers every file")
	}
}

func TestLoadErrors(t *testing.T) {
	dir := t.TempDir()
	if _, err := Load(dir); err == nil {
		t.Error("no labels: want an error")
	}
	write(t, filepath.Join(dir, "labels.jsonl"), "{}\nnot json\n")
	if _, err := Load(dir); err == nil || !strings.Contains(err.Error(), "labels.jsonl:2") {
		t.Errorf("broken line: got %v, want the file and line", err)
	}
	write(t, filepath.Join(dir, "labels.jsonl"), "")
	if _, err := Load(dir); err == nil || !strings.Contains(err.Error(), "corrupted") {
		t.Errorf("no articles: got %v", err)
	}
}

// Paragraphs are the runs between blank lines that hold more than white
// space, as byte ranges; a third newline starts the next paragraph.
func TestParagraphs(t *testing.T) {
	text := []byte("One.\nStill one.\n\nTwo.\n\n \n\n\nThree")
	got := Paragraphs(text)
	want := []string{"One.\nStill one.", "Two.", "\nThree"}
	if len(got) != len(want) {
		t.Fatalf("%d paragraphs %v, want %q", len(got), got, want)
	}
	for i, p := range got {
		if s := string(text[p.Start:p.End]); s != want[i] {
			t.Errorf("paragraph %d = %q, want %q", i, s, want[i])
		}
	}
	if ps := Paragraphs(nil); len(ps) != 0 {
		t.Errorf("empty text: %v", ps)
	}
}

// Without drops one fold's files, both copies of an article, with their
// labels and clean words.
func TestWithout(t *testing.T) {
	dir := t.TempDir()
	var labels, man strings.Builder
	man.WriteString(`{"files": [`)
	for i, name := range []string{"a", "b", "c", "d", "e", "f", "g", "h"} {
		labels.WriteString(`{"file": "corrupted/` + name + `.txt", "rule": "missing-space", "offset": 0, "end_offset": 6, "join_offset": 3}` + "\n")
		if i > 0 {
			man.WriteString(",")
		}
		man.WriteString(`{"name": "` + name + `", "site": "` + name + `.example"}`)
		write(t, filepath.Join(dir, "corrupted", name+".txt"), "thecat sat")
		write(t, filepath.Join(dir, "clean", name+".txt"), "the cat sat")
	}
	man.WriteString("]}")
	write(t, filepath.Join(dir, "labels.jsonl"), labels.String())
	write(t, filepath.Join(dir, "manifest.json"), man.String())
	s, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	kept := 0
	for f := 0; f < 3; f++ {
		w := s.Without(f, 3)
		for _, in := range append(append([]lint.Input{}, w.Corrupted...), w.Clean...) {
			if s.Fold(in.Path, 3) == f {
				t.Errorf("fold %d keeps %s", f, in.Path)
			}
		}
		if len(w.Corrupted) != len(w.Clean) || w.Count["missing-space"] != len(w.Corrupted) || w.CleanWords != 3*len(w.Clean) || len(w.Labels) != len(w.Corrupted) {
			t.Errorf("fold %d: %d corrupted, %d clean, %d labels, %d clean words", f, len(w.Corrupted), len(w.Clean), w.Count["missing-space"], w.CleanWords)
		}
		kept += len(w.Corrupted)
	}
	if kept != 2*len(s.Corrupted) {
		t.Errorf("each file is left out of exactly one fold: kept %d of %d", kept, 2*len(s.Corrupted))
	}
}
