// A challenge's board for its teacher (/c/{id}/board#token=...): every entry as the server scored it, best first,
// with its boundary; the class's spread; the CSV; deleting an entry. It asks again every few seconds. The token comes
// from the link's fragment, which the browser never sends to a server: it goes only in the API's header.
import { $, all } from './dom.js';
import { t, pickLanguage, translatePage } from './i18n.js';
import { ranked, histogram, counts } from './boardrows.js';
import { BrowserStorage } from './storage.js';
import { copyField } from './clipboard.js';

const id = String(document.body.dataset.challenge);
const token = new URLSearchParams(location.hash.slice(1)).get('token');
const EVERY_MS = 5000;
let lang = pickLanguage(new URLSearchParams(location.search).get('lang'));
/** @type {any} */
let challenge = null;
/** @type {any[]} */
let entries = [];
let bestPerName = BrowserStorage.get('nnfs-board-view') !== 'all';
/** @type {Date | null} */
let updated = null;

/** @param {string} key @param {...(string|number)} args */
const tr = (key, ...args) => t(lang, key, ...args);

async function load() {
  clearTimeout(timer);
  if (document.hidden) return; // asked again when the teacher looks (visibilitychange)
  try {
    if (!challenge) {
      const c = await fetch('/api/challenges/' + id + '?lang=' + lang);
      challenge = await c.json();
      if (!c.ok) throw new Error(challenge.detail || c.statusText);
    }
    const answer = await fetch('/api/challenges/' + id + '/entries?lang=' + lang, { headers: { 'Nnfs-Teacher-Token': String(token) }, cache: 'no-store' });
    const body = await answer.json();
    if (!answer.ok) throw new Error(body.detail || answer.statusText);
    entries = body.entries;
    updated = new Date();
    $('errors').textContent = '';
  } catch (err) {
    $('errors').textContent = String(err instanceof Error ? err.message : err);
  }
  render();
  timer = setTimeout(load, EVERY_MS);
}
/** @type {ReturnType<typeof setTimeout> | undefined} */
let timer;

function render() {
  if (!challenge || !challenge.goal) return;
  const g = challenge.goal;
  document.title = tr('chBoard') + ': ' + challenge.title + ' — nnfs';
  $('board-goal').textContent = (g.metric === 'testAccuracy' ? tr('chGoalAccuracy', (100 * g.target).toFixed(1).replace(/\.0$/, '')) : tr('chGoalLoss', g.target))
    + ' · ' + tr('chRankBy') + ': ' + tr(g.rank === 'size' ? 'chRankSize' : 'chRankMetric');
  const c = counts(entries);
  $('board-summary').textContent = c.entries ? tr('chEntries', c.entries, c.names, c.meeting) : tr('chNoEntries');
  $('board-updated').textContent = updated ? tr('chUpdated', updated.toLocaleTimeString(lang)) : '';
  const rows = ranked(entries, g.metric, bestPerName, g.rank === 'size');
  const body = /** @type {HTMLTableSectionElement} */ ($('entries').querySelector('tbody'));
  // each cell names its column, for the phone's layout (a card per entry, board.css)
  const labels = all('#entries thead th').map(th => th.textContent || '');
  body.replaceChildren(...rows.map((e, i) => row(e, i + 1, labels)));
  drawSpread(rows.map(e => g.metric === 'testLoss' ? e.testLoss : e.testAccuracy), g);
}

/** @param {any} e @param {number} rank @param {string[]} labels the columns' names */
function row(e, rank, labels) {
  const tr_ = document.createElement('tr');
  if (e.meetsGoal) tr_.className = 'meets';
  const cell = (/** @type {string | Node} */ v) => {
    const td = document.createElement('td');
    td.dataset.label = labels[tr_.children.length];
    td.append(v);
    tr_.appendChild(td);
    return td;
  };
  cell(String(rank));
  const name = document.createElement('bdi');
  name.textContent = e.name;
  cell(name);
  cell((100 * e.testAccuracy).toFixed(1) + '%');
  cell(e.testLoss.toFixed(4));
  cell((100 * e.accuracy).toFixed(1) + '%');
  cell(String(e.parameters));
  cell(e.meetsGoal ? '✓' : '—');
  cell(new Date(e.created).toLocaleTimeString(lang));
  const link = document.createElement('a');
  link.href = e.modelUrl;
  link.target = '_blank';
  link.rel = 'noopener';
  const img = document.createElement('img');
  img.src = e.modelUrl.replace('/m/', '/api/models/') + '/boundary.png?w=160&h=120';
  img.width = 120;
  img.height = 90; // drawn at 160 × 120 (the smallest picture the server draws is 100 px), shown smaller
  img.loading = 'lazy';
  img.alt = tr('boundary') + ': ' + e.name;
  link.appendChild(img);
  cell(link);
  const del = document.createElement('button');
  del.type = 'button';
  del.className = 'danger';
  del.textContent = tr('deleteModel');
  del.setAttribute('aria-label', tr('chDeleteEntry', e.name));
  del.addEventListener('click', () => deleteEntry(e));
  cell(del);
  return tr_;
}

/**
 * The class's spread: how many entries (of those shown) fall in each tenth of the metric's range, and the goal.
 * @param {number[]} values
 * @param {any} goal
 */
function drawSpread(values, goal) {
  const svg = $('spread'), W = 400, H = 120, bins = 10;
  // accuracy from a little under the lowest entry (or the goal) to 100 %: a class that does well is not one bar
  const lo = goal.metric === 'testLoss' ? 0 : Math.max(0, Math.floor(20 * Math.min(goal.target, ...values) - 1) / 20);
  const hi = goal.metric === 'testLoss' ? Math.max(goal.target, ...values, 1e-9) : 1;
  const h = histogram(values, lo, hi, bins), top = Math.max(1, ...h);
  const xOf = (/** @type {number} */ v) => W * (v - lo) / (hi - lo);
  const ns = 'http://www.w3.org/2000/svg';
  svg.replaceChildren();
  h.forEach((n, i) => {
    const r = document.createElementNS(ns, 'rect');
    r.setAttribute('x', String(i * W / bins + 2));
    r.setAttribute('width', String(W / bins - 4));
    r.setAttribute('y', String(H - 18 - (H - 24) * n / top));
    r.setAttribute('height', String((H - 24) * n / top));
    r.setAttribute('fill', '#5e4fa2');
    svg.appendChild(r);
  });
  const x = xOf(goal.target);
  const line = document.createElementNS(ns, 'line');
  line.setAttribute('x1', String(x));
  line.setAttribute('x2', String(x));
  line.setAttribute('y1', '0');
  line.setAttribute('y2', String(H - 16));
  line.setAttribute('stroke', '#9e0142');
  line.setAttribute('stroke-dasharray', '4 3');
  svg.appendChild(line);
  for (const [v, anchor] of [[lo, 'start'], [hi, 'end']]) {
    const label = document.createElementNS(ns, 'text');
    label.setAttribute('x', String(xOf(Number(v))));
    label.setAttribute('y', String(H - 2));
    label.setAttribute('text-anchor', String(anchor));
    label.setAttribute('font-size', '11');
    label.textContent = goal.metric === 'testLoss' ? Number(v).toFixed(2) : (100 * Number(v)).toFixed(0) + '%';
    svg.appendChild(label);
  }
  svg.setAttribute('aria-label', tr('chSpread') + ': ' + h.join(', '));
}

/** @param {any} e */
async function deleteEntry(e) {
  if (!confirm(tr('chConfirmDelete', e.name))) return;
  const answer = await fetch('/api/challenges/' + id + '/entries/' + e.id + '?lang=' + lang, { method: 'DELETE', headers: { 'Nnfs-Teacher-Token': String(token) } });
  if (!answer.ok && answer.status !== 404) {
    const body = await answer.json().catch(() => ({}));
    $('errors').textContent = body.detail || answer.statusText;
  }
  load();
}

/** The CSV, asked with the token in its header (a link could not carry it), saved as a file. */
async function downloadCsv() {
  const answer = await fetch('/api/challenges/' + id + '/entries.csv?lang=' + lang, { headers: { 'Nnfs-Teacher-Token': String(token) } });
  if (!answer.ok) {
    const body = await answer.json().catch(() => ({}));
    $('errors').textContent = body.detail || answer.statusText;
    return;
  }
  const a = document.createElement('a');
  a.href = URL.createObjectURL(await answer.blob());
  a.download = 'challenge-' + id + '.csv';
  document.body.appendChild(a);
  a.click();
  a.remove();
}

window.addEventListener('DOMContentLoaded', () => {
  translatePage(lang);
  /** @type {HTMLSelectElement} */ ($('f-lang')).value = lang;
  $('f-lang').addEventListener('change', () => {
    lang = /** @type {HTMLSelectElement} */ ($('f-lang')).value;
    translatePage(lang);
    render();
  });
  all('input[name=view]').forEach(r => {
    const radio = /** @type {HTMLInputElement} */ (r);
    radio.checked = (radio.value === 'best') === bestPerName;
    radio.addEventListener('change', () => { bestPerName = radio.value === 'best'; BrowserStorage.set('nnfs-board-view', radio.value); render(); });
  });
  $('b-csv').addEventListener('click', downloadCsv);
  $('b-copy-students').addEventListener('click', () => copyField($('students-link')));
  if (!token) {
    $('errors').textContent = tr('chNoToken');
    return;
  }
  document.addEventListener('visibilitychange', () => { if (!document.hidden) load(); });
  load();
});
