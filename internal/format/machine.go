package format

import (
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/stylelint-dev/stylelint/internal/lint"
)

type jsonEdit struct {
	Offset    int    `json:"offset"`
	EndOffset int    `json:"end_offset"`
	Text      string `json:"text"`
}

type jsonFix struct {
	Safe  bool       `json:"safe"`
	Edits []jsonEdit `json:"edits"`
}

// JSONObject is a finding as the json and jsonl formats write it.
type JSONObject struct {
	File string `json:"file"`
	// In record mode (--input jsonl): the record's line in its file, its
	// id (as the record wrote it), and the finding's offsets in code
	// points of the record's text (as Python and Dolma index text).
	Record      int             `json:"record,omitempty"`
	ID          json.RawMessage `json:"id,omitempty"`
	CPOffset    *int            `json:"cp_offset,omitempty"`
	CPEndOffset *int            `json:"cp_end_offset,omitempty"`
	Line        int             `json:"line"`
	Column      int             `json:"column"`
	EndLine     int             `json:"end_line"`
	EndColumn   int             `json:"end_column"`
	Offset      int             `json:"offset"`
	EndOffset   int             `json:"end_offset"`
	Rule        string          `json:"rule"`
	Severity    string          `json:"severity"`
	Message     string          `json:"message"`
	Fix         *jsonFix        `json:"fix"`
	// Confidence and Reasons are present only on a model's findings.
	Confidence float64      `json:"confidence,omitempty"`
	Reasons    []jsonReason `json:"reasons,omitempty"`
	// Related: other places the finding refers to.
	Related []jsonRelated `json:"related,omitempty"`
}

type jsonRelated struct {
	Line      int    `json:"line"`
	Column    int    `json:"column"`
	EndLine   int    `json:"end_line"`
	EndColumn int    `json:"end_column"`
	Offset    int    `json:"offset"`
	EndOffset int    `json:"end_offset"`
	Message   string `json:"message"`
}

type jsonReason struct {
	Feature      string  `json:"feature"`
	Contribution float64 `json:"contribution"`
}

// jsonPath is a path for a JSON string: bytes that are not UTF-8 cannot be
// said in JSON (encoding/json would turn each into U+FFFD, and the path
// would name no file), so each is written as the four characters \xNN.
func jsonPath(p string) string {
	if utf8.ValidString(p) {
		return p
	}
	var b strings.Builder
	for i := 0; i < len(p); {
		r, n := utf8.DecodeRuneInString(p[i:])
		if r == utf8.RuneError && n == 1 {
			fmt.Fprintf(&b, "\\x%02x", p[i])
		} else {
			b.WriteString(p[i : i+n])
		}
		i += n
	}
	return b.String()
}

// JSON writes a JSON array, one object per finding (the documented schema).
// Objects are encoded and written one at a time, so a run with a million
// findings never holds its whole output in memory.
func JSON(w io.Writer, findings []lint.Finding, _ Options) error {
	return streamJSON(w, []JSONObject{}, "", 0, len(findings), func(i int) any { return JSONFinding(&findings[i]) })
}

// JSONL writes one finding per line, each the object the json format
// writes: a stream that line-oriented tools (jq -c, grep, split, Spark)
// read without parsing the whole output.
func JSONL(w io.Writer, findings []lint.Finding, _ Options) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for i := range findings {
		if err := enc.Encode(JSONFinding(&findings[i])); err != nil {
			return err
		}
	}
	return nil
}

// JSONFinding is a finding as the json and jsonl formats write it.
func JSONFinding(f *lint.Finding) JSONObject {
	j := JSONObject{
		File: jsonPath(f.Path), Line: f.Pos.Line, Column: f.Pos.Column,
		EndLine: f.EndPos.Line, EndColumn: f.EndPos.Column,
		Offset: f.Diagnostic.Start, EndOffset: f.Diagnostic.End,
		Rule: f.Rule, Severity: f.Severity.String(), Message: f.Message,
	}
	if fx := f.FirstFix(); fx != nil {
		j.Fix = &jsonFix{Safe: fx.Safe, Edits: []jsonEdit{}}
		for _, e := range fx.Edits {
			j.Fix.Edits = append(j.Fix.Edits, jsonEdit{e.Start, e.End, e.New})
		}
	}
	j.Confidence = f.Diagnostic.Confidence
	for _, r := range f.Diagnostic.Reasons {
		j.Reasons = append(j.Reasons, jsonReason{r.Feature, r.Contribution})
	}
	for k, r := range f.Diagnostic.Related {
		if k < len(f.RelatedSpans) {
			sp := f.RelatedSpans[k]
			j.Related = append(j.Related, jsonRelated{sp.Pos.Line, sp.Pos.Column, sp.EndPos.Line, sp.EndPos.Column, r.Start, r.End, r.Message})
		}
	}
	return j
}

// GitHub writes Actions workflow commands, most severe first (GitHub shows
// only the first 10 annotations of each type per step), then a summary.
func GitHub(w io.Writer, findings []lint.Finding, opts Options) error {
	kinds := map[lint.Severity]string{lint.Error: "error", lint.Warning: "warning", lint.Info: "notice"}
	for _, i := range bySeverity(findings) {
		f := findings[i]
		props := []string{
			"file=" + ghProperty(jsonPath(f.Path)),
			fmt.Sprintf("line=%d", f.Pos.Line),
			fmt.Sprintf("endLine=%d", f.EndPos.Line),
		}
		if f.Pos.Line == f.EndPos.Line {
			props = append(props, fmt.Sprintf("col=%d", f.Pos.Column), fmt.Sprintf("endColumn=%d", f.EndPos.Column))
		}
		props = append(props, "title="+ghProperty("stylelint "+f.Rule))
		if _, err := fmt.Fprintf(w, "::%s %s::%s\n", kinds[f.Severity], strings.Join(props, ","), ghData(f.Message)); err != nil {
			return err
		}
	}
	files := opts.Files
	if files == 0 {
		files = countFiles(findings)
	}
	_, err := fmt.Fprintf(w, "stylelint: %s\n", Summary(findings, files))
	return err
}

func countFiles(fs []lint.Finding) int {
	seen := map[string]bool{}
	for _, f := range fs {
		seen[f.Path] = true
	}
	return len(seen)
}

func ghData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

func ghProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}

// Checkstyle writes checkstyle XML, grouping findings by file.
func Checkstyle(w io.Writer, findings []lint.Finding, _ Options) error {
	type xerr struct {
		Line     int    `xml:"line,attr"`
		Column   int    `xml:"column,attr"`
		Severity string `xml:"severity,attr"`
		Message  string `xml:"message,attr"`
		Source   string `xml:"source,attr"`
	}
	type xfile struct {
		Name   string `xml:"name,attr"`
		Errors []xerr `xml:"error"`
	}
	type xroot struct {
		XMLName xml.Name `xml:"checkstyle"`
		Version string   `xml:"version,attr"`
		Files   []xfile  `xml:"file"`
	}
	root := xroot{Version: "4.3"}
	sev := map[lint.Severity]string{lint.Error: "error", lint.Warning: "warning", lint.Info: "info"}
	for _, f := range findings {
		if n := len(root.Files); n == 0 || root.Files[n-1].Name != jsonPath(f.Path) {
			root.Files = append(root.Files, xfile{Name: jsonPath(f.Path)})
		}
		cur := &root.Files[len(root.Files)-1]
		cur.Errors = append(cur.Errors, xerr{f.Pos.Line, f.Pos.Column, sev[f.Severity], f.Message, "stylelint." + f.Rule})
	}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(root); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}

type rdPos struct {
	Line   int `json:"line"`
	Column int `json:"column"`
}

type rdRange struct {
	Start rdPos `json:"start"`
	End   rdPos `json:"end"`
}

type rdSuggestion struct {
	Range rdRange `json:"range"`
	Text  string  `json:"text"`
}

type rdDiagnostic struct {
	Message  string `json:"message"`
	Location struct {
		Path  string  `json:"path"`
		Range rdRange `json:"range"`
	} `json:"location"`
	Severity    string         `json:"severity"`
	Code        rdCode         `json:"code"`
	Suggestions []rdSuggestion `json:"suggestions,omitempty"`
}

type rdCode struct {
	Value string `json:"value"`
}

// RDJSON writes reviewdog's rdjson (columns are 1-based UTF-8 bytes).
func RDJSON(w io.Writer, findings []lint.Finding, _ Options) error {
	sev := map[lint.Severity]string{lint.Error: "ERROR", lint.Warning: "WARNING", lint.Info: "INFO"}
	frame := struct {
		Source      map[string]string `json:"source"`
		Diagnostics []rdDiagnostic    `json:"diagnostics"`
	}{Source: map[string]string{"name": "stylelint"}, Diagnostics: []rdDiagnostic{}}
	return streamJSON(w, frame, "diagnostics", 1, len(findings), func(i int) any {
		f := &findings[i]
		var d rdDiagnostic
		d.Message = f.Message
		d.Location.Path = jsonPath(f.Path)
		d.Location.Range = rdRange{rdPos{f.Pos.Line, f.ByteCol}, rdPos{f.EndPos.Line, f.EndByteCol}}
		d.Severity = sev[f.Severity]
		d.Code = rdCode{Value: f.Rule}
		if fx := f.FirstFix(); fx != nil && fx.Safe {
			for j, e := range fx.Edits {
				s := f.EditSpans[0][j]
				d.Suggestions = append(d.Suggestions, rdSuggestion{
					Range: rdRange{rdPos{s.Pos.Line, s.ByteCol}, rdPos{s.EndPos.Line, s.EndByteCol}},
					Text:  e.New,
				})
			}
		}
		return d
	})
}

// GitLab writes a GitLab Code Quality report with a unique fingerprint per
// finding.
func GitLab(w io.Writer, findings []lint.Finding, _ Options) error {
	type lines struct {
		Begin int `json:"begin"`
		End   int `json:"end"`
	}
	type location struct {
		Path  string `json:"path"`
		Lines lines  `json:"lines"`
	}
	type issue struct {
		Description string   `json:"description"`
		CheckName   string   `json:"check_name"`
		Fingerprint string   `json:"fingerprint"`
		Severity    string   `json:"severity"`
		Location    location `json:"location"`
	}
	sev := map[lint.Severity]string{lint.Error: "major", lint.Warning: "minor", lint.Info: "info"}
	fps := fingerprints(findings)
	return streamJSON(w, []issue{}, "", 0, len(findings), func(i int) any {
		f := &findings[i]
		return issue{
			Description: f.Message, CheckName: f.Rule, Fingerprint: fps[i], Severity: sev[f.Severity],
			Location: location{Path: jsonPath(f.Path), Lines: lines{f.Pos.Line, f.EndPos.Line}},
		}
	})
}
