#!/usr/bin/env bash
# Runs Dateline's article extractor over the WCXB dev pages once and writes
# what the scorers read:
#   OUT_DIR/<id>.txt     the article body (paragraphs separated by blank lines)
#   OUT_DIR/meta.jsonl   {"id", "headline", "date", "author"} per page
# and prints pages/s for the extraction run (ingest, gunzip, charset
# conversion, parse and extraction; one thread).
#
#   bench/wcxb_dateline.sh OUT_DIR [HTML_DIR]
#   python3 ../shared/spec/score_extraction.py OUT_DIR GOLD/gold.jsonl
#   python3 bench/score_meta.py GOLD/gold.jsonl OUT_DIR/meta.jsonl
#
# The binary is $DATELINE, else build/dateline.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:?usage: wcxb_dateline.sh OUT_DIR [HTML_DIR]}"
html="${2:-$here/../shared/dev/extraction/wcxb-dev-articles/html}"
bin="${DATELINE:-$here/build/dateline}"
mkdir -p "$out"
jsonl="$out/articles.jsonl"
pages=$(find "$html" -name '*.html*' | wc -l)
start=$(date +%s.%N)
"$bin" articles "$html" --format jsonl > "$jsonl" 2> "$out/errors.txt" || true
end=$(date +%s.%N)
python3 - "$jsonl" "$out" <<'PY'
import json, os, re, sys
jsonl, out = sys.argv[1], sys.argv[2]
with open(os.path.join(out, 'meta.jsonl'), 'w', encoding='utf-8') as meta:
    for line in open(jsonl, encoding='utf-8'):
        a = json.loads(line)
        pid = re.sub(r'\.html?(\.gz)?$', '', os.path.basename(a['doc']))
        with open(os.path.join(out, pid + '.txt'), 'w', encoding='utf-8') as f:
            f.write(a.get('body') or '')
        meta.write(json.dumps({'id': pid, 'headline': a.get('headline'),
                               'date': a.get('date'), 'author': a.get('author')},
                              ensure_ascii=False) + '\n')
PY
errors=$(wc -l < "$out/errors.txt")
python3 -c "import sys; p,s,e=int(sys.argv[1]),float(sys.argv[2]),float(sys.argv[3]); print(f'{p} pages in {e-s:.2f} s: {p/(e-s):.0f} pages/s (errors: {sys.argv[4]})')" \
  "$pages" "$start" "$end" "$errors"
