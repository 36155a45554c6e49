# case-timeline — `make demo` builds and serves the demo, `make test` runs every test.
# Both install what is missing first (scripts/setup.sh, idempotent).

SHELL := /bin/bash
export PATH := $(CURDIR)/www/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export CHROMEDRIVER := /usr/bin/chromedriver
PORT ?= 8080

.PHONY: setup build hooks-build demo test lint unit wasm-test e2e embed-test pack bench fuzz clean

setup:
	@scripts/setup.sh

## The widget's features: the TimelineJS importer, no CSV, English compiled in (other languages load
## on demand).
WIDGET_FEATURES := --no-default-features --features import

## The release package in pkg/ (wasm-pack --target web, wasm-opt -Oz from npm binaryen), and
## www/locales.js from locales/*.json (the JavaScript's English words and the packs' addresses).
build: setup
	node www/tools/locales.mjs
	wasm-pack build --release --target web --out-dir pkg -- $(WIDGET_FEATURES)
	@printf 'pkg/case_timeline_bg.wasm: %s bytes, %s gzip\n' $$(wc -c < pkg/case_timeline_bg.wasm) $$(gzip -9 -c pkg/case_timeline_bg.wasm | wc -c)

## The npm package: target/npm/package/ and target/npm/case-timeline-<version>.tgz (from pkg/ and www/).
pack: build
	node www/tools/pack.mjs

demo: build
	node www/tools/serve.mjs --port $(PORT)

## Formatting, clippy (native; wasm32 with every feature and as the browser's widget build), and
## the layering rule: only the renderer names plotters.
lint: setup
	cargo fmt --check
	node www/tools/locales.mjs --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --all-targets --target wasm32-unknown-unknown -- -D warnings
	cargo clippy --lib --target wasm32-unknown-unknown $(WIDGET_FEATURES) -- -D warnings
	cargo clippy --all-targets --no-default-features -- -D warnings
	@if grep -rln "plotters" src --include='*.rs' | grep -v '^src/render.rs$$'; then \
	  echo "lint: plotters is named outside src/render.rs (the renderer is the only drawing-layer file)"; exit 1; fi

unit: setup
	cargo test

wasm-test: setup
	wasm-pack test --headless --chrome --test web

# The embedding and packaging tests need the tarball, so they run in embed-test (after pack).
EMBED_TESTS := tests/e2e/embed.test.mjs tests/e2e/bundlers.test.mjs

## A debug build with the test hooks (__testPanic, __paints) in target/pkg-hooks/, for the e2e tests
## only; the release package never has them.
hooks-build: setup
	wasm-pack build --dev --target web --out-dir target/pkg-hooks -- --features test-hooks

e2e: build hooks-build
	node --test --test-timeout=300000 $(filter-out $(EMBED_TESTS),$(wildcard tests/e2e/*.test.mjs))

## Custom element, iframe embed, CSP, failure states; the packed tarball in Vite, webpack, tsc.
embed-test: pack
	node --test --test-timeout=300000 $(EMBED_TESTS)

## Speed and size figures (prints tables; never fails on time): the native pipeline, then the
## browser side by side with TimelineJS3 and vis-timeline (bench/run.mjs; see docs/performance.md).
bench: build
	@if [ ! -f bench/node_modules/.setup-stamp ] || [ bench/package-lock.json -nt bench/node_modules/.setup-stamp ]; then \
	  echo "[bench] npm ci in bench/"; \
	  (cd bench && npm ci --no-audit --no-fund --loglevel=error) && touch bench/node_modules/.setup-stamp; \
	fi
	cargo run --release --example bench
	node bench/run.mjs

test: lint unit wasm-test e2e embed-test
	@echo "make test: all passed"

clean:
	cargo clean
	rm -rf pkg

## Coverage-guided fuzzing of parse → validate → layout → scene (nightly + cargo-fuzz, installed
## if missing). FUZZ_SECONDS=600 make fuzz. Crashes land in fuzz/artifacts/pipeline/; add each
## one to tests/corpus/ so `make test` keeps it fixed.
FUZZ_SECONDS ?= 300
fuzz:
	@rustup toolchain list | grep -q '^nightly' || rustup toolchain install nightly --profile minimal
	@command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
	cd fuzz && cargo +nightly fuzz run pipeline corpus/pipeline ../www/cases ../tests/fixtures/timelinejs -- -max_total_time=$(FUZZ_SECONDS) -max_len=65536
