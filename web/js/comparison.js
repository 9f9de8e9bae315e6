// The article's comparison of hidden layer sizes: one training per size on the current data and settings, each in
// a panel of its own, on as many workers as the machine has cores.
import { $, page, tr } from './page.js';
import { trainingRequest } from './state.js';
import { BoundaryView } from './boundary.js';
import { engineWorker } from './run.js';

const COMPARE_SIZES = [1, 2, 3, 4, 5, 20, 50];
/** The comparison's workers: a new comparison stops the last one's. */
/** @type {Worker[]} */
const compareWorkers = [];

/**
 * The article's comparison: one training per hidden size, on as many workers as the machine has cores (more would
 * only share them), the largest size first so that the longest training does not start last.
 */
export function compare() {
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
      panel.fig.dataset.order = String(started++);
      const req = trainingRequest(Object.assign({}, page.state, { hidden: String(panel.h) }));
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
