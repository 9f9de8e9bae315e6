// The article's comparison of hidden layer sizes: one training per size on the current data and settings, each in
// a panel of its own, on as many workers as the machine has cores.
import { $, page, tr } from './page.js';
import { trainingRequest } from './state.js';
import { joinSentences } from './i18n.js';
import { BoundaryView } from './boundary.js';
import { engineWorker } from './run.js';

const COMPARE_SIZES = [1, 2, 3, 4, 5, 20, 50];
/** The comparison's workers: a new comparison stops the last one's. */
/** @type {Worker[]} */
const compareWorkers = [];

/**
 * The article's comparison: one training per hidden size, on as many workers as the machine has cores (more would
 * only share them), the largest size first so that the longest training does not start last. A test fraction
 * (0.3 from its button) holds points out of every training, to show what the training numbers cannot.
 * @param {number | null} testFraction the page's own split when null
 */
export function compare(testFraction) {
  compareWorkers.forEach(w => w.terminate());
  compareWorkers.length = 0;
  const grid = $('compare-grid');
  grid.textContent = '';
  $('compare-lesson').textContent = '';
  const state = testFraction === null ? page.state : Object.assign({}, page.state, { test: testFraction });
  /** the training and test points' counts, from the first training to start */
  let counts = [0, 0];
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
    return { h: h, fig: fig, cap: cap, view: new BoundaryView(canvas, null), /** @type {any} */ result: null };
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
      $('compare-lesson').textContent = lesson(panels, counts);
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
      const req = trainingRequest(Object.assign({}, state, { hidden: String(panel.h) }));
      w.postMessage({ cmd: 'start', request: JSON.stringify(req), recordEvery: 0, gridW: 60, gridH: 60 });
    };
    w.onmessage = e => {
      const m = e.data;
      if (m.type === 'started') {
        // every size trains on the same points: the panels still waiting show them too
        panels.forEach(q => { if (q === panel || !q.fig.dataset.order) { q.view.setPoints(m.points); q.view.draw(); } });
        counts = [m.points.train.y.length, m.points.test ? m.points.test.y.length : 0];
        w.postMessage({ cmd: 'play', toEnd: true });
      }
      if (m.type === 'progress') {
        if (m.grid) panel.view.setGrid(m.grid, { w: 60, h: 60 }, m.colours);
        const p = m.progress;
        // each language punctuates the scores its own way (the catalogue's templates)
        const scores = tr('compareScores', p.loss === null ? '—' : p.loss.toFixed(6), (100 * p.accuracy).toFixed(1));
        caption(panel, p.testAccuracy === undefined ? scores
          : tr('compareTest', scores, p.testLoss === null ? '—' : p.testLoss.toFixed(6), (100 * p.testAccuracy).toFixed(1)));
        if (p.state !== 'RUNNING') {
          panel.result = p;
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

/**
 * What the finished comparison shows, in a sentence or two: where training and test accuracy are best, and whether
 * the largest network did worse on the held-out points (it learned the training points' noise).
 * @param {Array<{ h: number, result: any }>} panels
 * @param {number[]} counts the training and test points
 */
function lesson(panels, counts) {
  const done = panels.filter(p => p.result && p.result.state === 'DONE');
  if (!done.length) return '';
  const pct = v => (100 * v).toFixed(1);
  // the first size reaching the best (the smallest network that does as well)
  const best = key => done.reduce((b, p) => (p.result[key] > b.result[key] ? p : b), done[0]);
  const train = best('accuracy');
  if (counts[1] === 0 || done[0].result.testAccuracy === undefined) return tr('compareTrainOnly', train.h, pct(train.result.accuracy));
  const test = best('testAccuracy');
  const largest = done.reduce((b, p) => (p.h > b.h ? p : b), done[0]);
  const said = tr('compareHeldOut', counts[0], counts[1], train.h, pct(train.result.accuracy), test.h, pct(test.result.testAccuracy));
  return joinSentences([said, largest.result.testAccuracy < test.result.testAccuracy
    ? tr('compareOverfit', largest.h, pct(largest.result.testAccuracy), test.h)
    : tr('compareNoOverfit')]);
}
