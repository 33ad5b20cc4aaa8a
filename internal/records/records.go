// Package records reads JSON Lines corpora, one document per record in
// its text field, as C4, Dolma, datatrove and most crawl exports store
// them: record mode of the CLI (--input jsonl) and the Beam pipeline
// (beam/) share it. Findings carry the record's file, line and id, byte
// offsets into its text and code-point offsets; a fix writes the record
// back with only the text field's value changed.
package records

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf8"

	"github.com/stylelint-dev/stylelint/internal/format"
	"github.com/stylelint-dev/stylelint/internal/lint"
)

// Record is one line of a JSONL input.
type Record struct {
	File string
	Line int
	Raw  []byte // the line, without its end
	// What --fix writes back around it: the line's own end (LF, CRLF or
	// none on a last line) and the file's byte-order mark.
	Ending []byte
	BOM    bool
	// For a good record: its id (the JSON value as written, or the line
	// number when the record has none), its text, and where the text
	// field's value lies in raw.
	ID         json.RawMessage
	Text       []byte
	Start, End int
	Bad        string // why the record cannot be linted; "" if it can
}

// FieldPath splits a dotted field path (meta.text) into its keys.
func FieldPath(p string) []string { return strings.Split(p, ".") }

// Locate finds the value at path in the JSON object raw and returns its
// byte range, or an error saying what is wrong.
func Locate(raw []byte, path []string) (int, int, error) {
	dec := json.NewDecoder(bytes.NewReader(raw))
	return locateIn(dec, raw, path)
}

func locateIn(dec *json.Decoder, raw []byte, path []string) (int, int, error) {
	t, err := dec.Token()
	if err != nil {
		return 0, 0, err
	}
	if d, ok := t.(json.Delim); !ok || d != '{' {
		return 0, 0, errors.New("not an object")
	}
	for dec.More() {
		kt, err := dec.Token()
		if err != nil {
			return 0, 0, err
		}
		key, _ := kt.(string)
		if key != path[0] {
			var skip json.RawMessage
			if err := dec.Decode(&skip); err != nil {
				return 0, 0, err
			}
			continue
		}
		if len(path) > 1 {
			return locateIn(dec, raw, path[1:])
		}
		start := int(dec.InputOffset())
		for start < len(raw) && (raw[start] == ':' || raw[start] == ' ' || raw[start] == '\t' || raw[start] == '\r' || raw[start] == '\n') {
			start++
		}
		var v json.RawMessage
		if err := dec.Decode(&v); err != nil {
			return 0, 0, err
		}
		return start, int(dec.InputOffset()), nil
	}
	return 0, 0, errMissing
}

var errMissing = errors.New("missing")

// Read reads the records of one input (a file, .gz streamed, or
// stdin for "-"), judging each.
func Read(name string, stdin io.Reader, idPath, textPath []string, limit int64, seen map[string]string, add func(*Record)) error {
	var r io.Reader
	if name == "-" {
		r = stdin
	} else {
		f, err := os.Open(name)
		if err != nil {
			return err
		}
		defer f.Close()
		r = f
	}
	display := name
	if name == "-" {
		display = "<stdin>"
	}
	return Scan(r, display, idPath, textPath, limit, seen, add)
}

// Scan reads the records of r (gzip-compressed or not), named display in
// findings, judging each.
func Scan(r io.Reader, display string, idPath, textPath []string, limit int64, seen map[string]string, add func(*Record)) error {
	br := bufio.NewReaderSize(r, 1<<20)
	if magic, _ := br.Peek(2); len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return err
		}
		defer zr.Close()
		br = bufio.NewReaderSize(zr, 1<<20)
	}
	for n := 1; ; n++ {
		line, err := br.ReadBytes('\n')
		if len(line) == 0 && err == io.EOF {
			return nil
		}
		if err != nil && err != io.EOF {
			return fmt.Errorf("line %d: %w", n, err)
		}
		raw := bytes.TrimRight(line, "\r\n")
		rec := &Record{File: display, Line: n, Raw: raw, Ending: line[len(raw):]}
		if n == 1 && bytes.HasPrefix(raw, []byte("\ufeff")) {
			// A byte-order mark starts the file, not the record; --fix
			// writes it back.
			rec.Raw, rec.BOM = raw[3:], true
		}
		Judge(rec, idPath, textPath, limit, seen)
		add(rec)
		if err == io.EOF {
			return nil
		}
	}
}

// Judge parses a record: its text, its id, and whether it can be linted.
func Judge(rec *Record, idPath, textPath []string, limit int64, seen map[string]string) {
	if len(bytes.TrimSpace(rec.Raw)) == 0 {
		rec.Bad = "empty line"
		return
	}
	if !utf8.Valid(rec.Raw) {
		// Decoding would turn the bad bytes into U+FFFD, and --fix would
		// write them back so: the record is left as it is.
		rec.Bad = "invalid UTF-8"
		return
	}
	if !json.Valid(rec.Raw) {
		rec.Bad = "invalid JSON"
		return
	}
	start, end, err := Locate(rec.Raw, textPath)
	if err != nil {
		rec.Bad = fmt.Sprintf("text field %q: %v", strings.Join(textPath, "."), err)
		return
	}
	var text string
	if rec.Raw[start] != '"' || json.Unmarshal(rec.Raw[start:end], &text) != nil {
		rec.Bad = fmt.Sprintf("text field %q is not a string", strings.Join(textPath, "."))
		return
	}
	if limit > 0 && int64(len(text)) > limit {
		rec.Bad = fmt.Sprintf("text of %d bytes is over --max-file-size", len(text))
		return
	}
	rec.Text, rec.Start, rec.End = []byte(text), start, end
	if s, e, err := Locate(rec.Raw, idPath); err == nil {
		rec.ID = json.RawMessage(rec.Raw[s:e])
		key := string(rec.ID)
		if first, dup := seen[key]; dup {
			rec.Bad = fmt.Sprintf("duplicate id %s (first at %s)", key, first)
			rec.Text = nil
			return
		}
		seen[key] = fmt.Sprintf("%s:%d", rec.File, rec.Line)
	} else if !errors.Is(err, errMissing) {
		rec.Bad = fmt.Sprintf("id field %q: %v", strings.Join(idPath, "."), err)
		return
	}
}

// Path is how a record is named in findings: FILE#ID, or FILE:LINE for a
// record without an id.
func (rec *Record) Path() string {
	if len(rec.ID) == 0 {
		return fmt.Sprintf("%s:%d", rec.File, rec.Line)
	}
	var s string
	if json.Unmarshal(rec.ID, &s) == nil {
		return rec.File + "#" + s
	}
	return rec.File + "#" + string(rec.ID)
}

// WithText returns the record with its text field's value replaced by
// text, every other byte as it was.
func (rec *Record) WithText(text []byte) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(string(text)); err != nil {
		return nil, err
	}
	val := bytes.TrimRight(b.Bytes(), "\n")
	out := make([]byte, 0, len(rec.Raw)+len(val)-(rec.End-rec.Start))
	out = append(out, rec.Raw[:rec.Start]...)
	out = append(out, val...)
	return append(out, rec.Raw[rec.End:]...), nil
}

// CPOffset converts a byte offset of text into a code-point offset.
func CPOffset(text []byte, off int) int { return utf8.RuneCount(text[:min(off, len(text))]) }

// Formats are the formats only record mode writes: a line per
// record.
var Formats = map[string]bool{"attributes": true, "summary": true}

// attributesLine is a record's findings as a Dolma tagger writes spans:
// per attribute "stylelint__<rule>", [start, end, score] in code points of
// the text (the score: a model's confidence, else 1), so that Dolma's
// mixer can filter or repair documents by span.
type attributesLine struct {
	ID         json.RawMessage         `json:"id"`
	Attributes map[string][][3]float64 `json:"attributes"`
}

// summaryLine is a record's findings counted per rule.
type summaryLine struct {
	File     string          `json:"file"`
	Record   int             `json:"record"`
	ID       json.RawMessage `json:"id,omitempty"`
	Findings int             `json:"findings"`
	Rules    map[string]int  `json:"rules"`
}

// AttributeName is a rule's attribute in Dolma's naming.
func AttributeName(rule string) string { return "stylelint__" + strings.ReplaceAll(rule, "-", "_") }

// WriteFindings writes a record's findings in the record formats
// (jsonl: one per line with the record's file, line, id and code-point
// offsets; attributes; summary); other formats are written at the end.
func WriteFindings(enc *json.Encoder, kind string, r *Record, fs []lint.Finding) error {
	switch kind {
	case "attributes":
		a := attributesLine{ID: r.ID, Attributes: map[string][][3]float64{}}
		if len(a.ID) == 0 {
			a.ID = json.RawMessage(fmt.Sprint(r.Line)) // Dolma needs an id: the line
		}
		for k := range fs {
			f := &fs[k]
			score := 1.0
			if f.Confidence > 0 {
				score = f.Confidence
			}
			name := AttributeName(f.Rule)
			a.Attributes[name] = append(a.Attributes[name], [3]float64{float64(CPOffset(r.Text, f.Start)), float64(CPOffset(r.Text, f.End)), score})
		}
		return enc.Encode(a)
	case "summary":
		sl := summaryLine{File: r.File, Record: r.Line, ID: r.ID, Findings: len(fs), Rules: map[string]int{}}
		for k := range fs {
			sl.Rules[fs[k].Rule]++
		}
		return enc.Encode(sl)
	case "jsonl":
		for k := range fs {
			f := &fs[k]
			j := format.JSONFinding(f)
			j.File, j.Record, j.ID = r.File, r.Line, r.ID
			cs, ce := CPOffset(r.Text, f.Start), CPOffset(r.Text, f.End)
			j.CPOffset, j.CPEndOffset = &cs, &ce
			if err := enc.Encode(j); err != nil {
				return err
			}
		}
	}
	return nil
}
