package missingspace

import "github.com/stylelint-dev/stylelint/internal/lint"

//go:generate go run ../../tools/paramfit -pool ../../../shared/pool/train -out missing_space_params_gen.go

// Params are missing-space's named numbers outside its split models. They
// act after the models have weighed a word (none of them changes what the
// trainer of the models sees), so they are fitted after the models, by
// tools/paramfit on the pool's train half: a coordinate search over a grid
// of each at the rule's objective, F0.5 of its findings on the corrupted
// and clean texts counted as the eval's score.py counts them. The values
// the rule uses are in missing_space_params_gen.go.
type Params struct {
	// CommaHabit: an article that runs a comma into the next word this
	// often, and more often than it shows any other lost space, does so by
	// habit or by format (lists, addresses: Ranch,CA), not because a
	// scraper lost the space: its comma joins are not reported. A page a
	// scraper damaged (markup boundaries lose spaces of every kind) shows
	// the other joins as well, and keeps its comma joins.
	CommaHabit int
	// SplitMargin is how much likelier (in log10) the two words of a split
	// must be than the whole as one word, when the frequency list has the
	// whole: alot (Zipf 3.9) is not "a lot", inthe (2.6) is "in the",
	// Moreland is not "Morel and".
	SplitMargin float64
	// PiecePenalty, in nats, is paid by every piece of the chain
	// segmentation (split): of two segmentations about as likely, the one
	// with fewer words.
	PiecePenalty float64
	// ShortPieceZipf: a piece of three letters or fewer that is no function
	// word must be at least this frequent: short rare words (ewe, tis) make
	// spurious segmentations of any unknown word.
	ShortPieceZipf float64
	// FloorZipf prices a real word the frequency list lacks as the rarest
	// listed ones.
	FloorZipf float64
}

// FittedParams returns the parameters the rule uses.
func FittedParams() Params { return fittedParams }

// WithParams returns missing-space at its default options with the given
// parameters (the fitter's view of the rule).
func WithParams(p Params) lint.Rule { return newMissingSpace(missingSpaceDefaults.MaxRank, p) }
