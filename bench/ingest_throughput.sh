#!/usr/bin/env bash
# Copyright 2026 The Dateline Authors.
#
# Throughput of `dateline ingest` on the dev records (both sets, 5,375
# documents, one run each into a fresh database): with fusion across
# documents and without (--no-fuse), on one thread and on every core, each
# beside `dateline extract` (the same extraction, no database) measured in
# the same run. Prints docs/s, MB/s of article text, events, merges, the
# database size and peak RSS, and the ratios that matter: the database's
# cost over extract, and fusion's cost over --no-fuse.
#
#   bench/ingest_throughput.sh [path/to/dateline]
#
# Environment: DATELINE_SHARED_DIR (default ../shared beside the checkout),
# RUNS (best of, default 1).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
bin=${1:-$root/build/dateline}
shared=${DATELINE_SHARED_DIR:-$root/../shared}
runs=${RUNS:-1}
inputs=("$shared/dev/records/pitf-2013-2015.docs.jsonl" "$shared/dev/records/wikipedia-2018-2019.docs.jsonl")
for f in "${inputs[@]}"; do [[ -f $f ]] || { echo "no $f" >&2; exit 1; }; done
[[ -x /usr/bin/time ]] || apt-get install -y time >/dev/null
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

text_mb=$(python3 - "${inputs[@]}" <<'PY'
import json, sys
n = 0
for p in sys.argv[1:]:
    for line in open(p, encoding="utf-8"):
        if line.strip():
            n += len(json.loads(line).get("text", "").encode())
print("%.3f" % (n / 1e6))
PY
)
docs=$(cat "${inputs[@]}" | grep -c .)

# run LABEL CMD...: best wall time of $runs, peak RSS; prints a row.
run() {
  local label=$1; shift
  local best="" rss=0
  for _ in $(seq 1 "$runs"); do
    rm -f "$tmp"/db*
    /usr/bin/time -f "%e %M" -o "$tmp/time" "$@" >"$tmp/out" 2>"$tmp/err"
    read -r wall kb <"$tmp/time"
    if [[ -z $best ]] || awk "BEGIN{exit !($wall < $best)}"; then best=$wall; rss=$kb; fi
  done
  local extra=""
  if [[ -f $tmp/db ]]; then
    extra="$(grep -o '[0-9]* reports merged' "$tmp/err" | cut -d' ' -f1) merges, db $(du -m "$tmp/db" | cut -f1) MB"
  else
    extra="$(grep -c . "$tmp/out") events"
  fi
  printf "%-34s %7.2f s %8.0f docs/s %6.2f MB/s %6.0f MB RSS  %s\n" "$label" "$best" \
    "$(awk "BEGIN{print $docs/$best}")" "$(awk "BEGIN{print $text_mb/$best}")" \
    "$(awk "BEGIN{print $rss/1024}")" "$extra"
  echo "$best" >"$tmp/last"
}

echo "dev records: $docs documents, $text_mb MB of text; $(nproc) cores; best of $runs"
for threads in 1 "$(nproc)"; do
  run "extract (no database), 1 thread" "$bin" extract "${inputs[@]}"
  e=$(cat "$tmp/last")
  run "ingest --no-fuse, $threads thread(s)" "$bin" ingest --quiet --threads "$threads" --no-fuse --db "$tmp/db" "${inputs[@]}"
  n=$(cat "$tmp/last")
  run "ingest (fusion), $threads thread(s)" "$bin" ingest --quiet --threads "$threads" --db "$tmp/db" "${inputs[@]}"
  f=$(cat "$tmp/last")
  printf "  %d thread(s): ingest with fusion takes %.2fx extract's time; fusion %.2fx --no-fuse\n" \
    "$threads" "$(awk "BEGIN{print $f/$e}")" "$(awk "BEGIN{print $f/$n}")"
done
