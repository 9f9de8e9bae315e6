// "My shared models": the models this browser shared, each with the token that deletes it (kept where storage is
// allowed). Opens, copies and deletes them; a deleted model is dropped from this browser's offline copy too.
import { BrowserStorage } from './storage.js';
export class MyModels {
  /** box: the <details> that holds the list; tr: the page's translation function; onEmbed(model): the embed builder. */
  constructor(box, tr, onEmbed) {
    this.onEmbed = onEmbed;
    this.box = box;
    this.list = box.querySelector('ul');
    this.status = box.querySelector('[role=status]');
    this.count = box.querySelector('.count');
    this.tr = tr;
  }

  static all() {
    try {
      const kept = JSON.parse(BrowserStorage.get('nnfs.shared') || '[]');
      return Array.isArray(kept) ? kept.filter(m => m && typeof m.id === 'string' && typeof m.token === 'string') : [];
    } catch (err) {
      return []; // a value written by hand or by another build: nothing to show rather than a broken page
    }
  }

  /** Remembers a model just shared ({id, url, title, date, token}); false when this browser keeps nothing. */
  remember(entry) {
    const kept = BrowserStorage.set('nnfs.shared', JSON.stringify([entry].concat(MyModels.all().filter(m => m.id !== entry.id))));
    this.draw();
    return kept;
  }

  forget(id) {
    BrowserStorage.set('nnfs.shared', JSON.stringify(MyModels.all().filter(m => m.id !== id)));
  }

  /** The list, newest first; the box is hidden while there is nothing in it. */
  draw() {
    const tr = this.tr, models = MyModels.all();
    this.box.hidden = models.length === 0 && !this.status.textContent;
    this.count.textContent = String(models.length);
    this.list.replaceChildren(...models.map(m => {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = '/m/' + m.id;
      a.textContent = m.title || m.id;
      a.dir = 'auto'; // isolated: a title that turns text around cannot turn the row
      const when = document.createElement('span');
      when.className = 'date';
      // two models of the same settings have the same title: their time and the start of their id tell them apart
      when.textContent = new Date(m.date).toLocaleString(document.documentElement.lang, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' })
        + ' · ' + m.id.slice(0, 6);
      const copy = document.createElement('button');
      copy.type = 'button';
      copy.textContent = tr('copyLink');
      copy.addEventListener('click', async () => {
        try { await navigator.clipboard.writeText(m.url); copy.textContent = tr('copied'); } catch (err) { copy.textContent = m.url; }
        setTimeout(() => { copy.textContent = tr('copyLink'); }, 1500);
      });
      const del = document.createElement('button');
      del.type = 'button';
      del.className = 'danger';
      del.textContent = tr('deleteModel');
      del.setAttribute('aria-label', tr('deleteModel') + ': ' + (m.title || m.id) + ' (' + m.id.slice(0, 6) + ')');
      del.addEventListener('click', () => this.remove(m));
      const embed = document.createElement('button');
      embed.type = 'button';
      embed.textContent = tr('embedModel');
      embed.setAttribute('aria-label', tr('embedModel') + ' ' + (m.title || m.id));
      embed.addEventListener('click', () => this.onEmbed(m));
      li.append(a, ' ', when, ' ', copy, ' ', embed, ' ', del);
      return li;
    }));
  }

  /**
   * Deletes a model shared from anywhere, given its link (…/m/ID, …/embed/ID or the bare id) and its token; says in
   * `status` what was wrong or what happened.
   * @param {string} link
   * @param {string} token
   * @param {HTMLElement} status
   */
  async removeByLink(link, token, status) {
    const tr = this.tr;
    const found = /(?:^|\/(?:m|embed)\/)([A-Za-z0-9_-]{22})(?:[?#].*)?$/.exec(link.trim());
    if (!found) { status.textContent = tr('notAModelLink'); return; }
    if (!token.trim()) { status.textContent = tr('tokenMissing'); return; }
    await this.remove({ id: found[1], token: token.trim(), title: found[1] }, status);
  }

  /** Deletes a model on the server with its token, after asking; says what happened in every case. */
  async remove(m, where) {
    const tr = this.tr;
    const say = text => { if (where) { where.textContent = text; this.draw(); } else this.say(text); };
    if (!window.confirm(tr('confirmDelete', m.title || m.id))) return;
    let answer;
    try {
      answer = await fetch('/api/models/' + m.id + '?lang=' + document.documentElement.lang, { method: 'DELETE', headers: { 'Nnfs-Delete-Token': m.token } });
    } catch (err) {
      say(tr('deleteUnreachable', m.title || m.id));
      return;
    }
    if (answer.status === 204 || (answer.status === 404 && !where)) { // a model typed in by hand that is not there is not "deleted"
      // gone (or already gone: deleted elsewhere with the same token): forget it here; asked for once more, the
      // service worker hears the server's 404 and drops its offline copy (sw.js), as it does for any gone model
      this.forget(m.id);
      try { await fetch('/api/models/' + m.id); } catch (err) { /* unreachable now (a 204 just came): nothing kept to drop */ }
      say(tr('deleted', m.title || m.id));
    } else {
      let detail = String(answer.status);
      try { detail = (await answer.json()).detail; } catch (err) { /* keep the status */ }
      say(tr('deleteFailed', m.title || m.id, detail));
    }
  }

  say(text) {
    this.status.textContent = text;
    this.draw();
  }
}
