// The training worker: the page never freezes. It loads the TeaVM-compiled engine (shared Java) and runs one
// session, a slice of passes at a time, posting progress and the decision grid back to the page.
'use strict';
// A worker named 'wasm' (new Worker(url, { name: 'wasm' })) loads the WebAssembly GC build instead of the JavaScript
// one. Not a query in its URL: when the offline cache (sw.js) answers for this script, the worker's location is the
// cached response's URL, without the query, and every worker silently ran the JavaScript build.
const ENGINE = self.name === 'wasm' ? 'wasm' : 'js';
// a worker built from its text (in a sandboxed frame) is told where the engine's files are; else they are beside it
const BASE = self.NNFS_BASE || '';
let ready;
if (ENGINE === 'wasm') {
  importScripts(BASE + 'nnfs.wasm-runtime.js');
  ready = TeaVM.wasmGC.load(BASE + 'nnfs.wasm').then(m => {
    ['sessionStart', 'sessionResume', 'sessionModelName', 'sessionAdvance', 'sessionProgress', 'sessionStop', 'sessionPoints', 'sessionGrid',
      'sessionBaselineGrid', 'sessionBaseline', 'sessionBaselineDocument', 'sessionDocument',
      'sessionNetwork', 'sessionUnitMaps', 'sessionDataPoint', 'sessionInspect', 'sessionWarp', 'sessionWarpLines', 'sessionWarpPoints',
      'trainReport', 'mathReport', 'logregReport', 'parsePointsCsv', 'sessionGridColours', 'setLanguage', 'useScalarLoops'].forEach(name => { self[name] = m.exports[name]; });
    useScalarLoops();
  });
} else {
  importScripts(BASE + 'nnfs.js');
  ready = Promise.resolve();
  // the browsers' JITs vectorise nothing: the article's loop written for an element at a time (nnfs.nn.Loops)
  useScalarLoops();
}

let playing = false;
// whether the regions are shaded by how sure the network is (the page's "shade" box)
let shading = true;
// what the page shows: the network's regions, or the logistic-regression baseline's
let showingBaseline = false;
let toEnd = false;
let grid = { w: 100, h: 100 };
let passesPerSlice = 10;
let lastGrid = 0;
// the speed the learner chose, in passes per second (Infinity: as fast as the engine goes), and the clock it runs by
let speed = Infinity;
let clock = { t0: 0, passes: 0 };
// what the page draws besides the boundary: the units' maps ({w, h}) and the point it follows ({x, y, label})
let views = { maps: null, inspect: null, warp: null };
let lastMaps = 0;
// what the pictures cost: the grid's share of the requested cells (kept near GRID_MS a grid), and the last time
// all the views took, which spaces them so that training keeps at least four fifths of the worker's time
const GRID_MS = 30;
let gridScale = 1;
let viewCost = 0;

function post(type, extra) {
  self.postMessage(Object.assign({ type: type }, extra || {}));
}

/**
 * Posts a progress report (the engine's JSON, parsed), with the decision grid when asked, and with it what the
 * open views draw: the network and its units' maps, the followed point's numbers.
 */
function postProgress(p, withGrid, forceViews) {
  const started = performance.now();
  const msg = { progress: p };
  const transfer = [];
  if (withGrid) {
    const t0 = performance.now();
    // a deep network's grid costs a forward pass per cell: fewer cells (drawn smoothly scaled) rather than a stall
    const cells = Math.max(1, Math.round(grid.w * grid.h * gridScale));
    const w = Math.max(16, Math.min(grid.w, Math.round(Math.sqrt(cells * grid.w / grid.h))));
    const h = Math.max(12, Math.min(grid.h, Math.round(cells / w)));
    msg.grid = sessionGrid(w, h);
    msg.gridSize = { w: w, h: h };
    // the cells' colours by shared's one rule for every picture of a model (the server's PNG and card use it too)
    msg.colours = sessionGridColours(shading);
    transfer.push(msg.grid.buffer, msg.colours.buffer);
    const gridMs = performance.now() - t0;
    gridScale = Math.max(0.02, Math.min(1, gridScale * (gridMs > 0 ? Math.min(2, GRID_MS / gridMs) : 2)));
    const now = performance.now();
    // the maps and the warped grid cost a forward pass per cell: a few times a second is what an eye follows
    const beat = forceViews || now - lastMaps > 250 || p.state !== 'RUNNING';
    if (beat) lastMaps = now;
    if (views.maps && beat) {
      msg.network = JSON.parse(sessionNetwork());
      msg.maps = sessionUnitMaps(views.maps.w, views.maps.h);
      msg.mapSize = views.maps;
      transfer.push(msg.maps.buffer);
    }
    if (views.warp && beat) {
      const meta = JSON.parse(sessionWarp(views.warp.layer, 17, 48));
      msg.warp = meta.error ? meta : { meta: meta, lines: sessionWarpLines(), points: sessionWarpPoints() };
      if (!meta.error) transfer.push(msg.warp.lines.buffer, msg.warp.points.buffer);
    }
    // the followed point's numbers too: five digits that change more often than this cannot be read anyway
    if (views.inspect && beat) {
      msg.inspect = inspectNow();
      // the weights the equations show, from the same moment as the inspected numbers
      if (!msg.network) msg.network = JSON.parse(sessionNetwork());
    }
  }
  if (withGrid) viewCost = performance.now() - started;
  self.postMessage(Object.assign({ type: 'progress' }, msg), transfer);
}

function inspectNow() {
  const v = views.inspect;
  return JSON.parse(sessionInspect(v.x, v.y, v.label));
}

/** Passes due now at the chosen speed (all of a slice at full speed). */
function passesDue(now) {
  if (toEnd || speed === Infinity) return passesPerSlice;
  const due = Math.floor((now - clock.t0) * speed / 1000) - clock.passes;
  return Math.max(0, Math.min(passesPerSlice, due));
}

// The slices' turns: a message on a channel of the worker's own comes round at once, where setTimeout(f, 0) waits
// at least 4 ms once nested five deep (a sixth of a 25 ms slice). Each run of slices has its number, so that a
// turn left over from before a pause does not start a second run beside the new one.
const turns = new MessageChannel();
let run = 0;
turns.port1.onmessage = e => { if (e.data === run) slice(); };
function nextSlice(delay) {
  const r = run;
  if (delay > 0) setTimeout(() => { if (r === run) slice(); }, delay);
  else turns.port2.postMessage(r);
}

function slice() {
  if (!playing) return;
  const t0 = performance.now();
  const k = passesDue(t0);
  if (k === 0) {
    // too early for the next pass at this speed: wait for it (at most 50 ms, so "pause" is heard quickly)
    nextSlice(Math.min(50, Math.max(1, (clock.passes + 1) * 1000 / speed - (t0 - clock.t0))));
    return;
  }
  const p = JSON.parse(sessionAdvance(k));
  clock.passes += k;
  const dt = performance.now() - t0;
  // aim at slices of ~25 ms: several frames a second, and the worker still hears "pause" quickly
  if (k === passesPerSlice) passesPerSlice = Math.max(1, Math.min(100000, Math.round(passesPerSlice * (dt > 0 ? Math.min(4, 25 / dt) : 4))));
  const now = performance.now();
  const finished = p.state !== 'RUNNING';
  const wantGrid = finished || now - lastGrid > Math.max(toEnd ? 500 : 120, 4 * viewCost);
  if (wantGrid) lastGrid = now;
  postProgress(p, wantGrid);
  if (finished) {
    playing = false;
    post('stopped', { state: p.state });
    return;
  }
  nextSlice(0);
}

/** The logistic-regression baseline's grid, report and colours. */
let baselineGrid = { w: 100, h: 100 };
function postBaseline() {
  const g = sessionBaselineGrid(baselineGrid.w, baselineGrid.h);
  const colours = sessionGridColours(shading);
  self.postMessage({ type: 'baseline', report: JSON.parse(sessionBaseline()), grid: g, gridSize: baselineGrid, colours: colours }, [g.buffer, colours.buffer]);
}

function restartClock() {
  clock = { t0: performance.now(), passes: 0 };
}

self.onmessage = function (e) {
  ready.then(() => handle(e.data), err => post('error', { engineFailed: true, message: 'the ' + ENGINE + ' engine did not load: ' + err }));
};

function handle(m) {
  try {
    switch (m.cmd) {
      case 'start':
      case 'resume': {
        playing = false;
        shading = m.shade !== false;
        showingBaseline = false;
        grid = { w: m.gridW || 100, h: m.gridH || 100 };
        const v = m.view || [NaN, NaN, NaN, NaN]; // the plot being edited, kept while the points fit in it
        const error = m.cmd === 'start' ? sessionStart(m.request, m.recordEvery, v[0], v[1], v[2], v[3]) : sessionResume(m.document, m.recordEvery);
        if (error) { post('error', { message: error }); return; }
        post('started', { engine: ENGINE, points: JSON.parse(sessionPoints()) });
        postProgress(JSON.parse(sessionProgress()), true, true);
        break;
      }
      case 'lang': // the engine's messages from now on in the page's language
        setLanguage(m.lang);
        break;
      case 'play':
        toEnd = !!m.toEnd;
        restartClock();
        if (!playing) { playing = true; lastGrid = 0; run++; nextSlice(0); }
        break;
      case 'speed':
        speed = m.passesPerSecond > 0 && Number.isFinite(m.passesPerSecond) ? m.passesPerSecond : Infinity;
        restartClock();
        break;
      case 'views':
        views = { maps: m.maps || null, inspect: m.inspect || null, warp: m.warp || null };
        postProgress(JSON.parse(sessionProgress()), true, true);
        break;
      case 'dataPoint': {
        const point = JSON.parse(sessionDataPoint(m.index));
        post('dataPoint', { point: point });
        break;
      }
      case 'pause':
        playing = false;
        post('stopped', { state: 'PAUSED' });
        break;
      case 'step':
        playing = false;
        postProgress(JSON.parse(sessionAdvance(m.passes)), true, true);
        break;
      case 'grid':
        grid = { w: m.gridW, h: m.gridH };
        postProgress(JSON.parse(sessionProgress()), true, true);
        break;
      case 'baseline': {
        showingBaseline = true;
        baselineGrid = { w: m.gridW, h: m.gridH };
        postBaseline();
        break;
      }
      case 'shade':
        // the same grid in the other colouring: asked again, the engine computes it as before
        shading = !!m.shade;
        if (showingBaseline) postBaseline();
        else postProgress(JSON.parse(sessionProgress()), true, false);
        break;
      case 'bench': {
        // microseconds per pass, timed here in the worker: warm-up passes first, then the timed ones
        sessionAdvance(m.warmup);
        const t0 = performance.now();
        sessionAdvance(m.passes);
        post('bench', { engine: ENGINE, usPerPass: (performance.now() - t0) * 1000 / m.passes });
        break;
      }
      case 'report': {
        // the engine's bit-identity reports, for the tests that compare each build with the JVM
        const text = m.kind === 'math' ? mathReport(m.count) : m.kind === 'logreg' ? logregReport(m.request) : trainReport(m.request, m.passes, m.every);
        post('report', { engine: ENGINE, text: text });
        break;
      }
      case 'csv':
        // a learner's CSV file, read by shared's PointsCsv
        post('csv', { parsed: JSON.parse(parsePointsCsv(m.text)) });
        break;
      case 'name': // the automatic title, offered when sharing
        post('name', { name: sessionModelName(!!m.baseline), purpose: m.purpose });
        break;
      case 'document':
        post('document', { text: m.baseline ? sessionBaselineDocument(m.title || '') : sessionDocument(m.title || ''), purpose: m.purpose });
        break;
      default:
        post('error', { message: 'unknown command ' + m.cmd });
    }
  } catch (err) {
    playing = false;
    post('error', { message: String(err && err.message || err) });
  }
}
