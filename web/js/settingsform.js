// The settings form: filled from the state, read back into a new state with each bad field marked with its message
// (the settings table's ranges, state.js's checkProp), and the fields shown only where the data set or model uses them.
import { $, page, tr, setStatus, writeUrl } from './page.js';
import { all } from './dom.js';
import { PROPS, RULES, DEFAULT_NOISE, checkProp, toHash } from './state.js';
import { views } from './views.js';
import { start } from './run.js';
import { limitBroken } from './challenge.js';

const FIELDS = ['data', 'n', 'noise', 'seed', 'classes', 'factor', 'test', 'model', 'hidden', 'act', 'lr', 'reg', 'passes', 'batch', 'anneal', 'annealK', 'wseed'];

/** The data set whose default noise the form's noise field was filled with. */
let formKind = null;

/** A change of data set brings that set's own noise (moons 0.2, circles and XOR 0.1, blobs 1), unless one was typed. */
export function dataKindChanged() {
  const kind = $('f-data').value, noise = $('f-noise');
  if (formKind !== null && kind in DEFAULT_NOISE && Number(noise.value) === DEFAULT_NOISE[formKind]) noise.value = String(DEFAULT_NOISE[kind]);
  formKind = kind;
}

/**
 * A slider beside each field whose row in the settings table has stops (noise, test fraction, learning rate,
 * regularisation, batch size): dragging writes the stop into the field, letting go trains at once; any other value
 * in range can still be typed, and the slider then rests at the nearest stop.
 */
export function wireSliders() {
  PROPS.filter(p => p.stops && FIELDS.includes(p.name)).forEach(p => {
    const stops = /** @type {number[]} */ (p.stops), field = /** @type {HTMLInputElement} */ ($('f-' + p.name));
    const label = field.labels && field.labels[0];
    const slider = document.createElement('input');
    slider.type = 'range';
    slider.className = 'stops';
    slider.id = 's-' + p.name;
    slider.min = '0';
    slider.max = String(stops.length - 1);
    slider.step = '1';
    if (label && label.dataset.i18n) slider.dataset.i18nLabel = label.dataset.i18n;
    slider.setAttribute('aria-label', label ? fieldName(field) : p.name);
    field.after(slider);
    slider.addEventListener('input', () => { field.value = String(stops[+slider.value]); sayStop(slider, field); });
    slider.addEventListener('change', () => applySettings());
    field.addEventListener('input', () => syncSlider(p.name));
    syncSlider(p.name);
  });
}

/** The slider of a field at the stop nearest the field's value. */
function syncSlider(name) {
  const slider = /** @type {HTMLInputElement | null} */ (document.getElementById('s-' + name));
  const p = PROPS.find(q => q.name === name);
  if (!slider || !p || !p.stops) return;
  const field = /** @type {HTMLInputElement} */ ($('f-' + name)), v = Number(field.value);
  let best = 0;
  p.stops.forEach((stop, i) => { if (Math.abs(Math.log1p(stop) - Math.log1p(v)) < Math.abs(Math.log1p(p.stops[best]) - Math.log1p(v))) best = i; });
  slider.value = String(best);
  sayStop(slider, field);
}

/** What a screen reader says for the slider: the field's value itself, not the stop's index. */
function sayStop(slider, field) {
  slider.setAttribute('aria-valuetext', field.value);
}

/** A network shape made on the diagram: the form says it (one activation when all are the same) and it trains at once. */
export function reshape(hidden, activations) {
  $('f-model').value = 'network';
  $('f-hidden').value = hidden.join(',');
  $('f-act').value = activations.every(a => a === activations[0]) ? activations[0] : activations.join(',');
  applySettings();
}

/** The data-set thumbnails: the one in use pressed; a click trains on another at once. */
export function wireThumbnails() {
  all('.thumb').forEach(b => b.addEventListener('click', () => {
    $('f-data').value = String(b.dataset.kind);
    dataKindChanged();
    showRelevantFields();
    applySettings();
  }));
}

function markThumbnail(kind) {
  all('.thumb').forEach(b => b.setAttribute('aria-pressed', String(b.dataset.kind === kind)));
}

export function fillForm() {
  const state = page.state;
  formKind = state.data;
  markThumbnail(state.data);
  FIELDS.forEach(name => {
    let v = state[name];
    if (name === 'noise' && v === null) v = DEFAULT_NOISE[state.data];
    $('f-' + name).value = v === null ? '' : String(v);
  });
  FIELDS.forEach(syncSlider);
  $('f-shade').checked = state.shade;
  $('f-logLoss').checked = state.logLoss;
  $('f-speed').value = state.speed;
  $('f-mean').checked = state.mean;
  $('f-showTest').checked = state.showTest;
  showRelevantFields();
}

export function showRelevantFields() {
  const kind = $('f-data').value;
  $('row-classes').hidden = !(kind === 'blobs' || kind === 'spiral');
  $('row-factor').hidden = kind !== 'circles';
  const show = (selector, on) => all(selector).forEach(el => { el.hidden = !on; });
  show('.generated-only', kind !== 'points');
  show('.points-only', kind === 'points');
  const nn = $('f-model').value === 'network';
  show('.nn-only', nn);
  $('row-annealK').hidden = !nn || $('f-anneal').value === 'none';
}

/** A field's name in the current language (its label's text, without the help button): messages start with it. */
function fieldName(el) {
  const label = el.labels && el.labels[0];
  return label && label.dataset.i18n ? tr(label.dataset.i18n) : el.id;
}

/** Reads the form into a new state; marks each bad field with its message. Returns null if any is bad. */
function readForm() {
  const next = Object.assign({}, page.state);
  let ok = true;
  FIELDS.forEach(name => {
    const el = $('f-' + name), msg = $('m-' + name);
    let raw = el.value;
    if (name === 'noise' && raw === '') raw = null;
    const [value, error, args] = checkProp(PROPS.find(p => p.name === name), raw);
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
  // a challenge's page: its limits, said at the field that breaks one
  const broken = ok ? limitBroken(next) : null;
  if (broken) {
    ok = false;
    $(broken[0]).setAttribute('aria-invalid', 'true');
    $('m-' + broken[0].slice(2)).textContent = broken[1];
  }
  if (next.noise === DEFAULT_NOISE[next.data]) next.noise = null;
  return ok ? next : null;
}

/** The form's fields whose change trains at once: the settings it reads, and the checkbox beside them (the plot's own
 * options, the file and the sliders have their own). */
const APPLIED_AT_ONCE = FIELDS.concat('mean').map(name => 'f-' + name);

/**
 * A field changed (a value typed and left, a choice made): as with a slider, a thumbnail or the diagram, the run
 * starts again with it at once, and Back undoes it. A value that is not taken is said at its field; one that changes
 * nothing starts nothing.
 * @param {Event} e
 */
export function fieldChanged(e) {
  const field = /** @type {HTMLElement} */ (e.target);
  if (!APPLIED_AT_ONCE.includes(field.id)) return;
  const next = readForm();
  if (!next) { setStatus('invalid'); return; }
  const same = s => toHash(Object.assign({}, s, { m: null, doc: null, lang: null }));
  if (same(next) === same(page.state)) return;
  applySettings();
}

/** "Train with these settings": the form's state, a new run from pass 0 (no shared model any more). */
export function applySettings() {
  const next = readForm();
  if (!next) { setStatus('invalid'); return; }
  page.state = Object.assign(next, { m: null, doc: null });
  markThumbnail(page.state.data);
  writeUrl(true); // a change of settings is a new entry in the history: Back undoes it
  views.boundary.showTest = page.state.showTest;
  $('shared-title').textContent = '';
  $('model-note').hidden = true;
  start(null);
}
