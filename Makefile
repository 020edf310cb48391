# Account Desk — the two commands are `make run` and `make test`; each
# installs whatever is missing first.

.PHONY: run dev test dist build setup serve test-native test-web test-e2e bench bench-startup bench-budget bench-import bench-domain clean icons

run: dist
	bash scripts/serve.sh

test:
	bash scripts/test.sh

# A live-reloading debug build on http://127.0.0.1:8081 (PORT=…), rebuilt on
# every save: one wasm file (the split is for the release build), no service
# worker, no CSP. Its files go to target/dev-dist, never to dist/.
dev:
	bash scripts/setup.sh
	PATH="$$PWD/node_modules/.bin:$$PATH" trunk serve --offline --port $${PORT:-8081} --dist target/dev-dist

# dist/: the site (index.html with its CSP, sw.js, manifest, icons) and the
# one-file dist/account-desk.html; see scripts/postbuild.mjs.
dist build:
	bash scripts/build.sh

# Redraws the committed PNG icons from the mark in scripts/icons.mjs (needs Chromium).
icons:
	node scripts/icons.mjs

setup:
	bash scripts/setup.sh --browser

serve:
	bash scripts/serve.sh

test-native:
	cargo test

test-web:
	CHROMEDRIVER="$${CHROMEDRIVER:-/usr/bin/chromedriver}" \
	CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
	WASM_BINDGEN_TEST_TIMEOUT=120 \
	cargo test --target wasm32-unknown-unknown --test web

test-e2e:
	npx playwright test

clean:
	rm -rf dist target test-results playwright-report

# The browser benchmark of issue 9: the release build, the presets' export
# files (target/bench/*.json), then every measure per preset in Chromium;
# prints a table and writes target/bench/bench.json. PRESETS=solo,agency to
# choose. Prints figures; never fails on them.
bench:
	bash scripts/build.sh
	cargo run --release --example export_preset
	node scripts/bench.mjs
	node scripts/bench-import.mjs

bench-startup: dist
	node scripts/bench-startup.mjs

bench-budget: dist
	node scripts/bench-budget.mjs

# 100 000 clients (JSON) and a 20 000-row CSV imported into an empty browser:
# time and longest stall of each step. Prints figures; never fails on them.
bench-import: dist
	node scripts/bench-import.mjs

# Native figures for the domain at solo/agency/max scale (issue 9); no browser.
bench-domain:
	cargo run --release --example bench_domain
