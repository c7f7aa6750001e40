#!/usr/bin/env python3
"""Headline and date accuracy of extracted article metadata.

Usage: score_meta.py GOLD_JSONL META_JSONL [--show N]

GOLD_JSONL has {"id", "headline", "date", ...} (WCXB gold.jsonl); META_JSONL
has {"id", "headline", "date"} (what bench/wcxb_dateline.sh writes). Each
rate is over the pages whose gold has the field; a page we produced nothing
for counts as wrong.

Normalisation (the same on both sides, chosen to forgive only typography):
  headline: Unicode NFKC; curly quotes and apostrophes -> ' and ";
            en/em dashes and minus signs -> '-'; runs of whitespace -> one
            space; leading/trailing space removed. Case is kept, so a
            headline in the wrong case is wrong (a case-insensitive rate is
            printed too, for information).
  date:     compared as YYYY-MM-DD (the first 10 characters of ours); when
            the gold has only YYYY-MM, our date must have that prefix.
"""
import argparse, json, re, sys, unicodedata

_QUOTES = {'\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'",
           '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u2033': '"',
           '\u00ab': '"', '\u00bb': '"',
           '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-',
           '\u2015': '-', '\u2212': '-'}


def norm_headline(s):
    s = unicodedata.normalize('NFKC', s or '')
    s = ''.join(_QUOTES.get(c, c) for c in s)
    return re.sub(r'\s+', ' ', s).strip()


def date_ok(gold, ours):
    ours = (ours or '')[:10]
    return ours[:len(gold)] == gold if len(gold) < 10 else ours == gold


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('gold')
    ap.add_argument('meta')
    ap.add_argument('--show', type=int, default=0, help='print N misses of each kind')
    a = ap.parse_args()
    gold = [json.loads(l) for l in open(a.gold, encoding='utf-8') if l.strip()]
    ours = {}
    for l in open(a.meta, encoding='utf-8'):
        if l.strip():
            r = json.loads(l)
            ours[r['id']] = r
    h_n = h_ok = h_ci = d_n = d_ok = 0
    h_miss, d_miss = [], []
    for g in gold:
        o = ours.get(g['id'], {})
        if g.get('headline'):
            h_n += 1
            gh, oh = norm_headline(g['headline']), norm_headline(o.get('headline'))
            if gh == oh:
                h_ok += 1
            else:
                h_miss.append((g['id'], g['headline'], o.get('headline')))
            h_ci += gh.casefold() == oh.casefold()
        if g.get('date'):
            d_n += 1
            if date_ok(g['date'], o.get('date')):
                d_ok += 1
            else:
                d_miss.append((g['id'], g['date'], o.get('date')))
    pct = lambda k, n: 100.0 * k / n if n else 0.0
    print(f'headline exact {pct(h_ok, h_n):.1f}% ({h_ok}/{h_n})  '
          f'case-insensitive {pct(h_ci, h_n):.1f}%')
    print(f'date exact {pct(d_ok, d_n):.1f}% ({d_ok}/{d_n})')
    for row in h_miss[:a.show]:
        print('headline', *row, sep='\t')
    for row in d_miss[:a.show]:
        print('date', *row, sep='\t')


if __name__ == '__main__':
    main()
