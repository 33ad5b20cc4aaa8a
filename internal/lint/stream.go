package lint

import (
	"sort"
	"sync"
)

// A run too big to hold in memory (a corpus of records) is linted in two
// passes over batches of documents: Facts gathers the run-wide rules'
// facts from every batch (pass one, the documents dropped after each), its
// Finish gives the run's late diagnostics by document number, and RunBatch
// lints each batch again for its own findings with those added (pass two).
// The findings equal Run's on the same documents in one call.

// Facts is pass one of a run in batches.
type Facts struct {
	setup *Setup
	mu    sync.Mutex
	facts map[string][]Fact // by rule ID
	rule  map[string]Rule
}

// NewFacts starts gathering a run's facts.
func NewFacts(setup *Setup) *Facts {
	return &Facts{setup: setup, facts: map[string][]Fact{}, rule: map[string]Rule{}}
}

// Collect reads a batch for the run-wide rules' facts only; its documents
// are numbered first, first+1, ... in the run. What cannot be read is
// skipped (RunBatch reports it).
func (f *Facts) Collect(inputs []Input, first int) {
	s := f.setup
	parallel(s.Jobs, len(inputs), func(i int) {
		src, err := read(inputs[i], s.MaxFileSize)
		if err != nil {
			return
		}
		collected := s.collectOnly(s.document(inputs[i].Path, src))
		f.mu.Lock()
		defer f.mu.Unlock()
		for _, c := range collected {
			id := c.rule.Meta().ID
			f.rule[id] = c.rule
			f.facts[id] = append(f.facts[id], Fact{File: first + i, Value: c.fact})
		}
	})
}

// Finish runs the finish phase over every batch's facts and returns the
// late diagnostics by document number; pathOf names a document (for the
// severity its path is configured with).
func (f *Facts) Finish(pathOf func(file int) string) map[int][]Diagnostic {
	late := map[int][]Diagnostic{}
	ids := make([]string, 0, len(f.facts))
	for id := range f.facts {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		fs := f.facts[id]
		sort.Slice(fs, func(a, b int) bool { return fs[a].File < fs[b].File })
		f.setup.finish(f.rule[id], fs, pathOf, func(file int, d Diagnostic) { late[file] = append(late[file], d) })
	}
	return late
}

// RunBatch lints a batch as Run does, without a finish phase of its own:
// each document's findings, with the late diagnostics the run's finish
// phase gave it (late, by document number; the batch starts at first).
func RunBatch(setup *Setup, inputs []Input, first int, late map[int][]Diagnostic) []Result {
	results := make([]Result, len(inputs))
	parallel(setup.Jobs, len(inputs), func(i int) {
		in := inputs[i]
		res := Result{Input: in}
		src, err := read(in, setup.MaxFileSize)
		if err != nil {
			res.Err = err
			results[i] = res
			return
		}
		doc := setup.document(in.Path, src)
		diags, _ := setup.check(doc) // the facts were gathered in pass one
		res.Findings = resolveAll(doc, setup.filter(doc, diags, true), setup.Omit)
		if ds := late[first+i]; len(ds) > 0 {
			res.Findings = append(res.Findings, resolveAll(doc, setup.filter(doc, ds, false), setup.Omit)...)
		}
		SortFindings(res.Findings)
		results[i] = res
	})
	return results
}
