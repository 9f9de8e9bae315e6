// Draws one thing: how a hidden layer bends the plane. The plot's grid lines and the data points, carried into
// the layer's activation space by the engine: flat for 2 units, turnable for 3 (drag, or the arrow keys), on the
// first two principal components for more, labelled as such.
import { trackSize } from './canvassize.js';
import { joinSentences } from './i18n.js';
export class WarpView {
  constructor(canvas, caption, tr) {
    this.canvas = canvas;
    this.caption = caption;
    this.tr = tr;
    this.data = null; // {meta, lines, points}
    this.labels = null;
    this.colours = [];
    this.yaw = 0.6;
    this.pitch = 0.35;
    this.size = trackSize(canvas, () => this.draw());
    canvas.tabIndex = 0;
    let drag = null;
    canvas.addEventListener('pointerdown', e => { drag = { x: e.clientX, y: e.clientY }; canvas.setPointerCapture(e.pointerId); });
    canvas.addEventListener('pointermove', e => {
      if (!drag || !this.is3d()) return;
      this.turn((e.clientX - drag.x) * 0.01, (e.clientY - drag.y) * 0.01);
      drag = { x: e.clientX, y: e.clientY };
    });
    canvas.addEventListener('pointerup', () => { drag = null; });
    canvas.addEventListener('keydown', e => {
      if (!this.is3d()) return;
      const step = { ArrowLeft: [-0.1, 0], ArrowRight: [0.1, 0], ArrowUp: [0, -0.1], ArrowDown: [0, 0.1] }[e.key];
      if (!step) return;
      e.preventDefault();
      this.turn(step[0], step[1]);
    });
  }

  is3d() {
    return this.data && this.data.meta.dims === 3;
  }

  turn(dYaw, dPitch) {
    this.yaw += dYaw;
    this.pitch = Math.max(-1.5, Math.min(1.5, this.pitch + dPitch));
    this.canvas.dataset.yaw = this.yaw.toFixed(2);
    this.draw();
  }

  /** The engine's picture ({meta, lines, points}), the training points' labels and the class colours. */
  update(data, labels, colours) {
    this.data = data;
    this.labels = labels;
    this.colours = colours;
    this.describe();
    this.draw();
  }

  describe() {
    const m = this.data.meta, tr = this.tr;
    let text;
    if (m.projected) {
      text = tr('warpProjected', m.layer, m.units, Math.round(100 * m.explained[0]), Math.round(100 * m.explained[1]));
    } else if (m.dims === 3) {
      text = tr('warp3d', m.layer);
    } else if (m.dims === 2) {
      text = tr('warp2d', m.layer);
    } else {
      text = tr('warp1d', m.layer);
    }
    // what the colours are, and (when the output's boundary is drawn) what the dashed line is
    const sep = m.separator && m.separator.length
      ? tr(m.dims === 3 ? 'warpSeparator3d' : m.dims === 1 ? 'warpSeparator1d' : 'warpSeparator', m.hiddenLayers + 1) : '';
    this.caption.textContent = joinSentences([text, m.dims === 1 ? '' : tr('warpKey'), sep]);
    this.canvas.setAttribute('aria-label', joinSentences([text, sep]));
  }

  /** Axis names: the layer's units (a1[0], a1[1], ...) or the principal components. */
  axisNames() {
    const m = this.data.meta;
    if (m.projected) return [this.tr('pcAxis', 1), this.tr('pcAxis', 2)];
    return Array.from({ length: m.dims }, (_, d) => 'a' + m.layer + '[' + d + ']');
  }

  /**
   * Screen coordinates of every point (lines, then data, then the 3-d axes' ends, then the output's separator), in
   * [0, 1] x [0, 1] before scaling to the canvas.
   */
  project() {
    const { meta, lines, points } = this.data, D = meta.dims;
    const sep = meta.separator || [];
    const all = [lines, points];
    const lo = new Array(D).fill(Infinity), hi = new Array(D).fill(-Infinity);
    all.forEach(a => { for (let i = 0; i < a.length; i++) { const d = i % D; lo[d] = Math.min(lo[d], a[i]); hi[d] = Math.max(hi[d], a[i]); } });
    const span = lo.map((l, d) => (hi[d] - l) || 1);
    /** @type {(a: ArrayLike<number>, i: number) => number[]} the screen place of the point at a[i..i+D) */
    let place;
    if (D === 3) {
      // turn the unit cube about its centre: yaw about the vertical axis, then pitch; view it from the front
      const cy = Math.cos(this.yaw), sy = Math.sin(this.yaw), cp = Math.cos(this.pitch), sp = Math.sin(this.pitch);
      place = (a, i) => {
        const x = (a[i] - lo[0]) / span[0] - 0.5, y = (a[i + 1] - lo[1]) / span[1] - 0.5, z = (a[i + 2] - lo[2]) / span[2] - 0.5;
        const x1 = cy * x + sy * z, z1 = -sy * x + cy * z;
        const y2 = cp * y - sp * z1;
        return [0.5 + x1 / 1.8, 0.5 - y2 / 1.8];
      };
    } else if (D === 2) {
      place = (a, i) => [0.05 + 0.9 * (a[i] - lo[0]) / span[0], 0.95 - 0.9 * (a[i + 1] - lo[1]) / span[1]];
    } else {
      // one unit: the plane collapses onto a line; the points are spread by class to be seen
      const classes = this.colours.length || 2;
      place = (a, i) => [0.05 + 0.9 * (a[i] - lo[0]) / span[0], this.labels[i] === undefined ? 0.5 : 0.2 + 0.6 * (this.labels[i] + 0.5) / classes];
    }
    const all2 = a => { const o = []; for (let i = 0; i < a.length; i += D) o.push(place(a, i)); return o; };
    const out = [D === 1 ? [] : all2(lines), all2(points)];
    out.push(D === 3 ? [lo, [hi[0], lo[1], lo[2]], [lo[0], hi[1], lo[2]], [lo[0], lo[1], hi[2]]].map(p => place(p, 0)) : null);
    out.push(sep.length ? all2(sep) : []);
    return out;
  }

  draw() {
    if (!this.data) return;
    const dpr = window.devicePixelRatio || 1;
    const r = this.size;
    const W = Math.max(1, Math.round(r.width * dpr)), H = Math.max(1, Math.round(r.height * dpr));
    if (this.canvas.width !== W || this.canvas.height !== H) { this.canvas.width = W; this.canvas.height = H; }
    const ctx = this.canvas.getContext('2d');
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, W, H);
    const [lines, points, axes, separator] = this.project();
    const m = this.data.meta, n = m.samples;
    const px = p => [p[0] * W, p[1] * H];
    // the grid: lines of constant x blue-grey, of constant y orange-grey, as on the plane they came from; one path
    // per direction and one per class of points, each drawn once (a canvas without a GPU rasterises every stroke
    // on the page's thread)
    for (let dir = 0; dir < 2 && lines.length; dir++) {
      ctx.beginPath();
      for (let line = dir * m.linesPerAxis; line < (dir + 1) * m.linesPerAxis; line++) {
        for (let s = 0; s < n; s++) {
          const [x, y] = px(lines[line * n + s]);
          if (s) ctx.lineTo(x, y); else ctx.moveTo(x, y);
        }
      }
      ctx.strokeStyle = dir === 0 ? 'rgba(50,136,189,0.55)' : 'rgba(244,109,67,0.55)';
      ctx.lineWidth = dpr;
      ctx.stroke();
    }
    if (separator.length) {
      // where the output weighs the two classes equally: straight here, whatever shape it has on the plot
      ctx.beginPath();
      const s0 = px(separator[0]);
      if (m.dims === 1) {
        ctx.moveTo(s0[0], 0);
        ctx.lineTo(s0[0], H);
      } else {
        ctx.moveTo(s0[0], s0[1]);
        for (let i = 1; i < separator.length; i++) ctx.lineTo(...px(separator[i]));
        if (m.dims === 3) {
          ctx.closePath();
          ctx.fillStyle = 'rgba(0,0,0,0.07)';
          ctx.fill();
        }
      }
      ctx.setLineDash([6 * dpr, 4 * dpr]);
      ctx.lineWidth = 2 * dpr;
      ctx.strokeStyle = '#111';
      ctx.stroke();
      ctx.setLineDash([]);
    }
    const classes = Math.max(this.colours.length, 1 + this.labels.reduce((a, b) => Math.max(a, b), 0));
    for (let k = 0; k < classes; k++) {
      ctx.beginPath();
      points.forEach((p, i) => {
        if (this.labels[i] !== k) return;
        const [x, y] = px(p);
        ctx.moveTo(x + 3 * dpr, y);
        ctx.arc(x, y, 3 * dpr, 0, 2 * Math.PI);
      });
      ctx.fillStyle = 'rgb(' + (this.colours[k] || [0, 0, 0]).join(',') + ')';
      ctx.fill();
      ctx.strokeStyle = '#000';
      ctx.lineWidth = 0.7 * dpr;
      ctx.stroke();
    }
    ctx.fillStyle = '#333';
    ctx.font = (11 * dpr) + 'px system-ui, sans-serif';
    const names = this.axisNames();
    if (axes) {
      // the three axes from the cube's corner, named
      const o = px(axes[0]);
      for (let d = 0; d < 3; d++) {
        const e = px(axes[d + 1]);
        ctx.beginPath();
        ctx.moveTo(o[0], o[1]);
        ctx.lineTo(e[0], e[1]);
        ctx.strokeStyle = '#333';
        ctx.stroke();
        ctx.fillText(names[d], e[0] + 3 * dpr, e[1] - 3 * dpr);
      }
    } else {
      ctx.textAlign = 'center';
      ctx.fillText(names[0], W / 2, H - 4 * dpr);
      if (names[1]) {
        ctx.save();
        ctx.translate(12 * dpr, H / 2);
        ctx.rotate(-Math.PI / 2);
        ctx.fillText(names[1], 0, 0);
        ctx.restore();
      }
      ctx.textAlign = 'start';
    }
  }
}
