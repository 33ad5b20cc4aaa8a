package format

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stylelint-dev/stylelint/internal/lint"
)

func findings() []lint.Finding {
	doc := lint.NewDocument("dir/a b.txt", []byte("Ünïcode forGypsy here\nnext, line\n"), false, nil)
	d1 := lint.Diagnostic{Rule: "missing-space", Severity: lint.Warning, Start: 10, End: 18, Message: `missing space: "forGypsy"`,
		Fixes: []lint.Fix{{Message: "insert a space", Safe: true, Edits: []lint.Edit{{Start: 13, End: 13, New: " "}}}}}
	d2 := lint.Diagnostic{Rule: "boilerplate", Severity: lint.Error, Start: 29, End: 34, Message: "100% a, b: c\nd"}
	return []lint.Finding{doc.Resolve(d1), doc.Resolve(d2)}
}

func TestJSONSchema(t *testing.T) {
	var buf bytes.Buffer
	JSON(&buf, findings(), Options{})
	var out []map[string]any
	if err := json.Unmarshal(buf.Bytes(), &out); err != nil {
		t.Fatal(err)
	}
	want := []string{"column", "end_column", "end_line", "end_offset", "file", "fix", "line", "message", "offset", "rule", "severity"}
	for _, o := range out {
		if len(o) != len(want) {
			t.Errorf("keys: %v", o)
		}
		for _, k := range want {
			if _, ok := o[k]; !ok {
				t.Errorf("missing key %s", k)
			}
		}
	}
	if out[0]["column"].(float64) != 9 || out[0]["end_column"].(float64) != 17 || out[0]["offset"].(float64) != 10 {
		t.Errorf("columns are code points, offsets bytes: %v", out[0])
	}
	if out[1]["fix"] != nil {
		t.Error("fix must be null without a fix")
	}
}

func TestGitHubEscapingAndOrder(t *testing.T) {
	var buf bytes.Buffer
	GitHub(&buf, findings(), Options{})
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	if !strings.HasPrefix(lines[0], "::error file=dir/a b.txt,line=2,endLine=2,col=6,endColumn=11,title=stylelint boilerplate::100%25 a, b: c%0Ad") {
		t.Errorf("first (most severe) line: %s", lines[0])
	}
	if !strings.HasPrefix(lines[1], "::warning ") || !strings.HasPrefix(lines[2], "stylelint: ") {
		t.Errorf("order/summary: %q", lines)
	}
	if got := ghProperty("a:b,c%"); got != "a%3Ab%2Cc%25" {
		t.Errorf("property escaping: %s", got)
	}
}

func TestSARIFStructure(t *testing.T) {
	var buf bytes.Buffer
	SARIF(&buf, findings(), Options{Version: "1.0", Rules: []lint.Meta{{ID: "missing-space", Doc: "d", Severity: lint.Warning}}})
	var log struct {
		Version string `json:"version"`
		Runs    []struct {
			ColumnKind string `json:"columnKind"`
			Tool       struct {
				Driver struct {
					Rules []struct{ ID string } `json:"rules"`
				} `json:"driver"`
			} `json:"tool"`
			Results []struct {
				RuleID              string            `json:"ruleId"`
				RuleIndex           int               `json:"ruleIndex"`
				PartialFingerprints map[string]string `json:"partialFingerprints"`
				Locations           []struct {
					PhysicalLocation struct {
						ArtifactLocation struct{ URI string } `json:"artifactLocation"`
						Region           sarifRegion          `json:"region"`
					} `json:"physicalLocation"`
				} `json:"locations"`
				Fixes []json.RawMessage `json:"fixes"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal(buf.Bytes(), &log); err != nil {
		t.Fatal(err)
	}
	run := log.Runs[0]
	if log.Version != "2.1.0" || run.ColumnKind != "unicodeCodePoints" || len(run.Results) != 2 {
		t.Fatalf("%+v", log)
	}
	r := run.Results[0]
	if run.Tool.Driver.Rules[r.RuleIndex].ID != r.RuleID || r.PartialFingerprints["stylelint/v1"] == "" || len(r.Fixes) != 1 {
		t.Errorf("result: %+v", r)
	}
	if loc := r.Locations[0].PhysicalLocation; loc.ArtifactLocation.URI != "dir/a%20b.txt" || loc.Region != (sarifRegion{1, 9, 1, 17}) {
		t.Errorf("location: %+v", loc)
	}
}

func TestGitLabFingerprintsUnique(t *testing.T) {
	fs := findings()
	fs = append(fs, fs[0]) // the same finding twice still gets two fingerprints
	var buf bytes.Buffer
	GitLab(&buf, fs, Options{})
	var out []struct {
		Fingerprint string `json:"fingerprint"`
		Severity    string `json:"severity"`
		Location    struct {
			Path  string
			Lines struct{ Begin int }
		} `json:"location"`
	}
	json.Unmarshal(buf.Bytes(), &out)
	seen := map[string]bool{}
	for _, o := range out {
		if seen[o.Fingerprint] || o.Fingerprint == "" || o.Location.Lines.Begin == 0 {
			t.Errorf("bad issue %+v", o)
		}
		seen[o.Fingerprint] = true
	}
}

func TestCheckstyleAndRDJSON(t *testing.T) {
	var buf bytes.Buffer
	Checkstyle(&buf, findings(), Options{})
	if !strings.Contains(buf.String(), `<error line="2" column="6" severity="error" message="100% a, b: c&#xA;d" source="stylelint.boilerplate">`) {
		t.Errorf("checkstyle: %s", buf.String())
	}
	buf.Reset()
	RDJSON(&buf, findings(), Options{})
	// rdjson columns are UTF-8 bytes: "forGypsy" starts at byte 10 → column 11.
	if !strings.Contains(buf.String(), `"column": 11`) || !strings.Contains(buf.String(), `"suggestions"`) {
		t.Errorf("rdjson: %s", buf.String())
	}
}

func TestTextUnderline(t *testing.T) {
	var buf bytes.Buffer
	Text(&buf, findings()[:1], Options{})
	want := "dir/a b.txt:1:9: warning: missing space: \"forGypsy\" [missing-space]\n    Ünïcode forGypsy here\n            ^^^^^^^^\n"
	if buf.String() != want {
		t.Errorf("got\n%s\nwant\n%s", buf.String(), want)
	}
}

// What Omits says a format does not read, it must not: the output with
// and without that part is the same. And what it says a format reads must
// change the output (or the claim is stale).
func TestOmits(t *testing.T) {
	for _, name := range Names {
		f, err := Get(name)
		if err != nil {
			t.Fatal(err)
		}
		render := func(strip func(*lint.Finding)) (out []byte) {
			defer func() {
				if recover() != nil {
					out = []byte("panicked") // a format that needs what was stripped
				}
			}()
			fs := findings()
			for i := range fs {
				strip(&fs[i])
			}
			var b bytes.Buffer
			if err := f(&b, fs, Options{Version: "v"}); err != nil {
				t.Fatal(err)
			}
			return b.Bytes()
		}
		full := render(func(*lint.Finding) {})
		omit := Omits(name)
		if same := bytes.Equal(full, render(func(f *lint.Finding) { f.Source = "" })); same != omit.Source {
			t.Errorf("%s: Omits.Source=%v, but output without Source is the same: %v", name, omit.Source, same)
		}
		if same := bytes.Equal(full, render(func(f *lint.Finding) { f.EditSpans = nil })); same != omit.EditSpans {
			t.Errorf("%s: Omits.EditSpans=%v, but output without EditSpans is the same: %v", name, omit.EditSpans, same)
		}
	}
}

// The text format's source line and caret: the caret stands under the
// flagged characters whatever precedes them (multibyte letters, tabs,
// bytes that are not UTF-8, a window cut out of a long line).
func TestUnderlineAlignsCarets(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	pieces := []string{"a", "b", " ", "é", "中", "😀", "\t", "\xff", "\xc3", "x"}
	display := func(s string) rune { // what underline shows for the rune at s
		r, size := utf8.DecodeRuneInString(s)
		switch {
		case r == utf8.RuneError && size == 1, r < ' ' && r != '\t', r == 0x7f:
			return '\uFFFD'
		case r == '\t':
			return ' '
		}
		return r
	}
	for n := 0; n < 2000; n++ {
		var b strings.Builder
		for i, k := 0, rng.IntN(400); i < k; i++ {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		line := b.String()
		var starts []int // rune (or lone byte) starts, as columns count them
		for i := 0; i < len(line); {
			starts = append(starts, i)
			_, size := utf8.DecodeRuneInString(line[i:])
			i += size
		}
		starts = append(starts, len(line))
		a, z := rng.IntN(len(starts)), rng.IntN(len(starts))
		if a > z {
			a, z = z, a
		}
		f := lint.Finding{Source: line}
		f.Pos, f.EndPos = lint.Position{Line: 1, Column: a + 1}, lint.Position{Line: 1, Column: z + 1}
		f.ByteCol, f.EndByteCol = starts[a]+1, starts[z]+1
		src, under := underline(f)
		shown, carets := []rune(src), []rune(under)
		k := strings.IndexRune(under, '^')
		if k < 0 {
			t.Fatalf("no caret for %q [%d,%d)", line, a, z)
		}
		k = utf8.RuneCountInString(under[:k])
		if len(carets) > len(shown)+1 {
			t.Fatalf("caret line longer than the line: %q / %q", src, under)
		}
		if a < z && (k >= len(shown) || shown[k] != display(line[starts[a]:])) {
			t.Fatalf("%q [%d,%d): caret at %d under %q", line, a, z, k, src)
		}
		if n := strings.Count(under, "^"); a < z && n != min(z-a, n) || n == 0 {
			t.Fatalf("%q [%d,%d): %d carets", line, a, z, n)
		}
	}
}

// A path with a newline cannot forge a diagnostic line in the text format,
// and bytes that are not UTF-8 are written as \xNN in every format (%FF in
// SARIF's URIs), so the path still names the file.
func TestPathsAreQuoted(t *testing.T) {
	if got := QuotePath("a\nfake.txt:1:1: error: x.txt"); got != `"a\nfake.txt:1:1: error: x.txt"` {
		t.Errorf("text: %s", got)
	}
	if got := QuotePath("\x1b[31mred.txt"); got != `"\x1b[31mred.txt"` {
		t.Errorf("escape sequence: %s", got)
	}
	if got := QuotePath("dir/ünïcode name.txt"); got != "dir/ünïcode name.txt" {
		t.Errorf("plain: %s", got)
	}
	fs := findings()
	fs[0].Path = "b\xff.txt"
	for _, f := range []Formatter{JSON, SARIF, Checkstyle, RDJSON, GitLab, GitHub} {
		var buf bytes.Buffer
		if err := f(&buf, fs, Options{}); err != nil {
			t.Fatal(err)
		}
		out := buf.String()
		if !strings.Contains(out, `b\\xff.txt`) && !strings.Contains(out, `b\xff.txt`) && !strings.Contains(out, "b%FF.txt") || strings.Contains(out, "\ufffd") {
			t.Errorf("invalid byte not escaped:\n%s", buf.String())
		}
	}
}

// SARIF has no safe tier, so it carries safe fixes only; JSON carries the
// unsafe ones too, marked. A model finding's confidence and reasons are in
// JSON.
func TestSARIFCarriesSafeFixesOnly(t *testing.T) {
	doc := lint.NewDocument("a.txt", []byte("Title\n\nSome Label\n"), false, nil)
	unsafe := lint.Diagnostic{Rule: "boilerplate", Severity: lint.Warning, Start: 7, End: 17, Message: "boilerplate (0.93)",
		Fixes:      []lint.Fix{{Message: "delete the line", Safe: false, Edits: []lint.Edit{{Start: 5, End: 17}}}},
		Confidence: 0.93, Reasons: []lint.Reason{{Feature: "after_title", Contribution: 1.5}}}
	fs := append(findings(), doc.Resolve(unsafe))
	var buf bytes.Buffer
	if err := SARIF(&buf, fs, Options{Version: "1.0"}); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(buf.String(), `"fixes"`); n != 1 {
		t.Errorf("%d results with fixes, want 1 (the safe one)", n)
	}
	buf.Reset()
	JSON(&buf, fs, Options{})
	var out []map[string]any
	if err := json.Unmarshal(buf.Bytes(), &out); err != nil {
		t.Fatal(err)
	}
	last := out[len(out)-1]
	if fix, _ := last["fix"].(map[string]any); fix == nil || fix["safe"] != false {
		t.Errorf("JSON fix: %v", last["fix"])
	}
	if last["confidence"] != 0.93 || last["reasons"] == nil {
		t.Errorf("JSON model fields: %v", last)
	}
	if _, ok := out[0]["confidence"]; ok {
		t.Errorf("a pattern finding has no confidence: %v", out[0])
	}
}

// A finding's related places are in JSON and in SARIF's relatedLocations;
// SARIF rules link to their documentation.
func TestRelatedLocationsAndHelp(t *testing.T) {
	doc := lint.NewDocument("a.txt", []byte("Kardashian met him.\nKardashain left.\n"), false, nil)
	d := lint.Diagnostic{Rule: "name-consistency", Severity: lint.Warning, Start: 20, End: 30, Message: "x",
		Related: []lint.Related{{Start: 0, End: 10, Message: `"Kardashian" is used here`}}}
	fs := []lint.Finding{doc.Resolve(d)}
	var buf bytes.Buffer
	JSON(&buf, fs, Options{})
	var out []map[string]any
	if err := json.Unmarshal(buf.Bytes(), &out); err != nil {
		t.Fatal(err)
	}
	rel, _ := out[0]["related"].([]any)
	if len(rel) != 1 || rel[0].(map[string]any)["line"] != 1.0 || rel[0].(map[string]any)["end_column"] != 11.0 {
		t.Errorf("JSON related: %v", out[0]["related"])
	}
	buf.Reset()
	SARIF(&buf, fs, Options{Rules: []lint.Meta{{ID: "name-consistency", Doc: "d", Severity: lint.Warning}}})
	for _, want := range []string{`"relatedLocations":[{"id":1,"physicalLocation":{"artifactLocation":{"uri":"a.txt"},"region":{"startLine":1,"startColumn":1,"endLine":1,"endColumn":11}},"message":{"text":"\"Kardashian\" is used here"}}]`, `"helpUri":"https://github.com/stylelint-dev/stylelint#rules-and-options"`} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("SARIF lacks %s:\n%s", want, buf.String())
		}
	}
}
