package hygiene

import (
	"github.com/stylelint-dev/stylelint/internal/ruletest"
	"strings"
	"testing"
)

// One finding per file, on the first run of bad bytes, counting them all;
// a UTF-16 file (byte order mark) is told how to convert.
func TestInvalidUTF8(t *testing.T) {
	r := ruletest.Build(t, "invalid-utf8")
	ds := ruletest.Check(t, r, "a.txt", "ok \xff\xfe then \xff", nil)
	if len(ds) != 1 || ds[0].Start != 3 || ds[0].End != 5 || !strings.Contains(ds[0].Message, "3 invalid byte") {
		t.Fatalf("got %+v", ds)
	}
	utf16 := "\xff\xfeH\x00i\x00"
	ds = ruletest.Check(t, r, "a.txt", utf16, nil)
	if len(ds) != 1 || !strings.Contains(ds[0].Message, "UTF-16") || !strings.Contains(ds[0].Message, "iconv") {
		t.Errorf("UTF-16: %+v", ds)
	}
	if ds := ruletest.Check(t, r, "a.txt", "all good, ünïcode\n", nil); len(ds) != 0 {
		t.Errorf("valid text: %+v", ds)
	}
}
