package cli

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Without a run-wide rule, records are linted and written batch by batch:
// the output is the same as in one batch, in order, and a duplicate id in
// a later batch is still caught.
func TestRecordBatches(t *testing.T) {
	dir := t.TempDir()
	var b strings.Builder
	for i := 0; i < 7; i++ {
		fmt.Fprintf(&b, "{\"id\": \"r%d\", \"text\": \"It was tounnecessary, record %d.\"}\n", i, i)
	}
	b.WriteString("{\"id\": \"r1\", \"text\": \"again\"}\n")
	p := filepath.Join(dir, "c.jsonl")
	if err := os.WriteFile(p, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"--input", "jsonl", "--select", "missing-space", "--format", "jsonl", p},
		{"--input", "jsonl", "--select", "missing-space", "--fix", p},
	} {
		old := batchRecords
		batchRecords = 1 << 30
		code1, out1, err1 := run(t, args...)
		batchRecords = 2
		code2, out2, err2 := run(t, args...)
		batchRecords = old
		if code1 != code2 || out1 != out2 || err1 != err2 {
			t.Errorf("%v: one batch (%d)\n%s%s\nbatches of 2 (%d)\n%s%s", args, code1, out1, err1, code2, out2, err2)
		}
		if !strings.Contains(err2, `c.jsonl:8: duplicate id "r1" (first at`) || code2 != ExitError {
			t.Errorf("%v: %d %s", args, code2, err2)
		}
	}
	if _, out, _ := run(t, "--input", "jsonl", "--select", "missing-space", "--format", "jsonl", p); strings.Count(out, "\n") != 7 {
		t.Errorf("want 7 findings, got %s", out)
	}
	old := batchRecords
	defer func() { batchRecords = old }()
	batchRecords = 2
	if _, _, errOut := run(t, "--verbose", "--input", "jsonl", "--select", "missing-space", "--format", "jsonl", p); !strings.Contains(errOut, "8 records in 4 batches of up to 2") {
		t.Errorf("local rules: want batches, got %s", errOut)
	}
	if _, _, errOut := run(t, "--verbose", "--input", "jsonl", "--format", "jsonl", p); !strings.Contains(errOut, "8 records in two passes of 4 batches of up to 2") {
		t.Errorf("with the run-wide rules on: want two passes, got %s", errOut)
	}
}

// With the run-wide rules on, two passes over batches give the findings
// and fixed records of one batch, the run-wide ones included; standard
// input, which cannot be read twice, is one batch.
func TestRecordTwoPasses(t *testing.T) {
	dir := t.TempDir()
	var b strings.Builder
	for i := 0; i < 9; i++ {
		text := "Andreas Weber wrote it. Andreas Weber fixed it. Andreas Kuhn helped. It was tounnecessary."
		if i == 7 {
			text = "Thanks to Andraes Weber for the patch."
		}
		fmt.Fprintf(&b, "{\"id\": %d, \"text\": %q}\n", i, text)
	}
	p := filepath.Join(dir, "c.jsonl")
	if err := os.WriteFile(p, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	old := batchRecords
	defer func() { batchRecords = old }()
	for _, args := range [][]string{
		{"--input", "jsonl", "--format", "jsonl", p},
		{"--input", "jsonl", "--fix", "--unsafe-fixes", p},
		{"--input", "jsonl", "--format", "summary", p},
	} {
		batchRecords = 1 << 30
		code1, out1, err1 := run(t, args...)
		batchRecords = 2
		code2, out2, err2 := run(t, args...)
		if code1 != code2 || out1 != out2 || err1 != err2 {
			t.Errorf("%v: one batch (%d)\n%s%s\ntwo passes (%d)\n%s%s", args, code1, out1, err1, code2, out2, err2)
		}
		if !strings.Contains(out2, "Andraes") && !strings.Contains(out2, "Thanks to Andreas Weber") && !strings.Contains(out2, `"name-consistency":1`) {
			t.Errorf("%v: the run-wide finding is missing:\n%s", args, out2)
		}
	}
	var errOut bytes.Buffer
	Run([]string{"--verbose", "--input", "jsonl", "--format", "jsonl", "-"}, strings.NewReader(b.String()), io.Discard, &errOut)
	if !strings.Contains(errOut.String(), "9 records in one batch") {
		t.Errorf("stdin: %s", errOut.String())
	}
}

// A file that changes between the two passes loses its run-wide findings
// with an error, never gets another record's.
func TestRecordChangedBetweenPasses(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "c.jsonl")
	write := func(ids ...string) {
		var b strings.Builder
		for _, id := range ids {
			fmt.Fprintf(&b, "{\"id\": %q, \"text\": \"It was tounnecessary.\"}\n", id)
		}
		if err := os.WriteFile(p, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a", "b")
	defer func() { betweenPasses = func() {} }()
	betweenPasses = func() { write("x", "b") }
	code, out, errOut := run(t, "--input", "jsonl", "--format", "jsonl", p)
	if code != ExitError || !strings.Contains(errOut, "changed while it was read twice") || !strings.Contains(out, `"id":"x"`) {
		t.Errorf("exit %d\n%s\n%s", code, out, errOut)
	}
}

// --fix writes each record's own text back under its own id when records
// without a fix come before records with one (the fixes are matched to
// records by record, not by position).
func TestRecordFixKeepsEachRecordsText(t *testing.T) {
	p := filepath.Join(t.TempDir(), "c.jsonl")
	in := `{"id": "clean-1", "text": "Nothing to fix here."}
{"id": "joined", "text": "It was tounnecessary."}
{"id": "clean-2", "text": "Nothing here either."}
{"id": "joined-2", "text": "She went tothe shop."}
`
	if err := os.WriteFile(p, []byte(in), 0o644); err != nil {
		t.Fatal(err)
	}
	_, out, _ := run(t, "--input", "jsonl", "--select", "missing-space", "--fix", p)
	want := `{"id": "clean-1", "text": "Nothing to fix here."}
{"id": "joined", "text": "It was to unnecessary."}
{"id": "clean-2", "text": "Nothing here either."}
{"id": "joined-2", "text": "She went to the shop."}
`
	if out != want {
		t.Errorf("got\n%s\nwant\n%s", out, want)
	}
}
