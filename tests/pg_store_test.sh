#!/usr/bin/env bash
# End-to-end on a real PostgreSQL 15 (Debian postgresql-15), started on
# loopback in a temporary directory and stopped after:
#   - the seed and the dev records ingested into PostgreSQL give exactly the
#     events an SQLite database gives (same ids, counts, sources);
#   - two ingests writing at once (the dev records split between them, in
#     opposite orders) give the same incidents as one process: nothing
#     twice, nothing lost;
#   - `serve` reads the same database.
#
#   tests/pg_store_test.sh DATELINE_BINARY SHARED_DIR
#
# Skips (77) without PostgreSQL's binaries unless DATELINE_REQUIRE_SERVERS=1.
set -euo pipefail
bin="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
shared="$2"
here="$(cd "$(dirname "$0")" && pwd)"
pgbin=/usr/lib/postgresql/15/bin
if [[ ! -x $pgbin/initdb ]]; then
  [[ "${DATELINE_REQUIRE_SERVERS:-0}" == 1 ]] && { echo "FAIL: no $pgbin/initdb"; exit 1; }
  echo "skip: no PostgreSQL 15 ($pgbin)"
  exit 77
fi
source "$here/lib/pg.sh"
tmp="$(mktemp -d)"
trap 'pg_stop "$tmp"; rm -rf "$tmp"' EXIT
pg_start "$tmp"   # sets PG_URL
dev="$shared/dev/records"
seed="$shared/seed/000_bec592340a15c483.txt"

fail() { echo "FAIL: $*"; exit 1; }

# 1. The seed and the dev records: PostgreSQL and SQLite store the same.
"$bin" ingest --quiet --db "$PG_URL" "$seed" "$dev/pitf-2013-2015.docs.jsonl"
"$bin" ingest --quiet --db "$tmp/lite.db" "$seed" "$dev/pitf-2013-2015.docs.jsonl"
"$bin" events --db "$PG_URL" --format jsonl >"$tmp/pg.jsonl"
"$bin" events --db "$tmp/lite.db" --format jsonl >"$tmp/lite.jsonl"
[[ -s "$tmp/pg.jsonl" ]] || fail "no events in PostgreSQL"
cmp -s "$tmp/pg.jsonl" "$tmp/lite.jsonl" ||
  fail "PostgreSQL and SQLite differ: $(diff <(cut -c1-150 "$tmp/pg.jsonl") <(cut -c1-150 "$tmp/lite.jsonl") | head -5)"
echo "ok: $(wc -l <"$tmp/pg.jsonl") events, the same in PostgreSQL and SQLite"
same() {
  local a b
  a="$("$bin" events --db "$PG_URL" --format jsonl "$@" | md5sum)"
  b="$("$bin" events --db "$tmp/lite.db" --format jsonl "$@" | md5sum)"
  [[ "$a" == "$b" ]] || fail "events $* differ between PostgreSQL and SQLite"
}
same --country RU --sort killed
same --actor IS-K
same --near 33.34,44.40,100
same --text "bomb market"
same --since 2014-01 --until 2014-03 --type "Explosions/Remote violence"
same --admin1 "Borno State" --min-killed 10
echo "ok: the filters agree"
"$bin" ingest --quiet --db "$PG_URL" "$seed" 2>"$tmp/again.log"
again="$(head -1 "$tmp/again.log")"
[[ "$again" == *"0 new, 1 already stored"* ]] || fail "second ingest into PostgreSQL: $again"

# 2. Two writers at once.
pg_reset "$tmp"
python3 - "$dev/wikipedia-2018-2019.docs.jsonl" "$dev/pitf-2013-2015.docs.jsonl" "$tmp" <<'PY'
import sys
lines = [l for p in sys.argv[1:3] for l in open(p, encoding="utf-8") if l.strip()]
a = [l for i, l in enumerate(lines) if i % 2 == 0]
b = [l for i, l in enumerate(lines) if i % 2 == 1]
open(sys.argv[3] + "/half-a.jsonl", "w").writelines(a)
open(sys.argv[3] + "/half-b.jsonl", "w").writelines(reversed(b))
open(sys.argv[3] + "/all.jsonl", "w").writelines(lines)
PY
"$bin" ingest --quiet --batch 16 --db "$PG_URL" "$tmp/half-a.jsonl" 2>"$tmp/a.log" &
p1=$!
"$bin" ingest --quiet --batch 16 --db "$PG_URL" "$tmp/half-b.jsonl" 2>"$tmp/b.log" &
p2=$!
wait $p1 || fail "writer A: $(cat "$tmp/a.log")"
wait $p2 || fail "writer B: $(cat "$tmp/b.log")"
"$bin" ingest --quiet --db "$tmp/one.db" "$tmp/all.jsonl"
"$bin" events --db "$PG_URL" --format jsonl >"$tmp/two.jsonl"
"$bin" events --db "$tmp/one.db" --format jsonl >"$tmp/one.jsonl"
# The same incidents: the same sets of documents per event, the same tolls.
sig() { python3 "$here/lib/event_sig.py" "$1" "$tmp/all.jsonl"; }
if ! diff <(sig "$tmp/two.jsonl") <(sig "$tmp/one.jsonl") >"$tmp/sig.diff"; then
  fail "two writers differ from one: $(head -6 "$tmp/sig.diff")"
fi
docs="$("$bin" events --db "$PG_URL" --format jsonl | wc -l)"
echo "ok: two writers at once store the same $docs events as one process, nothing twice"

# 3. serve reads PostgreSQL.
"$bin" serve --db "$PG_URL" --port 0 >"$tmp/serve.log" 2>&1 &
sp=$!
url=""
for _ in $(seq 1 100); do
  url="$(sed -n 's|^serving \(http://[^ ]*\) .*|\1|p' "$tmp/serve.log")"
  [[ -n "$url" ]] && break
  sleep 0.1
done
n="$(curl -s "${url}api/stats" | python3 -c 'import json,sys; print(json.load(sys.stdin)["events"])')"
kill $sp
[[ "$n" == "$docs" ]] || fail "serve on PostgreSQL counts $n events, not $docs"
echo "ok: serve reads PostgreSQL ($n events)"
