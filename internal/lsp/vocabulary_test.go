package lsp

import (
	"testing"

	"github.com/stylelint-dev/stylelint/internal/config"
)

func TestVocabularyEdit(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"rules: {}\nvocabulary: []\n", "rules: {}\nvocabulary: [Kardashain]\n"},
		{"vocabulary: [Skims, \"iPhone\"]  # house words\n", "vocabulary: [Skims, \"iPhone\", Kardashain]  # house words\n"},
		{"vocabulary:\n    - Skims\nrules: {}\n", "vocabulary:\n    - Kardashain\n    - Skims\nrules: {}\n"},
		{"vocabulary:\n", "vocabulary:\n  - Kardashain\n"},
		{"vocabulary:", "vocabulary:\n  - Kardashain\n"},
		{"rules: {}", "rules: {}\nvocabulary:\n  - Kardashain\n"},
		{"", "vocabulary:\n  - Kardashain\n"},
	} {
		start, end, text, ok := vocabularyEdit(c.in, "Kardashain")
		if !ok {
			t.Errorf("%q: not edited", c.in)
			continue
		}
		got := c.in[:start] + text + c.in[end:]
		if got != c.want {
			t.Errorf("%q:\n got %q\nwant %q", c.in, got, c.want)
			continue
		}
		if c.in == "" || c.in == "rules: {}" {
			continue // not configs of their own
		}
		// The edited config loads, with the word in its vocabulary.
		cfg, err := config.Parse("test.yaml", ".", []byte(got))
		if err != nil {
			t.Errorf("%q: %v", got, err)
			continue
		}
		if !cfg.VocabularySet()["Kardashain"] {
			t.Errorf("%q: the word is not in the vocabulary", got)
		}
	}
	for _, in := range []string{"vocabulary: &words\n  - a\n", "vocabulary: [a,\n  b]\n"} {
		if _, _, _, ok := vocabularyEdit(in, "x"); ok {
			t.Errorf("%q: edited a form it cannot edit safely", in)
		}
	}
	if got := yamlString("no"); got != `"no"` {
		t.Errorf("yamlString(no) = %s", got)
	}
}
