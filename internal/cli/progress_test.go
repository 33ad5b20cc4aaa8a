package cli

import (
	"bytes"
	"os"
	"strings"
	"testing"
	"time"
)

func TestProgressOnlyForHumansOnTerminals(t *testing.T) {
	var buf bytes.Buffer
	if newProgress("text", &buf, 10_000, false) != nil {
		t.Error("a buffer is not a terminal")
	}
	f, err := os.CreateTemp(t.TempDir(), "stderr")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if newProgress("text", f, 10_000, false) != nil {
		t.Error("a regular file is not a terminal")
	}
	for _, name := range []string{"json", "sarif", "github"} {
		if newProgress(name, os.Stderr, 10_000, false) != nil {
			t.Errorf("%s: machine formats never get a progress line", name)
		}
	}
	if newProgress("text", os.Stderr, 10_000, true) != nil {
		t.Error("--no-progress must win")
	}
}

func TestProgressThrottlesAndClears(t *testing.T) {
	var buf bytes.Buffer
	clock := time.Unix(0, 0)
	p := &progress{w: &buf, total: 1000, now: func() time.Time { return clock }}
	p.update(1) // first draw (the zero time is long ago)
	for i := 2; i < 50; i++ {
		p.update(i) // same instant: throttled
	}
	clock = clock.Add(150 * time.Millisecond)
	p.update(50)
	p.update(1000) // the end is always drawn
	p.clear()
	got := buf.String()
	if n := strings.Count(got, "\rlinting"); n != 3 {
		t.Errorf("drew %d times, want 3: %q", n, got)
	}
	if !strings.Contains(got, "50/1000 files (5%)") || !strings.HasSuffix(got, "\r\x1b[K") {
		t.Errorf("unexpected output %q", got)
	}
	buf.Reset()
	p.clear()
	if buf.Len() != 0 {
		t.Error("clearing twice writes nothing")
	}
}
