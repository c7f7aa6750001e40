# Shell helpers for tests that need a PostgreSQL server of their own:
#   pg_start DIR   initdb in DIR/pg, start on a free loopback port; sets PG_URL
#   pg_reset DIR   drop and recreate the test database
#   pg_stop DIR    stop it (safe to call twice)
# PostgreSQL refuses to run as root: as root, the server runs as the
# `postgres` user the Debian package creates.
pg_bin=/usr/lib/postgresql/15/bin

pg_as() {
  if [[ "$(id -u)" == 0 ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

pg_start() {
  local dir="$1"
  mkdir -p "$dir/pg"
  [[ "$(id -u)" == 0 ]] && chown postgres "$dir" "$dir/pg"
  pg_as "$pg_bin/initdb" -D "$dir/pg/data" -A trust -U dateline --no-sync >"$dir/pg/initdb.log" 2>&1 ||
    { cat "$dir/pg/initdb.log"; return 1; }
  PG_PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
  pg_as "$pg_bin/pg_ctl" -D "$dir/pg/data" -l "$dir/pg/server.log" -w -t 60 \
    -o "-p $PG_PORT -k $dir/pg -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=60" \
    start >/dev/null || { cat "$dir/pg/server.log"; return 1; }
  PG_URL="postgresql://dateline@127.0.0.1:$PG_PORT/test"
  "$pg_bin/psql" -q -h 127.0.0.1 -p "$PG_PORT" -U dateline -d postgres -c "CREATE DATABASE test" >/dev/null
  export PG_URL PG_PORT
}

pg_reset() {
  local dir="$1"
  "$pg_bin/psql" -q -h 127.0.0.1 -p "$PG_PORT" -U dateline -d postgres -c "DROP DATABASE test" -c "CREATE DATABASE test" >/dev/null
}

pg_stop() {
  local dir="$1"
  [[ -d "$dir/pg/data" ]] && pg_as "$pg_bin/pg_ctl" -D "$dir/pg/data" -m immediate stop >/dev/null 2>&1 || true
}
