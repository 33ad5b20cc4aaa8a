package rules

import (
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

const module = "github.com/stylelint-dev/stylelint/"

// One package per rule, and a rule package imports the engine, the shared
// text analysis, the lexicon and the word classes, never another rule (nor
// the list of rules); every rule package is in the list.
func TestLayout(t *testing.T) {
	entries, err := os.ReadDir(".")
	if err != nil {
		t.Fatal(err)
	}
	listed := imports(t, ".")
	for _, e := range entries {
		if !e.IsDir() || e.Name() == "testdata" {
			continue
		}
		pkg := module + "rules/" + e.Name()
		if !listed[pkg] {
			t.Errorf("rules/%s is not imported by the list of rules (registry.go)", e.Name())
		}
		for imp := range imports(t, e.Name()) {
			if strings.HasPrefix(imp, module+"rules") {
				t.Errorf("rules/%s imports %s: a rule never imports another rule", e.Name(), imp)
			}
		}
	}
}

// imports lists what the Go files of dir import (tests included).
func imports(t *testing.T, dir string) map[string]bool {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil || len(files) == 0 {
		t.Fatalf("%s: no Go files (%v)", dir, err)
	}
	out := map[string]bool{}
	for _, f := range files {
		af, err := parser.ParseFile(token.NewFileSet(), f, nil, parser.ImportsOnly)
		if err != nil {
			t.Fatal(err)
		}
		for _, imp := range af.Imports {
			p, _ := strconv.Unquote(imp.Path.Value)
			out[p] = true
		}
	}
	return out
}
