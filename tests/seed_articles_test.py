#!/usr/bin/env python3
"""End-to-end: `dateline articles` on the seed page meets issue 2's bar.

usage: seed_articles_test.py DATELINE_BINARY SHARED_DIR

Checks, on the page the product was specified from:
  * every story found, with the exact headline, date, dateline and number
    of bullets of spec/seed-gold.json (scored by spec/score_events.py);
  * the Crocus story has its eight gallery captions and its inline captions,
    each with a credit;
  * the fact box "MAJOR TERROR STRIKES IN RUSSIA" with its nine items;
  * at least eight quotes with a speaker across the page;
  * JSON Lines output that parses, and a text rendering.
"""
import json
import os
import subprocess
import sys
import tempfile


def main():
    binary, shared = sys.argv[1], sys.argv[2]
    seed = os.path.join(shared, "seed", "000_bec592340a15c483.txt")
    gold = os.path.join(shared, "spec", "seed-gold.json")
    scorer = os.path.join(shared, "spec", "score_events.py")
    failures = []

    def check(cond, what):
        print(("ok   " if cond else "FAIL ") + what)
        if not cond:
            failures.append(what)

    run = subprocess.run([binary, "articles", seed, "--format", "jsonl"],
                         capture_output=True, text=True, timeout=60)
    check(run.returncode == 0, f"exit status 0 (got {run.returncode}: {run.stderr.strip()})")
    arts = [json.loads(line) for line in run.stdout.splitlines() if line.strip()]
    check(len(arts) == 6, f"six stories (got {len(arts)})")
    for i, a in enumerate(arts):
        check(a["index"] == i and a["doc"] == seed, f"story {i} has doc and index")

    with tempfile.TemporaryDirectory() as tmp:
        apath = os.path.join(tmp, "articles.jsonl")
        epath = os.path.join(tmp, "events.jsonl")
        open(apath, "w").write(run.stdout)
        open(epath, "w").close()
        sc = subprocess.run([sys.executable, scorer, gold, epath, "--articles", apath, "-v"],
                            capture_output=True, text=True)
        line = sc.stdout.strip().splitlines()[-1] if sc.stdout.strip() else ""
        print("     " + line)
        check("articles 6/6" in line, "score_events.py --articles prints articles 6/6")

    crocus = next((a for a in arts if "Daesh" in (a["headline"] or "")), None)
    check(crocus is not None, "Crocus story found")
    if crocus:
        caps = crocus["captions"]
        gallery = [c for c in caps if "Crocus" in c["text"] or "Moscow" in c["text"]]
        check(len(caps) >= 16, f"Crocus story: 8 gallery + 8 inline captions (got {len(caps)})")
        check(all(c["credit"] for c in caps), "every Crocus caption has a credit")
        credits = {c["credit"] for c in caps}
        for want in ("REUTERS", "AP/File", "Investigative Committee of Russia via AP"):
            check(want in credits, f"credit {want!r} kept")
        check(len(gallery) >= 8, "gallery captions are about the venue")
        boxes = crocus["factboxes"]
        check(len(boxes) == 1 and boxes[0]["title"] == "MAJOR TERROR STRIKES IN RUSSIA",
              "one fact box with its title")
        if boxes:
            check(len(boxes[0]["items"]) == 9, f"fact box has nine items (got {len(boxes[0]['items'])})")
            check(boxes[0]["items"][0].startswith("October 2002"), "bullet mark stripped from the first item")
        body = crocus["body"]
        for debris in ("Short Url", "\nFollow\n", "1 / 8", "Special Why", "\nCaption\n"):
            check(debris not in body, f"no {debris.strip()!r} in the body")
        check(not body.startswith("LONDON"), "dateline taken out of the first paragraph")

    quotes = [q for a in arts for q in a["quotes"] if q["speaker"]]
    check(len(quotes) >= 8, f"at least eight attributed quotes (got {len(quotes)})")
    coffey = [q for q in quotes if q["speaker"] == "Luke Coffey"]
    check(bool(coffey) and coffey[0]["affiliation"] == "a senior fellow at the Hudson Institute",
          "Luke Coffey quoted with his affiliation")

    txt = subprocess.run([binary, "articles", seed, "--format", "text"],
                         capture_output=True, text=True, timeout=60)
    check(txt.returncode == 0 and "Fact box: MAJOR TERROR STRIKES IN RUSSIA" in txt.stdout,
          "text format renders the fact box")

    print(f"{len(failures)} failed" if failures else "all seed checks passed")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
