// Draws one thing: the training log, the lines the article prints (the loss every 1000 passes), each marked when it
// equals the article's own line for that pass, which are fetched once from the reference numbers.
import { $, page, tr } from './page.js';
import { PROPS } from './state.js';

/** @type {string[] | null} the article's printed losses, one per 1000 passes */
let articleLines = null;
/** @type {string[] | null} the same lines from another numpy build (the reference's numpy_other_run_hidden3) */
let otherNumpyLines = null;
export function loadArticleLines() {
  if (articleLines) return Promise.resolve(articleLines);
  return fetch('/reference/article-training.json').then(r => r.json())
    .then(ref => { articleLines = ref.notebook_printed_hidden3; otherNumpyLines = ref.numpy_other_run_hidden3; return articleLines; })
    .catch(() => null);
}

/** Says why a line of the article's run may lack the mark, with two numpy builds' own lines for the last print. */
function explainUnmarked() {
  if ($('log-chaos').hidden) sayUnmarked();
}

/** The notes under the log again, in the page's language now. */
export function restateLogNotes() {
  if (!$('log-chaos').hidden) sayUnmarked();
  if (!$('log-note').hidden) $('log-note').textContent = tr('alternating');
}

function sayUnmarked() {
  const note = $('log-chaos');
  if (!articleLines || !otherNumpyLines) return;
  const last = articleLines.length - 1;
  note.textContent = tr('logChaotic', articleLines[last], otherNumpyLines[last]);
  note.hidden = false;
}

/** Whether the run is the article's own (every setting that shapes it at its default). */
export function isArticleRun() {
  const state = page.state;
  const shaping = ['data', 'n', 'noise', 'seed', 'test', 'model', 'hidden', 'act', 'lr', 'reg', 'passes', 'batch', 'mean', 'anneal', 'wseed'];
  return shaping.every(name => state[name] === PROPS.find(p => p.name === name).def) && !state.m && !state.doc;
}

/**
 * An empty log for a new run. The legend comes before the first mark when the run is the article's: it says what to
 * look for (and readies the mark's glyph early).
 */
export function clearLog(withLegend) {
  $('log').textContent = '';
  $('log-legend').hidden = !withLegend;
  $('log-note').hidden = true;
  $('log-chaos').hidden = true;
}

/** Adds [pass, text] lines to the log, each marked when it equals the line the article prints for that pass. */
export function appendLog(lines) {
  const log = $('log');
  const article = isArticleRun() ? articleLines : null;
  lines.forEach(([pass, text]) => {
    const line = document.createElement('span');
    line.textContent = text;
    log.appendChild(line);
    if (pass !== null && pass % 1000 === 0 && article) {
      const theirs = article[pass / 1000];
      if (theirs !== undefined && !text.endsWith(': ' + theirs)) explainUnmarked();
      if (theirs !== undefined && text.endsWith(': ' + theirs)) {
        line.className = 'as-article';
        const mark = document.createElement('span');
        mark.className = 'mark';
        mark.textContent = ' ✓ ' + tr('asArticle');
        log.appendChild(mark);
      }
    }
    log.appendChild(document.createTextNode('\n'));
  });
}
