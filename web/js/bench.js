// The benchmark page: times the article's training inside a worker, for each build of the engine and hidden size,
// beside the yardstick (the same loop written by hand in JavaScript, yardstick.js).
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

/**
 * A worker of the given build, started on the article's training at the given hidden size; 'hand-written' is the
 * yardstick, set up with the points and initial weights the JavaScript build starts from.
 */
async function startWorker(engine, hidden) {
  const w = engine === 'hand-written' ? new Worker('/js/yardstick.js') : new Worker('/js/worker.js', { name: engine });
  if (engine === 'hand-written') {
    const source = await startWorker('js', hidden);
    const started = once(source, 'started');
    source.postMessage({ cmd: 'start', request: REQUEST(hidden), recordEvery: 0, gridW: 10, gridH: 10 });
    const points = (await started).points.train;
    const documentMade = once(source, 'document');
    source.postMessage({ cmd: 'document', title: '', purpose: 'bench' });
    const model = JSON.parse((await documentMade).text).model;
    source.terminate();
    const ready = once(w, 'started');
    w.postMessage({ cmd: 'setup', x: Array.from(points.x), y: Array.from(points.y),
      W1: model.W[0], b1: model.b[0], W2: model.W[1], b2: model.b[1] });
    await ready;
    return w;
  }
  const started = once(w, 'started');
  w.postMessage({ cmd: 'start', request: REQUEST(hidden), recordEvery: 0, gridW: 10, gridH: 10 });
  await started;
  return w;
}

async function timeRound(w, warmup) {
  const done = once(w, 'bench');
  w.postMessage({ cmd: 'bench', warmup: warmup, passes: 2000 });
  return (await done).usPerPass;
}

/**
 * The builds and the yardstick side by side, round by round (js, wasm, hand-written, js, ...), so that whatever
 * else the machine does weighs on all alike; the median of each one's rounds.
 */
async function run() {
  const body = document.querySelector('#results tbody');
  body.textContent = '';
  const results = [];
  const engines = ['js', 'wasm', 'hand-written'], rounds = 7;
  for (const hidden of [3, 50]) {
    document.getElementById('status').textContent = 'timing hidden ' + hidden + '…';
    const workers = {}, times = {}, errors = {};
    for (const engine of engines) {
      times[engine] = [];
      try { workers[engine] = await startWorker(engine, hidden); } catch (err) { errors[engine] = String(err.message || err); }
    }
    for (let r = 0; r < rounds; r++) {
      for (const engine of engines) {
        if (!workers[engine]) continue;
        try { times[engine].push(await timeRound(workers[engine], r === 0 ? 3000 : 0)); } catch (err) { errors[engine] = String(err.message || err); }
      }
    }
    for (const engine of engines) {
      if (workers[engine]) workers[engine].terminate();
      const sorted = times[engine].slice().sort((a, b) => a - b);
      const row = errors[engine] ? { engine: engine, hidden: hidden, error: errors[engine] }
        : { engine: engine, hidden: hidden, median: sorted[Math.floor(sorted.length / 2)], times: times[engine] };
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
