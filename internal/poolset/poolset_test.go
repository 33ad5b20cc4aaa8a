package poolset

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
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
