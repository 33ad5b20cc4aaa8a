package lint

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"
)

func TestPositionsMultibyteCRLFBOM(t *testing.T) {
	lf := NewDocument("a", []byte("héllo wörld\nñ x"), false, nil)
	crlf := NewDocument("b", []byte("héllo wörld\r\nñ x"), false, nil)
	bom := NewDocument("c", []byte("\xef\xbb\xbfhéllo wörld\nñ x"), false, nil)
	// "wörld" starts at byte 7, column 7; "x" on line 2 at column 3.
	if p := lf.Position(7); p != (Position{1, 7}) {
		t.Errorf("lf wörld = %+v", p)
	}
	if p := lf.Position(len("héllo wörld\nñ ")); p != (Position{2, 3}) {
		t.Errorf("lf x = %+v", p)
	}
	if p := crlf.Position(len("héllo wörld\r\nñ ")); p != (Position{2, 3}) {
		t.Errorf("crlf x = %+v", p)
	}
	if p := bom.Position(3 + 7); p != (Position{1, 7}) {
		t.Errorf("bom wörld = %+v", p)
	}
	if got := crlf.Lines(); len(got) != 2 || string(crlf.Src[got[0].Start:got[0].End]) != "héllo wörld" {
		t.Errorf("crlf lines = %+v", got)
	}
	if c := lf.ByteColumn(7); c != 8 {
		t.Errorf("byte column = %d, want 8", c)
	}
}

func TestInvalidUTF8IsMaskedAndGuarded(t *testing.T) {
	d := NewDocument("a", []byte("ok \xff\xfe bad \xff"), false, nil)
	if runs, n := d.InvalidUTF8(); len(runs) != 2 || runs[0] != [2]int32{3, 5} || runs[1] != [2]int32{10, 11} || n != 3 {
		t.Fatalf("invalid = %v, %d bytes", runs, n)
	}
	if d.Text[3] != 0 || d.Src[3] != 0xff {
		t.Error("Text must mask invalid bytes, Src must keep them")
	}
	if !d.NearInvalid(0, 1, 4) || d.NearInvalid(7, 8, 2) || !d.NearInvalid(7, 8, 3) || !d.NearInvalid(12, 12, 2) {
		t.Error("NearInvalid margin wrong")
	}
}

func TestSelectAndApplyEdits(t *testing.T) {
	src := []byte("abcdef")
	d := NewDocument("a", src, false, nil)
	diags := []Diagnostic{
		{Rule: "b", Start: 1, End: 3, Fixes: []Fix{{Safe: true, Edits: []Edit{{Start: 1, End: 3, New: "X"}}}}},
		{Rule: "a", Start: 2, End: 4, Fixes: []Fix{{Safe: true, Edits: []Edit{{Start: 2, End: 4, New: "Y"}}}}}, // overlaps: dropped
		{Rule: "c", Start: 5, End: 5, Fixes: []Fix{{Safe: false, Edits: []Edit{{Start: 5, End: 5, New: " "}}}}},
		{Rule: "d", Start: 0, End: 0, Fixes: []Fix{{Safe: true, Edits: []Edit{{Start: 0, End: 0, New: ">"}}}}},
	}
	edits, rules := SelectEdits(d, diags, false)
	out, err := ApplyEdits(src, edits)
	if err != nil || string(out) != ">aXdef" || len(rules) != 2 {
		t.Fatalf("safe: %q %v %v", out, rules, err)
	}
	edits, _ = SelectEdits(d, diags, true)
	out, _ = ApplyEdits(src, edits)
	if string(out) != ">aXde f" {
		t.Fatalf("unsafe: %q", out)
	}
	if _, err := ApplyEdits(src, []Edit{{Start: 3, End: 4}, {Start: 1, End: 2}}); err == nil {
		t.Error("out-of-order edits must fail")
	}
}

func TestWriteAtomicKeepsModeAndRefusesChangedFiles(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "a.txt")
	os.WriteFile(p, []byte("old"), 0o640)
	if err := WriteAtomic(p, []byte("old"), []byte("new")); err != nil {
		t.Fatal(err)
	}
	st, _ := os.Stat(p)
	if b, _ := os.ReadFile(p); string(b) != "new" || st.Mode().Perm() != 0o640 {
		t.Errorf("got %q mode %v", b, st.Mode())
	}
	if err := WriteAtomic(p, []byte("old"), []byte("newer")); err != ErrChanged {
		t.Errorf("changed file: err = %v", err)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("temp files left behind: %v", entries)
	}
}

func TestRunOrdersAndReportsErrors(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.txt")
	os.WriteFile(a, []byte("x  \ny\t\n"), 0o644)
	setup := &Setup{RulesFor: func(string) []Active { return []Active{{Rule: trailing{}, Severity: Warning}} }, Jobs: 2}
	res := Run(setup, []Input{
		{Path: "missing", File: filepath.Join(dir, "missing")},
		{Path: "a", File: a},
		{Path: "bin", Data: []byte("a\x00b"), Explicit: true},
	})
	if res[0].Err == nil || res[2].Err != ErrBinary || res[2].Skipped {
		t.Errorf("errors: %v / %v skipped=%v", res[0].Err, res[2].Err, res[2].Skipped)
	}
	if f := res[1].Findings; len(f) != 2 || f[0].Pos.Line != 1 || f[1].Pos.Line != 2 {
		t.Errorf("findings: %+v", f)
	}
	out := FixAll(setup, res, false)
	if len(out) != 1 || string(out[0].New) != "x\ny\n" || out[0].Applied["trailing"] != 2 {
		t.Errorf("fix: %+v", out)
	}
}

// trailing is a minimal FileRule for engine tests.
type trailing struct{}

func (trailing) Meta() Meta { return Meta{ID: "trailing", Severity: Warning, Fixable: true} }
func (trailing) Check(p *Pass) {
	for _, l := range p.Doc.Lines() {
		s := l.End
		for s > l.Start && (p.Doc.Text[s-1] == ' ' || p.Doc.Text[s-1] == '\t') {
			s--
		}
		if s < l.End {
			p.Reportf(s, l.End, &Fix{Safe: true, Edits: []Edit{{Start: s, End: l.End}}}, "trailing")
		}
	}
}

func TestRunReportsProgress(t *testing.T) {
	var mu sync.Mutex
	var seen []int
	setup := &Setup{RulesFor: func(string) []Active { return []Active{{Rule: trailing{}, Severity: Warning}} }, Jobs: 3,
		Progress: func(done int) { mu.Lock(); seen = append(seen, done); mu.Unlock() }}
	var inputs []Input
	for i := 0; i < 50; i++ {
		inputs = append(inputs, Input{Path: "x", Data: []byte("text \n")})
	}
	Run(setup, inputs)
	sort.Ints(seen)
	if len(seen) != 50 || seen[0] != 1 || seen[49] != 50 {
		t.Errorf("progress calls %v; want 1..50 once each", seen)
	}
}

// Omit keeps the line text and edit positions out of findings (formats
// that never read them); by default both are there. --fix still works.
func TestRunOmit(t *testing.T) {
	rules := func(string) []Active { return []Active{{Rule: trailing{}, Severity: Warning}} }
	in := []Input{{Path: "a", Data: []byte("x  \n")}}
	full := Run(&Setup{RulesFor: rules}, in)[0].Findings
	if len(full) != 1 || full[0].Source != "x  " || len(full[0].EditSpans) != 1 {
		t.Fatalf("default: %+v", full)
	}
	setup := &Setup{RulesFor: rules, Omit: Omit{Source: true, EditSpans: true}}
	res := Run(setup, in)
	if f := res[0].Findings; len(f) != 1 || f[0].Source != "" || f[0].EditSpans != nil || f[0].Pos != full[0].Pos {
		t.Fatalf("omitted: %+v", f)
	}
	if out := FixAll(setup, res, false); len(out) != 1 || string(out[0].New) != "x\n" {
		t.Errorf("fix with omitted parts: %+v", out)
	}
}

// Position counts from the last position it gave when it can; in any
// order of questions the answers are those of a count from the line start.
func TestPositionCacheMatchesCount(t *testing.T) {
	src := []byte("\xef\xbb\xbfé1 ab\xffc\r\nxÜy z\n\nq")
	d := NewDocument("a", src, false, nil)
	want := func(off int) Position {
		line := d.LineOf(off)
		start := int(d.lineStarts[line])
		if line == 0 {
			start = min(3, off)
		}
		return Position{Line: line + 1, Column: 1 + countRunes(src[start:off])}
	}
	var offs []int
	for i := 3; i <= len(src); i++ {
		if i == len(src) || utf8.RuneStart(src[i]) || src[i] == 0xff {
			offs = append(offs, i)
		}
	}
	order := append(append([]int{}, offs...), offs...)
	for i, j := 0, len(offs); j < len(order); i, j = i+1, j+1 {
		order[j] = offs[len(offs)-1-i] // then backwards
	}
	for _, off := range append(order, 7, 4, 9, 5, 20, 3) {
		if got := d.Position(off); got != want(off) {
			t.Fatalf("Position(%d) = %+v, want %+v", off, got, want(off))
		}
	}
}

// Past MaxPerRule findings of one rule in one file, one finding counts the
// rest: a file with a finding on every line costs memory for MaxPerRule
// findings, not one per line.
func TestFindingsPerRuleAreCapped(t *testing.T) {
	src := []byte(strings.Repeat("x  \n", MaxPerRule+500))
	setup := &Setup{RulesFor: func(string) []Active { return []Active{{Rule: trailing{}, Severity: Warning}} }}
	diags, _ := setup.check(NewDocument("a", src, false, nil))
	if len(diags) != MaxPerRule+1 {
		t.Fatalf("%d diagnostics, want %d", len(diags), MaxPerRule+1)
	}
	last := diags[len(diags)-1]
	if !strings.Contains(last.Message, "and 500 more") || last.Start != 4*MaxPerRule+1 {
		t.Errorf("summary: %+v", last)
	}
}

// Inline directives silence what they name, where they say; a fix never
// applies to a silenced finding.
func TestInlineSuppressions(t *testing.T) {
	src := "x  \n<!-- stylelint-disable-next-line trailing -->\ny  \n<!-- stylelint-disable-line other -->z  \n<!-- stylelint-disable -->\na  \nb  \n<!-- stylelint-enable -->\nc  \n"
	setup := &Setup{RulesFor: func(string) []Active { return []Active{{Rule: trailing{}, Severity: Warning}} }, ReportUnused: true,
		IsMarkdown: func(p string) bool { return strings.HasSuffix(p, ".md") }}
	doc := NewDocument("a.md", []byte(src), true, nil)
	diags, _ := setup.check(doc)
	diags = setup.filter(doc, diags, true)
	var lines []int
	unused := 0
	for _, d := range diags {
		if d.Rule == SuppressionRule {
			unused++
			continue
		}
		lines = append(lines, doc.LineOf(d.Start)+1)
	}
	// x (1), z (4: the directive names another rule), c (9) remain.
	if fmt.Sprint(lines) != "[1 4 9]" || unused != 1 {
		t.Errorf("lines %v, %d unused directives; want [1 4 9] and 1 (the one for other)", lines, unused)
	}
	plain := NewDocument("a.txt", []byte(src), false, nil)
	pd, _ := setup.check(plain)
	if got := setup.filter(plain, pd, true); len(got) != 6 {
		t.Errorf("a plain-text file has no directives: %d findings, want 6", len(got))
	}
	out := setup.fixpoint("a.md", []byte(src), diags, false, map[string]int{})
	if !strings.Contains(string(out), "y  \n") || !strings.Contains(string(out), "a  \nb  \n") || strings.Contains(string(out), "c  \n") {
		t.Errorf("fixed:\n%s", out)
	}
}
