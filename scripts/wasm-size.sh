#!/usr/bin/env bash
# Prints the size of a .wasm file, raw and gzip -9.
set -euo pipefail
raw=$(wc -c < "$1")
gz=$(gzip -9c "$1" | wc -c)
printf 'newsmark: %s is %d KB raw, %d KB gzip\n' "$1" $((raw / 1024)) $((gz / 1024))
