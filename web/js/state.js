// The app's state: one list of properties, each with its type, default and range, serialised to the URL
// fragment, as TensorFlow Playground does, so that a link reproduces the run.
import { SETTINGS } from './settings.js';
// Every setting, its kind, default and range, and the limits beside them come from shared's one table
// (nnfs.settings.Settings, emitted at build time as settings.js / settings.json): the server checks the same rows.
export const RULES = SETTINGS.limits;
export const PROPS = SETTINGS.settings;
export const DEFAULT_NOISE = SETTINGS.defaultNoise;
/** The speed control's steps, in passes per second; the last (null in JSON) is as fast as the engine goes. */
export const SPEEDS = SETTINGS.speeds.map(v => v === null ? Infinity : v);

/**
 * The app's state: a value for every row of the settings table, by its name (hidden "5,4", n 200, mean false…).
 * @typedef {Record<string, any>} State
 */
/**
 * What a value read from a URL or the form is: the value (the default when bad), the key of the message that says
 * what is wrong (null when it is fine), and that message's arguments.
 * @typedef {[any, string | null, any[]?]} Checked
 */
/** A learner's point: x, y and its class. @typedef {[number, number, number]} Point */
/** @typedef {import('./settings.js').SettingRow} SettingRow */

/**
 * Checks one raw value against its row of the table.
 * @param {SettingRow} p
 * @param {unknown} raw
 * @returns {Checked}
 */
export function checkProp(p, raw) {
  if (raw === null || raw === undefined || raw === '') return [p.def, null];
  switch (p.kind) {
    case 'choice': return (p.choices || []).includes(String(raw)) ? [raw, null] : [p.def, 'invalid'];
    case 'bool': return [raw === true || raw === 'true' || raw === '1', null];
    case 'sizes': {
      const s = String(raw).replace(/\s+/g, '');
      if (!/^\d{1,4}(,\d{1,4})*$/.test(s) || s.split(',').length > RULES.maxHiddenLayers || s.split(',').some(v => +v < 1 || +v > RULES.maxUnits)) return [p.def, 'mustBeSizes'];
      return [s, null];
    }
    case 'points': {
      const pts = parsePoints(String(raw));
      return pts.error ? [null, 'invalid'] : [String(raw), null];
    }
    case 'activations': {
      const names = String(raw).replace(/\s+/g, '').split(',');
      if (names.length > RULES.maxHiddenLayers || names.some(n => !SETTINGS.activations.includes(n))) return [p.def, 'mustBeActivations'];
      return [names.join(','), null];
    }
    case 'id': return /^[A-Za-z0-9_-]{22}$/.test(String(raw)) ? [raw, null] : [null, 'invalid'];
    case 'text': return [String(raw), null];
    default: {
      const v = Number(raw);
      if (String(raw).trim() === '' || !Number.isFinite(v)) return [p.def, 'mustBeNumber'];
      if (p.kind === 'int' && !Number.isInteger(v)) return [p.def, 'mustBeNumber'];
      if (p.min === undefined || p.max === undefined) return [v, null];
      if (v < p.min || v > p.max) return [p.def, 'mustBeBetween', [p.min, p.max]];
      return [v, null];
    }
  }
}

/** @returns {State} */
export function defaults() {
  /** @type {State} */
  const s = {};
  PROPS.forEach(p => { s[p.name] = p.def; });
  return s;
}

/**
 * The state a fragment describes (unknown keys ignored, bad values back to their default).
 * @param {string | null | undefined} hash
 * @returns {State}
 */
export function parseHash(hash) {
  const s = defaults();
  const params = new URLSearchParams(String(hash || '').replace(/^#/, ''));
  PROPS.forEach(p => {
    if (params.has(p.name)) s[p.name] = checkProp(p, params.get(p.name))[0];
  });
  return s;
}

/**
 * The fragment of a state: only what differs from the defaults, so the article's link is just "#".
 * @param {State} s
 * @returns {string}
 */
export function toHash(s) {
  const params = new URLSearchParams();
  PROPS.forEach(p => {
    const v = s[p.name];
    if (v !== null && v !== undefined && v !== p.def) params.set(p.name, typeof v === 'boolean' ? (v ? '1' : '0') : String(v));
  });
  const text = params.toString();
  return text ? '#' + text : '';
}

/**
 * Points written "x,y,label;x,y,label;...": as they go into the URL.
 * @param {string} text
 * @returns {{points: Point[], error?: undefined} | {error: number | string, points?: undefined}}
 */
export function parsePoints(text) {
  /** @type {Point[]} */
  const points = [];
  const rows = text.split(';').filter(r => r.trim() !== '');
  for (let i = 0; i < rows.length; i++) {
    const f = rows[i].split(',');
    const x = Number(f[0]), y = Number(f[1]), l = Number(f[2]);
    if (f.length !== 3 || !(Math.abs(x) <= RULES.maxCoordinate) || !(Math.abs(y) <= RULES.maxCoordinate) || !Number.isInteger(l) || l < 0
        || l >= RULES.maxClasses) return { error: i + 1 };
    points.push([x, y, l]);
  }
  if (points.length > RULES.maxPoints) return { error: 'too many' };
  return { points: points };
}

/**
 * @param {Point[]} points
 * @returns {string}
 */
export function formatPoints(points) {
  const r = (/** @type {number} */ v) => String(Math.round(v * 1e4) / 1e4);
  return points.map(p => r(p[0]) + ',' + r(p[1]) + ',' + p[2]).join(';');
}

/**
 * @param {State} s
 * @returns {number}
 */
export function effectiveNoise(s) {
  return s.noise === null ? DEFAULT_NOISE[s.data] : s.noise;
}

/**
 * The training request the engine reads, in the model document's words.
 * @param {State} s
 */
export function trainingRequest(s) {
  /** @type {number[]} */
  const hidden = s.hidden.split(',').map(Number);
  /** @type {Record<string, any>} */
  let data;
  if (s.data === 'points') {
    const points = parsePoints(s.pts || '').points || [];
    const classes = Math.max(2, 1 + points.reduce((m, p) => Math.max(m, p[2]), 0));
    data = { kind: 'points', classes: classes, points: points, testFraction: s.test, splitSeed: s.split };
  } else {
    data = { kind: s.data, n: s.n, noise: effectiveNoise(s), seed: s.seed, testFraction: s.test, splitSeed: s.split };
    if (s.data === 'blobs' || s.data === 'spiral') data.classes = s.classes;
    if (s.data === 'circles') data.factor = s.factor;
  }
  let anneal = 'none';
  // the step's factor is kept as given (a model made with step:0.3:100 replays with 0.3); the form halves
  if (s.anneal === 'step') anneal = 'step:' + s.annealF + ':' + Math.max(1, Math.round(s.annealK > 0 ? 1 / s.annealK : 1000));
  if (s.anneal === 'exp') anneal = 'exp:' + s.annealK;
  if (s.anneal === 'inv') anneal = 'inv:' + s.annealK;
  return {
    data: data,
    hidden: hidden,
    activations: hidden.map((_, i) => { const a = s.act.split(','); return a.length === 1 ? a[0] : a[i]; }),
    training: { passes: s.passes, learningRate: s.lr, reg: s.reg, seed: s.wseed, batchSize: s.batch, anneal: anneal, meanGradients: s.mean },
  };
}
