package hyphenbreak

import (
	"github.com/stylelint-dev/stylelint/internal/ruletest"
	"strings"
	"testing"
)

func TestHyphenBreakFixes(t *testing.T) {
	r := ruletest.Build(t, "hyphen-break")
	cases := []ruletest.FixCase{
		{"This is an exam-\nple of it.\n", "This is an example of it.\n"},
		{"The acquisi-\r\ntion closed.\r\n", "The acquisition closed.\r\n"},
		{"while the oth -\n\ner half is rooting for me.\n", "while the other half is rooting for me.\n"},
		{"an ex- ample here\n", "an example here\n"},
		{"a well-\nknown fact\n", "a well-known fact\n"},
		{"the two-\nyear plan\n", "the two-year plan\n"},
		{"the anti-\npolice protest\n", "the anti-police protest\n"},
		{"the specifica-\ntions were\n", "the specifications were\n"},
		// a prefix keeps its hyphen unless the closed form is a common word
		{"an anti-\ndemocratic law, under-\ninflated tyres\n", "an anti-democratic law, under-inflated tyres\n"},
		{"I under-\nstand the co-\nordinator\n", "I understand the coordinator\n"},
		{"exam\u00adple and ex\u00adam\u00adple\n", "example and example\n"},
		// a soft hyphen before a lone CR goes; the CR stays (not a line break)
		{"exam\u00ad\rple\n", "exam\rple\n"},
	}
	ruletest.CheckFixes(t, r, cases)
}

func TestHyphenBreakOneDiagnosticPerBreak(t *testing.T) {
	r := ruletest.Build(t, "hyphen-break")
	text := "the oth -\n\ner half\n"
	ds := ruletest.Check(t, r, "a.txt", text, nil)
	if len(ds) != 1 || text[ds[0].Start:ds[0].End] != "oth -\n\ner" {
		t.Fatalf("got %q", ruletest.Flagged(ds, text))
	}
	if !ds[0].Fixes[0].Safe {
		t.Error("a rejoin into a dictionary word should be safe")
	}
}

func TestHyphenBreakNeverFlags(t *testing.T) {
	r := ruletest.Build(t, "hyphen-break")
	texts := []string{
		"pre- and post-war Europe\n",
		"first- and second-graders\n",
		"the result - a disaster\n",
		"the result -\na disaster\n",
		"Items:\n- one\n- two\n",
		"from 1990-\n1995 they\n",
		"a well-known, hyphenated-compound text\n",
		"He said:\n\n- Nothing.\n",
		"the end of a line -\n\nThe next paragraph.\n",
		// a lone CR is not a line break: nothing is joined across it
		"This is an exam-\rple of it.\n",
	}
	ruletest.CheckClean(t, r, "a.txt", texts)
	md := "```\nexam-\nple\n```\n\nSee `acquisi-\ntion`.\n"
	if ds := ruletest.Check(t, r, "a.md", md, nil); len(ds) > 0 {
		t.Errorf("ruletest.Flagged Markdown code: %q", ruletest.Flagged(ds, md))
	}
}

// In hard-wrapped text (paragraphs over several lines) a rejoined word
// moves to the next line whole, so no line grows by a word; text with one
// paragraph per line is joined in place.
func TestHyphenBreakKeepsTheWrap(t *testing.T) {
	r := ruletest.Build(t, "hyphen-break")
	wrapped := "This paragraph is hard-wrapped at about seventy columns, as people\n" +
		"write Markdown by hand, and here comes an exam-\n" +
		"ple of a word broken at a line end, and a well-\n" +
		"known compound; then a line that starts with a break-\n" +
		"ing word, and the end.\n"
	want := "This paragraph is hard-wrapped at about seventy columns, as people\n" +
		"write Markdown by hand, and here comes an\n" +
		"example of a word broken at a line end, and a\n" +
		"well-known compound; then a line that starts with a\n" +
		"breaking word, and the end.\n"
	ruletest.CheckFixes(t, r, []ruletest.FixCase{{wrapped, want}})
	crlf := strings.ReplaceAll(wrapped, "\n", "\r\n")
	ruletest.CheckFixes(t, r, []ruletest.FixCase{{crlf, strings.ReplaceAll(want, "\n", "\r\n")}})
	perLine := "A title\n\nThe first paragraph has an exam-\nple in it.\n\nThe second paragraph.\n"
	ruletest.CheckFixes(t, r, []ruletest.FixCase{{perLine, "A title\n\nThe first paragraph has an example in it.\n\nThe second paragraph.\n"}})
}
