#!/usr/bin/env bash
# Regenerates internal/lexicon/words.txt (and rare.txt, SCOWL's rarer real
# words) from pinned, checksummed sources.
# Needs: apt-get, dpkg-deb, npm, go. CI never runs this: the output is committed.
#
# Sources (licences in third_party/):
#   Debian package scowl 2020.12.07-2   (SCOWL word lists: levels <= 70 for
#                                        words.txt; 80, 95 and the variant_2/3
#                                        spellings for rare.txt)
#   npm popular-english-words@1.0.2      (ISC; used only to order words inside a SCOWL level)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
( cd "$tmp" && apt-get download scowl=2020.12.07-2 >/dev/null && dpkg-deb -x scowl_2020.12.07-2_all.deb root )
( cd "$tmp" && npm pack popular-english-words@1.0.2 --silent >/dev/null && tar xzf popular-english-words-1.0.2.tgz )
sha256sum -c - <<SUMS
de692546df9b169f2cbdf4d8d88111a374733a9c382b820a6f943914ca705718  $tmp/scowl_2020.12.07-2_all.deb
845ebca2e88de5cbd31a402f34060e01706a0550ed9acc5fb6267ea11597d787  $tmp/popular-english-words-1.0.2.tgz
SUMS
cd "$root"
go run ./internal/lexicon/gen \
  -scowl "$tmp/root/usr/share/dict/scowl" -maxlevel 70 \
  -rank "$tmp/package/words.js" \
  -out internal/lexicon/words.txt \
  -levels-out internal/lexicon/levels_gen.go \
  -rare-out internal/lexicon/rare.txt
cp "$tmp/root/usr/share/doc/scowl/copyright" third_party/scowl/COPYRIGHT
cp "$tmp/package/package.json" third_party/popular-english-words/package.json
