package hygiene

import (
	"testing"

	"github.com/stylelint-dev/stylelint/internal/ruletest"
)

// The rules' golden fixtures (testdata/RULE/*.txtar): inputs, findings,
// fixed texts.
func TestGolden(t *testing.T) {
	for _, id := range []string{"invalid-utf8", "trailing-whitespace"} {
		t.Run(id, func(t *testing.T) { ruletest.Golden(t, id) })
	}
}
