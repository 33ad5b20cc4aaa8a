package rules

import (
	"github.com/stylelint-dev/stylelint/internal/ruletest"
	"github.com/stylelint-dev/stylelint/internal/textscan"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stylelint-dev/stylelint/internal/lint"
	"github.com/stylelint-dev/stylelint/internal/markdown"
)

// Seeds: the fixtures and the shapes of damage the devset holds. `go test`
// runs them as ordinary tests; `make fuzz` explores from them.
func addSeeds(f *testing.F) {
	files, _ := filepath.Glob("../fixtures/*")
	for _, name := range files {
		if data, err := os.ReadFile(name); err == nil {
			f.Add(string(data))
		}
	}
	for _, s := range []string{
		"", "\ufeff", "\ufeffText with a BOM.\n", "a\r\nb\rc\n", "no final newline",
		"forGypsy tounnecessary treatmentsand ona long journey boyfriend,Nick 2015.The said:\"We",
		"the oth -\n\ner half, exam-\nple, acquisi-\r\ntion, co-\noperate, soft\u00adhyphen",
		"Replying to @someone\nComments are moderated and generally will be posted if they are on-topic.\nRelated Articles\nFollow Us\n",
		"Kardashian Kardashian Kardashian Kardashain. Beyoncé Beyonce Beyoncé Zelensky Zelenska",
		"KQED SoftBank Cutts Airbus Volkswagen. KQEDexplains SoftBankworth CuttsonNovember 50Airbus a2:43 Dakota'sDepartment 2016'sZorblatt itisn’t Volkswagendidn't Servings:12 ÉmileÉtéand",
		"By SolosonOctober 22, 2012 OnAugust 3rd LeMay 1965 SinceMay 2012 Week 9.Isaac financialisation.It \"noise.\"We \"x,\"said \" Facebook,Twitter,Google herwebsite,blog,shop, noatime,nodiratime;18,953and",
		"soI subjectI’ve CoverageI GoI I’ Tip 3:How 2014:Markets 2.In 1:I the preseason:Calvin the Next:Economy a:",
		"JohnstoninComics StreetandMagic TwitterorFacebook aBcD My.Yahoo Buy.Com they,ll it.My x.Com",
		"theUS andLG onIT atJ theC-Kermit (seehttp://x.co) seewww. at Cane Creek. AtCane Creek AtCane's",
		"bad \xff\xfe bytes \xc3 split\n\xe2\x80", "O'Brien's rock'n'roll ’s 's ''", "\x00\x00nul",
		"```\ncode forGypsy\n```\n[link](http://x.com/tounnecessary) `exam-\nple`",
		strings.Repeat("a", 300) + "-\n" + strings.Repeat("b", 300),
	} {
		f.Add(s)
	}
}

// allRules builds every registered rule with default options.
func allRules(t testing.TB) []lint.Active {
	var out []lint.Active
	for _, s := range All() {
		out = append(out, lint.Active{Rule: ruletest.Build(t, s.Meta.ID), Severity: lint.Warning})
	}
	return out
}

// FuzzTokenizer: parts tile the input exactly; CountWord agrees with the
// tokens.
func FuzzTokenizer(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			s = strings.ToValidUTF8(s, "\uFFFD")
		}
		parts := textscan.SplitWords(s, 0)
		at := 0
		counts := map[string]int{}
		for i, p := range parts {
			if p.Start != at || p.Text != s[at:at+len(p.Text)] || p.Text == "" {
				t.Fatalf("part %d %+v does not continue at %d", i, p, at)
			}
			if i > 0 && p.Word == parts[i-1].Word {
				t.Fatalf("parts %d and %d are both word=%v", i-1, i, p.Word)
			}
			at += len(p.Text)
			if p.Word {
				counts[textscan.StripPossessive(p.Text)]++
			}
		}
		if at != len(s) {
			t.Fatalf("parts cover %d of %d bytes", at, len(s))
		}
		if strings.ContainsAny(s, " \t\n\r\x00\u00a0") {
			return // CountWord sees whole documents; ForChunks splits these
		}
		for w, n := range counts {
			if got := textscan.CountWord(s, w); got != n {
				t.Fatalf("countWord(%q) = %d, tokens say %d", w, got, n)
			}
		}
	})
}

// FuzzRules runs every rule (check and collect/finish) on arbitrary bytes,
// as text and as Markdown: no panic, every range inside the document and on
// UTF-8 boundaries, edits inside the document and not overlapping.
func FuzzRules(f *testing.F) {
	addSeeds(f)
	rules := allRules(f)
	f.Fuzz(func(t *testing.T, s string) {
		for _, name := range []string{"a.txt", "a.md"} {
			md := markdown.IsMarkdown(name)
			var mask lint.Masker
			if md {
				mask = markdown.Mask
			}
			doc := lint.NewDocument(name, []byte(s), md, mask)
			for _, a := range rules {
				var out []lint.Diagnostic
				p := lint.NewPass(doc, &lint.Env{}, a.Rule.Meta().ID, a.Severity, &out)
				switch r := a.Rule.(type) {
				case lint.CorpusRule:
					var again []lint.Diagnostic
					second := lint.NewPass(doc, &lint.Env{}, a.Rule.Meta().ID, a.Severity, &again)
					facts := []lint.Fact{{File: 0, Value: r.Collect(p)}, {File: 1, Value: r.Collect(second)}}
					r.Finish(facts, func(_ int, d lint.Diagnostic) { out = append(out, d) })
				case lint.FileRule:
					r.Check(p)
				}
				for _, d := range out {
					checkRange(t, a.Rule.Meta().ID, doc.Src, d.Start, d.End)
					for _, fx := range d.Fixes {
						for i, e := range fx.Edits {
							checkRange(t, a.Rule.Meta().ID+" edit", doc.Src, e.Start, e.End)
							if i > 0 && e.Start < fx.Edits[i-1].End {
								t.Fatalf("%s: overlapping edits %+v", a.Rule.Meta().ID, fx.Edits)
							}
						}
					}
				}
			}
		}
	})
}

func checkRange(t *testing.T, who string, src []byte, start, end int) {
	t.Helper()
	if start < 0 || end < start || end > len(src) {
		t.Fatalf("%s: range [%d,%d) outside a %d-byte document", who, start, end, len(src))
	}
	if utf8.Valid(src) {
		for _, at := range []int{start, end} {
			if at < len(src) && !utf8.RuneStart(src[at]) {
				t.Fatalf("%s: offset %d splits a UTF-8 sequence in %q", who, at, src)
			}
		}
	}
}

// FuzzFix runs the whole --fix pipeline (all rules, safe fixes, fixpoint):
// valid UTF-8 stays valid, invalid bytes are kept, fixing is idempotent,
// and the fixed text has no safe fix left.
func FuzzFix(f *testing.F) {
	addSeeds(f)
	rules := allRules(f)
	setup := &lint.Setup{
		Env:        &lint.Env{},
		RulesFor:   func(string) []lint.Active { return rules },
		IsMarkdown: markdown.IsMarkdown,
		Mask:       markdown.Mask,
		Jobs:       1,
	}
	fix := func(t *testing.T, name string, data []byte) []byte {
		res := lint.Run(setup, []lint.Input{{Path: name, Data: data, Explicit: true}})
		if res[0].Err != nil {
			return data // binary: not linted, not fixed
		}
		out := lint.FixAll(setup, res, false)
		if len(out) == 0 {
			return data
		}
		if out[0].Err != nil {
			t.Fatalf("fix: %v", out[0].Err)
		}
		return out[0].New
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, name := range []string{"a.txt", "a.md"} {
			once := fix(t, name, []byte(s))
			if utf8.ValidString(s) && !utf8.Valid(once) {
				t.Fatalf("%s: valid UTF-8 in, invalid out: %q -> %q", name, s, once)
			}
			if n := strings.Count(s, "\uFFFD"); !utf8.ValidString(s) && invalidBytes(once) != invalidBytes([]byte(s)) {
				t.Fatalf("%s: invalid bytes changed (%d U+FFFD): %q -> %q", name, n, s, once)
			}
			if twice := fix(t, name, once); string(twice) != string(once) {
				t.Fatalf("%s: fix is not idempotent:\n in   %q\n once %q\n twice %q", name, s, once, twice)
			}
		}
	})
}

// invalidBytes returns the bytes of b that are not part of valid UTF-8.
func invalidBytes(b []byte) string {
	var out []byte
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		if r == utf8.RuneError && n == 1 {
			out = append(out, b[0])
		}
		b = b[n:]
	}
	return string(out)
}
