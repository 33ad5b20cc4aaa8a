package config

import (
	"os"
	"strings"
	"testing"

	"github.com/stylelint-dev/stylelint/internal/lint"
)

func TestTemplateIsTheRepositoryConfigAndLoads(t *testing.T) {
	repo, err := os.ReadFile("../../.stylelint.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if string(repo) != Template() {
		t.Error(".stylelint.yaml differs from `stylelint init` output; regenerate it with `stylelint init --force`")
	}
	c, err := Parse("t.yaml", "/x", []byte(Template()))
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Rules) == 0 || len(c.Files) != 2 {
		t.Errorf("config: %+v", c)
	}
}

func TestErrorsHavePositionsAndHints(t *testing.T) {
	cases := map[string]string{
		"rules:\n  missng-space: error\n":                          `t.yaml:2:3: unknown rule "missng-space"; did you mean "missing-space"?`,
		"fils: []\n":                                               `t.yaml:1:1: unknown key "fils"; did you mean "files"?`,
		"rules:\n  missing-space:\n    max-rank: x\n":              `t.yaml:3:15: cannot unmarshal`,
		"rules:\n  missing-space:\n    nope: 1\n":                  `t.yaml:3:5: unknown field "nope"`,
		"rules:\n  missing-space: loud\n":                          `t.yaml:2:18: unknown severity "loud"`,
		"ignore: [\"a[\"]\n":                                       `t.yaml:1:10: bad glob`,
		"overrides:\n  - rules: {}\n":                              `t.yaml:2:10: an override needs files`,
		"rules: [1]\n":                                             `t.yaml:1:8: rules must be a mapping`,
		"a: &x 1\nb: *x\n":                                         `anchors and aliases are not supported`,
		"files: [\n":                                               `t.yaml:1:`,
		"names:\n  - name: \"\"\n":                                 `non-empty name`,
		"rules:\n  name-consistency:\n    min-count: 1\n":          `min-count must be at least 2`,
		"rules:\n  boilerplate:\n    patterns: [{regex: \"(\"}]\n": `error parsing regexp`,
		// A billion-laughs alias bomb is refused before it is expanded.
		"a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n": `anchors and aliases are not supported`,
		"rules:\n  boilerplate:\n    patterns: [{regex: \"" + strings.Repeat("a", 1001) + "\"}]\n":                                    `longer than 1000 characters`,
		"rules:\n  boilerplate:\n    patterns: [{regex: \"x{1001}\"}]\n":                                                              `invalid repeat count`,
		"files: 3\n":   `files`,
		"ignore: {}\n": `ignore`,
	}
	for in, want := range cases {
		_, err := Parse("t.yaml", "/x", []byte(in))
		if err != nil && strings.Contains(err.Error(), "\n\n") {
			t.Errorf("%q: blank line inside the error %q", in, err)
		}
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%q: got %v, want %q", in, err, want)
		}
	}
}

func TestOverridesAndMatching(t *testing.T) {
	c, err := Parse("t.yaml", "/r", []byte("ignore: [vendor/**]\nrules:\n  boilerplate: off\noverrides:\n  - files: [\"drafts/**\"]\n    rules:\n      boilerplate: error\n"))
	if err != nil {
		t.Fatal(err)
	}
	sev := func(path string) lint.Severity {
		for _, a := range c.RulesFor(path) {
			if a.Rule.Meta().ID == "boilerplate" {
				return a.Severity
			}
		}
		return -1
	}
	if sev("/r/a.txt") != lint.Off || sev("/r/drafts/x/a.txt") != lint.Error {
		t.Errorf("override severities: %v %v", sev("/r/a.txt"), sev("/r/drafts/x/a.txt"))
	}
	if !c.Ignored("/r/vendor/a.txt") || !c.Ignored("/r/vendor") || c.Ignored("/r/a.txt") {
		t.Error("ignore globs")
	}
	if !c.Included("/r/deep/dir/a.md") || c.Included("/r/a.go") {
		t.Error("files globs")
	}
}

// RE2 keeps a pathological user pattern linear: (a*)*c on lines of a's
// (catastrophic for a backtracking engine) is just a non-match, and the
// same pattern still reports a line it does match.
func TestPathologicalRegexIsLinear(t *testing.T) {
	cfg, err := Parse("t.yaml", "/x", []byte("rules:\n  boilerplate:\n    patterns: [{id: p, regex: \"^(a*)*c$\"}]\n"))
	if err != nil {
		t.Fatal(err)
	}
	var bp lint.CorpusRule
	for _, a := range cfg.Rules {
		if a.Rule.Meta().ID == "boilerplate" {
			bp = a.Rule.(lint.CorpusRule)
		}
	}
	text := strings.Repeat(strings.Repeat("a", 30)+"\n\n", 2000) + "aaac\n"
	doc := lint.NewDocument("a.txt", []byte(text), false, nil)
	var out []lint.Diagnostic
	bp.Collect(lint.NewPass(doc, &lint.Env{}, "boilerplate", lint.Warning, &out))
	if len(out) != 1 || !strings.Contains(out[0].Message, "user/p") {
		t.Fatalf("want only the aaac line reported, got %d: %+v", len(out), out)
	}
}
