#!/usr/bin/env bash
# The README's second command: install what is needed, build, and run every
# test: unit tests and end-to-end tests (ctest) including the seed
# acceptance checks, the kill -9 ingest test and the page in a real browser
# (Debian chromium + playwright-core), and a short fuzz run of every harness.
#
#   scripts/test.sh              the whole suite (what CI runs)
#   FUZZ_SECONDS=600 scripts/test.sh --long   longer fuzzing
set -euo pipefail
cd "$(dirname "$0")/.."
DATELINE_DEPS="scripts/deps.txt scripts/deps-test.txt" scripts/setup.sh

echo "== unit and end-to-end tests"
# The browser tests must run here, not skip.
export DATELINE_REQUIRE_BROWSER=1 DATELINE_REQUIRE_SERVERS=1
(cd build && ctest --output-on-failure -j"$(nproc)")

secs="${FUZZ_SECONDS:-15}"
[ "${1:-}" = "--long" ] && secs="${FUZZ_SECONDS:-600}"
echo "== fuzzing, ${secs}s per harness"
fuzz/run.sh "$secs"

echo "test.sh: all passed"
