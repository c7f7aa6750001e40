#!/usr/bin/env bash
# Copyright 2026 The Dateline Authors.
#
# Latency and throughput of `dateline serve` on 100,000 events (issue 6):
# the database of bench/store_bench.cc (the dev records' events stored
# again and again, dates moved by weeks), served on loopback; each query
# of /api/events with a filter measured with wrk (Debian wrk 4.1.0) on one
# connection (p50, p99, requests/s), then the mix under concurrent load
# (32 connections, 2 threads).
#
#   bench/api_latency.sh [BUILD_DIR]        (default build/)
#
# Environment: SECONDS_EACH (5), PORT (18080), CONNECTIONS (32).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
build=${1:-$root/build}
each=${SECONDS_EACH:-5}
port=${PORT:-18080}
conns=${CONNECTIONS:-32}
if ! command -v wrk >/dev/null; then
  sudo=; [[ $(id -u) -eq 0 ]] || sudo=sudo
  $sudo apt-get install -y wrk=4.1.0-3+b2 >/dev/null || $sudo apt-get install -y wrk >/dev/null
fi
tmp=$(mktemp -d)
pid=
cleanup() { [[ -n $pid ]] && kill "$pid" 2>/dev/null; rm -rf "$tmp"; }
trap cleanup EXIT

echo "building the 100,000-event database ..." >&2
DATELINE_BENCH_DB="$tmp/db" "$build/dateline_store_bench" --benchmark_filter='^BM_Latest100' \
  >/dev/null 2>&1
"$build/dateline" serve --db "$tmp/db" --port "$port" --max-connections 128 >"$tmp/serve.log" 2>&1 &
pid=$!
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$port/api/stats?limit=1" >/dev/null 2>&1 && break; sleep 0.1; done
base="http://127.0.0.1:$port"
events=$(curl -s "$base/api/stats" | python3 -c 'import json,sys; print(json.load(sys.stdin)["events"])')
echo "serving $events events; wrk ${each}s per query, 1 connection"
printf "%-58s %9s %9s %9s\n" "query" "p50 ms" "p99 ms" "req/s"
urls=(
  "/api/events?limit=100"
  "/api/events?country=IQ&limit=100"
  "/api/events?country=NG&sort=killed&limit=100"
  "/api/events?admin1=Borno%20State&limit=100"
  "/api/events?near=33.34,44.40,100&limit=100"
  "/api/events?type=Explosions/Remote%20violence&limit=100"
  "/api/events?subtype=Suicide%20bomb&limit=100"
  "/api/events?actor=Boko%20Haram&limit=100"
  "/api/events?since=2014-01-01&until=2014-03-31&limit=100"
  "/api/events?min_killed=50&sort=killed&limit=100"
  "/api/events?text=market%20bomb&limit=100"
  "/api/events?country=AF,PK&type=Explosions/Remote%20violence,Violence%20against%20civilians&since=2013&min_killed=10&sort=killed&limit=100"
  "/api/events?country=IQ&limit=1000"
  "/api/stats?country=IQ"
)
ms() {  # wrk's latency figure (e.g. 1.23ms, 850.00us, 1.02s) in ms
  awk '{v=$1; if (v ~ /us$/) {sub(/us$/,"",v); v/=1000} else if (v ~ /ms$/) {sub(/ms$/,"",v)} else if (v ~ /s$/) {sub(/s$/,"",v); v*=1000}; printf "%.2f", v}'
}
for u in "${urls[@]}"; do
  wrk -t1 -c1 -d"${each}s" --latency "$base$u" >"$tmp/wrk" 2>&1
  p50=$(awk '$1=="50%"{print $2}' "$tmp/wrk" | ms)
  p99=$(awk '$1=="99%"{print $2}' "$tmp/wrk" | ms)
  rps=$(awk '/Requests\/sec/{print $2}' "$tmp/wrk")
  non2xx=$(awk '/Non-2xx/{print $NF}' "$tmp/wrk")
  printf "%-58.58s %9s %9s %9s %s\n" "$u" "$p50" "$p99" "$rps" "${non2xx:+(non-2xx: $non2xx)}"
done
echo
echo "under load: $conns connections, 2 threads, ${each}s each"
for u in "/api/events?country=IQ&limit=100" "/api/events?near=33.34,44.40,100&limit=100" "/api/stats"; do
  wrk -t2 -c"$conns" -d"${each}s" --timeout 10s --latency "$base$u" >"$tmp/wrk" 2>&1
  p50=$(awk '$1=="50%"{print $2}' "$tmp/wrk" | ms)
  p99=$(awk '$1=="99%"{print $2}' "$tmp/wrk" | ms)
  rps=$(awk '/Requests\/sec/{print $2}' "$tmp/wrk")
  errs=$(grep -E "Non-2xx|Socket errors" "$tmp/wrk" | tr "\n" " " || true)
  printf "%-58.58s %9s %9s %9s %s\n" "$u" "$p50" "$p99" "$rps" "$errs"
done
