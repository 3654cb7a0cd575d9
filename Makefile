# newsmark — the two commands are `make serve` (build and serve the page) and `make test`
# (every test). Everything they need comes from the package registries; see scripts/setup.sh.

SHELL := bash
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
PORT ?= 8080
WASM_PACK := wasm-pack --log-level warn

.PHONY: setup build package wheel serve test lint test-native test-wasm test-e2e test-package test-python test-spark test-data train cv eval bench bench-peers fuzz clean

setup:
	@scripts/setup.sh

## Build the WebAssembly package into www/pkg (wasm-opt from npm's binaryen is on PATH).
build: setup
	$(WASM_PACK) build --release --target web --out-dir www/pkg --mode no-install
	@scripts/page-size.sh

## The npm package in pkg/: the module, its types, embed.js and marks.css.
package: setup
	$(WASM_PACK) build --release --target web --out-dir pkg --mode no-install
	@python3 scripts/package.py

## The Python package (PyO3, an abi3 wheel for Python 3.9+) in target/wheels/.
wheel:
	@scripts/setup.sh --python
	target/venv/bin/maturin build --quiet --release -m python/Cargo.toml --out target/wheels

## Build, then serve the page on http://127.0.0.1:$(PORT)/ (it opens on a built-in sample article).
serve: build
	@echo "newsmark: http://127.0.0.1:$(PORT)/"
	python3 -m http.server $(PORT) --bind 127.0.0.1 --directory www

## Every test: native unit and integration tests, the WebAssembly API in Node and in headless
## Chromium, and the page end to end in headless Chromium.
test:
	@scripts/setup.sh --test
	@time $(MAKE) --no-print-directory lint test-native test-data test-wasm test-e2e test-package test-python test-spark

## Formatting and lints: rustfmt.toml's style, clippy on every target, native and WebAssembly.
lint:
	cargo fmt --check
	cargo clippy --quiet --all-targets -- -D warnings
	cargo clippy --quiet --all-targets --target wasm32-unknown-unknown -- -D warnings

test-native:
	cargo test --quiet
	cargo test --quiet --release --test complexity
	cargo build --quiet --release
	python3 scripts/check-floors.py

## The compiled engine and its JavaScript API in Node, then the same checks in headless Chromium.
test-wasm:
	$(WASM_PACK) test --node --mode no-install
	$(WASM_PACK) test --headless --chrome --mode no-install

test-e2e: build
	node --test --test-concurrency=1 tests/e2e/

test-package: package
	node --test tests/node/

## The wheel in a virtualenv, tested with pytest (against the command line on the shared corpus
## when it is there).
test-python: wheel
	target/venv/bin/pip install --quiet --force-reinstall --no-deps $$(ls -t target/wheels/newsmark-*.whl | head -n 1)
	target/venv/bin/python -m pytest -q python/tests
	@rm -rf target/venv-fresh && python3 -m venv target/venv-fresh
	target/venv-fresh/bin/pip install --quiet $$(ls -t target/wheels/newsmark-*.whl | head -n 1)
	target/venv-fresh/bin/python -c "import newsmark; print(newsmark.analyze('“We are ready,” Mark Rutte said.')['claims'][0])"

## The Spark example on a small corpus in local mode, its rows checked against the command line.
test-spark: wheel
	cargo build --quiet --release
	python3 examples/spark/check.py

## The generated tables and the map must be what scripts/gen_lexicons.py and scripts/gen_map.mjs
## make from their pinned sources, and
## the learned weights what scripts/train_content_end.py, scripts/train_claims.py and
## scripts/train_tagger.sh fit (when the corpus is beside the checkout).
test-data:
	python3 scripts/gen_lexicons.py --check
	node scripts/gen_map.mjs --check
	@if [ -d ../shared/corpus/polnear-train ]; then python3 scripts/train_content_end.py --check && python3 scripts/train_claims.py --check \
		&& scripts/train_tagger.sh --check; \
		elif [ -n "$$NEWSMARK_REQUIRE_CORPUS" ]; then echo "../shared/corpus missing" >&2; exit 1; \
		else echo "../shared/corpus not found: claim weights not checked"; fi

## Fit the learned weights again from the shared material: where reported content ends
## (data/content_end_weights.tsv), then the claim scorer over the claims so ended
## (data/claim_weights.tsv), and the mention tagger (data/tagger.bin).
train:
	python3 scripts/train_content_end.py
	python3 scripts/train_claims.py
	scripts/train_tagger.sh

## The mention tagger cross-validated by document on the GUM documents (README's table).
cv:
	cargo run --quiet --release -- cv-tagger ../shared/corpus/gum-news ../shared/corpus/gum-train --ner ../shared/data/ner

## The figures of the README, on the shared corpus beside the checkout.
eval:
	cargo run --quiet --release -- eval ../shared/corpus/dev
	cargo run --quiet --release -- eval ../shared/corpus/gum-news
	cargo run --quiet --release -- eval ../shared/corpus/polnear-dev
	cargo run --quiet --release -- eval ../shared/corpus/polnear-train
	cargo run --quiet --release -- eval ../shared/corpus/gum-train

## Speed: time per article and throughput (native), per article in WebAssembly (Node), the
## corpus path (JSONL on 1 and 2 threads, the Python package) with peak memory, sizes, and the
## instructions of both (callgrind: repeatable where timings are not).
bench: build package
	cargo bench --quiet
	node scripts/bench-wasm.mjs
	python3 scripts/bench_corpora.py
	@scripts/page-size.sh
	@scripts/count-instructions.sh

## newsmark side by side with compromise (npm, pinned) on the shared corpus: accuracy, speed, size.
bench-peers: package
	@mkdir -p target/peers && cd target/peers && { test -f package.json || echo '{"private": true}' > package.json; } \
		&& npm install --no-audit --no-fund --silent compromise@14.17.0
	node scripts/bench-peers.mjs

## Coverage-guided fuzzing (cargo fuzz, nightly): each target for FUZZ_SECONDS (default 600).
FUZZ_SECONDS ?= 600
fuzz:
	scripts/fuzz.sh $(FUZZ_SECONDS)

clean:
	cargo clean
	rm -rf www/pkg pkg tests/e2e/artifacts python/target
