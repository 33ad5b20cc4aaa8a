package furniture

import (
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/stylelint-dev/stylelint/internal/lexicon"
	"github.com/stylelint-dev/stylelint/internal/lint"
)

// The index constants name the features they index.
func TestFeatureIndexes(t *testing.T) {
	for i, name := range map[int]string{
		fLogWords:             "log_words",
		fMeanWordLen:          "mean_word_len",
		fEndsSentence:         "ends_sentence",
		fEndsColon:            "ends_colon",
		fEndsEllipsis:         "ends_ellipsis",
		fStartsDigit:          "starts_digit",
		fStartsQuote:          "starts_quote",
		fStartsBullet:         "starts_bullet",
		fStartsBy:             "starts_by",
		fTitleCase:            "title_case",
		fAllCaps:              "all_caps",
		fFunctionShare:        "function_share",
		fKnownShare:           "known_share",
		fRarity:               "rarity",
		fDigitShare:           "digit_share",
		fHasYear:              "has_year",
		fHasTime:              "has_time",
		fHasMonth:             "has_month",
		fHasAt:                "has_at",
		fHasHash:              "has_hash",
		fHasURL:               "has_url",
		fHasCopyright:         "has_copyright",
		fHasPipe:              "has_pipe",
		fHasDotSep:            "has_dot_sep",
		fHasSlash:             "has_slash",
		fCommaShare:           "comma_share",
		fSentences:            "sentences",
		fSecondPerson:         "second_person",
		fVocab:                "vocab_social",
		fAfterTitle:           "after_title",
		fPosition:             "position",
		fLastLine:             "last_line",
		fTailZone:             "tail_zone",
		fHeadZone:             "head_zone",
		fGluedPrev:            "glued_prev",
		fGluedNext:            "glued_next",
		fPrevSentence:         "prev_sentence",
		fNextSentence:         "next_sentence",
		fPrevShort:            "prev_short",
		fNextShort:            "next_short",
		fCohesion:             "cohesion",
		fNearCohesion:         "near_cohesion",
		fNextCohesion:         "next_cohesion",
		fDocShortLines:        "doc_short_lines",
		fLexicalMean:          "lexical_mean",
		fLexicalMax:           "lexical_max",
		fLexicalFirst:         "lexical_first",
		fEndsQuestion:         "ends_question",
		fRelativeLength:       "relative_length",
		fNoContent:            "no_content",
		fTitleOverlap:         "title_overlap",
		fRepeated:             "repeated",
		fShortLabel:           "short_label",
		fShortTail:            "short_tail",
		fShortHead:            "short_head",
		fShortIsolated:        "short_isolated",
		fWords1:               "words_1",
		fWords2to3:            "words_2_3",
		fWords4to6:            "words_4_6",
		fWords7to12:           "words_7_12",
		fFirstThree:           "first_three",
		fLastThree:            "last_three",
		fTailNoSentence:       "tail_no_sentence",
		fHeadTitleCase:        "head_title_case",
		fLowCohesionTitleCase: "low_cohesion_title_case",
		fPatternEvidence:      "pattern_evidence",
		fPatternMatch:         "pattern_match",
	} {
		if Features[i].Name != name {
			t.Errorf("index %d is %q, want %q", i, Features[i].Name, name)
		}
	}
	for g, gr := range groups {
		if Features[fVocab+g].Name != "vocab_"+gr.name {
			t.Errorf("group %s at %q", gr.name, Features[fVocab+g].Name)
		}
	}
}

// The generated model matches the feature list it was fitted on.
func TestModelMatchesFeatures(t *testing.T) {
	seen := map[string]bool{}
	for _, f := range StageFeatures {
		if f.Name == "" || f.High == "" || seen[f.Name] {
			t.Errorf("feature %+v: empty or duplicate", f)
		}
		seen[f.Name] = true
	}
	p := Default()
	for name, m := range map[string]*Model{"first": p.First} {
		want := StageFeatures[:len(m.Weight)]
		if len(m.Names) != len(want) || len(m.Mean) != len(want) || len(m.Scale) != len(want) {
			t.Fatalf("%s stage: %d names, %d means, %d scales for %d weights", name, len(m.Names), len(m.Mean), len(m.Scale), len(m.Weight))
		}
		for j, n := range m.Names {
			if n != want[j].Name {
				t.Errorf("%s stage: weight %d is %q, feature list says %q (regenerate the model)", name, j, n, want[j].Name)
			}
			if m.Scale[j] <= 0 {
				t.Errorf("%s stage: scale of %q is %v", name, n, m.Scale[j])
			}
		}
	}
	if len(p.First.Weight) != N {
		t.Errorf("the first stage has %d weights; want %d", len(p.First.Weight), N)
	}
	// The second stage's trees read the stage features (and no other) and
	// are well formed: every split has two children inside the tree, every
	// path ends in a leaf.
	f, ok := p.Second.(*Forest)
	if !ok || len(f.Mean) != len(StageFeatures) || len(f.Trees) == 0 {
		t.Fatalf("second stage: %T with %d means, want a forest over %d features", p.Second, len(f.Mean), len(StageFeatures))
	}
	for i, tr := range f.Trees {
		n := len(tr.Feature)
		if len(tr.Threshold) != n || len(tr.Left) != n || len(tr.Right) != n || len(tr.Value) != n {
			t.Fatalf("tree %d: node arrays of different lengths", i)
		}
		for k := range n {
			if tr.Feature[k] < 0 {
				continue
			}
			if tr.Feature[k] >= len(StageFeatures) || tr.Left[k] <= k || tr.Right[k] <= k || tr.Left[k] >= n || tr.Right[k] >= n {
				t.Errorf("tree %d node %d: feature %d, children %d %d", i, k, tr.Feature[k], tr.Left[k], tr.Right[k])
			}
		}
	}
	for _, name := range PresetNames() {
		if th, _ := Preset(name); !(th > 0 && th < 1) {
			t.Errorf("preset %s: threshold %v", name, th)
		}
	}
	if _, ok := Preset("nope"); ok {
		t.Error("unknown preset found")
	}
}

const article = `The Title Of The Piece

By Jane Doe

The council voted on Tuesday to approve the new budget after a long debate that lasted well into the night.

Opponents said the plan would raise taxes on small businesses, while supporters argued it was the only way to balance the books, and that the city could not afford to wait another year for repairs to its roads, bridges, schools and water mains, which engineers have called the worst in the region.

Share this article

The mayor is expected to sign the measure into law by the end of the week, aides said in a statement.

` + "Related Stories\n"

func extract(t *testing.T, text string) (*lint.Document, []Candidate) {
	t.Helper()
	doc := lint.NewDocument("a.txt", []byte(text), false, nil)
	return doc, Extract(doc.Text, doc.Lines(), lexicon.Get())
}

// Candidates are the lines after the title of at most MaxWords words
// (the 50-word paragraph is not one), with finite features
// and their neighbours; a document without an article body has none.
func TestExtract(t *testing.T) {
	doc, cands := extract(t, article)
	var got []string
	for _, c := range cands {
		ln := doc.Lines()[c.Line]
		got = append(got, string(doc.Src[ln.Start:ln.End]))
		if len(c.X) != N {
			t.Fatalf("%d features, want %d", len(c.X), N)
		}
		for j, v := range c.X {
			if math.IsNaN(v) || math.IsInf(v, 0) {
				t.Errorf("%q: feature %s is %v", got[len(got)-1], Features[j].Name, v)
			}
		}
		if c.Prev < 0 || c.Prev >= c.Line || c.Next != -1 && c.Next <= c.Line {
			t.Errorf("%q: neighbours %d, %d", got[len(got)-1], c.Prev, c.Next)
		}
	}
	want := "By Jane Doe|The council voted on Tuesday to approve the new budget after a long debate that lasted well into the night.|" +
		"Share this article|The mayor is expected to sign the measure into law by the end of the week, aides said in a statement.|Related Stories"
	if strings.Join(got, "|") != want {
		t.Errorf("candidates %q, want %q", got, want)
	}
	for _, text := range []string{"", "Title only\n", "A title\n\nShort line\n\nAnother short line\n", strings.Repeat("x ", 100)} {
		if _, c := extract(t, text); len(c) != 0 {
			t.Errorf("%q: %d candidates, want none", text, len(c))
		}
	}
}

// The pipeline scores furniture above the article's own lines, and its
// explanations are the strongest positive contributions, in order.
func TestScoreAndExplain(t *testing.T) {
	doc, cands := extract(t, article)
	p := Default()
	p.Score(cands)
	prob := map[string]float64{}
	for _, c := range cands {
		ln := doc.Lines()[c.Line]
		prob[string(doc.Src[ln.Start:ln.End])] = c.Probability
		if len(c.X) != N+len(Neighbours) || c.Probability <= 0 || c.Probability >= 1 {
			t.Errorf("candidate %d: %d features, probability %v", c.Line, len(c.X), c.Probability)
		}
		rs := p.Second.Explain(c.X, 3)
		if len(rs) > 3 {
			t.Errorf("%d reasons, want at most 3", len(rs))
		}
		for i, r := range rs {
			if r.Contribution <= 0 || r.Phrase == "" || i > 0 && r.Contribution > rs[i-1].Contribution {
				t.Errorf("reasons %+v", rs)
			}
		}
	}
	if !(prob["Related Stories"] > 0.5 && prob["Share this article"] > 0.5) {
		t.Errorf("furniture scored low: %v", prob)
	}
}

// FuzzExtract runs the model on an article with a fuzzed stretch between
// its paragraphs: no panic, finite features, probabilities in (0, 1), and
// every candidate a line of the document.
func FuzzExtract(f *testing.F) {
	for _, seed := range []string{"Share this article", "By Jane Doe\nJune 1, 2020", "\xff\xfe", "a\r\nb\rc", "•·|©@#", "ÜNÏCODE Wörds", strings.Repeat("x ", 60), "\x00\x00", "- - -\n\n\n"} {
		f.Add(seed)
	}
	const sentence = "The council voted on Tuesday to approve the new budget after a long debate that lasted well into the night.\n\n"
	f.Fuzz(func(t *testing.T, mid string) {
		text := "A Title\n\n" + sentence + mid + "\n\n" + sentence + mid
		doc := lint.NewDocument("a.txt", []byte(text), false, nil)
		cands := Extract(doc.Text, doc.Lines(), lexicon.Get())
		Default().Score(cands)
		// The rule's streaming path gives the same probabilities.
		e := Extractor{Lex: lexicon.Get(), Words: ShippedWords()}
		scored := e.Scored(doc.Text, doc.Lines(), Default(), func(p float64) bool { return p >= 0.5 })
		if len(scored) != len(cands) {
			t.Fatalf("Scored: %d candidates, Extract: %d", len(scored), len(cands))
		}
		for i, c := range scored {
			if c.Line != cands[i].Line || c.Probability != cands[i].Probability || (c.X != nil) != (c.Probability >= 0.5) {
				t.Fatalf("Scored %+v, Extract and Score %+v", c, cands[i])
			}
		}
		for _, c := range cands {
			if c.Line <= 0 || c.Line >= len(doc.Lines()) || !(c.Probability > 0 && c.Probability < 1) {
				t.Fatalf("candidate %+v", c)
			}
			for j, v := range c.X {
				if math.IsNaN(v) || math.IsInf(v, 0) {
					t.Fatalf("feature %s = %v", StageFeatures[j].Name, v)
				}
			}
			Default().Second.Explain(c.X, 3)
		}
	})
}

// A word's facts are cached across documents for the shipped lexicon and
// table only: the same document gives the same features before and after
// the cache is warm, and another table is never answered from the cache.
func TestWordFactsCache(t *testing.T) {
	doc := lint.NewDocument("a.txt", []byte(article), false, nil)
	lines := doc.Lines()
	shipped := Extractor{Lex: lexicon.Get(), Words: ShippedWords()}
	cold := (&Extractor{Lex: lexicon.Get(), Words: map[string]float64{}}).Extract(doc.Text, lines)
	first := shipped.Extract(doc.Text, lines)
	warm := shipped.Extract(doc.Text, lines)
	for i := range first {
		if !slices.Equal(first[i].X, warm[i].X) {
			t.Fatalf("line %d: features %v cold, %v warm", first[i].Line, first[i].X, warm[i].X)
		}
	}
	// Every word is furniture vocabulary in this table: lexical_max must
	// say so on every candidate, although the shipped table is cached.
	all := map[string]float64{}
	for _, w := range strings.Fields(strings.ToLower(article)) {
		all[strings.Trim(w, ".,")] = 3
	}
	custom := (&Extractor{Lex: lexicon.Get(), Words: all}).Extract(doc.Text, lines)
	for i, c := range custom {
		if c.X[fLexicalMax] != 3 || first[i].X[fLexicalMax] == 3 || cold[i].X[fLexicalMax] != 0 {
			t.Errorf("line %d: lexical_max %v with its table, %v shipped, %v with none", c.Line, c.X[fLexicalMax], first[i].X[fLexicalMax], cold[i].X[fLexicalMax])
		}
	}
}

// Score's neighbour features are the first stage's probabilities of the
// candidates right before and after a line, and 0 where that line is no
// candidate.
func TestScoreNeighbours(t *testing.T) {
	_, cands := extract(t, article)
	p := Default()
	p.Score(cands)
	byLine := map[int]float64{}
	for _, c := range cands {
		byLine[c.Line] = p.First.Probability(c.X)
	}
	for _, c := range cands {
		if got := c.X[N:]; got[0] != byLine[c.Prev] || got[1] != byLine[c.Next] {
			t.Errorf("line %d: neighbours %v, want %v, %v", c.Line, got, byLine[c.Prev], byLine[c.Next])
		}
	}
}

// Scored gives what Extract and Score give, probability for probability,
// and keeps the features (with the neighbour features) of exactly the
// candidates keep accepts.
func TestScoredEqualsExtractAndScore(t *testing.T) {
	var b strings.Builder
	b.WriteString(article)
	for i := 0; i < 30; i++ {
		b.WriteString("\n\nShare this article\nFollow us on Twitter\n\nThe council voted on Tuesday to approve the new budget after a long debate that lasted well into the night.\n\nBy Jane Doe\n\nRelated Stories")
	}
	for _, text := range []string{article, b.String(), "Title\n\nOnly one line of text that is long enough to be an article body, it seems to me.\n"} {
		doc := lint.NewDocument("a.txt", []byte(text), false, nil)
		p := Default()
		want := Extract(doc.Text, doc.Lines(), lexicon.Get())
		p.Score(want)
		e := Extractor{Lex: lexicon.Get(), Words: ShippedWords()}
		got := e.Scored(doc.Text, doc.Lines(), p, func(prob float64) bool { return prob >= 0.5 })
		if len(got) != len(want) {
			t.Fatalf("%d candidates, want %d", len(got), len(want))
		}
		kept := 0
		for i := range got {
			g, w := got[i], want[i]
			if g.Line != w.Line || g.Prev != w.Prev || g.Next != w.Next || g.Probability != w.Probability {
				t.Fatalf("candidate %d: %+v, want %+v", i, g, w)
			}
			if (g.X != nil) != (w.Probability >= 0.5) || g.X != nil && !slices.Equal(g.X, w.X) {
				t.Fatalf("candidate %d (%.3f): X %v, want %v", i, w.Probability, g.X, w.X)
			}
			if g.X != nil {
				kept++
			}
		}
		if text == b.String() && kept == 0 {
			t.Error("no candidate kept its features")
		}
		if got := e.Scored(doc.Text, doc.Lines(), p, nil); len(got) != len(want) || len(got) > 0 && got[0].X != nil {
			t.Error("a nil keep kept features")
		}
	}
}
