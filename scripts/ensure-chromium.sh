#!/usr/bin/env bash
# The end-to-end tests drive Debian's Chromium through playwright-core: Playwright's own browser
# download cannot work here (no network but the package registries). Installs it when it is missing.
set -euo pipefail

CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "Chromium is missing at $CHROMIUM; install it (Debian: sudo apt-get install -y chromium) or set CHROMIUM_PATH" >&2
  exit 1
fi
echo "== installing Debian's chromium for the end-to-end tests"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends chromium >/dev/null
"$CHROMIUM" --version
