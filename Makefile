# case-timeline — `make demo` builds and serves the demo, `make test` runs every test.
# Both install what is missing first (scripts/setup.sh, idempotent).

SHELL := /bin/bash
export PATH := $(CURDIR)/www/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export CHROMEDRIVER := /usr/bin/chromedriver
PORT ?= 8080

.PHONY: setup build build-editor hooks-build demo test lint unit wasm-test e2e embed-test pack bench eval fuzz clean

setup:
	@scripts/setup.sh

## Two builds of the one crate. The reader (pkg/): what an embedded timeline downloads — our own
## case format, layout, drawing, interaction, English compiled in (other languages load on
## demand). The editor/diagnostics build (pkg-editor/): every importer, the spreadsheet, every
## language, drafting — loaded by the editor page and, on demand, for TimelineJS or CSV input.
READER_FEATURES := --no-default-features
EDITOR_FEATURES := --no-default-features --features editor
## The budget for the NSO embed page (gzip -9 bytes of all its JS, CSS and wasm): lower it as the
## reader shrinks; `make build` fails above it.
READER_BUDGET ?= 130030

## The release packages (wasm-pack --target web, wasm-opt -Oz from npm binaryen), www/locales.js
## from locales/*.json (the JavaScript's English words and the packs' addresses), the minified
## reader JS (www/tools/build-js.mjs) and the size check with its breakdown (www/tools/size.mjs).
build: setup
	node www/tools/locales.mjs
	wasm-pack build --release --target web --out-dir pkg -- $(READER_FEATURES)
	node www/tools/build-js.mjs
	node www/tools/size.mjs --budget $(READER_BUDGET)

## The editor/diagnostics build (www/editor.html loads it; a reader's page only for TimelineJS or
## spreadsheet input): every importer, drafting, every language, SVG output.
build-editor: setup
	wasm-pack build --release --target web --out-dir pkg-editor -- $(EDITOR_FEATURES)
	@printf 'pkg-editor/case_timeline_bg.wasm: %s bytes, %s gzip\n' $$(wc -c < pkg-editor/case_timeline_bg.wasm) $$(gzip -9 -c pkg-editor/case_timeline_bg.wasm | wc -c)

## The npm package: target/npm/package/ and target/npm/case-timeline-<version>.tgz (from pkg/,
## pkg-editor/ (as editor/) and www/).
pack: build build-editor
	node www/tools/pack.mjs

demo: build build-editor
	node www/tools/serve.mjs --port $(PORT)

## Formatting, clippy (native; wasm32 with every feature and as the browser's widget build), and
## the layering rule: only the renderer names plotters.
lint: setup
	cargo fmt --check
	node www/tools/locales.mjs --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --all-targets --target wasm32-unknown-unknown -- -D warnings
	cargo clippy --lib --target wasm32-unknown-unknown $(READER_FEATURES) -- -D warnings
	cargo clippy --lib --target wasm32-unknown-unknown $(EDITOR_FEATURES) -- -D warnings
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

e2e: build build-editor hooks-build
	node --test --test-timeout=300000 $(filter-out $(EMBED_TESTS),$(wildcard tests/e2e/*.test.mjs))

## Custom element, iframe embed, CSP, failure states; the packed tarball in Vite, webpack, Next.js,
## esbuild, a plain page and tsc.
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

## Drafting from articles (issue 16): quote precision/recall, speaker and event-date accuracy
## on the stories in tests/draft/stories/, tuning and held-out sets apart. Prints a table;
## never fails on the figures (tests/draft/README.md, docs/drafting.md).
eval:
	cargo run --release --example draft_eval

test: lint unit wasm-test e2e embed-test
	@echo "make test: all passed"

clean:
	cargo clean
	rm -rf pkg pkg-editor

## Coverage-guided fuzzing of parse → validate → layout → scene (nightly + cargo-fuzz, installed
## if missing). FUZZ_SECONDS=600 make fuzz. Crashes land in fuzz/artifacts/pipeline/; add each
## one to tests/corpus/ so `make test` keeps it fixed.
FUZZ_SECONDS ?= 300
fuzz:
	@rustup toolchain list | grep -q '^nightly' || rustup toolchain install nightly --profile minimal
	@command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
	cd fuzz && cargo +nightly fuzz run pipeline corpus/pipeline ../www/cases ../tests/fixtures/timelinejs -- -max_total_time=$(FUZZ_SECONDS) -max_len=65536
