// Model documents in and out: share (stored by the server, or offline in the link itself), export and import a
// file, and open the model an address names, resumed as stored or (an embed's choice) replayed from pass 0.
import { $, page, compact, embedOptions, tr } from './page.js';
import { toHash, formatPoints, RULES } from './state.js';
import { views } from './views.js';
import { run, start, engineWorker, showNothing, ask } from './run.js';
import { fillForm } from './settingsform.js';
import { updateFullLink } from './embedding.js';
import { sendEntry } from './challenge.js';

/** A document the worker wrote, for the purpose it was asked for. */
export function documentWritten(text, purpose) {
  if (purpose === 'export') {
    download(new Blob([text], { type: 'application/json' }), 'nnfs-model.json');
  } else if (purpose === 'share') {
    share(text);
  } else if (purpose === 'entry') {
    sendEntry(text);
  } else if (purpose === 'test') {
    /** @type {any} */ (window).nnfsLastDocument = text;
  }
}

export function download(blob, name) {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

/** A document in a link: deflated, then base64url. */
async function compress(text) {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  let bin = '';
  bytes.forEach(b => { bin += String.fromCharCode(b); });
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

async function decompress(b64) {
  const bin = atob(b64.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = Uint8Array.from(bin, c => c.charCodeAt(0));
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  return await new Response(stream).text();
}

/** The automatic title the share form was opened with: kept as it is, the document gets none of its own. */
let offeredTitle = '';

/** Sharing starts by asking for a title, the automatic one (in the reader's language) filled in. */
export function startSharing() {
  ask({ cmd: 'name', baseline: page.state.model === 'logreg' });
}

export function askTitle(name) {
  offeredTitle = name;
  $('share-box').hidden = false;
  $('share-result').hidden = true;
  $('share-title-form').hidden = false;
  const input = /** @type {HTMLInputElement} */ ($('share-title'));
  input.maxLength = RULES.maxTitle;
  input.value = name;
  input.focus();
  input.select();
}

/** The title form's answer: the document, titled unless the automatic title was kept, goes to the server. */
export function shareWithTitle() {
  const title = /** @type {HTMLInputElement} */ ($('share-title')).value.trim();
  $('share-title-form').hidden = true;
  // an unchanged automatic title is left out: each reader then sees it in their own language
  ask({ cmd: 'document', purpose: 'share', baseline: page.state.model === 'logreg', title: title === offeredTitle ? '' : title });
}

export function cancelSharing() {
  $('share-title-form').hidden = true;
  $('share-box').hidden = $('share-result').hidden;
  $('b-share').focus();
}

async function share(text) {
  $('share-box').hidden = false;
  $('share-result').hidden = false;
  let refused = null; // the server's own reason, when it answered but did not store the model
  try {
    // the answer's title (the share box, "My shared models") in the page's language
    const r = await fetch('/api/models?lang=' + page.lang, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: text });
    if (!r.ok) {
      refused = await r.json().then(p => p.detail, () => String(r.status));
      throw new Error(refused);
    }
    const saved = await r.json();
    $('share-link').value = saved.url;
    $('share-embed').value = saved.embedHtml;
    $('share-oembed').value = location.origin + '/oembed?url=' + encodeURIComponent(saved.url) + '&format=json';
    $('share-note').textContent = '';
    $('b-builder').hidden = false;
    $('b-builder').onclick = () => views.builder.open({ id: saved.id, url: saved.url, title: saved.title });
    $('share-token').value = saved.deleteToken;
    $('share-token-row').hidden = false;
    const kept = views.myModels.remember({ id: saved.id, url: saved.url, title: saved.title, date: new Date().toISOString(), token: saved.deleteToken });
    $('share-token-note').textContent = tr(kept ? 'tokenRemembered' : 'tokenKeep');
  } catch (err) {
    $('share-token-row').hidden = true;
    $('b-builder').hidden = true;
    const doc = await compress(text);
    const s = Object.assign({}, page.state, { m: null, doc: doc, lang: null });
    $('share-link').value = location.origin + location.pathname + toHash(s);
    $('share-embed').value = '';
    $('share-oembed').value = '';
    // never "unreachable" when the server answered: busy, over a limit, or refusing the document, it says why
    $('share-note').textContent = refused === null ? tr('shareOffline') : tr('shareRefused', refused);
  }
}

/**
 * Opens the shared model the address names, if any: true when it is shown. A model the server (or, offline, this
 * browser's copy) cannot give is never replaced by another: the page says why and trains nothing.
 */
export async function openShared() {
  $('model-note').hidden = true;
  const state = page.state;
  if (state.m) {
    try {
      const r = await fetch('/api/models/' + state.m);
      if (r.ok) {
        // an embed may open at pass 0 (start=untrained), or training at once (start=replay)
        run.replayPending = embedOptions.start === 'replay';
        openDocument(await r.text(), embedOptions.start !== 'trained');
        return true;
      }
      $('errors').textContent = (await r.json()).detail;
    } catch (err) {
      // the server cannot be reached and this browser never opened the model (else its service worker has it)
      $('errors').textContent = tr('needsConnection');
    }
    showNothing();
    return true;
  } else if (state.doc) {
    try {
      openDocument(await decompress(state.doc));
      $('model-note').textContent = tr('fragmentModel');
      $('model-note').hidden = compact;
      return true;
    } catch (err) {
      $('errors').textContent = tr('invalid') + ': ' + err;
    }
  }
  return false;
}

/**
 * A model file chosen by the learner: checked by the engine in a worker of its own first, so that a file it cannot
 * read is named with its problem and the run on screen goes on untouched.
 */
export async function importModel(file) {
  const text = await file.text();
  const problem = await documentProblem(text);
  if (problem !== null) {
    $('errors').textContent = tr('importInvalid', file.name, problem); // in the page's language, from the engine
    return;
  }
  $('errors').textContent = '';
  openDocument(text);
}

/** Null when the engine reads the document, else what it says is wrong. */
function documentProblem(text) {
  return new Promise(resolve => {
    const checker = engineWorker();
    const done = problem => { checker.terminate(); resolve(problem); };
    checker.onmessage = e => {
      if (e.data.type === 'started') done(null);
      else if (e.data.type === 'error') done(e.data.message);
    };
    checker.onerror = e => done(String(e.message || e));
    checker.postMessage({ cmd: 'resume', document: text, recordEvery: 1000, gridW: 16, gridH: 12 });
  });
}

/**
 * Shows a model document: resumed as stored, or (fromPassZero) its settings at pass 0, which train to the same
 * bits (an embed's start=untrained and start=replay).
 */
function openDocument(text, fromPassZero) {
  const doc = JSON.parse(text);
  if (!doc.training) {
    // a logistic regression: its data, refit (the fit is deterministic, so it is the same model)
    Object.assign(page.state, dataSettings(doc), { model: 'logreg' });
    fillForm();
    start(null);
    showSharedTitle(doc);
    updateFullLink();
    return;
  }
  const acts = doc.model.activations;
  Object.assign(page.state, dataSettings(doc), {
    model: 'network',
    hidden: doc.model.layers.slice(1, -1).join(','),
    act: acts.every(a => a === acts[0]) ? acts[0] : acts.join(','),
    lr: doc.training.learningRate, reg: doc.training.reg, passes: doc.training.passes, batch: doc.training.batchSize, mean: !!doc.training.meanGradients, wseed: doc.training.seed,
  }, annealSettings(doc.training.anneal));
  fillForm();
  start(fromPassZero ? null : text);
  showSharedTitle(doc);
  updateFullLink();
}

/** The shared document on screen (null: none), so that its title follows a change of language. */
let shownDoc = null;

/**
 * "Shared model: its title", the title isolated in a <bdi> (a title that turns text around cannot turn the label),
 * and a warning when the server stored it without training it again to check it. A model shared without a title
 * of its own is named as the server names it, in the page's language (the engine's ModelName): asked of the worker.
 */
function showSharedTitle(doc) {
  shownDoc = doc;
  if (doc.title) showTitle(doc.title);
  else ask({ cmd: 'name', baseline: !doc.training, purpose: 'page' });
}

/** The page's title and its label of the shared model, in the page's language (after a switch too). */
export function sharedTitleInLanguage() {
  if (shownDoc && $('shared-title').textContent) showSharedTitle(shownDoc);
}

/** The worker's automatic name of the shared model on screen. */
export function namedSharedModel(name) {
  if (shownDoc && !shownDoc.title) showTitle(name);
}

function showTitle(title) {
  const el = $('shared-title');
  el.textContent = tr('sharedModel') + ': ';
  const bdi = document.createElement('bdi');
  bdi.textContent = title;
  el.appendChild(bdi);
  if (shownDoc.unverified) {
    const warn = document.createElement('strong');
    warn.className = 'unverified';
    warn.textContent = ' — ' + tr('unverified');
    warn.title = tr('unverifiedMeaning');
    el.appendChild(warn);
  }
  document.title = title + ' — nnfs';
}

/**
 * The state's annealing of a document's schedule ("none", "step:FACTOR:EVERY", "exp:K", "inv:K"), so that a replay
 * follows the same schedule to the bit (the factor is kept as stored).
 */
function annealSettings(spec) {
  const f = String(spec || 'none').split(':');
  if (f[0] === 'step' && f.length === 3 && +f[2] > 0) return { anneal: 'step', annealK: 1 / +f[2], annealF: +f[1] };
  if ((f[0] === 'exp' || f[0] === 'inv') && f.length === 2 && Number.isFinite(+f[1])) return { anneal: f[0], annealK: +f[1] };
  return { anneal: 'none' };
}

/** The data settings of a model document (or of anything with its "data": a challenge). */
export function dataSettings(doc) {
  const d = doc.data;
  return {
    data: d.kind, pts: d.kind === 'points' ? formatPoints(d.points) : null, n: d.n || 200, noise: d.noise === undefined ? null : d.noise,
    seed: d.seed || 0, classes: d.classes || 3, factor: d.factor || 0.5, test: d.testFraction || 0, split: d.splitSeed || 0,
  };
}
