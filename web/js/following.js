// Following one point through the network: a data point or any position clicked on the plot, shown by the
// inspector (its forward and backward pass) with the worker's numbers, and marked on the plot.
import { $, page, tr, engineError, writeUrl, shows, compact } from './page.js';
import { MathML } from './mathml.js';
import { views } from './views.js';
import { run, sendViews } from './run.js';
import { edit, editAt } from './editing.js';

/**
 * The point followed: {x, y, label, index (null for a position), test}, or null.
 * @type {{ x: number, y: number, label: number, index: number | null, test: boolean } | null}
 */
let followed = null;
export function inspecting() { return followed; }

export function inspect(point) {
  followed = point;
  page.state.inspect = point.index;
  writeUrl();
  const sel = $('f-inspectLabel');
  sel.textContent = '';
  const classes = views.boundary.points ? views.boundary.points.classes : 2;
  for (let k = 0; k < classes; k++) {
    const o = document.createElement('option');
    o.value = String(k);
    o.textContent = tr('classN', k);
    sel.appendChild(o);
  }
  sel.value = point.label;
  sel.disabled = point.index !== null; // a data point's class is its label
  $('inspect-tools').hidden = false;
  describeInspected();
  views.boundary.marker = [point.x, point.y];
  views.boundary.draw();
  sendViews();
}

/** The class a followed position is taken as, chosen by the learner. */
export function relabel(label) {
  if (!followed) return;
  followed.label = label;
  describeInspected();
  sendViews();
}

export function describeInspected() {
  const p = followed;
  if (!p) { $('inspect-what').textContent = tr('inspectHint'); return; }
  const where = '(' + MathML.format(p.x) + ', ' + MathML.format(p.y) + ')';
  $('inspect-what').textContent = p.index !== null
    ? tr(p.test ? 'inspectTestPoint' : 'inspectDataPoint', p.index, where, p.label)
    : tr('inspectPosition', where, p.label);
}

export function stopInspecting() {
  followed = null;
  if (page.state.inspect !== null) { page.state.inspect = null; writeUrl(); }
  views.inspector.clear();
  $('inspect-tools').hidden = true;
  describeInspected();
  if (views.boundary.marker) { views.boundary.marker = null; views.boundary.draw(); }
  sendViews();
}

export function showInspection(trace, net) {
  if (!followed) return;
  if (trace.error) { views.inspector.clear(); $('inspect-what').textContent = engineError(trace.error); return; }
  views.inspector.show(trace, net || views.diagram.net);
  if (bringIntoView) {
    bringIntoView = false;
    $('inspector').focus({ preventScroll: true });
    $('h-inspect').scrollIntoView({ block: 'start' });
  }
}

/** Whether the next pass shown should be brought into view (the learner clicked a point it is out of sight of). */
let bringIntoView = false;

/** The plane's coordinates under a mouse event on the plot. */
function plotCoordinates(e) {
  const r = $('boundary').getBoundingClientRect();
  const b = views.boundary.points.bounds;
  return [b[0] + (e.clientX - r.left) / r.width * (b[1] - b[0]), b[3] - (e.clientY - r.top) / r.height * (b[3] - b[2])];
}

/** The shown point nearest to (x, y) within 8 CSS pixels: {x, y, label, index, test}, or null. */
function pointNear(x, y) {
  const boundary = views.boundary;
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
export function onPlotClick(e) {
  if (!views.boundary.points) return;
  const [x, y] = plotCoordinates(e);
  views.boundary.cursor = null; // the keyboard's cursor starts again where the learner goes next
  chooseOnPlot(x, y);
}

/** A click, or Enter at the keyboard's cursor, at (x, y) on the plot. */
export function chooseOnPlot(x, y) {
  if (!views.boundary.points || !shows('inspect')) return;
  if (edit.on) { editAt(x, y); return; }
  if (page.state.model !== 'network' || !run.worker) return;
  const near = pointNear(x, y);
  // a position: taken as the class the boundary gives it there, which the learner can change
  inspect(near || { x: x, y: y, label: views.boundary.classAt(x, y), index: null, test: false });
  bringInspectionIntoView();
}

/**
 * The followed point's pass, where the learner can read it: when it is out of sight, it is scrolled into view and
 * focused once its numbers are drawn (earlier, their arrival would move it again).
 */
function bringInspectionIntoView() {
  if (compact) return;
  const top = $('h-inspect').getBoundingClientRect().top;
  bringIntoView = !(top >= 0 && top < window.innerHeight - 120); // in sight already: the plot keeps the focus for the next click
}
