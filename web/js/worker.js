// The training worker: the page never freezes. It loads the TeaVM-compiled engine (shared Java) and runs one
// session, a slice of passes at a time, posting progress and the decision grid back to the page.
'use strict';
// ?engine=wasm loads the WebAssembly GC build instead of the JavaScript one (the benchmark page compares them)
const ENGINE = new URLSearchParams(self.location.search).get('engine') === 'wasm' ? 'wasm' : 'js';
let ready;
if (ENGINE === 'wasm') {
  importScripts('nnfs.wasm-runtime.js');
  ready = TeaVM.wasmGC.load('nnfs.wasm').then(m => {
    ['sessionStart', 'sessionResume', 'sessionAdvance', 'sessionProgress', 'sessionStop', 'sessionPoints', 'sessionGrid',
      'sessionBaselineGrid', 'sessionBaseline', 'sessionBaselineDocument', 'sessionDocument',
      'trainReport', 'mathReport', 'logregReport'].forEach(name => { self[name] = m.exports[name]; });
  });
} else {
  importScripts('nnfs.js');
  ready = Promise.resolve();
}

let playing = false;
let toEnd = false;
let grid = { w: 100, h: 100 };
let passesPerSlice = 10;
let lastGrid = 0;

function post(type, extra) {
  self.postMessage(Object.assign({ type: type }, extra || {}));
}

/** Posts a progress report (the engine's JSON, parsed), with the decision grid when asked. */
function postProgress(p, withGrid) {
  const msg = { progress: p };
  const transfer = [];
  if (withGrid) {
    msg.grid = sessionGrid(grid.w, grid.h);
    transfer.push(msg.grid.buffer);
  }
  self.postMessage(Object.assign({ type: 'progress' }, msg), transfer);
}

function slice() {
  if (!playing) return;
  const t0 = performance.now();
  const p = JSON.parse(sessionAdvance(passesPerSlice));
  const dt = performance.now() - t0;
  // aim at slices of ~25 ms: several frames a second, and the worker still hears "pause" quickly
  passesPerSlice = Math.max(1, Math.min(100000, Math.round(passesPerSlice * (dt > 0 ? Math.min(4, 25 / dt) : 4))));
  const now = performance.now();
  const finished = p.state !== 'RUNNING';
  const wantGrid = finished || (!toEnd && now - lastGrid > 120) || (toEnd && now - lastGrid > 500);
  if (wantGrid) lastGrid = now;
  postProgress(p, wantGrid);
  if (finished) {
    playing = false;
    post('stopped', { state: p.state });
    return;
  }
  setTimeout(slice, 0);
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
        grid = { w: m.gridW || 100, h: m.gridH || 100 };
        const error = m.cmd === 'start' ? sessionStart(m.request, m.recordEvery) : sessionResume(m.document, m.recordEvery);
        if (error) { post('error', { message: error }); return; }
        post('started', { points: JSON.parse(sessionPoints()) });
        postProgress(JSON.parse(sessionProgress()), true);
        break;
      }
      case 'play':
        toEnd = !!m.toEnd;
        if (!playing) { playing = true; lastGrid = 0; setTimeout(slice, 0); }
        break;
      case 'pause':
        playing = false;
        post('stopped', { state: 'PAUSED' });
        break;
      case 'step':
        playing = false;
        postProgress(JSON.parse(sessionAdvance(m.passes)), true);
        break;
      case 'grid':
        grid = { w: m.gridW, h: m.gridH };
        postProgress(JSON.parse(sessionProgress()), true);
        break;
      case 'baseline': {
        const g = sessionBaselineGrid(m.gridW, m.gridH);
        self.postMessage({ type: 'baseline', report: JSON.parse(sessionBaseline()), grid: g }, [g.buffer]);
        break;
      }
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
