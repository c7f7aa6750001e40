#!/usr/bin/env bash
# Copyright 2026 The Dateline Authors.
#
# End-to-end throughput of `dateline extract`, single-threaded on one core
# (taskset -c $CPU), one process per input:
#   - each ../shared/dev/records/*.docs.jsonl
#   - the seed page copied SEED_COPIES (200) times into one directory
# and prints a table: wall time, CPU time (user+sys), MB/s (per wall and
# per CPU second) and records/s of article TEXT (the records' decoded "text" fields, or the page files; not
# the JSON around them), events written, and peak RSS (/usr/bin/time %M).
# Start-up (including loading the lexicons) is part of every figure.
#
#   bench/events_throughput.sh [path/to/dateline]      # default build/dateline
#   RUNS=3 bench/events_throughput.sh build-lex/dateline   # best of 3 per input
#
# Environment: DATELINE_SHARED_DIR (default ../shared beside the checkout),
# CPU (0), SEED_COPIES (200), RUNS (1). The machine is shared: treat the
# wall figures as +-10-20 %; CPU time is the steadier one.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
bin=${1:-$root/build/dateline}
shared=${DATELINE_SHARED_DIR:-$root/../shared}
cpu=${CPU:-0}
seed_copies=${SEED_COPIES:-200}
runs=${RUNS:-1}

die() { echo "events_throughput.sh: $*" >&2; exit 1; }

[[ -x $bin ]] || die "no dateline binary at $bin; build it or pass its path"
[[ -d $shared/dev/records && -f $shared/seed/000_bec592340a15c483.txt ]] ||
  die "no $shared/dev/records or seed page; set DATELINE_SHARED_DIR"
command -v taskset >/dev/null || die "taskset (util-linux) is missing"
command -v python3 >/dev/null || die "python3 is needed to measure the records' text"
if [[ ! -x /usr/bin/time ]]; then
  echo "installing Debian 'time' for /usr/bin/time" >&2
  sudo=; [[ $(id -u) -eq 0 ]] || sudo=sudo
  $sudo apt-get install -y time >/dev/null || die "cannot install Debian 'time'"
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Prints "RECORDS TEXT_BYTES" for a JSON Lines file: UTF-8 bytes of "text".
measure_jsonl() {
  python3 - "$1" <<'EOF'
import json, sys
n = b = 0
with open(sys.argv[1], encoding="utf-8") as f:
    for line in f:
        if line.strip():
            n += 1
            b += len(json.loads(line).get("text", "").encode("utf-8"))
print(n, b)
EOF
}

# The seed page as SEED_COPIES files of one directory (ingest walks it in
# sorted order), so each copy is one document exactly as `extract PAGE.txt`.
seed_dir=$tmp/seed
mkdir -p "$seed_dir"
seed=$shared/seed/000_bec592340a15c483.txt
for ((i = 0; i < seed_copies; i++)); do
  cp "$seed" "$seed_dir/$(printf 'seed_%04d.txt' "$i")"
done
seed_bytes=$(($(stat -c %s "$seed") * seed_copies))

inputs=() labels=() records=() text_bytes=()
for f in "$shared"/dev/records/*.docs.jsonl; do
  read -r n b < <(measure_jsonl "$f")
  inputs+=("$f") labels+=("$(basename "$f" .docs.jsonl)") records+=("$n") text_bytes+=("$b")
done
inputs+=("$seed_dir") labels+=("seed page x$seed_copies") records+=("$seed_copies")
text_bytes+=("$seed_bytes")

printf '%s on cpu %s, best of %s run(s); load average: %s\n\n' "$bin" "$cpu" "$runs" \
  "$(cut -d' ' -f1-3 /proc/loadavg)"
printf '| %-22s | %7s | %7s | %6s | %6s | %6s | %9s | %9s | %6s | %6s | %11s |\n' \
  input records "text MB" "wall s" "cpu s" "MB/s" "MB/s cpu" "records/s" events errors \
  "peak RSS MB"
echo '|------------------------|---------|---------|--------|--------|--------|-----------|-----------|--------|--------|-------------|'

for i in "${!inputs[@]}"; do
  best_wall= best_cpu= peak=0
  for ((r = 0; r < runs; r++)); do
    start=$EPOCHREALTIME
    set +e
    /usr/bin/time -f '%M %U %S' -o "$tmp/time" taskset -c "$cpu" "$bin" extract "${inputs[$i]}" \
      >"$tmp/out.jsonl" 2>"$tmp/err"
    rc=$?
    set -e
    end=$EPOCHREALTIME
    [[ $rc -le 1 ]] || die "dateline extract ${inputs[$i]} exited $rc: $(tail -3 "$tmp/err")"
    read -r rss user sys <"$tmp/time"
    wall=$(python3 -c "print(f'{$end - $start:.3f}')")
    cpu_s=$(python3 -c "print(f'{$user + $sys:.2f}')")
    if [[ -z $best_wall ]] || python3 -c "import sys; sys.exit(not $wall < $best_wall)"; then
      best_wall=$wall best_cpu=$cpu_s
    fi
    ((rss > peak)) && peak=$rss
  done
  events=$(wc -l <"$tmp/out.jsonl")
  errors=$(grep -c '^dateline: ' "$tmp/err" || true)
  python3 - "${labels[$i]}" "${records[$i]}" "${text_bytes[$i]}" "$best_wall" "$best_cpu" \
    "$events" "$errors" "$peak" <<'EOF'
import sys
label, n, b, wall, cpu, events, errors, rss = sys.argv[1:]
n, b, wall, cpu, rss = int(n), int(b), float(wall), float(cpu), int(rss)
print(f"| {label:<22} | {n:>7} | {b / 1e6:>7.2f} | {wall:>6.2f} | {cpu:>6.2f} | "
      f"{b / 1e6 / wall:>6.2f} | {b / 1e6 / max(cpu, 0.01):>9.2f} | {n / wall:>9.0f} | "
      f"{events:>6} | {errors:>6} | {rss / 1024:>11.1f} |")
EOF
done
echo
echo "MB = 10^6 bytes of article text; wall and cpu (user+sys) include start-up;"
echo "MB/s and records/s are per wall second, MB/s cpu per CPU second."
