package rules

import (
	"github.com/stylelint-dev/stylelint/internal/lint"
)

// invalidUTF8 reports bytes that are not valid UTF-8, once per file, at the
// first run of bad bytes. The rest of the file is still linted, and --fix never edits near
// the bad bytes.
type invalidUTF8 struct{}

var invalidUTF8Meta = lint.Meta{
	ID:       "invalid-utf8",
	Doc:      "Bytes that are not valid UTF-8 (reported once per file; --fix keeps them as they are).",
	Severity: lint.Warning,
}

func init() {
	register(Spec{
		Meta: invalidUTF8Meta,
		New: func(_ *Context, decode func(any) error) (lint.Rule, error) {
			return invalidUTF8{}, noOptions(decode)
		},
	})
}

func (invalidUTF8) Meta() lint.Meta { return invalidUTF8Meta }

func (invalidUTF8) Check(p *lint.Pass) {
	bad := p.Doc.InvalidUTF8()
	if len(bad) == 0 {
		return
	}
	end := bad[0] + 1
	for i := 1; i < len(bad) && bad[i] == end; i++ {
		end++
	}
	p.Reportf(bad[0], end, nil, "file is not valid UTF-8: %d invalid byte(s), the first here (is it in another encoding?)", len(bad))
}
