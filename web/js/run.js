// The training run on screen: the engine's worker (which build, how it is started), the messages it sends and the
// views they feed, and the buttons that play, step and stop it. The math is the worker's; this module only asks.
import { $, page, compact, tr, engineError, setStatus, writeUrl, shows } from './page.js';
import { SPEEDS, parsePoints, trainingRequest } from './state.js';
import { classColours } from './boundary.js';
import { NetworkDiagram } from './diagram.js';
import { views } from './views.js';
import { layoutPanels } from './embedding.js';
import { isArticleRun, appendLog, clearLog } from './trainlog.js';
import { showModelLabels, updateLegend, updatePlotHint, fillWarpLayers, hideFirstHint } from './readouts.js';
import { inspect, inspecting, showInspection, stopInspecting } from './following.js';
import { buildClassPicker } from './editing.js';
import { documentWritten, askTitle, namedSharedModel } from './sharing.js';
import { showStanding } from './challenge.js';

/** The run's moving parts: its worker, whether it plays, the last progress it reported. */
export const run = {
  /** @type {Worker | null} */
  worker: null,
  running: false,
  /** @type {any} */
  lastProgress: null,
  /** "Watch it train" was pressed: once the run from pass 0 has started, it plays at a speed an eye can follow. */
  replayPending: false,
  /** The build the training worker says it runs. */
  /** @type {string | null} */
  runningEngine: null,
  /** The hidden layer whose bending of the plane is shown (1-based; 0: the last). */
  warpLayer: 0,
};

// ---------------------------------------------------------------- which engine, in which worker
/**
 * A frame sandboxed without allow-same-origin (as course platforms frame content) has an opaque origin: it may not
 * start a worker from our address, and its policy lets no code be compiled. There the worker is built from its
 * fetched text (the engine's files answer any origin) and runs the JavaScript build: the same bits, a little slower.
 */
const opaqueOrigin = window.origin === 'null';
/** @type {string | null} */
let workerScript = null;
export async function prepareWorkerScript() {
  if (!opaqueOrigin || workerScript) return;
  const base = new URL('/js/', location.href).href;
  const text = await (await fetch(base + 'worker.js')).text();
  workerScript = URL.createObjectURL(new Blob(['self.NNFS_BASE = ' + JSON.stringify(base) + ';\n', text], { type: 'text/javascript' }));
}

/** A new worker on the chosen engine: the training's, and the short-lived ones that check a file or read a CSV. */
export function engineWorker() {
  const w = new Worker(workerScript || '/js/worker.js', { name: chosenEngine() });
  w.postMessage({ cmd: 'lang', lang: page.lang }); // the engine says what is wrong in the page's language
  return w;
}

/** WebAssembly GC where the browser runs it (it trains faster), else the JavaScript build: the same bits either way. */
/** @type {string | null} */
let engine = null;
export function chosenEngine() {
  if (opaqueOrigin) return 'js';
  if (engine) return engine;
  if (page.state.engine !== 'auto') return page.state.engine;
  return typeof WebAssembly === 'object' && typeof WebAssembly.compileStreaming === 'function' ? 'wasm' : 'js';
}

function newWorker() {
  if (run.worker) run.worker.terminate();
  const w = engineWorker();
  w.onmessage = e => onWorker(e.data);
  w.onerror = e => { $('errors').textContent = String(e.message || e); };
  run.worker = w;
}

/** Posts a command to the training worker, if there is one. */
export function ask(message) {
  if (run.worker) run.worker.postMessage(message);
}

// ---------------------------------------------------------------- starting a run
/** @type {string | null} */
let lastStart = null;
/** Own points need at least 2 points of 2 classes to train on: the points there are when they do not. */
function pointsProblem(s) {
  if (s.data !== 'points') return null;
  const pts = parsePoints(s.pts || '').points || [];
  if (pts.length < 2 || new Set(pts.map(p => p[2])).size < 2) return pts;
  return null;
}

/**
 * Starts the state's run at pass 0, or (documentText) resumes a model document as stored. A view (the plot's
 * [xMin, xMax, yMin, yMax] while its points are edited) keeps the axes where the points still fit.
 * @param {string | null} documentText
 * @param {number[]} [view]
 */
export function start(documentText, view) {
  lastStart = documentText;
  run.running = false;
  run.lastProgress = null;
  clearLog(isArticleRun());
  $('errors').textContent = '';
  views.lossChart.reset();
  showModelLabels();
  updatePlotHint();
  const state = page.state;
  const few = documentText ? null : pointsProblem(state);
  if (few) {
    // nothing to train yet: show the points there are, and say what is missing
    if (run.worker) run.worker.terminate();
    run.worker = null;
    views.diagram.clear();
    views.unitPanel.close();
    stopInspecting();
    views.boundary.setPoints(ownPointsView(few));
    views.boundary.setGrid(null, null);
    updateLegend();
    $('v-pass').textContent = '—';
    $('v-loss').textContent = '—';
    $('v-accuracy').textContent = '—';
    $('status').textContent = tr('needTwoClasses');
    updateButtons();
    return;
  }
  newWorker();
  updateButtons();
  ask({ cmd: 'speed', passesPerSecond: SPEEDS[state.speed] });
  const size = views.boundary.wantedGrid();
  const recordEvery = Math.max(1, Math.min(1000, Math.round(state.passes / 20)));
  if (documentText) {
    ask({ cmd: 'resume', document: documentText, recordEvery: 1000, gridW: size.w, gridH: size.h, shade: state.shade });
  } else {
    ask({ cmd: 'start', request: JSON.stringify(trainingRequest(state)), recordEvery: state.passes >= 20000 ? 1000 : recordEvery, gridW: size.w, gridH: size.h, shade: state.shade, view: view });
  }
  views.boundary.gridSizeWanted = size;
}

/** The points of an untrainable own data set, in the engine's layout, on the plot's current bounds. */
function ownPointsView(pts) {
  const b = views.boundary;
  const bounds = b.points ? b.points.bounds : [-2.5, 3, -1.5, 2];
  const classes = Math.max(2, 1 + pts.reduce((m, p) => Math.max(m, p[2]), 0));
  /** @type {number[]} */
  const x = [], y = [];
  pts.forEach(p => { x.push(p[0], p[1]); y.push(p[2]); });
  return { classes: classes, bounds: bounds, train: { x: x, y: y }, trainIndex: pts.map((_, i) => i) };
}

/** Tells the worker what the open views need with each picture: the units' maps, the followed point. */
export function sendViews() {
  const nn = page.state.model === 'network';
  const p = inspecting();
  ask({
    cmd: 'views',
    // an embed computes only what it shows (the network's view feeds the diagram; the plane's bending, never)
    maps: nn && shows('diagram') ? NetworkDiagram.MAP_SIZE : null,
    inspect: p && nn && shows('inspect') ? { x: p.x, y: p.y, label: p.label } : null,
    warp: nn && !compact ? { layer: run.warpLayer || hiddenLayerCount() } : null,
  });
}

export function hiddenLayerCount() {
  return String(page.state.hidden).split(',').length;
}

// ---------------------------------------------------------------- what the worker says
/** Runs f in a task of its own, after the current one, unless the run it belongs to was replaced meanwhile. */
function later(f) {
  const w = run.worker;
  setTimeout(() => { if (w === run.worker) f(); }, 0);
}

function onWorker(m) {
  const state = page.state, boundary = views.boundary;
  switch (m.type) {
    case 'started':
      run.runningEngine = m.engine;
      boundary.setPoints(m.points);
      updateLegend();
      buildClassPicker();
      fillWarpLayers();
      if (state.model === 'logreg') {
        const size = boundary.wantedGrid();
        ask({ cmd: 'baseline', gridW: size.w, gridH: size.h });
      } else if (state.inspect !== null) {
        ask({ cmd: 'dataPoint', index: state.inspect });
      }
      sendViews();
      setStatus('ready');
      if (run.replayPending) {
        // about 15 seconds for the whole run, and never slower than the chosen speed
        run.replayPending = false;
        ask({ cmd: 'speed', passesPerSecond: Math.max(SPEEDS[state.speed], state.passes / 15) });
        play(false);
      }
      break;
    case 'progress':
      showProgress(m.progress);
      if (m.grid && state.model === 'network') boundary.setGrid(m.grid, m.gridSize || boundary.gridSizeWanted, m.colours);
      // each view in a task of its own, so that no single task holds the page (and its input) for long
      if (m.network && shows('diagram')) {
        later(() => {
          const d = views.diagram, first = !d.layout;
          d.update(m.network, m.maps || d.maps, m.mapSize || d.mapSize, classColours(m.network.sizes[m.network.sizes.length - 1]));
          views.unitPanel.update(d);
          if (first) layoutPanels();
        });
      }
      if (m.inspect) later(() => showInspection(m.inspect, m.network));
      if (m.warp) {
        later(() => {
          if (m.warp.error) $('warp-caption').textContent = engineError(m.warp.error);
          else if (boundary.points) views.warp.update(m.warp, boundary.points.train.y, classColours(boundary.points.classes));
        });
      }
      break;
    case 'dataPoint':
      if (m.point.error) {
        $('inspect-what').textContent = tr('noSuchPoint', state.inspect);
        state.inspect = null;
        writeUrl();
        break;
      }
      inspect({ x: m.point.x[0], y: m.point.x[1], label: m.point.label, index: m.point.index, test: m.point.test });
      break;
    case 'baseline':
      // the grid's own size: the one asked for when the run started may differ (an embed's frame settles later)
      boundary.setGrid(m.grid, m.gridSize, m.colours);
      $('v-accuracy').textContent = (100 * m.report.accuracy).toFixed(1) + '%';
      $('v-loss').textContent = m.report.C.toPrecision(5);
      $('v-test').textContent = m.report.testAccuracy === undefined ? '—' : (100 * m.report.testAccuracy).toFixed(1) + '%';
      setStatus('baselineDone');
      clearLog(false);
      appendLog([[null, 'LogisticRegressionCV: C = ' + m.report.C + ', accuracy ' + m.report.accuracy]]);
      break;
    case 'stopped':
      run.running = false;
      updateButtons();
      if (run.lastProgress) setStatus(statusOf(run.lastProgress.state));
      break;
    case 'document':
      documentWritten(m.text, m.purpose);
      break;
    case 'name': // the automatic title: for the share form, or for the shared model on screen
      if (m.purpose === 'page') namedSharedModel(m.name);
      else askTitle(m.name);
      break;
    case 'error':
      if (m.engineFailed && chosenEngine() === 'wasm' && state.engine === 'auto') {
        engine = 'js'; // this browser cannot run the WebAssembly build: the JavaScript one gives the same bits
        start(lastStart);
        return;
      }
      run.running = false;
      updateButtons();
      $('errors').textContent = engineError(m.message);
      break;
  }
}

function statusOf(runState) {
  return runState === 'DONE' ? 'done' : runState === 'FAILED' ? 'failed' : 'paused';
}

function showProgress(p) {
  run.lastProgress = p;
  if (page.state.model !== 'network') return;
  $('v-pass').textContent = p.pass + ' / ' + p.passes;
  $('v-loss').textContent = p.loss === null ? '—' : p.loss.toFixed(6);
  $('v-accuracy').textContent = (100 * p.accuracy).toFixed(1) + '%';
  $('v-testLoss').textContent = p.testLoss === undefined || p.testLoss === null ? '—' : p.testLoss.toFixed(6);
  $('v-test').textContent = p.testAccuracy === undefined ? '—' : (100 * p.testAccuracy).toFixed(1) + '%';
  // the log grows downwards and never scrolls by itself: the article's first lines stay in view
  if (p.history.length) appendLog(p.history.map(row => [row[0], row[5]]));
  if (p.trace) views.lossChart.addTrace(p.trace);
  showStanding(p);
  if (p.alternating) {
    // the article's run ends alternating between two losses; its printed lines (every 1000th pass) show one
    appendLog(p.alternating.map(line => [null, line]));
    $('log-note').textContent = tr('alternating');
    $('log-note').hidden = false;
  }
  if (p.failureKind) $('errors').textContent = tr(p.failureKind === 'GROWING' ? 'failedGrowing' : 'failedNotFinite', p.failurePass, p.learningRate);
  else if (p.failure) $('errors').textContent = engineError(p.failure);
  if (p.state !== 'RUNNING') {
    run.running = false;
    updateButtons();
    setStatus(statusOf(p.state));
  }
}

/** The status line for the run as it stands, after the language changed. */
export function restateStatus() {
  if (run.lastProgress) setStatus(run.lastProgress.state === 'DONE' ? 'done' : run.running ? 'running' : 'paused');
}

// ---------------------------------------------------------------- the buttons
export function updateButtons() {
  const nn = page.state.model === 'network';
  const finished = run.lastProgress && run.lastProgress.state !== 'RUNNING';
  $('b-play').textContent = tr(run.running ? 'pause' : replayable() ? 'watchTrain' : 'play');
  $('b-play').setAttribute('aria-pressed', run.running ? 'true' : 'false');
  ['b-play', 'b-step1', 'b-step100', 'b-end'].forEach(id => { $(id).disabled = !nn || !!finished || !run.worker; });
  if (replayable()) $('b-play').disabled = false;
  ['b-share', 'b-export'].forEach(id => { $(id).disabled = !run.worker; });
}

/** A finished network in an embed: its one action is to replay its training from pass 0 (the same bits again). */
function replayable() {
  return compact && !run.running && page.state.model === 'network' && !!run.worker && !!run.lastProgress && run.lastProgress.state === 'DONE';
}

export function play(toEnd) {
  if (!run.worker || page.state.model !== 'network') return;
  if (replayable() && !toEnd) {
    run.replayPending = true;
    start(null);
    return;
  }
  hideFirstHint();
  if (run.running && !toEnd) {
    ask({ cmd: 'pause' });
    run.running = false;
  } else {
    ask({ cmd: 'play', toEnd: !!toEnd });
    run.running = true;
    setStatus('running');
  }
  updateButtons();
}

export function step(k) {
  if (!run.worker || page.state.model !== 'network') return;
  hideFirstHint();
  run.running = false;
  ask({ cmd: 'step', passes: k });
  updateButtons();
}

/** No model on screen: the worker stopped, an empty plot, nothing to play. */
export function showNothing() {
  if (run.worker) run.worker.terminate();
  run.worker = null;
  run.running = false;
  run.lastProgress = null;
  views.boundary.clear();
  $('shared-title').textContent = '';
  updateButtons();
  setStatus('notShown');
}
