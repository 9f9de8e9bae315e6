// The article's exercises as ready-made classroom challenges (/article): each creates a challenge of the teacher's
// own with one click (POST /api/challenges, in the page's language) and shows its links. The presets are shared's
// (nnfs.model.ChallengePresets), in the settings the build writes.
import { $ } from './dom.js';
import { SETTINGS } from './settings.js';
import { copyField } from './clipboard.js';

/** @typedef {(key: string, ...args: (string | number)[]) => string} Tr */

/**
 * The list of presets, each with its button; drawn again in another language.
 * @param {Tr} tr
 * @param {string} lang
 */
export function showPresets(tr, lang) {
  const list = $('presets');
  list.replaceChildren(...SETTINGS.challengePresets.map(p => {
    const li = document.createElement('li');
    const h = document.createElement('h4');
    h.textContent = tr(p.titleKey);
    const text = document.createElement('p');
    text.textContent = tr(p.textKey);
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = tr('chPresetCreate');
    const out = document.createElement('div');
    out.className = 'preset-links';
    out.setAttribute('role', 'status');
    button.addEventListener('click', () => create(p, tr, lang, out, button));
    li.append(h, text, button, out);
    return li;
  }));
}

/**
 * @param {{ key: string, titleKey: string, textKey: string, challenge: Record<string, any> }} p
 * @param {Tr} tr
 * @param {string} lang
 * @param {HTMLElement} out
 * @param {HTMLButtonElement} button
 */
async function create(p, tr, lang, out, button) {
  button.disabled = true;
  out.replaceChildren();
  try {
    const body = Object.assign({ title: tr(p.titleKey), description: tr(p.textKey) }, p.challenge);
    const answer = await fetch('/api/challenges?lang=' + lang, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    const made = await answer.json();
    if (!answer.ok) throw new Error(made.detail || answer.statusText);
    out.append(link(tr('chStudentsLink'), made.url, 'preset-' + p.key + '-students', tr), link(tr('chBoardLink'), made.teacherUrl, 'preset-' + p.key + '-board', tr));
  } catch (err) {
    out.textContent = err instanceof TypeError ? tr('chUnreachable') : String(err instanceof Error ? err.message : err);
    button.disabled = false;
  }
}

/**
 * A labelled, read-only link with a Copy button.
 * @param {string} label @param {string} url @param {string} id @param {Tr} tr
 */
function link(label, url, id, tr) {
  const wrap = document.createElement('div');
  const l = document.createElement('label');
  l.htmlFor = id;
  l.textContent = label;
  const row = document.createElement('div');
  row.className = 'copyrow';
  const input = document.createElement('input');
  input.id = id;
  input.readOnly = true;
  input.value = url;
  const copy = document.createElement('button');
  copy.type = 'button';
  copy.textContent = tr('copy');
  copy.addEventListener('click', () => copyField(input));
  row.append(input, copy);
  wrap.append(l, row);
  return wrap;
}
