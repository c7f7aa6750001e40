#!/usr/bin/env bash
# Installs the pinned Debian packages of scripts/deps.txt that are missing,
# then configures and builds Dateline in build/ (Release). Idempotent: a
# second run installs nothing and rebuilds only what changed.
#
#   scripts/setup.sh            install + build
#   scripts/setup.sh --no-build install only
set -euo pipefail
cd "$(dirname "$0")/.."

# DATELINE_DEPS: the package lists to install (default scripts/deps.txt).
missing=()
for deps in ${DATELINE_DEPS:-scripts/deps.txt}; do
while IFS= read -r line; do
  line="${line%%#*}"; line="${line// /}"
  [ -n "$line" ] || continue
  pkg="${line%%=*}"; want="${line#*=}"
  have="$(dpkg-query -W -f='${Status} ${Version}' "$pkg" 2>/dev/null || true)"
  if [ "$have" != "install ok installed $want" ]; then
    missing+=("$pkg=$want")
  fi
done < "$deps"
done

if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  if ! DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"; then
    # A Debian point release may have replaced a pinned version; say so
    # loudly and take the archive's current one rather than fail the build.
    echo "setup: WARNING: pinned versions unavailable; installing the archive's versions" >&2
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]%%=*}"
  fi
fi

[ "${1:-}" = "--no-build" ] && exit 0

cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$(nproc)"
