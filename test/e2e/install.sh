#!/usr/bin/env bash
# Idempotent installer for the offline e2e harness (see test/e2e/README.md).
# - apt: chromium, ripgrep, native build deps (only what is missing; apt-get update only then)
# - npm: code-server@4.100.3 + playwright-core into test/e2e/harness/node_modules
# Log: test-artifacts/e2e-install.log
set -uo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
HARNESS="$HERE/harness"
ART="$ROOT/test-artifacts"
LOG="$ART/e2e-install.log"
mkdir -p "$ART"
: >"$LOG"

CS_VERSION="$(node -p "require('$HARNESS/package.json').dependencies['code-server']")"
PW_VERSION="$(node -p "require('$HARNESS/package.json').dependencies['playwright-core']")"
RG_PKG_VERSION="1.15.11"   # @vscode/ripgrep version used by code-server 4.100.3
RG_BIN_VERSION="v13.0.0-10"
START=$(date +%s)

say()  { echo "[e2e-install] $*" | tee -a "$LOG"; }
fail() { echo "[e2e-install] ERROR: $*" | tee -a "$LOG" >&2; echo "[e2e-install] full log: $LOG" >&2; exit 1; }

# First meaningful error line of an npm log (a failed postinstall makes npm remove the package).
first_error() {
  grep -m1 -iE 'error|ERR!|gyp ERR|fatal|not found|cannot|refus' "$1" \
    | grep -viE 'npm (warn|notice)' | head -1
}

# ---------------------------------------------------------------- platform
[ "$(uname -s)" = Linux ] || fail "this harness only supports Linux (got $(uname -s))"
NODE_MAJOR="$(node -p 'process.versions.node.split(".")[0]')" || fail "node not found"
[ "$NODE_MAJOR" = 20 ] || say "warning: code-server $CS_VERSION declares engines.node 20; running Node $(node -v)"

# ---------------------------------------------------------------- apt
APT_PKGS=(chromium ripgrep build-essential python3 pkg-config libkrb5-dev libxkbfile-dev libx11-dev libsecret-1-dev fonts-dejavu-core fonts-wqy-zenhei)
MISSING=()
for p in "${APT_PKGS[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || MISSING+=("$p")
done
if [ ${#MISSING[@]} -gt 0 ]; then
  say "apt: installing ${MISSING[*]}"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update >>"$LOG" 2>&1 || fail "apt-get update failed: $(grep -m1 -E '^(E|W):' "$LOG")"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends "${MISSING[@]}" >>"$LOG" 2>&1 \
    || fail "apt-get install failed: $(grep -m1 -E '^E:' "$LOG")"
else
  say "apt: all packages present"
fi
command -v chromium >/dev/null || fail "chromium is not on PATH after apt install"
say "chromium: $(chromium --version 2>/dev/null | head -1)"

cs_version() {  # prints code-server's version, run with a throwaway HOME
  local h; h="$(mktemp -d)"
  HOME="$h" XDG_CONFIG_HOME="$h" XDG_DATA_HOME="$h" "$CS_BIN" --version 2>>"$LOG" | grep -m1 -oE '^[0-9]+\.[0-9]+\.[0-9]+'
  rm -rf "$h"
}

# ---------------------------------------------------------------- already installed?
CS_BIN="$HARNESS/node_modules/.bin/code-server"
PW_HAVE="$(node -p "try{require('$HARNESS/node_modules/playwright-core/package.json').version}catch{''}" 2>/dev/null)"
if [ -x "$CS_BIN" ] && [ "$PW_HAVE" = "$PW_VERSION" ]; then
  CS_HAVE="$(cs_version)"
  if [ "$CS_HAVE" = "$CS_VERSION" ]; then
    say "code-server $CS_HAVE and playwright-core $PW_HAVE already installed; nothing to do ($(( $(date +%s) - START ))s)"
    exit 0
  fi
  say "code-server reports '${CS_HAVE:-nothing}', want $CS_VERSION: reinstalling"
fi

# ---------------------------------------------------------------- ripgrep cache trick
# @vscode/ripgrep's postinstall downloads rg from GitHub unless this cached archive exists.
ARCH="$(uname -m)"
case "$ARCH" in
  x86_64)  RG_TARGET="x86_64-unknown-linux-musl" ;;
  aarch64) RG_TARGET="aarch64-unknown-linux-gnu" ;;
  *) fail "no ripgrep cache mapping for arch $ARCH" ;;
esac
NPM_TMP="${TMPDIR:-/tmp}"
RG_CACHE="$NPM_TMP/vscode-ripgrep-cache-$RG_PKG_VERSION"
RG_TGZ="$RG_CACHE/ripgrep-$RG_BIN_VERSION-$RG_TARGET.tar.gz"
if [ ! -s "$RG_TGZ" ]; then
  mkdir -p "$RG_CACHE"
  tar -czf "$RG_TGZ" -C "$(dirname "$(command -v rg)")" rg || fail "could not create $RG_TGZ"
  say "ripgrep: cached /usr/bin/rg as $RG_TGZ"
fi

# ---------------------------------------------------------------- npm
say "npm: installing code-server@$CS_VERSION + playwright-core@$PW_VERSION into $HARNESS (≈1 min)"
NPM_LOG="$ART/e2e-install-npm.log"
cd "$HARNESS" || fail "no $HARNESS"
NPM_CMD=(npm install --no-audit --no-fund)
[ -f package-lock.json ] && NPM_CMD=(npm ci --no-audit --no-fund)
if ! env TMPDIR="$NPM_TMP" \
     npm_config_unsafe_perm=true \
     npm_config_yes=true \
     npm_config_nodedir=/usr \
     npm_config_update_notifier=false \
     "${NPM_CMD[@]}" >"$NPM_LOG" 2>&1; then
  cat "$NPM_LOG" >>"$LOG"
  fail "${NPM_CMD[*]} failed in $HARNESS: $(first_error "$NPM_LOG")"
fi
cat "$NPM_LOG" >>"$LOG"; rm -f "$NPM_LOG"

[ -x "$CS_BIN" ] || fail "code-server binary missing after install ($CS_BIN); see $LOG"
CS_HAVE="$(cs_version)"
[ "$CS_HAVE" = "$CS_VERSION" ] || fail "code-server --version printed '${CS_HAVE}', expected $CS_VERSION"
say "installed code-server $CS_HAVE, playwright-core $PW_VERSION in $(( $(date +%s) - START ))s"
