// The page's one record: the state (state.js's settings, as the address gives them), the language, and whether
// this is an embed with its options. Every module reads and changes the page through this one object.
import { PROPS, parseHash, toHash, checkProp } from './state.js';
import { parseEmbedOptions } from './embedoptions.js';
import { pickLanguage, t } from './i18n.js';
import { $ } from './dom.js';

export { $ } from './dom.js';

/** /embed... shows the compact view for frames. */
export const compact = location.pathname.startsWith('/embed');
/** The classroom challenge this page is (/c/{id}), or null. */
export const challengeId = (location.pathname.match(/^\/c\/([A-Za-z0-9_-]{22})$/) || [])[1] || null;
/** An embed's options (embedoptions.js): what it shows beside the plot, its controls, how it starts, its caption. */
export const embedOptions = parseEmbedOptions(compact ? location.search : '');
/** The panels an embed asked for, in the order asked. */
export const embedPanels = embedOptions.show ? embedOptions.show.split(',') : [];

/** The state the address names: its fragment, a share link /m/{id}, or an embed's query in the command line's words. */
function stateFromAddress() {
  let state = parseHash(location.hash);
  const sharedPath = location.pathname.match(/^\/(?:m|embed)\/([A-Za-z0-9_-]{22})$/);
  if (sharedPath) state.m = sharedPath[1];
  if (compact && location.pathname === '/embed') {
    // /embed?data=moons&n=200&hidden=3&...: the names an embed's query may use (settings.json's aliases)
    /** @type {Record<string, string>} */
    const alias = {};
    PROPS.forEach(p => (p.aliases || []).forEach(a => { alias[a] = p.name; }));
    const hash = new URLSearchParams();
    new URLSearchParams(location.search).forEach((v, k) => hash.set(alias[k] || k, v));
    const fromQuery = parseHash('#' + hash.toString());
    if (!fromQuery.lang) fromQuery.lang = state.lang;
    state = fromQuery;
  }
  // ?lang=ja works on every address (/m/{id}?lang=ja, /embed/{id}?lang=ja): the fragment's lang wins if both are given
  if (!state.lang) state.lang = checkProp(PROPS.find(p => p.name === 'lang'), new URLSearchParams(location.search).get('lang'))[0];
  return state;
}

const initial = stateFromAddress();
/** @type {{ state: any, lang: string }} */
export const page = { state: initial, lang: pickLanguage(initial.lang) };

/** A text of the page in its language. */
export function tr(key, ...args) { return t(page.lang, key, ...args); }
/**
 * "The engine stopped: ..." with the engine's message. The engine says it in the page's language: it renders its
 * catalogue (shared's nnfs.text.Msg) in the language the page gives each worker (run.js's engineWorker).
 */
export function engineError(message) { return tr('engineError', message); }

export function setStatus(key, extra) {
  $('status').textContent = tr(key) + (extra ? ' ' + extra : '');
}

/** The state's fragment, with the language only when it is not the browser's own. */
export function currentHash() {
  return toHash(Object.assign({}, page.state, { lang: page.lang === pickLanguage(null) ? null : page.lang }));
}

/**
 * Puts the state in the address (an embed keeps its address; its link to the full app carries the state); with
 * `push`, as a new entry in the history, so that Back returns to the state before (the page follows its address).
 */
export function writeUrl(push = false) {
  if (compact) return;
  const path = (page.state.m && location.pathname.startsWith('/m/')) || challengeId ? location.pathname : '/';
  if (push) history.pushState(null, '', path + currentHash());
  else history.replaceState(null, '', path + currentHash());
}

/** Whether a panel is on the page: always in the full app; in an embed, when its options ask for it. */
export function shows(panel) {
  return !compact || embedPanels.includes(panel);
}
