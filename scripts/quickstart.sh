#!/usr/bin/env bash
# The README's first command: set up, build, and run Dateline's main job on
# the bundled sample (the seed page, ../shared/seed/): ingest it into the
# embedded database (./dateline.db, or $DATELINE_DB) and show what is there.
#
#   scripts/quickstart.sh [--serve] [SAMPLE]
#
# With --serve it ends by serving the web page on http://127.0.0.1:8080/.
set -euo pipefail
cd "$(dirname "$0")/.."
serve=0
if [[ "${1:-}" == "--serve" ]]; then
  serve=1
  shift
fi
scripts/setup.sh
sample="${1:-../shared/seed/000_bec592340a15c483.txt}"
if [ ! -f "$sample" ]; then
  echo "quickstart: sample page $sample not found; pass a path" >&2
  exit 2
fi
db="${DATELINE_DB:-./dateline.db}"
export DATELINE_DB="$db"
echo
echo "== dateline ingest $sample   (into $db; a second run adds nothing)"
build/dateline ingest "$sample"
echo
echo "== dateline events --sort killed --limit 12   (the incidents, deadliest first)"
build/dateline events --sort killed --limit 12
echo
echo "== dateline timeline --country RU   (the page's fact box, rebuilt from the database)"
build/dateline timeline --country RU
crocus="$(build/dateline events --near 55.82,37.33,30 --format jsonl --limit 1 | sed -n 's/^{"id":"\([^"]*\)".*/\1/p')"
if [ -n "$crocus" ]; then
  echo
  echo "== dateline show $crocus   (one event: sources, revisions, quotes, merges)"
  # (sed, not head: head would close the pipe early, and pipefail end the script)
  build/dateline show "$crocus" | sed -n '1,40p'
  echo "   ..."
fi
echo
if [[ $serve == 1 ]]; then
  echo "== dateline serve   (the map, timeline and event panels; Ctrl-C stops)"
  exec build/dateline serve
fi
echo "To look at it on a map and a timeline: build/dateline serve, then open"
echo "http://127.0.0.1:8080/ (or run scripts/quickstart.sh --serve)."
