#!/usr/bin/env python3
"""How often fusion across documents merged reports the gold codes as
different incidents.

    bench/fusion_purity.py EVENTS.jsonl GOLD.jsonl... [--sample N]

EVENTS.jsonl is `dateline events --format jsonl` after ingesting the docs of
the GOLD files (one incident per record; an event's source `doc` is the
record id). A fused event holds records from two or more documents; it is
impure when two of them are, by the gold, on different days or more than
50 km apart. Prints the counts and a sample of merges, impure ones first.
"""
import json
import math
import random
import sys


def km(a, b):
    la1, lo1, la2, lo2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))


def main(argv):
    sample = 8
    args = []
    i = 0
    while i < len(argv):
        if argv[i] == "--sample":
            sample = int(argv[i + 1])
            i += 2
            continue
        args.append(argv[i])
        i += 1
    if len(args) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    gold = {}
    for path in args[1:]:
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    g = json.loads(line)
                    gold[g["id"]] = g
    events = fused = impure = 0
    samples = []
    with open(args[0], encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            ev = json.loads(line)
            events += 1
            docs = []
            for s in ev.get("sources") or []:
                if s["doc"] not in docs:
                    docs.append(s["doc"])
            if len(docs) < 2:
                continue
            fused += 1
            why = []
            for a in range(len(docs)):
                for b in range(a + 1, len(docs)):
                    ga, gb = gold.get(docs[a]), gold.get(docs[b])
                    if ga is None or gb is None:
                        continue
                    if ga.get("date") and gb.get("date") and ga["date"] != gb["date"]:
                        why.append("%s %s vs %s %s" % (docs[a], ga["date"], docs[b], gb["date"]))
                    pa = (ga.get("lat"), ga.get("lon"))
                    pb = (gb.get("lat"), gb.get("lon"))
                    if None not in pa and None not in pb and km(pa, pb) > 50:
                        why.append("%s and %s %.0f km apart" % (docs[a], docs[b], km(pa, pb)))
            if why:
                impure += 1
            samples.append((bool(why), ev, docs, why))
    share = impure / fused if fused else 0.0
    print("events %d, fused from 2+ documents %d, impure %d (%.2f%% of fused, %.3f%% of all)"
          % (events, fused, impure, 100 * share, 100 * impure / events if events else 0))
    random.seed(7)
    bad = [s for s in samples if s[0]]
    good = [s for s in samples if not s[0]]
    shown = bad[:sample] + random.sample(good, min(len(good), max(0, sample - len(bad[:sample]))))
    for is_bad, ev, docs, why in shown:
        place = (ev.get("place") or {}).get("name")
        print("%s %s %s %s/%s %s killed=%s docs=%s" % (
            "IMPURE" if is_bad else "ok    ", ev["id"], ev.get("date"), ev["type"], ev["subtype"],
            place, (ev.get("killed") or {}).get("best"), ",".join(docs)))
        for w in why:
            print("        " + w)
        for d in docs:
            g = gold.get(d) or {}
            print("        gold %s: %s %s %s" % (d, g.get("date"), g.get("place"), g.get("killed")))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
