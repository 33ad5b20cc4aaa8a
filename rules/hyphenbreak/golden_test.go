package hyphenbreak

import (
	"testing"

	"github.com/stylelint-dev/stylelint/internal/ruletest"
)

// The rule's golden fixtures (testdata/hyphen-break/*.txtar): inputs, findings,
// fixed texts.
func TestGolden(t *testing.T) { ruletest.Golden(t, "hyphen-break") }
