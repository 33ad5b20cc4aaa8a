// Package rules holds stylelint's rules, one per file with its test beside
// it. Each registers itself with internal/registry, through which the
// configuration builds them; importing this package registers them all.
package rules

import (
	"fmt"

	"github.com/stylelint-dev/stylelint/internal/registry"
)

// The registry's types, by their names in this package.
type (
	Name    = registry.Name
	Context = registry.Context
	Spec    = registry.Spec
)

func register(s Spec) { registry.Register(s) }

// All returns every rule's spec, sorted by ID (the order rules run in).
func All() []Spec { return registry.All() }

// Lookup finds a rule's spec by ID.
func Lookup(id string) (Spec, bool) { return registry.Lookup(id) }

// noOptions is the decode step of a rule without options: it only
// rejects unknown keys.
func noOptions(decode func(any) error) error {
	var none struct{}
	return decode(&none)
}

func errorf(format string, args ...any) error { return fmt.Errorf(format, args...) }
