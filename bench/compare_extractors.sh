#!/usr/bin/env bash
# Side-by-side benchmark: Dateline and established article extractors on the
# same WCXB dev article pages. See bench/README.md for the method.
#
#   bench/compare_extractors.sh [--pages N] [--tools LIST] [--no-install]
#
#   --pages N     first N pages (sorted by id) instead of all
#   --tools LIST  comma-separated subset of:
#                 boilerpipe,readability-lxml,readability-jsdom,postlight,extractus,dateline
#   --no-install  do not run bench/peers/install.sh first
# Environment: WCXB_DIR (default ../shared/dev/extraction/wcxb-dev-articles
# beside the repo), CPU (core to pin to, default 0), READABILITY_BATCH (pages
# per Node process for Readability+jsdom, default 100), BOILERPIPE_WARMUP
# (untimed warm-up passes, default 1), DATELINE_SCRIPT (default
# bench/wcxb_dateline.sh, called as SCRIPT OUT_DIR HTML_DIR; writes <id>.txt
# and prints 'N pages in S s: R pages/s').
#
# Writes bench/out/<tool>/<id>.txt, bench/out/<tool>.{json,log,rss,score},
# bench/out/results.md and bench/out/results.tsv; prints the table.
set -euo pipefail
bench="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(dirname "$bench")"
WCXB_DIR="${WCXB_DIR:-$repo/../shared/dev/extraction/wcxb-dev-articles}"
CPU="${CPU:-0}"
READABILITY_BATCH="${READABILITY_BATCH:-100}"
BOILERPIPE_WARMUP="${BOILERPIPE_WARMUP:-1}"
SCORER="${SCORER:-$repo/../shared/spec/score_extraction.py}"
DATELINE_SCRIPT="${DATELINE_SCRIPT:-$bench/wcxb_dateline.sh}"
ALL_TOOLS=boilerpipe,readability-lxml,readability-jsdom,postlight,extractus,dateline

pages=0 tools=$ALL_TOOLS install=1
while (($#)); do
  case "$1" in
    --pages) pages="$2"; shift 2 ;;
    --tools) tools="$2"; shift 2 ;;
    --no-install) install=0; shift ;;
    -h|--help) sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "compare_extractors.sh: unknown argument '$1'" >&2; exit 2 ;;
  esac
done
[[ -d "$WCXB_DIR/html" && -f "$WCXB_DIR/gold.jsonl" ]] || { echo "compare_extractors.sh: no WCXB data in $WCXB_DIR" >&2; exit 1; }
WCXB_DIR="$(cd "$WCXB_DIR" && pwd)"

((install)) && "$bench/peers/install.sh"
[[ -x /usr/bin/time ]] || { echo "compare_extractors.sh: /usr/bin/time missing (apt-get install time)" >&2; exit 1; }

out="$bench/out"
mkdir -p "$out"
# The page list and the matching gold subset: every tool gets the same pages.
ls "$WCXB_DIR"/html/*.html.gz | sort > "$out/pages.txt"
((pages > 0)) && { head -n "$pages" "$out/pages.txt" > "$out/pages.tmp"; mv "$out/pages.tmp" "$out/pages.txt"; }
npages=$(wc -l < "$out/pages.txt")
# Dateline reads a directory: the data's own, or one of links to the N pages.
html_dir="$WCXB_DIR/html"
if ((pages > 0)); then
  html_dir="$out/pages_html"
  rm -rf "$html_dir"; mkdir -p "$html_dir"
  xargs -a "$out/pages.txt" ln -s -t "$html_dir"
fi
python3 - "$out/pages.txt" "$WCXB_DIR/gold.jsonl" "$out/gold.jsonl" <<'EOF'
import json, os, sys
ids = {os.path.basename(l.strip()).split('.')[0] for l in open(sys.argv[1]) if l.strip()}
with open(sys.argv[3], 'w', encoding='utf-8') as w:
    for line in open(sys.argv[2], encoding='utf-8'):
        if line.strip() and json.loads(line)['id'] in ids:
            w.write(line)
EOF

peer_cmd() {  # tool outdir -> command line (array in CMD)
  case "$1" in
    boilerpipe)        CMD=("$bench/peers/boilerpipe/run_boilerpipe.sh" "$out/pages.txt" "$2" "$BOILERPIPE_WARMUP") ;;
    readability-lxml)  CMD=(/usr/bin/python3 "$bench/peers/run_readability_lxml.py" "$out/pages.txt" "$2") ;;
    readability-jsdom) CMD=(node "$bench/peers/node/run_readability_jsdom.js" "$out/pages.txt" "$2" --gold "$out/gold.jsonl" --batch "$READABILITY_BATCH") ;;
    postlight)         CMD=(node "$bench/peers/node/run_postlight.js" "$out/pages.txt" "$2" --gold "$out/gold.jsonl") ;;
    extractus)         CMD=(node "$bench/peers/node/run_extractus.js" "$out/pages.txt" "$2" --gold "$out/gold.jsonl") ;;
    dateline)          CMD=("$DATELINE_SCRIPT" "$2" "$html_dir") ;;
    *) echo "compare_extractors.sh: unknown tool '$1'" >&2; exit 2 ;;
  esac
}

IFS=, read -r -a tool_list <<< "$tools"
for tool in "${tool_list[@]}"; do
  dir="$out/$tool"
  rm -rf "$dir"; mkdir -p "$dir"
  rm -f "$out/$tool".{json,log,rss,score,wall,load}
  peer_cmd "$tool" "$dir"
  if [[ ! -x "${CMD[0]}" ]] && ! command -v "${CMD[0]}" >/dev/null; then
    echo "== $tool: ${CMD[0]} not found, skipped" >&2
    continue
  fi
  echo "== $tool on $npages pages (taskset -c $CPU)" >&2
  cut -d' ' -f1 /proc/loadavg > "$out/$tool.load"   # 1-min load average at the start (others' jobs)
  t0=$(date +%s.%N)
  set +e
  taskset -c "$CPU" /usr/bin/time -f %M -o "$out/$tool.rss" "${CMD[@]}" > "$out/$tool.json" 2> "$out/$tool.log"
  rc=$?
  set -e
  t1=$(date +%s.%N)
  echo "$t0 $t1" | awk '{printf "%.3f\n", $2 - $1}' > "$out/$tool.wall"
  if ((rc != 0)); then
    echo "== $tool failed (exit $rc); last lines of $out/$tool.log:" >&2
    tail -5 "$out/$tool.log" >&2
  fi
  python3 "$SCORER" "$dir" "$out/gold.jsonl" > "$out/$tool.score" 2>&1 || true
  head -1 "$out/$tool.score" >&2
done

# The table. pages/s: a peer's own timed loop (its JSON line); Dateline: the
# "N pages in S s" line of wcxb_dateline.sh (wall time of the dateline process);
# a tool that prints neither: pages written / wall time of its whole command.
python3 - "$out" "$npages" "${tool_list[@]}" <<'EOF'
import json, os, re, sys
out, npages, tools = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
rows = []
for t in tools:
    p = lambda ext: os.path.join(out, f'{t}.{ext}')
    if not os.path.exists(p('score')):
        continue
    m = re.search(r'F1 ([\d.]+).*?P ([\d.]+).*?R ([\d.]+)', open(p('score')).readline())
    f1, prec, rec = (float(x) for x in m.groups()) if m else (None,) * 3
    wall = float(open(p('wall')).read())
    rss = None
    for line in open(p('rss')).read().splitlines()[::-1]:
        if line.strip().isdigit():
            rss = int(line) / 1024; break
    timed = run = None
    for line in open(p('json')).read().splitlines()[::-1]:
        try:
            j = json.loads(line)
            if isinstance(j, dict):
                timed = j; break
        except ValueError:
            m = re.search(r'(\d+) pages in ([\d.]+) s', line)
            if m and run is None:
                run = (int(m.group(1)), float(m.group(2)))
    written = sum(1 for f in os.listdir(os.path.join(out, t)) if f.endswith('.txt'))
    if timed and timed.get('pages_per_s'):
        pps, how = float(timed['pages_per_s']), 'loop'
    elif run and run[1] > 0:
        pps, how = run[0] / run[1], 'process'
    else:
        pps, how = (written / wall if wall > 0 else None), 'wall'
    extra = {k: v for k, v in (timed or {}).items()
             if k in ('errors', 'batch', 'warmup_passes', 'cold_pages_per_s')}
    if os.path.exists(p('load')):
        extra['load_at_start'] = open(p('load')).read().strip()
    rows.append(dict(tool=t, f1=f1, p=prec, r=rec, pps=pps, timed=how, rss_mb=rss, wall_s=wall,
                     written=written, extra=extra))
dl = next((r['pps'] for r in rows if r['tool'] == 'dateline' and r['pps']), None)
fmt = lambda v, f: '-' if v is None else format(v, f)
lines = [f'pages: {npages}; one tool at a time, pinned to one core', '',
         '| tool | F1 | P | R | pages/s | timed | peak RSS MB | wall s | Dateline pages/s ÷ tool pages/s |',
         '|---|---|---|---|---|---|---|---|---|']
for r in rows:
    ratio = dl / r['pps'] if dl and r['pps'] else None
    lines.append(f"| {r['tool']} | {fmt(r['f1'], '.3f')} | {fmt(r['p'], '.3f')} | {fmt(r['r'], '.3f')} | "
                 f"{fmt(r['pps'], '.1f')} | {r['timed']} | {fmt(r['rss_mb'], '.0f')} | {fmt(r['wall_s'], '.1f')} | "
                 f"{fmt(ratio, '.2f')} |")
notes = [f"{r['tool']}: " + ', '.join(f'{k}={v}' for k, v in r['extra'].items()) for r in rows if r['extra']]
text = '\n'.join(lines + [''] + notes) + '\n'
open(os.path.join(out, 'results.md'), 'w').write(text)
with open(os.path.join(out, 'results.tsv'), 'w') as w:
    w.write('tool\tf1\tprecision\trecall\tpages_per_s\ttimed\tpeak_rss_mb\twall_s\tpages_written\n')
    for r in rows:
        w.write('\t'.join(str(r[k]) for k in ('tool', 'f1', 'p', 'r', 'pps', 'timed', 'rss_mb', 'wall_s', 'written')) + '\n')
print(text, end='')
EOF
