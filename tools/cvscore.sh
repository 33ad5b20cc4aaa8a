#!/usr/bin/env bash
# cvscore.sh: the pool train half's out-of-fold score. The models the rules
# ship are fitted on the whole train half, so linting that half with them
# measures how well they fit it, not how well they generalise: its recall
# is higher than on any unseen half. Here each of the five site-grouped
# folds (poolset.Fold, the folds the trainers choose penalties and
# thresholds in) is linted by a build whose split models
# (tools/splittrain), missing-space's parameters (tools/paramfit) and name
# model (tools/nametrain) were fitted without it; the folds' findings are scored together with the eval's score.py.
# That is the train figure to set beside the validation half's.
# boilerplate's line model (tools/furnituretrain) is not refitted here:
# its figure is in sample (furnituretrain -oof gives its own).
#
# Then each fold's own precision and recall, and with --also HALF the same
# five builds on another half (linted as the folds are: its corrupted and
# clean texts as two runs). A gap between the held-out folds and the other
# half that the same builds show is a difference between the halves, not
# overfitting; the spread among the five folds shows how much sites alone
# move a figure.
#
#   tools/cvscore.sh [--also HALF] [POOL_HALF [OUT_DIR]]   # default ../shared/pool/train
#
# It works on a copy of the tracked files (uncommitted changes included)
# and leaves the checkout untouched; OUT_DIR, if given, keeps each fold's
# build and findings and diagnostics.json, the folds' findings together.
# About two and a half minutes on two cores (three and a half with --also).
# The scoring is tools/cvfolds.py's.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
also=
if [ "${1:-}" = --also ]; then
	[ $# -ge 2 ] || { echo "cvscore: --also needs a pool half" >&2; exit 2; }
	also=$(cd "$2" && pwd)
	[ -f "$also/labels.jsonl" ] || { echo "cvscore: $also has no labels.jsonl" >&2; exit 2; }
	shift 2
fi
pool=$(cd "${1:-$root/../shared/pool/train}" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
out=${2:-$work/out} # the builds and findings; kept only when OUT_DIR is given
mkdir -p "$out"
out=$(cd "$out" && pwd)
score=${SCORE:-$root/../shared/eval/score.py}
git -C "$root" ls-files -z | tar -C "$root" --null -T - -cf - | tar -x -C "$work"

lint() { # binary, part, list: lint the list's files of one part as one run
	local rc=0 files
	mapfile -t files < <(sed "s#^#$2/#" "$3")
	(cd "$pool" && "$1" --format json "${files[@]}") || rc=$?
	[ "$rc" -le 1 ] || { echo "cvscore: $1 failed ($rc)" >&2; exit 1; }
}

for f in 0 1 2 3 4; do
	echo "fold $f: fitting without it" >&2
	(cd "$work" &&
		go run ./tools/splittrain -pool "$pool" -exclude-fold "$f" -out rules/missingspace/missing_space_model_gen.go &&
		go run ./tools/paramfit -pool "$pool" -exclude-fold "$f" -out rules/missingspace/missing_space_params_gen.go &&
		go run ./tools/nametrain -pool "$pool" -exclude-fold "$f" -out rules/namecons/name_model_gen.go &&
		go build -o "$out/stylelint-$f" ./cmd/stylelint &&
		go run ./tools/splittrain -pool "$pool" -fold-files "$f" >"$out/fold-$f.txt")
	lint "$out/stylelint-$f" corrupted "$out/fold-$f.txt" >"$out/corrupted-$f.json"
	lint "$out/stylelint-$f" clean "$out/fold-$f.txt" >"$out/clean-$f.json"
	if [ -n "$also" ]; then
		(cd "$also" && ls corrupted) >"$out/also.txt"
		(pool=$also && lint "$out/stylelint-$f" corrupted "$out/also.txt" >"$out/also-corrupted-$f.json" &&
			lint "$out/stylelint-$f" clean "$out/also.txt" >"$out/also-clean-$f.json")
	fi
done
# cvfolds.py joins the folds' findings into diagnostics.json, scores them
# together, then prints the per-fold figures.
python3 "$root/tools/cvfolds.py" --score "$score" --pool "$pool" --out "$out" ${also:+--also "$also"}
