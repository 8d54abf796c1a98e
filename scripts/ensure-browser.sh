#!/usr/bin/env bash
# Makes sure a Chromium exists for the end-to-end tests: Debian's package where we can
# install it (this project's machines and CI), Playwright's own download elsewhere. With
# it, the fonts the pages fall back to (DejaVu, Liberation): the map measures its labels in
# whatever font renders them, but the static map's width table covers these two.
set -euo pipefail
if [ ! -x /usr/bin/chromium ] && [ -z "${CHROMIUM_PATH:-}" ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing Debian's chromium and fonts for the end-to-end tests…"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core fonts-liberation >/dev/null
  else
    npx playwright install chromium
  fi
fi
# What the end-to-end tests ran on, for anyone comparing runs across machines.
browser="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$browser" ]; then echo "e2e browser: $("$browser" --version 2>/dev/null | head -n 1)"; fi
if command -v fc-match >/dev/null 2>&1; then echo "e2e fonts: sans-serif is $(fc-match sans-serif), bold $(fc-match sans-serif:bold)"; fi
