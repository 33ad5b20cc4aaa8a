// Package rules is the list of stylelint's rules: one package per rule
// under rules/, each registering itself with internal/registry, and
// importing this package registers them all. A rule package imports the
// engine, the shared text analysis (internal/textscan), the lexicon and
// the word classes, never another rule.
package rules

import (
	"github.com/stylelint-dev/stylelint/internal/registry"

	// The rules, one package each, in ID order of what they register.
	_ "github.com/stylelint-dev/stylelint/rules/boilerplate"  // boilerplate
	_ "github.com/stylelint-dev/stylelint/rules/hygiene"      // invalid-utf8, trailing-whitespace
	_ "github.com/stylelint-dev/stylelint/rules/hyphenbreak"  // hyphen-break
	_ "github.com/stylelint-dev/stylelint/rules/missingspace" // missing-space
	_ "github.com/stylelint-dev/stylelint/rules/namecons"     // name-consistency
)

// The registry's types, by their names in this package.
type (
	Name    = registry.Name
	Context = registry.Context
	Spec    = registry.Spec
)

// All returns every rule's spec, sorted by ID (the order rules run in).
func All() []Spec { return registry.All() }

// Lookup finds a rule's spec by ID.
func Lookup(id string) (Spec, bool) { return registry.Lookup(id) }
