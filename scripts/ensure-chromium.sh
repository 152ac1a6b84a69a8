#!/usr/bin/env bash
# The tests drive Debian's chromium; no tool here downloads a browser of its own.
set -euo pipefail
CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
[ -x "$CHROME_PATH" ] && exit 0
sudo=""
if [ "$(id -u)" != 0 ]; then
  if ! command -v sudo >/dev/null; then
    echo "futan: the tests need Chromium at $CHROME_PATH. Install Debian's package: apt-get install chromium (or set CHROME_PATH)." >&2
    exit 1
  fi
  sudo="sudo"
fi
echo "futan: installing Debian's chromium for the tests (apt-get install chromium)…"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
