// Draws one thing: the short explanations. Every element marked data-help="key" gets a small "?" button beside
// its label or heading; its text opens on hover, on tap and on keyboard focus, and Escape closes it.
import { all } from './dom.js';
export function addHelp(tr) {
  all('[data-help]').forEach(el => {
    const key = el.dataset.help;
    el.querySelectorAll('.help-button').forEach(old => old.remove());
    const old = document.getElementById('help-' + key);
    if (old) old.remove();
    const heading = el.matches('h2, h3');
    const text = document.createElement(heading ? 'p' : 'span');
    text.className = 'help-text';
    text.id = 'help-' + key;
    text.setAttribute('role', 'note');
    text.hidden = true;
    text.textContent = tr(key);
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'help-button';
    button.textContent = '?';
    button.setAttribute('aria-expanded', 'false');
    button.setAttribute('aria-controls', text.id);
    const label = heading ? el : el.querySelector('label') || el;
    button.setAttribute('aria-label', tr('helpFor', label.textContent.trim()));
    let pinned = false;
    const show = on => {
      text.hidden = !on;
      button.setAttribute('aria-expanded', on ? 'true' : 'false');
    };
    button.addEventListener('mouseenter', () => show(true));
    button.addEventListener('mouseleave', () => { if (!pinned && document.activeElement !== button) show(false); });
    button.addEventListener('focus', () => show(true));
    button.addEventListener('blur', () => { if (!pinned) show(false); });
    button.addEventListener('click', e => {
      // inside a label, a click would also move focus to the field: the help is what was asked for
      e.preventDefault();
      pinned = !pinned || text.hidden;
      show(pinned);
    });
    button.addEventListener('keydown', e => { if (e.key === 'Escape') { pinned = false; show(false); } });
    label.appendChild(button);
    if (heading) el.after(text); else el.appendChild(text);
  });
}
