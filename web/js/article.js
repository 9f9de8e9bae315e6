// Wires /article: the language, the article's equations as MathML, and a live compact view (the app's embed,
// preset to the step) beside each step. The views load when they come near the screen and size themselves.
import { $, all } from './dom.js';
import { STRINGS, pickLanguage, t, translatePage } from './i18n.js';
import { MathML } from './mathml.js';
import { showPresets } from './presets.js';

// for tests: the page's texts
/** @type {any} */ (window).nnfsApp = { strings: STRINGS };

const params = new URLSearchParams(location.search || location.hash.replace(/^#/, ''));
let lang = pickLanguage(params.get('lang'));
const tr = (key, ...args) => t(lang, key, ...args);

/** The article's equations, in its notation: forward pass, loss, backward pass and gradients. */
function equations() {
  const M = MathML, box = $('equations');
  box.textContent = '';
  const sub = M.sub, mo = M.mo, mi = M.mi, row = M.row;
  const lines = [
    [sub('z', 1), mo('='), mi('x'), sub('W', 1), mo('+'), sub('b', 1)],
    [sub('a', 1), mo('='), M.fn('tanh'), mo('('), sub('z', 1), mo(')')],
    [sub('z', 2), mo('='), sub('a', 1), sub('W', 2), mo('+'), sub('b', 2)],
    [sub('a', 2), mo('='), M.el('mover', [mi('y'), mo('^')]), mo('='), M.fn('softmax'), mo('('), sub('z', 2), mo(')')],
    [mi('L'), mo('='), mo('−'), M.el('mfrac', [M.el('mn', ['1']), mi('N')]), M.el('munder', [mo('∑'), mi('n')]), M.el('munder', [mo('∑'), mi('i')]),
      M.el('msub', [mi('y'), row(mi('n'), mo(','), mi('i'))]), M.fn('log'), M.el('msub', [M.el('mover', [mi('y'), mo('^')]), row(mi('n'), mo(','), mi('i'))])],
    [sub('δ', 3), mo('='), M.el('mover', [mi('y'), mo('^')]), mo('−'), mi('y')],
    [sub('δ', 2), mo('='), mo('('), M.el('mn', ['1']), mo('−'), M.sup(M.fn('tanh'), M.el('mn', ['2'])), sub('z', 1), mo(')'), mo('∘'), sub('δ', 3), M.sup(sub('W', 2), 'T')],
    [M.el('mfrac', [row(mo('∂'), mi('L')), row(mo('∂'), sub('W', 2))]), mo('='), M.sup(sub('a', 1), 'T'), sub('δ', 3), mo(','),
      M.el('mfrac', [row(mo('∂'), mi('L')), row(mo('∂'), sub('b', 2))]), mo('='), sub('δ', 3), mo(','),
      M.el('mfrac', [row(mo('∂'), mi('L')), row(mo('∂'), sub('W', 1))]), mo('='), M.sup(mi('x'), 'T'), sub('δ', 2), mo(','),
      M.el('mfrac', [row(mo('∂'), mi('L')), row(mo('∂'), sub('b', 1))]), mo('='), sub('δ', 2)],
  ];
  lines.forEach(l => box.appendChild(M.math(l)));
}

/**
 * Starts a live view once it is near the screen: each is an app of its own, and six starting with the page made its
 * first seconds slow. Until then a slot of the frame's size keeps its place, so that nothing moves when it comes.
 */
const sight = 'IntersectionObserver' in window ? new IntersectionObserver(seen => seen.forEach(e => {
  if (!e.isIntersecting) return;
  sight.unobserve(e.target);
  startLiveView(/** @type {HTMLElement} */ (e.target));
}), { rootMargin: '200px' }) : null;

/** Puts the live view's frame in place of its slot. */
function startLiveView(slot) {
  const frame = document.createElement('iframe');
  frame.src = slot.dataset.src || '';
  frame.title = slot.dataset.title || '';
  frame.referrerPolicy = 'same-origin';
  slot.replaceWith(frame);
}

/** A live view of the app, preset to the step, in the page's language. */
function liveViews() {
  all('.live').forEach(box => {
    box.textContent = '';
    const slot = document.createElement('div');
    slot.className = 'live-slot';
    slot.dataset.src = '/embed?' + box.dataset.preset + '&lang=' + lang;
    slot.dataset.title = tr(box.dataset.title);
    const caption = document.createElement('p');
    caption.className = 'live-caption';
    caption.textContent = tr(box.dataset.title) + ' · ';
    const open = document.createElement('a');
    open.href = '/#' + box.dataset.preset + (lang === 'ja' ? '&lang=ja' : '');
    open.textContent = tr('a_liveOpen');
    caption.appendChild(open);
    box.append(slot, caption);
    if (sight) sight.observe(slot); else startLiveView(slot);
  });
}

function setLanguage(l) {
  lang = l;
  translatePage(lang);
  document.title = tr('a_title') + ' — nnfs';
  all('[data-i18n-alt]').forEach(img => { /** @type {HTMLImageElement} */ (img).alt = tr(img.dataset.i18nAlt); });
  $('f-lang').value = lang;
  liveViews();
  showPresets(tr, lang);
  history.replaceState(null, '', location.pathname + (lang === pickLanguage(null) ? '' : '?lang=' + lang) + location.hash);
}

// an embed says how tall its content is: its frame takes that height, so nothing scrolls inside it
window.addEventListener('message', e => {
  if (e.origin !== location.origin || !e.data || e.data.type !== 'nnfs:resize') return;
  all('.live iframe').forEach(el => {
    const f = /** @type {HTMLIFrameElement} */ (el);
    if (f.contentWindow === e.source) f.style.height = Math.max(200, Math.min(2000, Math.ceil(+e.data.height) || 0)) + 'px';
  });
});

window.addEventListener('DOMContentLoaded', () => {
  try {
    if ('serviceWorker' in navigator) navigator.serviceWorker.register('/sw.js').catch(() => {});
  } catch (err) {
    // a sandboxed frame: the page works without offline caching
  }
  equations();
  setLanguage(lang);
  $('f-lang').addEventListener('change', () => setLanguage($('f-lang').value));
});
