#!/usr/bin/env bash
# End-to-end: `dateline articles` over bad inputs mixed with good ones.
#
#   tests/bad_inputs_test.sh PATH/TO/dateline
#
# Makes, in a temporary directory, one input of each kind of trouble a
# crawl hands over — binary junk, text with invalid UTF-8, an empty file, a
# 200 MB page, HTML nested 100,000 deep, a truncated .gz, JSON Lines with
# one malformed line between good ones — plus one good page, runs the CLI
# over all of them at once and checks that:
#   * it exits 1 (some inputs failed), not with a signal, and in sane time;
#   * each bad input gets exactly one stderr line naming it and a reason;
#   * the deep page yields an article or one clear error, never a crash;
#   * the good inputs (the page and the good JSON Lines records) still come
#     out, with no error lines, as JSON Lines that parse.
set -u

bin="${1:?usage: bad_inputs_test.sh PATH/TO/dateline}"
time_limit="${DATELINE_E2E_TIME_LIMIT:-120}"  # seconds, generous for sanitizer builds

tmp="$(mktemp -d "${TMPDIR:-/tmp}/dateline_bad_inputs.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT

failures=0
check() {  # check CONDITION-STATUS DESCRIPTION
  if [[ "$1" -eq 0 ]]; then
    echo "ok   $2"
  else
    echo "FAIL $2"
    failures=$((failures + 1))
  fi
}

# ---------------------------------------------------------------------------
# The inputs.

good="$tmp/good.txt"
cat >"$good" <<'PAGE'
Gunmen storm concert hall outside Moscow

Gunmen storm concert hall outside Moscow
Short Url
Updated 24 March 2024
Follow

LONDON: Gunmen stormed a popular concert venue on the outskirts of the Russian capital Moscow on Friday night, killing 115, wounding scores and setting the building ablaze.

Russian firefighters clear rubble at the Crocus City Hall concert venue after a deadly attack outside Moscow on March 23, 2024. (REUTERS)

The group said that the attack was executed by its Afghan branch, the same group that was behind the twin bombings in Iran in January that killed 94 people.

“The group has a track record of attacking Russian targets,” a senior fellow at a Washington think tank told reporters.
PAGE

# Random bytes with NULs, behind a fixed header so that it can never start
# with the gzip magic by chance.
binary="$tmp/photo.bin"
{ printf '\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00'; head -c 65536 /dev/urandom; } >"$binary"

# Mostly UTF-8 text with one stray Latin-1 byte: refused, not guessed at.
bad_utf8="$tmp/bad_utf8.txt"
printf 'S\xc3\xa3o Paulo \xe2\x80\x94 \xe2\x80\x9cIt was terrible,\xe2\x80\x9d said a caf\xe9 owner.\n' >"$bad_utf8"

empty="$tmp/empty.txt"
: >"$empty"

# 200 MB of one paragraph, over the 64 MB page limit.
huge="$tmp/huge.txt"
yes "LONDON: Gunmen stormed a popular concert venue on the outskirts of Moscow on Friday night, killing 115 and wounding scores. " |
  head -c $((200 * 1024 * 1024)) >"$huge"

# HTML nested 100,000 deep.
deep="$tmp/deep.html"
{
  printf '<!DOCTYPE html><html><head><title>Deep page</title></head><body><article>'
  printf '<h1>Gunmen storm concert hall outside Moscow</h1>'
  printf '<p>LONDON: Gunmen stormed a popular concert venue on the outskirts of Moscow on Friday night, killing 115.</p>'
  yes '<div>' | head -n 100000 | tr -d '\n'
  printf '<p>LONDON: Gunmen stormed a concert venue outside Moscow on Friday, killing 115.</p>'
  yes '</div>' | head -n 100000 | tr -d '\n'
  printf '</article></body></html>\n'
} >"$deep"

# A gzip stream cut in half.
truncated="$tmp/pages.txt.gz"
gzip -c "$good" | head -c 120 >"$truncated"

# JSON Lines: a malformed record (line 2) between two good ones.
jsonl="$tmp/feed.jsonl"
{
  printf '%s\n' '{"id":"good-1","url":"https://example.com/world/2024/03/24/moscow-attack","published":"2024-03-24T10:00:00Z","title":"Gunmen storm concert hall outside Moscow","text":"LONDON: Gunmen stormed a popular concert venue on the outskirts of Moscow on Friday night, killing 115 and wounding scores.\n\nRescuers searched the burnt building on Saturday, officials said."}'
  printf '%s\n' '{"id":"bad-2","text":"this record never closes its string}'
  printf '%s\n' '{"id":"good-3","published":"2024-03-25","title":"Suspects appear in court","text":"MOSCOW: Four men accused of the attack on the Crocus City Hall appeared in a Moscow court on Sunday, state media reported.\n\nThe court ordered them held until May 22."}'
} >"$jsonl"

# ---------------------------------------------------------------------------
# The run.

start=$(date +%s)
timeout --kill-after=10 $((time_limit * 3)) "$bin" articles \
  "$binary" "$bad_utf8" "$empty" "$good" "$huge" "$deep" "$truncated" "$jsonl" \
  >"$tmp/out.jsonl" 2>"$tmp/err.txt"
rc=$?
elapsed=$(($(date +%s) - start))
rm -f "$huge"

echo "exit status $rc after ${elapsed}s; stderr:"
sed 's/^/  | /' "$tmp/err.txt"

[[ $rc -lt 128 && $rc -ne 124 ]]; check $? "no crash, no hang (exit status $rc < 128)"
[[ $rc -eq 1 ]]; check $? "exit status 1 (some inputs failed)"
[[ $elapsed -le $time_limit ]]; check $? "finished in ${elapsed}s (limit ${time_limit}s)"

# Lines of stderr that mention NAME (a fixed string).
mentions() { grep -cF -- "$1" "$tmp/err.txt"; }

# Exactly one line names the input and says why: "dateline: NAME: reason".
one_error() {  # one_error NAME DESCRIPTION
  local n
  n=$(mentions "$1")
  if [[ $n -ne 1 ]]; then
    check 1 "$2: one error line naming it (found $n)"
    return
  fi
  grep -F -- "dateline: $1: " "$tmp/err.txt" | grep -qE -- ': [^:]+: .{3,}$'
  check $? "$2: one error line naming it with a reason"
}

one_error "$binary" "binary file"
one_error "$bad_utf8" "invalid UTF-8 text"
grep -F -- "$bad_utf8" "$tmp/err.txt" | grep -q "byte 48"
check $? "invalid UTF-8 text: the error gives the offset of the bad byte"
one_error "$empty" "empty file"
one_error "$huge" "200 MB page"
grep -F -- "$huge" "$tmp/err.txt" | grep -qi "limit"
check $? "200 MB page: the error names the limit"
one_error "$truncated" "truncated .gz"
one_error "$jsonl:2" "malformed JSON Lines record"
[[ $(mentions "$jsonl") -eq 1 ]]; check $? "JSON Lines file: only the malformed line is reported"

# The deep page: an article or one clear error, not both, not neither.
deep_errors=$(mentions "$deep")
deep_articles=$(grep -cF -- "\"doc\":\"$deep\"" "$tmp/out.jsonl")
if [[ $deep_errors -eq 0 ]]; then
  [[ $deep_articles -ge 1 ]]
  check $? "deeply nested HTML: yields an article ($deep_articles)"
else
  [[ $deep_errors -eq 1 && $deep_articles -eq 0 ]]
  check $? "deeply nested HTML: one clear error line ($deep_errors) and no article"
fi

# Nothing else on stderr: 6 bad inputs, plus the deep page if it failed.
expected=$((6 + deep_errors))
lines=$(wc -l <"$tmp/err.txt")
[[ $lines -eq $expected ]]; check $? "stderr has one line per failed input ($lines, want $expected)"

# The good inputs still come out, without errors.
[[ $(mentions "$good") -eq 0 ]]; check $? "good page: no error line"
grep -qF -- "\"doc\":\"$good\"" "$tmp/out.jsonl"
check $? "good page: at least one article"
for id in good-1 good-3; do
  [[ $(grep -cE -- "dateline: $id: " "$tmp/err.txt") -eq 0 ]]; check $? "JSON Lines $id: no error line"
  grep -qF -- "\"doc\":\"$id\"" "$tmp/out.jsonl"
  check $? "JSON Lines $id: an article"
done

if command -v python3 >/dev/null; then
  python3 - "$tmp/out.jsonl" <<'PY'
import json, sys
with open(sys.argv[1], encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        json.loads(line)
PY
  check $? "stdout is JSON Lines that parse"
fi

if [[ $failures -ne 0 ]]; then
  echo "bad_inputs_test: $failures check(s) failed"
  exit 1
fi
echo "bad_inputs_test: all checks passed"
