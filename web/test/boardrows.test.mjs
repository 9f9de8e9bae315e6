// The board's order and spread (boardrows.js), with node's own test runner: best first by the goal's metric, ties to
// the smaller network and then the earlier entry, one row per name when asked; the spread counts every value once.
import test from 'node:test';
import assert from 'node:assert/strict';
import { pageModule } from './modules.mjs';

const { ranked, histogram, counts } = await pageModule('boardrows.js');

const entry = (name, testAccuracy, testLoss, parameters, created) =>
  ({ id: name + created, name, testAccuracy, testLoss, accuracy: 0, loss: 0, parameters, meetsGoal: testAccuracy >= 0.9, created, modelUrl: '' });
const entries = [
  entry('Aiko', 0.9, 0.30, 17, '2026-12-04T10:00:01Z'),
  entry('Ben', 0.95, 0.20, 30, '2026-12-04T10:00:02Z'),
  entry('aiko ', 0.95, 0.25, 12, '2026-12-04T10:00:03Z'),
  entry('Chie', 0.95, 0.20, 12, '2026-12-04T10:00:04Z'),
  entry('Ben', 0.80, 0.10, 5, '2026-12-04T10:00:05Z'),
];

test('accuracy ranks high first, ties to the smaller network, then to the earlier entry', () => {
  assert.deepEqual(ranked(entries, 'testAccuracy', false).map(e => e.id),
    ['aiko 2026-12-04T10:00:03Z', 'Chie2026-12-04T10:00:04Z', 'Ben2026-12-04T10:00:02Z', 'Aiko2026-12-04T10:00:01Z', 'Ben2026-12-04T10:00:05Z']);
});

test('loss ranks low first', () => {
  assert.deepEqual(ranked(entries, 'testLoss', false).map(e => e.testLoss), [0.10, 0.20, 0.20, 0.25, 0.30]);
  assert.equal(ranked(entries, 'testLoss', false)[1].name, 'Chie', 'the smaller of two equal losses first');
});

test('one row per name keeps each name\'s best, names compared without case or surrounding spaces', () => {
  const best = ranked(entries, 'testAccuracy', true);
  assert.deepEqual(best.map(e => e.name), ['aiko ', 'Chie', 'Ben']);
  assert.equal(best[2].testAccuracy, 0.95, "Ben's better entry, not his later one");
  assert.equal(entries.length, 5, 'the entries themselves are left as they were');
});

test('the spread counts every value in range once; the top of the range goes in the last bin', () => {
  assert.deepEqual(histogram([0, 0.05, 0.1, 0.55, 0.99, 1], 0, 1, 10), [2, 1, 0, 0, 0, 1, 0, 0, 0, 2]);
  assert.deepEqual(histogram([0.5, NaN, -1, 2], 0, 1, 2), [0, 1], 'out of range and NaN are left out');
  assert.deepEqual(histogram([1, 2], 0, 0, 3), [0, 0, 0], 'an empty range counts nothing');
});

test('the summary counts entries, names and entries that meet the goal', () => {
  assert.deepEqual(counts(entries), { entries: 5, names: 3, meeting: 4 });
});

test('by size, the entries that meet the goal come first, smallest first; the others follow by their score', () => {
  const bySize = ranked(entries, 'testAccuracy', false, true);
  assert.deepEqual(bySize.map(e => [e.name, e.parameters]), [['aiko ', 12], ['Chie', 12], ['Aiko', 17], ['Ben', 30], ['Ben', 5]]);
  assert.equal(bySize[4].meetsGoal, false, 'the small network that misses the goal is last');
});
