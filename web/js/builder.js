// The embed builder: a shared model's embed, chosen option by option (embedoptions.js) with a live preview at the
// chosen size, and what to paste where: an iframe (the server's own template, shared's EmbedCode, via settings.js),
// an oEmbed URL, a plain link, and a Markdown picture for places that allow no frames.
import { SETTINGS } from './settings.js';
import { embedQuery, panelsShown, smallestShowing } from './embedoptions.js';
export class EmbedBuilder {
  /** dialog: the <dialog> of the builder; tr: the page's translation function. */
  constructor(dialog, tr) {
    this.dialog = dialog;
    this.form = dialog.querySelector('form');
    this.frame = dialog.querySelector('#builder-frame');
    this.stage = dialog.querySelector('#builder-stage');
    this.tr = tr;
    this.model = null;
    this.src = null;
    /** The model's title in each language an embed may name, as the server says it (its oEmbed answer's title). */
    this.titles = {};
    this.form.addEventListener('input', () => this.update());
    this.form.addEventListener('change', () => this.update());
    new ResizeObserver(() => this.fit()).observe(this.stage);
    // once the preview has laid itself out, it says whether the diagram had room for its units
    this.frame.addEventListener('load', () => setTimeout(() => this.sayFit(), 800));
    dialog.querySelector('#b-fit-size').addEventListener('click', e => {
      const select = this.form.elements.size;
      select.value = /** @type {HTMLElement} */ (e.currentTarget).dataset.size;
      this.update();
      select.focus();
    });
  }

  /** Opens the builder on a stored model ({id, url, title}). */
  open(model) {
    this.model = model;
    this.titles = {};
    this.dialog.querySelector('#builder-model').textContent = model.title || model.id;
    if (!this.dialog.open) this.dialog.showModal();
    this.update();
  }

  /** The options the form gives, as embedoptions.js names them. */
  options() {
    const f = this.form;
    return {
      show: [...f.querySelectorAll('input[name=show]:checked')].map(c => c.value).join(','),
      controls: f.querySelector('input[name=controls]:checked').value,
      locked: f.elements.locked.checked,
      start: f.elements.start.value,
      caption: f.elements.caption.value.trim(),
      lang: f.elements.lang.value || null, // the reader's language: no lang in the query
    };
  }

  update() {
    if (!this.model) return;
    const f = this.form, o = this.options();
    f.elements.locked.disabled = o.controls !== 'all'; // only the full controls offer the settings to lock
    const base = new URL(this.model.url).origin, id = this.model.id, query = embedQuery(o);
    const [w, h] = f.elements.size.value.split('x');
    const src = base + '/embed/' + id + query;
    if (src !== this.src) { this.src = src; this.frame.src = src; }
    this.size = { w: w, h: +h };
    this.fit();
    this.sayFit();
    const title = this.titleIn(o.lang);
    // the server's own iframe (shared's nnfs.text.EmbedCode), filled as the server fills it
    let html = SETTINGS.iframe.replace('{src}', esc(src)).replace('{width}', esc(w)).replace('{height}', esc(h)).replace('{title}', esc(title));
    if (f.elements.autoHeight.checked) {
      // the embed posts {type: 'nnfs:resize', height}: only our origin is believed, and only for its own frame
      html += '\n<script>addEventListener("message", e => { if (e.origin !== "' + base + '" || !e.data || e.data.type !== "nnfs:resize") return;'
        + ' for (const f of document.querySelectorAll("iframe")) if (f.contentWindow === e.source) f.style.height = e.data.height + "px"; });</script>';
    }
    const link = base + '/m/' + id + query;
    f.querySelector('#out-iframe').value = html;
    f.querySelector('#out-oembed').value = base + '/oembed?url=' + encodeURIComponent(link) + '&format=json';
    f.querySelector('#out-link').value = base + '/m/' + id + (o.lang ? '?lang=' + o.lang : '');
    f.querySelector('#out-markdown').value = '[![' + title.replace(/[[\]\\]/g, '\\$&') + '](' + base + '/m/' + id + '/card.png)](' + base + '/m/' + id + ')';
  }

  /**
   * The iframe's title (what a screen reader names the frame) in the embed's language: the title the model was
   * shared with when the embed names none (the reader's language), else the server's title in that language, asked
   * once (oEmbed answers it); until it comes, the shared one.
   */
  titleIn(lang) {
    const shared = this.model.title || 'nnfs';
    if (!lang) return shared;
    if (this.titles[lang] === undefined) {
      this.titles[lang] = shared;
      const model = this.model;
      const link = model.url + '?lang=' + lang;
      fetch(new URL(model.url).origin + '/oembed?url=' + encodeURIComponent(link) + '&format=json')
        .then(r => (r.ok ? r.json() : null))
        .then(answer => {
          if (!answer || this.model !== model) return;
          this.titles[lang] = answer.title;
          this.update();
        }, () => {}); // offline: the shared title stays
    }
    return this.titles[lang];
  }

  /**
   * Never a panel dropped in silence: what the chosen size has no room for (shared's EmbedLayout), and the smallest
   * size of the list that shows it all; or that the diagram left itself out of the preview (too many units).
   */
  sayFit() {
    if (!this.size) return;
    const tr = this.tr, f = this.form, asked = this.options().show.split(',').filter(Boolean);
    const w = this.size.w === '100%' ? this.stage.clientWidth : +this.size.w, h = this.size.h;
    const shown = panelsShown(asked, w, h), dropped = asked.filter(p => !shown.includes(p));
    const names = { loss: tr('lossPanel'), diagram: tr('diagramPanel'), inspect: tr('inspectPanel') };
    const text = this.dialog.querySelector('#builder-fit-text'), use = /** @type {HTMLButtonElement} */ (this.dialog.querySelector('#b-fit-size'));
    use.hidden = true;
    text.textContent = '';
    if (dropped.length) {
      /** @type {Array<[number, number]>} */
      const sizes = [...f.elements.size.options].map(o => o.value).filter(v => !v.startsWith('100%'))
        .map(v => /** @type {[number, number]} */ (v.split('x').map(Number)));
      const best = smallestShowing(asked, sizes);
      text.textContent = tr('panelsDontFit', f.elements.size.selectedOptions[0].textContent, dropped.map(p => names[p]).join(', '))
        + (best ? ' ' + tr('panelsFitAt', best.join(' × ')) : '');
      if (best) {
        use.hidden = false;
        use.dataset.size = best.join('x');
        use.textContent = tr('useSize', best.join(' × '));
      }
      return;
    }
    try {
      const doc = this.frame.contentDocument;
      if (asked.includes('diagram') && doc && doc.querySelector('.inside.panel-too-small')) text.textContent = tr('diagramTooSmall');
    } catch (err) { /* a preview on another origin: the rule above is all the builder knows */ }
  }

  /** The preview at the chosen size, scaled down (never up) to the room the dialog has. */
  fit() {
    if (!this.size) return;
    const room = this.stage.clientWidth;
    const w = this.size.w === '100%' ? room : +this.size.w, h = this.size.h;
    const scale = Math.min(1, room / w);
    Object.assign(this.frame.style, { width: w + 'px', height: h + 'px', transform: 'scale(' + scale + ')' });
    this.stage.style.height = Math.ceil(h * scale) + 'px';
  }
}

/** Text as it may stand in an HTML attribute. */
function esc(s) {
  return String(s).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
