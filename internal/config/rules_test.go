package config

// The configuration finds rules through the registry; its tests use the
// real ones.
import _ "github.com/stylelint-dev/stylelint/rules"
