#!/usr/bin/env bash
# Fits the mention tagger (data/tagger.bin) on the GUM documents of ../shared/corpus (gum-news,
# gum-train) and WikiGold (../shared/data/ner), all openly licensed; deterministic.
#
#   scripts/train_tagger.sh           write data/tagger.bin
#   scripts/train_tagger.sh --check   fail when data/tagger.bin is not what this makes
set -euo pipefail
cd "$(dirname "$0")/.."
shared=../shared
cargo build --quiet --release --bin newsmark
out=data/tagger.bin
[ "${1:-}" = --check ] && out=$(mktemp)
target/release/newsmark train-tagger "$shared/corpus/gum-news" "$shared/corpus/gum-train" --ner "$shared/data/ner" --out "$out"
if [ "${1:-}" = --check ]; then
  if ! cmp -s "$out" data/tagger.bin; then
    echo "data/tagger.bin is not what scripts/train_tagger.sh makes: run make train" >&2
    rm -f "$out"
    exit 1
  fi
  rm -f "$out"
  echo "data/tagger.bin matches"
fi
