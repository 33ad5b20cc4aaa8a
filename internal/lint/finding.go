package lint

// Span is a resolved range: 1-based lines, code-point columns and byte
// columns, ends exclusive.
type Span struct {
	Pos, EndPos         Position
	ByteCol, EndByteCol int
}

// Finding is a Diagnostic resolved against its document for output.
type Finding struct {
	Diagnostic
	Span
	Path string
	// Source is the text of the finding's first line (for the text format).
	Source string
	// EditSpans[i][j] is the resolved range of Fixes[i].Edits[j].
	EditSpans [][]Span
	// RelatedSpans[i] is the resolved range of Related[i].
	RelatedSpans []Span
}

// Resolve converts a diagnostic's byte offsets into positions.
func (d *Document) Resolve(diag Diagnostic) Finding {
	return d.resolve(diag, d.sourceLine(d.LineOf(diag.Start)), true)
}

// sourceLine is the text of a line as findings show it.
func (d *Document) sourceLine(line int) string {
	src := d.LineText(line)
	if line == 0 {
		src = src[min(d.bomLen, len(src)):] // columns do not count the BOM
	}
	return string(src)
}

func (d *Document) resolve(diag Diagnostic, source string, editSpans bool) Finding {
	f := Finding{Diagnostic: diag, Path: d.Path, Span: d.span(diag.Start, diag.End), Source: source}
	for _, r := range diag.Related {
		f.RelatedSpans = append(f.RelatedSpans, d.span(r.Start, r.End))
	}
	if editSpans && len(diag.Fixes) > 0 {
		f.EditSpans = make([][]Span, len(diag.Fixes))
		for i, fx := range diag.Fixes {
			for _, e := range fx.Edits {
				f.EditSpans[i] = append(f.EditSpans[i], d.span(e.Start, e.End))
			}
		}
	}
	return f
}

func (d *Document) span(start, end int) Span {
	return Span{
		Pos: d.Position(start), EndPos: d.Position(end),
		ByteCol: d.ByteColumn(start), EndByteCol: d.ByteColumn(end),
	}
}
