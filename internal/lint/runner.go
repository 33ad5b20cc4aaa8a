package lint

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"runtime"
	"sort"
	"sync"
	"sync/atomic"
)

// Input is one document to lint.
type Input struct {
	Path     string // display path (as given, or --stdin-filename)
	File     string // file to read; empty when Data is set (stdin)
	Data     []byte // contents when not read from a file
	Explicit bool   // named on the command line (binary files are errors, not skipped)
	// Context: read only for the run-wide facts (--context-root): only
	// run-wide rules look at it, and nothing is reported for it.
	Context bool
}

// Setup is what the runner needs to know about the configuration.
type Setup struct {
	Env *Env
	// RulesFor returns the rules enabled for a path, in a fixed order.
	RulesFor func(path string) []Active
	// IsMarkdown reports whether a path is Markdown; Mask hides its code.
	IsMarkdown func(path string) bool
	Mask       Masker
	// Jobs is the number of files linted at once (default: the CPU count).
	Jobs int
	// MaxFileSize refuses larger files (0: no limit).
	MaxFileSize int64
	// Progress, if set, is called (from any goroutine) after each file is
	// linted with the number of files done so far.
	Progress func(done int)
	// Suppress, if set, says whether a configured suppression silences a
	// finding (path, rule, category, the flagged text).
	Suppress func(path, rule, category, text string) bool
	// RequireReason reports inline directives without a reason;
	// ReportUnused reports those that silenced nothing.
	RequireReason, ReportUnused bool
	// Stopped, if set, is asked before each file is linted or fixed: once
	// it says true (a signal arrived), the remaining files are skipped.
	Stopped func() bool
	// Omit leaves out the parts of a Finding that the output format never
	// reads: a big run need not hold every flagged line's text, nor the
	// positions of every fix's edits.
	Omit Omit
}

// Omit names optional parts of a Finding.
type Omit struct {
	Source    bool // Finding.Source stays empty
	EditSpans bool // Finding.EditSpans stays nil
}

// ErrBinary is returned for files that look binary.
var ErrBinary = errors.New("binary file")

// Result is the outcome for one input.
type Result struct {
	Input    Input
	Findings []Finding
	Err      error // could not be linted (I/O, binary, too large)
	Skipped  bool  // binary file found by walking a directory: silently skipped
	hash     [32]byte
}

// Run lints all inputs and returns one result per input, in input order,
// with findings sorted by position and rule.
func Run(setup *Setup, inputs []Input) []Result {
	results := make([]Result, len(inputs))
	facts := map[string][]Fact{} // by rule ID: an override never splits a run
	rule := map[string]Rule{}
	var order []string // corpus rule IDs in first-seen order
	var mu sync.Mutex
	var done atomic.Int64

	parallel(setup.Jobs, len(inputs), func(i int) {
		if setup.stopped() {
			results[i] = Result{Input: inputs[i], Skipped: true}
			return
		}
		if setup.Progress != nil {
			defer func() { setup.Progress(int(done.Add(1))) }()
		}
		in := inputs[i]
		res := Result{Input: in}
		src, err := read(in, setup.MaxFileSize)
		if err != nil {
			res.Err = err
			res.Skipped = errors.Is(err, ErrBinary) && !in.Explicit
			results[i] = res
			return
		}
		res.hash = sha256.Sum256(src)
		doc := setup.document(in.Path, src)
		var diags []Diagnostic
		var collected []ruleFact
		if in.Context {
			collected = setup.collectOnly(doc)
		} else {
			diags, collected = setup.check(doc)
			diags = setup.filter(doc, diags, true)
		}
		res.Findings = resolveAll(doc, diags, setup.Omit)
		results[i] = res
		if len(collected) > 0 {
			mu.Lock()
			for _, c := range collected {
				id := c.rule.Meta().ID
				if _, seen := facts[id]; !seen {
					order = append(order, id)
					rule[id] = c.rule
				}
				facts[id] = append(facts[id], Fact{File: i, Value: c.fact})
			}
			mu.Unlock()
		}
	})

	// Finish phase: corpus rules see every file's facts.
	late := map[int][]Diagnostic{}
	sort.Strings(order)
	for _, id := range order {
		fs := facts[id]
		sort.Slice(fs, func(a, b int) bool { return fs[a].File < fs[b].File })
		setup.finish(rule[id], fs, func(file int) string { return inputs[file].Path }, func(file int, d Diagnostic) {
			late[file] = append(late[file], d)
		})
	}
	for file, ds := range late {
		res := &results[file]
		if res.Input.Context {
			continue // facts only: nothing is reported for it
		}
		src, err := reread(res.Input, res.hash)
		if err != nil {
			res.Err = err
			continue
		}
		doc := setup.document(res.Input.Path, src)
		res.Findings = append(res.Findings, resolveAll(doc, setup.filter(doc, ds, false), setup.Omit)...)
	}
	for i := range results {
		SortFindings(results[i].Findings)
	}
	return results
}

// stopped reports whether the run was asked to stop.
func (s *Setup) stopped() bool { return s.Stopped != nil && s.Stopped() }

func severityOf(setup *Setup, path string, r Rule) Severity {
	id := r.Meta().ID
	for _, a := range setup.RulesFor(path) {
		if a.Rule.Meta().ID == id {
			return a.Severity
		}
	}
	return r.Meta().Severity
}

func (s *Setup) document(path string, src []byte) *Document {
	md := s.IsMarkdown != nil && s.IsMarkdown(path)
	var mask Masker
	if md {
		mask = s.Mask
	}
	return NewDocument(path, src, md, mask)
}

// ruleFact is what one corpus rule collected from one document.
type ruleFact struct {
	rule Rule
	fact any
}

// check runs the rules in force for doc: file rules' diagnostics, and the
// facts the corpus rules collected for the finish phase.
func (s *Setup) check(doc *Document) ([]Diagnostic, []ruleFact) {
	var out []Diagnostic
	var facts []ruleFact
	for _, a := range s.RulesFor(doc.Path) {
		if a.Severity == Off {
			continue
		}
		p := NewPass(doc, s.Env, a.Rule.Meta().ID, a.Severity, &out)
		switch r := a.Rule.(type) {
		case CorpusRule:
			if fact := r.Collect(p); fact != nil {
				facts = append(facts, ruleFact{a.Rule, fact})
			}
		case FileRule:
			r.Check(p)
		}
		p.Flush()
	}
	return out, facts
}

// collectOnly runs the run-wide rules on a context document for their
// facts, dropping what they report about it.
func (s *Setup) collectOnly(doc *Document) []ruleFact {
	var discard []Diagnostic
	var facts []ruleFact
	for _, a := range s.RulesFor(doc.Path) {
		r, ok := a.Rule.(CorpusRule)
		if !ok || a.Severity == Off {
			continue
		}
		if fact := r.Collect(NewPass(doc, s.Env, a.Rule.Meta().ID, a.Severity, &discard)); fact != nil {
			facts = append(facts, ruleFact{a.Rule, fact})
		}
		discard = discard[:0]
	}
	return facts
}

// finish runs a corpus rule's finish phase, filling in the rule ID and the
// severity configured for each reported file's path.
func (s *Setup) finish(r Rule, facts []Fact, pathOf func(file int) string, report func(file int, d Diagnostic)) {
	r.(CorpusRule).Finish(facts, func(file int, d Diagnostic) {
		d.Rule = r.Meta().ID
		if d.Severity == Off {
			d.Severity = severityOf(s, pathOf(file), r)
		}
		report(file, d)
	})
}

func resolveAll(doc *Document, ds []Diagnostic, omit Omit) []Finding {
	out := make([]Finding, len(ds))
	lines := map[int]string{} // findings on one line share its text
	// In the order of the text, so that Position counts each column from
	// the one before (rules report in their own order: name-consistency
	// by name). SortFindings puts the results in their final order.
	sort.SliceStable(ds, func(a, b int) bool { return ds[a].Start < ds[b].Start })
	for i, d := range ds {
		var s string
		if !omit.Source {
			l := doc.LineOf(d.Start)
			var ok bool
			if s, ok = lines[l]; !ok {
				s = doc.sourceLine(l)
				lines[l] = s
			}
		}
		out[i] = doc.resolve(d, s, !omit.EditSpans)
	}
	return out
}

// SortFindings orders findings by position, then rule, then message.
func SortFindings(fs []Finding) {
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := &fs[i], &fs[j]
		if a.Diagnostic.Start != b.Diagnostic.Start {
			return a.Diagnostic.Start < b.Diagnostic.Start
		}
		if a.Rule != b.Rule {
			return a.Rule < b.Rule
		}
		if a.Diagnostic.End != b.Diagnostic.End {
			return a.Diagnostic.End < b.Diagnostic.End
		}
		return a.Message < b.Message
	})
}

// parallel calls fn(i) for i in [0,n) on at most jobs goroutines.
func parallel(jobs, n int, fn func(i int)) {
	if jobs <= 0 {
		jobs = runtime.NumCPU()
	}
	if jobs > n {
		jobs = n
	}
	next := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < jobs; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				fn(i)
			}
		}()
	}
	for i := 0; i < n; i++ {
		next <- i
	}
	close(next)
	wg.Wait()
}

// read returns an input's bytes, refusing binary and oversized files.
// MaxDocSize is the largest document stylelint reads, whatever
// --max-file-size says: rules keep positions as 32-bit offsets where a run
// holds many of them.
const MaxDocSize = math.MaxInt32

func read(in Input, max int64) ([]byte, error) {
	if max <= 0 || max > MaxDocSize {
		if in.File == "" && int64(len(in.Data)) > MaxDocSize || in.File != "" && fileSize(in.File) > MaxDocSize {
			return nil, fmt.Errorf("over %d bytes, the largest document stylelint can address", int64(MaxDocSize))
		}
	}
	if in.File == "" {
		if max > 0 && int64(len(in.Data)) > max {
			return nil, fmt.Errorf("input is %d bytes, over --max-file-size %d", len(in.Data), max)
		}
		if isBinary(in.Data) {
			return nil, ErrBinary
		}
		return in.Data, nil
	}
	f, err := os.Open(in.File)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if st.IsDir() {
		return nil, fmt.Errorf("is a directory")
	}
	if max > 0 && st.Size() > max {
		return nil, fmt.Errorf("file is %d bytes, over --max-file-size %d", st.Size(), max)
	}
	// Always through a limit: a device or a FIFO reports no size, and 0
	// (no --max-file-size) still means the largest addressable document.
	limit := max
	if limit <= 0 || limit > MaxDocSize {
		limit = MaxDocSize
	}
	r := io.LimitReader(f, limit+1)
	// Sized from Stat so a file is read into one buffer (io.ReadAll grows
	// and copies); a file that grows meanwhile is still read whole.
	buf := bytes.NewBuffer(make([]byte, 0, min(st.Size(), limit)+bytes.MinRead))
	if _, err := buf.ReadFrom(r); err != nil {
		return nil, err
	}
	data := buf.Bytes()
	if int64(len(data)) > limit {
		if max > 0 && max <= MaxDocSize {
			return nil, fmt.Errorf("file grew over --max-file-size %d while reading", max)
		}
		return nil, fmt.Errorf("over %d bytes, the largest document stylelint can address", int64(MaxDocSize))
	}
	if isBinary(data) {
		return nil, ErrBinary
	}
	return data, nil
}

// reread reads an input again and checks it did not change since linting.
func reread(in Input, hash [32]byte) ([]byte, error) {
	src, err := read(in, 0)
	if err != nil {
		return nil, err
	}
	if sha256.Sum256(src) != hash {
		return nil, ErrChanged
	}
	return src, nil
}

// ErrChanged means a file changed on disk while stylelint was working on it.
var ErrChanged = errors.New("file changed on disk during the run; skipped")

// fileSize is the size Stat reports, or -1.
func fileSize(name string) int64 {
	st, err := os.Stat(name)
	if err != nil {
		return -1
	}
	return st.Size()
}

// isBinary applies git's heuristic: a NUL byte in the first 8000 bytes.
func isBinary(data []byte) bool {
	head := data
	if len(head) > 8000 {
		head = head[:8000]
	}
	return bytes.IndexByte(head, 0) >= 0
}
