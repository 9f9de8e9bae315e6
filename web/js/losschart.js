// Draws one thing: the loss curve (training, and test when there is test data).
'use strict';
class LossChart {
  constructor(canvas) {
    this.canvas = canvas;
    this.rows = [];
  }

  reset() {
    this.rows = [];
    this.draw();
  }

  add(rows) {
    this.rows.push(...rows);
    this.draw();
  }

  draw() {
    const dpr = window.devicePixelRatio || 1;
    const r = this.canvas.getBoundingClientRect();
    this.canvas.width = Math.max(1, Math.round(r.width * dpr));
    this.canvas.height = Math.max(1, Math.round(r.height * dpr));
    const ctx = this.canvas.getContext('2d'), W = this.canvas.width, H = this.canvas.height, pad = 28 * dpr;
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, W, H);
    if (this.rows.length === 0) return;
    const maxPass = Math.max(1, this.rows[this.rows.length - 1][0]);
    let maxLoss = 0;
    this.rows.forEach(row => { maxLoss = Math.max(maxLoss, row[1], row[3] || 0); });
    maxLoss = maxLoss || 1;
    const line = (col, colour) => {
      ctx.beginPath();
      let started = false;
      this.rows.forEach(row => {
        if (row[col] === null || row[col] === undefined) return;
        const x = pad + row[0] / maxPass * (W - 1.5 * pad), y = H - pad - row[col] / maxLoss * (H - 1.5 * pad);
        if (started) ctx.lineTo(x, y); else { ctx.moveTo(x, y); started = true; }
      });
      ctx.strokeStyle = colour;
      ctx.lineWidth = 2 * dpr;
      ctx.stroke();
    };
    line(1, 'rgb(94,79,162)');
    line(3, 'rgb(158,1,66)');
    ctx.fillStyle = '#333';
    ctx.font = (11 * dpr) + 'px system-ui, sans-serif';
    ctx.fillText(maxLoss.toPrecision(3), 2 * dpr, pad);
    ctx.fillText('0', 2 * dpr, H - pad);
    ctx.fillText(String(maxPass), W - pad * 2.5, H - 8 * dpr);
    ctx.strokeStyle = '#999';
    ctx.lineWidth = dpr;
    ctx.strokeRect(pad, pad * 0.5, W - 1.5 * pad, H - 1.5 * pad);
  }
}
