#!/usr/bin/env python3
"""End-to-end: the seed page into the database and back out.

    tests/store_seed_test.py DATELINE_BINARY SHARED_DIR

- `events --format jsonl` after `ingest` scores on the analyst's gold exactly
  as `extract` does, and ingesting the page again adds nothing;
- `timeline --country RU` is the page's fact box of attacks in Russia, in
  order, the 2024 attack once with its toll (the Metrojet bombing over
  Egypt is Egypt's);
- `show` gives the Crocus event its sources, revisions and history;
- the filters, the output formats, follows and alerts, and bad arguments.
"""
import csv
import io
import json
import os
import re
import subprocess
import sys
import tempfile

failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL: " + what)


def run(args, code=0, stdin=None):
    p = subprocess.run([BIN] + args, capture_output=True, text=True, input=stdin)
    if p.returncode != code:
        failures.append("%s exited %d (wanted %d): %s" % (" ".join(args), p.returncode, code,
                                                          p.stderr.strip()[:300]))
        print("FAIL: " + failures[-1])
    return p


def score(events_jsonl, tmp):
    path = os.path.join(tmp, "events.jsonl")
    with open(path, "w") as f:
        f.write(events_jsonl)
    p = subprocess.run([sys.executable, os.path.join(SHARED, "spec/score_events.py"),
                        os.path.join(SHARED, "spec/seed-gold.json"), path],
                       capture_output=True, text=True)
    lines = [l for l in p.stdout.splitlines() if l.startswith("score:")]
    return lines[-1] if lines else "no score line: " + p.stdout[-300:] + p.stderr[-300:]


BIN, SHARED = sys.argv[1], sys.argv[2]
SEED = os.path.join(SHARED, "seed/000_bec592340a15c483.txt")

with tempfile.TemporaryDirectory() as tmp:
    db = os.path.join(tmp, "t.db")
    env_db = ["--db", db]

    # Ingest; the database scores as extract does.
    p = run(["ingest", "--quiet"] + env_db + [SEED])
    check("1 new" in p.stderr, "first ingest stores the page: " + p.stderr)
    stored = run(["events", "--format", "jsonl"] + env_db).stdout
    extracted = run(["extract", SEED]).stdout
    s_db, s_ex = score(stored, tmp), score(extracted, tmp)
    print("ingest+events: " + s_db)
    print("extract:       " + s_ex)
    check(s_db == s_ex, "events after ingest score as extract does")
    m = re.search(r"recall (\d+)/(\d+)", s_db)
    check(m and int(m.group(1)) >= 18, "recall >= 18/20")

    # Again: nothing added.
    p = run(["ingest", "--quiet"] + env_db + [SEED])
    check("0 new, 1 already stored" in p.stderr, "second ingest skips the page: " + p.stderr)
    check(run(["events", "--format", "jsonl"] + env_db).stdout == stored,
          "second ingest changes no event")

    # The fact box.
    tl = run(["timeline", "--country", "RU"] + env_db).stdout.splitlines()
    print("\n".join(tl))
    check(tl and tl[0] == "INCIDENTS IN RUSSIA", "timeline title")
    want = ["October 2002", "July 2003", "February 2004", "September 2004", "March 2010",
            "January 2011", "April 2017", "March 2024"]
    got = [w for line in tl for w in want if line.startswith(w)]
    check(got == want, "fact-box incidents in order: %s" % got)
    check(not any("2015" in line[:15] for line in tl), "Metrojet (Egypt) not in Russia's box")
    march = [l for l in tl if l.startswith("March 2024")]
    check(len(march) == 1, "the 2024 attack once")
    tolls = [int(x) for x in re.findall(r"(\d+)\+? killed", march[0])] if march else []
    check(tolls and 115 <= tolls[0] <= 145, "2024 toll 115+ (gold range 115-145): %s" % march)
    tl2 = run(["timeline", "--country", "Russia", "--type",
               "Explosions/Remote violence,Violence against civilians", "--min-killed", "10"]
              + env_db).stdout.splitlines()
    check(tl2 and tl2[0] == "MAJOR INCIDENTS IN RUSSIA", "filtered timeline title")
    check(len(tl2) >= 7 and all(re.search(r"\d\+? killed", l) for l in tl2[1:]),
          "filtered timeline: each line has a toll >= 10")

    # show: the Crocus event.
    evs = [json.loads(l) for l in stored.splitlines()]
    crocus = [e for e in evs if (e.get("place") or {}).get("name") == "Krasnogorsk"]
    check(len(crocus) == 1, "one Krasnogorsk event")
    if crocus:
        out = run(["show", crocus[0]["id"]] + env_db).stdout
        check("revisions" in out and out.count(" killed ") >= 3, "show lists killed revisions")
        check("history" in out and "created from" in out, "show lists history")
        check("Luke Coffey" in out, "show lists the quotes of its article")
        art = re.search(r"\b(ar_[0-9a-f]{12})\b", out)
        check(art is not None, "sources link their article")
        if art:
            a = run(["show", art.group(1)] + env_db).stdout
            check(crocus[0]["id"] in a, "the article lists its events")
        js = json.loads(run(["show", crocus[0]["id"], "--format", "json"] + env_db).stdout)
        check(js["id"] == crocus[0]["id"], "show --format json")

    # Filters.
    def ids(args):
        return [json.loads(l)["id"] for l in
                run(["events", "--format", "jsonl"] + args + env_db).stdout.splitlines()]
    worst = run(["events", "--format", "jsonl", "--country", "RU", "--sort", "killed", "--limit",
                 "1"] + env_db).stdout
    check('"Beslan"' in worst, "deadliest in Russia is Beslan")
    isk = ids(["--actor", "IS-K"])
    check(crocus and crocus[0]["id"] in isk and len(isk) >= 3, "IS-K's events")
    near = ids(["--near", "55.75,37.62,60"])
    check(crocus and crocus[0]["id"] in near, "near Moscow")
    check(all(i in ids(["--country", "RU"]) for i in near), "near Moscow is in Russia")
    check(ids(["--since", "2024-03-22", "--until", "2024-03-22"]) == [crocus[0]["id"]]
          if crocus else False, "one day")
    check(crocus and crocus[0]["id"] in ids(["--text", "concert hall"]), "full text")
    check(ids(["--text", "zzzxqj"]) == [], "full text, no match")
    check(len(ids(["--changed-since", "2000-01-01"])) == len(evs), "changed since")
    check(ids(["--changed-since", "2999-01-01"]) == [], "nothing changed in the future")

    # Formats.
    gj = json.loads(run(["events", "--format", "geojson"] + env_db).stdout)
    check(gj["type"] == "FeatureCollection" and len(gj["features"]) >= 15, "geojson")
    rows = list(csv.DictReader(io.StringIO(run(["events", "--format", "csv"] + env_db).stdout)))
    check(len(rows) == len(evs) and rows[0]["id"], "csv")
    acled = list(csv.DictReader(io.StringIO(run(["events", "--format", "acled", "--country",
                                                 "RU"] + env_db).stdout)))
    check(acled and all(r["iso"] == "643" and r["country"] == "Russia" for r in acled),
          "acled rows for Russia")
    table = run(["events"] + env_db).stdout
    check(table.startswith("ID") and len(table.splitlines()) == len(evs) + 1, "table")

    # Bad arguments: usage errors (2) with a reason, missing ids (1).
    for args, what in [(["--type", "Bombings"], "unknown type"),
                       (["--near", "55,37"], "--near"), (["--country", "Atlantis"], "country"),
                       (["--since", "yesterday"], "--since"), (["--format", "xml"], "--format"),
                       (["--sort", "name"], "--sort"), (["--limit", "0"], "--limit")]:
        p = run(["events"] + args + env_db, code=2)
        check(what.split()[-1] in p.stderr, "events %s: %s" % (args, p.stderr.strip()))
    p = run(["show", "ev_0000000000"] + env_db, code=1)
    check("no event" in p.stderr, "show of a missing id")
    run(["ingest"] + env_db, code=2)
    p = run(["events", "--db", os.path.join(tmp, "no/such/dir/x.db")], code=1)
    check("x.db" in p.stderr, "unopenable database is named: " + p.stderr.strip())

    # Follows and alerts.
    p = run(["follow", "add", "--actor", "IS-K"] + env_db)
    check(p.stdout.startswith("follow 1: actor IS-K"), "follow add: " + p.stdout)
    run(["follow", "add", "--place", "Moscow", "--km", "100", "--min-killed", "5"] + env_db)
    run(["follow", "add", "--place", "Nowhereville Qqq"] + env_db, code=2)
    run(["follow", "add"] + env_db, code=2)
    listed = run(["follow", "list"] + env_db).stdout
    check("within 100 km of Moscow, 5+ killed" in listed, "follow list: " + listed)
    news = os.path.join(tmp, "news.txt")
    with open(news, "w") as f:
        f.write("Kabul blast kills 9\n\nUpdated 12 June 2025\n\nKABUL: A suicide bomber "
                "killed at least nine people outside a ministry in Kabul on Wednesday, officials "
                "said. IS-K claimed responsibility for the attack.\n")
    p = run(["ingest", "--quiet", news] + env_db)
    check(re.search(r"alert\s+follow 1\s+new\s+ev_", p.stdout) is not None,
          "ingest reports the alert: " + p.stdout)
    check("follow 2" not in p.stdout, "Kabul is not near Moscow")
    alerts = run(["alerts"] + env_db).stdout
    check("follow 1" in alerts and "Kabul" in alerts, "alerts lists it again: " + alerts)
    check(run(["alerts", "--since", "2999"] + env_db).stdout == "", "no alerts since 2999")
    run(["follow", "remove", "1"] + env_db)
    run(["follow", "remove", "1"] + env_db, code=1)
    check("actor IS-K" not in run(["follow", "list"] + env_db).stdout, "follow removed")

if failures:
    print("%d failures" % len(failures))
    sys.exit(1)
print("ok")
