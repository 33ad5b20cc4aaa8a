package lint

import (
	"sort"
	"sync"
)

// Workspace lints documents one at a time against the run-wide facts of a
// whole tree (what a language server needs): the facts of every file are
// collected once, a file's are replaced when it is linted again, and the
// run-wide rules finish over all of them for the document asked about.
type Workspace struct {
	// Ignored, when set, names documents the config's ignore list covers:
	// they are not linted (as a named file is not, on the command line).
	Ignored func(path string) bool

	setup *Setup
	mu    sync.Mutex
	facts map[string][]ruleFact // by path
	tree  map[string]Input      // the files of the workspace, by path
}

// NewWorkspace collects the run-wide facts of the inputs (read from disk).
func NewWorkspace(setup *Setup, inputs []Input) *Workspace {
	w := &Workspace{setup: setup, facts: map[string][]ruleFact{}, tree: map[string]Input{}}
	for _, in := range inputs {
		w.tree[in.Path] = in
		w.Reload(in.Path)
	}
	return w
}

// Reload makes a document's facts those of its file on disk again (after
// its buffer was closed, or the file changed outside the editor). A
// document that is not a file of the workspace (ignored, outside it, or
// unreadable now) is forgotten.
func (w *Workspace) Reload(path string) {
	in, ok := w.tree[path]
	var facts []ruleFact
	if ok {
		src, err := read(in, w.setup.MaxFileSize)
		ok = err == nil
		if ok {
			facts = w.setup.collectOnly(w.setup.document(in.Path, src))
		}
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	if ok {
		w.facts[path] = facts
	} else {
		delete(w.facts, path)
	}
}

// Lint lints one document's current text: its own findings, and the
// run-wide rules' findings about it given the facts of every other file.
func (w *Workspace) Lint(path string, src []byte) []Finding {
	if w.Ignored != nil && w.Ignored(path) {
		return nil
	}
	s := w.setup
	doc := s.document(path, src)
	diags, facts := s.check(doc)
	diags = s.filter(doc, diags, true)
	w.mu.Lock()
	w.facts[path] = facts
	// Every file's facts, this document first, by rule.
	paths := make([]string, 0, len(w.facts))
	for p := range w.facts {
		if p != path {
			paths = append(paths, p)
		}
	}
	sort.Strings(paths)
	paths = append([]string{path}, paths...)
	byRule := map[string][]Fact{}
	rules := map[string]Rule{}
	var order []string
	for i, p := range paths {
		for _, f := range w.facts[p] {
			id := f.rule.Meta().ID
			if _, ok := rules[id]; !ok {
				rules[id] = f.rule
				order = append(order, id)
			}
			byRule[id] = append(byRule[id], Fact{File: i, Value: f.fact})
		}
	}
	w.mu.Unlock()
	sort.Strings(order)
	var late []Diagnostic
	for _, id := range order {
		s.finish(rules[id], byRule[id], func(i int) string { return paths[i] }, func(file int, d Diagnostic) {
			if file == 0 {
				late = append(late, d)
			}
		})
	}
	diags = append(diags, s.filter(doc, late, false)...)
	out := resolveAll(doc, diags, Omit{})
	SortFindings(out)
	return out
}
