#!/usr/bin/env bash
# Fuzzing: builds the libFuzzer targets of Fuzz/ with the fuzzer and address sanitizers, seeds each one's corpus
# from the example content, and runs them one after another. See Fuzz/README.md.
#
# Usage: scripts/fuzz.sh [target…]   (default: every target; names as in Fuzz/Sources, e.g. fuzz-csv)
# Settings (environment):
#   FUZZ_SECONDS   seconds each target runs (default 60)
#   FUZZ_MAX_LEN   longest input in bytes (default 4096; longer ones only find the known size limits)
#   FUZZ_FLAGS     more libFuzzer flags, e.g. "-seed=1 -only_ascii=1"
#   SWIFT          the swift command (default swift)
# Crashes, hangs (> 10 s) and out-of-memory inputs are saved as test-output/fuzz/<target>/crash-… (timeout-…,
# oom-…); the script goes on with the next target and exits 1 when any target found something.
set -uo pipefail
cd "$(dirname "$0")/.."

SWIFT=${SWIFT:-swift}
SECONDS_EACH=${FUZZ_SECONDS:-60}
MAX_LEN=${FUZZ_MAX_LEN:-4096}
SCRATCH=$PWD/.build-fuzz
WORK=test-output/fuzz
ALL_TARGETS=(fuzz-csv fuzz-site-yaml fuzz-front-matter fuzz-numbers fuzz-markdown)
TARGETS=("$@")
[ $# -gt 0 ] || TARGETS=("${ALL_TARGETS[@]}")

build() {
    # Swift keeps only the last -sanitize flag, so both go in one as well (the separate ones serve C and the link).
    ALMANAC_FUZZ=1 "$SWIFT" build --scratch-path "$SCRATCH" --sanitize=fuzzer --sanitize=address \
        -Xswiftc -sanitize=fuzzer,address --product "$1" 2>&1 | grep -v "Cannot export local symbol"
    return "${PIPESTATUS[0]}"
}

# Copies `file` into the seed folder `dir` under a name made from its content, so reruns do not duplicate it.
seed() {
    local dir=$1 file=$2
    cp "$file" "$dir/seed-$(sha1sum "$file" | cut -c1-16)"
}

# The body of a Markdown file, without its front matter.
body() {
    awk 'NR == 1 && /^---[ \t]*$/ { inside = 1; next } inside && /^---[ \t]*$/ { inside = 0; next } !inside' "$1"
}

seeds() {
    local target=$1 dir=$2 file tmp
    mkdir -p "$dir"
    tmp=$(mktemp)
    case $target in
    fuzz-csv)
        for file in content/*.csv content/data/*.csv; do seed "$dir" "$file"; done ;;
    fuzz-site-yaml)
        for file in content/site.yml assets/i18n/*.yml; do seed "$dir" "$file"; done ;;
    fuzz-front-matter)
        for file in content/documents/*.md content/pages/*.md content/indicators/*.md; do seed "$dir" "$file"; done ;;
    fuzz-markdown)
        for file in content/documents/*.md content/pages/*.md content/indicators/*.md; do
            body "$file" >"$tmp"
            seed "$dir" "$tmp"
        done ;;
    fuzz-numbers)
        # The year and value cells of the data files, each a seed of its own.
        awk -F, 'FNR > 1 { print $2; print $3 }' content/data/*.csv | sort -u | while IFS= read -r cell; do
            printf '%s' "$cell" >"$tmp"
            seed "$dir" "$tmp"
        done ;;
    esac
    rm -f "$tmp"
    # Small hand-made seeds for what the example content lacks (Fuzz/corpus/<target>/).
    if [ -d "Fuzz/corpus/$target" ]; then
        for file in "Fuzz/corpus/$target"/*; do seed "$dir" "$file"; done
    fi
}

# The libFuzzer dictionary of a target (tokens of its input language, Fuzz/dictionaries/), if it has one.
dictionary() {
    case $1 in
    fuzz-csv) echo Fuzz/dictionaries/csv.dict ;;
    fuzz-site-yaml | fuzz-front-matter) echo Fuzz/dictionaries/yaml.dict ;;
    fuzz-markdown) echo Fuzz/dictionaries/markdown.dict ;;
    esac
}

found=()
for target in "${TARGETS[@]}"; do
    echo "== $target: building"
    build "$target" || { echo "error: cannot build $target" >&2; exit 2; }
    corpus=$WORK/$target/corpus
    seeds "$target" "$corpus"
    echo "== $target: fuzzing for ${SECONDS_EACH}s (corpus $corpus)"
    dict=$(dictionary "$target")
    # Leak checks are off: FoundationEssentials leaks 4 KB on every read of an empty file
    # (FileManager.contents(atPath:)), which would stop each file-reading target at once.
    # shellcheck disable=SC2086
    ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0} "$SCRATCH/debug/$target" "$corpus" -max_total_time="$SECONDS_EACH" -max_len="$MAX_LEN" -timeout=10 \
        -rss_limit_mb=2048 -detect_leaks=0 -print_final_stats=1 -artifact_prefix="$WORK/$target/" \
        ${dict:+-dict="$dict"} ${FUZZ_FLAGS:-} \
        2>&1 | tee "$WORK/$target/log.txt" | grep -E '^#[0-9]+[[:space:]]+(INITED|DONE)|ERROR|SUMMARY|^stat::|artifact|fuzz property'
    [ "${PIPESTATUS[0]}" = 0 ] || found+=("$target")
done

if [ ${#found[@]} -gt 0 ]; then
    echo "Findings in: ${found[*]} (inputs in $WORK/<target>/; reproduce with Fuzz/README.md)" >&2
    exit 1
fi
echo "No findings."
