#!/bin/bash
# Byte-identity check for changes meant to leave every output as it was (docs/performance.md).
#
#   benches/same_outputs.sh BIN OUTDIR [CORPUS_DIR...]
#
# Writes, for every pair of consecutive reports of one government (files named NAME_YYYY.ext,
# taken in year order) in each CORPUS_DIR, the outputs of BIN in every text format:
# `compare --format json | csv | csv --what commitments | md | html | text --color never`,
# each with its standard error and exit code, and `track --format json` of each folder.
# Run it with a build of the base and a build of the change, then compare the two folders:
#
#   benches/same_outputs.sh /tmp/govdiff_base /tmp/out_base
#   benches/same_outputs.sh target/release/govdiff /tmp/out_new
#   diff -r /tmp/out_base /tmp/out_new && echo byte-identical
#
# Without CORPUS_DIR: the corpus (GOVDIFF_CORPUS_DIR, else ../shared/corpus), samples/, and the
# held-out corpora whose gold is open in this repository (/work/holdout/sealedNN/corpus when
# tests/heldoutNN exists; sealed/corpus for tests/heldout): a sealed set's texts are not run.
# govdiff runs on one thread (RAYON_NUM_THREADS=1), as the instruction counts are taken.
set -u
[ $# -ge 2 ] || { sed -n '2,18p' "$0"; exit 2; }
BIN=$(realpath "$1")
OUT=$2
shift 2
REPO=$(cd "$(dirname "$0")/.." && pwd)
HOLDOUT=${GOVDIFF_HOLDOUT_ROOT:-/work/holdout}

default_dirs() {
    echo "${GOVDIFF_CORPUS_DIR:-$REPO/../shared/corpus}"
    echo "$REPO/samples"
    local gold
    for gold in "$REPO"/tests/heldout*; do
        local n=${gold##*/heldout}
        [ -d "$HOLDOUT/sealed$n/corpus" ] && echo "$HOLDOUT/sealed$n/corpus"
    done
}

# run NAME ARGS...: one call of BIN, its output, standard error and exit code.
run() {
    local name=$1
    shift
    RAYON_NUM_THREADS=1 "$BIN" "$@" >"$OUT/$name" 2>"$OUT/$name.err"
    echo $? >"$OUT/$name.rc"
}

pairs_of() {
    local dir=$1 tag=$2 prev="" prev_gov="" f
    for f in $(ls "$dir" | grep -E '_[0-9]{4}\.(txt|docx|pdf|html?)$' | sort); do
        local gov=${f%_*}
        if [ "$gov" = "$prev_gov" ]; then
            local a="$dir/$prev" b="$dir/$f" name="${tag}__${prev}__${f}"
            run "$name.json" compare "$a" "$b" --format json
            run "$name.csv" compare "$a" "$b" --format csv
            run "$name.commitments.csv" compare "$a" "$b" --format csv --what commitments
            run "$name.md" compare "$a" "$b" --format md
            run "$name.html" compare "$a" "$b" --format html
            run "$name.txt" compare "$a" "$b" --format text --color never
        fi
        prev=$f
        prev_gov=$gov
    done
}

rm -rf "$OUT"
mkdir -p "$OUT"
if [ $# -eq 0 ]; then
    mapfile -t dirs < <(default_dirs)
else
    dirs=("$@")
fi
for dir in "${dirs[@]}"; do
    [ -d "$dir" ] || { echo "no folder $dir" >&2; continue; }
    tag=$(realpath "$dir" | tr '/' '_')
    pairs_of "$dir" "$tag"
    run "${tag}__track.json" track "$dir" --format json
done
echo "$(ls "$OUT" | grep -cvE '\.(err|rc)$') outputs in $OUT (from ${#dirs[@]} folders)"
