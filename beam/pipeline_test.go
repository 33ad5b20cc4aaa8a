package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"

	"github.com/stylelint-dev/stylelint/internal/cli"
	"github.com/stylelint-dev/stylelint/internal/corpus"
	"github.com/stylelint-dev/stylelint/internal/records"
)

// The tests run the pipeline on Beam's embedded runner, prism.
// Its log goes to the test's -v output only.
func TestMain(m *testing.M) {
	flag.Parse()
	if !testing.Verbose() {
		slog.SetDefault(slog.New(slog.NewTextHandler(io.Discard, nil)))
	}
	ptest.Main(m)
}

// corpusShards writes a small corpus in two JSONL shards: generated articles
// with scraping damage, a name misspelt in one record and spelt right in
// many others, a line repeated in many records (the run-wide findings),
// a nested text field, and one bad record.
func corpusShards(t *testing.T) (dir string, paths []string) {
	dir = t.TempDir()
	var b [2]strings.Builder
	for i, text := range corpus.New(7).RunWide(24) {
		rec, err := json.Marshal(map[string]any{"id": fmt.Sprintf("doc-%02d", i), "meta": map[string]any{"lang": "en"}, "text": text})
		if err != nil {
			t.Fatal(err)
		}
		b[i%2].Write(rec)
		b[i%2].WriteByte('\n')
		if i == 9 {
			b[1].WriteString("{\"id\": \"broken\", \"text\": \n") // invalid JSON: reported, passed through
		}
		if i == 14 {
			b[1].WriteString("{\"id\": \"crlf\", \"text\": \"A line from Windows.\\r\\nShe went ona trip.\"}\r\n")
		}
		if i == 12 {
			// doc-03 is in the other shard, later in the CLI's order: that one is the bad record
			b[0].WriteString("{\"id\": \"doc-03\", \"text\": \"It was tounnecessary.\"}\n")
		}
	}
	// The second shard is gzip-compressed, as crawl exports ship; a third
	// holds a record that is not UTF-8 (reported, passed through).
	for i, name := range []string{"a.jsonl", "b.jsonl.gz"} {
		p := filepath.Join(dir, name)
		data := []byte(b[i].String())
		if strings.HasSuffix(name, ".gz") {
			var z bytes.Buffer
			w := gzip.NewWriter(&z)
			w.Write(data)
			w.Close()
			data = z.Bytes()
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	p := filepath.Join(dir, "c.jsonl")
	if err := os.WriteFile(p, []byte("{\"id\": \"latin1\", \"text\": \"caf\xe9 forGypsy\"}\n{\"id\": \"ok\", \"text\": \"She went ona trip.\"}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir, append(paths, p)
}

// runCLI runs stylelint's record mode and returns its output's lines.
func runCLI(t *testing.T, args ...string) []string {
	var out, errb bytes.Buffer
	if code := cli.Run(args, strings.NewReader(""), &out, &errb); code > 2 {
		t.Fatalf("stylelint %v: exit %d: %s", args, code, errb.String())
	}
	return lines(out.String())
}

func lines(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if l != "" {
			out = append(out, l)
		}
	}
	slices.Sort(out)
	return out
}

func readLines(t *testing.T, path string) []string {
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return lines(string(b))
}

// The pipeline's diagnostics, attributes and fixed records are the CLI's
// on the same records, the run-wide findings included; its counters count
// the records.
func TestPipelineEqualsCLI(t *testing.T) {
	dir, paths := corpusShards(t)
	cfg := []byte("rules:\n  missing-space: error\n")
	cfgPath := filepath.Join(dir, "stylelint.yaml")
	if err := os.WriteFile(cfgPath, cfg, 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out")
	p, s := beam.NewPipelineWithRoot()
	Build(s, Options{Input: filepath.Join(dir, "*.jsonl*"), Output: out, Config: cfg, IDField: "id", TextField: "text", MaxSize: 256 << 20, Fix: true, Shards: 3})
	res, err := ptest.RunWithMetrics(p)
	if err != nil {
		t.Fatal(err)
	}

	base := append([]string{"--config", cfgPath, "--input", "jsonl"}, paths...)
	wantDiags := runCLI(t, append([]string{"--format", "jsonl"}, base...)...)
	gotDiags := readShards(t, out+".diagnostics", 3)
	if !slices.Equal(gotDiags, wantDiags) {
		t.Errorf("diagnostics: %d lines, the CLI's %d", len(gotDiags), len(wantDiags))
		for _, l := range gotDiags {
			if !slices.Contains(wantDiags, l) {
				t.Logf("only the pipeline: %s", l)
			}
		}
		for _, l := range wantDiags {
			if !slices.Contains(gotDiags, l) {
				t.Logf("only the CLI: %s", l)
			}
		}
	}
	runWide := 0
	for _, l := range gotDiags {
		if strings.Contains(l, "across the run") || strings.Contains(l, "files of the run") {
			runWide++
		}
	}
	if runWide < 2 {
		t.Errorf("%d run-wide findings: the corpus proves nothing", runWide)
	}
	if want, got := runCLI(t, append([]string{"--format", "attributes"}, base...)...), readShards(t, out+".attributes", 3); !slices.Equal(got, want) {
		t.Errorf("attributes: %d lines, the CLI's %d", len(got), len(want))
	}
	fixedCLI := filepath.Join(dir, "fixed-cli.jsonl")
	runCLI(t, append([]string{"--fix", "--output", fixedCLI}, base...)...)
	want, got := readLines(t, fixedCLI), readShards(t, out+".fixed", 3)
	if !slices.Equal(got, want) || len(got) != 29 || !slices.ContainsFunc(got, func(l string) bool { return strings.HasSuffix(l, "\r") }) {
		t.Errorf("fixed records: %d lines, the CLI's %d (want 29, the bad ones passed through, a CRLF line kept)", len(got), len(want))
		for i := range min(len(got), len(want)) {
			if got[i] != want[i] {
				t.Logf("pipeline %.300s\ncli      %.300s", got[i], want[i])
				break
			}
		}
	}

	counters := map[string]int64{}
	for _, c := range res.Metrics().AllMetrics().Counters() {
		counters[c.Name()] += c.Result()
	}
	if counters["records"] != 29 || counters["bad_records"] != 3 || counters["linted"] != 26 || counters["findings_missing-space"] == 0 {
		t.Errorf("counters %v", counters)
	}
}

// readShards reads the n files of a sharded output (each must exist) and
// returns their lines, sorted.
// A record's id reaches pass two byte for byte, white space and all.
func TestRecordWireKeepsID(t *testing.T) {
	r := &records.Record{File: "a.jsonl", Line: 3, Raw: []byte(`{"id": {"a": 1}, "text": "x"}`), ID: json.RawMessage(`{"a": 1}`), Text: []byte("x"), Start: 26, End: 29}
	b, err := encodeRecord(r)
	if err != nil {
		t.Fatal(err)
	}
	got, err := decodeRecord(b)
	if err != nil || string(got.ID) != `{"a": 1}` || got.Path() != r.Path() || string(got.Raw) != string(r.Raw) || got.Start != 26 {
		t.Errorf("%+v, %v", got, err)
	}
}

func readShards(t *testing.T, prefix string, n int) []string {
	var all []string
	for i := range n {
		all = append(all, readLines(t, fmt.Sprintf("%s-%05d-of-%05d.jsonl", prefix, i, n))...)
	}
	slices.Sort(all)
	return all
}

// Unsharded, the diagnostics are the CLI's byte for byte, in its order.
func TestPipelineOrderIsTheCLIs(t *testing.T) {
	dir, paths := corpusShards(t)
	out := filepath.Join(dir, "out")
	p, s := beam.NewPipelineWithRoot()
	Build(s, Options{Input: filepath.Join(dir, "*.jsonl*"), Output: out, IDField: "id", TextField: "text", MaxSize: 256 << 20})
	if _, err := ptest.RunWithMetrics(p); err != nil {
		t.Fatal(err)
	}
	var want, errb bytes.Buffer
	cli.Run(append([]string{"--input", "jsonl", "--format", "jsonl"}, paths...), strings.NewReader(""), &want, &errb)
	got, err := os.ReadFile(out + ".diagnostics.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	if want.Len() == 0 || string(got) != want.String() {
		t.Errorf("the diagnostics file (%d bytes) is not the CLI's output (%d bytes)", len(got), want.Len())
	}
}

// A shard that does not exist fails the pipeline (it never reads nothing
// silently).
func TestPipelineNoInput(t *testing.T) {
	p, s := beam.NewPipelineWithRoot()
	Build(s, Options{Input: filepath.Join(t.TempDir(), "*.jsonl"), Output: filepath.Join(t.TempDir(), "out"), IDField: "id", TextField: "text"})
	if _, err := ptest.RunWithMetrics(p); err == nil {
		t.Error("no input matched, and the pipeline succeeded")
	}
}
