package lint

import (
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
)

// MaxFixPasses bounds the fix-and-relint loop.
const MaxFixPasses = 10

// fixMargin is how close (in bytes) an edit may come to invalid UTF-8.
const fixMargin = 4

// FixOutcome is what fixing one file did.
type FixOutcome struct {
	Path    string
	Old     []byte
	New     []byte
	Applied map[string]int // rule ID -> fixes applied
	Err     error
}

// Changed reports whether fixing changed the file.
func (o *FixOutcome) Changed() bool { return o.Err == nil && string(o.Old) != string(o.New) }

// FixAll computes fixed contents for every result that has applicable fixes.
// Only files that lint cleanly read are considered; a file whose contents
// changed since Run is skipped with ErrChanged. Nothing is written.
func FixAll(setup *Setup, results []Result, unsafe bool) []FixOutcome {
	var idx []int
	for i := range results {
		if results[i].Err == nil && hasFix(results[i].Findings, unsafe) {
			idx = append(idx, i)
		}
	}
	out := make([]FixOutcome, len(idx))
	parallel(setup.Jobs, len(idx), func(k int) {
		res := &results[idx[k]]
		o := FixOutcome{Path: res.Input.Path, Applied: map[string]int{}}
		if setup.stopped() {
			o.Err = ErrStopped
			out[k] = o
			return
		}
		src := res.Input.Data
		if res.Input.File != "" {
			var err error
			src, err = reread(res.Input, res.hash)
			if err != nil {
				o.Err = err
				out[k] = o
				return
			}
		}
		o.Old = src
		diags := make([]Diagnostic, len(res.Findings))
		for j := range res.Findings {
			diags[j] = res.Findings[j].Diagnostic
		}
		o.New = setup.fixpoint(res.Input.Path, src, diags, unsafe, o.Applied)
		out[k] = o
	})
	return out
}

func hasFix(fs []Finding, unsafe bool) bool {
	for i := range fs {
		for _, f := range fs[i].Fixes {
			if f.Safe || unsafe {
				return true
			}
		}
	}
	return false
}

// fixpoint applies non-overlapping fixes, re-lints, and repeats until
// nothing applies or MaxFixPasses is reached. The first pass uses diags
// (which include the corpus rules' findings over the whole run); later
// passes re-lint the new text alone, corpus rules included (a split that
// uncovers a misspelt name must be fixed now, or a second --fix would
// change the file again).
func (s *Setup) fixpoint(path string, src []byte, diags []Diagnostic, unsafe bool, applied map[string]int) []byte {
	doc := s.document(path, src)
	for pass := 0; pass < MaxFixPasses; pass++ {
		edits, rules := SelectEdits(doc, diags, unsafe)
		if len(edits) == 0 {
			break
		}
		next, err := ApplyEdits(src, edits)
		if err != nil || string(next) == string(src) {
			break
		}
		for _, r := range rules {
			applied[r]++
		}
		src = next
		doc = s.document(path, src)
		diags = s.checkAlone(doc)
	}
	return src
}

// checkAlone lints one document as a run of its own: file rules, and
// corpus rules with this document's fact only.
func (s *Setup) checkAlone(doc *Document) []Diagnostic {
	diags, facts := s.check(doc)
	for _, f := range facts {
		s.finish(f.rule, []Fact{{File: 0, Value: f.fact}}, func(int) string { return doc.Path }, func(_ int, d Diagnostic) {
			diags = append(diags, d)
		})
	}
	return s.filter(doc, diags, false)
}

// SelectEdits picks, in diagnostic order, the first applicable fix of each
// diagnostic whose edits overlap nothing already picked and lie away from
// invalid UTF-8. It returns the edits sorted, and the rule of each fix.
func SelectEdits(doc *Document, diags []Diagnostic, unsafe bool) ([]Edit, []string) {
	ds := make([]*Diagnostic, len(diags))
	for i := range diags {
		ds[i] = &diags[i]
	}
	sort.SliceStable(ds, func(i, j int) bool {
		if ds[i].Start != ds[j].Start {
			return ds[i].Start < ds[j].Start
		}
		return ds[i].Rule < ds[j].Rule
	})
	var chosen []Edit
	var rules []string
	for _, d := range ds {
		for _, f := range d.Fixes {
			if !(f.Safe || unsafe) || !editsValid(doc, f.Edits) || overlapsAny(chosen, f.Edits) {
				continue
			}
			chosen = append(chosen, f.Edits...)
			rules = append(rules, d.Rule)
			break
		}
	}
	sortEdits(chosen)
	return chosen, rules
}

func editsValid(doc *Document, edits []Edit) bool {
	for i, e := range edits {
		if e.Start < 0 || e.End < e.Start || e.End > len(doc.Src) {
			return false
		}
		if doc.NearInvalid(e.Start, e.End, fixMargin) {
			return false
		}
		for _, o := range edits[:i] {
			if overlaps(o, e) {
				return false
			}
		}
	}
	return true
}

// overlaps reports whether two edits touch the same bytes. Two insertions
// at the same offset also conflict (their order would be ambiguous).
func overlaps(a, b Edit) bool {
	switch {
	case a.Start == a.End && b.Start == b.End:
		return a.Start == b.Start
	case a.Start == a.End:
		return b.Start < a.Start && a.Start < b.End
	case b.Start == b.End:
		return a.Start < b.Start && b.Start < a.End
	}
	return a.Start < b.End && b.Start < a.End
}

func overlapsAny(chosen, edits []Edit) bool {
	for _, e := range edits {
		for _, c := range chosen {
			if overlaps(c, e) {
				return true
			}
		}
	}
	return false
}

func sortEdits(es []Edit) {
	sort.SliceStable(es, func(i, j int) bool {
		if es[i].Start != es[j].Start {
			return es[i].Start < es[j].Start
		}
		return es[i].End < es[j].End
	})
}

// ApplyEdits applies sorted, non-overlapping edits to src.
func ApplyEdits(src []byte, edits []Edit) ([]byte, error) {
	out := make([]byte, 0, len(src)+64)
	last := 0
	for _, e := range edits {
		if e.Start < last || e.End < e.Start || e.End > len(src) {
			return nil, fmt.Errorf("edit [%d,%d) out of order or out of range", e.Start, e.End)
		}
		out = append(out, src[last:e.Start]...)
		out = append(out, e.New...)
		last = e.End
	}
	return append(out, src[last:]...), nil
}

// ErrStopped: the run was stopped (Setup.Stopped) before this file.
var ErrStopped = errors.New("stopped")

// Errors of WriteAtomic besides I/O errors.
var (
	// ErrChangedDuringWrite: another writer wrote the file between the
	// last check and the rename; its content was put back.
	ErrChangedDuringWrite = errors.New("changed by another program while being written; its content was kept")
	// ErrHardLinked: the file has other names that would keep the old text.
	ErrHardLinked = errors.New("has other hard links (they would keep the old text); fix a copy or break the link")
	// ErrReadOnly: the file is not writable by its owner or by us.
	ErrReadOnly = errors.New("read-only file")
)

// WriteAtomic replaces path's contents with data, or leaves the file as it
// was and says why. What it guarantees:
//
//   - The file is never seen half-written: the new text is written to a
//     temporary file in the same directory, synced, and renamed over the
//     original (a symlink is followed to its target).
//   - Owner, group and the whole mode (setuid, setgid, sticky) are kept.
//     A file with other hard links is refused (ErrHardLinked): a rename
//     would leave them the old text. A read-only file (no owner write
//     bit, or not writable by us) is refused (ErrReadOnly).
//   - Nothing another program wrote is lost, if it wrote before the
//     rename: the file must still hold want just before the rename
//     (ErrChanged), and the original, kept open, is read again after it;
//     if someone wrote it in between, their text is put back
//     (ErrChangedDuringWrite). A program that keeps the file open and
//     writes after the rename writes to the old, unlinked file: that
//     cannot be seen from here.
//   - No temporary file outlives the run, except when the process is
//     killed (SIGKILL) while writing: temporary names carry the process
//     ID, and the next WriteAtomic in that directory removes those of
//     processes that are gone.
func WriteAtomic(path string, want, data []byte) error { return writeAtomic(path, want, data, true) }

// writeAtomic is WriteAtomic; recheck reads the original again after the
// rename (not when putting another writer's text back).
func writeAtomic(path string, want, data []byte, recheck bool) error {
	target, err := filepath.EvalSymlinks(path)
	if err != nil {
		return err
	}
	orig, err := os.Open(target)
	if err != nil {
		return err
	}
	defer orig.Close()
	st, err := orig.Stat()
	if err != nil {
		return err
	}
	if err := writable(target, st); err != nil {
		return err
	}
	dir := filepath.Dir(target)
	removeStaleTemps(dir)
	tmp, err := os.CreateTemp(dir, tempPattern(filepath.Base(target)))
	if err != nil {
		return err
	}
	name := tmp.Name()
	ok := false
	defer func() {
		if !ok {
			tmp.Close()
			os.Remove(name)
		}
	}()
	if _, err := tmp.Write(data); err != nil {
		return err
	}
	if err := keepIdentity(tmp, st); err != nil {
		return err
	}
	if err := tmp.Sync(); err != nil {
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	// Last check before the rename: has someone else written the file?
	cur, err := io.ReadAll(orig)
	if err != nil {
		return err
	}
	if string(cur) != string(want) {
		return ErrChanged
	}
	if beforeRename != nil && recheck {
		beforeRename(target)
	}
	if err := os.Rename(name, target); err != nil {
		return err
	}
	ok = true
	// And after it: did someone write the original in between?
	if !recheck {
		return nil
	}
	after, err := io.ReadAll(io.NewSectionReader(orig, 0, 1<<62))
	if err == nil && string(after) != string(want) {
		if err := writeAtomic(target, data, after, false); err != nil {
			return fmt.Errorf("changed by another program while being written, and its content could not be put back: %w", err)
		}
		return ErrChangedDuringWrite
	}
	return nil
}

// beforeRename, when set (by tests), runs between the last check and the
// rename: where a concurrent writer is hardest to see.
var beforeRename func(path string)

// tempPrefix starts every temporary file name; the process ID follows.
const tempPrefix = ".stylelint-"

// tempPattern names the temporary file of base: the file name (so a
// person who sees it knows what it is), the process ID (so a later run can
// tell it is stale), and os.CreateTemp's random part. A long base is
// replaced by its hash, so the name fits in NAME_MAX (255 bytes).
func tempPattern(base string) string {
	if len(base) > 180 {
		h := fnv.New64a()
		h.Write([]byte(base))
		base = fmt.Sprintf("%016x", h.Sum64())
	}
	return fmt.Sprintf("%s%d-%s.*", tempPrefix, os.Getpid(), base)
}

// swept holds the directories removeStaleTemps has cleaned in this run.
var swept sync.Map

// removeStaleTemps removes the temporary files of processes that no longer
// run (killed while writing) from dir, once per directory and run (a
// listing per write would make fixing every file of a directory quadratic
// in its size).
func removeStaleTemps(dir string) {
	if _, done := swept.LoadOrStore(dir, true); done {
		return
	}
	names, err := filepath.Glob(filepath.Join(dir, tempPrefix+"*"))
	if err != nil {
		return
	}
	for _, n := range names {
		rest := strings.TrimPrefix(filepath.Base(n), tempPrefix)
		pidText, _, ok := strings.Cut(rest, "-")
		pid, err := strconv.Atoi(pidText)
		if !ok || err != nil || pid == os.Getpid() || processAlive(pid) {
			continue
		}
		os.Remove(n)
	}
}
