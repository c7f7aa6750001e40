// The page of `dateline serve` in a real browser (Debian chromium driven by
// playwright-core), on a database holding the seed page:
//   1. load: the fact box's incidents on the map at their places, the
//      timeline from 2002 to 2025;
//   2. filter by type: the list and the map keep only that type;
//   3. open the Crocus City Hall event: its sources and its revisions;
//   4. the reader view of its article, the sentences highlighted;
//   5. follow IS-K from the event panel, POST /api/ingest a new report of
//      an IS-K attack, and see the alert arrive on the live strip.
// A screenshot of each state goes to ARTIFACTS.
//
//   node tests/web/page_test.cjs URL ARTIFACTS
// (tests/web_test.sh starts the server and sets DATELINE_WEB_MODULES.)
'use strict';

const path = require('path');
const { createRequire } = require('module');
const modules = process.env.DATELINE_WEB_MODULES;
const { chromium } = createRequire(path.join(modules || __dirname, 'x'))('playwright-core');

const [url, artifacts] = process.argv.slice(2);
let failures = 0;
function check(cond, what) {
  if (cond) {
    console.log('ok    ' + what);
  } else {
    console.log('FAIL  ' + what);
    failures++;
  }
}

async function api(p, init) {
  const r = await fetch(url.replace(/\/$/, '') + p, init);
  return { status: r.status, json: await r.json() };
}

// The places of the fact box and where they are (degrees).
const PLACES = [
  ['Moscow', 55.75, 37.62],
  ['Beslan', 43.19, 44.54],
  ['Saint Petersburg', 59.94, 30.31],
  ['Egypt', 26.5, 29.5],
  ['Kabul', 34.53, 69.17],
  ['Kerman', 30.28, 57.08],
];

(async () => {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const consoleErrors = [];
  page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  const shot = (name) => page.screenshot({ path: path.join(artifacts, name) });

  try {
    // 1. Load.
    await page.goto(url);
    await page.waitForSelector('body[data-state="ready"]', { timeout: 20000 });
    await page.waitForSelector('#map [data-id], #map [data-ids]');
    await shot('01-load.png');

    const all = (await api('/api/events?limit=1000')).json.events;
    check(all.length >= 15, `the API lists the seed's events (${all.length})`);
    // Every event with coordinates is on the map, alone or in a cluster.
    const onMap = await page.$$eval('#map [data-id], #map [data-ids]', (els) => els.map((e) => ({
      ids: (e.dataset.id ? [e.dataset.id] : e.dataset.ids.split(' ')),
      lat: Number(e.dataset.lat), lon: Number(e.dataset.lon),
    })));
    const markerOf = {};
    for (const m of onMap) for (const id of m.ids) markerOf[id] = m;
    for (const [name, lat, lon] of PLACES) {
      const evs = all.filter((e) => e.place && (e.place.name === name || e.place.country === name) &&
                                    (name !== 'Moscow' || e.place.country_code === 'RU'));
      check(evs.length > 0, `an event in ${name}`);
      for (const ev of evs) {
        const m = markerOf[ev.id];
        const near = m && Math.abs(ev.place.lat - lat) < 4 && Math.abs(ev.place.lon - lon) < 4;
        check(!!m && near, `${ev.id} (${name}, ${ev.date}) is on the map at ${ev.place.lat},${ev.place.lon}`);
      }
    }
    // The timeline spans the fact box: 2002 to 2025.
    const periods = await page.$$eval('#timeline [data-period]', (els) => els.map((e) => e.dataset.period));
    const years = periods.map((p) => Number(p.slice(0, 4)));
    check(periods.length > 0 && Math.min(...years) === 2002 && Math.max(...years) === 2025,
          `timeline from 2002 to 2025 (${periods[0]} .. ${periods[periods.length - 1]})`);
    const populated = await page.$$eval('#timeline [data-period]', (els) =>
      els.filter((e) => Number(e.dataset.count) > 0).map((e) => e.dataset.period));
    for (const p of ['2002-10', '2004-09', '2024-03']) {
      check(populated.includes(p), `timeline has the incidents of ${p}`);
    }

    // 2. Filter by type.
    await page.selectOption('#filters select[name="type"]', 'Explosions/Remote violence');
    await page.click('#apply');
    await page.waitForFunction(() => {
      const items = document.querySelectorAll('#event-list li[data-id]');
      return items.length > 0 && [...items].every((li) => li.dataset.type === 'Explosions/Remote violence');
    }, null, { timeout: 10000 });
    const typed = await page.$$eval('#event-list li[data-id]', (els) => els.length);
    const wanted = all.filter((e) => e.type === 'Explosions/Remote violence').length;
    check(typed === wanted, `type filter lists the ${wanted} explosions (${typed})`);
    await shot('02-filter-type.png');
    await page.click('#reset');
    await page.waitForFunction((n) => document.querySelectorAll('#event-list li[data-id]').length === n,
                                all.length, { timeout: 10000 });

    // 3. The Crocus City Hall event.
    const crocus = all.find((e) => e.place && e.place.name === 'Krasnogorsk');
    check(!!crocus, 'the Krasnogorsk event exists');
    await page.goto(url + '#/event/' + crocus.id);
    await page.waitForSelector(`#event-panel[data-id="${crocus.id}"] .sources li`, { timeout: 10000 });
    const sources = await page.$$eval('#event-panel .sources li', (els) => els.length);
    check(sources === crocus.sources.length, `the panel lists its ${crocus.sources.length} sources (${sources})`);
    const revs = await page.$$eval('#event-panel table.revisions tr', (els) => els.map((e) => e.textContent));
    const killedRevs = revs.filter((t) => /killed/i.test(t));
    check(killedRevs.length >= 3, `the panel shows its killed revisions (${killedRevs.length})`);
    const panelText = await page.textContent('#event-panel');
    for (const n of ['100', '115', '130']) check(panelText.includes(n), `revision ${n} is shown`);
    check(panelText.includes('Luke Coffey'), 'the quotes of its article are shown');
    await shot('03-event-crocus.png');

    // 4. The reader view of its article, sentences highlighted.
    const link = await page.$('#event-panel a[href^="#/article/"]');
    check(!!link, 'a source links to its article');
    if (link) {
      await link.click();
      await page.waitForSelector('#reader mark[data-event]', { timeout: 10000 });
      const marks = await page.$$eval('#reader mark[data-event]', (els) => els.map((e) => e.dataset.events || e.dataset.event));
      check(marks.some((m) => m.includes(crocus.id)), `the reader highlights the sentences of ${crocus.id}`);
      await shot('04-reader.png');
    }

    // 5. Follow IS-K, ingest a new report, see the alert.
    await page.goto(url + '#/event/' + crocus.id);
    await page.waitForSelector(`#event-panel[data-id="${crocus.id}"]`);
    const follow = await page.$('#event-panel button.follow[data-actor="Islamic State Khorasan Province"]');
    check(!!follow, 'the panel offers to follow Islamic State Khorasan Province');
    if (follow) await follow.click();
    await page.waitForSelector('#follows li[data-actor="Islamic State Khorasan Province"]', { timeout: 10000 });
    const follows = (await api('/api/follows')).json.follows;
    check(follows.some((f) => f.actor === 'Islamic State Khorasan Province'), 'the follow is stored');
    // The stream is open before the report arrives.
    await page.waitForTimeout(500);
    const report = 'Bomb kills 9 outside Kabul ministry\n\nUpdated 12 June 2025\n\n' +
      'KABUL: A suicide bomber killed at least nine people outside a ministry in Kabul on ' +
      'Wednesday, officials said. IS-K claimed responsibility for the attack.\n';
    const posted = await api('/api/ingest?name=kabul-ministry.txt', { method: 'POST', body: report });
    check(posted.status === 200 && posted.json.alerts.length === 1, `POST /api/ingest raised one alert (${posted.status})`);
    const newId = posted.json.alerts.length ? posted.json.alerts[0].event_id : 'none';
    await page.waitForSelector(`#alerts li[data-event="${newId}"]`, { timeout: 10000 });
    check(true, `the alert for ${newId} arrived on the live strip`);
    await shot('05-alert.png');
    await page.click(`#alerts li[data-event="${newId}"]`);
    await page.waitForSelector(`#event-panel[data-id="${newId}"]`, { timeout: 10000 });
    check((await page.textContent('#event-panel')).includes('Kabul'), 'the alert opens its event');
    await shot('06-alert-event.png');

    // Short URLs reach the same views.
    await page.goto(url + 'e/' + crocus.id);
    await page.waitForSelector(`#event-panel[data-id="${crocus.id}"]`, { timeout: 10000 });
    check(page.url().endsWith('#/event/' + crocus.id), 'the short URL /e/ID opens the event');

    check(consoleErrors.length === 0, 'no errors in the console' +
          (consoleErrors.length ? ': ' + consoleErrors.slice(0, 3).join(' | ') : ''));
  } catch (e) {
    console.log('FAIL  ' + (e && e.stack || e));
    failures++;
    await shot('99-failure.png').catch(() => {});
  } finally {
    await browser.close();
  }
  console.log(failures ? `${failures} failures; screenshots in ${artifacts}` : `ok; screenshots in ${artifacts}`);
  process.exit(failures ? 1 : 0);
})();
