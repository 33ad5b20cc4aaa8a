package wordfreq

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/stylelint-dev/stylelint/internal/lexicon"
)

var (
	updateIndex = flag.Bool("update-index", false, "rewrite index.bin")
	updateChars = flag.Bool("update-chars", false, "rewrite chars.bin")
)

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

// chars.bin is the letter model counted from words.txt.
func TestCharsFile(t *testing.T) {
	want := buildChars().encode()
	if *updateChars {
		if err := os.WriteFile("chars.bin", want, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if charData != string(want) {
		t.Fatal("chars.bin is stale: run go generate ./internal/wordfreq")
	}
	if *loadChars() != *buildChars() {
		t.Fatal("chars.bin does not decode to the counted model")
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

// The letter model prices a slip above the name it was made of, and two
// real names about alike.
func TestCharSurprisal(t *testing.T) {
	wf := Get()
	for _, c := range [][2]string{{"Hlomes", "Holmes"}, {"Brrazil", "Brazil"}, {"Obmaa", "Obama"}, {"Sccott", "Scott"}} {
		if a, b := wf.CharSurprisal(c[0]), wf.CharSurprisal(c[1]); a <= b+2 {
			t.Errorf("%s %.1f bits, %s %.1f: the slip should cost more", c[0], a, c[1], b)
		}
	}
	if a, b := wf.CharSurprisal("Jang"), wf.CharSurprisal("Jong"); a-b > 3 || b-a > 3 {
		t.Errorf("Jang %.1f bits, Jong %.1f: two names should cost about the same", a, b)
	}
	if wf.CharSurprisal("") <= 0 || wf.CharSurprisal("Zürich") <= 0 {
		t.Error("every spelling, even empty or accented, has a cost")
	}
}

// BenchmarkCharModelBuild counts the letter model from the list (what
// go generate does); BenchmarkCharModelLoad decodes it (what a run does).
func BenchmarkCharModelBuild(b *testing.B) {
	for i := 0; i < b.N; i++ {
		chars = sync.OnceValue(buildChars)
		chars()
	}
}

func BenchmarkCharModelLoad(b *testing.B) {
	for i := 0; i < b.N; i++ {
		chars = sync.OnceValue(loadChars)
		chars()
	}
}

// compounds.txt is what gencompound computes from words.txt (run go
// generate ./internal/wordfreq), and heads and tails are counted.
func TestCompounds(t *testing.T) {
	wf := Get()
	if h, _ := wf.Compounds("under"); h < 50 {
		t.Errorf("under heads %d compounds, want many", h)
	}
	if h, tl := wf.Compounds("sculptures"); h != 0 || tl != 0 {
		t.Errorf("sculptures: %d, %d; want none", h, tl)
	}
	if _, tl := wf.Compounds("men"); tl < 20 {
		t.Errorf("men tails %d compounds, want many", tl)
	}
	// Every line is found (the binary search needs the words sorted),
	// with its counts.
	lines := strings.Split(strings.TrimSpace(compoundText), "\n")
	for i, line := range lines {
		f := strings.Fields(line)
		if i > 0 && strings.Fields(lines[i-1])[0] >= f[0] {
			t.Fatalf("compounds.txt not sorted at line %d", i+1)
		}
		h, tl := wf.Compounds(f[0])
		if fmt.Sprint(h) != f[1] && h != 65535 || fmt.Sprint(tl) != f[2] && tl != 65535 {
			t.Fatalf("%q: %d %d", line, h, tl)
		}
	}
}
