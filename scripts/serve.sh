#!/usr/bin/env bash
# Serves the built dist/ on loopback.
set -euo pipefail
cd "$(dirname "$0")/.."
port="${PORT:-8080}"
echo "Account Desk is running at http://127.0.0.1:$port/  (Ctrl+C to stop)"
exec python3 -m http.server "$port" --bind 127.0.0.1 --directory dist
