// Draws one thing: the training log, the lines the article prints (the loss every 1000 passes), each marked when it
// equals the article's own line for that pass, which are fetched once from the reference numbers.
import { $, page, tr } from './page.js';
import { PROPS } from './state.js';

/** @type {string[] | null} */
let articleLines = null;
export function loadArticleLines() {
  if (articleLines) return Promise.resolve(articleLines);
  return fetch('/reference/article-training.json').then(r => r.json())
    .then(ref => { articleLines = ref.notebook_printed_hidden3; return articleLines; })
    .catch(() => null);
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
