// Dateline: the web page of `dateline serve` (doc/api.md). Plain ES2020, no
// framework, nothing fetched from outside: the map outlines are the server's
// /world.json (Natural Earth via npm world-atlas, TopoJSON), decoded here.
//
// Parts: the API client and the status line; the filters; the map (SVG,
// plate carrée, pan/zoom, grid clustering in screen space); the timeline
// (a histogram that brushes a date range); the list; the event panel; the
// article reader; alerts (server-sent events) and follows; hash routing
// (#/event/ev_…, #/article/ar_…).
//
// Elements tests can rely on: #map, #timeline, #filters (inputs named as the
// API's parameters, submit #apply), #event-list, #event-panel, #reader,
// #alerts, #follows, #status. Map markers carry data-id (a cluster:
// data-ids, space-separated), data-lat, data-lon, data-place, data-country;
// timeline bars carry data-period.
'use strict';

(() => {
  // ---------------------------------------------------------------------
  // Constants

  // The eight types of spec/EVENTS.md, each with a fixed colour.
  const TYPES = [
    ['Battles', '#c0392b'],
    ['Explosions/Remote violence', '#e67e22'],
    ['Violence against civilians', '#7d3c98'],
    ['Protests', '#2e86c1'],
    ['Riots', '#b7950b'],
    ['Strategic developments', '#5d6d7e'],
    ['Disasters', '#1e8449'],
    ['Diplomacy', '#16a3a3'],
  ];
  const TYPE_COLOR = new Map(TYPES);
  const OTHER_COLOR = '#7f8c8d';
  const COUNT_KINDS = ['killed', 'injured', 'missing', 'hostages', 'arrested'];
  const EVENTS_LIMIT = 1000;
  const CLUSTER_CELL = 44;        // px: the grid of clustering, in screen space
  const MIN_R = 4;                // px: a marker whose toll is unknown (or 0)
  const MAX_R = 22;
  const WEEKLY_UNDER_MONTHS = 24; // the timeline is by week under ~2 years
  const DETAIL_ZOOM = 24;
  const SPIDER_MAX = 40;          // a bigger cluster at one spot is listed, not spread         // x the whole world: deeper, 1:110m outlines say little

  const colorOf = (type) => TYPE_COLOR.get(type) || OTHER_COLOR;
  const radiusOf = (ev) => {
    const k = ev.killed && ev.killed.best;
    return k > 0 ? Math.min(MAX_R, MIN_R + 0.9 * Math.sqrt(k)) : MIN_R;
  };
  const fmtInt = (n) => Number(n).toLocaleString('en-US');

  // ---------------------------------------------------------------------
  // DOM helpers (text goes in as text, never as markup)

  const $ = (sel, root = document) => root.querySelector(sel);
  const SVGNS = 'http://www.w3.org/2000/svg';

  function build(node, attrs, children) {
    if (attrs) {
      for (const [k, v] of Object.entries(attrs)) {
        if (v === null || v === undefined || v === false) continue;
        if (k.startsWith('on') && typeof v === 'function') node.addEventListener(k.slice(2), v);
        else if (k === 'text') node.textContent = v;
        else node.setAttribute(k, v === true ? '' : String(v));
      }
    }
    for (const c of children.flat(Infinity)) {
      if (c === null || c === undefined || c === false) continue;
      node.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return node;
  }
  const h = (tag, attrs, ...children) => build(document.createElement(tag), attrs, children);
  const s = (tag, attrs, ...children) => build(document.createElementNS(SVGNS, tag), attrs, children);
  const clear = (node) => { while (node.firstChild) node.removeChild(node.firstChild); return node; };

  // ---------------------------------------------------------------------
  // Status line: what the page is doing, and every error (never swallowed).

  const statusEl = $('#status');
  const statusInfo = h('span', { class: 'msg info' });
  statusEl.append(statusInfo);

  function setInfo(text) { statusInfo.textContent = text; }

  function showError(text) {
    const msg = h('span', { class: 'msg error', role: 'alert' }, 'Error: ' + text + ' ');
    const dismiss = h('button', { type: 'button', class: 'dismiss', 'aria-label': 'Dismiss error' }, 'dismiss');
    dismiss.addEventListener('click', () => { msg.remove(); updateErrorState(); });
    msg.append(dismiss);
    statusEl.append(msg);
    updateErrorState();
    console.error('dateline:', text);
  }
  function clearErrors() {
    for (const m of statusEl.querySelectorAll('.msg.error')) m.remove();
    updateErrorState();
  }
  function updateErrorState() {
    statusEl.classList.toggle('has-error', !!statusEl.querySelector('.msg.error'));
  }
  function flash(text) {
    const msg = h('span', { class: 'msg ok' }, text);
    statusEl.append(msg);
    setTimeout(() => msg.remove(), 4000);
  }

  // ---------------------------------------------------------------------
  // The API: JSON in and out; an error is {"error": "..."} with a status.

  class ApiError extends Error {
    constructor(message, status) { super(message); this.status = status; }
  }

  async function api(path, { method = 'GET', body } = {}) {
    const label = (method === 'GET' ? '' : method + ' ') + path.split('?')[0];
    const init = { method, headers: { Accept: 'application/json' } };
    if (body !== undefined) {
      init.body = JSON.stringify(body);
      init.headers['Content-Type'] = 'application/json';
    }
    let res;
    try {
      res = await fetch(path, init);
    } catch (e) {
      throw new ApiError(`${label}: the server cannot be reached (${e.message})`, 0);
    }
    const text = await res.text();
    let data = null;
    try { data = text ? JSON.parse(text) : null; } catch (e) { data = undefined; }
    if (!res.ok) {
      const why = data && typeof data.error === 'string' ? data.error : `HTTP ${res.status} ${res.statusText}`.trim();
      throw new ApiError(`${label}: ${why} (${res.status})`, res.status);
    }
    if (data === undefined || data === null) throw new ApiError(`${label}: the answer is not JSON`, res.status);
    return data;
  }

  const query = (params) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) {
      if (v !== undefined && v !== null && String(v) !== '') q.set(k, String(v));
    }
    return q.toString();
  };

  // ---------------------------------------------------------------------
  // Dates: ISO strings at any precision ("2004", "2004-09", "2004-09-01").
  // A date covers [first day, last day]; as strings, "YYYY-MM-31" is a fine
  // upper bound of a month when comparing.

  const firstDay = (d) => (d.length === 4 ? d + '-01-01' : d.length === 7 ? d + '-01' : d.slice(0, 10));
  const lastDay = (d) => (d.length === 4 ? d + '-12-31' : d.length === 7 ? d + '-31' : d.slice(0, 10));
  const DATE_RE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

  function inRange(ev, since, until) {
    if (!since && !until) return true;
    if (!ev.date) return false;
    if (since && lastDay(ev.date) < firstDay(since)) return false;
    if (until && firstDay(ev.date) > lastDay(until)) return false;
    return true;
  }

  const monthIndex = (d) => Number(d.slice(0, 4)) * 12 + (d.length >= 7 ? Number(d.slice(5, 7)) - 1 : 0);
  const monthName = (i) => `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
  const utcDate = (iso) => new Date(iso + 'T00:00:00Z');
  const isoDay = (t) => new Date(t).toISOString().slice(0, 10);
  const DAY = 86400000;
  function mondayOf(iso) {
    const t = utcDate(iso).getTime();
    const dow = (new Date(t).getUTCDay() + 6) % 7; // Monday 0
    return t - dow * DAY;
  }

  // ---------------------------------------------------------------------
  // State

  const state = {
    filters: {},       // the filters last applied
    events: [],        // the last /api/events answer
    tlEvents: [],      // the events the timeline counts by week (no since/until)
    tlTruncated: false,
    truncated: false,
    stats: null,       // the last /api/stats answer (without since/until)
    shown: [],         // the events shown: events within the brushed range
    range: { since: '', until: '' },
    only: null,        // {ids, label}: the list shows only a cluster's events
    selected: null,    // event id of the open panel
    detail: null,
    follows: [],
    alerts: [],
  };
  let applySeq = 0;

  // ---------------------------------------------------------------------
  // Filters

  const form = $('#filters');
  const typeSelect = form.elements.type;
  for (const [t] of TYPES) typeSelect.append(h('option', { value: t }, t));
  const FILTER_NAMES = ['type', 'country', 'actor', 'since', 'until', 'min_killed', 'text'];

  function readFilters() {
    const f = {};
    for (const n of FILTER_NAMES) {
      const v = form.elements[n].value.trim();
      if (v) f[n] = v;
    }
    return f;
  }

  function checkFilters(f) {
    for (const n of ['since', 'until']) {
      if (f[n] && !DATE_RE.test(f[n])) return `${n}: "${f[n]}" is not a date (2004, 2004-09 or 2004-09-01)`;
    }
    if (f.min_killed && !/^\d+$/.test(f.min_killed)) return `min killed: "${f.min_killed}" is not a whole number`;
    return null;
  }

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    apply({ fit: true, stats: true });
  });
  $('#reset').addEventListener('click', () => {
    // (form.reset is the #reset button: a form's named elements shadow its methods)
    HTMLFormElement.prototype.reset.call(form);
    apply({ fit: true, stats: true });
  });

  // Fetches the events (every filter) and the stats (every filter but
  // since/until: the timeline keeps its whole span and shows the range).
  // `filters`: those to use instead of the form's (a refresh after an alert
  // uses the last applied ones, not what is half typed).
  async function apply({ fit = false, stats = true, filters = null } = {}) {
    const f = filters || readFilters();
    const bad = checkFilters(f);
    if (!filters) clearErrors();
    if (bad) { showError(bad); return; }
    state.filters = f;
    const seq = ++applySeq;
    document.body.dataset.state = 'loading';
    setInfo('Loading…');
    const statsFilters = Object.assign({}, f);
    delete statsFilters.since;
    delete statsFilters.until;
    const [evRes, stRes] = await Promise.allSettled([
      api('/api/events?' + query(Object.assign({}, f, { limit: EVENTS_LIMIT }))),
      stats ? api('/api/stats?' + query(statsFilters)) : Promise.resolve(state.stats),
    ]);
    if (seq !== applySeq) return; // a newer request is on its way
    if (evRes.status === 'fulfilled') {
      const r = evRes.value;
      state.events = Array.isArray(r.events) ? r.events : [];
      state.truncated = !!r.truncated;
    } else {
      state.events = [];
      state.truncated = false;
      showError(evRes.reason.message);
    }
    if (stRes.status === 'fulfilled') state.stats = stRes.value;
    else { state.stats = null; showError(stRes.reason.message); }
    if (stats) {
      // A span under ~2 years is drawn by week, counted from the events
      // themselves: those of every filter but since/until.
      state.tlEvents = state.events;
      state.tlTruncated = state.truncated;
      const st = state.stats;
      if ((f.since || f.until) && st && st.first && st.last &&
          monthIndex(st.last) - monthIndex(st.first) + 1 < WEEKLY_UNDER_MONTHS) {
        try {
          const r = await api('/api/events?' + query(Object.assign({}, statsFilters, { limit: EVENTS_LIMIT })));
          state.tlEvents = Array.isArray(r.events) ? r.events : [];
          state.tlTruncated = !!r.truncated;
        } catch (e) {
          showError(e.message);
        }
        if (seq !== applySeq) return;
      }
    }
    // (a range the server refused is not drawn)
    state.range = evRes.status === 'fulfilled' ? { since: f.since || '', until: f.until || '' } : { since: '', until: '' };
    state.shown = state.events.filter((ev) => inRange(ev, state.range.since, state.range.until));
    state.only = null;
    renderAll({ fit });
    document.body.dataset.state = 'ready';
  }

  function renderAll({ fit = false } = {}) {
    renderList();
    renderLegend();
    if (fit) mapView.fitEvents(state.shown);
    renderMarkers();
    renderTimeline();
    updateSummary();
  }

  function updateSummary() {
    const n = state.shown.length;
    const killed = state.shown.reduce((a, ev) => a + ((ev.killed && ev.killed.best) || 0), 0);
    const located = state.shown.filter(hasPoint).length;
    let text = `${fmtInt(n)} event${n === 1 ? '' : 's'} shown`;
    if (state.truncated) text += ` (the first ${fmtInt(state.events.length)}; more match: narrow the filters)`;
    text += ` · ${fmtInt(killed)} killed · ${fmtInt(located)} on the map`;
    if (state.stats && typeof state.stats.events === 'number') {
      text += ` · ${fmtInt(state.stats.events)} in the timeline's span`;
    }
    setInfo(text);
    $('#list-count').textContent = state.only ? `${fmtInt(listEl.dataset.count)} of ${fmtInt(n)}` : state.truncated ? `${fmtInt(n)}+` : fmtInt(n);
  }

  // ---------------------------------------------------------------------
  // TopoJSON: quantized, delta-encoded arcs (with the topology's
  // transform), polygons and multipolygons, into [lon, lat] rings.

  function topoRings(topo, objectName) {
    const tf = topo.transform;
    const arcs = topo.arcs.map((arc) => {
      if (!tf) return arc.map((p) => [p[0], p[1]]);
      let x = 0, y = 0;
      return arc.map((p) => {
        x += p[0]; y += p[1];
        return [x * tf.scale[0] + tf.translate[0], y * tf.scale[1] + tf.translate[1]];
      });
    });
    const ring = (indexes) => {
      const pts = [];
      for (const i of indexes) {
        const a = i >= 0 ? arcs[i] : arcs[~i].slice().reverse();
        for (let j = pts.length ? 1 : 0; j < a.length; j++) pts.push(a[j]);
      }
      return pts;
    };
    const features = [];
    const visit = (g) => {
      if (!g) return;
      if (g.type === 'GeometryCollection') { (g.geometries || []).forEach(visit); return; }
      let polys = [];
      if (g.type === 'Polygon') polys = [g.arcs];
      else if (g.type === 'MultiPolygon') polys = g.arcs;
      else return;
      features.push({
        id: g.id,
        name: (g.properties && g.properties.name) || '',
        rings: polys.flatMap((poly) => poly.map(ring)),
      });
    };
    const obj = topo.objects[objectName] || Object.values(topo.objects)[0];
    visit(obj);
    return features;
  }

  // ---------------------------------------------------------------------
  // The map: plate carrée. World units u = lon + 180 (0..360), v = 90 - lat
  // (0..180); the screen is (tx + k·u, ty + k·v). Outlines are drawn once in
  // world units under a transform; markers are laid out in pixels at each
  // zoom (so they keep their size) under a translation only.

  const mapSvg = $('#map');
  const legendEl = $('#legend');
  const gGrat = s('g', { class: 'graticule' });
  const gLand = s('g', { class: 'land', 'clip-path': 'url(#world-frame)' });
  const defs = s('defs', null, s('clipPath', { id: 'world-frame' }, s('rect', { x: 0, y: 0, width: 360, height: 180 })));
  const gWorld = s('g', { class: 'world' }, gGrat, gLand);
  const gMarkers = s('g', { class: 'markers' });
  mapSvg.append(defs, gWorld, gMarkers);

  const mapView = {
    W: 800, H: 400, k: 2, tx: 0, ty: 0, kWorld: 2, kMax: 512,
    spider: null,     // key of the cluster shown spread out
    clusters: new Map(),

    measure() {
      const r = mapSvg.getBoundingClientRect();
      this.W = Math.max(100, r.width);
      this.H = Math.max(100, r.height);
      this.kWorld = Math.min(this.W / 360, this.H / 180);
      this.kMax = this.kWorld * 64;
    },
    clampView() {
      this.k = Math.min(this.kMax, Math.max(this.kWorld * 0.9, this.k));
      // keep some of the world in view
      this.tx = Math.min(this.W * 0.6, Math.max(this.W * 0.4 - 360 * this.k, this.tx));
      this.ty = Math.min(this.H * 0.6, Math.max(this.H * 0.4 - 180 * this.k, this.ty));
    },
    applyTransform() {
      gWorld.setAttribute('transform', `translate(${this.tx.toFixed(2)},${this.ty.toFixed(2)}) scale(${this.k})`);
      gMarkers.setAttribute('transform', `translate(${this.tx.toFixed(2)},${this.ty.toFixed(2)})`);
    },
    fitWorld() {
      this.k = this.kWorld;
      this.tx = (this.W - 360 * this.k) / 2;
      this.ty = (this.H - 180 * this.k) / 2;
      this.spider = null;
    },
    // Fits the located events (with a margin), never closer than a region.
    fitEvents(events) {
      const pts = events.filter(hasPoint);
      if (!pts.length) { this.fitWorld(); this.applyTransform(); return; }
      let u0 = Infinity, u1 = -Infinity, v0 = Infinity, v1 = -Infinity;
      for (const ev of pts) {
        const u = ev.place.lon + 180, v = 90 - ev.place.lat;
        u0 = Math.min(u0, u); u1 = Math.max(u1, u); v0 = Math.min(v0, v); v1 = Math.max(v1, v);
      }
      const du = Math.max(u1 - u0, 12), dv = Math.max(v1 - v0, 8);
      const legendH = legendEl.offsetHeight || 0;
      const k = Math.min((this.W - 120) / du, (this.H - legendH - 100) / dv);
      this.k = Math.max(this.kWorld, Math.min(k, this.kWorld * DETAIL_ZOOM / 2));
      this.tx = this.W / 2 - this.k * (u0 + u1) / 2;
      this.ty = (this.H - legendH) / 2 - this.k * (v0 + v1) / 2;
      this.spider = null;
      this.clampView();
      this.applyTransform();
    },
    zoomAt(factor, mx, my) {
      const u = (mx - this.tx) / this.k, v = (my - this.ty) / this.k;
      const k = Math.min(this.kMax, Math.max(this.kWorld * 0.9, this.k * factor));
      if (k === this.k) return;
      this.k = k;
      this.tx = mx - u * k;
      this.ty = my - v * k;
      this.spider = null;
      this.clampView();
      this.applyTransform();
      scheduleMarkers();
    },
    // Zooms so that the world box [u0,u1]x[v0,v1] fills the view.
    zoomToBox(u0, u1, v0, v1, atLeast) {
      const du = Math.max(u1 - u0, 1e-6), dv = Math.max(v1 - v0, 1e-6);
      let k = Math.min((this.W - 140) / du, (this.H - 120) / dv);
      k = Math.min(this.kMax, Math.max(k, atLeast || 0));
      this.k = k;
      this.tx = this.W / 2 - k * (u0 + u1) / 2;
      this.ty = this.H / 2 - k * (v0 + v1) / 2;
      this.spider = null;
      this.clampView();
      this.applyTransform();
      renderMarkers();
    },
    centerOn(lat, lon) {
      const x = this.tx + this.k * (lon + 180), y = this.ty + this.k * (90 - lat);
      if (x > 30 && x < this.W - 30 && y > 30 && y < this.H - 30) return;
      this.tx = this.W / 2 - this.k * (lon + 180);
      this.ty = this.H / 2 - this.k * (90 - lat);
      this.clampView();
      this.applyTransform();
      renderMarkers();
    },
  };

  const hasPoint = (ev) => ev.place && Number.isFinite(ev.place.lat) && Number.isFinite(ev.place.lon);

  function drawGraticule() {
    clear(gGrat);
    let d = '';
    for (let lon = -150; lon <= 150; lon += 30) d += `M${lon + 180},0V180`;
    for (let lat = -60; lat <= 60; lat += 30) d += `M0,${90 - lat}H360`;
    gGrat.append(s('path', { d }), s('path', { class: 'frame', d: 'M0,0H360V180H0Z' }));
  }

  // A ring that crosses the antimeridian (Russia's Chukotka, Fiji) is made
  // continuous (longitudes past ±180) and drawn again 360° over; one that
  // goes round a pole (Antarctica) is closed along the pole. The world's
  // frame clips what falls outside.
  function antimeridianRings(ring) {
    const out = [[ring[0][0], ring[0][1]]];
    let offset = 0;
    for (let i = 1; i < ring.length; i++) {
      const d = ring[i][0] - ring[i - 1][0];
      if (d > 180) offset -= 360;
      else if (d < -180) offset += 360;
      out.push([ring[i][0] + offset, ring[i][1]]);
    }
    // the closing edge, last point to first
    const dc = ring[0][0] - ring[ring.length - 1][0];
    if (dc > 180) offset -= 360;
    else if (dc < -180) offset += 360;
    if (offset !== 0) {
      const pole = out.reduce((a, p) => a + p[1], 0) / out.length < 0 ? -90 : 90;
      out.push([out[out.length - 1][0], pole], [out[0][0], pole]);
    }
    let lo = Infinity, hi = -Infinity;
    for (const p of out) { lo = Math.min(lo, p[0]); hi = Math.max(hi, p[0]); }
    const rings = [out];
    if (hi > 180) rings.push(out.map(([x, y]) => [x - 360, y]));
    if (lo < -180) rings.push(out.map(([x, y]) => [x + 360, y]));
    return rings;
  }

  function drawOutlines(features) {
    clear(gLand);
    const f3 = (n) => Math.round(n * 1000) / 1000;
    for (const feat of features) {
      let d = '';
      for (const r0 of feat.rings) {
        if (r0.length < 3) continue;
        for (const r of antimeridianRings(r0)) {
          d += 'M' + r.map(([lon, lat]) => `${f3(lon + 180)},${f3(90 - lat)}`).join('L') + 'Z';
        }
      }
      if (!d) continue;
      gLand.append(s('path', { d, 'data-name': feat.name }, s('title', null, feat.name)));
    }
  }

  async function loadWorld() {
    drawGraticule();
    const note = $('#map-note');
    let res;
    try {
      res = await fetch('/world.json');
    } catch (e) {
      showError(`/world.json: the server cannot be reached (${e.message})`);
      return;
    }
    if (res.status === 404) {
      // Built without the map data: a graticule only.
      note.textContent = 'Country outlines unavailable (this build has no map data): graticule only.';
      note.hidden = false;
      mapSvg.dataset.outlines = 'none';
      return;
    }
    if (!res.ok) {
      showError(`/world.json: HTTP ${res.status}`);
      return;
    }
    try {
      const topo = await res.json();
      if (topo.type !== 'Topology') throw new Error('not a TopoJSON topology');
      drawOutlines(topoRings(topo, 'countries'));
      mapSvg.dataset.outlines = 'countries';
    } catch (e) {
      showError(`/world.json: ${e.message}`);
    }
  }

  // Markers and clusters -------------------------------------------------

  let markerFrame = 0;
  function scheduleMarkers() {
    if (markerFrame) return;
    markerFrame = requestAnimationFrame(() => { markerFrame = 0; renderMarkers(); });
  }

  const mostFirst = (values) => {
    const n = new Map();
    for (const v of values) if (v) n.set(v, (n.get(v) || 0) + 1);
    return [...n.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map((e) => e[0]);
  };
  const countryOf = (ev) => (ev.place && (ev.place.country_code || ev.place.country)) || '';

  function eventTitle(ev) {
    const k = ev.killed ? `${fmtCount(ev.killed)} killed` : 'toll unknown';
    return `${ev.date || 'undated'} · ${ev.type} / ${ev.subtype} · ${placeLabel(ev)} · ${k}`;
  }

  function markerEl(ev, x, y) {
    const c = s('circle', {
      class: 'marker' + (ev.id === state.selected ? ' selected' : ''),
      cx: x.toFixed(1), cy: y.toFixed(1), r: radiusOf(ev).toFixed(1),
      fill: colorOf(ev.type),
      tabindex: 0, role: 'button', 'aria-label': eventTitle(ev),
      'data-id': ev.id, 'data-lat': ev.place.lat, 'data-lon': ev.place.lon,
      'data-place': ev.place.name || '', 'data-country': countryOf(ev),
      'data-type': ev.type, 'data-killed': ev.killed && ev.killed.best !== null ? ev.killed.best : '',
      'data-date': ev.date || '',
    }, s('title', null, eventTitle(ev)));
    return c;
  }

  function renderMarkers() {
    clear(gMarkers);
    const { k } = mapView;
    const pts = state.shown.filter(hasPoint);
    mapSvg.dataset.count = String(pts.length);
    // grid clustering in screen space at this zoom (anchored to the world,
    // so a pan keeps the clusters)
    const cells = new Map();
    for (const ev of pts) {
      const x = k * (ev.place.lon + 180), y = k * (90 - ev.place.lat);
      const key = Math.floor(x / CLUSTER_CELL) + ':' + Math.floor(y / CLUSTER_CELL);
      let cell = cells.get(key);
      if (!cell) cells.set(key, (cell = { key, items: [] }));
      cell.items.push({ ev, x, y });
    }
    // a cluster sits at the mean of its events, so neighbours may overlap:
    // merge those that do (a few passes, biggest first)
    let groups = [...cells.values()];
    const centre = (g) => {
      g.x = g.items.reduce((a, i) => a + i.x, 0) / g.items.length;
      g.y = g.items.reduce((a, i) => a + i.y, 0) / g.items.length;
    };
    const groupR = (g) => (g.items.length === 1 ? radiusOf(g.items[0].ev) : clusterRadius(g.items.length) + 2.5);
    groups.forEach(centre);
    for (let pass = 0; pass < 6; pass++) {
      groups.sort((a, b) => b.items.length - a.items.length);
      const kept = [];
      let merged = false;
      for (const g of groups) {
        const into = kept.find((o) => (o.items.length > 1 || g.items.length > 1) &&
          Math.hypot(o.x - g.x, o.y - g.y) < groupR(o) + groupR(g));
        if (into) { into.items.push(...g.items); centre(into); merged = true; } else kept.push(g);
      }
      groups = kept;
      if (!merged) break;
    }
    mapView.clusters = new Map(groups.map((g) => [g.key, g]));
    const singles = [];
    const clusters = [];
    for (const cell of groups) (cell.items.length === 1 ? singles : clusters).push(cell);
    // big markers under small ones
    singles.sort((a, b) => radiusOf(b.items[0].ev) - radiusOf(a.items[0].ev));
    for (const cell of singles) {
      const { ev, x, y } = cell.items[0];
      gMarkers.append(markerEl(ev, x, y));
    }
    let spiderCell = null;
    for (const cell of clusters) {
      if (cell.key === mapView.spider) { spiderCell = cell; continue; }
      gMarkers.append(clusterEl(cell));
    }
    if (spiderCell) gMarkers.append(spiderEl(spiderCell));
  }

  const clusterRadius = (n) => Math.min(22, 10 + 2.4 * Math.log2(n));

  function clusterEl(cell) {
    const items = cell.items;
    const n = items.length;
    const x = items.reduce((a, i) => a + i.x, 0) / n;
    const y = items.reduce((a, i) => a + i.y, 0) / n;
    cell.x = x; cell.y = y;
    const lat = items.reduce((a, i) => a + i.ev.place.lat, 0) / n;
    const lon = items.reduce((a, i) => a + i.ev.place.lon, 0) / n;
    const evs = items.map((i) => i.ev);
    const places = mostFirst(evs.map((ev) => ev.place.name));
    const countries = mostFirst(evs.map(countryOf));
    const types = mostFirst(evs.map((ev) => ev.type));
    const killed = evs.reduce((a, ev) => a + ((ev.killed && ev.killed.best) || 0), 0);
    const r = clusterRadius(n);
    const label = `${n} events: ${places.slice(0, 4).join(', ')}${places.length > 4 ? '…' : ''}` +
      ` · ${fmtInt(killed)} killed. Click to expand.`;
    const selected = evs.some((ev) => ev.id === state.selected);
    const g = s('g', {
      class: 'cluster' + (selected ? ' selected' : ''), tabindex: 0, role: 'button', 'aria-label': label,
      'data-ids': evs.map((ev) => ev.id).join(' '), 'data-count': n,
      'data-lat': lat.toFixed(5), 'data-lon': lon.toFixed(5),
      'data-place': places.join('; '), 'data-country': countries.join('; '),
      'data-key': cell.key,
    },
    s('circle', { cx: x.toFixed(1), cy: y.toFixed(1), r: r.toFixed(1) }),
    s('circle', { class: 'ring', cx: x.toFixed(1), cy: y.toFixed(1), r: (r + 2.5).toFixed(1), stroke: colorOf(types[0]) }),
    s('text', { x: x.toFixed(1), y: y.toFixed(1) }, String(n)),
    s('title', null, label));
    return g;
  }

  // A cluster whose events cannot be told apart by zooming (one place, or
  // the deepest zoom) spreads its events on a ring around it.
  function spiderEl(cell) {
    const items = cell.items;
    const n = items.length;
    const cx = items.reduce((a, i) => a + i.x, 0) / n;
    const cy = items.reduce((a, i) => a + i.y, 0) / n;
    const g = s('g', { class: 'spider', 'data-key': cell.key });
    const sorted = items.slice().sort((a, b) => (a.ev.date || '') < (b.ev.date || '') ? -1 : 1);
    // concentric rings, 24 px apart, as many on each as fit
    let placed = 0;
    for (let ring = 0; placed < n; ring++) {
      const rr = 30 + ring * 24;
      const m = Math.min(n - placed, Math.max(6, Math.floor((2 * Math.PI * rr) / 24)));
      for (let j = 0; j < m; j++) {
        const a = -Math.PI / 2 + (2 * Math.PI * j) / m + ring * 0.35;
        const it = sorted[placed + j];
        it.sx = cx + rr * Math.cos(a); it.sy = cy + rr * Math.sin(a);
        g.append(s('line', { x1: cx.toFixed(1), y1: cy.toFixed(1), x2: it.sx.toFixed(1), y2: it.sy.toFixed(1) }));
      }
      placed += m;
    }
    g.append(s('circle', { class: 'spider-hub', cx: cx.toFixed(1), cy: cy.toFixed(1), r: 3 }));
    for (const it of sorted) {
      const m = markerEl(it.ev, it.sx, it.sy);
      m.setAttribute('r', Math.min(radiusOf(it.ev), 12).toFixed(1));
      g.append(m);
    }
    return g;
  }

  function openCluster(key) {
    const cell = mapView.clusters.get(key);
    if (!cell) return;
    const us = cell.items.map((i) => i.ev.place.lon + 180);
    const vs = cell.items.map((i) => 90 - i.ev.place.lat);
    const u0 = Math.min(...us), u1 = Math.max(...us), v0 = Math.min(...vs), v1 = Math.max(...vs);
    // the zoom at which they part; past the outlines' detail (or at one
    // spot) they are spread out here instead
    const spread = Math.max(u1 - u0, v1 - v0);
    const kSplit = spread > 0 ? (CLUSTER_CELL * 1.6) / spread : Infinity;
    if (kSplit > mapView.kWorld * DETAIL_ZOOM || mapView.k >= mapView.kMax * 0.99) {
      if (cell.items.length <= SPIDER_MAX) {
        mapView.spider = mapView.spider === key ? null : key;
        renderMarkers();
      } else {
        // too many to spread: the list shows them
        const places = mostFirst(cell.items.map((i) => i.ev.place.name));
        state.only = { ids: new Set(cell.items.map((i) => i.ev.id)), label: places.slice(0, 3).join(', ') + (places.length > 3 ? '…' : '') };
        renderList();
        updateSummary();
      }
      return;
    }
    const k = Math.min(mapView.kMax, Math.max(mapView.k * 2, kSplit));
    const cu = (u0 + u1) / 2, cv = (v0 + v1) / 2;
    mapView.zoomToBox(cu - mapView.W / (2 * k), cu + mapView.W / (2 * k), cv - mapView.H / (2 * k), cv + mapView.H / (2 * k), k);
  }

  // Map interaction --------------------------------------------------------

  function mapTarget(e) {
    return e.target.closest && e.target.closest('#map [data-id], #map [data-ids]');
  }

  function activateMapItem(t) {
    if (t.dataset.ids !== undefined && t.classList.contains('cluster')) openCluster(t.dataset.key);
    else if (t.dataset.id) go('#/event/' + t.dataset.id);
  }

  mapSvg.addEventListener('click', (e) => {
    if (drag.moved) return;
    const t = mapTarget(e);
    if (t) { activateMapItem(t); return; }
    if (mapView.spider) { mapView.spider = null; renderMarkers(); }
  });
  mapSvg.addEventListener('keydown', (e) => {
    const t = mapTarget(e);
    if (t && (e.key === 'Enter' || e.key === ' ')) { e.preventDefault(); activateMapItem(t); }
  });
  mapSvg.addEventListener('mouseover', (e) => {
    const t = mapTarget(e);
    hoverList(t && t.dataset.id ? [t.dataset.id] : t && t.dataset.ids ? t.dataset.ids.split(' ') : []);
  });

  mapSvg.addEventListener('wheel', (e) => {
    e.preventDefault();
    const r = mapSvg.getBoundingClientRect();
    const dy = e.deltaMode === 1 ? e.deltaY * 16 : e.deltaY;
    mapView.zoomAt(Math.exp(-Math.max(-300, Math.min(300, dy)) * 0.0025), e.clientX - r.left, e.clientY - r.top);
  }, { passive: false });

  const drag = { on: false, moved: false, x: 0, y: 0, tx: 0, ty: 0, id: null };
  mapSvg.addEventListener('pointerdown', (e) => {
    if (e.button !== 0) return;
    drag.on = true; drag.moved = false; drag.id = e.pointerId;
    drag.x = e.clientX; drag.y = e.clientY; drag.tx = mapView.tx; drag.ty = mapView.ty;
  });
  mapSvg.addEventListener('pointermove', (e) => {
    if (!drag.on || e.pointerId !== drag.id) return;
    const dx = e.clientX - drag.x, dy = e.clientY - drag.y;
    if (!drag.moved && Math.hypot(dx, dy) < 4) return;
    if (!drag.moved) {
      drag.moved = true;
      mapSvg.classList.add('dragging');
      try { mapSvg.setPointerCapture(e.pointerId); } catch (err) { /* the pointer is gone */ }
    }
    mapView.tx = drag.tx + dx; mapView.ty = drag.ty + dy;
    mapView.clampView();
    mapView.applyTransform();
  });
  const endDrag = (e) => {
    if (!drag.on || e.pointerId !== drag.id) return;
    drag.on = false;
    mapSvg.classList.remove('dragging');
    // a click fires after pointerup: let it see `moved`, then reset
    setTimeout(() => { drag.moved = false; }, 0);
  };
  mapSvg.addEventListener('pointerup', endDrag);
  mapSvg.addEventListener('pointercancel', endDrag);

  const zoomCenter = (f) => mapView.zoomAt(f, mapView.W / 2, mapView.H / 2);
  $('#zoom-in').addEventListener('click', () => zoomCenter(2));
  $('#zoom-out').addEventListener('click', () => zoomCenter(0.5));
  $('#zoom-fit').addEventListener('click', () => { mapView.fitEvents(state.shown); renderMarkers(); });

  new ResizeObserver(() => {
    const { W, H, k, kWorld } = mapView;
    const cu = (W / 2 - mapView.tx) / k, cv = (H / 2 - mapView.ty) / k;
    mapView.measure();
    mapView.k = k * (mapView.kWorld / kWorld);
    mapView.tx = mapView.W / 2 - cu * mapView.k;
    mapView.ty = mapView.H / 2 - cv * mapView.k;
    mapView.clampView();
    mapView.applyTransform();
    scheduleMarkers();
    scheduleTimeline();
  }).observe($('.map-wrap'));

  function renderLegend() {
    const legend = clear(legendEl);
    const ul = h('ul');
    for (const [t, c] of TYPES) {
      const b = h('button', { type: 'button', title: `Show only ${t} (again: all types)`, 'data-type': t,
        class: typeSelect.value === t ? 'active' : null, 'aria-pressed': typeSelect.value === t ? 'true' : 'false' },
        h('span', { class: 'swatch', style: `background:${c}` }), t);
      b.addEventListener('click', () => {
        typeSelect.value = typeSelect.value === t ? '' : t;
        apply({ fit: false, stats: true });
      });
      ul.append(h('li', null, b));
    }
    const sizes = h('div', { class: 'sizes', 'aria-label': 'Marker size: people killed' });
    for (const [n, label] of [[0, '?'], [10, '10'], [100, '100'], [300, '300']]) {
      const r = radiusOf({ killed: n ? { best: n } : null });
      const d = 2 * r + 2;
      sizes.append(h('span', null,
        s('svg', { width: d, height: d, 'aria-hidden': 'true' },
          s('circle', { cx: d / 2, cy: d / 2, r, fill: '#fff', stroke: '#5c6470' })),
        label));
    }
    sizes.append(h('span', null, 'killed'));
    legend.append(ul, sizes);
  }

  // ---------------------------------------------------------------------
  // Timeline: a histogram of the events per month (per week under ~2
  // years) spanning the first to the last; a drag selects a range.

  const tlSvg = $('#timeline');
  const tl = { periods: [], x0: 0, bw: 1, weekly: false };
  let tlFrame = 0;
  function scheduleTimeline() {
    if (tlFrame) return;
    tlFrame = requestAnimationFrame(() => { tlFrame = 0; renderTimeline(); });
  }

  // The periods: [{key, since, until, count}], first..last.
  function timelinePeriods() {
    const st = state.stats;
    let first = st && st.first, last = st && st.last;
    const dated = state.tlEvents.filter((ev) => ev.date);
    if (!first || !last) {
      if (!dated.length) return { periods: [], weekly: false };
      const ds = dated.map((ev) => ev.date).sort();
      first = ds[0]; last = ds[ds.length - 1];
    }
    const m0 = monthIndex(first), m1 = monthIndex(last);
    if (m1 - m0 + 1 >= WEEKLY_UNDER_MONTHS || (st && st.by_month && state.tlTruncated)) {
      const byMonth = (st && st.by_month) || countByMonth(dated);
      const periods = [];
      for (let m = m0; m <= m1; m++) {
        const key = monthName(m);
        periods.push({ key, since: key, until: key, count: byMonth[key] || 0 });
      }
      return { periods, weekly: false };
    }
    // weekly: counted from the events (their first day), Monday..Sunday
    const w0 = mondayOf(firstDay(first)), w1 = mondayOf(lastDay(last).replace(/-31$/, '-28'));
    const periods = [];
    const index = new Map();
    for (let t = w0; t <= Math.max(w0, w1 + 6 * DAY); t += 7 * DAY) {
      const key = isoDay(t);
      index.set(key, periods.length);
      periods.push({ key, since: key, until: isoDay(t + 6 * DAY), count: 0 });
    }
    for (const ev of dated) {
      if (ev.date.length < 7) continue;
      const i = index.get(isoDay(mondayOf(firstDay(ev.date))));
      if (i !== undefined) periods[i].count++;
    }
    return { periods, weekly: true };
  }

  function countByMonth(events) {
    const n = {};
    for (const ev of events) if (ev.date.length >= 7) n[ev.date.slice(0, 7)] = (n[ev.date.slice(0, 7)] || 0) + 1;
    return n;
  }

  function renderTimeline() {
    clear(tlSvg);
    const r = tlSvg.getBoundingClientRect();
    const W = Math.max(200, r.width), H = Math.max(60, r.height);
    const { periods, weekly } = timelinePeriods();
    tl.periods = periods; tl.weekly = weekly;
    const left = 34, right = 8, top = 4, bottom = 18;
    const plotH = H - top - bottom;
    tl.x0 = left;
    tl.bw = periods.length ? (W - left - right) / periods.length : 1;
    tlSvg.dataset.granularity = weekly ? 'week' : 'month';
    tlSvg.dataset.first = periods.length ? periods[0].key : '';
    tlSvg.dataset.last = periods.length ? periods[periods.length - 1].key : '';
    tlSvg.setAttribute('aria-label', periods.length
      ? `Events per ${weekly ? 'week' : 'month'}, ${periods[0].key} to ${periods[periods.length - 1].key}; drag to select a date range`
      : 'No dated events');
    if (!periods.length) {
      tlSvg.append(s('text', { class: 'empty-note', x: left, y: H / 2 }, 'No dated events.'));
      renderRangeLabel();
      return;
    }
    const max = Math.max(1, ...periods.map((p) => p.count));
    const sel = selectedIndexes();
    const gBars = s('g', { class: 'bars' });
    periods.forEach((p, i) => {
      const bh = (p.count / max) * plotH;
      const x = left + i * tl.bw;
      const w = tl.bw > 4 ? tl.bw - 1 : Math.max(tl.bw, p.count ? 2.5 : 0.6);
      const out = sel && (i < sel[0] || i > sel[1]);
      gBars.append(s('rect', {
        class: 'bar' + (out ? ' out' : '') + (p.count ? '' : ' zero'),
        x: x.toFixed(2), y: (top + plotH - bh).toFixed(2), width: w.toFixed(2), height: bh.toFixed(2),
        'data-period': p.key, 'data-count': p.count, 'data-since': p.since, 'data-until': p.until,
      }, s('title', null, `${weekly ? 'week of ' : ''}${p.key}: ${p.count} event${p.count === 1 ? '' : 's'}`)));
    });
    // axis: years (or months when weekly)
    const axis = s('g', { class: 'axis' });
    axis.append(s('line', { class: 'baseline', x1: left, x2: W - right, y1: top + plotH + 0.5, y2: top + plotH + 0.5 }));
    axis.append(s('text', { x: left - 4, y: top + 8, 'text-anchor': 'end' }, fmtInt(max)));
    axis.append(s('text', { x: left - 4, y: top + plotH, 'text-anchor': 'end' }, '0'));
    const ticks = [];
    periods.forEach((p, i) => {
      if (weekly) {
        const prev = i ? periods[i - 1].key.slice(0, 7) : '';
        if (p.key.slice(0, 7) !== prev) ticks.push([i, p.key.slice(0, 7)]);
      } else if (i === 0 || p.key.endsWith('-01')) {
        ticks.push([i, p.key.slice(0, 4)]);
      }
    });
    // labels where they fit; the first and the last always
    const labelW = weekly ? 46 : 28;
    const startOf = (x) => Math.min(x + 2, W - right - labelW);
    const placed = [];
    ticks.forEach(([i, label], n) => {
      const x = left + i * tl.bw;
      const last = n === ticks.length - 1;
      while (last && placed.length > 1 && startOf(x) - startOf(placed[placed.length - 1].x) < labelW + 4) placed.pop();
      if (!last && placed.length && startOf(x) - startOf(placed[placed.length - 1].x) < labelW + 4) return;
      placed.push({ x, label });
    });
    for (const { x, label } of placed) {
      axis.append(s('line', { x1: x, x2: x, y1: top + plotH, y2: top + plotH + 4 }));
      axis.append(s('text', { x: startOf(x), y: H - 4, 'data-tick': label }, label));
    }
    tlSvg.append(gBars, axis);
    if (sel) {
      const x = left + sel[0] * tl.bw;
      tlSvg.append(s('rect', { class: 'brush', x, y: top, width: Math.max(2, (sel[1] - sel[0] + 1) * tl.bw), height: plotH }));
    }
    tl.top = top; tl.plotH = plotH;
    renderRangeLabel();
  }

  // The periods the since/until range covers, as [i, j], or null.
  function selectedIndexes() {
    const { since, until } = state.range;
    if ((!since && !until) || !tl.periods.length) return null;
    const lo = since ? firstDay(since) : '0000';
    const hi = until ? lastDay(until) : '9999';
    let i = -1, j = -1;
    tl.periods.forEach((p, n) => {
      if (lastDay(p.until) >= lo && firstDay(p.since) <= hi) { if (i < 0) i = n; j = n; }
    });
    return i < 0 ? [0, -1] : [i, j];
  }

  function renderRangeLabel() {
    const { since, until } = state.range;
    const active = !!(since || until);
    $('#timeline-range').textContent = active
      ? `Selected: ${since || '…'} – ${until || '…'} (${fmtInt(state.shown.length)} events)`
      : 'Drag across the bars to select a date range.';
    $('#timeline-clear').hidden = !active;
  }

  const brush = { on: false, i0: 0, i1: 0, id: null, moved: false };
  const periodAt = (clientX) => {
    const r = tlSvg.getBoundingClientRect();
    const i = Math.floor((clientX - r.left - tl.x0) / tl.bw);
    return Math.max(0, Math.min(tl.periods.length - 1, i));
  };
  function previewRange(i0, i1) {
    const a = Math.min(i0, i1), b = Math.max(i0, i1);
    state.range = { since: tl.periods[a].since, until: tl.periods[b].until };
    state.shown = state.events.filter((ev) => inRange(ev, state.range.since, state.range.until));
    state.only = null;
    renderList();
    renderMarkers();
    renderTimeline();
    updateSummary();
  }
  tlSvg.addEventListener('pointerdown', (e) => {
    if (e.button !== 0 || !tl.periods.length) return;
    e.preventDefault();
    brush.on = true; brush.moved = false; brush.id = e.pointerId;
    brush.i0 = brush.i1 = periodAt(e.clientX);
    try { tlSvg.setPointerCapture(e.pointerId); } catch (err) { /* gone */ }
  });
  tlSvg.addEventListener('pointermove', (e) => {
    if (!brush.on || e.pointerId !== brush.id) return;
    const i = periodAt(e.clientX);
    if (i === brush.i1) return;
    brush.i1 = i; brush.moved = true;
    previewRange(brush.i0, brush.i1);
  });
  const endBrush = (e) => {
    if (!brush.on || e.pointerId !== brush.id) return;
    brush.on = false;
    if (e.type === 'pointercancel') return;
    // a click selects one period; a drag selects the periods it crossed
    previewRange(brush.i0, brush.i1);
    form.elements.since.value = state.range.since;
    form.elements.until.value = state.range.until;
    apply({ fit: false, stats: false });
  };
  tlSvg.addEventListener('pointerup', endBrush);
  tlSvg.addEventListener('pointercancel', endBrush);
  const clearRange = () => {
    form.elements.since.value = '';
    form.elements.until.value = '';
    apply({ fit: false, stats: false });
  };
  tlSvg.addEventListener('dblclick', clearRange);
  $('#timeline-clear').addEventListener('click', clearRange);

  // ---------------------------------------------------------------------
  // The list of the events shown

  const listEl = $('#event-list');

  function placeLabel(ev) {
    const p = ev.place;
    if (!p || !p.name) return 'unknown place';
    const cc = p.country_code || p.country;
    return cc && p.name !== p.country ? `${p.name}, ${cc}` : p.name;
  }

  function fmtCount(c) {
    if (!c) return '–';
    if (c.best === null || c.best === undefined) return '?';
    let t = fmtInt(c.best);
    if (c.max === null && c.min !== null && c.min !== undefined) t += '+';
    else if (c.min === null && c.max !== null && c.max !== undefined) t = '≤' + t;
    else if (c.min === null && c.max === null) t = '~' + t;
    return t;
  }

  function renderList() {
    clear(listEl);
    const shown = state.only ? state.shown.filter((ev) => state.only.ids.has(ev.id)) : state.shown;
    const only = $('#list-only');
    only.hidden = !state.only;
    if (state.only) $('#list-only-text').textContent = `Only the ${fmtInt(shown.length)} events of the cluster at ${state.only.label}.`;
    listEl.dataset.count = String(shown.length);
    if (!shown.length) {
      listEl.append(h('li', { class: 'empty' }, state.events.length
        ? 'No events in the selected range.' : 'No events match the filters.'));
      return;
    }
    const frag = document.createDocumentFragment();
    for (const ev of shown) {
      const killed = ev.killed;
      const b = h('button', { type: 'button', title: eventTitle(ev) },
        h('span', { class: 'date' }, ev.date || 'undated'),
        h('span', { class: 'swatch', style: `background:${colorOf(ev.type)}`, title: ev.type }),
        h('span', { class: 'what' },
          h('span', { class: 'place' }, placeLabel(ev)), ' ',
          h('span', { class: 'kind' }, `${ev.type} / ${ev.subtype}`),
          hasPoint(ev) ? null : h('span', { class: 'kind' }, ' (not on the map)')),
        h('span', { class: 'killed' + (killed ? '' : ' unknown'), title: killed ? `killed: ${killed.text || ''}` : 'killed: not reported' },
          fmtCount(killed)));
      const li = h('li', {
        'data-id': ev.id, 'data-date': ev.date || '', 'data-type': ev.type,
        'data-place': (ev.place && ev.place.name) || '', 'data-country': countryOf(ev),
        class: ev.id === state.selected ? 'selected' : null,
      }, b);
      frag.append(li);
    }
    listEl.append(frag);
  }

  $('#list-only-clear').addEventListener('click', () => { state.only = null; renderList(); updateSummary(); });

  listEl.addEventListener('click', (e) => {
    const li = e.target.closest('li[data-id]');
    if (li) go('#/event/' + li.dataset.id);
  });
  listEl.addEventListener('mouseover', (e) => {
    const li = e.target.closest('li[data-id]');
    highlightMarker(li ? li.dataset.id : null);
  });
  listEl.addEventListener('mouseleave', () => highlightMarker(null));

  function highlightMarker(id) {
    for (const m of gMarkers.querySelectorAll('.hl')) m.classList.remove('hl');
    if (!id) return;
    const m = gMarkers.querySelector(`[data-id="${CSS.escape(id)}"]`);
    if (m) m.classList.add('hl');
  }
  function hoverList(ids) {
    for (const li of listEl.querySelectorAll('li.hover')) li.classList.remove('hover');
    for (const id of ids) {
      const li = listEl.querySelector(`li[data-id="${CSS.escape(id)}"]`);
      if (li) li.classList.add('hover');
    }
  }

  function markSelected() {
    for (const li of listEl.querySelectorAll('li.selected')) li.classList.remove('selected');
    if (state.selected) {
      const li = listEl.querySelector(`li[data-id="${CSS.escape(state.selected)}"]`);
      if (li) { li.classList.add('selected'); li.scrollIntoView({ block: 'nearest' }); }
    }
    renderMarkers();
  }

  // ---------------------------------------------------------------------
  // Routing: #/event/ev_…, #/article/ar_…

  const panel = $('#event-panel');
  const reader = $('#reader');

  function go(hash) {
    if (location.hash === hash) route();
    else location.hash = hash;
  }

  function route() {
    const m = location.hash.match(/^#\/(event|article)\/([^/?#]+)/);
    if (!m) { closeDrawers(); return; }
    const id = decodeURIComponent(m[2]);
    if (m[1] === 'event') openEvent(id);
    else openArticle(id);
  }
  window.addEventListener('hashchange', route);

  function closeDrawers() {
    panel.hidden = true;
    reader.hidden = true;
    if (state.selected) { state.selected = null; markSelected(); }
  }
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && (!panel.hidden || !reader.hidden)) go('#/');
  });

  // The bar that stays at the top of a drawer as it scrolls.
  const closeButton = () => {
    const b = h('button', { type: 'button', class: 'close', 'aria-label': 'Close' }, '× Close');
    b.addEventListener('click', () => go('#/'));
    return h('div', { class: 'drawer-bar' }, b);
  };
  const eventLink = (id, text) => h('a', { href: '#/event/' + encodeURIComponent(id) }, text || id);
  const articleLink = (id, text) => h('a', { href: '#/article/' + encodeURIComponent(id) }, text || id);

  // ---------------------------------------------------------------------
  // The event panel

  let panelSeq = 0;
  async function openEvent(id) {
    reader.hidden = true;
    panel.hidden = false;
    state.selected = id;
    markSelected();
    clear(panel).append(closeButton(), h('p', { class: 'loading' }, `Loading ${id}…`));
    // data-id is set once the event is shown; data-loading while it loads
    delete panel.dataset.id;
    panel.dataset.loading = id;
    const seq = ++panelSeq;
    let d;
    try {
      d = await api('/api/events/' + encodeURIComponent(id));
    } catch (e) {
      if (seq !== panelSeq) return;
      clear(panel).append(closeButton(), h('p', { class: 'loading' }, `Cannot show ${id}.`));
      delete panel.dataset.loading;
      showError(e.message);
      return;
    }
    if (seq !== panelSeq) return;
    state.detail = d;
    renderPanel(d);
    panel.focus({ preventScroll: true });
    const ev = d.event;
    if (ev && hasPoint(ev) && state.shown.some((x) => x.id === ev.id)) mapView.centerOn(ev.place.lat, ev.place.lon);
  }

  function renderPanel(d) {
    const ev = d.event || {};
    const p = ev.place || {};
    clear(panel);
    panel.dataset.id = ev.id || '';
    delete panel.dataset.loading;
    const short = `${location.origin}/e/${ev.id}`;
    const linkInput = h('input', { type: 'text', readonly: true, value: short, 'aria-label': 'Short link', id: 'event-link' });
    const copyBtn = h('button', { type: 'button', id: 'copy-link' }, 'Copy link');
    copyBtn.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(short);
        flash(`Copied ${short}`);
      } catch (e) {
        linkInput.focus();
        linkInput.select();
        let ok = false;
        try { ok = document.execCommand('copy'); } catch (err) { ok = false; }
        if (ok) flash(`Copied ${short}`);
        else flash('The link is selected: press Ctrl+C to copy it.');
      }
    });

    const where = [p.name, p.admin1 && p.admin1 !== p.name ? p.admin1 : null,
      p.country && p.country !== p.name ? p.country : null].filter(Boolean).join(', ');
    const meta = [
      ev.date ? `${ev.date} (${ev.date_precision || '?'})` : 'date unknown',
      where ? where + (p.country_code ? ` [${p.country_code}]` : '') : 'place unknown',
      hasPoint(ev) ? `${p.lat.toFixed(4)}, ${p.lon.toFixed(4)}` : null,
      p.precision ? `precision: ${p.precision}` : null,
      p.geonames_id ? `GeoNames ${p.geonames_id}` : null,
    ].filter(Boolean).join(' · ');

    panel.append(
      closeButton(),
      h('div', { class: 'kicker' }, h('span', { class: 'swatch', style: `background:${colorOf(ev.type)}` }),
        `${ev.type || '?'} / ${ev.subtype || '?'}`),
      h('h2', { class: 'title' }, `${p.name || 'Unknown place'}${ev.date ? ', ' + ev.date : ''}`),
      h('div', { class: 'meta' }, meta),
      ev.summary ? h('p', { class: 'summary' }, ev.summary) : null,
      h('div', { class: 'link-row' }, linkInput, copyBtn),
      h('div', { class: 'meta' }, `${ev.id}`, d.created ? ` · first stored ${d.created}` : '', d.updated && d.updated !== d.created ? ` · updated ${d.updated}` : ''),
    );

    // counts with their bounds
    const rows = COUNT_KINDS.filter((k) => ev[k]).map((k) => {
      const c = ev[k];
      const groups = (c.groups || []).map((g) => `${g.who}: ${g.n}`).join(', ');
      return h('tr', { 'data-kind': k },
        h('td', null, k), h('td', { class: 'num' }, c.best ?? '–'), h('td', { class: 'num' }, c.min ?? '–'),
        h('td', { class: 'num' }, c.max ?? '–'), h('td', null, c.text ? `“${c.text}”` : ''), h('td', null, groups));
    });
    panel.append(h('h3', null, 'Counts'), rows.length
      ? h('table', { class: 'counts' },
        h('thead', null, h('tr', null, h('th', null, ''), h('th', { class: 'num' }, 'best'), h('th', { class: 'num' }, 'min'),
          h('th', { class: 'num' }, 'max'), h('th', null, 'as reported'), h('th', null, 'groups'))),
        h('tbody', null, rows))
      : h('p', { class: 'meta' }, 'No counts reported.'));

    // actors, with Follow for perpetrators
    const actors = ev.actors || [];
    panel.append(h('h3', null, 'Actors'), actors.length
      ? h('ul', { class: 'plain actors' }, actors.map((a) => {
        const aka = (a.mentions || []).filter((m) => m !== a.name);
        let follow = null;
        if (a.role === 'perpetrator') {
          const followed = state.follows.some((f) => f.actor && f.actor.toLowerCase() === a.name.toLowerCase());
          follow = h('button', {
            type: 'button', class: 'follow', 'data-actor': a.name, disabled: followed,
            title: followed ? `Following ${a.name} (remove it under “Following”)` : `Alert me on new events of ${a.name}`,
          }, followed ? 'Following' : 'Follow');
          follow.addEventListener('click', () => followActor(a.name, follow));
        }
        return h('li', { 'data-role': a.role },
          h('strong', null, a.name), h('span', { class: `role ${a.role}` }, a.role),
          aka.length ? h('span', { class: 'aka' }, 'as ' + aka.map((m) => `“${m}”`).join(', ')) : null, follow);
      }))
      : h('p', { class: 'meta' }, 'No actors named.'));

    // sources: each sentence, linking to its article in the reader
    // grouped by article, in order; numbered as the revisions cite them
    const sources = ev.sources || [];
    const srcArticles = d.source_articles || [];
    const groups = [];
    sources.forEach((src, i) => {
      const ar = srcArticles[i] || '';
      const key = ar || `${src.doc}#${src.article}`;
      let g = groups[groups.length - 1];
      if (!g || g.key !== key) groups.push((g = { key, ar, src, items: [] }));
      g.items.push([i, src]);
    });
    panel.append(h('h3', null, `Sources (${sources.length})`), ...groups.map((g) => h('div', { class: 'source-group' },
      h('div', { class: 'src-meta' },
        g.ar ? articleLink(g.ar, g.src.headline ? `“${g.src.headline}”` : g.ar) : (g.src.headline ? `“${g.src.headline}”` : '(no headline)'),
        g.src.published ? ` · ${g.src.published}` : '',
        ` · ${g.src.doc}${g.src.article !== undefined ? ' #' + g.src.article : ''}`),
      h('ol', { class: 'sources', start: g.items[0][0] }, g.items.map(([i, src]) =>
        h('li', { 'data-source': i, 'data-article': g.ar, value: i },
          h('blockquote', null, g.ar
            ? h('a', { class: 'sentence', href: `#/article/${encodeURIComponent(g.ar)}`, title: 'Read it in its article' }, src.sentence)
            : src.sentence)))))));

    // quotes of its articles
    const quotes = d.quotes || [];
    if (quotes.length) {
      panel.append(h('h3', null, `Quotes in its articles (${quotes.length})`), h('ul', { class: 'plain quotes' },
        quotes.map((q) => h('li', null,
          h('blockquote', null, `“${q.text}”`),
          h('div', { class: 'src-meta' }, '— ', h('strong', null, q.speaker || 'unnamed'),
            q.affiliation ? `, ${q.affiliation}` : '', q.article ? [' · ', articleLink(q.article, 'article')] : '')))));
    }

    // revision history of the counts
    const revs = ev.revisions || [];
    panel.append(h('h3', null, 'Revisions of the counts'), revs.length
      ? h('table', { class: 'revisions' },
        h('thead', null, h('tr', null, h('th', null, 'seen'), h('th', null, 'kind'), h('th', { class: 'num' }, 'best'),
          h('th', null, 'text'), h('th', { class: 'num' }, 'source'))),
        h('tbody', null, revs.map((r) => h('tr', null,
          h('td', { class: 'nowrap' }, r.seen || '–'), h('td', null, r.field || r.kind || 'killed'),
          h('td', { class: 'num' }, r.best ?? r.killed_best ?? '–'), h('td', null, r.text ? `“${r.text}”` : ''),
          h('td', { class: 'num' }, r.source ?? '')))))
      : h('p', { class: 'meta' }, 'No counts reported.'));

    // merge history
    const hist = d.history || [];
    panel.append(h('h3', null, 'History'), hist.length
      ? h('ol', { class: 'history' }, hist.map((x) => h('li', { 'data-action': x.action },
        h('div', null, h('strong', null, x.action), ` ${x.at || ''} from ${x.doc || '?'}`),
        x.reason ? h('div', { class: 'meta' }, (x.action === 'merged' ? 'why: ' : '') + x.reason) : null,
        (x.changes || []).length ? h('div', { class: 'changes' }, x.changes.join('; ')) : null)))
      : h('p', { class: 'meta' }, 'No history.'));

    // the articles it came from
    const arts = d.articles || [];
    if (arts.length) {
      panel.append(h('h3', null, 'Articles'), h('ul', { class: 'plain' }, arts.map((a) => h('li', null,
        articleLink(a.id, a.headline || a.id), h('span', { class: 'meta' }, ` ${a.date || ''} · ${a.doc || ''}`)))));
    }
  }

  async function followActor(name, button) {
    button.disabled = true;
    try {
      await api('/api/follows', { method: 'POST', body: { actor: name } });
      button.textContent = 'Following';
      flash(`Following ${name}: new events will raise alerts.`);
      await loadFollows();
    } catch (e) {
      button.disabled = false;
      showError(e.message);
    }
  }

  // ---------------------------------------------------------------------
  // The reader: an article, the sentences behind events highlighted

  let readerSeq = 0;
  let readerFrom = null; // the event open before: its sentences stand out
  async function openArticle(id) {
    readerFrom = state.selected || readerFrom;
    panel.hidden = true;
    reader.hidden = false;
    clear(reader).append(closeButton(), h('p', { class: 'loading' }, `Loading ${id}…`));
    delete reader.dataset.id;
    reader.dataset.loading = id;
    const seq = ++readerSeq;
    let a;
    try {
      a = await api('/api/articles/' + encodeURIComponent(id));
    } catch (e) {
      if (seq !== readerSeq) return;
      clear(reader).append(closeButton(), h('p', { class: 'loading' }, `Cannot show ${id}.`));
      delete reader.dataset.loading;
      showError(e.message);
      return;
    }
    if (seq !== readerSeq) return;
    renderReader(a);
    reader.focus({ preventScroll: true });
    reader.scrollTop = 0;
    const cur = reader.querySelector('.body mark.current');
    if (cur) cur.scrollIntoView({ block: 'center' });
  }

  // Collapses runs of white space; returns the string and, for each of its
  // characters, the index in the original.
  function normalize(text) {
    let out = '';
    const map = [];
    let space = false;
    for (let i = 0; i < text.length; i++) {
      const ch = text[i];
      if (/\s/.test(ch)) {
        if (!space && out.length) { out += ' '; map.push(i); }
        space = true;
      } else {
        out += ch; map.push(i); space = false;
      }
    }
    return { out, map };
  }

  // Text with the highlights' sentences wrapped in <mark data-event>; marks
  // each found highlight in `found`.
  function highlighted(text, highlights, found) {
    const spans = [];
    let norm = null;
    highlights.forEach((hl, n) => {
      const sentence = (hl.sentence || '').trim();
      if (!sentence) return;
      let from = 0, at;
      let any = false;
      while ((at = text.indexOf(sentence, from)) >= 0) {
        spans.push([at, at + sentence.length, hl.event]);
        from = at + sentence.length;
        any = true;
      }
      if (!any) {
        // white space may differ (line breaks in the body)
        norm = norm || normalize(text);
        const ns = normalize(sentence).out;
        let nf = 0, na;
        while (ns && (na = norm.out.indexOf(ns, nf)) >= 0) {
          spans.push([norm.map[na], norm.map[na + ns.length - 1] + 1, hl.event]);
          nf = na + ns.length;
          any = true;
        }
      }
      if (any) found.add(n);
    });
    if (!spans.length) return [text];
    // cut the text at every boundary; each piece knows the events over it
    const cuts = new Set([0, text.length]);
    for (const [a, b] of spans) { cuts.add(a); cuts.add(b); }
    const points = [...cuts].sort((x, y) => x - y);
    const out = [];
    for (let i = 0; i + 1 < points.length; i++) {
      const a = points[i], b = points[i + 1];
      const piece = text.slice(a, b);
      const evs = [...new Set(spans.filter(([x, y]) => x <= a && y >= b).map((sp) => sp[2]))];
      if (!evs.length) { out.push(piece); continue; }
      const last = out[out.length - 1];
      if (last instanceof Node && last.dataset.events === evs.join(' ')) { last.append(piece); continue; }
      out.push(h('mark', {
        'data-event': evs[0], 'data-events': evs.join(' '), tabindex: 0, role: 'link',
        class: readerFrom && evs.includes(readerFrom) ? 'current' : null,
        title: `Open ${evs.join(', ')}`,
      }, piece));
    }
    return out;
  }

  function renderReader(a) {
    clear(reader);
    reader.dataset.id = a.id || '';
    delete reader.dataset.loading;
    const art = a.article || {};
    const hls = (a.highlights || []).filter((x) => x && x.sentence);
    const found = new Set();
    const meta = [a.date || art.date, art.dateline, art.author, a.doc ? `${a.doc} #${a.index ?? art.index ?? ''}` : null]
      .filter(Boolean).join(' · ');
    reader.append(closeButton(),
      h('div', { class: 'kicker' }, 'Article ', a.id || ''),
      h('h2', { class: 'title' }, a.headline || art.headline || '(no headline)'),
      h('div', { class: 'meta' }, meta, (a.url || art.url) ? [' · ', h('a', { href: a.url || art.url, rel: 'noopener noreferrer', target: '_blank' }, 'original')] : ''));
    if (Array.isArray(art.bullets) && art.bullets.length) {
      reader.append(h('ul', { class: 'bullets' }, art.bullets.map((b) => h('li', null, highlighted(b, hls, found)))));
    }
    const body = typeof a.body === 'string' ? a.body : (art.body || '');
    const paras = body.split(/\n\s*\n/).map((x) => x.trim()).filter(Boolean);
    reader.append(h('div', { class: 'body' }, paras.map((p) => h('p', null, highlighted(p, hls, found)))));
    if (Array.isArray(art.captions) && art.captions.length) {
      reader.append(h('h3', null, 'Captions'), h('ul', { class: 'captions' }, art.captions.map((c) =>
        h('li', null, highlighted(c.text || '', hls, found), c.credit ? h('span', { class: 'meta' }, ` (${c.credit})`) : null))));
    }
    for (const fb of Array.isArray(art.factboxes) ? art.factboxes : []) {
      reader.append(h('h3', null, fb.title || 'Fact box'), h('ul', { class: 'factbox' },
        (fb.items || []).map((it) => h('li', null, highlighted(it, hls, found)))));
    }
    const unplaced = hls.filter((_, n) => !found.has(n));
    if (unplaced.length) {
      reader.append(h('h3', null, 'Sentences behind events, not found in the text above'),
        h('ul', { class: 'unplaced' }, unplaced.map((x) => h('li', null,
          h('mark', { 'data-event': x.event, 'data-events': x.event, tabindex: 0, role: 'link' }, x.sentence)))));
    }
    const evs = a.events || [];
    reader.append(h('h3', null, `Events from this article (${evs.length})`),
      evs.length ? h('ul', { class: 'plain' }, evs.map((id) => h('li', null, eventLink(id)))) : h('p', { class: 'meta' }, 'None.'));
  }

  reader.addEventListener('click', (e) => {
    const m = e.target.closest('mark[data-event]');
    if (m) go('#/event/' + m.dataset.event);
  });
  reader.addEventListener('keydown', (e) => {
    const m = e.target.closest('mark[data-event]');
    if (m && e.key === 'Enter') go('#/event/' + m.dataset.event);
  });

  // ---------------------------------------------------------------------
  // Alerts (server-sent events) and follows

  const alertsList = $('#alerts-list');
  const streamState = $('#alerts-state');

  function renderAlerts() {
    clear(alertsList);
    if (!state.alerts.length) {
      alertsList.append(h('li', { class: 'empty' }, 'None yet. Alerts of the follows appear here as reports come in.'));
      return;
    }
    for (const a of state.alerts.slice(0, 50)) {
      const b = h('button', { type: 'button', title: `${a.action || ''} ${a.at || ''}: ${a.what || ''}` },
        h('strong', null, a.action === 'updated' ? 'Updated' : 'New'), ' ', a.what || a.event_id);
      const li = h('li', { 'data-id': a.id ?? '', 'data-event': a.event_id || '', class: a.fresh ? 'fresh' : null }, b);
      b.addEventListener('click', () => { if (a.event_id) go('#/event/' + a.event_id); });
      alertsList.append(li);
    }
  }

  function addAlert(a, fresh) {
    if (!a || typeof a !== 'object') return;
    if (a.id !== undefined && state.alerts.some((x) => x.id === a.id)) return;
    a.fresh = fresh;
    state.alerts.unshift(a);
    renderAlerts();
  }

  async function loadAlerts() {
    try {
      const r = await api('/api/alerts');
      const list = Array.isArray(r.alerts) ? r.alerts.slice() : [];
      list.sort((x, y) => ((x.at || '') < (y.at || '') ? 1 : (x.at || '') > (y.at || '') ? -1 : (y.id || 0) - (x.id || 0)));
      const seen = new Set(state.alerts.map((x) => x.id));
      state.alerts = state.alerts.concat(list.filter((x) => !seen.has(x.id)).slice(0, 50));
    } catch (e) {
      showError(e.message);
    }
    renderAlerts();
  }

  // New or updated events came in: fetch the shown events again (once for
  // a burst of alerts), with the filters last applied.
  let refreshTimer = 0;
  function scheduleRefresh() {
    clearTimeout(refreshTimer);
    refreshTimer = setTimeout(() => apply({ fit: false, stats: true, filters: state.filters }), 800);
  }

  let stream = null;
  function startAlerts() {
    if (!window.EventSource) {
      streamState.textContent = 'no live alerts in this browser';
      return;
    }
    stream = new EventSource('/api/alerts/stream');
    stream.addEventListener('open', () => {
      streamState.textContent = 'live';
      streamState.className = 'stream-state live';
    });
    stream.addEventListener('alert', (e) => {
      let a;
      try { a = JSON.parse(e.data); } catch (err) { showError('alerts stream: an alert that is not JSON'); return; }
      addAlert(a, true);
      flash(`Alert: ${a.what || a.event_id}`);
      scheduleRefresh();
    });
    stream.addEventListener('error', () => {
      if (stream.readyState === EventSource.CLOSED) {
        streamState.textContent = 'offline';
        streamState.className = 'stream-state down';
        showError('/api/alerts/stream: the live alerts stream is closed; retrying in 30 s');
        setTimeout(startAlerts, 30000);
      } else {
        streamState.textContent = 'reconnecting';
        streamState.className = 'stream-state down';
      }
    });
  }

  const followsEl = $('#follows');
  function describeFollow(f) {
    if (f.description) return f.description;
    const parts = [];
    if (f.actor) parts.push(`actor ${f.actor}`);
    if (f.place) parts.push(`within ${f.km ?? '?'} km of ${f.place}`);
    if (f.country) parts.push(`country ${f.country}`);
    if (f.types && f.types.length) parts.push(`types ${[].concat(f.types).join(', ')}`);
    if (f.min_killed) parts.push(`${f.min_killed}+ killed`);
    return parts.join(', ') || `follow ${f.id}`;
  }

  async function loadFollows() {
    try {
      const r = await api('/api/follows');
      state.follows = Array.isArray(r.follows) ? r.follows : [];
    } catch (e) {
      showError(e.message);
    }
    clear(followsEl);
    if (!state.follows.length) {
      followsEl.append(h('li', { class: 'empty' }, 'nothing: “Follow” an actor in an event'));
      return;
    }
    for (const f of state.follows) {
      const rm = h('button', { type: 'button', 'aria-label': `Remove the follow: ${describeFollow(f)}`, title: 'Remove', 'data-id': f.id }, '×');
      rm.addEventListener('click', async () => {
        rm.disabled = true;
        try {
          await api('/api/follows/' + encodeURIComponent(f.id), { method: 'DELETE' });
          flash(`Removed: ${describeFollow(f)}`);
        } catch (e) {
          showError(e.message);
        }
        loadFollows();
      });
      const label = f.actor && !f.place && !f.country ? f.actor : describeFollow(f);
      followsEl.append(h('li', { 'data-id': f.id, 'data-actor': f.actor || '', title: describeFollow(f) }, h('span', null, label), rm));
    }
  }

  // ---------------------------------------------------------------------
  // Start

  renderLegend();
  mapView.measure();
  mapView.fitWorld();
  mapView.applyTransform();
  loadWorld();
  apply({ fit: true, stats: true }).then(route);
  loadFollows();
  loadAlerts();
  startAlerts();

  // For tests and the console.
  window.dateline = { state, apply, mapView, topoRings, go };
})();
