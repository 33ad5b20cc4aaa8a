// Command stylelint-beam lints a corpus of JSON Lines records with
// stylelint on Apache Beam: the same engine, configuration and rules as
// the CLI's record mode (stylelint --input jsonl), on any Beam runner.
//
// The pipeline:
//
//  1. match the input shards and read their records (records.Scan: the
//     CLI's reader), keyed by shard and line; a record whose id an
//     earlier one has, anywhere in the corpus, is marked bad, as the CLI
//     marks it;
//  2. pass one: every record's run-wide facts (the names it spells and
//     their neighbours, its short lines), encoded (lint.FactCodec);
//  3. the facts of each run-wide rule, grouped, are finished on one
//     worker (lint.Setup.FinishEncoded), which gives each record its
//     run-wide findings;
//  4. pass two: each record, joined with its run-wide findings, is linted
//     and written as diagnostics, Dolma span attributes and the fixed
//     record (bad records as they were), each output in one or more
//     shards.
//
// The findings equal the CLI's on the same records in the same order
// (shards sorted by name), run-wide ones included.
package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/stylelint-dev/stylelint/internal/config"
	"github.com/stylelint-dev/stylelint/internal/format"
	"github.com/stylelint-dev/stylelint/internal/lint"
	"github.com/stylelint-dev/stylelint/internal/markdown"
	"github.com/stylelint-dev/stylelint/internal/records"
	_ "github.com/stylelint-dev/stylelint/rules" // the rules register themselves
)

func init() {
	register.DoFn3x1[context.Context, fileio.ReadableFile, func(string, []byte), error](&readFn{})
	register.DoFn4x1[context.Context, string, []byte, func(string, []byte), error](&collectFn{})
	register.DoFn4x1[context.Context, string, func(*[]byte) bool, func(string, []byte), error](&finishFn{})
	register.DoFn7x1[context.Context, string, func(*[]byte) bool, func(*[]byte) bool, func(string, string), func(string, string), func(string, string), error](&lintFn{})
	register.DoFn3x0[string, string, func(int, string)](&shardFn{})
	register.DoFn3x1[context.Context, int, func(*string) bool, error](&writeShardFn{})
	register.Emitter2[int, string]()
	register.Function2x0(shardMarker)
	register.Function3x1(idOf)
	register.Function3x0(duplicatesOf)
	register.Function4x1(markFn)
	register.Iter1[string]()
	register.Emitter2[string, []byte]()
	register.Emitter2[string, string]()
	register.Iter1[[]byte]()
}

// Options are the pipeline's settings, as the CLI's flags of the same
// names.
type Options struct {
	Input     string // glob of the JSONL shards (local, gs://, s3:// as the runner's file systems allow)
	Output    string // prefix of the outputs: PREFIX.diagnostics.jsonl, PREFIX.attributes.jsonl, PREFIX.fixed.jsonl (sharded: PREFIX.diagnostics-00000-of-00008.jsonl...)
	Config    []byte // the .stylelint.yaml's contents (empty: built-in defaults)
	IDField   string
	TextField string
	MaxSize   int64 // --max-file-size: a longer text is a bad record
	Fix       bool  // write the fixed records
	UnsafeFix bool  // --unsafe-fixes
	Shards    int   // each output in this many files (0 or 1: one file)
}

// Build adds the pipeline to s.
func Build(s beam.Scope, o Options) {
	files := fileio.MatchFiles(s, o.Input, fileio.MatchEmptyDisallow())
	shards := fileio.ReadMatches(s, files, fileio.ReadUncompressed())
	read := beam.ParDo(s, &readFn{IDField: o.IDField, TextField: o.TextField, MaxSize: o.MaxSize}, shards)
	recs := markDuplicates(s, read)
	env := engine{Config: o.Config, MaxSize: o.MaxSize}
	facts := beam.ParDo(s, &collectFn{engine: env}, recs)
	late := beam.ParDo(s, &finishFn{engine: env}, beam.GroupByKey(s, facts))
	diags, attrs, fixed := beam.ParDo3(s, &lintFn{engine: env, Fix: o.Fix, Unsafe: o.UnsafeFix}, beam.CoGroupByKey(s, recs, late))
	write(s, o.Output+".diagnostics", o.Shards, diags)
	write(s, o.Output+".attributes", o.Shards, attrs)
	if o.Fix {
		write(s, o.Output+".fixed", o.Shards, fixed)
	}
}

// write writes keyed lines as JSONL: PREFIX.jsonl, or with shards > 1
// PREFIX-SSSSS-of-NNNNN.jsonl, every shard written (empty or not). A
// record's lines go to one shard, chosen by a hash of its key; inside a
// file the lines are in the CLI's order (shard by shard, record by
// record), so that a run writes the same bytes every time.
func write(s beam.Scope, prefix string, shards int, lines beam.PCollection) {
	s = s.Scope("write " + prefix)
	shards = max(shards, 1)
	keyed := beam.ParDo(s, &shardFn{Shards: shards}, lines)
	all := make([]int, shards)
	for i := range all {
		all[i] = i
	}
	empty := beam.ParDo(s, shardMarker, beam.CreateList(s, all))
	beam.ParDo0(s, &writeShardFn{Prefix: prefix, Shards: shards}, beam.GroupByKey(s, beam.Flatten(s, keyed, empty)))
}

// shardMarker is an empty line for a shard, so that every shard is
// written.
func shardMarker(shard int, emit func(int, string)) { emit(shard, "") }

// shardFn keys a line by its shard; the value carries the line's sort key
// (length-prefixed) before the line.
type shardFn struct{ Shards int }

func (fn *shardFn) ProcessElement(key, line string, emit func(int, string)) {
	record := key[:strings.LastIndexByte(key, 0)]
	h := fnv.New32a()
	h.Write([]byte(record))
	emit(int(h.Sum32()%uint32(fn.Shards)), fmt.Sprintf("%08d%s%s", len(key), key, line))
}

// writeShardFn writes one shard's lines in key order.
type writeShardFn struct {
	Prefix string
	Shards int
}

func (fn *writeShardFn) ProcessElement(ctx context.Context, shard int, values func(*string) bool) error {
	type keyed struct{ key, line string }
	var ls []keyed
	var v string
	for values(&v) {
		if v == "" {
			continue // the marker that makes every shard exist
		}
		n, err := strconv.Atoi(v[:8])
		if err != nil || 8+n > len(v) {
			return fmt.Errorf("bad keyed line %.40q", v)
		}
		ls = append(ls, keyed{v[8 : 8+n], v[8+n:]})
	}
	sort.Slice(ls, func(i, j int) bool { return ls[i].key < ls[j].key })
	name := fn.Prefix + ".jsonl"
	if fn.Shards > 1 {
		name = fmt.Sprintf("%s-%05d-of-%05d.jsonl", fn.Prefix, shard, fn.Shards)
	}
	fs, err := filesystem.New(ctx, name)
	if err != nil {
		return err
	}
	defer fs.Close()
	fd, err := fs.OpenWrite(ctx, name)
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(fd, 1<<20)
	for _, l := range ls {
		w.WriteString(l.line)
		w.WriteByte('\n')
	}
	if err := w.Flush(); err != nil {
		fd.Close()
		return err
	}
	return fd.Close()
}

// orderKey sorts records as the CLI reads them: shard by shard in name
// order, line by line.
func orderKey(file string, line int) string { return fmt.Sprintf("%s\x00%012d", file, line) }

// readFn reads a shard's records (records.Scan: the CLI's reader),
// keyed by orderKey. Duplicate ids are found across the corpus after
// (markDuplicates).
type readFn struct {
	IDField, TextField string
	MaxSize            int64
}

func (fn *readFn) ProcessElement(ctx context.Context, f fileio.ReadableFile, emit func(string, []byte)) error {
	rc, err := f.Open(ctx)
	if err != nil {
		return err
	}
	defer rc.Close()
	seen := map[string]string{} // emptied after each record: duplicates are markDuplicates'
	var encErr error
	err = records.Scan(rc, f.Metadata.Path, records.FieldPath(fn.IDField), records.FieldPath(fn.TextField), fn.MaxSize, seen, func(r *records.Record) {
		clear(seen)
		cRecords.Inc(ctx, 1)
		b, err := encodeRecord(r)
		if err != nil {
			encErr = err
			return
		}
		emit(orderKey(r.File, r.Line), b)
	})
	if err == nil {
		err = encErr
	}
	return err
}

// markDuplicates marks every record whose id an earlier record (in the
// CLI's order) has as bad, with the CLI's message: the ids are grouped
// across the whole corpus, and the verdicts joined back by record.
func markDuplicates(s beam.Scope, recs beam.PCollection) beam.PCollection {
	s = s.Scope("duplicate ids")
	ids := beam.ParDo(s, idOf, recs)
	dups := beam.ParDo(s, duplicatesOf, beam.GroupByKey(s, ids))
	return beam.ParDo(s, markFn, beam.CoGroupByKey(s, recs, dups))
}

// idOf keys a good record's order by its id.
func idOf(key string, value []byte, emit func(string, string)) error {
	r, err := decodeRecord(value)
	if err != nil {
		return err
	}
	if r.Bad == "" && len(r.ID) > 0 {
		emit(string(r.ID), key)
	}
	return nil
}

// duplicatesOf gives each record after the first with an id the place of
// the first (file:line).
func duplicatesOf(id string, orders func(*string) bool, emit func(string, string)) {
	var all []string
	var o string
	for orders(&o) {
		all = append(all, o)
	}
	if len(all) < 2 {
		return
	}
	sort.Strings(all)
	file, line, _ := strings.Cut(all[0], "\x00")
	n, _ := strconv.Atoi(line)
	for _, o := range all[1:] {
		emit(o, fmt.Sprintf("duplicate id %s (first at %s:%d)", id, file, n))
	}
}

// markFn sets a duplicate's verdict on its record.
func markFn(key string, recs func(*[]byte) bool, verdicts func(*string) bool, emit func(string, []byte)) error {
	var bad, v string
	for verdicts(&v) {
		bad = v
	}
	var b []byte
	for recs(&b) {
		if bad != "" {
			r, err := decodeRecord(b)
			if err != nil {
				return err
			}
			r.Bad, r.Text = bad, nil
			if b, err = encodeRecord(r); err != nil {
				return err
			}
		}
		emit(key, b)
	}
	return nil
}

// engine is what every worker builds its linter from: the configuration
// and the limits, as the CLI's record mode sets them.
type engine struct {
	Config  []byte
	MaxSize int64
	setup   *lint.Setup
}

func (e *engine) Setup(context.Context) error {
	var cfg *config.Config
	var err error
	if len(e.Config) == 0 {
		cfg, err = config.Default(".")
	} else {
		cfg, err = config.Parse(".stylelint.yaml", ".", e.Config)
	}
	if err != nil {
		return err
	}
	e.setup = &lint.Setup{
		Env:         &lint.Env{Vocabulary: cfg.VocabularySet()},
		RulesFor:    cfg.RulesFor,
		Suppress:    cfg.Suppressed,
		IsMarkdown:  markdown.IsMarkdown,
		Mask:        markdown.Mask,
		Jobs:        1,
		MaxFileSize: e.MaxSize,
		Omit:        format.Omits("jsonl"),
	}
	return nil
}

// wireRecord is a record between stages. Its id is carried as bytes: as
// JSON it would be compacted ({"a": 1} -> {"a":1}) and the record's name
// (FILE#ID) would differ from the CLI's.
type wireRecord struct {
	records.Record
	RawID []byte
}

func encodeRecord(r *records.Record) ([]byte, error) {
	w := wireRecord{Record: *r, RawID: r.ID}
	w.ID = nil
	return json.Marshal(w)
}

func decodeRecord(b []byte) (*records.Record, error) {
	var w wireRecord
	if err := json.Unmarshal(b, &w); err != nil {
		return nil, err
	}
	w.Record.ID = w.RawID
	return &w.Record, nil
}

func docOf(r *records.Record) lint.Input {
	return lint.Input{Path: r.Path(), Data: r.Text, Explicit: true}
}

// factEnvelope is one record's fact for one run-wide rule.
type factEnvelope struct {
	Order string // the record's orderKey
	Path  string
	Data  []byte
}

// collectFn is pass one: a record's run-wide facts, keyed by rule.
type collectFn struct {
	engine
}

func (fn *collectFn) Setup(ctx context.Context) error { return fn.engine.Setup(ctx) }

func (fn *collectFn) ProcessElement(ctx context.Context, key string, value []byte, emit func(string, []byte)) error {
	r, err := decodeRecord(value)
	if err != nil || r.Bad != "" {
		return err
	}
	facts, err := fn.setup.CollectEncoded(docOf(r))
	if err != nil {
		return err
	}
	for id, data := range facts {
		b, err := json.Marshal(factEnvelope{Order: key, Path: r.Path(), Data: data})
		if err != nil {
			return err
		}
		emit(id, b)
	}
	return nil
}

// finishFn finishes one run-wide rule over every record's fact, in the
// CLI's order, and emits each run-wide finding keyed by its record.
type finishFn struct {
	engine
}

func (fn *finishFn) Setup(ctx context.Context) error { return fn.engine.Setup(ctx) }

func (fn *finishFn) ProcessElement(ctx context.Context, rule string, values func(*[]byte) bool, emit func(string, []byte)) error {
	var envs []factEnvelope
	var b []byte
	for values(&b) {
		var e factEnvelope
		if err := json.Unmarshal(b, &e); err != nil {
			return err
		}
		envs = append(envs, e)
	}
	sort.Slice(envs, func(i, j int) bool { return envs[i].Order < envs[j].Order })
	facts := make([]lint.EncodedFact, len(envs))
	for i, e := range envs {
		facts[i] = lint.EncodedFact{File: i, Data: e.Data}
	}
	late, err := fn.setup.FinishEncoded(rule, facts, func(i int) string { return envs[i].Path })
	if err != nil {
		return err
	}
	for file, ds := range late {
		for _, d := range ds {
			b, err := json.Marshal(d)
			if err != nil {
				return err
			}
			emit(envs[file].Order, b)
		}
	}
	return nil
}

// lintFn is pass two: a record with its run-wide findings, linted; it
// writes the record's diagnostics (--format jsonl), its attributes
// (--format attributes) and the record, fixed where a fix applies (or as
// it was: a bad record passes through).
type lintFn struct {
	engine
	Fix, Unsafe bool
}

func (fn *lintFn) Setup(ctx context.Context) error { return fn.engine.Setup(ctx) }

func (fn *lintFn) ProcessElement(ctx context.Context, key string, recs, lates func(*[]byte) bool, diags, attrs, fixed func(string, string)) error {
	var b []byte
	for recs(&b) {
		r, err := decodeRecord(b)
		if err != nil {
			return err
		}
		if err := fn.lint(ctx, key, r, lates, diags, attrs, fixed); err != nil {
			return err
		}
	}
	return nil
}

func (fn *lintFn) lint(ctx context.Context, key string, r *records.Record, lates func(*[]byte) bool, diags, attrs, fixed func(string, string)) error {
	line := r.Raw
	writeFixed := func() {
		if !fn.Fix {
			return
		}
		prefix := ""
		if r.BOM {
			prefix = "\ufeff"
		}
		// The record's own line end: a CRLF file stays CRLF (the writer
		// adds the LF).
		fixed(key+"\x00", prefix+string(line)+strings.TrimSuffix(string(r.Ending), "\n"))
	}
	if r.Bad != "" {
		cBad.Inc(ctx, 1)
		writeFixed()
		return nil
	}
	var late []lint.Diagnostic
	var b []byte
	for lates(&b) {
		var d lint.Diagnostic
		if err := json.Unmarshal(b, &d); err != nil {
			return err
		}
		late = append(late, d)
	}
	results := lint.RunBatch(fn.setup, []lint.Input{docOf(r)}, 0, map[int][]lint.Diagnostic{0: late})
	res := results[0]
	if res.Err != nil {
		return fmt.Errorf("%s: %v", r.Path(), res.Err)
	}
	cLinted.Inc(ctx, 1)
	for _, f := range res.Findings {
		beam.NewCounter(namespace, "findings_"+f.Rule).Inc(ctx, 1)
	}
	if err := writeLines(key, r, "jsonl", res.Findings, diags); err != nil {
		return err
	}
	if err := writeLines(key, r, "attributes", res.Findings, attrs); err != nil {
		return err
	}
	if fn.Fix {
		for _, oc := range lint.FixAll(fn.setup, results, fn.Unsafe) {
			if oc.Err == nil && oc.Changed() {
				nl, err := r.WithText(oc.New)
				if err != nil {
					return fmt.Errorf("%s: %v", r.Path(), err)
				}
				line = nl
				cFixed.Inc(ctx, 1)
			}
		}
	}
	writeFixed()
	return nil
}

// writeLines writes a record's findings in a record format (the CLI's
// encoder), a line per emitted element.
// Each line is keyed by the record's key and its place among the record's
// lines.
func writeLines(key string, r *records.Record, kind string, fs []lint.Finding, emit func(string, string)) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := records.WriteFindings(enc, kind, r, fs); err != nil {
		return err
	}
	for i, l := range strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n") {
		if l != "" {
			emit(fmt.Sprintf("%s\x00%06d", key, i), l)
		}
	}
	return nil
}

// The pipeline's counters (Beam metrics); findings are counted per rule
// as findings_<rule>.
const namespace = "stylelint"

var (
	cRecords = beam.NewCounter(namespace, "records")
	cBad     = beam.NewCounter(namespace, "bad_records")
	cLinted  = beam.NewCounter(namespace, "linted")
	cFixed   = beam.NewCounter(namespace, "fixed")
)

// readConfig reads a configuration file for the workers ("" : none).
func readConfig(path string) ([]byte, error) {
	if path == "" {
		return nil, nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(f)
}
