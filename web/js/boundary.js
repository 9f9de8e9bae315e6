// Draws one thing: the decision regions and the points, on a canvas at the device's resolution.
import { SETTINGS } from './settings.js';
import { RULES } from './state.js';
import { trackSize } from './canvassize.js';
import { ARROWS, pointTowards, stepFree } from './plotcursor.js';
/** The class colours as [r, g, b], from shared's colour rule (Palette, in settings.js). */
export function classColours(classes) {
  const known = SETTINGS.classColours[String(Math.max(1, Math.min(classes, RULES.maxClasses)))];
  return known.map(c => [(c >> 16) & 255, (c >> 8) & 255, c & 255]);
}

export class BoundaryView {
  constructor(canvas, tooltip) {
    this.canvas = canvas;
    this.tooltip = tooltip;
    this.points = null;
    this.grid = null;
    this.gridSize = null;
    this.colours = null;
    this.showTest = true;
    this.describe = null;
    this.marker = null; // [x, y] of the point followed through the network
    /** @type {HTMLCanvasElement | null} a unit's map shown in place of the regions while its unit is pointed at */
    this.overlay = null;
    /** @type {{ w: number, h: number } | null} the grid asked of the worker for the pictures to come */
    this.gridSizeWanted = null;
    /** @type {[number, number] | null} the keyboard's cursor on the plane */
    this.cursor = null;
    /** Whether the cursor moves freely (editing: a point may go anywhere) rather than from point to point. */
    this.freeCursor = false;
    /** @type {((x: number, y: number) => void) | null} what Enter does at the cursor */
    this.onChoose = null;
    /** @type {HTMLElement | null} where the cursor's place is said (a live region, for screen readers) */
    this.announcer = null;
    this.size = trackSize(canvas, () => this.draw());
    canvas.tabIndex = 0;
    canvas.addEventListener('mousemove', e => this.hover(e));
    canvas.addEventListener('mouseleave', () => { if (this.tooltip && document.activeElement !== canvas) this.tooltip.hidden = true; });
    canvas.addEventListener('keydown', e => this.key(e));
    canvas.addEventListener('focus', () => { if (!this.cursor) this.moveCursor(this.firstCursor()); else this.draw(); });
    canvas.addEventListener('blur', () => { if (this.tooltip) this.tooltip.hidden = true; this.draw(); });
  }

  /**
   * The points as drawn, [x, y, label] in plane coordinates: the training points and the test points when they are
   * shown (or, with `all`, whether shown or not).
   * @param {boolean} [all]
   */
  shownPoints(all) {
    /** @type {Array<[number, number, number]>} */
    const out = [];
    const add = set => { if (set) for (let i = 0; i < set.y.length; i++) out.push([set.x[2 * i], set.x[2 * i + 1], set.y[i]]); };
    if (this.points) { add(this.points.train); if (all || this.showTest) add(this.points.test); }
    return out;
  }

  /** Where the cursor starts: the leftmost point, or the plot's centre when there is none or it moves freely. */
  firstCursor() {
    if (!this.points) return null;
    const b = this.points.bounds, pts = this.shownPoints();
    if (this.freeCursor || !pts.length) return [(b[0] + b[1]) / 2, (b[2] + b[3]) / 2];
    const left = pts.reduce((m, p) => (p[0] < m[0] ? p : m), pts[0]);
    return [left[0], left[1]];
  }

  /** Arrow keys move the cursor, Enter or Space chooses where it is (follows the point, or edits there). */
  key(e) {
    if (!this.points) return;
    const dir = ARROWS[e.key];
    if (dir) {
      e.preventDefault();
      if (!this.cursor) { this.moveCursor(this.firstCursor()); return; }
      if (this.freeCursor) { this.moveCursor(stepFree(this.cursor, dir, this.points.bounds, e.shiftKey)); return; }
      const pts = this.shownPoints(), r = this.canvas.getBoundingClientRect(), b = this.points.bounds;
      // distances on the screen, as the eye judges "the next point to the right"
      const screen = p => /** @type {[number, number]} */ ([(p[0] - b[0]) / (b[1] - b[0]) * r.width, (b[3] - p[1]) / (b[3] - b[2]) * r.height]);
      const i = pointTowards(pts.map(screen), screen(this.cursor), dir);
      if (i >= 0) this.moveCursor([pts[i][0], pts[i][1]]);
    } else if ((e.key === 'Enter' || e.key === ' ') && this.cursor && this.onChoose) {
      e.preventDefault();
      this.onChoose(this.cursor[0], this.cursor[1]);
    }
  }

  /** Puts the cursor at (x, y): drawn, its place and probabilities shown beside it and said. */
  moveCursor(at) {
    this.cursor = at;
    this.draw();
    if (!at || !this.tooltip) return;
    const text = this.describeAt(at[0], at[1]);
    const r = this.canvas.getBoundingClientRect(), b = this.points.bounds;
    const px = (at[0] - b[0]) / (b[1] - b[0]) * r.width, py = (b[3] - at[1]) / (b[3] - b[2]) * r.height;
    this.tooltip.textContent = text;
    this.tooltip.style.left = Math.min(px + 12, Math.max(0, r.width - 180)) + 'px';
    this.tooltip.style.top = (py + 12) + 'px';
    this.tooltip.hidden = false;
    if (this.announcer) this.announcer.textContent = text;
  }

  /** What the plot says at (x, y): the point there (its class) and the probabilities the model gives. */
  describeAt(x, y) {
    const probs = this.probabilitiesAt(x, y);
    const on = this.freeCursor ? null : this.shownPoints().find(p => p[0] === x && p[1] === y);
    return this.describe ? this.describe(x, y, probs, on ? on[2] : null) : x.toFixed(2) + ', ' + y.toFixed(2);
  }

  /** The class probabilities of the grid cell at (x, y) (none before there is a grid). */
  probabilitiesAt(x, y) {
    if (!this.grid || !this.gridSize || !this.points) return [];
    const classes = this.points.classes, c = this.cellAt(x, y), probs = [];
    for (let k = 0; k < classes; k++) probs.push(this.grid[c * classes + k]);
    return probs;
  }

  /** The grid cells wanted: about one per 4 CSS pixels. */
  wantedGrid() {
    const r = this.canvas.getBoundingClientRect();
    return { w: Math.max(40, Math.min(200, Math.round((r.width || 480) / 4))), h: Math.max(40, Math.min(200, Math.round((r.height || 480) / 4))) };
  }

  /** Shows nothing (no model to show): an empty plot rather than the last one. */
  clear() {
    this.points = null;
    this.grid = null;
    this.colours = null;
    this.canvas.getContext('2d').clearRect(0, 0, this.canvas.width, this.canvas.height);
  }

  setPoints(points) {
    this.points = points;
  }

  /** The class probabilities of a grid of cells, its size, and the cells' colours (0xRRGGBB, from the worker). */
  setGrid(grid, size, colours) {
    this.grid = grid;
    this.gridSize = size;
    this.colours = colours || null;
    this.draw();
  }

  resize() {
    const dpr = window.devicePixelRatio || 1;
    const r = this.size;
    const w = Math.max(1, Math.round(r.width * dpr)), h = Math.max(1, Math.round(r.height * dpr));
    if (this.canvas.width !== w || this.canvas.height !== h) {
      this.canvas.width = w;
      this.canvas.height = h;
    }
  }

  toPixel(x, y, target) {
    const b = this.points.bounds, t = target || this.canvas;
    return [(x - b[0]) / (b[1] - b[0]) * t.width, (b[3] - y) / (b[3] - b[2]) * t.height];
  }

  /** Shows a unit's map (a canvas over the plot's plane) in place of the regions; null: the regions again. */
  showOverlay(canvas) {
    this.overlay = canvas;
    this.draw();
  }

  draw() {
    if (!this.points) return;
    this.resize();
    this.paint(this.canvas, window.devicePixelRatio || 1);
  }

  /** Paints the regions, points and axes into `target` (of any size), lines and dots scaled by `dpr`. */
  paint(target, dpr) {
    const ctx = target.getContext('2d');
    const W = target.width, H = target.height;
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, W, H);
    const classes = this.points.classes;
    // a unit's map (over the same plane) in place of the regions, on the screen only: a saved picture shows the model
    const overlay = target === this.canvas ? this.overlay : null;
    if (overlay) {
      ctx.imageSmoothingEnabled = true;
      ctx.drawImage(overlay, 0, 0, W, H);
    } else if (this.colours && this.gridSize && this.colours.length === this.gridSize.w * this.gridSize.h) {
      const gw = this.gridSize.w, gh = this.gridSize.h;
      const img = new ImageData(gw, gh);
      // the colours the worker computed by shared's one rule (the server's pictures use the same): the winning
      // class's colour, paler where the network is unsure, lightened so that the points stand out
      for (let c = 0; c < gw * gh; c++) {
        const v = this.colours[c];
        img.data[4 * c] = (v >> 16) & 255;
        img.data[4 * c + 1] = (v >> 8) & 255;
        img.data[4 * c + 2] = v & 255;
        img.data[4 * c + 3] = 255;
      }
      const off = document.createElement('canvas');
      off.width = gw;
      off.height = gh;
      off.getContext('2d').putImageData(img, 0, 0);
      ctx.imageSmoothingEnabled = true;
      ctx.drawImage(off, 0, 0, W, H);
    }
    const radius = 3.5 * dpr;
    const pointColours = classColours(classes);
    // one path per class, filled and stroked once: a canvas drawn without a GPU rasterises each fill and stroke on
    // the page's thread, and 200 of each were most of a frame
    const drawSet = (set, hollow) => {
      for (let k = 0; k < classes; k++) {
        ctx.beginPath();
        for (let i = 0; i < set.y.length; i++) {
          if (set.y[i] !== k) continue;
          const [px, py] = this.toPixel(set.x[2 * i], set.x[2 * i + 1], target);
          ctx.moveTo(px + radius, py);
          ctx.arc(px, py, radius, 0, 2 * Math.PI);
        }
        const c = 'rgb(' + pointColours[k].join(',') + ')';
        if (hollow) {
          // a test point: a ring of its class's colour between two dark edges, so that even the palest class
          // (yellow, light green) stands out on its own region and never reads as a training point
          ctx.fillStyle = '#fff';
          ctx.fill();
          ctx.lineWidth = 4 * dpr;
          ctx.strokeStyle = '#222';
          ctx.stroke();
          ctx.lineWidth = 2 * dpr;
          ctx.strokeStyle = c;
        } else {
          ctx.fillStyle = c;
          ctx.fill();
          ctx.lineWidth = dpr;
          ctx.strokeStyle = '#000';
        }
        ctx.stroke();
      }
    };
    drawSet(this.points.train, false);
    if (this.points.test && this.showTest) drawSet(this.points.test, true);
    if (this.marker) {
      const [px, py] = this.toPixel(this.marker[0], this.marker[1], target);
      ctx.beginPath();
      ctx.arc(px, py, 9 * dpr, 0, 2 * Math.PI);
      ctx.lineWidth = 3 * dpr;
      ctx.strokeStyle = '#000';
      ctx.stroke();
      ctx.beginPath();
      ctx.arc(px, py, 9 * dpr, 0, 2 * Math.PI);
      ctx.lineWidth = 1.5 * dpr;
      ctx.strokeStyle = '#fff';
      ctx.stroke();
    }
    if (this.cursor && target === this.canvas && document.activeElement === this.canvas) {
      // the keyboard's cursor: a square, black and white so that it shows on every colour
      const [px, py] = this.toPixel(this.cursor[0], this.cursor[1], target), h = 8 * dpr;
      ctx.lineWidth = 3 * dpr;
      ctx.strokeStyle = '#000';
      ctx.strokeRect(px - h, py - h, 2 * h, 2 * h);
      ctx.lineWidth = 1.5 * dpr;
      ctx.strokeStyle = '#fff';
      ctx.strokeRect(px - h, py - h, 2 * h, 2 * h);
    }
    this.drawAxes(ctx, W, H, dpr, target);
  }

  /** The class the regions show at (x, y) (0 before there are any). */
  classAt(x, y) {
    if (!this.grid || !this.gridSize || !this.points) return 0;
    return this.bestClass(this.cellAt(x, y));
  }

  /** The grid cell under (x, y), clamped to the grid. */
  cellAt(x, y) {
    const b = this.points.bounds, g = this.gridSize;
    const i = Math.max(0, Math.min(g.w - 1, Math.floor((x - b[0]) / (b[1] - b[0]) * g.w)));
    const j = Math.max(0, Math.min(g.h - 1, Math.floor((b[3] - y) / (b[3] - b[2]) * g.h)));
    return j * g.w + i;
  }

  /** The most probable class of grid cell c (the first on a tie, as the engine's argmax). */
  bestClass(c) {
    const classes = this.points.classes;
    let best = 0;
    for (let k = 1; k < classes; k++) if (this.grid[c * classes + k] > this.grid[c * classes + best]) best = k;
    return best;
  }

  drawAxes(ctx, W, H, dpr, target) {
    const b = this.points.bounds;
    ctx.fillStyle = '#333';
    ctx.font = (11 * dpr) + 'px system-ui, sans-serif';
    ctx.strokeStyle = 'rgba(0,0,0,0.5)';
    for (let v = Math.ceil(b[0]); v <= b[1]; v++) {
      const [px] = this.toPixel(v, 0, target);
      ctx.fillRect(px, H - 6 * dpr, dpr, 6 * dpr);
      ctx.fillText(String(v), px + 2 * dpr, H - 8 * dpr);
    }
    for (let v = Math.ceil(b[2]); v <= b[3]; v++) {
      const [, py] = this.toPixel(0, v, target);
      ctx.fillRect(0, py, 6 * dpr, dpr);
      ctx.fillText(String(v), 8 * dpr, py - 2 * dpr);
    }
  }

  /** Coordinates and class probabilities under the mouse. */
  hover(e) {
    if (!this.points || !this.grid || !this.tooltip) return;
    const r = this.canvas.getBoundingClientRect();
    const fx = (e.clientX - r.left) / r.width, fy = (e.clientY - r.top) / r.height;
    const b = this.points.bounds;
    const x = b[0] + fx * (b[1] - b[0]), y = b[3] - fy * (b[3] - b[2]);
    const probs = this.probabilitiesAt(x, y);
    this.tooltip.textContent = this.describe ? this.describe(x, y, probs, null) : x.toFixed(2) + ', ' + y.toFixed(2);
    this.tooltip.style.left = (e.clientX - r.left + 12) + 'px';
    this.tooltip.style.top = (e.clientY - r.top + 12) + 'px';
    this.tooltip.hidden = false;
  }
}
