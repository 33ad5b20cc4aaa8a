package config

import (
	"fmt"
	"strings"

	"github.com/stylelint-dev/stylelint/internal/registry"
)

// Template returns the commented default configuration that
// `stylelint init` writes (and that the repository's .stylelint.yaml is).
func Template() string {
	var b strings.Builder
	b.WriteString("# yaml-language-server: $schema=" + SchemaURL + "\n")
	b.WriteString(`# stylelint configuration. Reference: README.md#configuration
#
# Files linted when a directory is walked (globs relative to this file;
# .gitignore and .ignore are respected, hidden entries are skipped).
files:
  - "**/*.txt"
  - "**/*.md"

# Paths never linted, even when named on the command line.
ignore: []

# Words no rule ever flags (exact spelling), e.g. house names and brands.
vocabulary: []

# Canonical spellings of names for the name-consistency rule; its fix is
# safe for names listed here. Optional variants are always flagged.
#   - name: Zelensky
#     variants: [Zelenskyy, Zelenskiy]
names: []

# Per rule: a severity (off, info, warning, error), or a mapping with
# severity and the rule's options.
rules:
`)
	for _, s := range registry.All() {
		fmt.Fprintf(&b, "  # %s%s\n", s.Doc, fixNote(s))
		fmt.Fprintf(&b, "  %s:\n    severity: %s\n", s.ID, s.Severity)
		for _, line := range strings.Split(strings.TrimRight(s.OptionsYAML(), "\n"), "\n") {
			if line != "" {
				b.WriteString("    " + line + "\n")
			}
		}
	}
	b.WriteString(`
# Per-path changes, applied in order to matching files.
#   - files: ["archive/**"]
#     rules:
#       boilerplate: off
overrides: []
`)
	return b.String()
}

func fixNote(s registry.Spec) string {
	if s.Fixable {
		return " (fixable)"
	}
	return ""
}
