#!/usr/bin/python3
"""readability-lxml peer: html_text.extract_text(Document(html).summary(html_partial=True)).

Run with Debian's /usr/bin/python3 (python3-readability, python3-html-text);
a pyenv python3 does not see those packages.

usage: run_readability_lxml.py LIST OUT_DIR
  LIST     file with one <id>.html.gz path per line
  OUT_DIR  gets <id>.txt per page
Prints one JSON line: pages, errors, loop_s (the loop below: read + gunzip +
decode + extract + write, interpreter start-up and imports excluded), pages_per_s.
"""
import gzip, json, logging, os, sys, time

from readability import Document
import html_text

logging.disable(logging.CRITICAL)  # readability logs every candidate at DEBUG/INFO


def page_id(path):
    return os.path.basename(path).split('.')[0]


def main():
    list_file, out_dir = sys.argv[1], sys.argv[2]
    paths = [l.strip() for l in open(list_file) if l.strip()]
    os.makedirs(out_dir, exist_ok=True)
    errors = 0
    t0 = time.perf_counter()
    for path in paths:
        with gzip.open(path, 'rb') as f:
            html = f.read().decode('utf-8', errors='replace')
        try:
            text = html_text.extract_text(Document(html).summary(html_partial=True))
        except Exception as e:  # an extractor failure is an empty answer, not a crash
            print(f'{path}: {type(e).__name__}: {e}', file=sys.stderr)
            errors += 1
            text = ''
        with open(os.path.join(out_dir, page_id(path) + '.txt'), 'w', encoding='utf-8') as f:
            f.write(text)
    dt = time.perf_counter() - t0
    print(json.dumps({'tool': 'readability-lxml', 'pages': len(paths), 'errors': errors,
                      'loop_s': round(dt, 3), 'pages_per_s': round(len(paths) / dt, 2)}))


if __name__ == '__main__':
    main()
