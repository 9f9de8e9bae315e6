// The board's order and the class's spread, from the entries the server answered: pure, so node tests them.

/**
 * @typedef {{ id: string, name: string, testAccuracy: number, testLoss: number, accuracy: number, loss: number,
 *   parameters: number, meetsGoal: boolean, created: string, modelUrl: string }} Entry
 */

/**
 * The entries best first by the goal's metric (accuracy high, loss low); a tie goes to the smaller network, then to
 * the earlier entry. By size: the entries that meet the goal first, smallest network first (a tie to the better
 * score), then the others by their score. With bestPerName, each name's best entry only (names compared without
 * case or surrounding spaces).
 * @param {Entry[]} entries
 * @param {string} metric 'testAccuracy' or 'testLoss'
 * @param {boolean} bestPerName
 * @param {boolean} [bySize]
 * @returns {Entry[]}
 */
export function ranked(entries, metric, bestPerName, bySize = false) {
  const sign = metric === 'testLoss' ? 1 : -1;
  const byScore = (/** @type {Entry} */ a, /** @type {Entry} */ b) => sign * (metricOf(a, metric) - metricOf(b, metric));
  const sorted = entries.slice().sort((a, b) => (bySize ? Number(b.meetsGoal) - Number(a.meetsGoal)
    || (a.meetsGoal ? a.parameters - b.parameters : 0) : 0) || byScore(a, b) || a.parameters - b.parameters || a.created.localeCompare(b.created));
  if (!bestPerName) return sorted;
  /** @type {Set<string>} */
  const seen = new Set();
  return sorted.filter(e => {
    const key = e.name.trim().toLocaleLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * @param {Entry} e
 * @param {string} metric
 */
function metricOf(e, metric) {
  return metric === 'testLoss' ? e.testLoss : e.testAccuracy;
}

/**
 * How many values fall in each of `bins` equal ranges from lo to hi (the last range holds hi itself). Accuracy spans
 * 0 to 1; a loss, 0 to the largest entry's (or the target's, if larger).
 * @param {number[]} values
 * @param {number} lo
 * @param {number} hi
 * @param {number} bins
 * @returns {number[]}
 */
export function histogram(values, lo, hi, bins) {
  const counts = new Array(bins).fill(0);
  const width = (hi - lo) / bins;
  for (const v of values) {
    if (!(v >= lo && v <= hi) || !(width > 0)) continue;
    counts[Math.min(bins - 1, Math.floor((v - lo) / width))]++;
  }
  return counts;
}

/**
 * The summary's numbers: entries, distinct names, entries that meet the goal.
 * @param {Entry[]} entries
 */
export function counts(entries) {
  return {
    entries: entries.length,
    names: new Set(entries.map(e => e.name.trim().toLocaleLowerCase())).size,
    meeting: entries.filter(e => e.meetsGoal).length,
  };
}
