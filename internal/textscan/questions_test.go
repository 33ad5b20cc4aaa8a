package textscan

import (
	"testing"

	"github.com/stylelint-dev/stylelint/internal/corpus"
	"github.com/stylelint-dev/stylelint/internal/lint"
	"github.com/stylelint-dev/stylelint/internal/markdown"
)

// The one-pass views a document switches to (above SearchLimit, or once
// its searches have read SearchBudget bytes) answer as the searches do
// (Identifier: a subset, see below), so the switch changes no answer.
func TestQuestionsOnePassMatchesSearch(t *testing.T) {
	text := string(corpus.New(7).Text(60<<10)) +
		"\nFollow @WhiteHouse and see AndroidManifest.xml, io.Writer; said Trump. Trump’s and Trump's. O'Neill, rock’n’roll.\n"
	doc := lint.NewDocument("a.txt", []byte(text), false, nil)
	search, view := Ask(doc), Ask(doc)
	view.searched = SearchBudget + 1
	seen := map[string]bool{}
	EachWord(doc, func(w string, _ int) {
		for _, w := range []string{w, StripPossessive(w)} {
			if seen[w] {
				continue
			}
			seen[w] = true
			search.searched, search.counts, search.caps, search.ids = 0, nil, nil, nil // stay on the search path
			if a, b := search.Count(w), view.Count(w); a != b {
				t.Fatalf("Count(%q): search %d, one pass %d", w, a, b)
			}
			search.searched, search.ids = 0, nil
			// The search finds w anywhere in a handle or file name
			// (xproto.h for proto), the one-pass view whole words only:
			// whatever the view calls an identifier, the search does too.
			if a, b := search.Identifier(w), view.Identifier(w); b && !a {
				t.Fatalf("Identifier(%q): search %v, one pass %v", w, a, b)
			}
			search.searched, search.caps = 0, nil
			if w[0] < 'A' || w[0] > 'Z' {
				continue // only capitalised words are asked about
			}
			if a, b := search.Capitalised(w), view.Capitalised(w); a != b {
				t.Fatalf("Capitalised(%q): search %v, one pass %v", w, a, b)
			}
		}
	})
	if len(seen) < 500 {
		t.Fatalf("only %d words", len(seen))
	}
	// Recurs counts stretches only while searching is cheap.
	small := Ask(lint.NewDocument("b.txt", []byte("a.b and a.b, once c.d"), false, nil))
	if !small.Recurs("a.b") || small.Recurs("c.d") {
		t.Error("Recurs on a small document")
	}
	if view.Recurs("Trump") {
		t.Error("past the budget, Recurs answers false")
	}
	// RecursInSource also counts what the text masks: a link's destination.
	md := []byte("Example: [nestedCommands.js](./examples/nestedCommands.js), once [other.js](x).\n")
	q := Ask(lint.NewDocument("a.md", md, true, markdown.Mask))
	if q.Recurs("nestedCommands.js") || !q.RecursInSource("nestedCommands.js") || q.RecursInSource("other.js") {
		t.Errorf("RecursInSource on a link: text %q", DocText(q.doc))
	}
	if view.RecursInSource("Trump") {
		t.Error("past the budget, RecursInSource answers false")
	}
}

// ChunkWords counts trimmed, lowercased chunks.
func TestChunkWords(t *testing.T) {
	doc := lint.NewDocument("a.txt", []byte("A well-known (Well-Known) e-mail, e-mail; x"), false, nil)
	c := ChunkWords(doc)
	if c["well-known"] != 2 || c["e-mail"] != 2 || c["x"] != 1 || c["a"] != 1 {
		t.Errorf("%v", c)
	}
}

// An answer is given once: asking again reads nothing.
func TestQuestionsCache(t *testing.T) {
	q := Ask(lint.NewDocument("c.txt", []byte("said Trump, and @trump wrote"), false, nil))
	for _, ask := range []func(){func() { q.Count("Trump") }, func() { q.Capitalised("Trump") }, func() { q.Identifier("trump") }} {
		ask()
		before := q.searched
		ask()
		if q.searched != before {
			t.Errorf("asked again: %d bytes searched, want %d", q.searched, before)
		}
	}
	if !q.Capitalised("Trump") || !q.Identifier("trump") || q.Count("Trump") != 1 {
		t.Error("cached answers changed")
	}
}
