// How an embed looks, read from its address's query: /embed/{id}?show=loss,diagram&controls=all&locked=1&start=replay
// &caption=...&lang=ja. One list of options, read by the embed and written by the embed builder; the server checks
// the same rows (EmbedOptions.java) and answers 400 to a value it does not take.
import { SETTINGS } from './settings.js';
// show: the panels beside the boundary (always there: it is what the embed is about); controls: none, Play and
// Reset, every button where the frame has room (collapsing to Play in small frames), or those with the speed and the
// settings (unless locked); start: the stored model with "Watch it train", its settings at pass 0, or training at once.
// The rows are the settings table's (shared's nnfs.settings.Settings.EMBED, in settings.js).
export const EMBED_OPTIONS = SETTINGS.embed;

/**
 * How an embed looks: show (panels, comma-separated), controls, locked, start, caption, lang.
 * @typedef {Record<string, any>} EmbedOptions
 */

/**
 * The options a query gives (unknown names ignored; a bad value falls back to its default, as the server refuses it).
 * @param {string | null | undefined} search
 * @returns {EmbedOptions}
 */
export function parseEmbedOptions(search) {
  const q = new URLSearchParams(search || '');
  /** @type {EmbedOptions} */
  const o = {};
  EMBED_OPTIONS.forEach(p => {
    const raw = q.get(p.name);
    o[p.name] = p.def;
    if (raw === null) return;
    const choices = p.choices || [];
    if (p.kind === 'set') o[p.name] = raw.split(',').filter(v => choices.includes(v)).join(','); // in the order asked
    else if (p.kind === 'bool') o[p.name] = raw === '1' || raw === 'true';
    else if (p.kind === 'text') o[p.name] = raw.slice(0, p.max);
    else if (choices.includes(raw)) o[p.name] = raw;
  });
  return o;
}

/**
 * The query of some options: only what differs from the defaults, in the list's order ('' when nothing does),
 * written as the server writes it (EmbedOptions.query), so that the builder's iframe and oEmbed's are one.
 * @param {EmbedOptions} o
 * @returns {string}
 */
export function embedQuery(o) {
  /** @type {string[]} */
  const parts = [];
  EMBED_OPTIONS.forEach(p => {
    let v = o[p.name];
    if (p.kind === 'set') v = (p.choices || []).filter(c => String(v || '').split(',').includes(c)).join(',');
    if (v === undefined || v === null || v === p.def) return;
    // a set's names and the choices need no escaping; text is form-encoded (a space is "+"), like Java's URLEncoder
    parts.push(p.kind === 'text' ? new URLSearchParams([[p.name, v]]).toString() : p.name + '=' + (p.kind === 'bool' ? '1' : v));
  });
  return parts.length ? '?' + parts.join('&') : '';
}

/**
 * Where an embed of width x height CSS pixels puts the panels asked beside its plot: 'side' (all, in a column
 * beside it), 'under' (the first, under it) or 'none' (shared's EmbedLayout, whose sizes settings.js carries).
 * @param {number} width
 * @param {number} height
 * @returns {'side' | 'under' | 'none'}
 */
export function panelPlace(width, height) {
  const L = SETTINGS.embedLayout;
  if (width >= L.sideMinWidth && height >= L.sideMinHeight) return 'side';
  if (width < L.sideMinWidth && height >= L.underMinHeight) return 'under';
  return 'none';
}

/**
 * The panels of `asked` an embed of this size shows, in their order.
 * @param {string[]} asked
 * @param {number} width
 * @param {number} height
 * @returns {string[]}
 */
export function panelsShown(asked, width, height) {
  // the same rule as shared's EmbedLayout.shown: beside the plot all of them while their least heights add up to
  // the frame's, else all but the diagram; under it the first
  const L = SETTINGS.embedLayout, place = panelPlace(width, height);
  if (place === 'under') return asked.slice(0, 1);
  if (place !== 'side') return [];
  const need = asked.reduce((sum, p) => sum + (p === 'diagram' ? L.diagramMinHeight : L.panelMinHeight), 0);
  return need <= height ? asked.slice() : asked.filter(p => p !== 'diagram');
}

/**
 * The smallest of `sizes` ([width, height] pairs) at which every panel asked shows, by area (the first of equals);
 * null when none does.
 * @param {string[]} asked
 * @param {Array<[number, number]>} sizes
 * @returns {[number, number] | null}
 */
export function smallestShowing(asked, sizes) {
  const fit = sizes.filter(([w, h]) => panelsShown(asked, w, h).length === asked.length);
  return fit.reduce((best, s) => (best === null || s[0] * s[1] < best[0] * best[1] ? s : best), /** @type {[number, number] | null} */ (null));
}
