#!/usr/bin/env bash
# End-to-end in a real browser: the seed page ingested, `dateline serve` on
# loopback, and tests/web/page_test.cjs driving Debian's chromium with
# playwright-core (pinned in tests/web/package-lock.json, installed with
# `npm ci` into the build directory). Screenshots of each state go to
# ARTIFACTS (default BUILD/web-artifacts/).
#
#   tests/web_test.sh DATELINE_BINARY SHARED_DIR BUILD_DIR [ARTIFACTS]
#
# Skips (77) when chromium or node is missing, unless DATELINE_REQUIRE_BROWSER=1
# (scripts/test.sh sets it: CI must run these).
set -euo pipefail
bin="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
shared="$2"
build="$(cd "$3" && pwd)"
artifacts="${4:-$build/web-artifacts}"
mkdir -p "$artifacts" && artifacts="$(cd "$artifacts" && pwd)"
here="$(cd "$(dirname "$0")" && pwd)"
chromium="${CHROMIUM:-/usr/bin/chromium}"
missing=""
[[ -x "$chromium" ]] || missing="chromium ($chromium)"
command -v node >/dev/null || missing="$missing node"
command -v npm >/dev/null || missing="$missing npm"
if [[ -n "$missing" ]]; then
  if [[ "${DATELINE_REQUIRE_BROWSER:-0}" == 1 ]]; then
    echo "FAIL: missing $missing" >&2
    exit 1
  fi
  echo "skip: missing $missing"
  exit 77
fi

# playwright-core, pinned, cached in the build directory.
mods="$build/web-tests"
mkdir -p "$mods"
if ! cmp -s "$here/web/package-lock.json" "$mods/package-lock.json" || [[ ! -d "$mods/node_modules/playwright-core" ]]; then
  cp "$here/web/package.json" "$here/web/package-lock.json" "$mods/"
  (cd "$mods" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
fi

tmp="$(mktemp -d)"
pid=""
cleanup() {
  [[ -n "$pid" ]] && kill "$pid" 2>/dev/null || true
  rm -rf "$tmp"
}
trap cleanup EXIT
"$bin" ingest --quiet --db "$tmp/db" "$shared/seed/000_bec592340a15c483.txt"
"$bin" serve --db "$tmp/db" --port 0 >"$tmp/serve.log" 2>&1 &
pid=$!
url=""
for _ in $(seq 1 100); do
  url="$(sed -n 's|^serving \(http://[^ ]*\) .*|\1|p' "$tmp/serve.log")"
  [[ -n "$url" ]] && break
  sleep 0.1
done
[[ -n "$url" ]] || { echo "FAIL: serve did not start"; cat "$tmp/serve.log"; exit 1; }
mkdir -p "$artifacts"
DATELINE_WEB_MODULES="$mods/node_modules" CHROMIUM="$chromium" \
  node "$here/web/page_test.cjs" "$url" "$artifacts"
