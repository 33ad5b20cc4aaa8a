package hyphenbreak

import "github.com/stylelint-dev/stylelint/internal/wordclass"

// functionWords are English closed-class words (wordclass.Function). Run-
// together text most often glues one of these to a neighbour, and a split
// that yields one is far more credible than a split into two rare words.
var functionWords = wordclass.Function
