#!/usr/bin/env bash
# Scale-out end to end, with real servers on loopback, started here and
# stopped after: NATS JetStream (Debian nats-server, -js) and PostgreSQL 15.
#   1. 5,000 dev records published; three workers ingest them into
#      PostgreSQL; one is killed with SIGKILL midway and restarted. Every
#      document is stored once, and the events are those of a single
#      process writing SQLite from the same input.
#   2. The same on a three-node JetStream cluster (stream replicated
#      three times) with one node stopped midway.
#
#   tests/nats_workers_test.sh DATELINE_BINARY SHARED_DIR
#
# Skips (77) without the servers unless DATELINE_REQUIRE_SERVERS=1.
set -euo pipefail
bin="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
shared="$2"
here="$(cd "$(dirname "$0")" && pwd)"
if ! command -v nats-server >/dev/null || [[ ! -x /usr/lib/postgresql/15/bin/initdb ]]; then
  [[ "${DATELINE_REQUIRE_SERVERS:-0}" == 1 ]] && { echo "FAIL: nats-server or PostgreSQL 15 missing"; exit 1; }
  echo "skip: nats-server or PostgreSQL 15 missing"
  exit 77
fi
source "$here/lib/pg.sh"
tmp="$(mktemp -d)"
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill -9 "$p" 2>/dev/null || true; done
  pg_stop "$tmp"
  rm -rf "$tmp"
}
trap cleanup EXIT
fail() { echo "FAIL: $*"; exit 1; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
docs_in_pg() { "$bin" events --db "$PG_URL" --format jsonl --limit 1 >/dev/null; /usr/lib/postgresql/15/bin/psql -qtA -h 127.0.0.1 -p "$PG_PORT" -U dateline -d test -c "select count(*) from documents"; }

pg_start "$tmp"
dev="$shared/dev/records"
python3 - "$dev/pitf-2013-2015.docs.jsonl" "$dev/wikipedia-2018-2019.docs.jsonl" "$tmp/input.jsonl" <<'PY'
import sys
lines = [l for p in sys.argv[1:3] for l in open(p, encoding="utf-8") if l.strip()]
open(sys.argv[3], "w").writelines(lines[:5000])
PY
unique="$(python3 -c 'import json,sys; print(len({json.loads(l)["text"] for l in open(sys.argv[1])}))' "$tmp/input.jsonl")"
"$bin" ingest --quiet --db "$tmp/one.db" "$tmp/input.jsonl" 2>/dev/null
"$bin" events --db "$tmp/one.db" --format jsonl >"$tmp/one.jsonl"
python3 "$here/lib/event_sig.py" "$tmp/one.jsonl" "$tmp/input.jsonl" >"$tmp/one.sig"

# run_workers URLS: three workers, one killed with -9 midway and restarted;
# returns when all have drained the stream.
run_workers() {
  local urls="$1" w=()
  for i in 1 2 3; do
    "$bin" worker --nats "$urls" --stream DOCS --db "$PG_URL" --batch 32 --ack-wait 3 \
      --exit-when-idle 6 2>"$tmp/worker$i.log" &
    w+=($!)
    pids+=($!)
  done
  # Midway: kill worker 2 without warning, start it again.
  for _ in $(seq 1 600); do
    [[ "$(docs_in_pg)" -ge $((unique / 3)) ]] && break
    sleep 0.1
  done
  kill -9 "${w[1]}" 2>/dev/null || fail "worker 2 ended before it could be killed"
  wait "${w[1]}" 2>/dev/null || true
  echo "killed worker 2 at $(docs_in_pg) of $unique documents"
  [[ -n "${2:-}" ]] && eval "$2"   # a fault to inject at the same moment
  "$bin" worker --nats "$urls" --stream DOCS --db "$PG_URL" --batch 32 --ack-wait 3 \
    --exit-when-idle 6 2>"$tmp/worker2b.log" &
  w[1]=$!
  pids+=($!)
  for p in "${w[@]}"; do wait "$p" || fail "a worker failed: $(cat "$tmp"/worker*.log | grep -i fail | head -3)"; done
}

check_result() {
  local what="$1" stored
  stored="$(docs_in_pg)"
  [[ "$stored" == "$unique" ]] || fail "$what: $stored documents stored, want $unique"
  "$bin" events --db "$PG_URL" --format jsonl >"$tmp/pg.jsonl"
  python3 "$here/lib/event_sig.py" "$tmp/pg.jsonl" "$tmp/input.jsonl" >"$tmp/pg.sig"
  diff "$tmp/one.sig" "$tmp/pg.sig" >"$tmp/sig.diff" ||
    fail "$what: events differ from one process: $(head -6 "$tmp/sig.diff")"
  echo "ok: $what: $stored documents, $(wc -l <"$tmp/pg.jsonl") events, the same as one process; nothing twice"
}

# 1. One node.
port="$(free_port)"
nats-server -js -a 127.0.0.1 -p "$port" -sd "$tmp/js1" >"$tmp/nats.log" 2>&1 &
pids+=($!)
nats_pid=$!
for _ in $(seq 1 50); do (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break; sleep 0.1; done
"$bin" publish --nats "nats://127.0.0.1:$port" --stream DOCS "$tmp/input.jsonl"
run_workers "nats://127.0.0.1:$port"
check_result "one node, a worker killed"
kill "$nats_pid"

# 2. A three-node cluster, one node stopped midway.
pg_reset "$tmp"
ports=() cports=()
for i in 1 2 3; do ports+=("$(free_port)"); cports+=("$(free_port)"); done
routes="nats-route://127.0.0.1:${cports[0]},nats-route://127.0.0.1:${cports[1]},nats-route://127.0.0.1:${cports[2]}"
node_pids=()
for i in 0 1 2; do
  nats-server -js -a 127.0.0.1 -p "${ports[$i]}" -sd "$tmp/jsc$i" --server_name "n$i" \
    --cluster_name dateline --cluster "nats://127.0.0.1:${cports[$i]}" --routes "$routes" \
    >"$tmp/node$i.log" 2>&1 &
  node_pids+=($!)
  pids+=($!)
done
urls="nats://127.0.0.1:${ports[0]},nats://127.0.0.1:${ports[1]},nats://127.0.0.1:${ports[2]}"
# Until the cluster has formed, publishing fails; publishing again is
# harmless (each document's id is its content hash).
ok=0
for _ in $(seq 1 60); do
  if "$bin" publish --nats "$urls" --stream DOCS --replicas 3 "$tmp/input.jsonl" 2>"$tmp/publish.log"; then
    ok=1
    break
  fi
  sleep 0.5
done
[[ $ok == 1 ]] || fail "publishing to the cluster: $(cat "$tmp/publish.log") $(tail -3 "$tmp/node0.log")"
cat "$tmp/publish.log"
run_workers "$urls" 'kill ${node_pids[2]}; echo "stopped node 3"'
check_result "three-node cluster, a node stopped and a worker killed"
