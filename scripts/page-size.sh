#!/usr/bin/env bash
# Prints the size of the .wasm (raw and gzip -9) and of everything the page downloads, gzip -9
# file by file as a server would send it. Budget: the whole page at most 450 KB gzip; over it, the
# script fails, and with it `make build` (and so `make test`).
set -euo pipefail
cd "$(dirname "$0")/../www"
wasm=pkg/newsmark_bg.wasm
printf 'newsmark: %s is %d KB raw, %d KB gzip\n' "$wasm" $(( $(wc -c < "$wasm") / 1024 )) $(( $(gzip -9c "$wasm" | wc -c) / 1024 ))
total=0
for f in index.html app.js layers.js summary.js map.js share.js world-map.js worker.js marks.css style.css sample.txt pkg/newsmark.js "$wasm"; do
  total=$(( total + $(gzip -9c "$f" | wc -c) ))
done
printf 'newsmark: the page downloads %d KB gzip in all (budget 450 KB)\n' $(( total / 1024 ))
if (( total > 450 * 1024 )); then
  echo "newsmark: over the page's budget of 450 KB gzip" >&2
  exit 1
fi
