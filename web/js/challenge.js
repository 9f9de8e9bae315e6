// A classroom challenge as a student meets it (/c/{id}): the app on the challenge's data, held to its limits, with the
// goal, the student's live standing on the held-out points, and the entry sent with a name. The server checks an
// entry by training it again and answers with its own numbers (the receipt). Offline, the entry waits in this
// browser and goes when the connection is back. The numbers here come from the engine; this file does no math.
import { $, page, tr, challengeId, writeUrl } from './page.js';
import { joinSentences } from './i18n.js';
import { BrowserStorage } from './storage.js';
import { dataSettings } from './sharing.js';
import { ask } from './run.js';

/** The challenge as the server describes it (GET /api/challenges/{id}); null until it came, or on another page. */
/** @type {any} */
let challenge = null;
const NAME_KEY = 'nnfs-student-name';
const PENDING_KEY = 'nnfs-pending-entries';

/** Whether this page is a challenge's; then its data and limits are set on the page and true is answered. */
export async function openChallenge() {
  if (!challengeId) return false;
  document.body.classList.add('challenge');
  $('challenge').hidden = false;
  try {
    const answer = await fetch('/api/challenges/' + challengeId);
    const body = await answer.json();
    if (!answer.ok) throw new Error(body.detail || answer.statusText);
    challenge = body;
  } catch (err) {
    $('ch-result').textContent = tr('chNotFound', String(err instanceof Error ? err.message : err));
    $('ch-form').hidden = true;
    return false;
  }
  // the challenge's data, and a network within its limits to start from (the page's own when it fits)
  const l = challenge.limits;
  const units = page.state.hidden.split(',').map(Number);
  const fits = units.length <= l.maxLayers && units.reduce((a, b) => a + b, 0) <= l.maxHiddenUnits;
  Object.assign(page.state, dataSettings({ data: challenge.data }), {
    model: 'network',
    hidden: fits ? page.state.hidden : String(Math.min(3, l.maxHiddenUnits)),
    act: page.state.act.split(',').every(a => l.activations.includes(a)) ? page.state.act : l.activations[0],
    passes: Math.min(page.state.passes, l.maxPasses),
  });
  /** @type {HTMLFieldSetElement} */ ($('settings').querySelector('fieldset')).disabled = true; // the data is the challenge's
  /** @type {HTMLSelectElement} */ ($('f-model')).disabled = true;
  /** @type {HTMLInputElement} */ ($('ch-name')).value = BrowserStorage.get(NAME_KEY) || '';
  $('ch-form').addEventListener('submit', e => {
    e.preventDefault();
    const name = /** @type {HTMLInputElement} */ ($('ch-name')).value.trim();
    if (!name) return;
    BrowserStorage.set(NAME_KEY, name);
    const broken = limitBroken(page.state);
    if (broken) { $('ch-result').textContent = broken[1]; return; }
    ask({ cmd: 'document', purpose: 'entry' });
  });
  window.addEventListener('online', sendPending);
  describeChallenge();
  writeUrl();
  sendPending();
  return true;
}

/** The challenge's words in the page's language (again after a switch). */
export function describeChallenge() {
  if (!challenge) return;
  $('ch-title').textContent = challenge.title;
  $('ch-description').textContent = challenge.description || '';
  const g = challenge.goal, l = challenge.limits;
  $('ch-goal').textContent = g.metric === 'testAccuracy' ? tr('chGoalAccuracy', percent(g.target)) : tr('chGoalLoss', g.target);
  $('ch-limits').textContent = tr('chLimits', l.maxHiddenUnits, l.maxLayers, l.activations.join(', '), l.maxPasses);
  $('ch-closes').textContent = challenge.closed ? tr('chClosed') : challenge.closes ? tr('chCloses', new Date(challenge.closes).toLocaleString(page.lang)) : '';
  /** @type {HTMLButtonElement} */ ($('ch-submit')).disabled = !!challenge.closed;
  document.title = tr('challenge') + ': ' + challenge.title + ' — nnfs';
}

function percent(fraction) {
  return (100 * fraction).toFixed(1).replace(/\.0$/, '');
}

/**
 * The first limit of the challenge a state breaks, as [the form field's id, what to say], or null. The server says
 * the same of an entry; the page says it before anyone trains.
 * @param {any} s
 * @returns {[string, string] | null}
 */
export function limitBroken(s) {
  if (!challenge) return null;
  const l = challenge.limits;
  if (s.model !== 'network') return ['f-model', tr('chNeedsNetwork')];
  const units = String(s.hidden).split(',').map(Number);
  if (units.length > l.maxLayers) return ['f-hidden', tr('chLayers', l.maxLayers)];
  if (units.reduce((a, b) => a + b, 0) > l.maxHiddenUnits) return ['f-hidden', tr('chUnits', l.maxHiddenUnits)];
  if (!String(s.act).split(',').every(a => l.activations.includes(a))) return ['f-act', tr('chActivations', l.activations.join(', '))];
  if (s.passes > l.maxPasses) return ['f-passes', tr('chPasses', l.maxPasses)];
  return null;
}

/**
 * Where the student stands now: the goal's metric on the held-out points, as the engine reports it after each beat.
 * @param {any} p the engine's progress
 */
export function showStanding(p) {
  if (!challenge || p.testAccuracy === undefined) return;
  const g = challenge.goal;
  const reached = g.metric === 'testAccuracy' ? p.testAccuracy >= g.target : p.testLoss !== null && p.testLoss <= g.target;
  $('ch-standing').textContent = (g.metric === 'testAccuracy'
    ? tr('chStandingAccuracy', (100 * p.testAccuracy).toFixed(1), percent(g.target))
    : tr('chStandingLoss', p.testLoss === null ? '—' : p.testLoss.toFixed(6), g.target)) + (reached ? ' ✓ ' + tr('chReached') : '');
  $('ch-standing').classList.toggle('reached', reached);
}

/** The entry's document, as the engine wrote it: sent now, or kept until the connection is back. */
export async function sendEntry(text) {
  const name = /** @type {HTMLInputElement} */ ($('ch-name')).value.trim();
  const entry = { challenge: challengeId, name: name, model: text };
  if (!(await send(entry))) keep(entry);
}

/**
 * Sends an entry; false when it should be kept and tried again (no connection, or the server cannot take it now),
 * true when it is settled: taken (the receipt shows) or refused for a reason of its own (said).
 * @param {{challenge: string | null, name: string, model: string}} entry
 */
async function send(entry) {
  $('ch-result').textContent = tr('chSubmitting');
  /** @type {Response} */
  let answer;
  try {
    answer = await fetch('/api/challenges/' + entry.challenge + '/entries?lang=' + page.lang, {
      method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: entry.name, model: JSON.parse(entry.model) }),
    });
  } catch (err) {
    $('ch-result').textContent = tr('chPending');
    return false;
  }
  let body = null;
  try { body = await answer.json(); } catch (err) { /* an answer without JSON (a proxy's page) */ }
  const detail = body && body.detail ? body.detail : answer.statusText;
  if (answer.status >= 500 || answer.status === 429) {
    $('ch-result').textContent = joinSentences([tr('chRefused', detail), tr('chPending')]);
    return false;
  }
  if (!answer.ok) $('ch-result').textContent = tr('chRefused', detail);
  else showReceipt(body);
  return true;
}

/** The server's numbers of the entry, and its model's link. */
function showReceipt(e) {
  const out = $('ch-result');
  out.textContent = joinSentences([tr('chReceipt', (100 * e.testAccuracy).toFixed(1), e.testLoss.toFixed(6), (100 * e.accuracy).toFixed(1), e.parameters),
    tr(e.meetsGoal ? 'chMeets' : 'chNotYet')]) + ' ';
  const a = document.createElement('a');
  a.href = e.modelUrl;
  a.textContent = tr('chReceiptLink');
  out.appendChild(a);
}

/** How often kept entries are tried again while the server does not answer (the browser may think itself online). */
const RETRY_MS = 10000;
/** @type {ReturnType<typeof setTimeout> | undefined} */
let retry;

/** Entries kept in this page alone, where the browser keeps nothing (storage blocked): sent while the page is open. */
/** @type {any[]} */
let unsaved = [];

/** @param {any} entry */
function keep(entry) {
  const pending = readPending();
  pending.push(entry);
  if (!BrowserStorage.set(PENDING_KEY, JSON.stringify(pending))) unsaved.push(entry);
  clearTimeout(retry);
  retry = setTimeout(sendPending, RETRY_MS);
}

/** @returns {any[]} */
function readPending() {
  try {
    const kept = JSON.parse(BrowserStorage.get(PENDING_KEY) || '[]');
    return Array.isArray(kept) ? kept : [];
  } catch (err) {
    return [];
  }
}

/**
 * The entries kept while offline, in the order they were made; each leaves the list once it is settled, so a page
 * closed in the middle sends the rest next time.
 */
async function sendPending() {
  clearTimeout(retry);
  const stored = readPending(), inPage = unsaved;
  unsaved = [];
  const still = [];
  for (const entry of stored.concat(inPage)) {
    if (still.length || !(await send(entry))) still.push(entry); // once one waits, the later ones wait behind it
    else BrowserStorage.set(PENDING_KEY, JSON.stringify(readPending().filter(e => JSON.stringify(e) !== JSON.stringify(entry))));
  }
  if (still.length) {
    BrowserStorage.set(PENDING_KEY, JSON.stringify(still.filter(e => !inPage.includes(e))));
    unsaved = still.filter(e => inPage.includes(e));
    retry = setTimeout(sendPending, RETRY_MS);
  }
}
