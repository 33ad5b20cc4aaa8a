package rules

import (
	"github.com/stylelint-dev/stylelint/internal/ruletest"
	"testing"

	"github.com/stylelint-dev/stylelint/internal/corpus"
	"github.com/stylelint-dev/stylelint/internal/lint"
)

// benchArticles is about 1 MB of generated articles (see internal/corpus),
// seeded with the repository's fixtures.
func benchArticles(b *testing.B) [][]byte {
	b.Helper()
	extra, err := corpus.Sources("../fixtures")
	if err != nil {
		b.Fatal(err)
	}
	if len(extra) == 0 {
		// A test binary run from another directory would measure another
		// corpus (the path is relative), and two such runs compared side
		// by side would disagree with make bench.
		b.Fatal("no ../fixtures/*.txt: run the benchmark from the rules directory (go test does)")
	}
	g := corpus.New(1, extra...)
	var arts [][]byte
	for n := 0; n < 1<<20; {
		a := g.Article()
		arts = append(arts, a)
		n += len(a)
	}
	return arts
}

// BenchmarkRules measures each rule alone over the same articles, including
// the collect and finish phases of run-wide rules. MB/s is per rule.
func BenchmarkRules(b *testing.B) {
	arts := benchArticles(b)
	var size int64
	for _, a := range arts {
		size += int64(len(a))
	}
	for _, spec := range All() {
		b.Run(spec.Meta.ID, func(b *testing.B) {
			r := ruletest.Build(b, spec.Meta.ID)
			b.SetBytes(size)
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				var out []lint.Diagnostic
				var facts []lint.Fact
				for j, a := range arts {
					// A fresh document each time: nothing memoised survives.
					doc := lint.NewDocument("a.txt", a, false, nil)
					p := lint.NewPass(doc, nil, spec.Meta.ID, lint.Warning, &out)
					switch rr := r.(type) {
					case lint.CorpusRule:
						facts = append(facts, lint.Fact{File: j, Value: rr.Collect(p)})
					case lint.FileRule:
						rr.Check(p)
					}
				}
				if cr, ok := r.(lint.CorpusRule); ok {
					cr.Finish(facts, func(int, lint.Diagnostic) {})
				}
			}
		})
	}
}
