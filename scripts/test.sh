#!/usr/bin/env bash
# Every check and test, in the order that fails fastest. Ends with one
# summary line, "N passed, N failed", over all test runners.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)
log=$(mktemp)
trap 'rm -f "$log"' EXIT

bash scripts/setup.sh --browser
bash scripts/build.sh

echo "== the first file: size budget and the split's boundary"
node scripts/check-first-file.mjs

echo "== format and lints"
cargo fmt --check
cargo clippy --all-targets -- -D warnings
cargo clippy --target wasm32-unknown-unknown --all-targets -- -D warnings

echo "== native unit tests"
cargo test 2>&1 | tee -a "$log"

echo "== browser tests (wasm-bindgen-test in headless Chromium)"
CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}" \
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  WASM_BINDGEN_TEST_TIMEOUT=120 \
  cargo test --target wasm32-unknown-unknown --test web 2>&1 | tee -a "$log"

echo "== end-to-end tests (Playwright, headless Chromium)"
PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npx playwright test 2>&1 | tee -a "$log"

# cargo prints "test result: ok. N passed; M failed"; Playwright "  N passed (…)".
count() { grep -oE "[0-9]+ $1" "$log" | awk '{ n += $1 } END { print n + 0 }'; }
passed=$(count passed)
failed=$(count failed)
echo "make test took $(($(date +%s) - started)) s"
echo "$passed passed, $failed failed"
