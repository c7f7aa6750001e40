#!/usr/bin/env bash
# The README's first command: set up, build, and run Dateline on the
# bundled sample (the seed page, ../shared/seed/) and show the result.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
sample="${1:-../shared/seed/000_bec592340a15c483.txt}"
if [ ! -f "$sample" ]; then
  echo "quickstart: sample page $sample not found; pass a path" >&2
  exit 2
fi
echo
echo "== dateline articles $sample --format text   (the stories on the page)"
build/dateline articles "$sample" --format text | head -n 60
echo "   ..."
echo
echo "== dateline extract $sample --format text   (the incidents they report)"
build/dateline extract "$sample" --format text
