#!/usr/bin/env bash
# Makes sure a Chromium for the browser tests is installed: $CHROMIUM_PATH, else /usr/bin/chromium,
# else (as root on Debian) the distribution's package. Never downloads a browser build from elsewhere.
set -euo pipefail

if [[ -n "${CHROMIUM_PATH:-}" && -x "${CHROMIUM_PATH}" ]]; then
  exit 0
fi
if [[ -x /usr/bin/chromium ]]; then
  exit 0
fi
if [[ "$(id -u)" -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
  echo "ensure-chromium: installing Debian's chromium package with apt-get" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update
  apt-get install -y chromium
  exit 0
fi
echo "ensure-chromium: no Chromium found. Install it (Debian: 'sudo apt-get install chromium')" \
  "or set CHROMIUM_PATH to a Chromium or Chrome executable." >&2
exit 1
