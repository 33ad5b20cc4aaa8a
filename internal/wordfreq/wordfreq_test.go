package wordfreq

import (
	"flag"
	"os"
	"testing"

	"github.com/stylelint-dev/stylelint/internal/lexicon"
)

var updateIndex = flag.Bool("update-index", false, "rewrite index.bin")

func TestIndexFile(t *testing.T) {
	want := lexicon.Index(words)
	if *updateIndex {
		if err := os.WriteFile("index.bin", want, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if index != string(want) {
		t.Fatal("index.bin is stale: run go generate ./internal/wordfreq")
	}
}

// Frequencies are in the Zipf scale, ordered as the source orders them,
// case-insensitive, and 0 for what is not listed.
func TestZipf(t *testing.T) {
	tb := Get()
	if tb.Size() < 200000 {
		t.Fatalf("%d words", tb.Size())
	}
	the, house, tablescape := tb.Zipf("the"), tb.Zipf("house"), tb.Zipf("tablescape")
	if !(the > 7 && the < 8 && house > 4.5 && house < the && tablescape > 0 && tablescape < 2) {
		t.Errorf("the %v, house %v, tablescape %v", the, house, tablescape)
	}
	if tb.Zipf("The") != the || tb.Zipf("HOUSE") != house {
		t.Error("not case-insensitive")
	}
	for _, w := range []string{"", "qzxqzxqzx", "evenbeef"} {
		if z := tb.Zipf(w); z != 0 {
			t.Errorf("%q: %v, want 0", w, z)
		}
	}
	prev := 10.0
	for r := 0; r < tb.Size(); r += 997 {
		z := tb.zipfOfRank(r)
		if z > prev {
			t.Fatalf("rank %d: zipf %v after %v", r, z, prev)
		}
		prev = z
	}
}
