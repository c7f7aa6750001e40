#!/usr/bin/env bash
# End-to-end: `dateline ingest` killed with SIGKILL in the middle of a run
# leaves a consistent database (every batch whole or absent), and a rerun
# completes it to exactly what an uninterrupted run stores.
#
#   tests/kill_ingest_test.sh DATELINE_BINARY INPUT...
#
# INPUT is a large input (the dev records); the test skips (77) without it.
set -euo pipefail
bin="$1"
shift
for f in "$@"; do
  [[ -e "$f" ]] || { echo "skip: no $f"; exit 77; }
done
command -v sqlite3 >/dev/null || { echo "skip: no sqlite3 command"; exit 77; }
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# Small batches and one thread, so there are many commits to land between.
opts=(--quiet --batch 32 --threads 1)

"$bin" ingest "${opts[@]}" --db "$tmp/whole.db" "$@" 2>"$tmp/whole.log"
"$bin" events --db "$tmp/whole.db" --format jsonl >"$tmp/whole.jsonl"
total_docs="$(sqlite3 "$tmp/whole.db" 'select count(*) from documents')"

# Kill runs at a few points: once some batches are stored, and mid-way.
for frac in 10 50; do
  rm -f "$tmp"/killed.db*
  "$bin" ingest "${opts[@]}" --db "$tmp/killed.db" "$@" 2>"$tmp/killed.log" &
  pid=$!
  want=$((total_docs * frac / 100))
  stored=0
  for _ in $(seq 1 3000); do
    stored="$(sqlite3 "$tmp/killed.db" 'select count(*) from documents' 2>/dev/null || echo 0)"
    [[ "$stored" -ge "$want" ]] && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.01
  done
  if ! kill -9 "$pid" 2>/dev/null; then
    echo "FAIL: ingest finished before it could be killed (at $frac%)"
    exit 1
  fi
  wait "$pid" 2>/dev/null || true
  after="$(sqlite3 "$tmp/killed.db" 'pragma integrity_check; select count(*) from documents')"
  echo "killed at $frac%: $(echo "$after" | tail -1) of $total_docs documents stored"
  if [[ "$(echo "$after" | head -1)" != "ok" ]]; then
    echo "FAIL: integrity check after kill: $after"
    exit 1
  fi
  # Every stored document has its articles: no half-written batch.
  orphans="$(sqlite3 "$tmp/killed.db" "select count(*) from documents d where not exists (select 1 from articles a where a.document = d.id) and d.bytes > 0")"
  [[ "$orphans" == 0 ]] || { echo "FAIL: $orphans documents without articles"; exit 1; }

  "$bin" ingest "${opts[@]}" --db "$tmp/killed.db" "$@" 2>"$tmp/rerun.log"
  "$bin" events --db "$tmp/killed.db" --format jsonl >"$tmp/killed.jsonl"
  if ! cmp -s "$tmp/whole.jsonl" "$tmp/killed.jsonl"; then
    echo "FAIL: events after kill + rerun differ from an uninterrupted run (at $frac%)"
    diff <(head -c 2000 "$tmp/whole.jsonl") <(head -c 2000 "$tmp/killed.jsonl") | head -20
    exit 1
  fi
  for table in documents articles events sources revisions history; do
    a="$(sqlite3 "$tmp/whole.db" "select count(*) from $table")"
    b="$(sqlite3 "$tmp/killed.db" "select count(*) from $table")"
    [[ "$a" == "$b" ]] || { echo "FAIL: $table: $a uninterrupted, $b after kill + rerun"; exit 1; }
  done
  grep -h "documents" "$tmp/rerun.log" | head -1
done
echo "ok: $(wc -l <"$tmp/whole.jsonl") events, same after kill -9 and rerun"
