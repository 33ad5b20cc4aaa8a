package textscan

import "testing"

func TestHasChunks(t *testing.T) {
	for _, c := range []struct {
		s    string
		n    int
		want bool
	}{
		{"", 0, true}, {"", 1, false}, {"a", 1, true}, {"a b", 3, false},
		{" a\u00a0b\tc\n", 3, true}, {"a b c d", 2, true}, {"   ", 1, false},
	} {
		if got := HasChunks([]byte(c.s), c.n); got != c.want {
			t.Errorf("HasChunks(%q, %d) = %v", c.s, c.n, got)
		}
		if got := CountChunks([]byte(c.s)) >= c.n; got != c.want {
			t.Errorf("CountChunks(%q) >= %d is %v", c.s, c.n, got)
		}
	}
}
