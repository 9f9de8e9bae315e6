// The page in a frame: an embed's look from its options (panels, controls, caption, settings sheet), how its panels
// share the frame, the height it asks its parent for, and its link to the full app.
import { $, page, compact, embedOptions, embedPanels, shows } from './page.js';
import { toHash } from './state.js';
import { panelPlace } from './embedoptions.js';

/**
 * How many panels share an embed's column (the style sheet reads --panels): those asked, less a diagram that does
 * not fit its share of the frame — it gives way, and the plot and the other panels take the room (the loss chart
 * and the inspector fit any share: the chart scales, the inspector scrolls inside).
 */
export function layoutPanels() {
  if (!compact || !embedPanels.length) return;
  const inside = /** @type {HTMLElement} */ (document.querySelector('.inside')), body = document.body;
  // beside the plot, under it, or not at all: shared's rule for this frame's size (the style sheet lays each out)
  const place = panelPlace(window.innerWidth, window.innerHeight);
  ['side', 'under', 'none'].forEach(p => body.classList.toggle('panels-' + p, p === place));
  inside.classList.remove('panel-too-small');
  body.style.setProperty('--panels', String(embedPanels.length));
  body.classList.add('with-panels');
  if (!shows('diagram')) return;
  const box = /** @type {HTMLElement} */ (inside.querySelector('.diagram-box'));
  if (box.getClientRects().length === 0 || $('diagram').scrollHeight <= box.clientHeight + 2) return;
  inside.classList.add('panel-too-small');
  body.style.setProperty('--panels', String(Math.max(1, embedPanels.length - 1)));
  body.classList.toggle('with-panels', embedPanels.length > 1);
}

/** The embed's look from its options: classes the style sheet reads, the caption, the settings sheet. */
export function applyEmbedOptions() {
  const o = embedOptions, body = document.body;
  body.classList.add('embed', 'controls-' + o.controls);
  if (o.locked) body.classList.add('locked');
  /** @type {Record<string, string>} */
  const box = { loss: '.side', diagram: '.inside', inspect: '.inspect-box' };
  embedPanels.forEach((p, i) => {
    body.classList.add('show-' + p);
    if (i > 0) document.querySelector(box[p])?.classList.add('panel-later'); // where only one fits (CSS)
  });
  layoutPanels();
  $('embed-title').textContent = document.title; // the server names the page after its model
  $('embed-caption').textContent = o.caption;
  $('embed-caption').hidden = !o.caption;
  const sheet = open => {
    body.classList.toggle('settings-open', open);
    $('b-settings').setAttribute('aria-expanded', String(open));
    (open ? $('f-data') : $('b-settings')).focus();
  };
  $('b-settings').addEventListener('click', () => sheet(!body.classList.contains('settings-open')));
  $('b-settings-close').addEventListener('click', () => sheet(false));
  $('settings').addEventListener('keydown', e => { if (e.key === 'Escape' && body.classList.contains('settings-open')) sheet(false); });
  $('settings').addEventListener('submit', () => { if (body.classList.contains('settings-open')) sheet(false); });
}

/** WordPress's secret for this frame, read before the page writes its own state into the fragment. */
const WP_SECRET = (/[#&?]secret=([A-Za-z0-9]+)/.exec(location.hash) || [])[1] || null;

/**
 * In a frame, the embed tells its parent the height at which it shows best ({type: 'nnfs:resize', height}): its
 * controls and numbers as they are now, and the plot at the frame's full width in 4:3. The embed fits whatever frame
 * it is given (the plot scales to the room left); a parent that applies the height gives it the room it wants.
 * It speaks WordPress's protocol too (wp-embed.js): when its address ends in #?secret=..., it sends {secret,
 * message: 'height', value}, and again when the parent says {message: 'ready'} (WordPress holds such a frame at
 * the height it first gave it, and hidden until the embed speaks).
 */
export function reportHeight() {
  if (window.parent === window) return;
  const secret = WP_SECRET;
  let last = 0;
  const send = h => {
    window.parent.postMessage({ type: 'nnfs:resize', height: h }, '*');
    if (secret) window.parent.postMessage({ secret: secret, message: 'height', value: h }, '*');
  };
  const post = () => {
    const box = /** @type {HTMLElement} */ (document.querySelector('.canvas-box')).getBoundingClientRect();
    const h = compact ? Math.ceil(document.body.getBoundingClientRect().height - box.height + box.width * 3 / 4)
      : Math.ceil(document.body.getBoundingClientRect().bottom + window.scrollY);
    if (h === last) return;
    last = h;
    send(h);
  };
  if (secret) {
    window.addEventListener('message', e => {
      if (e.source === window.parent && e.data && e.data.message === 'ready' && e.data.secret === secret && last) send(last);
    });
  }
  const watch = new ResizeObserver(post);
  watch.observe(document.body);
  document.querySelectorAll('.stage > *').forEach(el => watch.observe(el));
  post();
}

/** In an embed: the link to the full app, on the same model or settings. */
export function updateFullLink() {
  const state = page.state;
  $('open-full').href = state.m ? '/m/' + state.m : '/' + toHash(Object.assign({}, state, { lang: null }));
}
