package cli

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"

	"github.com/stylelint-dev/stylelint/internal/lint"
)

func run(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := Run(args, nil, &out, &errOut)
	return code, out.String(), errOut.String()
}

func writeFiles(t *testing.T, dir string, n int, text string) []string {
	t.Helper()
	var paths []string
	for i := 0; i < n; i++ {
		p := filepath.Join(dir, fmt.Sprintf("f%05d.txt", i))
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	return paths
}

// A signal during --fix stops before the next write: every file is either
// old or new, and no temporary file is left behind.
func TestFixInterruptedLeavesFilesWhole(t *testing.T) {
	dir := t.TempDir()
	const damaged = "She said it was tounnecessary.\n"
	paths := writeFiles(t, dir, 20, damaged)
	saved := notifyInterrupt
	defer func() { notifyInterrupt = saved }()
	notifyInterrupt = func(c chan<- os.Signal) { c <- os.Interrupt }

	code, _, stderr := run(t, "--fix", dir)
	if code != ExitInterrupted || !strings.Contains(stderr, "interrupt") {
		t.Fatalf("exit %d, stderr %q; want %d and a message", code, stderr, ExitInterrupted)
	}
	for _, p := range paths {
		if b, _ := os.ReadFile(p); string(b) != damaged {
			t.Errorf("%s changed after the interrupt: %q", p, b)
		}
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != len(paths) {
		t.Errorf("%d entries in the directory, want %d (temporary files left?)", len(entries), len(paths))
	}
}

// A signal at any phase of --fix is acted on at once and exits 130: after
// linting (nothing written), after the fixes are computed (nothing
// written), after the writes (the files are fixed; the final report is
// not drawn).
func TestFixSignalAtEveryPhase(t *testing.T) {
	const damaged, fixed = "She said it was tounnecessary.\n", "She said it was to unnecessary.\n"
	for _, tc := range []struct{ phase, message, want string }{
		{"linted", "stopped while linting", damaged},
		{"fixes computed", "stopped before", damaged},
		{"written", "stopped after fixing", fixed},
	} {
		dir := t.TempDir()
		paths := writeFiles(t, dir, 3, damaged)
		var sigc chan<- os.Signal
		savedN, savedP := notifyInterrupt, phase
		notifyInterrupt = func(c chan<- os.Signal) { sigc = c }
		phase = func(p string) {
			if p == tc.phase {
				sigc <- syscall.SIGTERM
			}
		}
		code, stdout, stderr := run(t, "--fix", dir)
		notifyInterrupt, phase = savedN, savedP
		if code != ExitInterrupted || !strings.Contains(stderr, tc.message) || stdout != "" {
			t.Errorf("%s: exit %d, stderr %q, stdout %q", tc.phase, code, stderr, stdout)
		}
		for _, p := range paths {
			if b, _ := os.ReadFile(p); string(b) != tc.want {
				t.Errorf("%s: %s is %q", tc.phase, p, b)
			}
		}
	}
}

func TestUnreadableFileIsAnErrorOthersAreLinted(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root reads any file")
	}
	dir := t.TempDir()
	paths := writeFiles(t, dir, 2, "She said it was tounnecessary.\n")
	if err := os.Chmod(paths[0], 0); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := run(t, dir)
	if code != ExitError || !strings.Contains(stderr, "f00000.txt") || !strings.Contains(stdout, "f00001.txt") {
		t.Errorf("exit %d\nstdout %q\nstderr %q", code, stdout, stderr)
	}
}

// --max-file-size refuses a big file with a clear message (no attempt to
// read it), and the other files are still linted.
func TestMaxFileSizeRefusesBigFiles(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "big.txt")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	// A sparse 1 GiB file: costs no disk, and must cost no memory.
	if err := f.Truncate(1 << 30); err != nil {
		t.Fatal(err)
	}
	f.Close()
	small := writeFiles(t, dir, 1, "She said it was tounnecessary.\n")[0]
	code, stdout, stderr := run(t, "--max-file-size", "1048576", big, small)
	if code != ExitError || !strings.Contains(stderr, "over --max-file-size") || !strings.Contains(stdout, "tounnecessary") {
		t.Errorf("exit %d\nstdout %q\nstderr %q", code, stdout, stderr)
	}
	// The default limit (256 MiB) refuses it too.
	if code, _, stderr := run(t, big); code != ExitError || !strings.Contains(stderr, "over --max-file-size") {
		t.Errorf("default limit: exit %d, stderr %q", code, stderr)
	}
	// No limit (0) still stops at what 32-bit positions address: 2 GiB.
	if err := os.Truncate(big, 1<<31); err != nil {
		t.Fatal(err)
	}
	if code, _, stderr := run(t, "--max-file-size", "0", big, small); code != ExitError || !strings.Contains(stderr, "largest document") {
		t.Errorf("--max-file-size 0 on 2 GiB: exit %d, stderr %q", code, stderr)
	}
}

// A 10 MB single line is linted (and fixed) like any other text.
func TestHugeSingleLine(t *testing.T) {
	dir := t.TempDir()
	line := strings.Repeat("The quick brown fox jumps over the lazy dog. ", 10<<20/45) + "It was tounnecessary."
	p := filepath.Join(dir, "line.txt")
	if err := os.WriteFile(p, []byte(line), 0o644); err != nil {
		t.Fatal(err)
	}
	code, stdout, _ := run(t, "--format", "json", p)
	if code != ExitFindings || !strings.Contains(stdout, `"line": 1`) || !strings.Contains(stdout, "missing-space") {
		t.Fatalf("exit %d, output %.300q", code, stdout)
	}
	if code, _, stderr := run(t, "--fix", p); code != ExitFindings && code != ExitOK {
		t.Fatalf("fix: exit %d: %s", code, stderr)
	}
	b, _ := os.ReadFile(p)
	if !strings.HasSuffix(string(b), "It was to unnecessary.") || len(b) != len(line)+1 {
		t.Errorf("fixed line ends %q (len %d, want %d)", b[len(b)-30:], len(b), len(line)+1)
	}
}

// Thousands of files: all linted, output sorted by path.
func TestManyFiles(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, 3000, "She said it was tounnecessary.\n")
	code, stdout, stderr := run(t, "--format", "github", dir)
	if code != ExitFindings {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	lines := strings.Split(strings.TrimSpace(stdout), "\n")
	var files []string
	for _, l := range lines {
		if strings.HasPrefix(l, "::warning file=") {
			files = append(files, strings.SplitN(strings.TrimPrefix(l, "::warning file="), ",", 2)[0])
		}
	}
	if len(files) != 3000 {
		t.Fatalf("%d annotations, want 3000", len(files))
	}
	for i := 1; i < len(files); i++ {
		if files[i-1] >= files[i] {
			t.Fatalf("not sorted: %s before %s", files[i-1], files[i])
		}
	}
}

// --legal names every embedded data source and fitted model, and exits 0.
func TestLegal(t *testing.T) {
	code, out, _ := run(t, "--legal")
	for _, want := range []string{"CC BY-SA 4.0", "rspeer/wordfreq", "compounds.txt", "internal/furniture/model_gen.go", "rules/namecons/name_model_gen.go", "rules/missingspace/missing_space_model_gen.go", "SCOWL", "rare.txt"} {
		if !strings.Contains(out, want) {
			t.Errorf("--legal does not mention %q", want)
		}
	}
	if code != ExitOK {
		t.Errorf("exit %d", code)
	}
}

// --fix writes several files at once, in order: a signal part way leaves
// the first files fixed and the rest unchanged (a prefix, however the
// writers interleave), and one file that cannot be written does not stop
// the others.
func TestWriteFixedInOrder(t *testing.T) {
	dir := t.TempDir()
	const oldText, newText = "old\n", "new\n"
	paths := writeFiles(t, dir, 60, oldText)
	outcomes := make([]lint.FixOutcome, len(paths))
	for i, p := range paths {
		outcomes[i] = lint.FixOutcome{Path: p, Old: []byte(oldText), New: []byte(newText)}
	}
	outcomes[3].New = []byte(oldText) // unchanged: not written
	outcomes[5].Path = filepath.Join(dir, "gone", "f.txt")
	var calls atomic.Int64
	stopped := func() os.Signal {
		if calls.Add(1) > 30 {
			return os.Interrupt
		}
		return nil
	}
	res := writeFixed(outcomes, stopped)
	seenUnwritten := false
	for i, p := range paths {
		b, _ := os.ReadFile(p)
		switch {
		case i == 3:
			if res[i] != errNotWritten || string(b) != oldText {
				t.Errorf("unchanged file: %v, %q", res[i], b)
			}
		case i == 5:
			if res[i] == nil || res[i] == errNotWritten {
				t.Errorf("unwritable file: %v", res[i])
			}
		case res[i] == nil:
			if seenUnwritten || string(b) != newText {
				t.Errorf("%d written after an unwritten file, or not fixed: %q", i, b)
			}
		case res[i] == errNotWritten:
			seenUnwritten = true
			if string(b) != oldText {
				t.Errorf("%d not written but changed: %q", i, b)
			}
		default:
			t.Errorf("%d: %v", i, res[i])
		}
	}
	if !seenUnwritten {
		t.Error("the signal stopped nothing")
	}
	// Not stopped: every changed file is written.
	more := writeFiles(t, t.TempDir(), 20, oldText)
	outcomes = outcomes[:0]
	for _, p := range more {
		outcomes = append(outcomes, lint.FixOutcome{Path: p, Old: []byte(oldText), New: []byte(newText)})
	}
	for i, err := range writeFixed(outcomes, func() os.Signal { return nil }) {
		if b, _ := os.ReadFile(more[i]); err != nil || string(b) != newText {
			t.Errorf("%s: %v, %q", more[i], err, b)
		}
	}
}
