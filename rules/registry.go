// Package rules holds stylelint's rules, one per file with its test beside
// it, and the registry that the configuration builds them from.
package rules

import (
	"fmt"
	"sort"

	"github.com/stylelint-dev/stylelint/internal/lint"
)

// Name is a canonical spelling declared in the config's `names` list.
type Name struct {
	Canonical string   `yaml:"name"`
	Variants  []string `yaml:"variants"`
}

// Context is what rules may use when they are built.
type Context struct {
	Names []Name
}

// Spec describes a rule and how to build a configured instance of it.
type Spec struct {
	lint.Meta
	// Options is the rule's options as commented YAML with their defaults
	// (for `stylelint init` and the README); empty if it has none.
	Options string
	// OptionsType is a zero value of the rule's options struct (nil if it
	// has none): the config's JSON Schema is generated from it.
	OptionsType any
	// Explain says what the rule catches and why, with examples of what
	// it reports and what it never reports, and how safe its fixes are
	// (`stylelint explain`, SARIF's help text).
	Explain string
	// New builds an instance. decode fills a struct from the user's options
	// (unknown keys and wrong types are errors with positions).
	New func(ctx *Context, decode func(any) error) (lint.Rule, error)
}

var registry []Spec

func register(s Spec) {
	registry = append(registry, s)
	sort.Slice(registry, func(i, j int) bool { return registry[i].ID < registry[j].ID })
}

// All returns every rule's spec, sorted by ID (the order rules run in).
func All() []Spec { return registry }

// Lookup finds a rule's spec by ID.
func Lookup(id string) (Spec, bool) {
	for _, s := range registry {
		if s.ID == id {
			return s, true
		}
	}
	return Spec{}, false
}

// noOptions is the decode step of a rule without options: it only
// rejects unknown keys.
func noOptions(decode func(any) error) error {
	var none struct{}
	return decode(&none)
}

func errorf(format string, args ...any) error { return fmt.Errorf(format, args...) }
