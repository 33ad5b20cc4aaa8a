package missingspace

import (
	"testing"

	"github.com/stylelint-dev/stylelint/internal/ruletest"
)

// The rule's golden fixtures (testdata/missing-space/*.txtar): inputs, findings,
// fixed texts.
func TestGolden(t *testing.T) { ruletest.Golden(t, "missing-space") }
