#!/usr/bin/env bash
# Installs what building and testing newsmark needs, from the package registries only
# (crates.io, npm, Debian). Idempotent: each step is skipped when the right version is there.
#
#   scripts/setup.sh          toolchain for building the page (wasm target, wasm-bindgen, wasm-pack, wasm-opt)
#   scripts/setup.sh --test   plus what the tests need (Debian chromium and chromium-driver, the
#                             Python toolchain below)
#   scripts/setup.sh --python a virtualenv in target/venv with maturin and pytest (PyPI), for
#                             `make wheel` and the Python tests
set -euo pipefail
cd "$(dirname "$0")/.."

WASM_PACK_VERSION=0.15.1
step() { printf '\033[1m==> %s\033[0m\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

# wasm-bindgen-cli must equal the wasm-bindgen crate in Cargo.lock exactly. Installed without
# --locked: its own lockfile pins a crate version the registry here lacks.
bindgen_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$bindgen_version" ]; then
  step "cargo install wasm-bindgen-cli $bindgen_version (about 4 minutes)"
  cargo install --quiet wasm-bindgen-cli --version "=$bindgen_version"
fi

if [ "$(wasm-pack --version 2>/dev/null | awk '{print $2}')" != "$WASM_PACK_VERSION" ]; then
  step "cargo install wasm-pack $WASM_PACK_VERSION (about 4 minutes)"
  cargo install --quiet --locked wasm-pack --version "=$WASM_PACK_VERSION"
fi

# wasm-opt from npm's binaryen (Debian's is too old), playwright-core and axe-core for tests.
if ! npm ls --silent binaryen playwright-core axe-core >/dev/null 2>&1; then
  step "npm ci"
  npm ci --no-audit --no-fund --silent
fi

MATURIN_VERSION=1.16.0
PYTEST_VERSION=9.2.0
if [ "${1:-}" = "--test" ] || [ "${1:-}" = "--python" ]; then
  if ! target/venv/bin/python -c "import maturin, pytest" >/dev/null 2>&1 \
      || [ "$(target/venv/bin/maturin --version 2>/dev/null | awk '{print $2}')" != "$MATURIN_VERSION" ]; then
    step "pip install maturin $MATURIN_VERSION and pytest $PYTEST_VERSION (into target/venv)"
    python3 -m venv target/venv
    target/venv/bin/pip install -q "maturin==$MATURIN_VERSION" "pytest==$PYTEST_VERSION"
  fi
fi

if [ "${1:-}" = "--test" ] && ! { command -v chromium && command -v chromedriver; } >/dev/null 2>&1; then
  step "apt-get install chromium chromium-driver"
  SUDO=$([ "$(id -u)" = 0 ] || echo sudo)
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends chromium chromium-driver >/dev/null
fi
