#!/usr/bin/env bash
# Proves that two builds of Almanac write byte-identical sites: builds the example content and a generated bench
# corpus with each binary and compares the outputs with `diff -r`. For changes meant to leave every byte as it was
# (speed work); exits non-zero and prints the first differences otherwise.
#
#   scripts/compare-output.sh BEFORE_ALMANAC AFTER_ALMANAC [REGIONS INDICATORS YEARS]
#
# BEFORE_ASSETS (default: assets) is the theme folder the first binary builds with, for when the change also
# moves markup between templates and code: `git archive REV assets | tar -x -C DIR` gives a revision's.
#
# The corpus defaults to 60 regions × 8 indicators × 6 years (a few seconds) and is kept in
# test-output/compare/content-R-I-Y, regenerated only when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
before=${1:?usage: compare-output.sh BEFORE_ALMANAC AFTER_ALMANAC [REGIONS INDICATORS YEARS]}
after=${2:?usage: compare-output.sh BEFORE_ALMANAC AFTER_ALMANAC [REGIONS INDICATORS YEARS]}
regions=${3:-60} indicators=${4:-8} years=${5:-6}
work=test-output/compare
corpus=$work/content-$regions-$indicators-$years
mkdir -p "$work"
[ -d "$corpus" ] || python3 scripts/generate-bench-content.py "$corpus" \
    --regions "$regions" --indicators "$indicators" --years "$years" >/dev/null

before_assets=${BEFORE_ASSETS:-assets}
status=0
for pair in "example:content" "bench:$corpus"; do
    name=${pair%%:*} content=${pair#*:}
    rm -rf "$work/$name-before" "$work/$name-after"
    "$before" build --quiet --content "$content" --assets "$before_assets" --output "$work/$name-before"
    "$after" build --quiet --content "$content" --output "$work/$name-after"
    if diff -r -q "$work/$name-before" "$work/$name-after" >"$work/$name.diff"; then
        echo "$name: identical ($(find "$work/$name-after" -type f | wc -l) files)"
    else
        echo "$name: DIFFERENT, $(wc -l <"$work/$name.diff") files (list in $work/$name.diff):"
        head -5 "$work/$name.diff"
        status=1
    fi
done
exit $status
