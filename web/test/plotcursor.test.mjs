// The plot's keyboard cursor: an arrow key goes to the nearest point in its direction, never backwards or to the
// side, and a free cursor steps a fortieth of the plot and stays inside it.
import test from 'node:test';
import assert from 'node:assert/strict';
import { pageModule } from './modules.mjs';

const { ARROWS, pointTowards, stepFree } = await pageModule('plotcursor.js');

test('each arrow goes to the nearest point in its direction', () => {
  const pts = [[0, 0], [10, 0], [30, 0], [0, 10], [0, -20], [-5, 1]];
  assert.equal(pointTowards(pts, [0, 0], ARROWS.ArrowRight), 1);
  assert.equal(pointTowards(pts, [10, 0], ARROWS.ArrowRight), 2);
  assert.equal(pointTowards(pts, [0, 0], ARROWS.ArrowDown), 3);
  assert.equal(pointTowards(pts, [0, 0], ARROWS.ArrowUp), 4);
  assert.equal(pointTowards(pts, [0, 0], ARROWS.ArrowLeft), 5);
  assert.equal(pointTowards(pts, [30, 0], ARROWS.ArrowRight), -1, 'nothing further right');
});

test('a point well off to the side is not in the direction, and in line beats nearer but aside', () => {
  assert.equal(pointTowards([[1, 5]], [0, 0], ARROWS.ArrowRight), -1, '79 degrees off is not "right"');
  // 6 units straight ahead against 4 units at 55 degrees: straight ahead costs 6, the other 4 * (2 - 0.57) = 5.7
  assert.equal(pointTowards([[6, 0], [2.3, 3.3]], [0, 0], ARROWS.ArrowRight), 1);
  assert.equal(pointTowards([[5, 0], [2.3, 3.3]], [0, 0], ARROWS.ArrowRight), 0);
});

test('every point of a cloud is reachable by arrows from every other', () => {
  let seed = 7;
  const r = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  for (let cloud = 0; cloud < 5; cloud++) {
    const pts = Array.from({ length: 200 }, () => [r() * 400, r() * 300]);
    const next = pts.map(p => Object.values(ARROWS).map(dir => pointTowards(pts, p, dir)).filter(i => i >= 0));
    for (const from of [0, 57, 199]) {
      const seen = new Set([from]), queue = [from];
      while (queue.length) for (const j of next[queue.shift()]) if (!seen.has(j)) { seen.add(j); queue.push(j); }
      assert.equal(seen.size, pts.length, 'cloud ' + cloud + ': all 200 reached from point ' + from);
    }
  }
});

test('a free cursor steps a fortieth, a tenth with Shift, and stays in the plot', () => {
  const b = [-2, 2, -1, 1];
  assert.deepEqual(stepFree([0, 0], ARROWS.ArrowRight, b, false), [0.1, 0]);
  assert.deepEqual(stepFree([0, 0], ARROWS.ArrowUp, b, true), [0, 0.2]);
  assert.deepEqual(stepFree([1.95, -0.99], ARROWS.ArrowRight, b, true), [2, -0.99]);
  assert.deepEqual(stepFree([0, -0.99], ARROWS.ArrowDown, b, false), [0, -1]);
});
