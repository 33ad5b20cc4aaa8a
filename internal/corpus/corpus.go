// Package corpus generates deterministic article corpora for benchmarks:
// news-like articles built from an embedded paragraph bank (and any extra
// sources, such as the repository's fixtures), with varied names and the
// defects stylelint looks for injected at known rates. Nothing is
// downloaded; the same seed always gives the same bytes.
package corpus

import (
	"bytes"
	_ "embed"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
)

//go:embed bank.txt
var bankText string

var (
	firstNames = strings.Fields("Alice Maria Olivia Grace Hannah Sofia Amira Chloe Priya Ingrid Nadia Lucia Fatima Yuki Elena Joanna Tamsin Beatriz Rosalind Margit")
	surnames   = strings.Fields("Kardashian Blanchard Godejohn Okonkwo Lindqvist Marchetti Haverford Szymanska Delacroix Abernathy Nakamura Oyelaran Fitzwilliam Castellanos Brannigan Vukovic Ashworth Rahimi Pellegrini Thorsby")
	cities     = strings.Fields("Hamburg Leeds Valencia Toronto Adelaide Lyon Krakow Porto Dublin Seattle")
	orgs       = []string{"the Civic Trust", "Friends of the Earth", "the Taxpayers' Alliance", "the Royal College of Nursing", "the Chamber of Commerce"}
	furniture  = []string{"Related Articles", "Follow Us", "Advertisement", "Sign up for our newsletter", "Share this article", "Comments are moderated and generally will be posted if they are on-topic and not abusive.", "Read more:", "11 Comments"}
)

// Generator makes articles. It is not safe for concurrent use.
type Generator struct {
	rng   *rand.Rand
	paras []string
	// DefectRate is the chance that a paragraph gets one injected defect
	// (a lost space, a hyphen-broken word, a misspelt name); Furniture is
	// the chance of a boilerplate line after it.
	DefectRate, Furniture float64
}

// New returns a generator for seed; extra holds more source texts whose
// paragraphs (blank-line separated) join the bank.
func New(seed uint64, extra ...string) *Generator {
	g := &Generator{rng: rand.New(rand.NewPCG(seed, 0x5717e11)), DefectRate: 0.1, Furniture: 0.05}
	for _, line := range strings.Split(bankText, "\n") {
		if line != "" && !strings.HasPrefix(line, "#") {
			g.paras = append(g.paras, line)
		}
	}
	for _, src := range extra {
		for _, p := range strings.Split(strings.ReplaceAll(src, "\r\n", "\n"), "\n\n") {
			if p = strings.TrimSpace(p); len(p) > 40 {
				g.paras = append(g.paras, p)
			}
		}
	}
	return g
}

func (g *Generator) pick(list []string) string { return list[g.rng.IntN(len(list))] }

// Article returns one article of roughly 5 KB: a title, 24-36
// paragraphs about one person, some defects and some furniture.
func (g *Generator) Article() []byte {
	first, last := g.pick(firstNames), g.pick(surnames)
	var b bytes.Buffer
	fmt.Fprintf(&b, "%s %s speaks out in %s\n\n", first, last, g.pick(cities))
	n := 24 + g.rng.IntN(13)
	for i := 0; i < n; i++ {
		p := strings.NewReplacer(
			"{P}", first+" "+last, "{S}", last, "{C}", g.pick(cities),
			"{O}", g.pick(orgs), "{N}", fmt.Sprint(2+g.rng.IntN(400)),
		).Replace(g.pick(g.paras))
		if g.rng.Float64() < g.DefectRate {
			p = g.defect(p, last)
		}
		b.WriteString(p)
		b.WriteString("\n\n")
		if g.rng.Float64() < g.Furniture {
			b.WriteString(g.pick(furniture))
			b.WriteString("\n\n")
		}
	}
	return b.Bytes()
}

// defect injects one kind of damage into a paragraph.
func (g *Generator) defect(p, surname string) string {
	words := strings.Split(p, " ")
	if len(words) < 4 {
		return p
	}
	i := 1 + g.rng.IntN(len(words)-2)
	switch g.rng.IntN(3) {
	case 0: // a lost space
		words[i] += words[i+1]
		words = append(words[:i+1], words[i+2:]...)
	case 1: // a word broken by a hyphen and a line break
		if w := words[i]; len(w) > 5 {
			words[i] = w[:3] + "-\n" + w[3:]
		}
	case 2: // a transposed name
		if len(surname) > 4 {
			r := []byte(surname)
			r[3], r[4] = r[4], r[3]
			return strings.Replace(p, surname, string(r), 1)
		}
	}
	return strings.Join(words, " ")
}

// Text returns whole articles concatenated to at least size bytes.
func (g *Generator) Text(size int) []byte {
	var b bytes.Buffer
	for b.Len() < size {
		b.Write(g.Article())
	}
	return b.Bytes()
}

// Sources reads the .txt files of dir (the repository's fixtures) as extra
// source texts for New. A missing directory gives none.
func Sources(dir string) ([]string, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		return nil, err
	}
	var out []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		out = append(out, string(b))
	}
	return out, nil
}

// WriteDir writes n articles under dir, 1,000 to a subdirectory
// (000/article-00000.txt, …), and returns the bytes written.
func (g *Generator) WriteDir(dir string, n int) (int64, error) {
	var size int64
	for i := 0; i < n; i++ {
		sub := filepath.Join(dir, fmt.Sprintf("%03d", i/1000))
		if i%1000 == 0 {
			if err := os.MkdirAll(sub, 0o755); err != nil {
				return size, err
			}
		}
		a := g.Article()
		if err := os.WriteFile(filepath.Join(sub, fmt.Sprintf("article-%05d.txt", i)), a, 0o644); err != nil {
			return size, err
		}
		size += int64(len(a))
	}
	return size, nil
}

// RunWide returns n articles (n at least 18) with what only the run-wide
// rules find: a name spelt right in every fifth article and misspelt in
// the eighteenth (name-consistency across files), and a short line at the
// end of every article (boilerplate repeated across files).
func (g *Generator) RunWide(n int) []string {
	texts := make([]string, n)
	for i := range texts {
		text := string(g.Article())
		switch {
		case i%5 == 0:
			text += "\n\nAndreas Weber wrote it. Andreas Weber fixed it. Andreas Kuhn helped.\n"
		case i == 17:
			text += "\n\nThanks to Andraes Weber for the patch.\n"
		}
		texts[i] = text + "\n\nFiled from Metropolis\n"
	}
	return texts
}
