'use strict';
// Shared harness for the Node peer runners.
//
//   node run_<peer>.js LIST OUT_DIR [--gold GOLD_JSONL] [--batch N]
//
// LIST holds one <id>.html.gz path per line; OUT_DIR gets <id>.txt per page.
// --gold gives each page its URL (from gold.jsonl) for extractors that take one.
// --batch N runs the pages in sequential child processes of N pages each (for
// peers whose memory grows over hundreds of pages in one process); the loop
// times of the children are added up.
// Prints one JSON line: pages, errors, loop_s (read + gunzip + decode +
// extract + write for every page; Node start-up and module loading excluded),
// pages_per_s. PEER_PAGE_TIMES=FILE appends '<id>\t<seconds>' per page (diagnostic).
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const { spawnSync } = require('child_process');

function parseArgs(argv) {
  const a = { pos: [], gold: null, batch: 0 };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--gold') a.gold = argv[++i];
    else if (argv[i] === '--batch') a.batch = parseInt(argv[++i], 10);
    else a.pos.push(argv[i]);
  }
  if (a.pos.length !== 2) {
    process.stderr.write('usage: node run_<peer>.js LIST OUT_DIR [--gold GOLD_JSONL] [--batch N]\n');
    process.exit(2);
  }
  return a;
}

const pageId = (p) => path.basename(p).split('.')[0];

function loadUrls(gold) {
  const urls = new Map();
  if (!gold) return urls;
  for (const line of fs.readFileSync(gold, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const g = JSON.parse(line);
    if (g.url) urls.set(g.id, g.url);
  }
  return urls;
}

function runBatches(script, a, paths, tool) {
  let loop = 0, errors = 0;
  const tmp = fs.mkdtempSync(path.join(require('os').tmpdir(), 'peer-batch-'));
  try {
    for (let i = 0; i < paths.length; i += a.batch) {
      const list = path.join(tmp, `list-${i}.txt`);
      fs.writeFileSync(list, paths.slice(i, i + a.batch).join('\n') + '\n');
      const args = [script, list, a.pos[1]];
      if (a.gold) args.push('--gold', a.gold);
      const r = spawnSync(process.execPath, [...process.execArgv, ...args],
        { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`batch at ${i} failed with status ${r.status}`);
      const res = JSON.parse(r.stdout.trim().split('\n').pop());
      loop += res.loop_s; errors += res.errors;
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  return { tool, pages: paths.length, errors, batch: a.batch,
    loop_s: +loop.toFixed(3), pages_per_s: +(paths.length / loop).toFixed(2) };
}

// extract: async (html, url) => text
async function runPeer(tool, script, extract) {
  const a = parseArgs(process.argv.slice(2));
  const paths = fs.readFileSync(a.pos[0], 'utf8').split('\n').map((s) => s.trim()).filter(Boolean);
  const outDir = a.pos[1];
  fs.mkdirSync(outDir, { recursive: true });
  if (a.batch > 0 && paths.length > a.batch) {
    console.log(JSON.stringify(runBatches(script, a, paths, tool)));
    return;
  }
  const urls = loadUrls(a.gold);
  const times = process.env.PEER_PAGE_TIMES ? [] : null;  // diagnostic: per-page seconds to this file
  let errors = 0;
  const t0 = process.hrtime.bigint();
  for (const p of paths) {
    const id = pageId(p);
    const tp = times && process.hrtime.bigint();
    const html = zlib.gunzipSync(fs.readFileSync(p)).toString('utf8');
    let text = '';
    try {
      text = (await extract(html, urls.get(id) || `https://example.com/${id}`)) || '';
    } catch (e) {  // an extractor failure is an empty answer, not a crash
      process.stderr.write(`${p}: ${e && e.message}\n`);
      errors++;
    }
    fs.writeFileSync(path.join(outDir, `${id}.txt`), text);
    if (times) times.push(`${id}\t${(Number(process.hrtime.bigint() - tp) / 1e9).toFixed(3)}`);
  }
  const dt = Number(process.hrtime.bigint() - t0) / 1e9;
  if (times) fs.appendFileSync(process.env.PEER_PAGE_TIMES, times.join('\n') + '\n');
  console.log(JSON.stringify({ tool, pages: paths.length, errors,
    loop_s: +dt.toFixed(3), pages_per_s: +(paths.length / dt).toFixed(2) }));
}

module.exports = { runPeer };
