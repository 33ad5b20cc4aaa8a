package hygiene

import (
	"github.com/stylelint-dev/stylelint/internal/lint"
	"github.com/stylelint-dev/stylelint/internal/registry"
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
	registry.Register(registry.Spec{
		Explain: `invalid-utf8 reports a file that is not valid UTF-8, once, at its first
bad bytes, with how many there are (and a conversion hint for UTF-16).
Other rules never see those bytes, and --fix never edits near them.

No fix: convert the file (iconv -f ENCODING -t UTF-8). No options.`,
		Meta: invalidUTF8Meta,
		New: func(_ *registry.Context, decode func(any) error) (lint.Rule, error) {
			return invalidUTF8{}, registry.NoOptions(decode)
		},
	})
}

func (invalidUTF8) Meta() lint.Meta { return invalidUTF8Meta }

func (invalidUTF8) Check(p *lint.Pass) {
	runs, n := p.Doc.InvalidUTF8()
	if len(runs) == 0 {
		return
	}
	p.Reportf(int(runs[0][0]), int(runs[0][1]), nil, "file is not valid UTF-8: %d invalid byte(s), the first here (is it in another encoding?)%s", n, encodingHint(p.Doc.Src))
}

// encodingHint names the encoding a byte order mark announces.
func encodingHint(src []byte) string {
	switch {
	case len(src) >= 2 && (src[0] == 0xff && src[1] == 0xfe || src[0] == 0xfe && src[1] == 0xff):
		return "; it starts with a UTF-16 byte order mark: convert it to UTF-8 (iconv -f UTF-16 -t UTF-8)"
	}
	return ""
}
