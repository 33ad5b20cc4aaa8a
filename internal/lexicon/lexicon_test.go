package lexicon

import (
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"os"
	"strings"
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

// BenchmarkLoad is what Get costs on first use: open the embedded index.
func BenchmarkLoad(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := open(data, indexData); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkIndex is the generator's cost (and the fallback's, should the
// embedded index not match the list).
func BenchmarkIndex(b *testing.B) {
	b.SetBytes(int64(len(data)))
	for i := 0; i < b.N; i++ {
		Index(data)
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

func TestBuildIndex(t *testing.T) {
	list := "the\nThe\nNASA\nÉté\nété\nstraße\nthe\niPhone\nIPHONE\nlast"
	l, err := open(list, string(Index(list)))
	if err != nil {
		t.Fatal(err)
	}
	if l.Size() != 10 {
		t.Fatalf("size %d, want 10", l.Size())
	}
	for w, want := range map[string]int{"the": 0, "The": 1, "NASA": 2, "Été": 3, "été": 4, "straße": 5, "iPhone": 7, "last": 9} {
		if r, ok := l.Rank(w); !ok || r != want {
			t.Errorf("Rank(%q) = %d, %v; want %d", w, r, ok, want)
		}
	}
	for w, want := range map[string]int{"THE": 0, "ÉTÉ": 3, "STRASSE": -1, "LAST": 9, "IPHONE": 8, "IPHONe": -1, "Nasa": -1, "nasa": -1, "Iphone": -1} {
		r, ok := l.KnownRank(w)
		if want < 0 && ok || want >= 0 && (!ok || r != want) {
			t.Errorf("KnownRank(%q) = %d, %v; want %d", w, r, ok, want)
		}
	}
	for _, w := range []string{"th", "\xff\xfe", "", "lastx"} {
		if _, ok := l.Rank(w); ok {
			t.Errorf("Rank(%q) must fail", w)
		}
	}
	if empty, err := open("", string(Index(""))); err != nil || empty.Known("a") {
		t.Errorf("empty list must know nothing (%v)", err)
	}
}

func TestOpenRejectsForeignIndex(t *testing.T) {
	good := string(Index("a\nb\n"))
	for name, idx := range map[string]string{
		"empty":     "",
		"magic":     "XXXX" + good[4:],
		"truncated": good[:len(good)-4],
		"long":      good + "\x00\x00\x00\x00",
	} {
		if _, err := open("a\nb\n", idx); err == nil {
			t.Errorf("%s: open accepted a broken index", name)
		}
	}
	if _, err := open("a\nbc\n", good); err == nil {
		t.Error("open accepted the index of another list")
	}
}

var updateIndex = flag.Bool("update-index", false, "rewrite index.bin from words.txt")

// The committed index must be exactly what Index makes of the committed list.
func TestIndexFile(t *testing.T) {
	want := Index(data)
	if *updateIndex {
		if err := os.WriteFile("index.bin", want, 0o644); err != nil {
			t.Fatal(err)
		}
		return // the binary embeds the old file until it is rebuilt
	}
	if indexData != string(want) {
		t.Fatal("index.bin is stale: run go generate ./internal/lexicon")
	}
	if _, err := open(data, indexData); err != nil {
		t.Fatal(err)
	}
}

// The folded table must agree with strings.EqualFold for every entry: an
// ALL-CAPS spelling of any listed word is found.
func TestFoldEveryWord(t *testing.T) {
	l := Get()
	for r := 0; r < l.Size(); r++ {
		w := l.word(uint32(r))
		up := strings.ToUpper(w)
		if !strings.EqualFold(up, w) || Shape(up) != Upper {
			continue
		}
		if !l.Known(up) {
			t.Fatalf("%q (from %q) not known", up, w)
		}
	}
}

// A capitalised word is looked up without a lowercase copy; the answer
// must be Rank of the lowercase word, for every listed word and for
// prefixes and extensions of them that are not listed.
func TestTitleLookupMatchesLowercase(t *testing.T) {
	l := Get()
	for r := 0; r < l.Size(); r++ {
		w := l.word(uint32(r))
		if Shape(w) != Lower {
			continue
		}
		for _, v := range []string{w, w[:len(w)-1], w + "x"} {
			if v == "" || v[0] < 'a' || v[0] > 'z' {
				continue
			}
			title := strings.ToUpper(v[:1]) + v[1:]
			wantRank, wantOK := l.Rank(v)
			gotRank, gotOK := l.KnownRank(title)
			if exact, ok := l.Rank(title); ok {
				wantRank, wantOK = exact, true // listed capitalised (a name) first
			}
			if gotOK != wantOK || gotOK && gotRank != wantRank {
				t.Fatalf("KnownRank(%q) = %d, %v; want %d, %v", title, gotRank, gotOK, wantRank, wantOK)
			}
		}
	}
}

// isLowerOf compares whole words: a prefix of a listed word is not it
// (what keeps a hash collision from answering for the wrong word).
func TestIsLowerOfWholeWord(t *testing.T) {
	l := Get()
	r, ok := l.Rank("house")
	if !ok {
		t.Fatal("house not listed")
	}
	if !l.isLowerOf(uint32(r), "House") || l.isLowerOf(uint32(r), "Hous") || l.isLowerOf(uint32(r), "Houses") {
		t.Error("isLowerOf must match the whole word, case-folded")
	}
}

// Rare finds every word of rare.txt and nothing between them; the list is
// sorted, lowercase, and holds no lexicon word.
func TestRare(t *testing.T) {
	words := strings.Split(strings.TrimSuffix(rareData, "\n"), "\n")
	if len(words) < 100000 {
		t.Fatalf("rare.txt has %d words", len(words))
	}
	l := Get()
	for i, w := range words {
		if i > 0 && words[i-1] >= w {
			t.Fatalf("rare.txt line %d: %q after %q", i+1, w, words[i-1])
		}
		if i%97 == 0 && (!Rare(w) || Rare(w+"q") || l.Known(w)) {
			t.Errorf("%q: Rare %v, Rare(+q) %v, in the lexicon %v", w, Rare(w), Rare(w+"q"), l.Known(w))
		}
	}
	for _, w := range []string{"withholden", "intrench", "spoilsmen", "trickledown"} {
		if !Rare(w) {
			t.Errorf("%q is not rare", w)
		}
	}
	for _, w := range []string{"", "the", "beget", "storypublished", "inthe", "Withholden", "ona", words[0][:1], "zzzzzzzzz"} {
		if Rare(w) {
			t.Errorf("%q is rare", w)
		}
	}
	for _, list := range []string{"", "b\n", "a\nc\n"} {
		if inSorted(list, "bb") || list != "" && !inSorted(list, list[:1]) {
			t.Errorf("inSorted(%q) wrong", list)
		}
	}
}

// LevelStart gives where each SCOWL level begins in the list: in level
// order, from 0 to the list's size, a level-10 word before level 20's
// start, a level-70 spelling (Netherland) after level 55's.
func TestLevelStart(t *testing.T) {
	l := Get()
	if got := l.LevelStart(10); got != 0 {
		t.Errorf("LevelStart(10) = %d, want 0", got)
	}
	prev := -1
	for _, lv := range []int{10, 20, 35, 40, 50, 55, 60, 70} {
		s := l.LevelStart(lv)
		if s <= prev || s >= l.Size() {
			t.Errorf("LevelStart(%d) = %d after %d (size %d)", lv, s, prev, l.Size())
		}
		prev = s
	}
	if l.LevelStart(51) != l.LevelStart(55) || l.LevelStart(71) != l.Size() || l.LevelStart(0) != 0 {
		t.Errorf("between levels: 51 -> %d, 71 -> %d, 0 -> %d", l.LevelStart(51), l.LevelStart(71), l.LevelStart(0))
	}
	if r, _ := l.Rank("the"); r >= l.LevelStart(20) {
		t.Errorf("the: rank %d, not in level 10", r)
	}
	if r, ok := l.Rank("Netherland"); !ok || r < l.LevelStart(55) {
		t.Errorf("Netherland: rank %d %v, want level 55 or rarer", r, ok)
	}
	if r, ok := l.Rank("Millicent"); !ok || r >= l.LevelStart(55) {
		t.Errorf("Millicent: rank %d %v, want a common name", r, ok)
	}
}

// Common: listed among the words and names in common use (levels up to
// 50), in any casing KnownRank accepts; not a rarer level's entry, not an
// unlisted word.
func TestCommon(t *testing.T) {
	l := Get()
	for w, want := range map[string]bool{
		"house": true, "House": true, "Millicent": true, "Mark": true,
		"Netherland": false, "Milicent": false, "qzxv": false,
	} {
		if got := l.Common(w); got != want {
			t.Errorf("Common(%q) = %v, want %v", w, got, want)
		}
	}
}
