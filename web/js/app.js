// Wires the page: the state in the URL, the settings form, the training worker, the pictures, sharing.
'use strict';
const $ = id => document.getElementById(id);
let state = parseHash(location.hash);
// a share link /m/{id} opens the app on that model
const sharedPath = location.pathname.match(/^\/(?:m|embed)\/([A-Za-z0-9_-]{22})$/);
if (sharedPath) state.m = sharedPath[1];
// /embed?data=moons&n=200&hidden=3&activation=tanh&...: an untrained setup in the command line's words
const compact = location.pathname.startsWith('/embed');
// an embed's options (embedoptions.js): what it shows beside the plot, its controls, how it starts, its caption
const embedOptions = parseEmbedOptions(compact ? location.search : '');
const embedPanels = embedOptions.show ? embedOptions.show.split(',') : []; // in the order asked
if (compact && location.pathname === '/embed') {
  const q = new URLSearchParams(location.search);
  // the names an embed's query may use for a setting (settings.json's aliases: the command line's words)
  const alias = {};
  PROPS.forEach(p => (p.aliases || []).forEach(a => { alias[a] = p.name; }));
  const hash = new URLSearchParams();
  q.forEach((v, k) => hash.set(alias[k] || k, v));
  const fromQuery = parseHash('#' + hash.toString());
  if (!fromQuery.lang) fromQuery.lang = state.lang;
  state = fromQuery;
}
// ?lang=ja works on every address (/m/{id}?lang=ja, /embed/{id}?lang=ja): the fragment's lang wins if both are given
if (!state.lang) state.lang = checkProp(PROPS.find(p => p.name === 'lang'), new URLSearchParams(location.search).get('lang'))[0];
let lang = pickLanguage(state.lang);
let worker = null;
let running = false;
let lastProgress = null;
// "Watch it train" was pressed: once the run from pass 0 has started, it plays at a speed an eye can follow
let replayPending = false;
let boundary, lossChart, diagram, unitPanel, inspector, warpView, myModels, builder;
// the hidden layer whose bending of the plane is shown (1-based; 0: the last)
let warpLayer = 0;
const compareWorkers = [];
// the point followed through the network: {x, y, label, index (null for a position), test}
let inspecting = null;
// editing the data: the mode, the class a click adds, and the point sets before each edit (for undo)
let editing = false;
let editClass = 0;
const undoStack = [];

function tr(key, ...args) { return t(lang, key, ...args); }
/** A message of the engine's (English, from shared) in the page's language. */
function engineSays(message) { return lang === 'ja' ? EngineText.ja(message) : message; }
/** "The engine stopped: ..." with the engine's message, in the page's language. */
function engineError(message) { return tr('engineError', engineSays(message)); }

function setStatus(key, extra) {
  $('status').textContent = tr(key) + (extra ? ' ' + extra : '');
}

// ---------------------------------------------------------------- the settings form <-> the state
const FIELDS = ['data', 'n', 'noise', 'seed', 'classes', 'factor', 'test', 'model', 'hidden', 'act', 'lr', 'reg', 'passes', 'batch', 'anneal', 'annealK', 'wseed'];

function fillForm() {
  FIELDS.forEach(name => {
    const el = $('f-' + name);
    let v = state[name];
    if (name === 'noise' && v === null) v = DEFAULT_NOISE[state.data];
    el.value = v === null ? '' : String(v);
  });
  $('f-shade').checked = state.shade;
  $('f-logLoss').checked = state.logLoss;
  $('f-speed').value = state.speed;
  $('f-mean').checked = state.mean;
  $('f-showTest').checked = state.showTest;
  showRelevantFields();
}

function showRelevantFields() {
  const kind = $('f-data').value;
  $('row-classes').hidden = !(kind === 'blobs' || kind === 'spiral');
  $('row-factor').hidden = kind !== 'circles';
  document.querySelectorAll('.generated-only').forEach(el => { el.hidden = kind === 'points'; });
  document.querySelectorAll('.points-only').forEach(el => { el.hidden = kind !== 'points'; });
  const nn = $('f-model').value === 'network';
  document.querySelectorAll('.nn-only').forEach(el => { el.hidden = !nn; });
  $('row-annealK').hidden = !nn || $('f-anneal').value === 'none';
}

/** A field's name in the current language (its label's text, without the help button): messages start with it. */
function fieldName(el) {
  const label = el.labels && el.labels[0];
  return label && label.dataset.i18n ? tr(label.dataset.i18n) : el.id;
}

/** Reads the form into a new state; marks each bad field with its message. Returns null if any is bad. */
function readForm() {
  const next = Object.assign({}, state);
  let ok = true;
  FIELDS.forEach(name => {
    const el = $('f-' + name), msg = $('m-' + name);
    const prop = PROPS.find(p => p.name === name);
    let raw = el.value;
    if (name === 'noise' && raw === '') raw = null;
    const [value, error, args] = checkProp(prop, raw);
    const relevant = !el.closest('[hidden]');
    if (error && relevant) {
      ok = false;
      el.setAttribute('aria-invalid', 'true');
      msg.textContent = tr(error, fieldName(el), ...(args || []));
    } else {
      el.removeAttribute('aria-invalid');
      msg.textContent = '';
      next[name] = value;
    }
  });
  const acts = String(next.act).split(','), layers = String(next.hidden).split(',').length;
  if (ok && acts.length !== 1 && acts.length !== layers) {
    ok = false;
    $('m-act').textContent = tr('activationsPerLayer', fieldName($('f-act')), layers);
  }
  if (next.data === 'spiral' && next.classes > RULES.maxSpiralClasses) {
    ok = false;
    $('m-classes').textContent = tr('mustBeBetween', fieldName($('f-classes')), 2, RULES.maxSpiralClasses);
  }
  next.shade = $('f-shade').checked;
  next.mean = $('f-mean').checked;
  next.showTest = $('f-showTest').checked;
  if (next.noise === DEFAULT_NOISE[next.data]) next.noise = null;
  return ok ? next : null;
}

function writeUrl() {
  const s = Object.assign({}, state, { lang: lang === pickLanguage(null) ? null : lang });
  if (compact) return; // an embed keeps its address; its link to the full app carries the state
  const path = state.m && location.pathname.startsWith('/m/') ? location.pathname : '/';
  history.replaceState(null, '', path + toHash(s));
}

// ---------------------------------------------------------------- the worker
/**
 * A frame sandboxed without allow-same-origin (as course platforms frame content) has an opaque origin: it may not
 * start a worker from our address, and its policy lets no code be compiled. There the worker is built from its
 * fetched text (the engine's files answer any origin) and runs the JavaScript build: the same bits, a little slower.
 */
const opaqueOrigin = window.origin === 'null';
let workerScript = null;
async function prepareWorkerScript() {
  if (!opaqueOrigin || workerScript) return;
  const base = new URL('/js/', location.href).href;
  const text = await (await fetch(base + 'worker.js')).text();
  workerScript = URL.createObjectURL(new Blob(['self.NNFS_BASE = ' + JSON.stringify(base) + ';\n', text], { type: 'text/javascript' }));
}

/** A new training worker on the chosen engine. */
function engineWorker() {
  return new Worker(workerScript || '/js/worker.js', { name: chosenEngine() });
}

/** WebAssembly GC where the browser runs it (it trains faster), else the JavaScript build: the same bits either way. */
let engine = null;
/** The build the training worker says it runs. */
let runningEngine = null;
function chosenEngine() {
  if (opaqueOrigin) return 'js';
  if (engine) return engine;
  if (state.engine !== 'auto') return state.engine;
  return typeof WebAssembly === 'object' && typeof WebAssembly.compileStreaming === 'function' ? 'wasm' : 'js';
}

function newWorker() {
  if (worker) worker.terminate();
  worker = engineWorker();
  worker.onmessage = e => onWorker(e.data);
  worker.onerror = e => { $('errors').textContent = String(e.message || e); };
}

let lastStart = null;
/** Own points need at least 2 points of 2 classes to train on. */
function pointsProblem(s) {
  if (s.data !== 'points') return null;
  const pts = parsePoints(s.pts || '').points || [];
  if (pts.length < 2 || new Set(pts.map(p => p[2])).size < 2) return pts;
  return null;
}

function start(documentText) {
  lastStart = documentText;
  running = false;
  lastProgress = null;
  $('log').textContent = '';
  // the legend comes before the first mark: it says what to look for (and readies the mark's glyph early)
  $('log-legend').hidden = !isArticleRun();
  $('log-note').hidden = true;
  $('errors').textContent = '';
  lossChart.reset();
  showModelLabels();
  updatePlotHint();
  const few = documentText ? null : pointsProblem(state);
  if (few) {
    // nothing to train yet: show the points there are, and say what is missing
    if (worker) worker.terminate();
    worker = null;
    diagram.clear();
    unitPanel.close();
    stopInspecting();
    boundary.setPoints(ownPointsView(few));
    boundary.setGrid(null, null);
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
  worker.postMessage({ cmd: 'speed', passesPerSecond: SPEEDS[state.speed] });
  const size = boundary.wantedGrid();
  const recordEvery = Math.max(1, Math.min(1000, Math.round(state.passes / 20)));
  if (documentText) {
    worker.postMessage({ cmd: 'resume', document: documentText, recordEvery: 1000, gridW: size.w, gridH: size.h, shade: state.shade });
  } else {
    worker.postMessage({ cmd: 'start', request: JSON.stringify(trainingRequest(state)), recordEvery: state.passes >= 20000 ? 1000 : recordEvery, gridW: size.w, gridH: size.h, shade: state.shade });
  }
  boundary.gridSizeWanted = size;
}

/** The points of an untrainable own data set, in the engine's layout, on the plot's current bounds. */
function ownPointsView(pts) {
  const bounds = boundary.points ? boundary.points.bounds : [-2.5, 3, -1.5, 2];
  const classes = Math.max(2, 1 + pts.reduce((m, p) => Math.max(m, p[2]), 0));
  const x = [], y = [];
  pts.forEach(p => { x.push(p[0], p[1]); y.push(p[2]); });
  return { classes: classes, bounds: bounds, train: { x: x, y: y }, trainIndex: pts.map((_, i) => i) };
}

/** Tells the worker what the open views need with each picture: the units' maps, the followed point. */
function sendViews() {
  if (!worker) return;
  const nn = state.model === 'network';
  worker.postMessage({
    cmd: 'views',
    // an embed computes only what it shows (the network's view feeds the diagram; the plane's bending, never)
    maps: nn && shows('diagram') ? NetworkDiagram.MAP_SIZE : null,
    inspect: inspecting && nn && shows('inspect') ? { x: inspecting.x, y: inspecting.y, label: inspecting.label } : null,
    warp: nn && !compact ? { layer: warpLayer || hiddenLayerCount() } : null,
  });
}

/** Whether a panel is on the page: always in the full app; in an embed, when its options ask for it. */
function shows(panel) {
  return !compact || embedPanels.includes(panel);
}

/**
 * How many panels share an embed's column (the style sheet reads --panels): those asked, less a diagram that does
 * not fit its share of the frame — it gives way, and the plot and the other panels take the room (the loss chart
 * and the inspector fit any share: the chart scales, the inspector scrolls inside).
 */
function layoutPanels() {
  if (!compact || !embedPanels.length) return;
  const inside = document.querySelector('.inside'), body = document.body;
  inside.classList.remove('panel-too-small');
  body.style.setProperty('--panels', String(embedPanels.length));
  body.classList.add('with-panels');
  if (!shows('diagram')) return;
  const box = inside.querySelector('.diagram-box');
  if (box.getClientRects().length === 0 || $('diagram').scrollHeight <= box.clientHeight + 2) return;
  inside.classList.add('panel-too-small');
  body.style.setProperty('--panels', String(Math.max(1, embedPanels.length - 1)));
  body.classList.toggle('with-panels', embedPanels.length > 1);
}

function hiddenLayerCount() {
  return String(state.hidden).split(',').length;
}

/** The layer choice of the bending view: one entry per hidden layer, the last chosen unless another was. */
function fillWarpLayers() {
  const sel = $('f-warpLayer'), count = hiddenLayerCount();
  if (warpLayer > count) warpLayer = 0;
  sel.textContent = '';
  for (let l = 1; l <= count; l++) {
    const o = document.createElement('option');
    o.value = l;
    o.textContent = tr('hiddenLayerN', l, String(state.act).split(',')[String(state.act).split(',').length === 1 ? 0 : l - 1]);
    sel.appendChild(o);
  }
  sel.value = warpLayer || count;
  $('row-warpLayer').hidden = count < 2;
}

/** Runs f in a task of its own, after the current one, unless the run it belongs to was replaced meanwhile. */
function later(f) {
  const run = worker;
  setTimeout(() => { if (run === worker) f(); }, 0);
}

function onWorker(m) {
  switch (m.type) {
    case 'started':
      runningEngine = m.engine;
      boundary.setPoints(m.points);
      updateLegend();
      buildClassPicker();
      fillWarpLayers();
      if (state.model === 'logreg') {
        const size = boundary.wantedGrid();
        worker.postMessage({ cmd: 'baseline', gridW: size.w, gridH: size.h });
      } else if (state.inspect !== null) {
        worker.postMessage({ cmd: 'dataPoint', index: state.inspect });
      }
      sendViews();
      setStatus('ready');
      if (replayPending) {
        // about 15 seconds for the whole run, and never slower than the chosen speed
        replayPending = false;
        worker.postMessage({ cmd: 'speed', passesPerSecond: Math.max(SPEEDS[state.speed], state.passes / 15) });
        play(false);
      }
      break;
    case 'progress':
      showProgress(m.progress);
      if (m.grid && state.model === 'network') boundary.setGrid(m.grid, m.gridSize || boundary.gridSizeWanted, m.colours);
      // each view in a task of its own, so that no single task holds the page (and its input) for long
      if (m.network && shows('diagram')) {
        later(() => {
          const first = !diagram.layout;
          diagram.update(m.network, m.maps || diagram.maps, m.mapSize || diagram.mapSize, classColours(m.network.sizes[m.network.sizes.length - 1]));
          unitPanel.update(diagram);
          if (first) layoutPanels();
        });
      }
      if (m.inspect) later(() => showInspection(m.inspect, m.network));
      if (m.warp) {
        later(() => {
          if (m.warp.error) $('warp-caption').textContent = engineError(m.warp.error);
          else if (boundary.points) warpView.update(m.warp, boundary.points.train.y, classColours(boundary.points.classes));
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
      boundary.setGrid(m.grid, boundary.gridSizeWanted, m.colours);
      $('v-accuracy').textContent = (100 * m.report.accuracy).toFixed(1) + '%';
      $('v-loss').textContent = m.report.C.toPrecision(5);
      $('v-test').textContent = m.report.testAccuracy === undefined ? '—' : (100 * m.report.testAccuracy).toFixed(1) + '%';
      setStatus('baselineDone');
      $('log').textContent = '';
      appendLog([[null, 'LogisticRegressionCV: C = ' + m.report.C + ', accuracy ' + m.report.accuracy]]);
      break;
    case 'stopped':
      running = false;
      updateButtons();
      if (lastProgress) setStatus(lastProgress.state === 'DONE' ? 'done' : lastProgress.state === 'FAILED' ? 'failed' : 'paused');
      break;
    case 'document':
      onDocument(m.text, m.purpose);
      break;
    case 'error':
      if (m.engineFailed && chosenEngine() === 'wasm' && state.engine === 'auto') {
        engine = 'js'; // this browser cannot run the WebAssembly build: the JavaScript one gives the same bits
        start(lastStart);
        return;
      }
      running = false;
      updateButtons();
      $('errors').textContent = engineError(m.message);
      break;
  }
}

function showProgress(p) {
  lastProgress = p;
  if (state.model !== 'network') return;
  $('v-pass').textContent = p.pass + ' / ' + p.passes;
  $('v-loss').textContent = p.loss === null ? '—' : p.loss.toFixed(6);
  $('v-accuracy').textContent = (100 * p.accuracy).toFixed(1) + '%';
  $('v-testLoss').textContent = p.testLoss === undefined || p.testLoss === null ? '—' : p.testLoss.toFixed(6);
  $('v-test').textContent = p.testAccuracy === undefined ? '—' : (100 * p.testAccuracy).toFixed(1) + '%';
  // the log grows downwards and never scrolls by itself: the article's first lines stay in view
  if (p.history.length) appendLog(p.history.map(row => [row[0], row[5]]));
  if (p.trace) lossChart.addTrace(p.trace);
  if (p.alternating) {
    // the article's run ends alternating between two losses; its printed lines (every 1000th pass) show one
    appendLog(p.alternating.map(line => [null, line]));
    $('log-note').textContent = tr('alternating');
    $('log-note').hidden = false;
  }
  if (p.failureKind) $('errors').textContent = tr(p.failureKind === 'GROWING' ? 'failedGrowing' : 'failedNotFinite', p.failurePass, p.learningRate);
  else if (p.failure) $('errors').textContent = engineError(p.failure);
  if (p.state !== 'RUNNING') {
    running = false;
    updateButtons();
    setStatus(p.state === 'DONE' ? 'done' : p.state === 'FAILED' ? 'failed' : 'paused');
  }
}

/**
 * The article's printed lines (the notebook's output, from the reference numbers), fetched once; the log marks
 * each of its lines that equals the article's when the settings are the article's.
 */
let articleLines = null;
function loadArticleLines() {
  if (articleLines) return Promise.resolve(articleLines);
  return fetch('/reference/article-training.json').then(r => r.json())
    .then(ref => { articleLines = ref.notebook_printed_hidden3; return articleLines; })
    .catch(() => null);
}

/** Whether the run is the article's own (every setting that shapes it at its default). */
function isArticleRun() {
  const shaping = ['data', 'n', 'noise', 'seed', 'test', 'model', 'hidden', 'act', 'lr', 'reg', 'passes', 'batch', 'mean', 'anneal', 'wseed'];
  return shaping.every(name => state[name] === PROPS.find(p => p.name === name).def) && !state.m && !state.doc;
}

/** Adds [pass, text] lines to the log, each marked when it equals the line the article prints for that pass. */
function appendLog(lines) {
  const log = $('log');
  lines.forEach(([pass, text]) => {
    const line = document.createElement('span');
    line.textContent = text;
    log.appendChild(line);
    if (pass !== null && pass % 1000 === 0 && isArticleRun() && articleLines) {
      const theirs = articleLines[pass / 1000];
      if (theirs !== undefined && text.endsWith(': ' + theirs)) {
        line.className = 'as-article';
        const mark = document.createElement('span');
        mark.className = 'mark';
        mark.textContent = ' ✓ ' + tr('asArticle');
        log.appendChild(mark);
      }
    }
    log.appendChild(document.createTextNode('\n'));
  });
}

function updateButtons() {
  const nn = state.model === 'network';
  const finished = lastProgress && lastProgress.state !== 'RUNNING';
  $('b-play').textContent = tr(running ? 'pause' : replayable() ? 'watchTrain' : 'play');
  $('b-play').setAttribute('aria-pressed', running ? 'true' : 'false');
  ['b-play', 'b-step1', 'b-step100', 'b-end'].forEach(id => { $(id).disabled = !nn || !!finished || !worker; });
  if (replayable()) $('b-play').disabled = false;
  ['b-share', 'b-export'].forEach(id => { $(id).disabled = !worker; });
}

/** Logistic regression has no passes and no loss to show: its boxes say C and accuracy instead. */
function showModelLabels() {
  const nn = state.model === 'network';
  $('n-pass').hidden = !nn;
  $('t-loss').textContent = tr(nn ? 'loss' : 'regularisationC');
  $('n-testLoss').hidden = !nn || !state.test;
  document.querySelectorAll('.nn-view').forEach(el => { el.hidden = !nn; });
  showFirstHint();
  $('v-loss').textContent = '—';
  $('v-test').textContent = '—';
  $('v-testLoss').textContent = '—';
  $('loss-legend-test').hidden = !state.test;
}

/** The class legend under the plot: one swatch per class, and the hollow test points when there are some. */
function updateLegend() {
  const ul = $('legend');
  ul.textContent = '';
  if (!boundary.points) return;
  const colours = classColours(boundary.points.classes);
  colours.forEach((c, k) => {
    const li = document.createElement('li');
    const sw = document.createElement('span');
    sw.className = 'swatch dot';
    sw.style.background = 'rgb(' + c.join(',') + ')';
    li.append(sw, document.createTextNode(tr('classN', k)));
    ul.appendChild(li);
  });
  if (boundary.points.test && boundary.showTest) {
    const li = document.createElement('li');
    const sw = document.createElement('span');
    sw.className = 'swatch dot hollow';
    li.append(sw, document.createTextNode(tr('testPoint')));
    ul.appendChild(li);
  }
}

/** A finished network in an embed: its one action is to replay its training from pass 0 (the same bits again). */
function replayable() {
  return compact && !running && state.model === 'network' && !!worker && !!lastProgress && lastProgress.state === 'DONE';
}

function play(toEnd) {
  if (!worker || state.model !== 'network') return;
  if (replayable() && !toEnd) {
    replayPending = true;
    start(null);
    return;
  }
  hideFirstHint();
  if (running && !toEnd) {
    worker.postMessage({ cmd: 'pause' });
    running = false;
  } else {
    worker.postMessage({ cmd: 'play', toEnd: !!toEnd });
    running = true;
    setStatus('running');
  }
  updateButtons();
}

function step(k) {
  if (!worker || state.model !== 'network') return;
  hideFirstHint();
  running = false;
  worker.postMessage({ cmd: 'step', passes: k });
  updateButtons();
}

// ---------------------------------------------------------------- sharing, files
function onDocument(text, purpose) {
  if (purpose === 'export') {
    download(new Blob([text], { type: 'application/json' }), 'nnfs-model.json');
  } else if (purpose === 'share') {
    share(text);
  } else if (purpose === 'test') {
    window.nnfsLastDocument = text;
  }
}

function download(blob, name) {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

async function compress(text) {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  let bin = '';
  bytes.forEach(b => { bin += String.fromCharCode(b); });
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

async function decompress(b64) {
  const bin = atob(b64.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = Uint8Array.from(bin, c => c.charCodeAt(0));
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  return await new Response(stream).text();
}

async function share(text) {
  const box = $('share-box');
  box.hidden = false;
  let refused = null; // the server's own reason, when it answered but did not store the model
  try {
    const r = await fetch('/api/models', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: text });
    if (!r.ok) {
      refused = await r.json().then(p => p.detail, () => String(r.status));
      throw new Error(refused);
    }
    const saved = await r.json();
    $('share-link').value = saved.url;
    $('share-embed').value = saved.embedHtml;
    $('share-oembed').value = location.origin + '/oembed?url=' + encodeURIComponent(saved.url) + '&format=json';
    $('share-note').textContent = '';
    $('b-builder').hidden = false;
    $('b-builder').onclick = () => builder.open({ id: saved.id, url: saved.url, title: saved.title });
    $('share-token').value = saved.deleteToken;
    $('share-token-row').hidden = false;
    const kept = myModels.remember({ id: saved.id, url: saved.url, title: saved.title, date: new Date().toISOString(), token: saved.deleteToken });
    $('share-token-note').textContent = tr(kept ? 'tokenRemembered' : 'tokenKeep');
  } catch (err) {
    $('share-token-row').hidden = true;
    $('b-builder').hidden = true;
    const doc = await compress(text);
    const s = Object.assign({}, state, { m: null, doc: doc, lang: null });
    $('share-link').value = location.origin + location.pathname + toHash(s);
    $('share-embed').value = '';
    $('share-oembed').value = '';
    // never "unreachable" when the server answered: busy, over a limit, or refusing the document, it says why
    $('share-note').textContent = refused === null ? tr('shareOffline') : tr('shareRefused', refused);
  }
}

/** No model on screen: the worker stopped, an empty plot, nothing to play. */
function showNothing() {
  if (worker) worker.terminate();
  worker = null;
  running = false;
  lastProgress = null;
  boundary.clear();
  $('shared-title').textContent = '';
  updateButtons();
  setStatus('notShown');
}

/**
 * Opens the shared model the address names, if any: true when it is shown. A model the server (or, offline, this
 * browser's copy) cannot give is never replaced by another: the page says why and trains nothing.
 */
async function openShared() {
  $('model-note').hidden = true;
  if (state.m) {
    try {
      const r = await fetch('/api/models/' + state.m);
      if (r.ok) {
        // an embed may open at pass 0 (start=untrained), or training at once (start=replay)
        replayPending = embedOptions.start === 'replay';
        openDocument(await r.text(), embedOptions.start !== 'trained');
        return true;
      }
      $('errors').textContent = (await r.json()).detail;
    } catch (err) {
      // the server cannot be reached and this browser never opened the model (else its service worker has it)
      $('errors').textContent = tr('needsConnection');
    }
    showNothing();
    return true;
  } else if (state.doc) {
    try {
      openDocument(await decompress(state.doc));
      $('model-note').textContent = tr('fragmentModel');
      $('model-note').hidden = compact;
      return true;
    } catch (err) {
      $('errors').textContent = tr('invalid') + ': ' + err;
    }
  }
  return false;
}

/**
 * A model file chosen by the learner: checked by the engine in a worker of its own first, so that a file it cannot
 * read is named with its problem and the run on screen goes on untouched.
 */
async function importModel(file) {
  const text = await file.text();
  const problem = await documentProblem(text);
  if (problem !== null) {
    $('errors').textContent = tr('importInvalid', file.name, engineSays(problem));
    return;
  }
  $('errors').textContent = '';
  openDocument(text);
}

/** Null when the engine reads the document, else what it says is wrong. */
function documentProblem(text) {
  return new Promise(resolve => {
    const checker = engineWorker();
    const done = problem => { checker.terminate(); resolve(problem); };
    checker.onmessage = e => {
      if (e.data.type === 'started') done(null);
      else if (e.data.type === 'error') done(e.data.message);
    };
    checker.onerror = e => done(String(e.message || e));
    checker.postMessage({ cmd: 'resume', document: text, recordEvery: 1000, gridW: 16, gridH: 12 });
  });
}

/**
 * Shows a model document: resumed as stored, or (fromPassZero) its settings at pass 0, which train to the same
 * bits (an embed's start=untrained and start=replay).
 */
function openDocument(text, fromPassZero) {
  const doc = JSON.parse(text);
  if (!doc.training) {
    // a logistic regression: its data, refit (the fit is deterministic, so it is the same model)
    Object.assign(state, dataSettings(doc), { model: 'logreg' });
    fillForm();
    start(null);
    showSharedTitle(doc);
    updateFullLink();
    return;
  }
  Object.assign(state, dataSettings(doc), {
    model: 'network',
    hidden: doc.model.layers.slice(1, -1).join(','),
    act: doc.model.activations.every(a => a === doc.model.activations[0]) ? doc.model.activations[0] : doc.model.activations.join(','),
    lr: doc.training.learningRate, reg: doc.training.reg, passes: doc.training.passes, batch: doc.training.batchSize, mean: !!doc.training.meanGradients, wseed: doc.training.seed,
  }, annealSettings(doc.training.anneal));
  fillForm();
  start(fromPassZero ? null : text);
  showSharedTitle(doc);
  updateFullLink();
  if (doc.title) document.title = doc.title + ' — nnfs';
}

/**
 * "Shared model: its title", the title isolated in a <bdi> (a title that turns text around cannot turn the label),
 * and a warning when the server stored it without training it again to check it.
 */
function showSharedTitle(doc) {
  const el = $('shared-title');
  el.textContent = tr('sharedModel') + (doc.title ? ': ' : '');
  if (doc.title) {
    const bdi = document.createElement('bdi');
    bdi.textContent = doc.title;
    el.appendChild(bdi);
  }
  if (doc.unverified) {
    const warn = document.createElement('strong');
    warn.className = 'unverified';
    warn.textContent = ' — ' + tr('unverified');
    warn.title = tr('unverifiedMeaning');
    el.appendChild(warn);
  }
}

/**
 * The form's annealing of a document's schedule ("none", "step:0.5:EVERY", "exp:K", "inv:K"), so that a replay
 * follows the same schedule. The form halves at each step; another factor (made with the command line) stays
 * in the stored model, and its replay uses the form's nearest.
 */
function annealSettings(spec) {
  const f = String(spec || 'none').split(':');
  if (f[0] === 'step' && f.length === 3 && +f[2] > 0) return { anneal: 'step', annealK: 1 / +f[2], annealF: +f[1] };
  if ((f[0] === 'exp' || f[0] === 'inv') && f.length === 2 && Number.isFinite(+f[1])) return { anneal: f[0], annealK: +f[1] };
  return { anneal: 'none' };
}

// ---------------------------------------------------------------- your own points
/** The points on screen (training and test), as [x, y, label] rows. */
function pointsOnScreen() {
  const out = [];
  const add = set => { if (set) for (let i = 0; i < set.y.length; i++) out.push([set.x[2 * i], set.x[2 * i + 1], set.y[i]]); };
  if (boundary.points) { add(boundary.points.train); add(boundary.points.test); }
  return out;
}

function usePoints(points) {
  state = Object.assign({}, state, { data: 'points', pts: formatPoints(points), m: null, doc: null, inspect: null });
  stopInspecting();
  fillForm();
  writeUrl();
  start(null);
  updateEditButtons();
}

// ---------------------------------------------------------------- following one point
function inspect(point) {
  inspecting = point;
  state.inspect = point.index;
  writeUrl();
  const sel = $('f-inspectLabel');
  sel.textContent = '';
  const classes = boundary.points ? boundary.points.classes : 2;
  for (let k = 0; k < classes; k++) {
    const o = document.createElement('option');
    o.value = k;
    o.textContent = tr('classN', k);
    sel.appendChild(o);
  }
  sel.value = point.label;
  sel.disabled = point.index !== null; // a data point's class is its label
  $('inspect-tools').hidden = false;
  describeInspected();
  boundary.marker = [point.x, point.y];
  boundary.draw();
  sendViews();
}

function describeInspected() {
  const p = inspecting;
  if (!p) { $('inspect-what').textContent = tr('inspectHint'); return; }
  const where = '(' + MathML.format(p.x) + ', ' + MathML.format(p.y) + ')';
  $('inspect-what').textContent = p.index !== null
    ? tr(p.test ? 'inspectTestPoint' : 'inspectDataPoint', p.index, where, p.label)
    : tr('inspectPosition', where, p.label);
}

function stopInspecting() {
  inspecting = null;
  if (state.inspect !== null) { state.inspect = null; writeUrl(); }
  inspector.clear();
  $('inspect-tools').hidden = true;
  describeInspected();
  if (boundary.marker) { boundary.marker = null; boundary.draw(); }
  sendViews();
}

function showInspection(trace, net) {
  if (!inspecting) return;
  if (trace.error) { inspector.clear(); $('inspect-what').textContent = engineError(trace.error); return; }
  inspector.show(trace, net || diagram.net);
}

/** The plane's coordinates under a mouse event on the plot. */
function plotCoordinates(e) {
  const r = $('boundary').getBoundingClientRect();
  const b = boundary.points.bounds;
  return [b[0] + (e.clientX - r.left) / r.width * (b[1] - b[0]), b[3] - (e.clientY - r.top) / r.height * (b[3] - b[2])];
}

/** The shown point nearest to (x, y) within 8 CSS pixels: {x, y, label, index, test}, or null. */
function pointNear(x, y) {
  const r = $('boundary').getBoundingClientRect(), b = boundary.points.bounds;
  let best = null, bestD = 8;
  const look = (set, index, test) => {
    if (!set || (test && !boundary.showTest)) return;
    for (let i = 0; i < set.y.length; i++) {
      const d = Math.hypot((set.x[2 * i] - x) / (b[1] - b[0]) * r.width, (set.x[2 * i + 1] - y) / (b[3] - b[2]) * r.height);
      if (d < bestD) { bestD = d; best = { x: set.x[2 * i], y: set.x[2 * i + 1], label: set.y[i], index: index ? index[i] : null, test: test }; }
    }
  };
  look(boundary.points.train, boundary.points.trainIndex, false);
  look(boundary.points.test, boundary.points.testIndex, true);
  return best;
}

/** A click on the plot: in edit mode it adds or removes a point; otherwise it follows that point (or position). */
function onPlotClick(e) {
  if (!boundary.points || !shows('inspect')) return;
  const [x, y] = plotCoordinates(e);
  if (editing) { editAt(x, y); return; }
  if (state.model !== 'network' || !worker) return;
  const near = pointNear(x, y);
  if (near) { inspect(near); return; }
  // a position: taken as the class the boundary gives it there, which the learner can change
  inspect({ x: x, y: y, label: boundary.classAt(x, y), index: null, test: false });
}

function editAt(x, y) {
  const points = state.data === 'points' ? (parsePoints(state.pts || '').points || []) : pointsOnScreen();
  const r = $('boundary').getBoundingClientRect(), b = boundary.points.bounds;
  const near = points.findIndex(p => Math.hypot((p[0] - x) / (b[1] - b[0]) * r.width, (p[1] - y) / (b[3] - b[2]) * r.height) < 8);
  if (near < 0 && points.length >= RULES.maxPoints) { $('plot-hint').textContent = tr('tooManyPoints', RULES.maxPoints); return; }
  undoStack.push(state.data === 'points' ? (state.pts || '') : formatPoints(points));
  if (near >= 0) points.splice(near, 1);
  else points.push([x, y, editClass]);
  usePoints(points);
}

function setEditing(on) {
  editing = on;
  $('b-edit').setAttribute('aria-pressed', on ? 'true' : 'false');
  $('edit-tools').hidden = !on;
  $('boundary').classList.toggle('editing', on);
  updatePlotHint();
  updateEditButtons();
}

function updatePlotHint() {
  $('plot-hint').textContent = editing ? tr('editHint') : state.model === 'network' ? tr('inspectClickHint') : '';
}

function updateEditButtons() {
  $('b-undo').disabled = undoStack.length === 0;
  $('b-clear').disabled = state.data === 'points' && !(state.pts || '').length;
}

/** The class picker: one button per class, large enough for a finger. */
function buildClassPicker() {
  const box = $('class-picker');
  box.textContent = '';
  // the data's classes in the colours they are drawn in, and one new class (the colour map spreads over the
  // number of classes, so a new class's colour is only known once it has points: its swatch is hollow)
  const classes = boundary.points ? boundary.points.classes : 2;
  const count = Math.min(RULES.maxClasses, classes + 1);
  if (editClass >= count) editClass = 0;
  const colours = classColours(classes);
  for (let k = 0; k < count; k++) {
    const c = colours[k];
    const b = document.createElement('button');
    b.type = 'button';
    b.setAttribute('role', 'radio');
    b.setAttribute('aria-checked', k === editClass ? 'true' : 'false');
    b.className = 'class-choice';
    const sw = document.createElement('span');
    sw.className = c ? 'swatch dot' : 'swatch dot hollow';
    if (c) sw.style.background = 'rgb(' + c.join(',') + ')';
    b.append(sw, document.createTextNode(c ? tr('classN', k) : tr('newClassN', k)));
    b.addEventListener('click', () => { editClass = k; buildClassPicker(); box.children[k].focus(); });
    box.appendChild(b);
  }
}

/**
 * A CSV file's points, read by shared's PointsCsv in a worker of its own (the engine lives in workers): { points }, or
 * { error } saying which line is wrong.
 */
function parseCsv(text) {
  return new Promise(resolve => {
    const w = engineWorker();
    w.onmessage = e => {
      if (e.data.type !== 'csv' && e.data.type !== 'error') return;
      w.terminate();
      resolve(e.data.type === 'csv' ? e.data.parsed : { error: e.data.message });
    };
    w.postMessage({ cmd: 'csv', text: text });
  });
}

async function importCsv(file) {
  const parsed = await parseCsv(await file.text());
  if (parsed.error !== undefined) {
    $('m-csv').textContent = tr('csvInvalid', engineSays(String(parsed.error)));
    return;
  }
  $('m-csv').textContent = '';
  usePoints(parsed.points);
}

// ---------------------------------------------------------------- the hidden-size comparison
const COMPARE_SIZES = [1, 2, 3, 4, 5, 20, 50];

/**
 * The article's comparison: one training per hidden size, on as many workers as the machine has cores (more would
 * only share them), the largest size first so that the longest training does not start last.
 */
function compare() {
  compareWorkers.forEach(w => w.terminate());
  compareWorkers.length = 0;
  const grid = $('compare-grid');
  grid.textContent = '';
  const t0 = performance.now();
  const caption = (panel, text) => { panel.cap.textContent = tr('hiddenSize') + ' ' + panel.h + ' — ' + text; };
  const panels = COMPARE_SIZES.map(h => {
    const fig = document.createElement('figure');
    fig.className = 'panel';
    const canvas = document.createElement('canvas');
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', tr('hiddenSize') + ' ' + h);
    const cap = document.createElement('figcaption');
    fig.append(canvas, cap);
    grid.appendChild(fig);
    return { h: h, fig: fig, cap: cap, view: new BoundaryView(canvas, null) };
  });
  panels.forEach(panel => caption(panel, tr('compareWaiting')));
  const queue = panels.slice().sort((a, b) => b.h - a.h);
  const pool = Math.max(1, Math.min(queue.length, navigator.hardwareConcurrency || 2));
  let left = panels.length, started = 0;
  const status = $('compare-status');
  status.textContent = tr('compareRunning', panels.length, pool);
  const finish = () => {
    left--;
    if (left === 0) {
      const seconds = ((performance.now() - t0) / 1000).toFixed(1);
      status.textContent = tr('compareDone', panels.length, seconds, pool);
      grid.dataset.seconds = seconds;
    }
  };
  for (let i = 0; i < pool; i++) {
    const w = engineWorker();
    compareWorkers.push(w);
    let panel = null;
    const next = () => {
      panel = queue.shift();
      if (!panel) { w.terminate(); return; }
      caption(panel, tr('compareTraining'));
      panel.fig.dataset.order = started++;
      const req = trainingRequest(Object.assign({}, state, { hidden: String(panel.h) }));
      w.postMessage({ cmd: 'start', request: JSON.stringify(req), recordEvery: 0, gridW: 60, gridH: 60 });
    };
    w.onmessage = e => {
      const m = e.data;
      if (m.type === 'started') {
        // every size trains on the same points: the panels still waiting show them too
        panels.forEach(q => { if (q === panel || !q.fig.dataset.order) { q.view.setPoints(m.points); q.view.draw(); } });
        w.postMessage({ cmd: 'play', toEnd: true });
      }
      if (m.type === 'progress') {
        if (m.grid) panel.view.setGrid(m.grid, { w: 60, h: 60 }, m.colours);
        const p = m.progress;
        caption(panel, tr('loss') + ' ' + (p.loss === null ? '—' : p.loss.toFixed(6)) + ', ' + tr('accuracy') + ' ' + (100 * p.accuracy).toFixed(1) + '%');
        if (p.state !== 'RUNNING') {
          panel.fig.dataset.done = p.state;
          panel.fig.dataset.loss = p.loss;
          finish();
          next();
        }
      }
      if (m.type === 'error') {
        caption(panel, m.message);
        panel.fig.dataset.done = 'FAILED';
        finish();
        next();
      }
    };
    next();
  }
}

// ---------------------------------------------------------------- the downloadable figure
/** The settings and where training stands, in words, for the figure's caption. */
function figureSettings() {
  const kind = tr(state.data === 'points' ? 'ownPoints' : state.data);
  const data = state.data === 'points'
    ? tr('figureOwnData', kind, boundary.points ? boundary.points.train.y.length : 0)
    : tr('figureData', kind, state.n, effectiveNoise(state), state.seed);
  const split = state.test ? ', ' + tr('testFraction') + ' ' + state.test : '';
  if (state.model !== 'network') {
    return [data + split, tr('logreg') + ': C = ' + $('v-loss').textContent + ', ' + tr('accuracy') + ' ' + $('v-accuracy').textContent];
  }
  const classes = boundary.points ? boundary.points.classes : 2;
  const shape = ['2'].concat(String(state.hidden).split(','), [String(classes)]).join('-');
  return [data + split,
    tr('figureModel', shape, state.act, state.lr, state.reg, state.batch === 0 ? tr('figureFullBatch') : state.batch),
    tr('pass') + ' ' + $('v-pass').textContent + ', ' + tr('loss') + ' ' + $('v-loss').textContent + ', ' + tr('accuracy') + ' ' + $('v-accuracy').textContent
      + (state.test ? ', ' + tr('testAccuracy') + ' ' + $('v-test').textContent : '')];
}

function downloadFigure() {
  if (!boundary.points) return;
  const colours = classColours(boundary.points.classes);
  const legend = colours.map((c, k) => ({ colour: c, text: tr('classN', k) }));
  if (boundary.points.test && boundary.showTest) legend.push({ hollow: true, text: tr('testPoint') });
  const shared = $('shared-title').textContent;
  const title = tr('boundary') + (shared ? ' — ' + shared : '') + ' — nnfs';
  composeFigure(boundary, title, legend, figureSettings()).toBlob(b => download(b, 'nnfs-boundary.png'));
}

// ---------------------------------------------------------------- speed, first visit
function showSpeed() {
  const v = SPEEDS[state.speed];
  $('v-speed').textContent = v === Infinity ? tr('fullSpeed') : v === 1 ? tr('onePassPerSecond') : tr('passesPerSecond', v);
}

function showFirstHint() {
  $('first-hint').hidden = compact || state.m !== null || state.model !== 'network' || BrowserStorage.get('nnfs.played') === '1'; // storage blocked: the hint simply shows
}

function hideFirstHint() {
  $('first-hint').hidden = true;
  if (BrowserStorage.get('nnfs.played') !== '1') BrowserStorage.set('nnfs.played', '1'); // a write costs the page's thread: once is enough
}

// ---------------------------------------------------------------- start-up
function applySettings() {
  const next = readForm();
  if (!next) { setStatus('invalid'); return; }
  state = Object.assign(next, { m: null, doc: null });
  writeUrl();
  boundary.showTest = state.showTest;
  $('shared-title').textContent = '';
  $('model-note').hidden = true;
  start(null);
}

/** The data settings of a model document. */
function dataSettings(doc) {
  const d = doc.data;
  return {
    data: d.kind, pts: d.kind === 'points' ? formatPoints(d.points) : null, n: d.n || 200, noise: d.noise === undefined ? null : d.noise,
    seed: d.seed || 0, classes: d.classes || 3, factor: d.factor || 0.5, test: d.testFraction || 0,
  };
}

/** In an embed: the link to the full app, on the same model or settings. */
function updateFullLink() {
  const a = $('open-full');
  a.href = state.m ? '/m/' + state.m : '/' + toHash(Object.assign({}, state, { lang: null }));
}

function setLanguage(l) {
  lang = l;
  translatePage(lang);
  addHelp(tr);
  $('f-lang').value = lang;
  writeUrl();
  updateButtons();
  showModelLabels();
  updateLegend();
  buildClassPicker();
  showSpeed();
  updatePlotHint();
  showConnection();
  myModels.draw();
  builder.update();
  if (!$('model-note').hidden) $('model-note').textContent = tr('fragmentModel');
  describeInspected();
  if (diagram.net) { diagram.layout = null; diagram.update(diagram.net, diagram.maps, diagram.mapSize, diagram.classColours); }
  unitPanel.update(diagram);
  lossChart.draw();
  lossChart.showReadout();
  fillWarpLayers();
  if (warpView.data) warpView.update(warpView.data, warpView.labels, warpView.colours);
  if (lastProgress) setStatus(lastProgress.state === 'DONE' ? 'done' : running ? 'running' : 'paused');
}

/**
 * Whether the server answers. When it does not, the app runs from this browser's copy (its service worker serves
 * the page), and says so: training works, sharing and models never opened here wait for the connection. Asked at
 * start, when the browser reports a change of connection, and every 30 s while the server is away.
 */
let serverAway = false;
let connectionTimer = null;
async function checkConnection() {
  try {
    serverAway = !(await fetch('/api/health', { cache: 'no-store' })).ok;
  } catch (err) {
    serverAway = true;
  }
  showConnection();
  clearTimeout(connectionTimer);
  if (serverAway) connectionTimer = setTimeout(checkConnection, 30000);
}

function showConnection() {
  $('network').textContent = serverAway ? tr('offline') : '';
  $('network').hidden = !serverAway;
}

/** Offline use; a sandboxed frame refuses even the question (a SecurityError), and then the app simply trains without. */
function registerServiceWorker() {
  try {
    if ('serviceWorker' in navigator) navigator.serviceWorker.register('/sw.js').catch(() => {});
  } catch (err) {
    // no service worker here: nothing is cached for offline use, and nothing else changes
  }
}

/** The embed's look from its options: classes the style sheet reads, the caption, the settings sheet. */
function applyEmbedOptions() {
  const o = embedOptions, body = document.body;
  body.classList.add('embed', 'controls-' + o.controls);
  if (o.locked) body.classList.add('locked');
  const box = { loss: '.side', diagram: '.inside', inspect: '.inspect-box' };
  embedPanels.forEach((p, i) => {
    body.classList.add('show-' + p);
    if (i > 0) document.querySelector(box[p]).classList.add('panel-later'); // where only one fits (CSS)
  });
  layoutPanels();
  $('embed-title').textContent = document.title; // the server names the page after its model
  $('embed-caption').textContent = o.caption;
  $('embed-caption').hidden = !o.caption;
  const sheet = open => {
    body.classList.toggle('settings-open', open);
    $('b-settings').setAttribute('aria-expanded', String(open));
    (open ? $('f-data') : $('b-settings')).focus();
  };
  $('b-settings').addEventListener('click', () => sheet(!body.classList.contains('settings-open')));
  $('b-settings-close').addEventListener('click', () => sheet(false));
  $('settings').addEventListener('keydown', e => { if (e.key === 'Escape' && body.classList.contains('settings-open')) sheet(false); });
  $('settings').addEventListener('submit', () => { if (body.classList.contains('settings-open')) sheet(false); });
}

/**
 * In a frame, the embed tells its parent the height at which it shows best ({type: 'nnfs:resize', height}): its
 * controls and numbers as they are now, and the plot at the frame's full width in 4:3. The embed fits whatever frame
 * it is given (the plot scales to the room left); a parent that applies the height gives it the room it wants.
 */
function reportHeight() {
  if (window.parent === window) return;
  let last = 0;
  const post = () => {
    const box = document.querySelector('.canvas-box').getBoundingClientRect();
    const h = compact ? Math.ceil(document.body.getBoundingClientRect().height - box.height + box.width * 3 / 4)
      : Math.ceil(document.body.getBoundingClientRect().bottom + window.scrollY);
    if (h === last) return;
    last = h;
    window.parent.postMessage({ type: 'nnfs:resize', height: h }, '*');
  };
  const watch = new ResizeObserver(post);
  watch.observe(document.body);
  document.querySelectorAll('.stage > *').forEach(el => watch.observe(el));
  post();
}

window.addEventListener('DOMContentLoaded', async () => {
  // the compact view for frames, whether the server marked the page so or a cached shell is showing it offline
  if (compact) applyEmbedOptions();
  reportHeight();
  try {
    await prepareWorkerScript();
  } catch (err) {
    $('errors').textContent = tr('engineUnreachable', String(err));
  }
  await loadArticleLines();
  boundary = new BoundaryView($('boundary'), $('tooltip'));
  boundary.describe = (x, y, probs) => tr('hover', x.toFixed(2), y.toFixed(2), probs.map((p, k) => tr('probability', k, p.toFixed(3))).join(', '));
  boundary.showTest = state.showTest;
  lossChart = new LossChart($('loss'), $('loss-readout'), tr);
  lossChart.log = state.logLoss;
  diagram = new NetworkDiagram($('diagram'), $('edge-tip'), tr, (l, j) => { unitPanel.open(l, j); unitPanel.update(diagram); });
  unitPanel = new UnitPanel($('unit-panel'), tr);
  inspector = new PointInspector($('inspector'), tr);
  warpView = new WarpView($('warp'), $('warp-caption'), tr);
  builder = new EmbedBuilder($('builder'), tr);
  myModels = new MyModels($('my-models'), tr, m => builder.open(m));
  myModels.draw();
  $('f-warpLayer').addEventListener('change', () => { warpLayer = +$('f-warpLayer').value; sendViews(); });
  translatePage(lang);
  addHelp(tr);
  buildClassPicker();
  showSpeed();
  showFirstHint();
  updatePlotHint();
  $('f-lang').value = lang;
  fillForm();
  ['f-data', 'f-model', 'f-anneal'].forEach(id => $(id).addEventListener('change', showRelevantFields));
  $('settings').addEventListener('submit', e => { e.preventDefault(); applySettings(); });
  $('f-shade').addEventListener('change', () => {
    state.shade = $('f-shade').checked;
    // the worker colours the regions (shared's one rule): it sends the same grid in the other colouring
    if (worker) worker.postMessage({ cmd: 'shade', shade: state.shade });
    writeUrl();
  });
  $('f-showTest').addEventListener('change', () => { state.showTest = boundary.showTest = $('f-showTest').checked; boundary.draw(); updateLegend(); writeUrl(); });
  $('f-lang').addEventListener('change', () => setLanguage($('f-lang').value));
  $('b-play').addEventListener('click', () => play(false));
  $('b-step1').addEventListener('click', () => step(1));
  $('b-step100').addEventListener('click', () => step(100));
  $('b-reset').addEventListener('click', () => start(null));
  $('b-end').addEventListener('click', () => play(true));
  // in logistic-regression mode the model to share or export is the baseline
  $('b-share').addEventListener('click', () => worker && worker.postMessage({ cmd: 'document', purpose: 'share', baseline: state.model === 'logreg' }));
  $('b-export').addEventListener('click', () => worker && worker.postMessage({ cmd: 'document', purpose: 'export', baseline: state.model === 'logreg' }));
  $('b-png').addEventListener('click', downloadFigure);
  $('f-import').addEventListener('change', e => { const f = e.target.files[0]; if (f) importModel(f); e.target.value = ''; });
  $('b-compare').addEventListener('click', compare);
  $('boundary').addEventListener('click', onPlotClick);
  $('b-edit').addEventListener('click', () => setEditing(!editing));
  $('b-undo').addEventListener('click', () => {
    if (!undoStack.length) return;
    const pts = undoStack.pop();
    usePoints(parsePoints(pts).points || []);
  });
  $('b-clear').addEventListener('click', () => {
    undoStack.push(state.data === 'points' ? (state.pts || '') : formatPoints(pointsOnScreen()));
    usePoints([]);
  });
  $('f-speed').addEventListener('input', () => {
    state.speed = +$('f-speed').value;
    showSpeed();
    writeUrl();
    if (worker) worker.postMessage({ cmd: 'speed', passesPerSecond: SPEEDS[state.speed] });
  });
  $('f-logLoss').addEventListener('change', () => { state.logLoss = $('f-logLoss').checked; lossChart.setLog(state.logLoss); writeUrl(); });
  $('f-inspectLabel').addEventListener('change', () => {
    if (!inspecting) return;
    inspecting.label = +$('f-inspectLabel').value;
    describeInspected();
    sendViews();
  });
  $('b-inspect-close').addEventListener('click', stopInspecting);
  $('f-csv').addEventListener('change', e => { const f = e.target.files[0]; if (f) importCsv(f); });
  $('f-data').addEventListener('change', () => {
    if ($('f-data').value === 'points' && !state.pts) state.pts = formatPoints(pointsOnScreen());
  });
  document.querySelectorAll('.copy').forEach(b => b.addEventListener('click', async () => {
    const field = $(b.dataset.target);
    field.select();
    try { await navigator.clipboard.writeText(field.value); } catch (err) { document.execCommand('copy'); }
    b.textContent = tr('copied');
    setTimeout(() => { b.textContent = tr('copy'); }, 1500);
  }));
  window.addEventListener('resize', () => { layoutPanels(); boundary.draw(); lossChart.draw(); warpView.draw(); if (diagram.net) diagram.update(diagram.net, diagram.maps, diagram.mapSize, diagram.classColours); });
  // a link edited by hand, or followed within the page, restarts on its settings
  window.addEventListener('hashchange', async () => {
    if (location.hash === toHash(Object.assign({}, state, { lang: lang === pickLanguage(null) ? null : lang }))) return;
    state = parseHash(location.hash);
    if (state.lang && state.lang !== lang) setLanguage(state.lang);
    fillForm();
    boundary.showTest = state.showTest;
    if (!(await openShared())) start(null);
  });
  window.addEventListener('offline', checkConnection);
  window.addEventListener('online', checkConnection);
  checkConnection();
  registerServiceWorker();
  // for tests and the curious: the current model document
  window.nnfsApp = { figure: () => composeFigure(boundary, 'test', [], figureSettings()), requestDocument: baseline => worker.postMessage({ cmd: 'document', purpose: 'test', baseline: !!baseline }), state: () => state, points: () => boundary.points, engine: chosenEngine, runningEngine: () => runningEngine };
  updateFullLink();
  if (!(await openShared())) start(null);
});
