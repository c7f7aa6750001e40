#!/usr/bin/env python3
"""End-to-end: known answers of the real gazetteer through `dateline places`.

    tests/gazetteer_test.py PATH/TO/dateline PATH/TO/gazetteer.bin

Exits 77 (ctest's SKIP_RETURN_CODE) when gazetteer.bin is absent: the build
makes it from npm data fetched at build time, and a build without network
still builds (and tests) everything else. Checks, for each query, the
country, the admin1 and, where the seed page depends on it, the coordinates
and GeoNames id; then that a damaged or missing gazetteer gives one clear
error, not a crash.
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile

BIN, GAZ = sys.argv[1], sys.argv[2]
if not os.path.exists(GAZ):
    print(f"SKIP: {GAZ} not built (npm data not fetched?)")
    sys.exit(77)

failures = 0
passed = 0


def check(ok, what):
    global failures, passed
    print(("ok   " if ok else "FAIL ") + what)
    if ok:
        passed += 1
    else:
        failures += 1


def places(*args, gazetteer=GAZ):
    env = dict(os.environ, DATELINE_GAZETTEER=gazetteer)
    return subprocess.run([BIN, "places", "--format", "jsonl", *args], env=env,
                          capture_output=True, text=True, timeout=120)


def resolve(name, container="", country="", feature=""):
    args = ["--name", name]
    if container:
        args += ["--in", container]
    if country:
        args += ["--country", country]
    if feature:
        args += ["--feature", feature]
    r = places(*args)
    lines = [l for l in r.stdout.splitlines() if l.strip()]
    if r.returncode not in (0, 1) or len(lines) != 1:
        return None, f"exit {r.returncode}, stderr {r.stderr.strip()!r}"
    d = json.loads(lines[0])
    return d.get("place"), d.get("why", "")


# name, container, country, feature -> expected fields
CASES = [
    (("Krasnogorsk", "Moscow", "", "suburb"),
     {"country_code": "RU", "admin1": "Moscow Oblast", "geonames_id": 542374}),
    (("Krasnogorsk",), {"country_code": "RU", "admin1": "Moscow Oblast"}),
    (("Красногорск",), {"country_code": "RU", "admin1": "Moscow Oblast"}),
    (("Bijapur", "Chhattisgarh"),
     {"country_code": "IN", "admin1": "Chhattisgarh", "lat": 18.79, "lon": 80.82}),
    (("Bījāpur", "Chhattisgarh", "", "district"),
     {"country_code": "IN", "admin1": "Chhattisgarh", "lat": 18.79, "lon": 80.82}),
    (("Kerman",), {"country_code": "IR", "admin1": "Kerman"}),
    (("Kerman", "Iranian", "", "city"), {"country_code": "IR"}),
    (("Gazipur",), {"country_code": "BD", "admin1": "Dhaka Division"}),
    (("Gazipur", "Dhaka", "", "district"), {"country_code": "BD", "admin2": "Gazipur"}),
    (("Saint Petersburg", "", "Russia"), {"country_code": "RU", "geonames_id": 498817}),
    (("St. Petersburg", "", "Russia"), {"country_code": "RU", "geonames_id": 498817}),
    (("St. Petersburg", "", "RU"), {"country_code": "RU"}),
    (("St. Petersburg", "", "United States"), {"country_code": "US", "admin1": "Florida"}),
    (("Yibin",), {"country_code": "CN", "admin1": "Sichuan"}),
    (("Yibin", "", "", "city"), {"country_code": "CN", "admin1": "Sichuan"}),
    (("Kabul",), {"country_code": "AF", "geonames_id": 1138958}),
    (("Beslan",), {"country_code": "RU"}),
    (("Grozny",), {"country_code": "RU"}),
    (("Dhaka",), {"country_code": "BD"}),
    (("Riyadh",), {"country_code": "SA"}),
    (("Sichuan", "", "", "province"), {"country_code": "CN", "kind": "admin1"}),
    (("Chhattisgarh",), {"country_code": "IN", "kind": "admin1"}),
    (("Russia",), {"country_code": "RU", "kind": "country"}),
    # An unknown neighbourhood falls back to the city that holds it.
    (("Dubrovka", "Moscow"), {"country_code": "RU", "geonames_id": 524901}),
]

for query, want in CASES:
    place, why = resolve(*query)
    label = " / ".join(q for q in query if q)
    if place is None:
        check(False, f"{label}: nothing ({why})")
        continue
    bad = []
    for k, v in want.items():
        got = place.get(k)
        if isinstance(v, float):
            if got is None or abs(got - v) > 0.05:
                bad.append(f"{k}={got} want {v}")
        elif got != v:
            bad.append(f"{k}={got!r} want {v!r}")
    summary = f"{place['name']}, {place.get('admin1')}, {place['country_code']} " \
              f"({place['lat']:.3f},{place['lon']:.3f})"
    check(not bad, f"{label} -> {summary}" + (f": {'; '.join(bad)} [{why}]" if bad else ""))

# A text: the mentions FindPlaceMentions finds, resolved.
text = ("Gunmen attacked Crocus City Hall in the Moscow suburb of Krasnogorsk. "
        "Separately, 31 Maoists were killed in Bijapur district in the state of Chhattisgarh.")
r = places(text)
got = {}
for line in r.stdout.splitlines():
    d = json.loads(line)
    if d.get("place"):
        got[d["mention"].split('"')[1]] = d["place"]
check(r.returncode == 0 and got.get("Krasnogorsk", {}).get("admin1") == "Moscow Oblast",
      "text: Krasnogorsk in the Moscow suburb -> Moscow Oblast")
check(got.get("Bijapur", {}).get("admin1") == "Chhattisgarh",
      "text: Bijapur district in the state of Chhattisgarh -> Chhattisgarh")

# No gazetteer, or a damaged one: one clear error, exit 1, no crash.
r = places("--name", "Kabul", gazetteer="/nonexistent/gazetteer.bin")
check(r.returncode == 1 and "no such gazetteer" in r.stderr, "missing gazetteer: clear error")
tmp = tempfile.mkdtemp()
try:
    cut = os.path.join(tmp, "cut.bin")
    with open(GAZ, "rb") as f, open(cut, "wb") as g:
        g.write(f.read(100000))
    r = places("--name", "Kabul", gazetteer=cut)
    check(r.returncode == 1 and "corrupt" in r.stderr and "truncated" in r.stderr,
          "truncated gazetteer: clear error")
    bad = os.path.join(tmp, "bad.bin")
    shutil.copy(GAZ, bad)
    with open(bad, "r+b") as f:
        f.seek(os.path.getsize(bad) // 2)
        b = f.read(1)
        f.seek(-1, 1)
        f.write(bytes([b[0] ^ 0x55]))
    r = places("--name", "Kabul", gazetteer=bad)
    check(r.returncode == 1 and "checksum" in r.stderr, "damaged gazetteer: checksum error")
finally:
    shutil.rmtree(tmp)

print(f"gazetteer: {passed} passed, {failures} failed")
sys.exit(1 if failures else 0)
