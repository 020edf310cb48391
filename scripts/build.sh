#!/usr/bin/env bash
# Builds the release into dist/ and prints what a browser downloads.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh
# --offline: Trunk must not download tools; it uses wasm-bindgen and the npm
# wasm-opt found on PATH.
PATH="$PWD/node_modules/.bin:$PATH" trunk build --release --offline

echo "Transfer size (raw / gzip -9):"
for file in dist/*.wasm dist/*.js dist/*.css; do
  [ -f "$file" ] || continue
  printf '  %-44s %8d B  %8d B\n' "$(basename "$file")" "$(wc -c <"$file")" "$(gzip -9 -c "$file" | wc -c)"
done
