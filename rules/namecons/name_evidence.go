package namecons

import (
	"fmt"
	"github.com/stylelint-dev/stylelint/internal/fitted"
	"github.com/stylelint-dev/stylelint/internal/registry"
	"math"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/stylelint-dev/stylelint/internal/lint"
	"github.com/stylelint-dev/stylelint/internal/textscan"
	"github.com/stylelint-dev/stylelint/internal/wordclass"
	"github.com/stylelint-dev/stylelint/internal/wordfreq"
)

// Whether a rare spelling is a typo of a common one, or a different name
// one edit away (Osama and Obama, Staaten and Staten), is decided by a
// logistic model over the evidence below, fitted on the pool's train half
// by tools/nametrain (go generate ./rules). Edit distance only proposes
// the pair; frequencies, the kind of edit, the counts and the context
// decide.

//go:generate go run ../../tools/nametrain -pool ../../../shared/pool/train -out name_model_gen.go

// nameFeature is one piece of evidence: its name (the generated model's
// weights are checked against this order by a test) and how a message says
// it when it speaks for a typo.
type nameFeature struct {
	Name   string
	Phrase string // %[1]s is the variant, %[2]s the dominant spelling, %[3]s the shared neighbour's phrase
}

// nameFeatures is the model's input, in order.
var nameFeatures = []nameFeature{
	{"variant_zipf", ""},
	{"variant_listed", ""},
	{"dominant_zipf", ""},
	{"spelling_surprise", "%[1]q is an unlikely spelling"},
	{"dominant_listed", "%[2]q is a known name or word"},
	{"dominant_common_word", ""},
	{"log_dominant_count", ""},
	{"variant_twice", ""},
	{"edit_transposition", "one transposition apart"},
	{"edit_doubled", "a doubled letter"},
	{"edit_undoubled", "a double letter written once"},
	{"edit_dropped", "a dropped letter"},
	{"edit_inserted", "an extra letter"},
	{"edit_vowel", "one vowel swapped"},
	{"edit_last_letter", ""},
	{"length", ""},
	{"shared_neighbour", "%[3]s"},
	{"different_neighbours", ""},
	{"dominant_mid_share", ""},
	{"variant_mid", ""},
	{"nearby", ""},
	{"other_pairs", ""},
}

// Indexes of the features the code sets by name.
const (
	fVariantZipf = iota
	fVariantListed
	fDominantZipf
	fSurprise
	fDominantListed
	fDominantCommon
	fLogDominantCount
	fVariantTwice
	fEditTransposition
	fEditDoubled
	fEditUndoubled
	fEditDropped
	fEditInserted
	fEditVowel
	fEditLast
	fLength
	fSharedNeighbour
	fDifferentNeighbours
	fDominantMid
	fVariantMid
	fNearby
	fOtherPairs
	numNameFeatures
)

// nameBecause says, in words, the strongest evidence for a typo in x (at most
// three pieces), for the message; neighbour says what the two spellings
// share (both after "Kim").
func nameBecause(m *fitted.Model, x []float64, v, d, neighbour string) string {
	type reason struct {
		phrase string
		c      float64
	}
	var rs []reason
	for j, f := range nameFeatures {
		if f.Phrase == "" || x[j] == 0 {
			continue
		}
		if c := m.Weight[j] * (x[j] - m.Mean[j]) / m.Scale[j]; c > 0 {
			phrase := f.Phrase
			if strings.Contains(phrase, "%") {
				phrase = fmt.Sprintf(phrase, v, d, neighbour)
			}
			rs = append(rs, reason{phrase, c})
		}
	}
	sort.SliceStable(rs, func(a, b int) bool { return rs[a].c > rs[b].c })
	var parts []string
	if x[fVariantListed] == 0 {
		parts = append(parts, fmt.Sprintf("%q is in no word list", v))
	}
	for _, r := range rs {
		if len(parts) == 3 {
			break
		}
		parts = append(parts, r.phrase)
	}
	return strings.Join(parts, ", ")
}

// editKind classifies the one edit that turns dominant d into variant v
// (runes): which feature it sets, and whether it touches the last letter.
func editKind(v, d string) (feature int, last bool) {
	a, b := []rune(v), []rune(d)
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	switch {
	case len(a) == len(b):
		if i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] {
			return fEditTransposition, i+2 == len(a)
		}
		if i < len(a) && isVowel(a[i]) && isVowel(b[i]) {
			return fEditVowel, i+1 == len(a)
		}
		return -1, i+1 >= len(a) // a consonant substituted: the baseline
	case len(a) == len(b)+1: // v has an extra letter at i
		if i > 0 && a[i] == a[i-1] || i+1 < len(a) && a[i] == a[i+1] {
			return fEditDoubled, i+1 >= len(b)
		}
		return fEditInserted, i+1 >= len(a)
	default: // v lacks d's letter at i
		if i > 0 && b[i] == b[i-1] || i+1 < len(b) && b[i] == b[i+1] {
			return fEditUndoubled, i+1 >= len(b)
		}
		return fEditDropped, i+1 >= len(b)
	}
}

func isVowel(r rune) bool { return strings.ContainsRune("aeiouyAEIOUY", r) }

// pairEvidence is what the features of one variant/dominant pairing are
// computed from, in a file or across the run.
type pairEvidence struct {
	v, d          string
	vCount        int // the variant's uses (in its file, or in the run)
	dCount        int // the dominant's
	vMid          int
	dMid          int // the dominant's uses inside sentences (-1: unknown)
	shared, other bool
	nearby        bool
	otherPairs    int
}

// features computes the model's input for a pairing.
func (r *nameConsistency) features(e pairEvidence) []float64 {
	x := make([]float64, numNameFeatures)
	wf := wordfreq.Get()
	zv, zd := wf.Zipf(e.v), wf.Zipf(e.d)
	x[fVariantZipf], x[fDominantZipf] = zv, zd
	x[fSurprise] = wf.CharSurprisal(e.v) - wf.CharSurprisal(e.d)
	x[fVariantListed], x[fDominantListed] = fitted.B2F(zv > 0), fitted.B2F(zd > 0)
	x[fDominantCommon] = fitted.B2F(r.lex.Known(strings.ToLower(e.d)))
	x[fLogDominantCount] = math.Log2(float64(max(e.dCount, 1)))
	x[fVariantTwice] = fitted.B2F(e.vCount > 1)
	if k, last := editKind(e.v, e.d); true {
		if k >= 0 {
			x[k] = 1
		}
		x[fEditLast] = fitted.B2F(last)
	}
	x[fLength] = float64(utf8.RuneCountInString(e.d))
	x[fSharedNeighbour], x[fDifferentNeighbours] = fitted.B2F(e.shared), fitted.B2F(e.other)
	if e.dMid >= 0 && e.dCount > 0 {
		x[fDominantMid] = float64(e.dMid) / float64(e.dCount)
	}
	x[fVariantMid] = fitted.B2F(e.vMid > 0)
	x[fNearby] = fitted.B2F(e.nearby)
	x[fOtherPairs] = float64(min(e.otherPairs, 4))
	return x
}

// sharesNeighbour reports whether two spellings in one file stand beside
// the same capitalised word (Kim Kardashain, Kim Kardashian).
func sharesNeighbour(a, b *nameUse) bool {
	return a.next.n > 0 && !a.next.disjoint(&b.next) || a.before.n > 0 && !a.before.disjoint(&b.before)
}

// sameName is what the message says of two spellings beside the same
// neighbour when the text cannot show which (across files).
const sameName = "both beside the same name"

// neighbourPhrase names the capitalised word both spellings stand beside
// in text (both after "Kim", both before "Smith"), or sameName.
func neighbourPhrase(text, v, d string, vu, du *nameUse) string {
	if du == nil {
		return sameName
	}
	for _, side := range []struct {
		word func(string, int) string
		say  string
	}{{wordBefore, "both after %q"}, {wordAfter, "both before %q"}} {
		for _, o := range vu.offsets {
			nb := side.word(text, int(o))
			if nb == "" {
				continue
			}
			for _, q := range du.offsets {
				if side.word(text, int(q)) == nb {
					return fmt.Sprintf(side.say, nb)
				}
			}
		}
	}
	return sameName
}

// wordBefore returns the capitalised word one space before the word at
// off (as uses counts a neighbour), or "".
func wordBefore(text string, off int) string {
	if off < 2 || text[off-1] != ' ' {
		return ""
	}
	s := strings.LastIndexAny(text[:off-1], " \n") + 1
	if textscan.PartEnd(text, s) != off-1 {
		return "" // punctuation between: no neighbour
	}
	return capitalised(text[s : off-1])
}

// wordAfter returns the capitalised word one space after the word at off
// (its possessive left out), or "".
func wordAfter(text string, off int) string {
	e := textscan.PartEnd(text, off)
	if e+1 >= len(text) || text[e] != ' ' {
		return ""
	}
	return capitalised(textscan.StripPossessive(text[e+1 : textscan.PartEnd(text, e+1)]))
}

// capitalised returns w if it starts with a capital letter, or "".
func capitalised(w string) string {
	if r, _ := utf8.DecodeRuneInString(w); w == "" || !unicode.IsUpper(r) {
		return ""
	}
	return w
}

// nearbyUse reports whether the dominant is used within a short distance
// of one of the variant's uses (Tuva, not Tyva; a name and its typo in
// one sentence).
func nearbyUse(a, b *nameUse) bool {
	const window = 80
	for _, x := range a.offsets {
		for _, y := range b.offsets {
			if d := x - y; d < window && d > -window {
				return true
			}
		}
	}
	return false
}

// NameCandidate is one pairing the rule weighed: the variant's uses, the
// spelling proposed for it, the evidence and the model's probability. The
// trainer (tools/nametrain) fits the model on them; the rule's decisions
// are the same whether or not anyone observes them.
type NameCandidate struct {
	Path        string
	Offsets     []int // the variant's uses (byte offsets)
	Variant     string
	Dominant    string
	CrossFile   bool
	Features    []float64
	Probability float64
}

// NameFeatureNames lists the model's features in order.
func NameFeatureNames() []string {
	out := make([]string, len(nameFeatures))
	for i, f := range nameFeatures {
		out[i] = f.Name
	}
	return out
}

// NameReportThreshold is the built-in model's reporting threshold.
func NameReportThreshold() float64 { return builtinNameModel.Report }

// NameCandidates lints inputs as one run with name-consistency alone, at
// its default options, and returns every pairing it weighed, sorted by
// path, offset and kind.
func NameCandidates(inputs []lint.Input, jobs int) ([]NameCandidate, error) {
	spec, _ := registry.Lookup(nameConsistencyMeta.ID)
	rule, err := spec.New(&registry.Context{}, func(any) error { return nil })
	if err != nil {
		return nil, err
	}
	r := rule.(*nameConsistency)
	return fitted.Observe(r, func(f func(NameCandidate)) { r.observe = f }, inputs, jobs, func(a, b NameCandidate) bool {
		if a.Path != b.Path {
			return a.Path < b.Path
		}
		if a.Offsets[0] != b.Offsets[0] {
			return a.Offsets[0] < b.Offsets[0]
		}
		return !a.CrossFile && b.CrossFile
	})
}

// contrastWords join two spellings the writer sets side by side on
// purpose (Tyva, not Tuva; Tuva or Tyva; Tyva, also spelled Tuva): a
// closed class of English connectives (wordclass.Contrast).
var contrastWords = wordclass.Contrast

// contrasted reports whether the writer sets a variant and the dominant
// side by side on purpose: joined only by contrast words (Tyva, not Tuva;
// Tuva (also spelled Tyva)) or marked "(sic)". A quoted spelling is no
// such mark: names are quoted, typos and all (a virtual "Rdemond").
func contrasted(text, v, d string, vu, du *nameUse) bool {
	const span = 30 // bytes between the two: a few words
	for _, o := range vu.offsets {
		vs, ve := int(o), int(o)+len(v)
		if after := text[ve:min(len(text), ve+8)]; strings.HasPrefix(after, " (sic") || strings.HasPrefix(after, " [sic") {
			return true
		}
		for _, p := range du.offsets {
			ds, de := int(p), int(p)+len(d)
			var between string
			switch {
			case de <= vs && vs-de <= span:
				between = text[de:vs]
			case ve <= ds && ds-ve <= span:
				between = text[ve:ds]
			default:
				continue
			}
			words := strings.FieldsFunc(strings.ToLower(between), func(r rune) bool { return r < 'a' || r > 'z' })
			joined := len(words) > 0 && !strings.ContainsAny(between, ".!?\n")
			for _, w := range words {
				joined = joined && contrastWords[w]
			}
			if joined {
				return true
			}
		}
	}
	return false
}
