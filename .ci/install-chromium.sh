#!/usr/bin/env bash
# Installs Debian's headless-capable Chromium (and an Arabic font) for the HTML chronology
# rendering test (org.tarikh.export.ChronologyHtmlRenderTest). Safe to run repeatedly:
# does nothing when /usr/bin/chromium is already there. Needs root (CI runs as root).
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  echo "chromium present: $(/usr/bin/chromium --version 2>/dev/null || echo unknown version)"
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y --no-install-recommends chromium fonts-noto-core
/usr/bin/chromium --version || true
