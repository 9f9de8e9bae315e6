// The interface's texts in the page's language, which comes from the URL, else the browser.
import { all } from './dom.js';
import { STRINGS } from './texts.js';
/**
 * The page's texts by language and key; {0}, {1}... are where a text's arguments go. They are shared's catalogue
 * (nnfs.text.UiText), which the build writes as texts.js: the server's pages say the same things in the same words.
 */
export { STRINGS };

/**
 * The language named (when the page has it), else the browser's first that the page has, else English.
 * @param {string | null | undefined} fromUrl
 */
export function pickLanguage(fromUrl) {
  if (fromUrl && STRINGS[fromUrl]) return fromUrl;
  const langs = navigator.languages || [navigator.language || 'en'];
  for (const l of langs) {
    const base = String(l).toLowerCase().split('-')[0];
    if (STRINGS[base]) return base;
  }
  return 'en';
}

/**
 * A text in a language (English where that language lacks it; the key itself where no language has it).
 * @param {string} lang
 * @param {string} key
 * @param {...(string | number)} args
 */
export function t(lang, key, ...args) {
  let s = (STRINGS[lang] && STRINGS[lang][key]) || STRINGS.en[key] || key;
  // every place of an argument: a text may say it twice ("output {0} (class {0})")
  args.forEach((a, i) => { s = s.split('{' + i + '}').join(String(a)); });
  return s;
}

/**
 * Sentences one after another, as each language writes them: a space after an English sentence, none after a
 * Japanese one (。); empty parts left out.
 * @param {string[]} parts
 * @returns {string}
 */
export function joinSentences(parts) {
  return parts.filter(Boolean).reduce((all, next) => all + (all === '' || /[。！？」]$/.test(all) ? '' : ' ') + next, '');
}

/**
 * Puts the texts of one language into every element with data-i18n (text), data-i18n-label (aria-label) or
 * data-i18n-empty (what the element says while it is empty).
 */
/** @param {string} lang */
export function translatePage(lang) {
  document.documentElement.lang = lang;
  all('[data-i18n]').forEach(el => { el.textContent = t(lang, String(el.dataset.i18n)); });
  all('[data-i18n-label]').forEach(el => { el.setAttribute('aria-label', t(lang, String(el.dataset.i18nLabel))); });
  all('[data-i18n-title]').forEach(el => { el.title = t(lang, String(el.dataset.i18nTitle)); });
  all('[data-i18n-empty]').forEach(el => { el.dataset.empty = t(lang, String(el.dataset.i18nEmpty)); });
  document.title = t(lang, 'title');
}
