// The pure parts of the page's pictures, with node's own test runner: how every equation writes a number
// (mathml.js's format) and the class colours every view draws with (boundary.js's classColours, from the table).
import test from 'node:test';
import assert from 'node:assert/strict';
import { pageModule } from './modules.mjs';

const { MathML } = await pageModule('mathml.js');
const { classColours } = await pageModule('boundary.js');
const { SETTINGS } = await pageModule('settings.js');

test('numbers keep 5 significant digits, a true minus sign, and an exponent only outside 1e-4 .. 1e6', () => {
  assert.equal(MathML.format(0), '0');
  assert.equal(MathML.format(-0), '0');
  assert.equal(MathML.format(Math.PI), '3.1416');
  assert.equal(MathML.format(-0.5), '−0.5');
  assert.equal(MathML.format(123456.7), '123460');
  assert.equal(MathML.format(1e-4), '0.0001');
  assert.equal(MathML.format(0.00009876543), '9.8765×10^−5');
  assert.equal(MathML.format(-0.00009876543), '−9.8765×10^−5', 'both minus signs are true minus signs');
  assert.equal(MathML.format(2.5e7), '2.5000×10^7');
  assert.equal(MathML.format(NaN), 'NaN');
  assert.equal(MathML.format(-Infinity), '-Infinity');
  let seed = 12345; // a fixed stream (an LCG), so that a failure names a case that can be run again
  const random = () => { seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0; return seed / 4294967296; };
  for (let i = 0; i < 2000; i++) {
    const v = (random() - 0.5) * 10 ** (random() * 20 - 10);
    const text = MathML.format(v);
    assert.ok(!text.includes('-'), text);
    // what is written reads back to the number at 5 significant digits
    const back = Number(text.replace(/−/g, '-').replace('×10^', 'e'));
    assert.ok(Math.abs(back - v) <= Math.abs(v) * 5e-5, v + ' written ' + text);
  }
});

test('the class colours are the table\'s, one distinct colour per class, for every number of classes', () => {
  const max = SETTINGS.limits.maxClasses;
  for (let k = 1; k <= max; k++) {
    const colours = classColours(k);
    const row = SETTINGS.classColours[String(k)];
    assert.equal(colours.length, k);
    colours.forEach((c, i) => {
      assert.equal(c.length, 3);
      assert.equal((c[0] << 16) | (c[1] << 8) | c[2], row[i], 'class ' + i + ' of ' + k);
      c.forEach(v => assert.ok(Number.isInteger(v) && v >= 0 && v <= 255));
    });
    assert.equal(new Set(colours.map(c => c.join(','))).size, k, k + ' classes, ' + k + ' colours');
  }
  // outside the table's range, the nearest row
  assert.deepEqual(classColours(0), classColours(1));
  assert.deepEqual(classColours(max + 5), classColours(max));
});
