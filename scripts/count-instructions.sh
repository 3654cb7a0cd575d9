#!/usr/bin/env bash
# Instructions (callgrind) to analyse PolNeAR dev, natively and in WebAssembly under Node: a
# measure that repeats to a fraction of a percent where this machine's timings spread by a fifth.
#   native: `newsmark analyze --jsonl` on the 84 articles, once (every word new to the cache);
#   WebAssembly: one pass more over the 84 articles (the words cached, as in the timed benchmark),
#   counted as (four passes − one pass) / 3 in Node with one thread and Liftoff off, so that the
#   count does not depend on when the compiler's background threads run.
# Needs valgrind and the packages of `make build package`; skipped without them.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=../shared/corpus/polnear-dev
if ! command -v valgrind > /dev/null || [ ! -d "$corpus" ]; then
  echo "instruction counts: valgrind or $corpus missing, skipped"
  exit 0
fi
cargo build --quiet --release --bin newsmark
count() { valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null | sed -n 's/.*I *refs: *//p' | tr -d ,; }
jsonl=$(mktemp)
trap 'rm -f "$jsonl"' EXIT
python3 -c '
import json, os, sys
d = sys.argv[1]
for f in sorted(os.listdir(d)):
    if f.endswith(".json"):
        print(json.dumps({"id": f, "text": json.load(open(os.path.join(d, f)))["text"]}))
' "$corpus" > "$jsonl"
native=$(count target/release/newsmark analyze --jsonl "$jsonl" --threads 1)
node_flags=(--no-liftoff --single-threaded --predictable)
one=$(count node "${node_flags[@]}" scripts/count-instructions.mjs 1)
four=$(count node "${node_flags[@]}" scripts/count-instructions.mjs 4)
printf 'instructions, PolNeAR dev (84 articles): native %d M (one pass); WebAssembly in Node %d M a pass (words cached)\n' \
  $(( native / 1000000 )) $(( (four - one) / 3 / 1000000 ))
