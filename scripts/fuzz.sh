#!/usr/bin/env bash
# Coverage-guided fuzzing with cargo fuzz (libFuzzer, on the nightly toolchain), each target for
# SECONDS (default 600): `make fuzz` or `FUZZ_SECONDS=60 make fuzz`. Prints, per target, the runs,
# the runs a second, the corpus size and the crashes; crashes land in fuzz/artifacts/<target>/
# and must become regression tests. Exits non-zero when a target crashed.
set -uo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-${FUZZ_SECONDS:-600}}
targets=${FUZZ_TARGETS:-"analyze gold jsonl"}

if ! cargo fuzz --version >/dev/null 2>&1; then
  echo "==> cargo install cargo-fuzz" >&2
  cargo install --quiet --locked cargo-fuzz
fi
python3 scripts/fuzz-seeds.py
cargo +nightly fuzz build -O >/dev/null 2>&1 || { cargo +nightly fuzz build -O; exit 1; }

failed=0
printf '%-8s %12s %10s %8s %8s\n' target runs runs/s corpus crashes
for target in $targets; do
  corpus="target/fuzz-corpus/$target"
  log="target/fuzz-$target.log"
  mkdir -p "$corpus" "fuzz/artifacts/$target"
  before=$(ls "fuzz/artifacts/$target" | wc -l)
  cargo +nightly fuzz run -O "$target" "$corpus" -- -max_total_time="$seconds" -timeout=10 \
    -rss_limit_mb=4096 -max_len=65536 -print_final_stats=1 > "$log" 2>&1
  status=$?
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -n 1)
  crashes=$(( $(ls "fuzz/artifacts/$target" | wc -l) - before ))
  size=$(ls "$corpus" | wc -l)
  printf '%-8s %12s %10s %8s %8s\n' "$target" "${runs:-?}" "$(( ${runs:-0} / seconds ))" "$size" "$crashes"
  if [ "$status" -ne 0 ] || [ "$crashes" -ne 0 ]; then
    failed=1
    echo "  $target failed: see $log and fuzz/artifacts/$target/" >&2
  fi
done
exit $failed
