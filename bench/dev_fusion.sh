#!/usr/bin/env bash
# Copyright 2026 The Dateline Authors.
#
# Fusion across documents on the dev records (issue 5): ingest
# pitf-2013-2015 then wikipedia-2018-2019 into a fresh database and count
# the fused events that hold records the gold codes as different incidents
# (a different day or more than 50 km apart), with a sample of merges.
#
#   bench/dev_fusion.sh [path/to/dateline] [SAMPLE]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
bin=${1:-$root/build/dateline}
sample=${2:-12}
dev=${DATELINE_SHARED_DIR:-$root/../shared}/dev/records
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$bin" ingest --quiet --db "$tmp/db" "$dev/pitf-2013-2015.docs.jsonl" "$dev/wikipedia-2018-2019.docs.jsonl"
"$bin" events --db "$tmp/db" --format jsonl >"$tmp/events.jsonl"
python3 "$here/fusion_purity.py" "$tmp/events.jsonl" "$dev/pitf-2013-2015.gold.jsonl" \
  "$dev/wikipedia-2018-2019.gold.jsonl" --sample "$sample"
