// The plot's keyboard cursor, as pure functions of the points: which point an arrow key moves to, and how far a
// free cursor (editing, where there may be no point to go to) steps. The plot view draws it; no page here.

/** The arrow keys' directions on the screen, y downwards as the screen's. */
export const ARROWS = /** @type {Record<string, [number, number]>} */ ({ ArrowRight: [1, 0], ArrowLeft: [-1, 0], ArrowDown: [0, 1], ArrowUp: [0, -1] });

/**
 * The index of the point an arrow key moves to from `from`: the nearest one within 60 degrees either side of the
 * direction, distance measured on the screen; -1 when there is none. Points and `from` are [x, y] in screen units.
 * @param {Array<[number, number]>} points
 * @param {[number, number]} from
 * @param {[number, number]} dir a unit direction on the screen
 * @returns {number}
 */
export function pointTowards(points, from, dir) {
  let best = -1, bestCost = Infinity;
  for (let i = 0; i < points.length; i++) {
    const dx = points[i][0] - from[0], dy = points[i][1] - from[1];
    const d = Math.hypot(dx, dy);
    if (d < 1e-9) continue;
    const along = (dx * dir[0] + dy * dir[1]) / d; // the cosine of the angle off the arrow's direction
    if (along < 0.5) continue;
    // nearer wins, and straight ahead beats off to the side: a point twice as far but in line is as good
    const cost = d * (2 - along);
    if (cost < bestCost) { bestCost = cost; best = i; }
  }
  return best;
}

/**
 * Where a free cursor goes on an arrow key: a fortieth of the plot's width or height (a tenth with Shift), kept
 * inside the bounds [xMin, xMax, yMin, yMax]; plane coordinates, y upwards.
 * @param {[number, number]} at
 * @param {[number, number]} dir a screen direction, y downwards
 * @param {number[]} bounds
 * @param {boolean} big
 * @returns {[number, number]}
 */
export function stepFree(at, dir, bounds, big) {
  const f = big ? 0.1 : 0.025;
  const x = at[0] + dir[0] * f * (bounds[1] - bounds[0]);
  const y = at[1] - dir[1] * f * (bounds[3] - bounds[2]);
  return [Math.min(bounds[1], Math.max(bounds[0], x)), Math.min(bounds[3], Math.max(bounds[2], y))];
}
