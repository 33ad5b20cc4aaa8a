// Package wordfreq is how often English words are used: the frequencies of
// wordfreq's large_en list (rspeer/wordfreq, data CC BY-SA 4.0: Wikipedia,
// subtitles, news, books, web text, Twitter, Reddit), the 262,142 most
// frequent words of letters, embedded with a hash index like the lexicon's
// (nothing is parsed or allocated to load it). Regenerate with
// go generate ./internal/wordfreq from the copy of the source in
// third_party/wordfreq (with its licence and NOTICE).
package wordfreq

//go:generate go run ./gen -in ../../third_party/wordfreq/large_en.msgpack.gz -out .
//go:generate go test -run ^TestIndexFile$ -update-index .
//go:generate go test -run ^TestCharsFile$ -update-chars .

import (
	_ "embed"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/stylelint-dev/stylelint/internal/lexicon"
)

var (
	//go:embed words.txt
	words string
	//go:embed index.bin
	index string
	//go:embed buckets.txt
	bucketText string
)

// Table answers how frequent a word is.
type Table struct {
	list *lexicon.Lexicon
	// starts[i] is the first rank of frequency bucket i, whose frequency is
	// -centibels[i] centibels.
	starts, centibels []int
}

var get = sync.OnceValue(func() *Table {
	l, err := lexicon.Open(words, index)
	if err != nil {
		l, _ = lexicon.Open(words, string(lexicon.Index(words)))
	}
	t := &Table{list: l}
	for _, line := range strings.Split(strings.TrimSpace(bucketText), "\n") {
		cb, rank, _ := strings.Cut(line, " ")
		c, _ := strconv.Atoi(cb)
		r, _ := strconv.Atoi(rank)
		t.centibels = append(t.centibels, c)
		t.starts = append(t.starts, r)
	}
	return t
})

// Get returns the shared table.
func Get() *Table { return get() }

// Zipf returns the Zipf frequency of w, case-insensitively: log10 of its
// uses per billion words (the, 7.7; house, 5.4; tablescape, 1.3), or 0 if
// the list does not have it.
func (t *Table) Zipf(w string) float64 {
	r, ok := t.list.RankLower(w)
	if !ok {
		return 0
	}
	return t.zipfOfRank(r)
}

func (t *Table) zipfOfRank(r int) float64 {
	i := sort.Search(len(t.starts), func(i int) bool { return t.starts[i] > r }) - 1
	return 9 - float64(t.centibels[i])/100
}

// Size is the number of words listed.
func (t *Table) Size() int { return t.list.Size() }
