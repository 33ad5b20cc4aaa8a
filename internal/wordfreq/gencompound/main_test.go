package main

import (
	"os"
	"testing"
)

// The committed table is what the generator computes from the committed
// list.
func TestCompoundsReproduce(t *testing.T) {
	words, err := os.ReadFile("../words.txt")
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("../compounds.txt")
	if err != nil {
		t.Fatal(err)
	}
	if Compounds(string(words)) != string(want) {
		t.Error("internal/wordfreq/compounds.txt is stale: run go generate ./internal/wordfreq")
	}
}

func TestCompoundsCounts(t *testing.T) {
	got := Compounds("under\nground\nstand\nunderground\nunderstand\nsea\nseaman\nman\n")
	if got != "under 2 0\n" {
		t.Errorf("got %q", got)
	}
}
