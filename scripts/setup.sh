#!/usr/bin/env bash
# Installs what building and testing Account Desk needs, and only what is
# missing: a second run takes seconds. `--browser` adds Chromium for tests.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
want_browser=false
[ "${1:-}" = "--browser" ] && want_browser=true

ok() { printf '  ✓ %s\n' "$*"; }
installing() { printf '  … installing %s\n' "$*"; }

# The wasm target.
if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  ok "rust target wasm32-unknown-unknown"
else
  installing "rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

# Trunk: 0.22 needs a newer rustc than ours, so the version is pinned.
if [ "$(trunk --version 2>/dev/null)" = "trunk $TRUNK_VERSION" ]; then
  ok "trunk $TRUNK_VERSION"
else
  installing "trunk $TRUNK_VERSION (takes about 9 minutes)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

# wasm-bindgen-cli must match the wasm-bindgen crate in Cargo.lock exactly.
# Installed without --locked: one of its locked dependencies is yanked.
bindgen_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null)" = "wasm-bindgen $bindgen_version" ] \
  && command -v wasm-bindgen-test-runner >/dev/null; then
  ok "wasm-bindgen-cli $bindgen_version"
else
  installing "wasm-bindgen-cli $bindgen_version (takes a few minutes)"
  cargo install wasm-bindgen-cli --version "$bindgen_version" --force
fi

# wasm-split-cli cuts the release wasm in two (scripts/wasm-split/). 0.2.4
# knows wasm-bindgen 0.2.128+'s cast imports; older ones break closures in
# the second file ("function signature mismatch").
WASM_SPLIT_VERSION=0.2.4
if command -v wasm-split-cli >/dev/null \
  && cargo install --list | grep -qx "wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
  ok "wasm-split-cli $WASM_SPLIT_VERSION"
else
  installing "wasm-split-cli $WASM_SPLIT_VERSION (takes about a minute)"
  cargo install wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary --locked --force
fi

# npm tools: wasm-opt from binaryen@132 (Debian's wasm-opt 108 breaks the app)
# and Playwright, which drives Debian's Chromium (its own download cannot work here).
if [ -f node_modules/.package-lock.json ] && [ ! package-lock.json -nt node_modules/.package-lock.json ]; then
  ok "npm packages"
else
  installing "npm packages"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
fi

if $want_browser; then
  if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
    ok "chromium $(/usr/bin/chromium --version 2>/dev/null | awk '{print $2}')"
  else
    installing "chromium and chromium-driver"
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo=sudo
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium chromium-driver
  fi
fi
