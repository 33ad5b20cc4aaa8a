package boilerplate

import (
	"testing"

	"github.com/stylelint-dev/stylelint/internal/ruletest"
)

// The rule's golden fixtures (testdata/boilerplate/*.txtar): inputs, findings,
// fixed texts.
func TestGolden(t *testing.T) { ruletest.Golden(t, "boilerplate") }
