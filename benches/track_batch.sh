#!/usr/bin/env bash
# Throughput of `govdiff track`: the whole shared corpus in one call, then a synthetic batch
# of about 1,000 consecutive pairs made from the State Council reports of the corpus.
#
#   benches/track_batch.sh [COPIES]     (default 59 copies × 17 pairs = 1,003 pairs)
#
# Instructions are counted with `perf stat` where the machine lets it, else with valgrind's
# callgrind (slow: it runs the corpus and a batch of 4 copies, 68 pairs, one thread).
#
# Each copy of the State Council chain (2005–2025 but 2020, one 2022) becomes a government of
# its own: a title line `试点<k>市<year>年政府工作报告` is put above the text, so the copies
# group apart and every file has its year. (The 2025 file keeps its own title, below a
# scraper's header, so its copies stay the State Council's: 58 second copies, set aside.) Files go to a temporary folder, removed at the
# end. Figures: instructions (perf stat, the measure that holds on a loaded machine) when perf
# can count them, and the wall and CPU time (provisional when other work shares the machine).
set -euo pipefail
cd "$(dirname "$0")/.."
copies=${1:-59}
corpus=../shared/corpus
[ -d "$corpus" ] || { echo "skipped: $corpus is absent"; exit 0; }
cargo build --release --quiet
bin=target/release/govdiff

# Digits as the ten heavenly stems (甲…癸): no numeral, so no reader takes them for a year.
han_digits() { echo "$1" | sed 'y/0123456789/甲乙丙丁戊己庚辛壬癸/'; }

# Instructions of one run (all threads), from perf or callgrind; empty when neither counts.
instructions() {
  if perf stat -x, -e instructions -o /tmp/govdiff-perf.$$ true 2>/dev/null \
    && ! grep -q 'not supported' /tmp/govdiff-perf.$$; then
    perf stat -x, -e instructions -o /tmp/govdiff-perf.$$ "$@" >/dev/null
    awk -F, '/instructions/ { printf "%.0f", $1 }' /tmp/govdiff-perf.$$
  elif command -v valgrind >/dev/null; then
    valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null \
      | awk '/Collected :/ { printf "%.0f", $4 }'
  fi
  rm -f /tmp/govdiff-perf.$$
}

measure() { # label, command...
  local label=$1; shift
  local start end
  echo "== $label"
  start=$(date +%s.%N)
  /usr/bin/time -f "cpu: %U s user + %S s system, peak memory %M KB" "$@" >/dev/null
  end=$(date +%s.%N)
  echo "wall: $(echo "$end - $start" | bc) s"
}

make_batch() { # folder, copies
  local k name year f
  for k in $(seq 1 "$2"); do
    name="试点$(han_digits "$k")市"
    mkdir -p "$1/$k"
    for f in $chain; do
      year=$(basename "$f" .txt | sed 's/national_//')
      { printf '%s%s年政府工作报告\n' "$name" "$year"; cat "$f"; } > "$1/$k/$(basename "$f")"
    done
  done
}

measure "whole corpus ($(ls "$corpus" | wc -l) files), --format csv" \
  "$bin" track "$corpus" --format csv -o /dev/null

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
chain=$(ls "$corpus"/national_*.txt | grep -v indented)
make_batch "$tmp/big" "$copies"
make_batch "$tmp/small" 4
echo "synthetic batch: $("$bin" track "$tmp/big" 2>/dev/null | head -1)"
for jobs in 1 2; do
  measure "synthetic batch, --jobs $jobs, --format csv" \
    "$bin" track "$tmp/big" --jobs "$jobs" --format csv -o /dev/null
done

echo "== instructions (--jobs 1, --format csv)"
corpus_i=$(instructions "$bin" track "$corpus" --jobs 1 --format csv -o /dev/null)
small_i=$(instructions "$bin" track "$tmp/small" --jobs 1 --format csv -o /dev/null)
small_pairs=$("$bin" track "$tmp/small" 2>/dev/null | head -1 | sed -E 's/.* ([0-9]+) pairs compared.*/\1/')
if [ -n "$corpus_i" ] && [ -n "$small_i" ]; then
  echo "whole corpus: $(echo "scale=2; $corpus_i / 1000000000" | bc)G"
  echo "batch of $small_pairs pairs: $(echo "scale=2; $small_i / 1000000000" | bc)G, $(echo "$small_i / $small_pairs / 1000000" | bc)M a pair"
else
  echo "(neither perf nor valgrind can count instructions here)"
fi
