#!/usr/bin/env bash
# Copyright 2026 The Dateline Authors.
#
# Throughput of the scale-out path on this machine (issue 7): the dev
# records (5,375 documents) published to NATS JetStream, then ingested into
# PostgreSQL by 1, 2 and 4 workers (each run a fresh database and its own
# durable consumer, so it reads the whole stream); beside them, in the same
# run, `dateline ingest` into SQLite (the embedded path) and into
# PostgreSQL directly. Servers (nats-server -js, PostgreSQL 15) are started
# on loopback and stopped after. Prints documents/s and the per-document
# cost of each path in milliseconds.
#
#   bench/queue_throughput.sh [path/to/dateline]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
bin=${1:-$root/build/dateline}
dev=${DATELINE_SHARED_DIR:-$root/../shared}/dev/records
source "$root/tests/lib/pg.sh"
tmp=$(mktemp -d)
nats_pid=
cleanup() { [[ -n $nats_pid ]] && kill "$nats_pid" 2>/dev/null; pg_stop "$tmp"; rm -rf "$tmp"; }
trap cleanup EXIT
pg_start "$tmp"
cat "$dev/pitf-2013-2015.docs.jsonl" "$dev/wikipedia-2018-2019.docs.jsonl" >"$tmp/input.jsonl"
docs=$(grep -c . "$tmp/input.jsonl")
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
nats-server -js -a 127.0.0.1 -p "$port" -sd "$tmp/js" >"$tmp/nats.log" 2>&1 &
nats_pid=$!
sleep 1
url="nats://127.0.0.1:$port"
now() { date +%s.%N; }
row() { printf "%-44s %7.2f s %8.0f docs/s %7.3f ms/doc\n" "$1" "$2" "$(awk "BEGIN{print $docs/$2}")" "$(awk "BEGIN{print 1000*$2/$docs}")"; }

echo "$docs documents, $(nproc) cores"
t0=$(now); "$bin" publish --nats "$url" --stream DOCS "$tmp/input.jsonl" 2>/dev/null; t1=$(now)
row "publish to JetStream" "$(awk "BEGIN{print $t1-$t0}")"
t0=$(now); "$bin" ingest --quiet --db "$tmp/lite.db" "$tmp/input.jsonl" 2>/dev/null; t1=$(now)
embedded=$(awk "BEGIN{print $t1-$t0}")
row "ingest -> SQLite (embedded, 2 threads)" "$embedded"
t0=$(now); "$bin" ingest --quiet --db "$PG_URL" "$tmp/input.jsonl" 2>/dev/null; t1=$(now)
row "ingest -> PostgreSQL (1 process)" "$(awk "BEGIN{print $t1-$t0}")"
idle=2
for w in 1 2 4; do
  pg_reset "$tmp"
  t0=$(now)
  pids=()
  for i in $(seq 1 "$w"); do
    "$bin" worker --nats "$url" --stream DOCS --durable "bench-$w" --db "$PG_URL" --batch 64 \
      --exit-when-idle "$idle" 2>"$tmp/w$i.log" &
    pids+=($!)
  done
  for p in "${pids[@]}"; do wait "$p"; done
  t1=$(now)
  # Less the idle wait that ends each worker.
  row "$w worker(s): JetStream -> PostgreSQL" "$(awk "BEGIN{print $t1-$t0-$idle}")"
done
