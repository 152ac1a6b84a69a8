#!/usr/bin/env bash
# Installs the locked dependencies when they are missing or older than package-lock.json, so
# that `npm start` and `npm test` work on a fresh clone with nothing run before them.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "futan: installing dependencies (npm ci)…"
  npm ci --no-audit --no-fund
fi
