package cli

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"

	"github.com/stylelint-dev/stylelint/internal/format"
	"github.com/stylelint-dev/stylelint/internal/lint"
	"github.com/stylelint-dev/stylelint/internal/records"
)

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
			records.Read(name, stdin, o.idPath, o.textPath, o.limit, seen, func(r *records.Record) {
				if r.Bad != "" {
					return
				}
				paths = append(paths, r.Path())
				buf = append(buf, lint.Input{Path: r.Path(), Data: r.Text, Explicit: true})
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

	process := func(recs []*records.Record) {
		batches++
		var inputs []lint.Input
		var good []*records.Record // good[i] is the record of inputs[i]
		for _, r := range recs {
			if r.Bad != "" {
				errf("%s:%d: %s; record not linted", r.File, r.Line, r.Bad)
				bad++
				continue
			}
			inputs = append(inputs, lint.Input{Path: r.Path(), Data: r.Text, Explicit: true})
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
			// FixAll gives outcomes only for the records it had fixes
			// for: they are matched to records by path (unique: a
			// duplicate id is a bad record), never by position.
			byPath := make(map[string]*records.Record, len(good))
			for _, r := range good {
				byPath[r.Path()] = r
			}
			fixed := map[*records.Record][]byte{}
			for _, oc := range lint.FixAll(setup, results, o.unsafe) {
				if r := byPath[oc.Path]; r != nil && oc.Err == nil && oc.Changed() {
					fixed[r] = oc.New
				}
			}
			for _, r := range recs {
				line := r.Raw
				if text, ok := fixed[r]; ok {
					if nl, err := r.WithText(text); err != nil {
						errf("%s:%d: %v; record written unchanged", r.File, r.Line, err)
						hadError = true
					} else {
						line = nl
						changed++
					}
				}
				if r.BOM {
					w.WriteString("\ufeff")
				}
				w.Write(line)
				if len(r.Ending) > 0 {
					w.Write(r.Ending)
				} else {
					w.WriteByte('\n') // records from several inputs must not run together
				}
			}
			return
		}
		for i, res := range results {
			if err := records.WriteFindings(enc, o.format, good[i], res.Findings); err != nil {
				writeErr = err
			}
			if o.format != "jsonl" && o.format != "attributes" && o.format != "summary" {
				findings = append(findings, res.Findings...)
			}
		}
	}

	seen := map[string]string{}
	var buf []*records.Record
	for _, name := range o.inputs {
		err := records.Read(name, stdin, o.idPath, o.textPath, o.limit, seen, func(r *records.Record) {
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
