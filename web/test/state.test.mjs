// The page's state against the one settings table, with node's own test runner: random valid settings survive
// settings -> URL fragment -> settings, every numeric limit is taken at its bounds and refused just outside, and
// the training request the page writes is one the engine (the TeaVM build of shared, as the worker runs it) takes.
// The client module runs this in `mvn verify` with NNFS_WEB_JS naming the built page's js/ folder.
import test from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { createRequire } from 'node:module';
import { JS, pageModule } from './modules.mjs';

const { PROPS, parseHash, toHash, checkProp, trainingRequest, defaults } = await pageModule('state.js');
const { SETTINGS } = await pageModule('settings.js');
const engine = createRequire(import.meta.url)(path.join(JS, 'nnfs.js'));
/** checkProp's answer as an array of this realm (the page's arrays come from its own context). */
const check = (p, raw) => Array.from(checkProp(p, raw)).slice(0, 2);

/** A small deterministic generator (mulberry32), so that a failure names a case that can be run again. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6D2B79F5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Random valid settings for the training the page runs (a generated data set and a network). */
function randomSettings(r) {
  const pick = xs => xs[Math.floor(r() * xs.length)];
  const int = (lo, hi) => lo + Math.floor(r() * (hi - lo + 1));
  const s = defaults();
  s.data = pick(['moons', 'circles', 'xor', 'blobs', 'spiral']);
  s.n = int(2, 400);
  s.noise = r() < 0.3 ? null : Math.round(r() * 300) / 100;
  s.seed = int(0, 2 ** 32 - 1);
  s.classes = int(2, s.data === 'spiral' ? 5 : 10);
  s.factor = Math.round(r() * 99) / 100;
  s.test = Math.round(r() * 50) / 100;
  const layers = int(1, 3);
  s.hidden = Array.from({ length: layers }, () => int(1, 12)).join(',');
  s.act = r() < 0.5 ? pick(['tanh', 'sigmoid', 'relu']) : Array.from({ length: layers }, () => pick(['tanh', 'sigmoid', 'relu'])).join(',');
  s.lr = pick([0.001, 0.01, 0.05, 0.3]);
  s.reg = pick([0, 0.001, 0.01, 0.5]);
  s.passes = int(0, 50);
  s.batch = pick([0, 1, 16, 50]);
  s.mean = r() < 0.5;
  s.anneal = pick(['none', 'step', 'exp', 'inv']);
  s.annealK = pick([0.001, 0.01, 0.1]);
  s.annealF = pick([0.5, 0.3, 0.9]);
  s.wseed = int(0, 1000);
  s.speed = int(0, 14);
  return s;
}

test('the page reads the one table: every row is a prop, with its default and range', () => {
  assert.equal(PROPS.length, SETTINGS.settings.length);
  assert.deepEqual(PROPS.map(p => p.name), SETTINGS.settings.map(p => p.name));
  assert.equal(defaults().passes, 20000);
  assert.equal(defaults().annealF, 0.5);
});

test('random valid settings survive settings -> fragment -> settings, and the engine takes their request', () => {
  for (let seed = 1; seed <= 300; seed++) {
    const s = randomSettings(random(seed));
    const back = parseHash(toHash(s));
    for (const p of PROPS) assert.deepEqual(back[p.name], s[p.name], 'case ' + seed + ': ' + p.name + ' in ' + toHash(s));
    const request = JSON.stringify(trainingRequest(s));
    assert.equal(engine.sessionStart(request, 0), '', 'case ' + seed + ': the engine refused ' + request);
  }
});

test('every numeric limit is taken at its bounds and refused just outside, as the engine and the server refuse it', () => {
  for (const p of PROPS.filter(p => p.kind === 'int' || p.kind === 'number')) {
    assert.deepEqual(check(p, String(p.min)), [p.min, null], p.name + ' at its minimum');
    assert.deepEqual(check(p, String(p.max)), [p.max, null], p.name + ' at its maximum');
    const below = p.kind === 'int' ? p.min - 1 : p.min - Math.max(Math.abs(p.min), 1) * 1e-12;
    const above = p.kind === 'int' ? p.max + 1 : p.max + Math.max(Math.abs(p.max), 1) * 1e-12;
    assert.equal(checkProp(p, String(below))[1], 'mustBeBetween', p.name + ' below ' + p.min);
    assert.equal(checkProp(p, String(above))[1], 'mustBeBetween', p.name + ' above ' + p.max);
  }
  const hidden = PROPS.find(p => p.name === 'hidden');
  assert.equal(checkProp(hidden, '5000')[1], 'mustBeSizes', 'a layer of 5000 units, as the server refuses it');
  assert.deepEqual(check(hidden, '1000'), ['1000', null]);
});

test('a step schedule keeps its factor: a model made with step:0.3:100 is trained again with 0.3', () => {
  const s = Object.assign(defaults(), { anneal: 'step', annealK: 0.01, annealF: 0.3 });
  assert.equal(trainingRequest(s).training.anneal, 'step:0.3:100');
  assert.equal(parseHash(toHash(s)).annealF, 0.3);
  assert.equal(trainingRequest(defaults()).training.anneal, 'none');
});

test("every slider's stop is a value its setting takes, in increasing order, its default among them or within them", () => {
  const withStops = PROPS.filter(p => p.stops);
  assert.ok(withStops.length >= 5, 'noise, test fraction, learning rate, regularisation and batch size have sliders');
  for (const p of withStops) {
    p.stops.forEach((stop, i) => {
      assert.deepEqual(check(p, String(stop)), [stop, null], `${p.name} stop ${stop}`);
      if (i > 0) assert.ok(stop > p.stops[i - 1], `${p.name} stops increase`);
    });
    const def = p.def === null ? null : Number(p.def);
    if (def !== null) assert.ok(def >= p.stops[0] && def <= p.stops[p.stops.length - 1], `${p.name}'s default ${def} is on its slider`);
  }
});
