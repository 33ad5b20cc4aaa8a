package hygiene

import (
	"github.com/stylelint-dev/stylelint/internal/lint"
	"github.com/stylelint-dev/stylelint/internal/registry"
)

// trailingWhitespace reports spaces and tabs at the end of a line and
// deletes them. In Markdown, exactly two trailing spaces are a hard line
// break and are left alone.
type trailingWhitespace struct{}

var trailingWhitespaceMeta = lint.Meta{
	ID:       "trailing-whitespace",
	Doc:      "Spaces or tabs at the end of a line.",
	Severity: lint.Warning,
	Fixable:  true,
}

func init() {
	registry.Register(registry.Spec{
		Explain: `trailing-whitespace finds spaces and tabs at the end of a line.

Never reports: a Markdown hard break (two spaces at the end of a line in
a .md file).

Fix: delete them (safe). No options.`,
		Meta: trailingWhitespaceMeta,
		New: func(_ *registry.Context, decode func(any) error) (lint.Rule, error) {
			return trailingWhitespace{}, registry.NoOptions(decode)
		},
	})
}

func (trailingWhitespace) Meta() lint.Meta { return trailingWhitespaceMeta }

func (trailingWhitespace) Check(p *lint.Pass) {
	t := p.Doc.Text
	for _, ln := range p.Doc.Lines() {
		s := ln.End
		for s > ln.Start && (t[s-1] == ' ' || t[s-1] == '\t') {
			s--
		}
		if s == ln.End {
			continue
		}
		if p.Doc.Markdown && ln.End-s == 2 && t[s] == ' ' && t[s+1] == ' ' && s > ln.Start {
			continue // Markdown hard line break
		}
		p.Reportf(s, ln.End, &lint.Fix{Message: "delete trailing whitespace", Safe: true,
			Edits: []lint.Edit{{Start: s, End: ln.End}}}, "trailing whitespace")
	}
}
