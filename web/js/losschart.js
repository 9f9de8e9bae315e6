// Draws one thing: the loss curve, training and test, from the engine's dense trace (every pass early on,
// thinned as the run goes). Hover, or focus the chart and use the arrow keys, to read a pass and its loss.
import { trackSize } from './canvassize.js';
export class LossChart {
  /** canvas: where to draw; readout: the element that says the pass and loss under the cursor; tr: texts. */
  constructor(canvas, readout, tr) {
    this.canvas = canvas;
    this.readout = readout;
    this.tr = tr;
    this.rows = []; // [pass, loss, testLoss or null]
    this.log = false;
    this.cursor = -1; // index of the row under the mouse or the keyboard's cursor
    this.pending = false;
    this.size = trackSize(canvas, () => this.draw());
    canvas.tabIndex = 0;
    canvas.addEventListener('mousemove', e => this.pointAt(e.clientX));
    canvas.addEventListener('mouseleave', () => { if (document.activeElement !== canvas) this.setCursor(-1); });
    canvas.addEventListener('blur', () => this.setCursor(-1));
    canvas.addEventListener('focus', () => { if (this.cursor < 0 && this.rows.length) this.setCursor(this.rows.length - 1); });
    canvas.addEventListener('keydown', e => this.key(e));
  }

  reset() {
    this.rows = [];
    this.cursor = -1;
    this.showReadout();
    this.draw();
  }

  /** Adds the engine's new trace rows ({rows, replace}); a thinning sends them all again. */
  addTrace(trace) {
    if (trace.replace) this.rows = [];
    if (!trace.rows.length && !trace.replace) return;
    // one way to count, as the panel does: a point at pass N is the loss after N updates (the engine's rows are
    // 0-based, as the article's "Loss after iteration 0" is after the first update)
    this.rows.push(...trace.rows.map(r => [r[0] + 1, r[1], r[2]]));
    if (this.cursor >= this.rows.length) this.cursor = this.rows.length - 1;
    this.redraw();
  }

  setLog(log) {
    this.log = log;
    this.draw();
  }

  /** One draw per frame, however many reports arrive. */
  redraw() {
    if (this.pending) return;
    this.pending = true;
    requestAnimationFrame(() => { this.pending = false; this.draw(); this.showReadout(); });
  }

  hasTest() {
    return this.rows.some(r => r[2] !== null);
  }

  /** The plotting area and scales of the current rows. */
  frame() {
    const dpr = window.devicePixelRatio || 1;
    const W = this.canvas.width, H = this.canvas.height;
    const left = 52 * dpr, right = 10 * dpr, top = 10 * dpr, bottom = 36 * dpr;
    const maxPass = Math.max(1, this.rows.length ? this.rows[this.rows.length - 1][0] : 1);
    let lo = Infinity, hi = 0;
    this.rows.forEach(r => [r[1], r[2]].forEach(v => {
      if (v === null || !(v > 0)) return;
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }));
    if (!(hi > 0)) { lo = 0.1; hi = 1; }
    if (this.log) {
      lo = Math.pow(10, Math.floor(Math.log10(lo)));
      hi = Math.pow(10, Math.ceil(Math.log10(hi)));
      if (hi === lo) hi = lo * 10;
    } else {
      lo = 0;
      hi = hi * 1.05;
    }
    const x = pass => left + pass / maxPass * (W - left - right);
    const y = v => this.log
      ? top + (Math.log10(hi) - Math.log10(v)) / (Math.log10(hi) - Math.log10(lo)) * (H - top - bottom)
      : top + (hi - v) / (hi - lo) * (H - top - bottom);
    return { dpr, W, H, left, right, top, bottom, maxPass, lo, hi, x, y };
  }

  draw() {
    const dpr = window.devicePixelRatio || 1;
    const r = this.size;
    const w = Math.max(1, Math.round(r.width * dpr)), h = Math.max(1, Math.round(r.height * dpr));
    if (this.canvas.width !== w || this.canvas.height !== h) { this.canvas.width = w; this.canvas.height = h; }
    const ctx = this.canvas.getContext('2d');
    const f = this.frame();
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, f.W, f.H);
    ctx.font = (11 * dpr) + 'px system-ui, sans-serif';
    // axes, ticks and titles
    ctx.strokeStyle = '#999';
    ctx.lineWidth = dpr;
    ctx.strokeRect(f.left, f.top, f.W - f.left - f.right, f.H - f.top - f.bottom);
    ctx.fillStyle = '#333';
    ctx.textAlign = 'right';
    ctx.textBaseline = 'middle';
    this.yTicks(f).forEach(v => {
      const py = f.y(v);
      ctx.fillRect(f.left - 4 * dpr, py, 4 * dpr, dpr);
      ctx.fillText(LossChart.number(v), f.left - 6 * dpr, py);
    });
    ctx.textAlign = 'center';
    ctx.textBaseline = 'top';
    LossChart.ticks(0, f.maxPass, 4, true).forEach(v => {
      const px = f.x(v);
      ctx.fillRect(px, f.H - f.bottom, dpr, 4 * dpr);
      ctx.fillText(String(v), px, f.H - f.bottom + 5 * dpr);
    });
    ctx.fillText(this.tr('passAxis'), f.left + (f.W - f.left - f.right) / 2, f.H - 14 * dpr);
    ctx.save();
    ctx.translate(12 * dpr, f.top + (f.H - f.top - f.bottom) / 2);
    ctx.rotate(-Math.PI / 2);
    ctx.fillText(this.tr(this.log ? 'lossAxisLog' : 'lossAxis'), 0, -6 * dpr);
    ctx.restore();
    if (!this.rows.length) return;
    const line = (col, colour, dash) => {
      ctx.beginPath();
      let started = false;
      this.rows.forEach(row => {
        const v = row[col];
        if (v === null || !(v > 0) && this.log) { started = false; return; }
        const px = f.x(row[0]), py = Math.max(f.top, Math.min(f.H - f.bottom, f.y(v)));
        if (started) ctx.lineTo(px, py); else { ctx.moveTo(px, py); started = true; }
      });
      ctx.strokeStyle = colour;
      ctx.setLineDash(dash.map(d => d * dpr));
      ctx.lineWidth = 2 * dpr;
      ctx.stroke();
      ctx.setLineDash([]);
    };
    line(1, LossChart.TRAIN, []);
    line(2, LossChart.TEST, [6, 3]);
    if (this.cursor >= 0) {
      const row = this.rows[this.cursor];
      const px = f.x(row[0]);
      ctx.strokeStyle = '#333';
      ctx.lineWidth = dpr;
      ctx.beginPath();
      ctx.moveTo(px, f.top);
      ctx.lineTo(px, f.H - f.bottom);
      ctx.stroke();
      [[1, LossChart.TRAIN], [2, LossChart.TEST]].forEach(([col, colour]) => {
        if (row[col] === null) return;
        ctx.beginPath();
        ctx.arc(px, f.y(row[col]), 4 * dpr, 0, 2 * Math.PI);
        ctx.fillStyle = colour;
        ctx.fill();
      });
    }
  }

  yTicks(f) {
    if (!this.log) return LossChart.ticks(f.lo, f.hi, 4);
    const out = [];
    for (let v = f.lo; v <= f.hi * 1.0001; v *= 10) out.push(v);
    return out;
  }

  /** About n round numbers between lo and hi (whole numbers only, for passes, when `whole`). */
  static ticks(lo, hi, n, whole) {
    const span = hi - lo;
    if (!(span > 0)) return [lo];
    const raw = span / n, mag = Math.pow(10, Math.floor(Math.log10(raw)));
    const step = Math.max(whole ? 1 : 0, [1, 2, 5, 10].map(m => m * mag).find(s => s >= raw));
    const out = [];
    for (let v = Math.ceil(lo / step) * step; v <= hi + 1e-9 * span; v += step) out.push(+v.toPrecision(12));
    return out;
  }

  static number(v) {
    return v >= 1e4 || (v > 0 && v < 1e-3) ? v.toExponential(0) : String(+v.toPrecision(3));
  }

  pointAt(clientX) {
    if (!this.rows.length) return;
    const r = this.canvas.getBoundingClientRect();
    const f = this.frame();
    const pass = ((clientX - r.left) * f.dpr - f.left) / (f.W - f.left - f.right) * f.maxPass;
    let best = 0;
    this.rows.forEach((row, i) => { if (Math.abs(row[0] - pass) < Math.abs(this.rows[best][0] - pass)) best = i; });
    this.setCursor(best);
  }

  key(e) {
    if (!this.rows.length) return;
    const n = this.rows.length, big = Math.max(1, Math.round(n / 10));
    const moves = { ArrowLeft: -1, ArrowRight: 1, ArrowDown: -1, ArrowUp: 1, PageDown: -big, PageUp: big };
    let next = this.cursor < 0 ? n - 1 : this.cursor;
    if (e.key in moves) next += moves[e.key];
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = n - 1;
    else return;
    e.preventDefault();
    this.setCursor(Math.max(0, Math.min(n - 1, next)));
  }

  setCursor(i) {
    this.cursor = i;
    this.draw();
    this.showReadout();
  }

  /** What the cursor points at, in words: "Pass 1234: loss 0.071234, test loss 0.08". */
  showReadout() {
    if (!this.readout) return;
    const row = this.cursor >= 0 ? this.rows[this.cursor] : this.rows[this.rows.length - 1];
    if (!row) { this.readout.textContent = ''; return; }
    const fmt = v => v === null ? '—' : v.toFixed(6);
    this.readout.textContent = this.tr('lossReadout', row[0], fmt(row[1]))
      + (row[2] !== null ? ', ' + this.tr('testLossReadout', fmt(row[2])) : '');
    this.readout.dataset.pass = row[0];
  }
}
LossChart.TRAIN = 'rgb(94,79,162)';
LossChart.TEST = 'rgb(158,1,66)';
