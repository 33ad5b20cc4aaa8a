package config

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

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

// Shapes no config has are refused before the YAML parser sees them, with
// a position: deep nesting and tens of thousands of keys cost the parser
// seconds and gigabytes. A long vocabulary list is still a config.
func TestConfigBombsAreRefused(t *testing.T) {
	cases := map[string]string{
		"vocabulary: " + strings.Repeat("[", 20000) + strings.Repeat("]", 20000) + "\n": "t.yaml:1:45: collections nested deeper than 32 levels",
		strings.Repeat("- ", 20000) + "x\n":                                             "t.yaml:1:1: collections nested deeper than 32 levels",
		strings.Repeat("<", 20000) + "\n":                                               "merge keys (<<) are not supported",
		"vocabulary: [" + strings.Repeat("word, ", 20000) + "]\n":                       "config is 120015 bytes; the limit is 65536",
		"vocabulary: {" + strings.Repeat("a: {", 40) + "}\n":                            "collections nested deeper than 32 levels",
		"rules:\n" + strings.Repeat("  k: 1\n", 3000):                                   "t.yaml:2001:3: over 2000 keys",
		"x:\n" + strings.Repeat(" ", 200) + "y: 1\n":                                    "t.yaml:2:201: indented 200 columns",
	}
	for src, want := range cases {
		start := time.Now()
		_, err := Parse("t.yaml", "/x", []byte(src))
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%.40q...: err = %v, want %q", src, err, want)
		}
		if d := time.Since(start); d > 2*time.Second {
			t.Errorf("%.40q...: took %v", src, d)
		}
	}
	var b strings.Builder
	b.WriteString("vocabulary:\n")
	for i := 0; i < 4000; i++ {
		fmt.Fprintf(&b, "  - W%d # a:\n", i)
	}
	if c, err := Parse("t.yaml", "/x", []byte(b.String())); err != nil || len(c.Vocabulary) != 4000 {
		t.Errorf("a long vocabulary: err = %v", err)
	}
	if _, err := Parse("t.yaml", "/x", []byte("vocabulary: ['[not nested', \"{x\", '[[[[']\n")); err != nil {
		t.Errorf("brackets in quotes: %v", err)
	}
}

// A config saved with a UTF-8 BOM is read as without it.
func TestConfigWithBOM(t *testing.T) {
	c, err := Parse("t.yaml", "/x", []byte("\xef\xbb\xbfrules:\n  missing-space: error\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range c.Rules {
		if a.Rule.Meta().ID == "missing-space" && a.Severity != lint.Error {
			t.Errorf("severity %v", a.Severity)
		}
	}
}

// Discovery stops at the repository root and at the home directory: a
// config above them belongs to someone else.
func TestFindStopsAtRepositoryAndHome(t *testing.T) {
	root := t.TempDir()
	mustWrite := func(p, s string) {
		t.Helper()
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	mustWrite(filepath.Join(root, ".stylelint.yaml"), "rules: {}\n")
	mustWrite(filepath.Join(root, "repo", ".git", "HEAD"), "ref: refs/heads/main\n")
	mustWrite(filepath.Join(root, "repo", "sub", "a.txt"), "x\n")
	mustWrite(filepath.Join(root, "home", "me", "notes", "a.txt"), "x\n")
	t.Setenv("HOME", filepath.Join(root, "home", "me"))
	for _, dir := range []string{filepath.Join(root, "repo", "sub"), filepath.Join(root, "home", "me", "notes")} {
		if p, err := Find(dir, nil); p != "" || err != nil {
			t.Errorf("from %s: found %q, %v; want nothing", dir, p, err)
		}
	}
	mustWrite(filepath.Join(root, "repo", ".stylelint.yml"), "rules: {}\n")
	if p, err := Find(filepath.Join(root, "repo", "sub"), nil); p != filepath.Join(root, "repo", ".stylelint.yml") || err != nil {
		t.Errorf("inside the repository: %q, %v", p, err)
	}
	if p, _ := Find(filepath.Join(root, "elsewhere"), nil); p != filepath.Join(root, ".stylelint.yaml") {
		t.Errorf("outside any repository: %q", p)
	}
}

// A config planted by another user in a directory anyone may write to is
// refused, with a hint; the same file of one's own, or -c, is used.
func TestFindRefusesPlantedConfig(t *testing.T) {
	if os.Getuid() != 0 {
		t.Skip("needs root to give a file to another user")
	}
	shared := filepath.Join(t.TempDir(), "shared")
	if err := os.Mkdir(shared, 0o777|os.ModeSticky); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(shared, 0o777|os.ModeSticky); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(shared, ".stylelint.yaml")
	if err := os.WriteFile(p, []byte("rules: {}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if found, err := Find(shared, nil); found != p || err != nil {
		t.Fatalf("own config: %q, %v", found, err)
	}
	if err := os.Chown(p, 4242, 4242); err != nil {
		t.Fatal(err)
	}
	found, err := Find(filepath.Join(shared), nil)
	if found != "" || err == nil || !strings.Contains(err.Error(), "refusing") || !strings.Contains(err.Error(), "-c") {
		t.Errorf("planted config: %q, %v", found, err)
	}
	if _, err := Load(p); err != nil {
		t.Errorf("-c still loads it: %v", err)
	}
}

// FuzzConfigTime repeats a fuzzed fragment into a config of MaxSize bytes:
// parsing (or refusing) it must stay fast whatever its shape.
func FuzzConfigTime(f *testing.F) {
	for _, seed := range []string{"[", "{a: ", "k: 1\n", "vocabulary:\n  - x\n", "  ", "- [", "'", "a: &x\n"} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, frag string) {
		if frag == "" || len(frag) > 64 {
			return
		}
		src := []byte(strings.Repeat(frag, MaxSize/len(frag)))
		start := time.Now()
		Parse("f.yaml", "/x", src)
		if d := time.Since(start); d > 10*time.Second {
			t.Fatalf("%q repeated to %d bytes: %v", frag, len(src), d)
		}
	})
}

// A config is read through its limit: a device reports no size.
func TestLoadReadsThroughTheLimit(t *testing.T) {
	if _, err := os.Stat("/dev/zero"); err != nil {
		t.Skip("no /dev/zero")
	}
	start := time.Now()
	_, err := Load("/dev/zero")
	if err == nil || !strings.Contains(err.Error(), "over 65536 bytes") {
		t.Errorf("err = %v", err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("took %v", d)
	}
}

// The suppress list matches rule (or category), file glob and flagged text.
func TestSuppressList(t *testing.T) {
	c, err := Parse("t.yaml", "/x", []byte("suppress:\n  - {rule: missing-space, text: tounnecessary}\n  - {rule: boilerplate/nav, file: \"news/**\"}\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		path, rule, cat, text string
		want                  bool
	}{
		{"/x/a.txt", "missing-space", "", "tounnecessary", true},
		{"/x/a.txt", "missing-space", "", "forGypsy", false},
		{"/x/news/b.txt", "boilerplate", "nav/related", "Related Articles", true},
		{"/x/news/b.txt", "boilerplate", "social/follow", "Follow Us", false},
		{"/x/blog/b.txt", "boilerplate", "nav/related", "Related Articles", false},
	} {
		if got := c.Suppressed(tc.path, tc.rule, tc.cat, tc.text); got != tc.want {
			t.Errorf("%+v: got %v", tc, got)
		}
	}
	if _, err := Parse("t.yaml", "/x", []byte("suppress:\n  - {rule: missing-space, file: \"a[\"}\n")); err == nil || !strings.Contains(err.Error(), "bad glob") {
		t.Errorf("bad glob: %v", err)
	}
}
