// The figure a learner downloads: the plot as it is (figure.js draws it), titled, with the class legend and the
// settings and numbers that made it, in the page's language.
import { $, page, tr } from './page.js';
import { effectiveNoise } from './state.js';
import { classColours } from './boundary.js';
import { composeFigure } from './figure.js';
import { views } from './views.js';
import { download } from './sharing.js';

/** The settings and where training stands, in words, for the figure's caption. */
export function figureSettings() {
  const state = page.state, points = views.boundary.points;
  const kind = tr(state.data === 'points' ? 'ownPoints' : state.data);
  const data = state.data === 'points'
    ? tr('figureOwnData', kind, points ? points.train.y.length : 0)
    : tr('figureData', kind, state.n, effectiveNoise(state), state.seed);
  const split = state.test ? ', ' + tr('testFraction') + ' ' + state.test : '';
  if (state.model !== 'network') {
    return [data + split, tr('logreg') + ': C = ' + $('v-loss').textContent + ', ' + tr('accuracy') + ' ' + $('v-accuracy').textContent];
  }
  const classes = points ? points.classes : 2;
  const shape = ['2'].concat(String(state.hidden).split(','), [String(classes)]).join('-');
  return [data + split,
    tr('figureModel', shape, state.act, state.lr, state.reg, state.batch === 0 ? tr('figureFullBatch') : state.batch),
    tr('pass') + ' ' + $('v-pass').textContent + ', ' + tr('loss') + ' ' + $('v-loss').textContent + ', ' + tr('accuracy') + ' ' + $('v-accuracy').textContent
      + (state.test ? ', ' + tr('testAccuracy') + ' ' + $('v-test').textContent : '')];
}

export function downloadFigure() {
  const boundary = views.boundary;
  if (!boundary.points) return;
  const legend = classColours(boundary.points.classes).map((c, k) => ({ colour: c, text: tr('classN', k), hollow: false }));
  if (boundary.points.test && boundary.showTest) legend.push({ colour: [0, 0, 0], hollow: true, text: tr('testPoint') });
  const shared = $('shared-title').textContent;
  const title = tr('boundary') + (shared ? ' — ' + shared : '') + ' — nnfs';
  composeFigure(boundary, title, legend, figureSettings()).toBlob(b => { if (b) download(b, 'nnfs-boundary.png'); });
}
