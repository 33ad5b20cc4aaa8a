package wordclass_test

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/stylelint-dev/stylelint/internal/wordclass"
	"github.com/stylelint-dev/stylelint/internal/wordclass/table"
)

// The table is sorted, has no duplicates or unknown classes, its subsets
// hold, and classes_gen.go is what the generator makes of it.
func TestTableIsCheckedAndGenerated(t *testing.T) {
	data, err := os.ReadFile("wordclass.tsv")
	if err != nil {
		t.Fatal(err)
	}
	want, err := table.Generate(data)
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("classes_gen.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Error("classes_gen.go is stale: run go generate ./internal/wordclass")
	}
	if !wordclass.Function["the"] || !wordclass.Months["may"] || !wordclass.Honorifics["Dr"] || wordclass.Function["cat"] {
		t.Error("generated sets do not hold the table's words")
	}
	for _, s := range wordclass.Subsets {
		if len(s) != 2 {
			t.Fatal(s)
		}
	}
}

// Mistakes in the table are caught with their line.
func TestTableMistakes(t *testing.T) {
	for src, want := range map[string]string{
		"b\tfunction\na\tfunction\n": "line 2: \"a\" is out of order",
		"a\tfunction\na\tmonth\n":    "line 2: \"a\" is out of order or repeated",
		"a\tnope\n":                  `unknown class "nope"`,
		"a function\n":               "want word<TAB>classes",
		"her\tname-ending\n":         `"her" is name-ending but not function`,
		"a\tfunction,function\n":     `class "function" twice`,
	} {
		if _, err := table.Parse([]byte(src)); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%q: err = %v, want %q", src, err, want)
		}
	}
}
