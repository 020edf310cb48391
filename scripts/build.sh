#!/usr/bin/env bash
# Builds the release into dist/ and prints what a browser downloads.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh
# --offline: Trunk must not download tools; it uses wasm-bindgen and the npm
# wasm-opt found on PATH. scripts/wasm-split/ comes first: its wasm-bindgen
# splits the wasm before binding it (see the script). `--features split` here
# and not in index.html, so that `make dev` (trunk serve) builds one file.
PATH="$PWD/scripts/wasm-split:$PWD/node_modules/.bin:$PATH" trunk build --release --offline --features split
# The CSP in index.html, the service worker sw.js and the one-file
# account-desk.html, all computed from this build (see the script).
node scripts/postbuild.mjs dist

size() {
  printf '  %-44s %8d B  %8d B\n' "$(basename "$1")" "$(wc -c <"$1")" "$(gzip -9 -c "$1" | wc -c)"
}
echo "Transfer size (raw / gzip -9):"
for file in dist/*.wasm dist/*.js dist/*.css dist/index.html; do
  [ -f "$file" ] || continue
  size "$file"
done
echo "One file for file:// (raw / gzip -9):"
size dist/account-desk.html
