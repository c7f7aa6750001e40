#!/usr/bin/env python3
"""The incidents of an events.jsonl as comparable lines, for checking that
two ways of ingesting the same input (one process or many, SQLite or
PostgreSQL) store the same thing: per event, its documents, type, date and
toll, sorted.

    tests/lib/event_sig.py EVENTS.jsonl INPUT.jsonl

Documents with the same text are one document, and whichever copy a writer
stores first stands for both, with its own publication date: the events of
such copies are left out.
"""
import json
import sys

first = {}
canon = {}
for line in open(sys.argv[2], encoding="utf-8"):
    if line.strip():
        r = json.loads(line)
        canon[r["id"]] = first.setdefault(r["text"], r["id"])
twins = {c for i, c in canon.items() if i != c}
out = []
for line in open(sys.argv[1], encoding="utf-8"):
    e = json.loads(line)
    docs = sorted({canon.get(s["doc"], s["doc"]) for s in e["sources"]})
    if any(d in twins for d in docs):
        continue
    k = (e.get("killed") or {}).get("best")
    out.append("%s %s %s %s" % (",".join(docs), e["type"], e["date"], k))
print("\n".join(sorted(out)))
