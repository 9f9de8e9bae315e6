// Draws the small things around the plot: the numbers' labels, the class legend, the hints, the speed, and the
// layer choice of the bending view. Each reads the page's state and the plot's points; none computes anything.
import { $, page, compact, tr } from './page.js';
import { all } from './dom.js';
import { SPEEDS } from './state.js';
import { classColours } from './boundary.js';
import { BrowserStorage } from './storage.js';
import { views } from './views.js';
import { run, hiddenLayerCount } from './run.js';
import { edit } from './editing.js';
import { isArticleRun } from './trainlog.js';

/** Logistic regression has no passes and no loss to show: its boxes say C and accuracy instead. */
export function showModelLabels() {
  const nn = page.state.model === 'network';
  $('n-pass').hidden = !nn;
  $('t-loss').textContent = tr(nn ? 'loss' : 'regularisationC');
  $('n-testLoss').hidden = !nn || !page.state.test;
  all('.nn-view').forEach(el => { el.hidden = !nn; });
  showFirstHint();
  $('v-loss').textContent = '—';
  $('v-test').textContent = '—';
  $('v-testLoss').textContent = '—';
  $('loss-legend-test').hidden = !page.state.test;
}

/** The class legend under the plot: one swatch per class, and the hollow test points when there are some. */
export function updateLegend() {
  const ul = $('legend'), boundary = views.boundary;
  ul.textContent = '';
  if (!boundary.points) return;
  classColours(boundary.points.classes).forEach((c, k) => {
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

/** What a click on the plot does now. */
export function updatePlotHint() {
  $('plot-hint').textContent = edit.on ? tr('editHint') : page.state.model === 'network' ? tr('inspectClickHint') : '';
}

/** The layer choice of the bending view: one entry per hidden layer, the last chosen unless another was. */
export function fillWarpLayers() {
  const sel = $('f-warpLayer'), count = hiddenLayerCount();
  if (run.warpLayer > count) run.warpLayer = 0;
  sel.textContent = '';
  const acts = String(page.state.act).split(',');
  for (let l = 1; l <= count; l++) {
    const o = document.createElement('option');
    o.value = String(l);
    o.textContent = tr('hiddenLayerN', l, acts[acts.length === 1 ? 0 : l - 1]);
    sel.appendChild(o);
  }
  sel.value = run.warpLayer || count;
  $('row-warpLayer').hidden = count < 2;
}

export function showSpeed() {
  const v = SPEEDS[page.state.speed];
  $('v-speed').textContent = v === Infinity ? tr('fullSpeed') : v === 1 ? tr('onePassPerSecond') : tr('passesPerSecond', v);
}

/** The first visit's hint to press Play, until it is pressed once (storage blocked: the hint simply shows). */
export function showFirstHint() {
  // shown by the page as it comes (a first visit's layout, which then does not move), hidden here when not wanted
  const hint = $('first-hint');
  hint.hidden = compact || page.state.m !== null || page.state.model !== 'network' || BrowserStorage.get('nnfs.played') === '1';
  // "the article's network" only when it is: one's own points or settings train "this network"
  hint.dataset.i18n = isArticleRun() ? 'firstHint' : 'firstHintOwn';
  hint.textContent = tr(hint.dataset.i18n);
}

export function hideFirstHint() {
  $('first-hint').hidden = true;
  if (BrowserStorage.get('nnfs.played') !== '1') BrowserStorage.set('nnfs.played', '1'); // a write costs the page's thread: once is enough
}
