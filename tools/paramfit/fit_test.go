package main

import (
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/stylelint-dev/stylelint/internal/lint"
	"github.com/stylelint-dev/stylelint/internal/poolset"
	"github.com/stylelint-dev/stylelint/internal/poolset/reproduce"
	"github.com/stylelint-dev/stylelint/rules/missingspace"
)

// Fitting is reproducible: the search on the same data gives the
// committed parameters byte for byte.
func TestParamsReproduce(t *testing.T) {
	pool := filepath.Join(reproduce.Shared, "pool", "train")
	reproduce.Check(t, func() ([]byte, error) { return Generate(pool) }, "rules/missingspace/missing_space_params_gen.go", "go generate ./rules/missingspace", pool)
}

// Findings are matched to labels one to one, as score.py matches them:
// overlapping ranges (touching when one is empty), the closest finding
// first; another rule's label matches nothing.
func TestMatch(t *testing.T) {
	ms := func(a, b int) poolset.Label { return poolset.Label{Rule: "missing-space", Offset: a, End: b} }
	f := func(a, b int) lint.Finding {
		var x lint.Finding
		x.Start, x.End = a, b
		return x
	}
	cases := []struct {
		name   string
		labels []poolset.Label
		fs     []lint.Finding
		want   int
	}{
		{"overlap", []poolset.Label{ms(10, 20)}, []lint.Finding{f(15, 25)}, 1},
		{"apart", []poolset.Label{ms(10, 20)}, []lint.Finding{f(20, 30)}, 0},
		{"zero width touches", []poolset.Label{ms(10, 10)}, []lint.Finding{f(5, 10)}, 1},
		{"one finding, two labels", []poolset.Label{ms(10, 20), ms(12, 18)}, []lint.Finding{f(10, 20)}, 1},
		{"two findings, two labels", []poolset.Label{ms(10, 20), ms(30, 40)}, []lint.Finding{f(31, 35), f(10, 20)}, 2},
		{"another rule", []poolset.Label{{Rule: "hyphen-break", Offset: 10, End: 20}}, []lint.Finding{f(10, 20)}, 0},
	}
	for _, c := range cases {
		if got := match(c.labels, c.fs); got != c.want {
			t.Errorf("%s: %d matched, want %d", c.name, got, c.want)
		}
	}
	// The closest finding is taken: the exact one, leaving the other for
	// the second label.
	if got := match([]poolset.Label{ms(10, 20), ms(18, 30)}, []lint.Finding{f(15, 25), f(10, 20)}); got != 2 {
		t.Errorf("closest first: %d matched, want 2", got)
	}
}

// F0.5 counts clean findings as false alarms and weighs precision above
// recall.
func TestFBeta(t *testing.T) {
	a := score{right: 80, wrong: 5, clean: 5, labels: 100}
	if p := a.precision(); p < 0.888 || p > 0.889 {
		t.Errorf("precision %.4f, want 80/90", p)
	}
	precise := score{right: 60, labels: 100}           // P 1, R 0.6
	greedy := score{right: 90, wrong: 60, labels: 100} // P 0.6, R 0.9
	if precise.fbeta() <= greedy.fbeta() {
		t.Errorf("F0.5: precise %.3f should beat greedy %.3f", precise.fbeta(), greedy.fbeta())
	}
	if (score{}).fbeta() != 0 {
		t.Error("no findings: F0.5 0")
	}
}

// The search keeps a change only when it raises the objective, so a pool
// where the rule finds nothing keeps the start; and a broken pool is an
// error naming what is missing.
func TestSearchAndErrors(t *testing.T) {
	dir := t.TempDir()
	if _, err := Generate(dir); err == nil {
		t.Error("no labels.jsonl: want an error")
	}
	os.WriteFile(filepath.Join(dir, "labels.jsonl"), []byte(`{"file": "corrupted/a.txt", "rule": "missing-space", "offset": 0, "end_offset": 3}`+"\n"), 0o644)
	if _, err := Generate(dir); err == nil || !strings.Contains(err.Error(), "corrupted") {
		t.Errorf("no corrupted/*.txt: got %v", err)
	}
	for _, part := range []string{"corrupted", "clean"} {
		os.MkdirAll(filepath.Join(dir, part), 0o755)
		os.WriteFile(filepath.Join(dir, part, "a.txt"), []byte("The council met on Monday.\n"), 0o644)
	}
	s, err := poolset.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	f, err := search(s)
	if err != nil {
		t.Fatal(err)
	}
	if f.params != start || f.sweeps != 1 {
		t.Errorf("nothing to gain: got %+v after %d sweeps, want the start after one", f.params, f.sweeps)
	}
	src, err := Generate(dir)
	if err != nil || !strings.Contains(string(src), "var fittedParams = Params{") || !strings.Contains(strings.Join(strings.Fields(string(src)), " "), "CommaHabit: 6,") {
		t.Errorf("generated source: %v\n%s", err, src)
	}
}

// Every parameter of the rule is searched, on a grid that holds its
// starting value, and the generated file sets each.
func TestGridCoversParams(t *testing.T) {
	typ := reflect.TypeOf(missingspace.Params{})
	if typ.NumField() != len(params) {
		t.Fatalf("missingspace.Params has %d fields, the search %d", typ.NumField(), len(params))
	}
	for i, pr := range params {
		if typ.Field(i).Name != pr.name {
			t.Errorf("parameter %d: struct %s, search %s", i, typ.Field(i).Name, pr.name)
		}
		s := start
		if !slices.Contains(pr.grid, pr.get(&s)) {
			t.Errorf("%s: the start %v is not on the grid %v", pr.name, pr.get(&s), pr.grid)
		}
		pr.set(&s, pr.grid[0])
		if pr.get(&s) != pr.grid[0] {
			t.Errorf("%s: set and get disagree", pr.name)
		}
	}
}
