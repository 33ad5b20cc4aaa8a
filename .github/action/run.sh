#!/usr/bin/env bash
# The composite action's step (action.yml): build stylelint from the
# action's own checkout (unless STYLELINT names a binary), write SARIF if
# asked, then lint in the chosen format. The SARIF run never fails the
# step; the exit code of the main run is the step's, and an output.
set -uo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
bin=${STYLELINT:-}
if [ -z "$bin" ]; then
  make -C "$here" build >&2 || exit 2
  bin="$here/bin/stylelint"
fi
read -r -a paths <<<"${INPUT_PATHS:-.}"
read -r -a args <<<"${INPUT_ARGS:-}"
if [ -n "${INPUT_SARIF_FILE:-}" ]; then
  "$bin" --format sarif --max-results 25000 "${args[@]}" -- "${paths[@]}" >"$INPUT_SARIF_FILE"
  [ $? -le 1 ] || exit 2
fi
"$bin" --format "${INPUT_FORMAT:-github}" "${args[@]}" -- "${paths[@]}"
code=$?
if [ -n "${GITHUB_OUTPUT:-}" ]; then
  echo "exit-code=$code" >>"$GITHUB_OUTPUT"
fi
exit "$code"
