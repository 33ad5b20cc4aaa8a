// Package registry is where rules declare themselves and where the
// configuration finds them: a rule package registers its Spec in an init
// function, and the config builds configured instances through the
// registry without importing any rule (the composition root, cmd/stylelint
// and the CLI, imports the rule packages).
package registry

import (
	"sort"
	"sync"

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
	// Defaults is the rule's options struct holding the default values
	// (nil if the rule has none): the one place the defaults are written.
	// New starts from a copy of it; `stylelint init`, `stylelint explain`
	// and the config's JSON Schema render it (field names from the yaml
	// tags, comments from the doc tags).
	Defaults any
	// Explain says what the rule catches and why, with examples of what
	// it reports and what it never reports, and how safe its fixes are
	// (`stylelint explain`, SARIF's help text).
	Explain string
	// New builds an instance. decode fills a struct from the user's options
	// (unknown keys and wrong types are errors with positions).
	New func(ctx *Context, decode func(any) error) (lint.Rule, error)
}

var (
	mu    sync.Mutex
	specs []Spec
)

// Register adds a rule; registering an ID twice panics (a programming
// error, found by any test that imports the rules).
func Register(s Spec) {
	mu.Lock()
	defer mu.Unlock()
	for _, o := range specs {
		if o.ID == s.ID {
			panic("registry: rule " + s.ID + " registered twice")
		}
	}
	specs = append(specs, s)
	sort.Slice(specs, func(i, j int) bool { return specs[i].ID < specs[j].ID })
}

// All returns every registered rule's spec, sorted by ID (the order rules
// run in).
func All() []Spec {
	mu.Lock()
	defer mu.Unlock()
	return append([]Spec(nil), specs...)
}

// Lookup finds a rule's spec by ID.
func Lookup(id string) (Spec, bool) {
	mu.Lock()
	defer mu.Unlock()
	for _, s := range specs {
		if s.ID == id {
			return s, true
		}
	}
	return Spec{}, false
}

// NoOptions is the decode step of a rule without options: it only rejects
// unknown keys.
func NoOptions(decode func(any) error) error {
	var none struct{}
	return decode(&none)
}
