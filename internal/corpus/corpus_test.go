package corpus

import (
	"bytes"
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
