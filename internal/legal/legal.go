// Package legal holds the notices of the data embedded in the binary.
package legal

import (
	_ "embed"
	"strings"
)

//go:embed scowl-copyright.txt
var scowl string

// Text returns the licence notices printed by `stylelint --legal`.
func Text() string {
	var b strings.Builder
	b.WriteString(`stylelint embeds a word list generated from SCOWL (Spell Checker Oriented
Word Lists) 2020.12.07, levels 10-70, by Kevin Atkinson, as packaged by
Debian (package scowl 2020.12.07-2), ordered within each level by the
frequency ranks of the npm package popular-english-words 1.0.2 (ISC licence).
The SCOWL copyright and permission notice follows.

`)
	b.WriteString(scowl)
	return b.String()
}
