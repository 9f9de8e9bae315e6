// The benchmark's yardstick, not part of the app: the article's training loop written by hand in plain
// JavaScript, as a programmer who wants speed would write it (typed arrays allocated once, loops over flat arrays,
// the browser's own Math.tanh and Math.exp). The benchmark page times it round by round with the engine's
// builds, on the same points and the same initial weights, so that "as fast as hand-written JavaScript" is a
// number measured side by side. It makes no claim to nnfs's bits: Math.tanh differs between browsers.
'use strict';

let net = null;

/** The article's 2-h-2 network and its buffers, from the points and the model document's weights. */
function setUp(m) {
  const n = m.y.length, h = m.b1.length, x = Float64Array.from(m.x), y = Int32Array.from(m.y);
  const flat = rows => Float64Array.from(rows.flat());
  net = {
    n, h, x, y,
    W1: flat(m.W1), b1: Float64Array.from(m.b1), W2: flat(m.W2), b2: Float64Array.from(m.b2),
    a1: new Float64Array(n * h),
    dW1: new Float64Array(2 * h), db1: new Float64Array(h), dW2: new Float64Array(h * 2), db2: new Float64Array(2),
  };
}

/** One pass of full-batch gradient descent: the article's forward pass, backpropagation and update. */
function pass(eps, reg) {
  const { n, h, x, y, W1, b1, W2, b2, a1, dW1, db1, dW2, db2 } = net;
  dW1.fill(0); db1.fill(0); dW2.fill(0); db2[0] = 0; db2[1] = 0;
  for (let r = 0; r < n; r++) {
    const x0 = x[2 * r], x1 = x[2 * r + 1], o = r * h;
    let z0 = b2[0], z1 = b2[1];
    for (let j = 0; j < h; j++) {
      const a = Math.tanh(x0 * W1[j] + x1 * W1[h + j] + b1[j]);
      a1[o + j] = a;
      z0 += a * W2[2 * j];
      z1 += a * W2[2 * j + 1];
    }
    const m = Math.max(z0, z1), e0 = Math.exp(z0 - m), e1 = Math.exp(z1 - m), s = e0 + e1;
    // delta3 = probs - onehot(y)
    const g0 = e0 / s - (y[r] === 0 ? 1 : 0), g1 = e1 / s - (y[r] === 1 ? 1 : 0);
    db2[0] += g0;
    db2[1] += g1;
    for (let j = 0; j < h; j++) {
      const a = a1[o + j];
      dW2[2 * j] += a * g0;
      dW2[2 * j + 1] += a * g1;
      const d = (g0 * W2[2 * j] + g1 * W2[2 * j + 1]) * (1 - a * a);
      dW1[j] += x0 * d;
      dW1[h + j] += x1 * d;
      db1[j] += d;
    }
  }
  for (let k = 0; k < 2 * h; k++) {
    W1[k] -= eps * (dW1[k] + reg * W1[k]);
    W2[k] -= eps * (dW2[k] + reg * W2[k]);
  }
  for (let j = 0; j < h; j++) b1[j] -= eps * db1[j];
  b2[0] -= eps * db2[0];
  b2[1] -= eps * db2[1];
}

self.onmessage = e => {
  const m = e.data;
  if (m.cmd === 'setup') {
    setUp(m);
    self.postMessage({ type: 'started' });
  } else if (m.cmd === 'bench') {
    for (let i = 0; i < m.warmup; i++) pass(0.01, 0.01);
    const t0 = performance.now();
    for (let i = 0; i < m.passes; i++) pass(0.01, 0.01);
    self.postMessage({ type: 'bench', engine: 'hand-written', usPerPass: (performance.now() - t0) * 1000 / m.passes });
  }
};
