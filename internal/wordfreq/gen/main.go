// Command gen writes internal/wordfreq/words.txt and buckets.txt from
// wordfreq's large_en.msgpack.gz (rspeer/wordfreq, data CC BY-SA 4.0).
//
// The source is a msgpack "cBpack": an array whose first element is a
// header map {format: "cB", version: 1} and whose element i+1 lists the
// words whose frequency is -i centibels (log10 frequency -i/100), most
// frequent first. Kept: words of letters, with inner apostrophes or
// hyphens, at most 24 bytes; at most maxWords of them (the most frequent).
// words.txt holds them by descending frequency (a word's line number is
// its rank); buckets.txt holds, per line, "centibels first-rank": where
// each frequency starts.
package main

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxWords is what the lexicon's index can address (18-bit ranks).
const maxWords = 1<<18 - 2

func main() {
	in := flag.String("in", "", "large_en.msgpack.gz")
	out := flag.String("out", "internal/wordfreq", "output directory")
	flag.Parse()
	if err := run(*in, *out); err != nil {
		fmt.Fprintln(os.Stderr, "wordfreq gen:", err)
		os.Exit(1)
	}
}

func run(in, dir string) error {
	f, err := os.Open(in)
	if err != nil {
		return err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return err
	}
	d := &decoder{r: bufio.NewReader(zr)}
	v, err := d.value()
	if err != nil {
		return err
	}
	pack, ok := v.([]any)
	if !ok || len(pack) < 2 {
		return errors.New("not a cBpack array")
	}
	if h, ok := pack[0].(map[string]any); !ok || h["format"] != "cB" {
		return errors.New("not a cBpack header")
	}
	var words, buckets strings.Builder
	n := 0
	seen := map[string]bool{}
	for cb, l := range pack[1:] {
		list, _ := l.([]any)
		first := true
		for _, w := range list {
			s, _ := w.(string)
			if n >= maxWords || !keep(s) || seen[s] {
				continue
			}
			seen[s] = true
			if first {
				fmt.Fprintf(&buckets, "%d %d\n", cb, n)
				first = false
			}
			words.WriteString(s)
			words.WriteByte('\n')
			n++
		}
	}
	if err := os.WriteFile(dir+"/words.txt", []byte(words.String()), 0o644); err != nil {
		return err
	}
	return os.WriteFile(dir+"/buckets.txt", []byte(buckets.String()), 0o644)
}

// keep reports whether s is a word: letters, with inner apostrophes or
// hyphens, at most 24 bytes.
func keep(s string) bool {
	if s == "" || len(s) > 24 {
		return false
	}
	prev := ' '
	for i, r := range s {
		switch {
		case unicode.IsLetter(r):
		case (r == '\'' || r == '’' || r == '-') && i > 0 && unicode.IsLetter(prev) && i+utf8.RuneLen(r) < len(s):
		default:
			return false
		}
		prev = r
	}
	return true
}

// decoder reads the msgpack subset a cBpack uses: maps, arrays, strings
// and small integers.
type decoder struct{ r *bufio.Reader }

func (d *decoder) n(k int) (uint64, error) {
	var b [8]byte
	if _, err := io.ReadFull(d.r, b[:k]); err != nil {
		return 0, err
	}
	switch k {
	case 1:
		return uint64(b[0]), nil
	case 2:
		return uint64(binary.BigEndian.Uint16(b[:2])), nil
	default:
		return uint64(binary.BigEndian.Uint32(b[:4])), nil
	}
}

func (d *decoder) value() (any, error) {
	c, err := d.r.ReadByte()
	if err != nil {
		return nil, err
	}
	switch {
	case c <= 0x7f:
		return int(c), nil
	case c >= 0x80 && c <= 0x8f:
		return d.mapOf(int(c & 0x0f))
	case c >= 0x90 && c <= 0x9f:
		return d.array(int(c & 0x0f))
	case c >= 0xa0 && c <= 0xbf:
		return d.str(int(c & 0x1f))
	}
	size := map[byte]int{0xd9: 1, 0xda: 2, 0xdb: 4, 0xdc: 2, 0xdd: 4, 0xde: 2, 0xdf: 4}[c]
	if size == 0 {
		return nil, fmt.Errorf("msgpack type 0x%x not supported", c)
	}
	n, err := d.n(size)
	if err != nil {
		return nil, err
	}
	switch c {
	case 0xd9, 0xda, 0xdb:
		return d.str(int(n))
	case 0xdc, 0xdd:
		return d.array(int(n))
	default:
		return d.mapOf(int(n))
	}
}

func (d *decoder) str(n int) (string, error) {
	b := make([]byte, n)
	_, err := io.ReadFull(d.r, b)
	return string(b), err
}

func (d *decoder) array(n int) ([]any, error) {
	out := make([]any, n)
	for i := range out {
		v, err := d.value()
		if err != nil {
			return nil, err
		}
		out[i] = v
	}
	return out, nil
}

func (d *decoder) mapOf(n int) (map[string]any, error) {
	out := map[string]any{}
	for i := 0; i < n; i++ {
		k, err := d.value()
		if err != nil {
			return nil, err
		}
		v, err := d.value()
		if err != nil {
			return nil, err
		}
		ks, _ := k.(string)
		out[ks] = v
	}
	return out, nil
}
