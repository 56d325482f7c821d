#!/usr/bin/env bash
# Installs Debian's neovim (0.7) for the second-client test, once. Prints why when it cannot.
set -u
command -v nvim >/dev/null && exit 0
SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
if ! $SUDO apt-get install -y --no-install-recommends neovim >/tmp/report-lens-neovim-install.log 2>&1; then
  $SUDO apt-get update >>/tmp/report-lens-neovim-install.log 2>&1
  $SUDO apt-get install -y --no-install-recommends neovim >>/tmp/report-lens-neovim-install.log 2>&1 \
    || { echo "apt-get install neovim failed: $(grep -m1 '^E:' /tmp/report-lens-neovim-install.log)"; exit 1; }
fi
command -v nvim >/dev/null || { echo "nvim is not on PATH after installing neovim"; exit 1; }
