package lexicon

import (
	"crypto/sha256"
	"encoding/hex"
	"testing"
)

func TestGeneratedList(t *testing.T) {
	l := Get()
	if l.Size() < 130000 {
		t.Fatalf("lexicon has %d entries; want the full SCOWL <=70 list", l.Size())
	}
	for _, w := range []string{"into", "onto", "another", "whatsoever", "cannot", "colour", "amongst", "Gypsy", "gypsy", "iPhone"} {
		if _, ok := l.Rank(w); !ok {
			t.Errorf("%q missing", w)
		}
	}
	// Run-together junk that web-derived lists contain must not be words.
	for _, w := range []string{"ona", "tounnecessary", "inthe", "ofthe", "primeminister", "oth", "ple", "nbsp"} {
		if l.Known(w) {
			t.Errorf("%q must not be a word", w)
		}
	}
	sum := sha256.Sum256([]byte(data))
	if got := hex.EncodeToString(sum[:]); got != wantSHA256 {
		t.Errorf("words.txt changed (sha256 %s); regenerate with go generate and update wantSHA256", got)
	}
}

func TestKnownCasing(t *testing.T) {
	l := Get()
	cases := map[string]bool{
		"the": true, "The": true, "THE": true, "tHe": false,
		"paris": false, "Paris": true, "PARIS": true,
		"gypsy": true, "GYPSY": true,
	}
	for w, want := range cases {
		if got := l.Known(w); got != want {
			t.Errorf("Known(%q) = %v, want %v", w, got, want)
		}
	}
	if r1, _ := l.Rank("the"); r1 != 0 {
		t.Errorf("rank of the = %d, want 0", r1)
	}
	if l.Cost(0) >= l.Cost(1000) {
		t.Error("cost must grow with rank")
	}
}

func TestShape(t *testing.T) {
	for w, want := range map[string]CaseShape{"word": Lower, "Word": Title, "WORD": Upper, "iPhone": Other, "Été": Title, "CEOs": Other, "42": Other} {
		if got := Shape(w); got != want {
			t.Errorf("Shape(%q) = %v, want %v", w, got, want)
		}
	}
}

func BenchmarkLoad(b *testing.B) {
	for i := 0; i < b.N; i++ {
		build(data)
	}
}

func BenchmarkKnown(b *testing.B) {
	l := Get()
	words := []string{"the", "Reporters", "tounnecessary", "Kardashian", "WORLD"}
	for i := 0; i < b.N; i++ {
		l.Known(words[i%len(words)])
	}
}

// wantSHA256 pins the generated word list.
const wantSHA256 = "20b9e9aa7496c7cc78944902267bf5c00d91414d01e61b37cb8d673636cd14f0"
