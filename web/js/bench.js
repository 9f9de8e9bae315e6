// The benchmark page: times the article's training inside the worker, for each engine and hidden size.
'use strict';
const REQUEST = h => JSON.stringify({
  data: { kind: 'moons', n: 200, noise: 0.2, seed: 0 }, hidden: [h], activations: ['tanh'],
  training: { passes: 10000000, learningRate: 0.01, reg: 0.01, seed: 0, batchSize: 0, anneal: 'none', meanGradients: false },
});

function once(worker, type) {
  return new Promise((resolve, reject) => {
    worker.onmessage = e => {
      if (e.data.type === 'error') reject(new Error(e.data.message));
      else if (e.data.type === type) resolve(e.data);
    };
  });
}

async function measure(engine, hidden, rounds) {
  const w = new Worker('/js/worker.js?engine=' + engine);
  try {
    const started = once(w, 'started');
    w.postMessage({ cmd: 'start', request: REQUEST(hidden), recordEvery: 0, gridW: 10, gridH: 10 });
    await started;
    const times = [];
    for (let r = 0; r < rounds; r++) {
      const done = once(w, 'bench');
      w.postMessage({ cmd: 'bench', warmup: r === 0 ? 3000 : 0, passes: 2000 });
      times.push((await done).usPerPass);
    }
    return times;
  } finally {
    w.terminate();
  }
}

async function run() {
  const body = document.querySelector('#results tbody');
  body.textContent = '';
  const results = [];
  for (const engine of ['js', 'wasm']) {
    for (const hidden of [3, 50]) {
      document.getElementById('status').textContent = 'timing ' + engine + ', hidden ' + hidden + '…';
      let row;
      try {
        const times = await measure(engine, hidden, 5);
        const sorted = times.slice().sort((a, b) => a - b);
        row = { engine: engine, hidden: hidden, median: sorted[2], times: times };
      } catch (err) {
        row = { engine: engine, hidden: hidden, error: String(err.message || err) };
      }
      results.push(row);
      const tr = document.createElement('tr');
      [engine, hidden, row.error ? row.error : row.median.toFixed(1), row.times ? row.times.map(t => t.toFixed(1)).join(', ') : '']
        .forEach(v => { const td = document.createElement('td'); td.textContent = v; tr.appendChild(td); });
      body.appendChild(tr);
    }
  }
  document.getElementById('status').textContent = 'done';
  window.nnfsBench = results;
}

window.addEventListener('DOMContentLoaded', () => {
  document.getElementById('run').addEventListener('click', run);
  if (location.hash === '#run') run();
});
