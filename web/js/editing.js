// Editing the data: own points added and removed by clicking the plot, the class a click adds, undo, clear, and
// points read from a CSV file (by shared's PointsCsv, in a worker: the page has no reader of its own).
import { $, page, tr, writeUrl } from './page.js';
import { RULES, parsePoints, formatPoints } from './state.js';
import { classColours } from './boundary.js';
import { views } from './views.js';
import { start, engineWorker } from './run.js';
import { stopInspecting } from './following.js';
import { updatePlotHint } from './readouts.js';
import { fillForm } from './settingsform.js';

/** The edit mode, the class a click adds, and the point sets before each edit (for undo). */
export const edit = { on: false, klass: 0, /** @type {string[]} */ undo: [] };

/** The points on screen (training and test), as [x, y, label] rows. */
export function pointsOnScreen() {
  return views.boundary.shownPoints(true);
}

/**
 * Trains on these points, as the data set "your points"; an edit by hand (keepView) keeps the plot's axes.
 * @param {Array<[number, number, number]>} points
 * @param {boolean} [keepView]
 */
function usePoints(points, keepView) {
  page.state = Object.assign({}, page.state, { data: 'points', pts: formatPoints(points), m: null, doc: null, inspect: null });
  stopInspecting();
  fillForm();
  writeUrl();
  const shown = views.boundary.points;
  start(null, keepView && shown ? shown.bounds.slice() : undefined);
  updateEditButtons();
}

/**
 * The points being edited: one's own, or the generated set's as a start.
 * @returns {Array<[number, number, number]>}
 */
function editedPoints() {
  return page.state.data === 'points' ? (parsePoints(page.state.pts || '').points || []) : pointsOnScreen();
}

/** A click at (x, y) in edit mode: removes the point within 8 CSS pixels, or adds one of the chosen class. */
export function editAt(x, y) {
  const points = editedPoints();
  const r = $('boundary').getBoundingClientRect(), b = views.boundary.points.bounds;
  const near = points.findIndex(p => Math.hypot((p[0] - x) / (b[1] - b[0]) * r.width, (p[1] - y) / (b[3] - b[2]) * r.height) < 8);
  if (near < 0 && points.length >= RULES.maxPoints) { $('plot-hint').textContent = tr('tooManyPoints', RULES.maxPoints); return; }
  edit.undo.push(page.state.data === 'points' ? (page.state.pts || '') : formatPoints(points));
  if (near >= 0) points.splice(near, 1);
  else points.push([x, y, edit.klass]);
  usePoints(points, true);
}

export function setEditing(on) {
  edit.on = on;
  views.boundary.freeCursor = on; // a point may go anywhere, not only where one is
  $('b-edit').setAttribute('aria-pressed', on ? 'true' : 'false');
  $('edit-tools').hidden = !on;
  $('boundary').classList.toggle('editing', on);
  updatePlotHint();
  updateEditButtons();
}

export function undoEdit() {
  const pts = edit.undo.pop();
  if (pts !== undefined) usePoints(parsePoints(pts).points || [], true);
}

export function clearPoints() {
  edit.undo.push(page.state.data === 'points' ? (page.state.pts || '') : formatPoints(pointsOnScreen()));
  usePoints([], true);
}

function updateEditButtons() {
  $('b-undo').disabled = edit.undo.length === 0;
  $('b-clear').disabled = page.state.data === 'points' && !(page.state.pts || '').length;
}

/** The class picker: one button per class, large enough for a finger. */
export function buildClassPicker() {
  const box = $('class-picker');
  box.textContent = '';
  // the data's classes in the colours they are drawn in, and one new class (the colour map spreads over the
  // number of classes, so a new class's colour is only known once it has points: its swatch is hollow)
  const classes = views.boundary.points ? views.boundary.points.classes : 2;
  const count = Math.min(RULES.maxClasses, classes + 1);
  if (edit.klass >= count) edit.klass = 0;
  const colours = classColours(classes);
  for (let k = 0; k < count; k++) {
    const c = colours[k];
    const b = document.createElement('button');
    b.type = 'button';
    b.setAttribute('role', 'radio');
    b.setAttribute('aria-checked', k === edit.klass ? 'true' : 'false');
    b.className = 'class-choice';
    const sw = document.createElement('span');
    sw.className = c ? 'swatch dot' : 'swatch dot hollow';
    if (c) sw.style.background = 'rgb(' + c.join(',') + ')';
    b.append(sw, document.createTextNode(c ? tr('classN', k) : tr('newClassN', k)));
    b.addEventListener('click', () => { edit.klass = k; buildClassPicker(); box.children[k].focus(); });
    box.appendChild(b);
  }
}

/** A CSV file's points, read in a worker of its own: { points }, or { error } saying which line is wrong. */
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

export async function importCsv(file) {
  const parsed = await parseCsv(await file.text());
  if (parsed.error !== undefined) {
    $('m-csv').textContent = tr('csvInvalid', String(parsed.error)); // the engine said it in the page's language
    return;
  }
  $('m-csv').textContent = '';
  usePoints(parsed.points);
}
