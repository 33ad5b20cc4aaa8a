package corpus

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"
)

func TestDeterministic(t *testing.T) {
	a, b := New(7).Text(100_000), New(7).Text(100_000)
	if !bytes.Equal(a, b) {
		t.Fatal("same seed, different text")
	}
	if bytes.Equal(a, New(8).Text(100_000)) {
		t.Fatal("different seeds, same text")
	}
	if len(a) < 100_000 || !utf8.Valid(a) {
		t.Fatalf("len %d, valid %v", len(a), utf8.Valid(a))
	}
}

func TestArticleShape(t *testing.T) {
	g := New(1, "A fixture paragraph that is long enough to be used by the generator.\n\nshort")
	g.DefectRate, g.Furniture = 1, 1
	art := g.Article()
	if n := bytes.Count(art, []byte("\n\n")); n < 20 {
		t.Errorf("want title, paragraphs and furniture lines; got %d blocks", n)
	}
	if len(g.paras) != 26 {
		t.Errorf("bank+extra paragraphs = %d, want 25+1", len(g.paras))
	}
}

func TestWriteDirAndSources(t *testing.T) {
	dir := t.TempDir()
	size, err := New(2).WriteDir(dir, 1001)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, "001", "article-01000.txt")); err != nil {
		t.Errorf("1,000 articles to a directory: %v", err)
	}
	if size < 1001*1000 {
		t.Errorf("wrote %d bytes for 1001 articles", size)
	}
	src, err := Sources(filepath.Join(dir, "000"))
	if err != nil || len(src) != 1000 {
		t.Errorf("Sources: %d texts, %v", len(src), err)
	}
	if src, err := Sources(filepath.Join(dir, "missing")); err != nil || len(src) != 0 {
		t.Errorf("a missing directory gives no sources: %d, %v", len(src), err)
	}
}
