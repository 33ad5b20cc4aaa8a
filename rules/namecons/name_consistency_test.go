package namecons

import (
	"fmt"
	"github.com/stylelint-dev/stylelint/internal/lint"
	"github.com/stylelint-dev/stylelint/internal/registry"
	"github.com/stylelint-dev/stylelint/internal/ruletest"
	"math"
	"slices"
	"strings"
	"testing"
)

// runNames lints texts as one run and returns, per file, "variant->fix".
func runNames(t *testing.T, ctx *registry.Context, opts func(*nameConsistencyOptions), texts ...string) [][]string {
	t.Helper()
	spec, _ := registry.Lookup("name-consistency")
	r, err := spec.New(ctx, func(v any) error {
		if opts != nil {
			opts(v.(*nameConsistencyOptions))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	got := make([][]string, len(texts))
	for i, ds := range ruletest.RunCorpus(t, r, texts...) {
		for _, d := range ds {
			got[i] = append(got[i], texts[i][d.Start:d.End]+"->"+d.Fixes[0].Edits[0].New)
		}
	}
	return got
}

func TestNameConsistencyWithinFile(t *testing.T) {
	cases := []struct{ text, want string }{
		{"Kim Kardashian spoke. Kardashian left. Kardashian returned. Kardashain waved.", "Kardashain->Kardashian"},
		{"Nick Godejohn was charged. Godejohn pleaded. Godejon was sentenced.", "Godejon->Godejohn"},
		{"Marshall Applewhite founded the group. We met Applewhite there, and Applewhite smiled. Later, Marshall Applewhit left.", "Applewhit->Applewhite"},
		{"Boeing fell. Boeing rose. Boeeng said.", "Boeeng->Boeing"},
		{"Beyoncé sang. Beyoncé danced. Beyonce left.", "Beyonce->Beyoncé"},
	}
	for _, c := range cases {
		got := runNames(t, &registry.Context{}, nil, c.text)
		if len(got[0]) != 1 || got[0][0] != c.want {
			t.Errorf("%q: got %q, want %q", c.text, got[0], c.want)
		}
	}
}

// The message says why; --fix respells on its own only above the
// model's safe probability, and always towards a declared name.
func TestNameConsistencyMessageAndSafety(t *testing.T) {
	spec, _ := registry.Lookup("name-consistency")
	r, _ := spec.New(&registry.Context{Names: []registry.Name{{Canonical: "Zelensky", Variants: []string{"Zelenskiy"}}}}, func(any) error { return nil })
	text := "Kim Kardashian arrived. Later, Kardashian said she was happy, and Kim Kardashain waved. Zelenskiy met Zelenskyy. " +
		"Rudolph spoke. We met Rudolph there. Rudolph left, and Rudolhp came back."
	ds := ruletest.RunCorpus(t, r, text)[0]
	seen := map[string]bool{}
	for _, d := range ds {
		w := text[d.Start:d.End]
		seen[w] = true
		switch w {
		case "Kardashain", "Rudolhp":
			n := map[string]int{"Kardashain": 2, "Rudolhp": 3}[w]
			prefix := fmt.Sprintf("%q: elsewhere spelled %q (%d times): %q is in no word list, one transposition apart", w, d.Fixes[0].Edits[0].New, n, w)
			var prob float64
			if !strings.HasPrefix(d.Message, prefix) {
				t.Errorf("%s: message %q, want the prefix %q", w, d.Message, prefix)
			} else if _, err := fmt.Sscanf(d.Message[strings.LastIndex(d.Message, "typo probability "):], "typo probability %f", &prob); err != nil {
				t.Errorf("%s: no probability in %q", w, d.Message)
			}
			if d.Fixes[0].Safe != (prob >= builtinNameModel.Safe) {
				t.Errorf("%s: probability %.2f, safe=%v; safe from %.2f", w, prob, d.Fixes[0].Safe, builtinNameModel.Safe)
			}
			if math.Abs(d.Confidence-prob) > 0.005 || d.Confidence < builtinNameModel.Report {
				t.Errorf("%s: confidence %v, want the model's probability %.2f", w, d.Confidence, prob)
			}
		case "Zelenskiy", "Zelenskyy":
			if !d.Fixes[0].Safe || d.Fixes[0].Edits[0].New != "Zelensky" {
				t.Errorf("%s: a declared name gives a safe fix to it: %+v", w, d)
			}
			if d.Confidence != 0 {
				t.Errorf("%s: a declared name is no model's finding, confidence %v", w, d.Confidence)
			}
		default:
			t.Errorf("unexpected %q", w)
		}
	}
	if !seen["Kardashain"] || !seen["Zelenskiy"] {
		t.Errorf("got %+v", ds)
	}
}

// The model decides: two spellings that are both in use (Osama, Obama)
// are two names; a spelling set against the other on purpose (Tyva, not
// Tuva; "(sic)") is not a slip.
func TestNameConsistencyWeighsEvidence(t *testing.T) {
	never := []string{
		"President Barack Obama spoke on Monday. Obama said the raid was a success. Critics of Obama disagreed. The operation killed Osama bin Laden.",
		"Tuva is a republic in Siberia. Tuva borders Mongolia. The people of Tuva call it Tyva, not Tuva.",
		"Kim Kardashian arrived. Kardashian left. Kardashian smiled. A fan wrote Kardashain (sic) on a sign.",
		"Kim Kardashian arrived. Kardashian left. Kardashian smiled. Fans write Kardashian or Kardashain online.",
	}
	for _, text := range never {
		if got := runNames(t, &registry.Context{}, nil, text); len(got[0]) != 0 {
			t.Errorf("%q: ruletest.Flagged %q", text, got[0])
		}
	}
	// The same slip without the contrast is reported.
	text := "Tuva is a republic in Siberia. Tuva borders Mongolia. The people of Tuva are herders, and Tyva has a capital."
	if got := runNames(t, &registry.Context{}, nil, text); len(got[0]) != 1 || got[0][0] != "Tyva->Tuva" {
		t.Errorf("got %q", got[0])
	}
}

// A model that never reports in files or across them silences the rule's
// weighed findings; declared names still hold.
func TestNameConsistencyThresholds(t *testing.T) {
	spec, _ := registry.Lookup("name-consistency")
	rule, _ := spec.New(&registry.Context{Names: []registry.Name{{Canonical: "Zelensky", Variants: []string{"Zelenskiy"}}}}, func(any) error { return nil })
	r := rule.(*nameConsistency)
	m := builtinNameModel
	m.Report, m.Cross = 1.01, 1.01
	r.model = &m
	a := "Andreas Weber wrote it. Andreas Weber fixed it. Andreas Kuhn helped."
	b := "Andreas Weber reviewed. Andreas Kuhn merged. Andreas Weber shipped."
	c := "Thanks to Andraes Weber for the patch. Kim Kardashian arrived. Later, Kardashian said she was happy, and Kim Kardashain waved. Zelenskiy spoke."
	got := ruletest.RunCorpus(t, r, a, b, c)
	if len(got[2]) != 1 || c[got[2][0].Start:got[2][0].End] != "Zelenskiy" {
		t.Errorf("got %+v", got[2])
	}
}

func TestNameEditKind(t *testing.T) {
	cases := []struct {
		v, d    string
		feature int
		last    bool
	}{
		{"Kardashain", "Kardashian", fEditTransposition, false},
		{"Volkswagne", "Volkswagen", fEditTransposition, true},
		{"Heywardd", "Heyward", fEditDoubled, true},
		{"Brrazil", "Brazil", fEditDoubled, false},
		{"Wotton", "Wootton", fEditUndoubled, false},
		{"Chales", "Charles", fEditDropped, false},
		{"Oscasr", "Oscar", fEditInserted, false},
		{"Obamo", "Obama", fEditVowel, true},
		{"Osama", "Obama", -1, false},
		{"Beyonce", "Beyoncé", -1, true},
	}
	for _, c := range cases {
		f, last := editKind(c.v, c.d)
		if f != c.feature || last != c.last {
			t.Errorf("editKind(%q, %q) = %d, %v; want %d, %v", c.v, c.d, f, last, c.feature, c.last)
		}
	}
}

// The shipped model was fitted on the features the rule computes, in the
// same order.
func TestNameModelInStep(t *testing.T) {
	m := builtinNameModel
	names := NameFeatureNames()
	if len(names) != numNameFeatures || len(m.Names) != len(names) || len(m.Mean) != len(names) || len(m.Scale) != len(names) || len(m.Weight) != len(names) {
		t.Fatalf("model has %d names, %d weights; the rule computes %d features: run go generate ./rules", len(m.Names), len(m.Weight), numNameFeatures)
	}
	for i := range names {
		if m.Names[i] != names[i] {
			t.Errorf("feature %d: model %q, rule %q", i, m.Names[i], names[i])
		}
	}
	if !(0 < m.Report && m.Report <= m.Safe && m.Safe <= 1 && m.Report <= m.Cross) {
		t.Errorf("thresholds report %v safe %v cross %v", m.Report, m.Safe, m.Cross)
	}
}

// Across files there is no shared text: a variant is paired only with a
// dominant that stands beside the same name somewhere in the run, never
// beside another name (Andras Timar) or alone (a town one letter from a
// surname, Clarkston and Clarkson).
func TestNameConsistencyAcrossFilesNeedsSharedNeighbour(t *testing.T) {
	a := "Andreas Weber wrote it. Andreas Weber fixed it. Andreas Kuhn helped."
	b := "Andreas Weber reviewed. Andreas Kuhn merged. Andreas Weber shipped."
	typo := "Thanks to Andraes Weber for the patch."
	other := "Thanks to Andras Timar for the patch."
	alone := "Thanks to Adnreas for the patch."
	got := runNames(t, &registry.Context{}, nil, a, b, typo, other, alone)
	if len(got[2]) != 1 || got[2][0] != "Andraes->Andreas" {
		t.Errorf("a typo beside a shared surname: got %q", got[2])
	}
	if len(got[3]) != 0 {
		t.Errorf("another person (Andras Timar) paired with Andreas: %q", got[3])
	}
	if len(got[4]) != 0 {
		t.Errorf("a spelling with no neighbour paired across files: %q", got[4])
	}
}

// Respelling never strips accents: the plain form is the degraded one.
func TestNameConsistencyKeepsAccents(t *testing.T) {
	text := "Zoltan wrote. Zoltan fixed. Zoltan merged. Zoltán reviewed."
	if got := runNames(t, &registry.Context{}, nil, text); len(got[0]) != 0 {
		t.Errorf("accent stripped: %q", got[0])
	}
	a := "Aurelien Jarno wrote. Aurelien Jarno fixed. Aurelien Jarno merged."
	b := "Aurelien Jarno uploaded. Aurelien Jarno built."
	c := "Aurélien Jarno reviewed."
	if got := runNames(t, &registry.Context{}, nil, a, b, c); len(got[2]) != 0 {
		t.Errorf("accent stripped across the run: %q", got[2])
	}
}

// A name ending in s does not take a plain s: Joness is a doubled letter,
// not a plural.
func TestNameConsistencyDoubledFinalS(t *testing.T) {
	text := "Jones spoke. Jones left. Jones returned. Joness waved."
	if got := runNames(t, &registry.Context{}, nil, text); len(got[0]) != 1 || got[0][0] != "Joness->Jones" {
		t.Errorf("got %q", got[0])
	}
}

// The message names the neighbour both spellings stand beside, before
// or after them.
func TestNameConsistencyNamesSharedNeighbour(t *testing.T) {
	for text, want := range map[string]string{
		"Kim Kardashian spoke. Kim Kardashian left. Later Kim Kardashain waved.":    `both after "Kim"`,
		"Kardashian West spoke. Kardashian West left. Later Kardashain West waved.": `both before "West"`,
	} {
		r := ruletest.Build(t, "name-consistency")
		ds := ruletest.Check(t, r, "a.txt", text, nil)
		if len(ds) != 1 || !strings.Contains(ds[0].Message, want) {
			var msgs []string
			for _, d := range ds {
				msgs = append(msgs, d.Message)
			}
			t.Errorf("%q: messages %q, want one saying %s", text, msgs, want)
		}
	}
}

func TestNameConsistencyNeverFlags(t *testing.T) {
	texts := []string{
		"John met Jon. John left. Jon stayed. John and Jon talked.",
		"Mark and Mike. Mark, Mark, Mike, Mike.",
		"Austria and Australia. Australia, Australia, Austria.",
		"Apple. Apple. Apple. Apply now.",
		"The Kardashians aired. Kardashian spoke. Kardashian left. Kardashian's show.",
		"Many people. Many more. Many others. Manny Pacquiao fought.",
		"SKIMS sold. SKIMS grew. SKIMS won. Skims launched.",
		"Zelensky spoke. Zelensky flew. Zelenska, his wife, spoke.",
	}
	for _, text := range texts {
		if got := runNames(t, &registry.Context{}, nil, text); len(got[0]) > 0 {
			t.Errorf("%q: ruletest.Flagged %q", text, got[0])
		}
	}
	got := runNames(t, &registry.Context{}, func(o *nameConsistencyOptions) { o.CaseVariants = true }, "SKIMS sold. SKIMS grew. SKIMS won. Skims launched.")
	if len(got[0]) != 1 || !strings.HasPrefix(got[0][0], "Skims->") {
		t.Errorf("case-variants on: got %q", got[0])
	}
}

// A name that is also a lowercase word (pollard, gaga, burke) is still a
// name when the text capitalises it inside sentences; a capitalised common
// word only seen at sentence starts is not a name to respell towards.
func TestNameConsistencyNamesThatAreWords(t *testing.T) {
	text := "Skis made by Pollard are wide. We met Pollard there, and Pollard smiled. Later Pollord left."
	if got := runNames(t, &registry.Context{}, nil, text); len(got[0]) != 1 || got[0][0] != "Pollord->Pollard" {
		t.Errorf("got %q", got)
	}
	text = "Many came. Many left. Many stayed. Mayn wrote."
	if got := runNames(t, &registry.Context{}, nil, text); len(got[0]) != 0 {
		t.Errorf("a sentence-initial common word is not a name: got %q", got)
	}
}

// Given names followed by different surnames are different people, not
// typos of one another (an authors list: Daniel ×3, Daniele ×1).
func TestNameConsistencyDifferentPeople(t *testing.T) {
	text := "Daniel Holth wrote it. Daniel Moore fixed it. Daniel Greenfeld tested it. Daniele Varrazzo helped."
	if got := runNames(t, &registry.Context{}, nil, text); len(got[0]) != 0 {
		t.Errorf("got %q", got)
	}
	// Surnames after different given names, likewise; a title says nothing.
	text = "Wing Cheung spoke. Wing Cheung left. Wing Cheung won. Richard Cheng said."
	if got := runNames(t, &registry.Context{}, nil, text); len(got[0]) != 0 {
		t.Errorf("got %q", got)
	}
	text = "Vladimir Putin spoke. Vladimir Putin left. Vladimir Putin won. President Puti said."
	if got := runNames(t, &registry.Context{}, nil, text); len(got[0]) != 1 || got[0][0] != "Puti->Putin" {
		t.Errorf("a title before the variant is no evidence: got %q", got)
	}
	// ...but a typo of a given name before the same surname is reported.
	text = "Donald Trump spoke. Donald Trump left. Donald Trump won. Donad Trump said."
	if got := runNames(t, &registry.Context{}, nil, text); len(got[0]) != 1 || got[0][0] != "Donad->Donald" {
		t.Errorf("got %q", got)
	}
}

// A run of letters longer than any name is not a name (pairing it by its
// deletions would cost time quadratic in its length).
func TestNameConsistencyIgnoresOverlongTokens(t *testing.T) {
	long := "Kardashian" + strings.Repeat("x", maxNameBytes)
	text := long + " " + long + " " + long + " " + long[:len(long)-1] + "y."
	if got := runNames(t, &registry.Context{}, nil, text); len(got[0]) != 0 {
		t.Errorf("paired overlong tokens: %q", got[0])
	}
}

// An in-file finding points at where the dominant spelling is used.
func TestNameConsistencyRelated(t *testing.T) {
	r := ruletest.Build(t, "name-consistency")
	text := "Kim Kardashian spoke. Kardashian left. Later Kardashian came back, and Kardashain smiled.\n"
	ds := ruletest.Check(t, r, "a.txt", text, nil)
	if len(ds) != 1 || len(ds[0].Related) != 1 {
		t.Fatalf("got %+v", ds)
	}
	rel := ds[0].Related[0]
	if text[rel.Start:rel.End] != "Kardashian" || rel.Start != 4 || !strings.Contains(rel.Message, "Kardashian") {
		t.Errorf("related %+v", rel)
	}
}

// A name glued to a word (ofKardashian, Kardashiandid: a lost space) is a
// use of the name: one clean use and two glued make it the dominant
// spelling; without its clean use a glued form is no name at all.
func TestNameConsistencyCountsGluedUses(t *testing.T) {
	text := "Kim Kardashian spoke to reporters on Monday. Reporters asked ofKardashian about the show, and Kardashiandid not answer. Later, Kardashain waved at the crowd from the car."
	got := runNames(t, &registry.Context{}, nil, text)
	if len(got[0]) != 1 || got[0][0] != "Kardashain->Kardashian" {
		t.Errorf("got %v, want Kardashain->Kardashian", got[0])
	}
	alone := "Reporters asked ofKardashian about the show, and Kardashiandid not answer. Later, Kardashain waved at the crowd."
	if got := runNames(t, &registry.Context{}, nil, alone); len(got[0]) != 0 {
		t.Errorf("no clean use, yet %v", got[0])
	}
	if caseJoinTail("PostScott") != "Scott" || caseJoinTail("ofStevia") != "Stevia" || caseJoinTail("JavaScriptCore") != "" || caseJoinTail("iPad") != "" {
		t.Error("caseJoinTail")
	}
}

// The deletion index gives, for a key, every spelling that has it, in
// ascending order whatever order the file's map gives them in, and a
// spelling twice when two of its deletions are one key.
func TestDeleteIndexOrder(t *testing.T) {
	r := &nameConsistency{minCount: 1}
	fact := nameFact{}
	for _, w := range []string{"Kardashian", "Karda", "Anna", "Kardashain", "Ana"} {
		fact[w] = &nameUse{count: 1}
	}
	idx := r.index(fact)
	var got []string
	idx.each(hashSkip("Ana", 0, 0), func(w string) { got = append(got, w) })
	if strings.Join(got, " ") != "Ana Anna Anna" {
		t.Errorf("key Ana: %q", got)
	}
	got = nil
	idx.each(hashSkip("Kardashian", 9, 1), func(w string) { got = append(got, w) }) // Kardashia
	if strings.Join(got, " ") != "Kardashian" {
		t.Errorf("key Kardashia: %q", got)
	}
	got = nil
	idx.each(hashSkip("Kardashan", 0, 0), func(w string) { got = append(got, w) }) // Kardashian less i, Kardashain less i
	if strings.Join(got, " ") != "Kardashain Kardashian" {
		t.Errorf("key Kardashan: %q", got)
	}
	idx.each(hashSkip("Zzz", 0, 0), func(w string) { t.Errorf("unknown key gave %q", w) })
}

// A spelling the lexicon lists only among SCOWL's rarer levels (55 to 70:
// Milicent) is weighed by the model like an unlisted one; a word listed
// among those in common use (Role) is a real word and never paired.
func TestNameConsistencyWeighsRareListedSpellings(t *testing.T) {
	weighed := func(text string) []string {
		t.Helper()
		cs, err := NameCandidates([]lint.Input{{Path: "a.txt", Data: []byte(text)}}, 1)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, c := range cs {
			out = append(out, c.Variant+"->"+c.Dominant)
		}
		return out
	}
	rare := "Millicent Fenwick spoke. Millicent Fenwick left. Millicent returned, and Millicent smiled. Later, Milicent Fenwick waved."
	if got := weighed(rare); !slices.Contains(got, "Milicent->Millicent") {
		t.Errorf("rare listed spelling not weighed: %q", got)
	}
	if got := runNames(t, &registry.Context{}, nil, rare); !slices.Contains(got[0], "Milicent->Millicent") {
		t.Errorf("rare listed spelling beside the same surname not flagged: %q", got[0])
	}
	if got := weighed("Rolfe spoke. Rolfe left. Rolfe returned. We saw the Role there."); slices.Contains(got, "Role->Rolfe") {
		t.Errorf("a common word paired with a name: %q", got)
	}
}
