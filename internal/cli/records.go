package cli

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/stylelint-dev/stylelint/internal/format"
	"github.com/stylelint-dev/stylelint/internal/lint"
)

// Record mode (--input jsonl): every line of the inputs is a JSON object,
// one document in its text field, as C4, Dolma, datatrove and most crawl
// exports store corpora. Each record is linted as a document of one run
// (the run-wide rules see every record of the invocation); findings carry
// the record's file, line and id, byte offsets into its text and
// code-point offsets; --fix writes the records back with only the text
// field's value changed.

// record is one line of a JSONL input.
type record struct {
	file string
	line int
	raw  []byte // the line, without its end
	// What --fix writes back around it: the line's own end (LF, CRLF or
	// none on a last line) and the file's byte-order mark.
	ending []byte
	bom    bool
	// For a good record: its id (the JSON value as written, or the line
	// number when the record has none), its text, and where the text
	// field's value lies in raw.
	id         json.RawMessage
	text       []byte
	start, end int
	bad        string // why the record cannot be linted; "" if it can
}

// fieldPath splits a dotted field path (meta.text) into its keys.
func fieldPath(p string) []string { return strings.Split(p, ".") }

// locate finds the value at path in the JSON object raw and returns its
// byte range, or an error saying what is wrong.
func locate(raw []byte, path []string) (int, int, error) {
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

// readRecords reads the records of one input (a file, .gz streamed, or
// stdin for "-"), judging each.
func readRecords(name string, stdin io.Reader, idPath, textPath []string, limit int64, seen map[string]string, add func(*record)) error {
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
	br := bufio.NewReaderSize(r, 1<<20)
	if magic, _ := br.Peek(2); len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return err
		}
		defer zr.Close()
		br = bufio.NewReaderSize(zr, 1<<20)
	}
	display := name
	if name == "-" {
		display = "<stdin>"
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
		rec := &record{file: display, line: n, raw: raw, ending: line[len(raw):]}
		if n == 1 && bytes.HasPrefix(raw, []byte("\ufeff")) {
			// A byte-order mark starts the file, not the record; --fix
			// writes it back.
			rec.raw, rec.bom = raw[3:], true
		}
		judge(rec, idPath, textPath, limit, seen)
		add(rec)
		if err == io.EOF {
			return nil
		}
	}
}

// judge parses a record: its text, its id, and whether it can be linted.
func judge(rec *record, idPath, textPath []string, limit int64, seen map[string]string) {
	if len(bytes.TrimSpace(rec.raw)) == 0 {
		rec.bad = "empty line"
		return
	}
	if !utf8.Valid(rec.raw) {
		// Decoding would turn the bad bytes into U+FFFD, and --fix would
		// write them back so: the record is left as it is.
		rec.bad = "invalid UTF-8"
		return
	}
	if !json.Valid(rec.raw) {
		rec.bad = "invalid JSON"
		return
	}
	start, end, err := locate(rec.raw, textPath)
	if err != nil {
		rec.bad = fmt.Sprintf("text field %q: %v", strings.Join(textPath, "."), err)
		return
	}
	var text string
	if rec.raw[start] != '"' || json.Unmarshal(rec.raw[start:end], &text) != nil {
		rec.bad = fmt.Sprintf("text field %q is not a string", strings.Join(textPath, "."))
		return
	}
	if limit > 0 && int64(len(text)) > limit {
		rec.bad = fmt.Sprintf("text of %d bytes is over --max-file-size", len(text))
		return
	}
	rec.text, rec.start, rec.end = []byte(text), start, end
	if s, e, err := locate(rec.raw, idPath); err == nil {
		rec.id = json.RawMessage(rec.raw[s:e])
		key := string(rec.id)
		if first, dup := seen[key]; dup {
			rec.bad = fmt.Sprintf("duplicate id %s (first at %s)", key, first)
			rec.text = nil
			return
		}
		seen[key] = fmt.Sprintf("%s:%d", rec.file, rec.line)
	} else if !errors.Is(err, errMissing) {
		rec.bad = fmt.Sprintf("id field %q: %v", strings.Join(idPath, "."), err)
		return
	}
}

// path is how a record is named in findings: FILE#ID, or FILE:LINE for a
// record without an id.
func (rec *record) path() string {
	if len(rec.id) == 0 {
		return fmt.Sprintf("%s:%d", rec.file, rec.line)
	}
	var s string
	if json.Unmarshal(rec.id, &s) == nil {
		return rec.file + "#" + s
	}
	return rec.file + "#" + string(rec.id)
}

// withText returns the record with its text field's value replaced by
// text, every other byte as it was.
func (rec *record) withText(text []byte) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(string(text)); err != nil {
		return nil, err
	}
	val := bytes.TrimRight(b.Bytes(), "\n")
	out := make([]byte, 0, len(rec.raw)+len(val)-(rec.end-rec.start))
	out = append(out, rec.raw[:rec.start]...)
	out = append(out, val...)
	return append(out, rec.raw[rec.end:]...), nil
}

// cpOffset converts a byte offset of text into a code-point offset.
func cpOffset(text []byte, off int) int { return utf8.RuneCount(text[:min(off, len(text))]) }

// recordFormats are the formats only record mode writes: a line per
// record.
var recordFormats = map[string]bool{"attributes": true, "summary": true}

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

// attributeName is a rule's attribute in Dolma's naming.
func attributeName(rule string) string { return "stylelint__" + strings.ReplaceAll(rule, "-", "_") }

// recordsOptions are what record mode takes from the command line.
type recordsOptions struct {
	inputs           []string
	idPath, textPath []string
	fix, unsafe      bool
	output           string
	format           string
	limit            int64
	verbose          bool
}

// betweenPasses runs between the two passes of a run-wide record run
// (tests change a file there).
var betweenPasses = func() {}

// batchRecords is how many records a batch holds when no run-wide rule
// is on: each batch is linted and written before the next is read, so
// memory is bounded by the batch, not the corpus.
var batchRecords = 2000

// runRecords lints the records of the inputs and writes findings (or, with
// fix, the fixed records), returning the exit code.
func runRecords(o recordsOptions, setup *lint.Setup, formatter format.Formatter, fopts format.Options, failLevel lint.Severity, stdin io.Reader, stdout, stderr io.Writer) int {
	errf := func(format string, args ...any) { fmt.Fprintf(stderr, "stylelint: "+format+"\n", args...) }
	// The run-wide rules see every record of the invocation: with one on,
	// all records are one batch.
	batch := batchRecords
	runWide := false
	for _, a := range setup.RulesFor(o.inputs[0] + "#") {
		runWide = runWide || a.Severity != lint.Off && a.Rule.Meta().Corpus
	}
	// With one on, the files are read twice: a first pass gathers the
	// run-wide facts batch by batch, the second lints and writes the
	// batches with the run's findings. Standard input cannot be read
	// twice: it is one batch.
	var late map[int][]lint.Diagnostic
	var paths []string // the first pass's records, in order
	twoPass := runWide && !slices.Contains(o.inputs, "-")
	if runWide && !twoPass {
		batch = 0
	}
	if twoPass {
		facts := lint.NewFacts(setup)
		var buf []lint.Input
		flush := func() {
			facts.Collect(buf, len(paths)-len(buf))
			buf = buf[:0]
		}
		seen := map[string]string{}
		for _, name := range o.inputs {
			// Errors and bad records are reported by the second pass.
			readRecords(name, stdin, o.idPath, o.textPath, o.limit, seen, func(r *record) {
				if r.bad != "" {
					return
				}
				paths = append(paths, r.path())
				buf = append(buf, lint.Input{Path: r.path(), Data: r.text, Explicit: true})
				if len(buf) >= batch {
					flush()
				}
			})
		}
		flush()
		late = facts.Finish(func(i int) string { return paths[i] })
		betweenPasses()
	}
	out := stdout
	var file *os.File
	if o.fix && o.output != "" {
		// Written beside the target and renamed over it at the end: an
		// interrupted run leaves the old file whole, and -o may name an
		// input (it is read whole before the rename).
		f, err := os.CreateTemp(filepath.Dir(o.output), "."+filepath.Base(o.output)+".*.tmp")
		if err != nil {
			errf("--output: %v", err)
			return ExitError
		}
		defer os.Remove(f.Name()) // after a successful rename, nothing to remove
		file, out = f, f
	}
	w := bufio.NewWriterSize(out, 1<<20)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	var findings []lint.Finding // for the formats that need them all
	hadError, failing := false, false
	total, bad, linted, changed, batches := 0, 0, 0, 0, 0
	var writeErr error

	process := func(recs []*record) {
		batches++
		var inputs []lint.Input
		var good []*record // good[i] is the record of inputs[i]
		for _, r := range recs {
			if r.bad != "" {
				errf("%s:%d: %s; record not linted", r.file, r.line, r.bad)
				bad++
				continue
			}
			inputs = append(inputs, lint.Input{Path: r.path(), Data: r.text, Explicit: true})
			good = append(good, r)
		}
		var results []lint.Result
		if twoPass {
			for i, in := range inputs {
				if linted+i >= len(paths) || paths[linted+i] != in.Path {
					// The run-wide findings are numbered by the first
					// pass: a file that changed since cannot have them.
					errf("%s: changed while it was read twice; its run-wide findings are left out", in.Path)
					hadError = true
					late = nil
					break
				}
			}
			results = lint.RunBatch(setup, inputs, linted, late)
		} else {
			results = lint.Run(setup, inputs)
		}
		linted += len(inputs)
		for _, res := range results {
			if res.Err != nil {
				errf("%s: %v", res.Input.Path, res.Err)
				hadError = true
			}
			for _, f := range res.Findings {
				failing = failing || f.Severity >= failLevel
			}
		}
		if o.fix {
			fixed := map[*record][]byte{}
			for i, oc := range lint.FixAll(setup, results, o.unsafe) {
				if oc.Err == nil && oc.Changed() {
					fixed[good[i]] = oc.New
				}
			}
			for _, r := range recs {
				line := r.raw
				if text, ok := fixed[r]; ok {
					if nl, err := r.withText(text); err != nil {
						errf("%s:%d: %v; record written unchanged", r.file, r.line, err)
						hadError = true
					} else {
						line = nl
						changed++
					}
				}
				if r.bom {
					w.WriteString("\ufeff")
				}
				w.Write(line)
				if len(r.ending) > 0 {
					w.Write(r.ending)
				} else {
					w.WriteByte('\n') // records from several inputs must not run together
				}
			}
			return
		}
		for i, res := range results {
			if err := writeRecordFindings(enc, o.format, good[i], res.Findings); err != nil {
				writeErr = err
			}
			if o.format != "jsonl" && o.format != "attributes" && o.format != "summary" {
				findings = append(findings, res.Findings...)
			}
		}
	}

	seen := map[string]string{}
	var buf []*record
	for _, name := range o.inputs {
		err := readRecords(name, stdin, o.idPath, o.textPath, o.limit, seen, func(r *record) {
			total++
			buf = append(buf, r)
			if batch > 0 && len(buf) >= batch {
				process(buf)
				buf = nil
			}
		})
		if err != nil {
			errf("%s: %v", name, err)
			hadError = true
		}
	}
	if len(buf) > 0 {
		process(buf)
	}
	if bad > 0 {
		errf("%d of %d records could not be linted", bad, total)
		hadError = true
	}
	if !o.fix && formatter != nil && o.format != "jsonl" {
		if err := formatter(w, findings, fopts); err != nil {
			writeErr = err
		}
	}
	err := w.Flush()
	if writeErr != nil {
		err = writeErr
	}
	if file != nil {
		if cerr := file.Close(); err == nil {
			err = cerr
		}
		if err == nil {
			if err = os.Chmod(file.Name(), 0o644); err == nil {
				err = os.Rename(file.Name(), o.output)
			}
		}
	}
	if err != nil {
		errf("writing %s: %v", map[bool]string{true: "records", false: "output"}[o.fix], err)
		return ExitError
	}
	if o.verbose {
		how := "one batch (a run-wide rule is on and standard input cannot be read twice)"
		switch {
		case twoPass:
			how = fmt.Sprintf("two passes of %d batches of up to %d (the first gathers the run-wide facts)", batches, batch)
		case batch > 0:
			how = fmt.Sprintf("%d batches of up to %d, each linted and written before the next is read", batches, batch)
		}
		fmt.Fprintf(stderr, "stylelint: %d records in %s\n", total, how)
	}
	switch {
	case o.fix:
		fmt.Fprintf(stderr, "stylelint: %d of %d records fixed\n", changed, total)
	case o.format == "text":
		fmt.Fprintln(stderr, format.Summary(findings, linted)+" (records)")
	}
	switch {
	case hadError:
		return ExitError
	case o.fix && changed > 0, !o.fix && failing:
		return ExitFindings
	}
	return ExitOK
}

// writeRecordFindings writes a record's findings in the record formats
// (jsonl: one per line with the record's file, line, id and code-point
// offsets; attributes; summary); other formats are written at the end.
func writeRecordFindings(enc *json.Encoder, kind string, r *record, fs []lint.Finding) error {
	switch kind {
	case "attributes":
		a := attributesLine{ID: r.id, Attributes: map[string][][3]float64{}}
		if len(a.ID) == 0 {
			a.ID = json.RawMessage(fmt.Sprint(r.line)) // Dolma needs an id: the line
		}
		for k := range fs {
			f := &fs[k]
			score := 1.0
			if f.Confidence > 0 {
				score = f.Confidence
			}
			name := attributeName(f.Rule)
			a.Attributes[name] = append(a.Attributes[name], [3]float64{float64(cpOffset(r.text, f.Start)), float64(cpOffset(r.text, f.End)), score})
		}
		return enc.Encode(a)
	case "summary":
		sl := summaryLine{File: r.file, Record: r.line, ID: r.id, Findings: len(fs), Rules: map[string]int{}}
		for k := range fs {
			sl.Rules[fs[k].Rule]++
		}
		return enc.Encode(sl)
	case "jsonl":
		for k := range fs {
			f := &fs[k]
			j := format.JSONFinding(f)
			j.File, j.Record, j.ID = r.file, r.line, r.id
			cs, ce := cpOffset(r.text, f.Start), cpOffset(r.text, f.End)
			j.CPOffset, j.CPEndOffset = &cs, &ce
			if err := enc.Encode(j); err != nil {
				return err
			}
		}
	}
	return nil
}
