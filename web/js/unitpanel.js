// Draws one thing: the panel of one unit — its incoming weights and bias, its formula with today's numbers,
// and its map, large. It follows training live.
import { MathML } from './mathml.js';
export class UnitPanel {
  constructor(box, tr) {
    this.box = box;
    this.tr = tr;
    this.unit = null;
  }

  open(l, j) {
    this.unit = { l, j };
  }

  close() {
    this.unit = null;
    this.box.hidden = true;
  }

  /** Redraws the open unit from the diagram's current network and maps. */
  update(diagram) {
    if (!this.unit || !diagram.net) return;
    const { l, j } = this.unit, net = diagram.net, M = MathML, tr = this.tr;
    if (l >= net.sizes.length || j >= net.sizes[l]) { this.close(); return; }
    const output = l === net.sizes.length - 1;
    const inputs = net.sizes[l - 1], outs = net.sizes[l], w = net.w[l - 1], b = net.b[l - 1][j];
    // drawn into a detached element; the live panel then changes only the numbers that moved (see MathML.show)
    const live = this.box, box = document.createElement('div');
    live.hidden = false;
    const head = document.createElement('div');
    head.className = 'panel-head';
    const h = document.createElement('h3');
    h.textContent = diagram.unitName(l, j);
    const close = document.createElement('button');
    close.type = 'button';
    close.textContent = tr('close');
    close.addEventListener('click', () => this.close());
    head.append(h, close);
    box.appendChild(head);
    const inputName = i => (l === 1 ? M.sub('x', i + 1) : M.row(M.sub('a', l - 1), M.mo('['), M.el('mn', [String(i)]), M.mo(']')));
    // z = w1·x1 + w2·x2 + ... + b, with today's numbers
    const terms = [];
    const shown = Math.min(inputs, 6);
    for (let i = 0; i < shown; i++) {
      terms.push(...(i ? M.signed(w[i * outs + j], 'w' + i) : [M.num(w[i * outs + j], 'w' + i)]), M.mo('·'), inputName(i));
    }
    if (shown < inputs) terms.push(M.mo('+'), M.mi('…'));
    terms.push(...M.signed(b, 'b'));
    const what = output ? M.row(M.mi('z'), M.mo('[' ), M.el('mn', [String(j)]), M.mo(']')) : M.mi('a');
    const formula = output
      ? [what, M.mo('='), ...terms]
      : [what, M.mo('='), M.fn(net.activations[l - 1]), M.mo('('), ...terms, M.mo(')')];
    const scroll = document.createElement('div');
    scroll.className = 'formula';
    scroll.tabIndex = 0; // a formula wider than a phone scrolls, by keyboard too
    scroll.setAttribute('role', 'region');
    scroll.setAttribute('aria-label', tr('unitFormula'));
    scroll.appendChild(M.math(formula));
    box.appendChild(scroll);
    if (output) {
      const p = document.createElement('p');
      p.className = 'hint';
      p.textContent = tr('outputUnitNote', j);
      box.appendChild(p);
    }
    const table = document.createElement('table');
    table.className = 'weights';
    const row = (name, value) => {
      const r = table.insertRow();
      r.insertCell().textContent = name;
      const c = r.insertCell();
      c.textContent = MathML.format(value);
      c.dataset.value = String(value);
    };
    for (let i = 0; i < inputs; i++) row('W' + l + '[' + i + '][' + j + ']' + (l === 1 ? ' (x' + String.fromCharCode(0x2080 + i) + ')' : ''), w[i * outs + j]);
    row('b' + l + '[' + j + ']', b);
    const cap = table.createCaption();
    cap.textContent = tr('incomingWeights');
    const big = document.createElement('canvas');
    big.className = 'unit-map';
    big.setAttribute('role', 'img');
    big.setAttribute('aria-label', tr('unitMapLabel', diagram.unitName(l, j)));
    const maps = document.createElement('div');
    maps.className = 'unit-body';
    maps.append(big, table);
    box.appendChild(maps);
    MathML.show(live, box, l + '/' + j + '/' + net.sizes.join(',') + '/' + document.documentElement.lang);
    diagram.paintMap(live.querySelector('canvas.unit-map'), l, j);
  }
}
