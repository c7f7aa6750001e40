#!/usr/bin/env bash
# End-to-end: `dateline extract` on the seed page scores on the analyst's
# gold (../shared/spec/seed-gold.json) at least as issue 3 asks: recall of
# required events >= 18/20, every field >= 80%, at most 2 spurious casualty
# events, no aggregates as events, the Crocus attack as one event.
#
#   tests/seed_events_test.sh DATELINE_BINARY SHARED_DIR
set -euo pipefail
bin="$1"
shared="$2"
out="$(mktemp)"
trap 'rm -f "$out"' EXIT
"$bin" extract "$shared/seed/000_bec592340a15c483.txt" --format jsonl > "$out"
python3 - "$out" <<'PY'
import json, sys
for n, line in enumerate(open(sys.argv[1], encoding="utf-8"), 1):
    ev = json.loads(line)
    for key in ("id", "type", "subtype", "date", "date_precision", "place", "actors", "killed",
                "injured", "missing", "hostages", "arrested", "summary", "sources", "revisions"):
        assert key in ev, f"line {n}: no {key}"
    assert ev["sources"], f"line {n}: an event without a source"
print("EVENTS.md fields present on every event")
PY
python3 "$shared/spec/score_events.py" "$shared/spec/seed-gold.json" "$out" \
  --min-recall 0.9 --min-field 0.8 --max-spurious 2 -v
